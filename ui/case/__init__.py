"""The case view: header, findings with annotations, matches beside them, recommendation below."""
