"""The decision PDF: content in both languages, embedded fonts, footers on every page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from mtb_desk.reports.decision_pdf import build_decision_pdf
from mtb_desk.reports.i18n import LABELS, LANGS, format_date, text
from tests.core.reports.samples import decision_input


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> list[dict[str, object]]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            found.append(font.get_object())
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_decision_pdf_shows_the_case_in_both_languages(lang: str) -> None:
    pdf = build_decision_pdf(decision_input(), lang)
    pages = _pages(pdf)
    whole = "\n".join(pages)
    assert pdf.startswith(b"%PDF-")
    for expected in (
        "Kari Fiktiv Nordmann-Ødegård",
        "IMPRESS-TEST-0042",
        "BRAF",
        "V600E",
        "EML4::ALK",
        "IMP-07",
        "dabrafenib",
        "Bjørn Testmann",
        "Tønsberg",
        text("decision.title", lang),
        text("section.recommendation", lang),
    ):
        assert expected in whole, expected
    assert format_date(decision_input().meeting_date, lang) in whole
    for number, page in enumerate(pages, start=1):
        assert text("page", lang, page=number, pages=len(pages)) in page
        assert "MTB-TEST-2025-0042" in page


def test_norwegian_labels_and_letters_survive_extraction() -> None:
    whole = "\n".join(_pages(build_decision_pdf(decision_input(), "nb")))
    for expected in ("Møtedato", "Rapporterbare funn", "Side 1 av", "æ", "ø", "å", "Å", "Ø"):
        assert expected in whole, expected
    assert "erstatter revisjon 1" in whole


def test_absent_attendees_are_not_listed_on_the_decision() -> None:
    whole = "\n".join(_pages(build_decision_pdf(decision_input(), "en")))
    assert "Øyvind Skrivar" not in whole


def test_fonts_are_embedded_truetype_subsets() -> None:
    fonts = _fonts(build_decision_pdf(decision_input(), "nb"))
    assert fonts
    for font in fonts:
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_a_long_decision_flows_over_pages_with_footers_on_each() -> None:
    pdf = build_decision_pdf(decision_input(findings=40, rationale_paragraphs=8), "en")
    pages = _pages(pdf)
    assert len(pages) >= 3
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Signatures" in pages[-1]


def test_empty_sections_say_so() -> None:
    from dataclasses import replace

    data = replace(decision_input(), findings=(), cohorts=(), reports=(), attendees=())
    whole = "\n".join(_pages(build_decision_pdf(data, "nb")))
    assert text("no_findings", "nb") in whole
    assert text("no_cohorts", "nb") in whole


def test_markup_in_free_text_is_printed_not_interpreted() -> None:
    from dataclasses import replace

    data = replace(decision_input(), case_summary="PD-L1 <1 % & TPS <b>unknown</b>")
    whole = "\n".join(_pages(build_decision_pdf(data, "en")))
    assert "PD-L1 <1 % & TPS <b>unknown</b>" in whole


def test_every_label_renders_in_both_languages() -> None:
    """Labels come from the gettext catalogs (tests/core/test_i18n.py checks they are complete)."""
    values = {
        "page": 1,
        "pages": 2,
        "revision": 2,
        "old": 1,
        "n": 3,
        "catalogue": "c",
        "reference": "r",
    }
    translated = 0
    for key in LABELS:
        english, bokmal = (text(key, lang, **values) for lang in LANGS)
        assert english, key
        assert bokmal, key
        translated += english != bokmal
    assert translated > len(LABELS) * 0.8


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        build_decision_pdf(decision_input(), "de")


@pytest.mark.parametrize(
    ("lang", "words"), [("en", ("germline", "equivocal")), ("nb", ("kimbane", "usikker"))]
)  # noqa: E501
def test_germline_and_equivocal_findings_say_so(lang: str, words: tuple[str, str]) -> None:
    import dataclasses

    from mtb_desk.reports.records import FindingInput

    data = decision_input()
    flagged = (
        FindingInput("BRCA2", "indel", "S1982Rfs*22", origin="germline"),
        FindingInput("ERBB2", "cnv", "amplification", copy_number=14, equivocal=True),
    )
    pdf = build_decision_pdf(dataclasses.replace(data, findings=flagged), lang)
    whole = " ".join("\n".join(_pages(pdf)).split())
    assert all(word in whole for word in words), words


@pytest.mark.parametrize("lang", LANGS)
def test_an_unsigned_decision_says_it_is_unsigned(lang: str) -> None:
    unsigned = " ".join(_pages(build_decision_pdf(decision_input(), lang, signed=False)))
    signed = " ".join(_pages(build_decision_pdf(decision_input(), lang)))
    assert ("NOT SIGNED" if lang == "en" else "IKKE SIGNERT") in unsigned
    assert text("signature_note", lang)[:20] not in unsigned
    assert text("signature_note", lang)[:20] in signed


def test_the_signatures_stay_on_the_page_of_the_recommendation() -> None:
    for lang in LANGS:
        pages = _pages(build_decision_pdf(decision_input(), lang))
        last = pages[-1]
        assert text("section.recommendation", lang) in last
        assert text("section.signatures", lang) in last
