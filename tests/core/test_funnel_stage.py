"""The kept funnel stage (`case_funnel`) never drifts from the stage the facts give: after
any sequence of the services that change those facts, on SQLite and PostgreSQL; and a
refused change leaves it as it was."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import AgendaStatus, RecommendationOutcome, TreatmentBasis
from mtb_desk.errors import MtbDeskError
from mtb_desk.services.cases import case_for_study_id, get_case, update_case
from mtb_desk.services.enrolments import enrol, record_outcome, withdraw
from mtb_desk.services.funnel import funnel_from_sources, trial_funnel
from mtb_desk.services.funnel_stage import derived_stages, kept_stages
from mtb_desk.services.meetings import add_to_agenda, create_meeting, set_agenda_status
from mtb_desk.services.outcomes import confirm_outcome
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
from mtb_desk.services.treatments import (
    NewTreatment,
    record_not_started,
    start_treatment,
    stop_treatment,
)
from mtb_desk.services.visits import VisitInput, record_visit
from tests.core.followup_helpers import matched_case
from tests.core.test_cohort_service import START
from tests.core.test_cohort_service import trial as trial  # noqa: F401 - fixture

COHORT = NewTreatment(TreatmentBasis.ENROLMENT, cohort="COH-A")
_names = itertools.count()


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def _case_id(db: Database, study_id: str) -> int:
    with reading(db) as session:
        return case_for_study_id(session, study_id).id


def _agenda(status: AgendaStatus) -> Callable[[Database, Actor, str], object]:
    def run(db: Database, actor: Actor, study_id: str) -> object:
        meeting = create_meeting(db, actor, START, f"Board {next(_names)}")
        add_to_agenda(db, actor, meeting.id, _case_id(db, study_id))
        if status is AgendaStatus.PENDING:
            return None
        return set_agenda_status(db, actor, meeting.id, _case_id(db, study_id), status)

    return run


def _recommend(outcome: RecommendationOutcome, final: bool) -> Callable[..., object]:
    cohort = "COH-A" if outcome is RecommendationOutcome.IMPRESS_COHORT else None
    draft = RecommendationDraft(outcome, "test rationale", cohort_code=cohort)
    return lambda db, actor, sid: record_recommendation(db, actor, sid, draft, final=final)


def _move(db: Database, actor: Actor, study_id: str) -> object:
    case = get_case(db, study_id)
    changes = {"diagnosis_code": "LUAD", "referral_date": day(30), "hospital_code": "OPEN"}
    return update_case(db, actor, case.id, case.version, changes)


ACTIONS: dict[str, Callable[[Database, Actor, str], object]] = {
    "agenda pending": _agenda(AgendaStatus.PENDING),
    "agenda discussed": _agenda(AgendaStatus.DISCUSSED),
    "agenda deferred": _agenda(AgendaStatus.DEFERRED),
    "draft cohort": _recommend(RecommendationOutcome.IMPRESS_COHORT, False),
    "final cohort": _recommend(RecommendationOutcome.IMPRESS_COHORT, True),
    "final approved": _recommend(RecommendationOutcome.APPROVED_THERAPY, True),
    "enrol": lambda db, a, sid: enrol(db, a, "COH-A", sid, on=START),
    "withdraw": lambda db, a, sid: withdraw(db, a, "COH-A", sid, "moved", on=day(3)),
    "start": lambda db, a, sid: start_treatment(db, a, sid, COHORT, started_on=day(1)),
    "not started": lambda db, a, sid: record_not_started(db, a, sid, COHORT, "no-drug-supply"),
    "PD at week 8": lambda db, a, sid: record_visit(db, a, sid, VisitInput(8, day(57), 1, "PD")),
    "SD at week 16": lambda db, a, sid: record_visit(db, a, sid, VisitInput(16, day(114), 1, "SD")),
    "stop toxicity": lambda db, a, sid: stop_treatment(db, a, sid, on=day(20), reason="toxicity"),
    "confirm": lambda db, a, sid: confirm_outcome(db, a, sid),
    "cohort outcome": lambda db, a, sid: record_outcome(db, a, "COH-A", sid),
    "edit case": _move,
}


def assert_no_drift(db: Database) -> None:
    with reading(db) as session:
        kept, derived = kept_stages(session), derived_stages(session)
        assert kept == derived
        assert trial_funnel(db) == funnel_from_sources(session)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.sampled_from(sorted(ACTIONS)), st.integers(0, 1)), max_size=8))
@example(steps=[  # a whole journey to disease control, then the case is edited
    ("agenda discussed", 0), ("final cohort", 0), ("enrol", 0), ("start", 0),
    ("SD at week 16", 0), ("confirm", 0), ("cohort outcome", 0), ("edit case", 0),
])  # fmt: skip
@example(steps=[  # no benefit, a stop after it (withdrawing the confirmation), never started
    ("enrol", 1), ("start", 1), ("PD at week 8", 1), ("confirm", 1), ("stop toxicity", 1),
    ("agenda deferred", 0), ("final approved", 0), ("not started", 0), ("withdraw", 1),
])  # fmt: skip
@example(steps=[  # a draft, then the board's other choice; an enrolment never started
    ("draft cohort", 0), ("agenda pending", 0), ("final approved", 0), ("draft cohort", 1),
    ("final cohort", 1), ("enrol", 1), ("not started", 1), ("start", 1),
])  # fmt: skip
def test_kept_stage_never_drifts_from_the_facts(
    trial: Database,  # noqa: F811
    actor: Actor,
    steps: list[tuple[str, int]],
) -> None:
    ids = [matched_case(trial, actor, f"D-{next(_names)}") for _ in range(2)]
    assert_no_drift(trial)
    for action, which in steps:
        with contextlib.suppress(MtbDeskError):  # refused: the kept stage must still agree
            ACTIONS[action](trial, actor, ids[which])
        assert_no_drift(trial)


def test_a_new_case_counts_at_once_and_a_refused_change_keeps_its_stage(
    trial: Database,  # noqa: F811
    actor: Actor,
) -> None:
    study_id = matched_case(trial, actor, "K-1")
    case_id = _case_id(trial, study_id)
    with reading(trial) as session:
        assert kept_stages(session)[case_id]["stage"] == 1  # profiled, not yet discussed
    enrol(trial, actor, "COH-A", study_id, on=START)
    start_treatment(trial, actor, study_id, COHORT, started_on=day(1))
    with reading(trial) as session:
        before = kept_stages(session)[case_id]
    assert (before["stage"], before["drop_reason"]) == (6, "outcome-pending")
    with pytest.raises(MtbDeskError):
        record_visit(trial, actor, study_id, VisitInput(8, day(-5), 1, "PD"))  # before start
    with reading(trial) as session:
        assert kept_stages(session)[case_id] == before
    record_visit(trial, actor, study_id, VisitInput(16, day(114), 1, "SD"))
    confirm_outcome(trial, actor, study_id)
    with reading(trial) as session:
        after = kept_stages(session)[case_id]
    assert (after["stage"], after["drop_reason"]) == (8, None)
    assert_no_drift(trial)
