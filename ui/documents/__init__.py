"""Documents: export and sign decision PDFs, minutes and the decisions table; verify PDFs."""
