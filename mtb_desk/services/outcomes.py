"""The chair confirms the week-16 outcome the visits give; only confirmed outcomes count.

There is no typed outcome: a confirmation records what `derive_outcome` gives now, and a
later change to the visits or the stop that gives another outcome withdraws it. For an
enrolment, a confirmed outcome drives the cohort's two-stage state (a "not evaluable"
outcome frees the place: the patient is replaced).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort, Enrolment, Treatment
from mtb_desk.db.models.base import utcnow
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Week16Outcome
from mtb_desk.domain.followup import derive_outcome, outcome_words
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.followup_records import TreatmentRecord, facts_of, treatment_record
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.treatments import check_version, find_treatment, treatment_record_name


def confirm_outcome_in(
    session: Session,
    actor: Actor,
    row: Treatment,
    study_id: str,
    *,
    expected: Week16Outcome | None = None,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """Confirm the derived outcome of `row`; `expected` (a typed answer) must agree with it."""
    require(actor, Action.CONFIRM_OUTCOME)
    check_version(row, expected_version, treatment_record_name(row, study_id))
    derived = derive_outcome(facts_of(row))
    if derived.outcome is None:
        raise ValidationError(
            code="outcome.pending", params={"study_id": study_id, "reason": derived}
        )
    if expected is not None and expected is not derived.outcome:
        raise ValidationError(code="outcome.disagrees", params={
            "derived": derived.outcome.value, "reason": derived, "expected": expected.value,
        })  # fmt: skip
    if row.outcome is derived.outcome:
        raise ValidationError(code="outcome.already-confirmed", params={
            "study_id": study_id, "outcome": row.outcome.value, "user": row.outcome_confirmed_by,
        })  # fmt: skip
    row.outcome, row.outcome_response, row.outcome_on = (
        derived.outcome, derived.response, derived.on,
    )  # fmt: skip
    row.outcome_confirmed_by, row.outcome_confirmed_at = actor.username, utcnow()
    session.flush()
    cohort = _cohort_of(session, row)
    record_event(
        session, actor=actor.username, action="confirm", entity="treatment",
        entity_id=f"{study_id}/T{row.id}", case_id=row.case_id,
        summary=f"{study_id}: week-16 outcome confirmed: {outcome_words(derived.outcome)} "
        f"({derived.reason})" + (f"; counts in cohort {cohort}" if cohort else ""),
        after={"outcome": derived.outcome, "response": derived.response, "on": derived.on,
               "reason": derived.reason, "cohort": cohort},
    )  # fmt: skip
    return treatment_record(session, row, study_id)


def _cohort_of(session: Session, row: Treatment) -> str | None:
    if row.enrolment_id is None:
        return None
    return session.scalar(
        select(Cohort.code)
        .join(Enrolment, Enrolment.cohort_id == Cohort.id)
        .where(Enrolment.id == row.enrolment_id)
    )


def confirm_outcome(
    database: Database,
    actor: Actor,
    study_id: str,
    *,
    treatment_id: int | None = None,
    expected: Week16Outcome | None = None,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """The chair confirms a treatment's derived week-16 outcome (latest started by default)."""
    require(actor, Action.CONFIRM_OUTCOME)
    with writing(database) as session:
        if treatment_id is None:
            row = _latest_any(session, study_id)
        else:
            row = find_treatment(session, study_id, treatment_id)
        return confirm_outcome_in(
            session, actor, row, study_id, expected=expected, expected_version=expected_version
        )


def _latest_any(session: Session, study_id: str) -> Treatment:
    case = case_for_study_id(session, study_id)
    row = session.scalar(
        select(Treatment).where(Treatment.case_id == case.id).order_by(Treatment.id.desc())
    )
    if row is None:
        raise NotFoundError(code="followup.none-recorded", params={"study_id": study_id})
    return row


def enrolment_treatment(session: Session, enrolment: Enrolment, study_id: str) -> Treatment:
    row = session.scalar(select(Treatment).where(Treatment.enrolment_id == enrolment.id))
    if row is None:
        raise ValidationError(code="outcome.no-treatment", params={"study_id": study_id})
    return row


def typed_outcome(benefit: bool | None, on: dt.date | None, start: dt.date | None) -> None:
    """The old typed path's rule: an outcome before week 16 only for progression or death."""
    if benefit and on is not None and start is not None and (on - start).days < 112:
        raise ValidationError(code="outcome.before-week16", params={"on": on, "start": start})
