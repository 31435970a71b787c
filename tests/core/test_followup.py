"""Treatments, visits and the derived week-16 outcome through the services and the CLI,
on SQLite and PostgreSQL: bad input is refused whole, conflicts are detected, every change
is audited, and the cohort moves only by confirmed outcomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Role, TreatmentBasis, Week16Outcome
from mtb_desk.errors import ConflictError, PermissionDenied, ValidationError
from mtb_desk.services.cohorts import cohort_enrolments
from mtb_desk.services.enrolments import enrol, record_outcome
from mtb_desk.services.followup_records import case_treatments
from mtb_desk.services.outcomes import confirm_outcome
from mtb_desk.services.permissions import Actor
from mtb_desk.services.treatments import (
    NewTreatment,
    change_dose,
    record_not_started,
    start_treatment,
    stop_treatment,
)
from mtb_desk.services.visits import AdverseEventInput, VisitInput, due_visits, record_visit
from tests.core.followup_helpers import follow, matched_case
from tests.core.test_cli import cli, cli_json
from tests.core.test_cohort_service import START, state
from tests.core.test_cohort_service import trial as trial  # noqa: F401 - fixture
from tests.db_snapshot import snapshot

COHORT = NewTreatment(TreatmentBasis.ENROLMENT, cohort="COH-A")


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


@pytest.fixture
def started(trial: Database, actor: Actor) -> Database:  # noqa: F811
    matched_case(trial, actor, "F-1")
    enrol(trial, actor, "COH-A", "F-1", on=START)
    start_treatment(trial, actor, "F-1", COHORT, started_on=day(2), dose="150 mg BID")
    return trial


BAD_INPUT: list[tuple[str, Callable[[Database, Actor], object], str]] = [
    ("visit before start", lambda db, a: record_visit(db, a, "F-1", VisitInput(0, day(1))),
     "before the treatment start"),
    ("grade 6", lambda db, a: record_visit(db, a, "F-1", VisitInput(
        8, day(58), response="SD",
        adverse_events=(AdverseEventInput("Diarrhea", 6, "possible", day(40)),))),
     "grade 6 is not a CTCAE grade"),
    ("attribution outside list", lambda db, a: record_visit(db, a, "F-1", VisitInput(
        8, day(58), adverse_events=(AdverseEventInput("Rash", 2, "maybe", day(40)),))),
     "attribution 'maybe' is not one of"),
    ("response outside list", lambda db, a: record_visit(
        db, a, "F-1", VisitInput(8, day(58), response="XX")), "response 'XX' is not one of"),
    ("benefit before day 112", lambda db, a: record_visit(
        db, a, "F-1", VisitInput(16, day(2 + 111), response="SD")), "before week 16"),
    ("visit not on the schedule", lambda db, a: record_visit(
        db, a, "F-1", VisitInput(9, day(60))), "no visit at week 9"),
    ("stop reason outside list", lambda db, a: stop_treatment(
        db, a, "F-1", on=day(30), reason="bored"), "stop reason 'bored' is not one of"),
    ("stop 'other' without text", lambda db, a: stop_treatment(
        db, a, "F-1", on=day(30), reason="other"), "needs a text"),
    ("stop before start", lambda db, a: stop_treatment(
        db, a, "F-1", on=day(0), reason="toxicity"), "predates the start"),
    ("dose before start", lambda db, a: change_dose(
        db, a, "F-1", on=day(1), dose="100 mg", reason="x"), "predates the start"),
    ("future visit", lambda db, a: record_visit(
        db, a, "F-1", VisitInput(0, dt.date.today() + dt.timedelta(days=3))), "in the future"),
    ("second treatment while on one", lambda db, a: start_treatment(
        db, a, "F-1", NewTreatment(TreatmentBasis.APPROVED, ("drug-b",)), started_on=day(10)),
     "stop that treatment first"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "action", "message"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_one_clear_error_and_nothing_is_stored(
    started: Database, actor: Actor, what: str, action: Callable[..., object], message: str
) -> None:
    before = snapshot(started)
    with pytest.raises(ValidationError, match=message):
        action(started, actor)
    assert snapshot(started) == before


def test_after_the_stop_no_response_and_no_dose_change(started: Database, actor: Actor) -> None:
    record_visit(started, actor, "F-1", VisitInput(0, day(2), ecog=1))
    stopped = stop_treatment(started, actor, "F-1", on=day(30), reason="toxicity")
    assert [v.label for v in stopped.visits] == ["day 1"]  # later visits cancelled
    before = snapshot(started)
    with pytest.raises(ValidationError, match="after the treatment stopped"):
        record_visit(started, actor, "F-1", VisitInput(0, day(31), response="SD"))
    with pytest.raises(ValidationError, match="no dose change after the stop"):
        change_dose(started, actor, "F-1", on=day(31), dose="50 mg", reason="late")
    with pytest.raises(ValidationError, match="already stopped"):
        stop_treatment(started, actor, "F-1", on=day(32), reason="death")
    assert snapshot(started) == before


def test_not_evaluable_is_replaced_and_its_place_reopens(started: Database, actor: Actor) -> None:
    assert state(started).free_slots == 7
    stop_treatment(started, actor, "F-1", on=day(20), reason="toxicity")
    (record,) = case_treatments(started, "F-1")
    assert record.derived.outcome is Week16Outcome.NOT_EVALUABLE
    assert "before the first response evaluation" in record.derived.reason
    assert state(started).free_slots == 7  # not yet: the chair confirms first
    view = record_outcome(started, actor, "COH-A", "F-1")
    assert (view.outcome, view.benefit) == ("not-evaluable", None)
    row = state(started)
    assert (row.enrolled, row.withdrawn, row.free_slots) == (0, 1, 8)


def test_changing_a_visit_withdraws_a_confirmation_that_no_longer_holds(
    started: Database, actor: Actor
) -> None:
    record_visit(started, actor, "F-1", VisitInput(16, day(2 + 112), response="SD"))
    confirmed = confirm_outcome(started, actor, "F-1")
    assert (confirmed.confirmed, confirmed.counts) == (Week16Outcome.BENEFIT, True)
    assert state(started).benefit == 1
    with pytest.raises(ValidationError, match="already confirmed"):
        confirm_outcome(started, actor, "F-1")
    record_visit(started, actor, "F-1", VisitInput(8, day(58), response="PD"))
    (record,) = case_treatments(started, "F-1")
    assert (record.derived.outcome, record.confirmed) == (Week16Outcome.NO_BENEFIT, None)
    assert state(started).benefit == 0
    with reading(started) as session:
        summaries = session.scalars(
            select(AuditEvent.summary).where(AuditEvent.action == "unconfirm")
        ).all()
    assert len(summaries) == 1
    assert "now give no clinical benefit" in summaries[0]


def test_concurrent_edits_of_a_visit_conflict(started: Database, actor: Actor) -> None:
    (record,) = case_treatments(started, "F-1")
    seen = record.visits[0].version
    record_visit(started, actor, "F-1", VisitInput(0, day(2), ecog=1), expected_version=seen)
    before = snapshot(started)
    with pytest.raises(ConflictError, match="day 1 visit of F-1 was changed by someone else"):
        record_visit(started, actor, "F-1", VisitInput(0, day(2), ecog=2), expected_version=seen)
    assert snapshot(started) == before


def test_a_follow_up_conflict_names_the_record_in_the_readers_language(
    started: Database, actor: Actor
) -> None:
    from mtb_desk.errors import describe

    (record,) = case_treatments(started, "F-1")
    seen = next(v.version for v in record.visits if v.week == 8)
    record_visit(started, actor, "F-1", VisitInput(8, day(58), ecog=1), expected_version=seen)
    with pytest.raises(ConflictError) as visit:
        record_visit(started, actor, "F-1", VisitInput(8, day(58), ecog=2), expected_version=seen)
    assert "besøket uke 8 for F-1" in describe(visit.value, "nb", "gui")
    (shown,) = case_treatments(started, "F-1")
    stop_treatment(started, actor, "F-1", on=day(60), reason="toxicity",
                   expected_version=shown.version)  # fmt: skip
    with pytest.raises(ConflictError) as treatment:  # a second nurse, from the same screen
        stop_treatment(started, actor, "F-1", on=day(61), reason="progression",
                       expected_version=shown.version)  # fmt: skip
    said = describe(treatment.value, "nb", "gui")
    assert f"behandling {record.id} for F-1" in said
    assert "treatment" not in said
    assert "visit" not in describe(visit.value, "nb", "cli")


def test_study_nurse_records_follow_up_but_may_not_decide(
    started: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    nurse = make_actor("nurse", Role.STUDY_NURSE)
    record = record_visit(
        started, nurse, "F-1",
        VisitInput(8, day(58), ecog=1, response="SD", adverse_events=(
            AdverseEventInput("Fatigue", 2, "possible", day(30), serious=False),)),
    )  # fmt: skip
    assert record.visits[1].adverse_events[0].term == "Fatigue"
    change_dose(started, nurse, "F-1", on=day(60), dose="100 mg BID", reason="fatigue grade 2")
    with pytest.raises(PermissionDenied, match="confirm week-16 outcomes"):
        confirm_outcome(started, nurse, "F-1")
    matched_case(started, actor, "F-2")
    with pytest.raises(PermissionDenied, match="enrol patients"):
        enrol(started, nurse, "COH-A", "F-2")


def test_enrolment_checks_the_match_and_the_chair_may_override(
    trial: Database,  # noqa: F811
    actor: Actor,
    make_actor: Callable[..., Actor],
) -> None:
    matched_case(trial, actor, "M-1", alterations=(("BRAF", "K601E"),))
    with pytest.raises(ValidationError, match="cannot enrol M-1 in COH-A: the case does not"):
        enrol(trial, actor, "COH-A", "M-1", on=START)
    clinician = make_actor("doc", Role.CLINICIAN)
    with pytest.raises(PermissionDenied, match="enrol a patient whose match is not eligible"):
        enrol(trial, clinician, "COH-A", "M-1", on=START, override_reason="IHC shows V600E")
    view = enrol(trial, actor, "COH-A", "M-1", on=START, override_reason="IHC shows V600E")
    assert view.override_reason == "IHC shows V600E"
    with reading(trial) as session:
        summary = session.scalars(
            select(AuditEvent.summary).where(AuditEvent.action == "enrol")
        ).one()
    assert "override: IHC shows V600E" in summary


def test_a_patient_on_treatment_in_one_cohort_is_not_enrolled_in_a_second(
    started: Database, actor: Actor
) -> None:
    with pytest.raises(ValidationError, match="on treatment since .* in cohort COH-A"):
        enrol(started, actor, "COH-C", "F-1", on=day(10))
    record_visit(started, actor, "F-1", VisitInput(8, day(58), response="PD"))
    stop_treatment(started, actor, "F-1", on=day(60), reason="progression")
    assert enrol(started, actor, "COH-C", "F-1", on=day(61)).cohort == "COH-C"


def test_never_started_needs_a_listed_reason(trial: Database, actor: Actor) -> None:  # noqa: F811
    matched_case(trial, actor, "N-1")
    enrol(trial, actor, "COH-A", "N-1", on=START)
    with pytest.raises(ValidationError, match="reason 'forgot' is not one of"):
        record_not_started(trial, actor, "N-1", COHORT, "forgot")
    record = record_not_started(trial, actor, "N-1", COHORT, "no-drug-supply")
    assert (record.status, record.derived.outcome) == ("never started", Week16Outcome.NOT_EVALUABLE)
    (view,) = cohort_enrolments(trial, "COH-A")
    assert view.awaiting_confirmation
    assert "never started (no drug supply)" in view.derived


def test_due_list_this_week_and_overdue_by_hospital(trial: Database, actor: Actor) -> None:  # noqa: F811
    today = dt.date(2025, 6, 4)  # a Wednesday
    for study_id, hospital in (("D-1", "OPEN"), ("D-2", "OPEN")):
        matched_case(trial, actor, study_id, hospital=hospital)
    start_treatment(trial, actor, "D-1", NewTreatment(TreatmentBasis.APPROVED, ("drug-a",)),
                    started_on=today - dt.timedelta(days=54))  # week 8 due Friday  # fmt: skip
    start_treatment(trial, actor, "D-2", NewTreatment(TreatmentBasis.APPROVED, ("drug-b",)),
                    started_on=today - dt.timedelta(days=70))  # week 8 overdue  # fmt: skip
    rows = due_visits(trial, today=today)
    assert [(r.study_id, r.visit, r.overdue) for r in rows] == [
        ("D-2", "day 1", True), ("D-1", "day 1", True), ("D-2", "week 8", True),
        ("D-1", "week 8", False),
    ]  # fmt: skip
    assert due_visits(trial, hospital="SHUT", today=today) == []
    assert len(due_visits(trial, hospital="OPEN", today=today)) == 4


def test_follow_up_from_the_cli(
    trial: Database,  # noqa: F811
    actor: Actor,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    matched_case(trial, actor, "C-1")
    enrol(trial, actor, "COH-A", "C-1", on=START)
    shown = cli_json(capsys, trial, "treatment", "start", "C-1", "--cohort", "COH-A",
                     "--on", "2025-01-08", "--dose", "150 mg BID")  # fmt: skip
    assert isinstance(shown, dict)
    assert [v["due_on"] for v in shown["visits"][:3]] == ["2025-01-08", "2025-03-05", "2025-04-30"]
    code, _, err = cli(capsys, trial, "visit", "record", "C-1", "--week", "8", "--on",
                       "2025-03-05", "--response", "SD", "--ae", "Diarrhea:6:possible")  # fmt: skip
    assert (code, err.count("\n")) == (1, 1)
    assert "grade 6 is not a CTCAE grade (1-5)" in err
    code, out, err = cli(capsys, trial, "visit", "record", "C-1", "--week", "16", "--on",
                         "2025-05-01", "--response", "SD", "--ecog", "1",
                         "--ae", "Fatigue:2:possible:serious:2025-04-20")  # fmt: skip
    assert code == 0, err
    assert "week-16 outcome clinical benefit (SD at the week-16 assessment on 2025-05-01)" in out
    code, out, err = cli(capsys, trial, "treatment", "dose", "C-1", "--on", "2025-05-02",
                         "--dose", "100 mg BID", "--reason", "fatigue")  # fmt: skip
    assert code == 0, err
    confirmed = cli_json(capsys, trial, "cohort", "outcome", "COH-A", "C-1")
    assert isinstance(confirmed, dict)
    assert confirmed["outcome"] == "benefit"
    code, _, err = cli(capsys, trial, "treatment", "stop", "C-1", "--on", "2025-06-01",
                       "--reason", "bored")  # fmt: skip
    assert "stop reason 'bored' is not one of: progression, toxicity" in err
    due = cli_json(capsys, trial, "followup", "due", "--today", "2025-06-04")
    assert isinstance(due, dict)
    assert [d["visit"] for d in due["due"]] == ["day 1", "week 8"]
    funnel = cli_json(capsys, trial, "report", "funnel", "--by", "cohort", "-o",
                      str(tmp_path / "f.xlsx"))  # fmt: skip
    assert isinstance(funnel, dict)
    steps = {s["key"]: s["count"] for s in funnel["groups"][0]["steps"]}
    assert (steps["started"], steps["evaluable"], steps["control"]) == (1, 1, 1)
    assert [g["name"] for g in funnel["groups"]] == ["all", "COH-A"]
    assert (tmp_path / "f.xlsx").stat().st_size > 1000
    supply = cli_json(capsys, trial, "report", "supply", "-o", str(tmp_path / "s.csv"))
    assert isinstance(supply, dict)
    text = (tmp_path / "s.csv").read_text(encoding="utf-8")
    assert "Beta agreement" in text
    assert "Synthetic" not in text


def test_funnel_counts_and_drop_reasons(trial: Database, actor: Actor) -> None:  # noqa: F811
    from mtb_desk.services.funnel import trial_funnel

    ids = [matched_case(trial, actor, f"U-{n}") for n in range(5)]
    for study_id in ids[:4]:
        enrol(trial, actor, "COH-A", study_id, on=START)
    follow(trial, actor, "COH-A", ids[0], True, START)
    follow(trial, actor, "COH-A", ids[1], False, START)
    start_treatment(trial, actor, ids[2], COHORT, started_on=START)
    record_not_started(trial, actor, ids[3], COHORT, "patient-declined")
    for study_id in ids[:2]:
        record_outcome(trial, actor, "COH-A", study_id)
    funnel = trial_funnel(trial, by="hospital")
    steps = {s.key: s for s in funnel.groups[0].steps}
    counts = [s.count for s in funnel.groups[0].steps]
    assert counts == [5, 4, 4, 4, 4, 3, 2, 1]
    assert steps["started"].drops == (("never-started:patient-declined", 1),)
    assert steps["evaluable"].drops == (("outcome-pending", 1),)
    assert steps["control"].drops == (("no-benefit:progression", 1),)
    assert steps["control"].percent_of_first == 20.0
    assert [g.name for g in funnel.groups] == ["all", "Open Hospital"]
    assert trial_funnel(trial, start=dt.date(2099, 1, 1)).cases == 0


def test_what_this_board_did_before(trial: Database, actor: Actor) -> None:  # noqa: F811
    from mtb_desk.services.board_history import board_history

    braf = (("BRAF", "V600E"),)
    for n in range(3):
        matched_case(trial, actor, f"H-{n}", alterations=braf)
    matched_case(trial, actor, "H-LUNG", diagnosis="LUAD", alterations=braf)
    for study_id in ("H-0", "H-1"):
        enrol(trial, actor, "COH-A", study_id, on=START)
    follow(trial, actor, "COH-A", "H-0", True, START)
    record_outcome(trial, actor, "COH-A", "H-0")
    start_treatment(trial, actor, "H-1", COHORT, started_on=START)
    (history,) = board_history(trial, "H-2")
    assert history.alteration == "BRAF V600E"
    assert [c.study_id for c in history.cases] == ["H-1", "H-0", "H-LUNG"]  # same tumour first
    assert history.summary == (
        "3 earlier cases with BRAF V600E (2 in COADREAD): 2 treated in COH-A, "
        "1 with disease control at week 16, 1 not treated"
    )


@pytest.mark.parametrize(
    ("fields", "english", "bokmal"),
    [
        (
            {"kind": "cnv", "gene": "CDKN2A", "cnv_call": "deletion"},
            "CDKN2A deletion",
            "CDKN2A-delesjon",
        ),
        (
            {"kind": "cnv", "gene": "ERBB2", "cnv_call": "amplification"},
            "ERBB2 amplification",
            "ERBB2-amplifikasjon",
        ),
        (
            {"kind": "fusion", "gene": "ALK", "partner_gene": "EML4"},
            "EML4::ALK fusion",
            "EML4::ALK-fusjon",
        ),
        ({"kind": "fusion", "gene": "NTRK1"}, "NTRK1 fusion", "NTRK1-fusjon"),
        ({"kind": "snv", "gene": "BRAF", "protein": "V600E"}, "BRAF V600E", "BRAF V600E"),
    ],
)
def test_the_board_history_names_an_alteration_in_the_readers_language(
    fields: dict[str, str], english: str, bokmal: str
) -> None:
    """The alteration is data: the sentence in bokmål says it in bokmål, never in English."""
    from mtb_desk.db.models import Finding
    from mtb_desk.domain.enums import CnvCall, FindingKind
    from mtb_desk.services.board_history import FindingHistory, _label, summarise

    values: dict[str, object] = dict(fields)
    values["kind"] = FindingKind(fields["kind"])
    if "cnv_call" in fields:
        values["cnv_call"] = CnvCall(fields["cnv_call"])
    label = _label(Finding(**values))
    history = FindingHistory(1, str(label), (), "", "COADREAD", label)
    assert history.alteration == english
    assert history.alteration_in("nb") == bokmal
    assert summarise(label, "COADREAD", (), "nb").endswith(bokmal)
