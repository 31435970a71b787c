"""Enrolments, outcomes and the two-stage rule through the service, on both back ends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent, Enrolment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Response, Role
from mtb_desk.errors import NotFoundError, PermissionDenied, ValidationError
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.cohorts import CohortOverview, cohort_enrolments, cohort_overview
from mtb_desk.services.enrolments import enrol, record_outcome, withdraw
from mtb_desk.services.hospitals import add_hospital
from mtb_desk.services.permissions import Actor
from tests.core.followup_helpers import follow, matched_case

CATALOGUE = """
version: "test-1"
drugs:
  - {inn: drug-a, company: Alpha, targets: [BRAF]}
  - {inn: drug-b, company: Beta, targets: [KRAS]}
cohorts:
  - code: COH-A
    name: BRAF V600 — drug-a
    drugs: [drug-a]
    rule: {gene: BRAF, position: V600}
  - code: COH-B
    name: KRAS G12C — drug-b
    drugs: [drug-b]
    rule: {gene: KRAS, protein: G12C}
  - code: COH-C
    name: NRAS Q61K — drug-a, small design
    drugs: [drug-a]
    rule: {gene: NRAS, protein: Q61K}
    stages: {stage1_size: 4, stage1_min_benefit: 2, total_size: 10, total_min_benefit: 3}
supply_agreements:
  - {name: Beta agreement, company: Beta, drugs: [drug-b], max_patients: 2}
