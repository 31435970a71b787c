"""Minutes PDF and the decisions export for secretaries."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from mtb_desk.errors import ValidationError
from mtb_desk.reports.decisions_table import decision_rows, export_decisions
from mtb_desk.reports.i18n import LANGS, text
from mtb_desk.reports.minutes_pdf import build_minutes_pdf
from tests.core.reports.samples import minutes_input


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("lang", LANGS)
def test_minutes_list_attendees_and_every_case(lang: str) -> None:
    data = minutes_input(12)
    pages = _pages(build_minutes_pdf(data, lang))
    whole = "\n".join(pages)
    assert "Åse Eksempel-Løvås" in whole
    assert "Øyvind Skrivar" in whole
    assert text("absent", lang) in whole
    for case in data.cases:
        assert case.study_id in whole
    assert "Venter på ny biopsi" in whole  # a deferred case says why
    for number, page in enumerate(pages, start=1):
        assert text("page", lang, page=number, pages=len(pages)) in page


def test_minutes_never_show_patient_names() -> None:
    whole = "\n".join(_pages(build_minutes_pdf(minutes_input(3), "nb")))
    assert "Kari Fiktiv" not in whole


def test_minutes_for_an_empty_agenda_say_so() -> None:
    from dataclasses import replace

    whole = "\n".join(_pages(build_minutes_pdf(replace(minutes_input(), cases=()), "nb")))
    assert text("no_cases", "nb") in whole


def test_forty_cases_fit_on_a_handful_of_pages() -> None:
    pages = _pages(build_minutes_pdf(minutes_input(40), "en"))
    assert 3 <= len(pages) <= 10
    assert "IMPRESS-TEST-0040" in pages[-1]


def test_xlsx_export_has_one_row_per_case(tmp_path: Path) -> None:
    import pandas as pd

    target = tmp_path / "decisions.xlsx"
    assert export_decisions(minutes_input(7), target, lang="nb") == 7
    frame = pd.read_excel(target)
    assert list(frame["Studie-ID"]) == [f"IMPRESS-TEST-{n:04d}" for n in range(1, 8)]
    assert "Aktuell for IMPRESS-kohort" in set(frame["Beslutningskategori"])
    assert "Begrunnelse" in frame.columns
    assert str(frame["Møtedato"].dtype).startswith("datetime64")  # real date cells
    assert [p.name for p in tmp_path.iterdir()] == ["decisions.xlsx"]


def test_csv_export_keeps_norwegian_letters(tmp_path: Path) -> None:
    target = tmp_path / "decisions.csv"
    export_decisions(minutes_input(5), target, lang="nb")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 5
    assert rows[4]["Grunn til utsettelse"] == "Venter på ny biopsi (tumorcelleandel < 10 %)."


def test_unknown_suffix_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.xlsx or \.csv"):
        export_decisions(minutes_input(2), tmp_path / "decisions.pdf")
    assert list(tmp_path.iterdir()) == []


def test_rows_use_stable_keys() -> None:
    rows = decision_rows(minutes_input(4), "en")
    assert rows[0]["study_id"] == "IMPRESS-TEST-0001"
    assert rows[0]["meeting_date"] == dt.date(2025, 3, 14)  # a date, written as a date cell
    assert rows[3]["outcome"] == "Eligible for an IMPRESS-Norway cohort"


def test_long_codes_wrap_at_their_hyphens() -> None:
    from mtb_desk.reports._layout import break_at_hyphens, styles

    cell = styles().cell
    assert break_at_hyphens("MSI-HIGH-ATEZOLIZUMAB", 60, cell) == "MSI-HIGH-\nATEZOLIZUMAB"
    assert break_at_hyphens("BRAF-V600-VEM-COBI", 500, cell) == "BRAF-V600-VEM-COBI"
    assert break_at_hyphens("no hyphen here", 10, cell) == "no hyphen here"
