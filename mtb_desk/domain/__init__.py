"""Domain vocabulary shared by every layer: enumerations, plain records and validators."""
