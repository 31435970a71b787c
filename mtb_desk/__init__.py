"""MTB Desk: the headless core of a desktop application for molecular tumour boards.

Importing this package must stay cheap (no pandas, ReportLab, SQLAlchemy engine or Qt):
sub-packages load their heavy dependencies only when used.
"""

__version__ = "0.1.0"
