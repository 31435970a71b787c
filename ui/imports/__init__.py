"""Importing lab files into a case: a dry-run preview first, then the import with progress."""
