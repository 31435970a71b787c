"""Every word a reader sees is in their language: the CLI's import summary follows
MTB_DESK_LANGUAGE (``--json`` keeps its keys), the FHIR/phenopacket export warnings and the
board history's earlier cases are said in bokmål; file names, gene symbols, cohort codes and
OncoTree codes stay as they are."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.errors import MtbDeskError, describe
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.board_history import EarlierCase, FindingHistory
from mtb_desk.services.cohorts import cohort_enrolments
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.standards import export_fhir, export_phenopacket
from tests.core.standards_fixtures import decide
from tests.core.test_cli import cli, cli_json
from tests.shared_data import shared_file

# English words that have no business in a bokmål sentence (whole words, any case).
ENGLISH = re.compile(
    r"\b(would|import|into|warning|filtered|findings?|recommended|treated|visit|treatment|"
    r"has|no|only|reference|written|left|out|benefit|eligible|week|cohort|used|own|nor)\b",
    re.IGNORECASE,
)


def english_words(text: str) -> list[str]:
    return ENGLISH.findall(text)


def test_the_import_summary_follows_the_cli_language(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cvo = shared_file("tso500-awgl", "sample_CombinedVariantOutput.tsv")
    cli_json(capsys, db, "case", "add", "--study-id", "LANG-1", "--diagnosis", "LUAD")
    said = {}
    for lang in ("en", "nb"):
        monkeypatch.setenv("MTB_DESK_LANGUAGE", lang)
        code, out, err = cli(capsys, db, "import", "LANG-1", str(cvo), "--dry-run")
        assert code == 0, err
        said[lang] = out
    assert said["en"].startswith("would import sample_CombinedVariantOutput.tsv (tso500-cvo")
    assert "TMB 275.6, MSI MSI-high" in said["en"]
    assert "warning: " in said["en"]
    nb = said["nb"]
    assert nb.startswith("ville importert sample_CombinedVariantOutput.tsv (tso500-cvo")
    assert "3 kopitall" in nb
    assert "TMB 275,6, MSI MSI-høy" in nb
    assert "advarsel: " in nb
    assert english_words(nb) == [], nb
    keys = {}
    for lang in ("en", "nb"):
        monkeypatch.setenv("MTB_DESK_LANGUAGE", lang)
        data = cli_json(capsys, db, "import", "LANG-1", str(cvo), "--dry-run")
        assert isinstance(data, dict)
        keys[lang] = (sorted(data), data["warnings"], data["counts"])
    assert keys["en"] == keys["nb"]  # the JSON is data: the same keys and English values


@pytest.mark.parametrize(
    ("export", "study_id", "english", "bokmal"),
    [
        (export_fhir, "DEMO-005", "TACC3 has no HGNC id", "genet TACC3 har ingen HGNC-id"),
        (export_phenopacket, "DEMO-009", "HGSOC has no NCIt code", "tumortypen HGSOC har ingen"),
    ],
)
def test_export_warnings_are_said_in_the_readers_language(
    db: Database, actor: Actor, export: object, study_id: str, english: str, bokmal: str
) -> None:
    load_demo(db, actor)
    decide(db, actor, study_id)
    exported = export(db, actor, study_id)  # type: ignore[operator]
    assert any(english in w for w in exported.warnings)  # the audit trail and --json
    assert exported.warnings_in("en") == list(exported.warnings)
    said = exported.warnings_in("nb")
    assert any(bokmal in w for w in said), said
    for warning in said:
        assert english_words(warning) == [], warning


@pytest.mark.parametrize(
    ("earlier", "english", "bokmal"),
    [
        (
            EarlierCase(
                "H-1",
                "COAD",
                True,
                "impress-cohort",
                "BRAF-V600-DAB-TRAM",
                "benefit",
                "BRAF-V600-DAB-TRAM",
            ),  # fmt: skip
            "H-1 (COAD): decision: Eligible for an IMPRESS-Norway cohort "
            "(BRAF-V600-DAB-TRAM); treated in BRAF-V600-DAB-TRAM; week 16: clinical benefit",
            "H-1 (COAD): konklusjon: Aktuell for IMPRESS-kohort (BRAF-V600-DAB-TRAM); behandlet i "
            "BRAF-V600-DAB-TRAM; uke 16: klinisk nytte",
        ),
        (
            EarlierCase("H-2", "LUAD", False, "further-testing", None, None),
            "H-2 (LUAD): decision: Further testing needed",
            "H-2 (LUAD): konklusjon: Videre testing anbefales",
        ),
        (EarlierCase("H-3", "LUAD", False, None, None, None), "H-3 (LUAD)", "H-3 (LUAD)"),
    ],
)
def test_the_board_history_tooltip_says_what_happened_in_the_readers_language(
    earlier: EarlierCase, english: str, bokmal: str
) -> None:
    history = FindingHistory(1, "BRAF V600E", (earlier,), "")
    assert history.case_lines("en") == [f"BRAF V600E: {english}"]
    assert history.case_lines("nb") == [f"BRAF V600E: {bokmal}"]


def test_a_change_the_database_refuses_is_said_in_the_readers_language(
    db: Database, actor: Actor
) -> None:
    """The frame is ours (bokmål in the GUI); the database's own words stay as it said them."""
    from sqlalchemy import text

    from mtb_desk.db.unit_of_work import IntegrityViolation, writing
    from mtb_desk.services.cases import NewCase, create_case

    case = create_case(db, actor, NewCase("LANG-DB-1", "LUAD"))
    with pytest.raises(IntegrityViolation) as refused, writing(db) as session:
        session.execute(text("UPDATE mtb_case SET status = 'lost' WHERE id = :id"), {"id": case.id})
    assert str(refused.value).startswith("the database refused the change: ")
    said = describe(refused.value, "nb", "gui")
    assert said.startswith("Databasen avviste endringen (")
    assert said.endswith("). Ingenting ble lagret.")


def annotate_a_finding_that_is_gone(db: Database, actor: Actor) -> object:
    return annotate_finding(db, actor, 10**9, AnnotationInput(None), expected_version=0)


def open_a_cohort_that_is_gone(db: Database, _actor: Actor) -> object:
    return cohort_enrolments(db, "NOPE")


@pytest.mark.parametrize(
    ("action", "bokmal"),
    [
        (annotate_a_finding_that_is_gone, "Funn 1000000000 finnes ikke lenger."),
        (open_a_cohort_that_is_gone, "Det finnes ingen kohort «NOPE» i katalogen."),
    ],
)
def test_what_the_gui_can_run_into_is_said_in_bokmal(
    db: Database, actor: Actor, action: Callable[[Database, Actor], object], bokmal: str
) -> None:
    with pytest.raises(MtbDeskError) as caught:
        action(db, actor)
    said = describe(caught.value, "nb", "gui")
    assert said == bokmal
    assert english_words(said) == []
