"""Writing flat report rows to CSV or XLSX (chosen by the file's extension).

openpyxl loads only when an XLSX file is written. Values are written as they are (dates as
dates in XLSX, ISO text in CSV); sheets are named by the caller.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

Sheet = Sequence[Mapping[str, object]]


def write_table(path: Path, sheets: Mapping[str, Sheet]) -> None:
    """Write each sheet; a CSV file holds the sheets one after another, with a title line."""
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, sheets)
    elif path.suffix.lower() == ".csv":
        _write_csv(path, sheets)
    else:
        from mtb_desk.errors import ValidationError

        raise ValidationError(f"{path.name}: choose a .csv or .xlsx file name")


def _cell(value: object) -> object:
    from mtb_desk.reports.decisions_table import csv_safe

    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else csv_safe(value)  # OWASP: no formulas in CSV cells


def _write_csv(path: Path, sheets: Mapping[str, Sheet]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for n, (title, rows) in enumerate(sheets.items()):
            if len(sheets) > 1:
                if n:
                    writer.writerow([])
                writer.writerow([f"# {title}"])
            if rows:
                writer.writerow(list(rows[0]))
                writer.writerows([_cell(v) for v in row.values()] for row in rows)


def _write_xlsx(path: Path, sheets: Mapping[str, Sheet]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title[:31])
        if rows:
            sheet.append(list(rows[0]))
            for row in rows:
                sheet.append(["" if v is None else v for v in row.values()])
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"  # text that looks like a formula stays text
    book.save(path)
