"""The meeting's decisions as a spreadsheet for the secretaries (XLSX or CSV, by suffix).

One row per agenda case, by study id (no patient names). pandas and openpyxl load on
first use; the file is written to a temporary name beside the target and renamed, so a
failed export leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from mtb_desk.errors import ValidationError
from mtb_desk.reports.i18n import term, text
from mtb_desk.reports.records import AgendaCaseInput, MinutesInput

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".xlsx", ".csv")

# column key -> i18n label key
_COLUMNS = {
    "meeting_date": "meeting_date",
    "position": "position",
    "study_id": "study_id",
    "hospital": "hospital",
    "diagnosis_code": "diagnosis_code",
    "diagnosis": "diagnosis",
    "status": "status",
    "outcome": "category",
    "cohort": "cohort",
    "drugs": "drugs",
    "trial_id": "trial",
    "decision": "rationale",
    "further_tests": "further_tests",
    "deferral_reason": "deferral_reason",
    "revision": "revision",
    "signed_by": "signed_by",
}


# OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula, prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def decision_rows(data: MinutesInput, lang: str = "en") -> list[dict[str, object]]:
    """The rows of the export as plain dicts keyed by stable column names."""
    return [_row(data, case, lang) for case in data.cases]


def _row(data: MinutesInput, case: AgendaCaseInput, lang: str) -> dict[str, object]:
    return {
        "meeting_date": data.meeting_date,  # a real date cell, not text
        "position": case.position,
        "study_id": case.study_id,
        "hospital": case.hospital,
        "diagnosis_code": case.diagnosis_code,
        "diagnosis": case.diagnosis_name,
        "status": term("agenda", case.status, lang),
        "outcome": term("outcome", case.outcome, lang),
        "cohort": case.cohort or "",
        "drugs": ", ".join(case.drugs),
        "trial_id": case.trial_id or "",
        "decision": case.decision,
        "further_tests": ", ".join(case.further_tests),
        "deferral_reason": case.deferral_reason,
        "revision": case.revision,
        "signed_by": ", ".join(case.signed_by),
    }


def decided_count(data: MinutesInput) -> int:
    """Agenda cases with a decision recorded at this meeting (not pending, not deferred)."""
    return sum(1 for case in data.cases if case.outcome)


def export_decisions(data: MinutesInput, path: Path | str, *, lang: str = "en") -> int:
    """Write the decisions of the meeting to `path` (.xlsx or .csv); return the row count.

    Column headers are in `lang`; a CSV is UTF-8 with a byte-order mark so that spreadsheet
    programs show æ, ø and å.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"{target.name}: export to .xlsx or .csv, not '{suffix or 'none'}'")
    import pandas as pd

    frame = pd.DataFrame(decision_rows(data, lang), columns=list(_COLUMNS))
    frame.columns = pd.Index([_header(key, lang) for key in _COLUMNS])
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            frame.map(csv_safe).to_csv(
                tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n"
            )
        else:
            _write_xlsx(frame, Path(tmp), text("decision", lang))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return len(frame)


def _header(key: str, lang: str) -> str:
    label = _COLUMNS[key]
    if label == "position":
        return "#"
    if label == "diagnosis_code":
        return f"{text('diagnosis', lang)} (OncoTree)"
    return text(label, lang)


def _write_xlsx(frame: pd.DataFrame, path: Path, sheet: str) -> None:
    import pandas as pd

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet)
        ws = writer.sheets[sheet]
        ws.freeze_panes = "A2"
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    cell.data_type = "s"  # openpyxl took "=…" for a formula: keep it text
        for cell in ws["A"][1:]:  # the meeting date: a date cell spreadsheets can sort
            cell.number_format = "yyyy-mm-dd"
        for index, column in enumerate(frame.columns):
            values = [str(v) for v in frame.iloc[:, index]] if index else ["yyyy-mm-dd"]
            longest = max([len(str(column)), *(len(v) for v in values)])
            letter = ws.cell(row=1, column=index + 1).column_letter
            ws.column_dimensions[letter].width = min(60, max(8, longest + 2))