"""
START = dt.date(2025, 1, 6)


@pytest.fixture
def trial(db: Database, actor: Actor, tmp_path: Path) -> Database:
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    load_catalogue_file(db, actor, path)
    from mtb_desk.db.unit_of_work import writing

    with writing(db) as session:
        add_hospital(session, actor, "OPEN", "Open Hospital", site_open_since=dt.date(2024, 1, 1))
        add_hospital(session, actor, "SHUT", "Closed Hospital")
        add_hospital(session, actor, "SOON", "Soon Hospital", site_open_since=dt.date(2030, 1, 1))
    return db


def cases(
    db: Database, actor: Actor, count: int, prefix: str = "P", hospital: str = "OPEN"
) -> list[str]:
    ids = [f"{prefix}-{n:02d}" for n in range(count)]
    for study_id in ids:
        matched_case(db, actor, study_id, hospital=hospital)
    return ids


def state(db: Database, code: str = "COH-A") -> CohortOverview:
    return next(c for c in cohort_overview(db) if c.code == code)


def enrol_with(
    db: Database, actor: Actor, ids: list[str], outcomes: list[bool | None], code: str = "COH-A"
) -> None:
    for day, (study_id, benefit) in enumerate(zip(ids, outcomes, strict=True)):
        enrolled = START + dt.timedelta(days=day)
        enrol(db, actor, code, study_id, on=enrolled)
        if benefit is not None:
            follow(db, actor, code, study_id, benefit, enrolled)
            record_outcome(db, actor, code, study_id)


def test_no_benefit_in_eight_closes_negative_and_refuses(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 9)
    enrol_with(trial, actor, ids[:8], [False] * 8)
    row = state(trial)
    assert (row.phase, row.free_slots, row.accepting) == ("closed: negative", 0, False)
    assert row.reason == "closed: negative after stage 1 (0 of 8 with benefit, 1 needed)"
    with pytest.raises(ValidationError, match="closed: negative after stage 1"):
        enrol(trial, actor, "COH-A", ids[8], on=START + dt.timedelta(weeks=20))


def test_one_benefit_in_eight_expands(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 8)
    enrol_with(trial, actor, ids, [True] + [False] * 7)
    row = state(trial)
    assert (row.phase, row.free_slots, row.benefit, row.no_benefit) == (
        "expanded (stage 2)",
        16,
        1,
        7,
    )
    assert row.reason == "expanded (stage 2), 16 places left"


def test_pending_outcomes_make_the_cohort_wait(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 9)
    enrol_with(trial, actor, ids[:8], [False] * 5 + [None] * 3)
    row = state(trial)
    assert row.phase == "awaiting stage-1 outcomes"
    assert row.pending == 3
    with pytest.raises(ValidationError, match="waiting for week-16 outcomes of stage 1"):
        enrol(trial, actor, "COH-A", ids[8], on=START + dt.timedelta(days=30))


@pytest.mark.parametrize(("benefits", "phase"), [(4, "closed: negative"), (5, "positive")])
def test_stage_two_ends_by_benefit_count(
    trial: Database, actor: Actor, benefits: int, phase: str
) -> None:
    ids = cases(trial, actor, 24)
    enrol_with(trial, actor, ids, [True] * benefits + [False] * (24 - benefits))
    row = state(trial)
    assert (row.phase, row.benefit, row.accepting) == (phase, benefits, False)
    needed = "5 needed" if benefits == 4 else "a larger expansion is a trial decision"
    assert needed in row.reason


def test_withdrawal_before_evaluation_frees_the_place(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 2)
    enrol(trial, actor, "COH-A", ids[0], on=START)
    view = withdraw(trial, actor, "COH-A", ids[0], "moved abroad", on=START + dt.timedelta(days=9))
    assert view.withdrawn_on == START + dt.timedelta(days=9)
    row = state(trial)
    assert (row.enrolled, row.withdrawn, row.free_slots) == (0, 1, 8)
    with pytest.raises(ValidationError, match="withdrawn .* before evaluation"):
        record_outcome(trial, actor, "COH-A", ids[0], True, Response.PR)
    with pytest.raises(ValidationError, match="already withdrawn"):
        withdraw(trial, actor, "COH-A", ids[0], "again")
    with pytest.raises(ValidationError, match="needs a reason"):
        withdraw(trial, actor, "COH-A", ids[1], "  ")


def test_typed_outcome_must_agree_with_the_visits(trial: Database, actor: Actor) -> None:
    (study_id,) = cases(trial, actor, 1)
    enrol(trial, actor, "COH-A", study_id, on=START)
    with pytest.raises(ValidationError, match="no treatment recorded"):
        record_outcome(trial, actor, "COH-A", study_id, True, Response.SD)
    follow(trial, actor, "COH-A", study_id, True, START)
    with pytest.raises(ValidationError, match="does not agree"):
        record_outcome(trial, actor, "COH-A", study_id, True, Response.PD)
    with pytest.raises(ValidationError, match="the visits give clinical benefit .*not no clinical"):
        record_outcome(trial, actor, "COH-A", study_id, False, Response.PD)
    with pytest.raises(ValidationError, match="before week 16"):
        record_outcome(trial, actor, "COH-A", study_id, True, on=START + dt.timedelta(days=100))
    assert state(trial).benefit == 0  # nothing counted before the chair confirms
    view = record_outcome(trial, actor, "COH-A", study_id, True, Response.SD)
    assert (view.benefit, view.response, view.outcome) == (True, Response.SD, "benefit")
    assert view.evaluated_on == START + dt.timedelta(days=113)
    with reading(trial) as session:
        actions = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity.in_(("enrolment", "treatment", "visit")))
            .order_by(AuditEvent.id)
        ).all()
    assert actions == ["enrol", "start", "visit", "confirm"]


def test_site_not_open_is_refused(trial: Database, actor: Actor) -> None:
    (shut,) = cases(trial, actor, 1, "S", "SHUT")
    (soon,) = cases(trial, actor, 1, "N", "SOON")
    with pytest.raises(ValidationError, match="Closed Hospital's trial site is not open"):
        enrol(trial, actor, "COH-A", shut)
    with pytest.raises(
        ValidationError, match=r"Soon Hospital's trial site is not open \(opens 2030"
    ):
        enrol(trial, actor, "COH-A", soon, on=dt.date(2029, 12, 31))
    with reading(trial) as session:
        assert session.scalars(select(Enrolment)).all() == []


def test_exhausted_supply_agreement_is_refused(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 3)
    enrol(trial, actor, "COH-B", ids[0], on=START)
    enrol(trial, actor, "COH-B", ids[1], on=START)
    row = state(trial, "COH-B")
    assert (row.supply_left, row.accepting) == (0, False)
    assert row.reason == "full: drug supply used up (Beta agreement: 2 of 2 patients enrolled)"
    with pytest.raises(ValidationError, match="drug supply used up"):
        enrol(trial, actor, "COH-B", ids[2], on=START)
    withdraw(trial, actor, "COH-B", ids[0], "toxicity before evaluation")
    assert state(trial, "COH-B").supply_left == 1
    enrol(trial, actor, "COH-B", ids[2], on=START + dt.timedelta(days=1))


def test_double_enrolment_and_roles(trial: Database, actor: Actor, make_actor: object) -> None:
    (study_id,) = cases(trial, actor, 1)
    enrol(trial, actor, "COH-A", study_id, on=START)
    with pytest.raises(ValidationError, match="already enrolled"):
        enrol(trial, actor, "COH-A", study_id, on=START)
    pathologist = make_actor("pat", Role.PATHOLOGIST)  # type: ignore[operator]
    with pytest.raises(PermissionDenied, match="confirm week-16 outcomes"):
        record_outcome(trial, pathologist, "COH-A", study_id, True)


def test_cohort_commands_from_the_cli(
    trial: Database, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.test_cli import cli, cli_json

    ids = cases(trial, actor, 2)
    code, out, err = cli(capsys, trial, "cohort", "enrol", "COH-A", ids[0], "--on", "2025-01-06")
    assert code == 0, err
    assert f"{ids[0]} enrolled in COH-A on 2025-01-06" in out
    assert "open (stage 1): 1 enrolled" in out
    code, _, err = cli(
        capsys, trial, "treatment", "start", ids[0], "--cohort", "COH-A", "--on", "2025-01-08"
    )
    assert code == 0, err
    code, _, err = cli(
        capsys, trial, "visit", "record", ids[0], "--week", "16", "--on", "2025-05-01",
        "--response", "PR", "--ecog", "1",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = cli(
        capsys, trial, "cohort", "outcome", "COH-A", ids[0], "--benefit", "no", "--response", "PD"
    )
    assert code == 1
    assert "the visits give clinical benefit (PR at the week-16 assessment on 2025-05-01)" in err
    shown = cli_json(
        capsys, trial, "cohort", "outcome", "COH-A", ids[0], "--benefit", "yes",
        "--response", "PR", "--on", "2025-05-01",
    )  # fmt: skip
    assert isinstance(shown, dict)
    assert (shown["benefit"], shown["response"], shown["outcome"]) == (True, "PR", "benefit")
    status = cli_json(capsys, trial, "cohort", "status", "COH-A")
    assert isinstance(status, dict)
    (row,) = status["cohorts"]
    assert (row["phase"], row["free_slots"], row["benefit"]) == ("expanded (stage 2)", 23, 1)
    code, out, _ = cli(capsys, trial, "cohort", "enrol", "COH-A", ids[1], "--on", "2025-01-07")
    code, out, _ = cli(capsys, trial, "cohort", "withdraw", "COH-A", ids[1], "--reason", "moved")
    assert code == 0
    assert f"{ids[1]} withdrawn from COH-A" in out
    code, out, _ = cli(capsys, trial, "cohort", "list")
    assert "1 (+1 withdrawn)" in out
    assert "COH-B" in out


def test_overview_carries_each_cohorts_design(trial: Database) -> None:
    default, small = state(trial, "COH-A"), state(trial, "COH-C")
    design = ("stage1_size", "stage1_min_benefit", "total_size", "total_min_benefit")
    assert tuple(getattr(default, f) for f in design) == (8, 1, 24, 5)
    assert tuple(getattr(small, f) for f in design) == (4, 2, 10, 3)
    assert small.free_slots == 4


def test_cohort_enrolments_lists_outcomes_and_withdrawals(trial: Database, actor: Actor) -> None:
    ids = cases(trial, actor, 3)
    enrol_with(trial, actor, ids, [True, None, None])
    withdraw(trial, actor, "COH-A", ids[2], "moved abroad", on=START + dt.timedelta(days=20))
    rows = cohort_enrolments(trial, "COH-A")
    assert [r.study_id for r in rows] == ids
    first, pending, gone = rows
    assert (first.hospital, first.enrolled_on, first.benefit, first.response) == (
        "Open Hospital", START, True, Response.SD,
    )  # fmt: skip
    assert first.evaluated_on == START + dt.timedelta(days=113)
    assert first.derived.startswith("clinical benefit: SD at the week-16 assessment")
    assert (pending.benefit, pending.withdrawn_on) == (None, None)
    assert (gone.withdrawn_on, gone.withdrawal_reason) == (
        START + dt.timedelta(days=20), "moved abroad",
    )  # fmt: skip
    assert first.cohort_state.startswith("expanded (stage 2): 2 enrolled")
    assert cohort_enrolments(trial, "COH-B") == []
    with pytest.raises(NotFoundError, match="no cohort 'NOPE'"):
        cohort_enrolments(trial, "NOPE")
