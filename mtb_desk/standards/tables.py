"""Writing de-identified rows as XLSX, CSV or JSON bytes (chosen by the file's suffix)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from mtb_desk.errors import ValidationError

COLUMNS = (
    "pseudonym",
    "cohort",
    "drug",
    "stage",
    "tumour_type",
    "alteration",
    "sex",
    "age_band",
    "region",
    "referral_day",
    "evaluation_day",
    "withdrawal_day",
    "benefit_week16",
    "response",
)
SUFFIXES = (".xlsx", ".csv", ".json")


def write_rows(rows: Sequence[dict[str, object]], suffix: str) -> bytes:
    """The rows in `COLUMNS` order as file bytes for `.xlsx`, `.csv` or `.json`."""
    kind = suffix.lower()
    if kind == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([_cell(row.get(c)) for c in COLUMNS] for row in rows)
        return buffer.getvalue().encode("utf-8")
    if kind == ".json":
        data = [{c: row.get(c) for c in COLUMNS} for row in rows]
        return json.dumps({"columns": list(COLUMNS), "rows": data}, ensure_ascii=False).encode()
    if kind == ".xlsx":
        return _xlsx(rows)
    raise ValidationError(f"cannot write '{suffix}' files: use one of {', '.join(SUFFIXES)}")


def _cell(value: object) -> object:
    return "" if value is None else value


def _xlsx(rows: Sequence[dict[str, object]]) -> bytes:
    """XLSX through XlsxWriter with typed writes (the cells are text, whole numbers or empty)."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("cohort data")
    sheet.write_row(0, 0, COLUMNS)
    text, number = sheet.write_string, sheet.write_number
    for line, row in enumerate(rows, 1):
        for column, name in enumerate(COLUMNS):
            value = row.get(name)
            if isinstance(value, str):
                if value:
                    text(line, column, value)
            elif isinstance(value, int | float):
                number(line, column, value)
    book.close()
    return buffer.getvalue()
