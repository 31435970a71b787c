"""Reference data read from files into plain records: OncoTree tumour types, assay gene panels."""
