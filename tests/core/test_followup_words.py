"""Follow-up and funnel words in the reader's language: errors, outcome reasons, funnel
steps and drop reasons, due states and the supply report come out in bokmål through the
gettext catalogs (CLI with MTB_DESK_LANGUAGE=nb, exports with --lang nb), numbers in the
locale's format for people and machine-readable in CSV; JSON keeps its English codes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import (
    NotStartedReason,
    RecommendationOutcome,
    StopReason,
    TreatmentBasis,
    Week16Outcome,
)
from mtb_desk.domain.followup import REASONS, DerivedOutcome, reason_words
from mtb_desk.domain.funnel import DROP_TEXTS, drop_words, group_label, step_label
from mtb_desk.errors import ERROR_TEXTS, render
from mtb_desk.i18n.terms import term
from mtb_desk.services.enrolments import enrol
from mtb_desk.services.permissions import Actor
from mtb_desk.services.supply import NOTES, note_words
from tests.core.followup_helpers import follow, matched_case
from tests.core.test_cli import cli, cli_json
from tests.core.test_cohort_service import START
from tests.core.test_cohort_service import trial as trial  # noqa: F401 - fixture

VALUES = {
    "board": [o.value for o in RecommendationOutcome],
    "outside-trials": [b.value for b in TreatmentBasis],
    "never-started": [r.value for r in NotStartedReason],
    "not-evaluable": [*(r.value for r in StopReason), "never-started"],
    "no-benefit": [r.value for r in StopReason],
}
DROP_CODES = [
    f"{kind}:{value}" if kind in VALUES else kind
    for kind in DROP_TEXTS
    for value in VALUES.get(kind, [""])
]


@pytest.mark.parametrize("code", DROP_CODES)
def test_every_drop_reason_is_bokmal(code: str) -> None:
    english, norwegian = drop_words(code, "en"), drop_words(code, "nb")
    assert english != code  # a known code, in words
    assert norwegian != english
    kind, _, value = code.partition(":")
    group = DROP_TEXTS[kind][1]
    if group:  # the value in bokmål words, neither its code nor its English words
        assert term(group, value, "en") not in norwegian
        assert term(group, value, "nb") in norwegian


def test_funnel_steps_and_the_overall_group_are_bokmal() -> None:
    assert step_label("profiled", "nb") == "Profilert"
    assert step_label("control", "nb") == "Sykdomskontroll uke 16"  # as the GUI says it
    assert (group_label("all", "en"), group_label("all", "nb")) == ("All", "Alle")
    assert group_label("Oslo", "nb") == "Oslo"


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_outcome_reason_is_bokmal(code: str) -> None:
    params = {"not_started": "patient-declined", "visit": 8, "date": dt.date(2025, 3, 3),
              "stop": "toxicity", "day": 40, "result": "SD"}  # fmt: skip
    derived = DerivedOutcome(None, None, None, "", code, params)
    assert reason_words(derived, "nb") != reason_words(derived, "en")


FOLLOWUP_ERRORS = sorted(c for c in ERROR_TEXTS if c.startswith(("followup.", "outcome.")))


@pytest.mark.parametrize("code", FOLLOWUP_ERRORS)
def test_every_follow_up_error_has_a_code_and_bokmal_words(code: str) -> None:
    derived = DerivedOutcome(Week16Outcome.BENEFIT, None, None, "x", "pending",
                             {"date": dt.date(2025, 6, 1)})  # fmt: skip
    params: dict[str, object] = {
        "study_id": "F-1", "id": 2, "cohort": "COH-A", "on": dt.date(2025, 1, 1),
        "enrolled_on": dt.date(2025, 1, 1), "drugs": "drug-a", "since": dt.date(2025, 1, 1),
        "start": dt.date(2025, 1, 1), "stopped_on": dt.date(2025, 1, 1), "visit_on": "x",
        "value": "x", "allowed": ("a", "b"), "n": 1, "term": "Diarrhea", "grade": 6,
        "ended_on": dt.date(2025, 1, 1), "reason": "toxicity", "ecog": 7, "response": "SD",
        "day112": dt.date(2025, 1, 1), "week": 9, "weeks": "0, 8", "user": "chair",
        "outcome": "benefit", "derived": "benefit", "expected": "no-benefit",
    }  # fmt: skip
    if "{reason}" in ERROR_TEXTS[code].cli and code.startswith("outcome."):
        params["reason"] = derived
    for face in ("cli", "gui"):
        assert render(code, params, "nb", face) != render(code, params, "en", face)


@pytest.mark.parametrize("code", sorted(NOTES))
def test_every_supply_note_is_bokmal(code: str) -> None:
    full = f"{code}:no-benefit" if code == "review" else code
    assert note_words(full, "nb") != note_words(full, "en")


@pytest.fixture
def funnel_db(trial: Database, actor: Actor) -> Database:  # noqa: F811
    for n in range(3):
        matched_case(trial, actor, f"W-{n}")
    enrol(trial, actor, "COH-A", "W-0", on=START)
    follow(trial, actor, "COH-A", "W-0", True, START)
    from mtb_desk.services.enrolments import record_outcome

    record_outcome(trial, actor, "COH-A", "W-0")
    return trial


def test_funnel_report_in_bokmal_and_english(
    funnel_db: Database,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "nb")
    code, out, err = cli(capsys, funnel_db, "report", "funnel")
    assert code == 0, err
    assert "== Alle ==" in out
    assert "Profilert" in out
    assert "100,0\u00a0%" in out
    assert "33,3\u00a0%" in out  # disease control: 1 of 3
    assert "ikke på en saksliste ennå" in out  # why two cases were not discussed
    data = cli_json(capsys, funnel_db, "report", "funnel")  # JSON keeps its codes
    assert isinstance(data, dict)
    assert data["groups"][0]["name"] == "all"
    discussed = data["groups"][0]["steps"][1]
    assert (discussed["label"], discussed["drops"]) == ("Discussed at a board",
                                                         [["not-on-agenda", 2]])  # fmt: skip
    workbook, table = tmp_path / "f.xlsx", tmp_path / "f.csv"
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "en")
    for path in (workbook, table):
        code, _out, err = cli(
            capsys, funnel_db, "report", "funnel", "--lang", "nb", "-o", str(path)
        )
        assert code == 0, err
    sheet = load_workbook(workbook).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Gruppe", "Trinnkode", "Trinn", "Saker", "% av profilerte",
                       "% av forrige trinn", "Hvorfor saker falt fra")  # fmt: skip
    assert rows[1][:5] == ("Alle", "profiled", "Profilert", 3, "100,0\u00a0%")
    assert rows[2][6] == "ikke på en saksliste ennå: 2"
    with table.open(encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    assert lines[0]["percent_of_profiled"] == "100.0"  # CSV: machine-readable numbers
    assert lines[0]["count"] == "3"
    assert lines[0]["label"] == "Profilert"


def test_follow_up_cli_speaks_bokmal(
    funnel_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    actor: Actor,
) -> None:
    monkeypatch.setenv("MTB_DESK_LANGUAGE", "nb")
    code, _, err = cli(capsys, funnel_db, "visit", "record", "W-0", "--week", "26", "--on",
                       "2025-07-07", "--ae", "Diarrhea:6:possible")  # fmt: skip
    assert code == 1
    assert err.strip().endswith("bivirkning 1 ('Diarrhea'): grad 6 er ikke en CTCAE-grad (1–5)")
    code, _, err = cli(capsys, funnel_db, "treatment", "stop", "W-0", "--on", "2025-06-01",
                       "--reason", "bored")  # fmt: skip
    assert "avslutningsgrunnen 'bored' er ikke en av: progression, toxicity" in err
    code, out, err = cli(capsys, funnel_db, "treatment", "show", "W-0")
    assert code == 0, err
    assert "uke 16-utfall klinisk nytte (SD ved evalueringen i uke 16 2025-04-29)" in out
    assert "bekreftet av" in out
    code, out, err = cli(capsys, funnel_db, "followup", "due", "--today", "2025-07-08")
    assert code == 0, err
    assert "uke 26" in out
    assert "FORSINKET" in out or "forfaller" in out


def test_supply_export_in_bokmal(
    funnel_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path, actor: Actor
) -> None:
    enrol(funnel_db, actor, "COH-B", "W-1", on=START)  # Beta's drug, not started yet
    workbook = tmp_path / "s.xlsx"
    code, _out, err = cli(capsys, funnel_db, "report", "supply", "--lang", "nb", "-o",
                          str(workbook))  # fmt: skip
    assert code == 0, err
    book = load_workbook(workbook)
    heads = next(book["Agreements"].iter_rows(values_only=True))
    assert heads[:4] == ("Avtale", "Firma", "Legemidler", "Avtalte plasser")
    heads, patient = book["Patients"].iter_rows(values_only=True)
    assert (heads[-3:], patient[-3:]) == (
        ("Uke 16-utfall", "Betaler nå", "Merknad"),
        ("venter", None, "inkludert, ikke startet ennå"),
    )
