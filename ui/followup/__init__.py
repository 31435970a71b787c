"""After the board: a case's follow-up, the due list, the funnel and supply agreements."""
