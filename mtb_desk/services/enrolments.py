"""Enrolments: enrol a case in a cohort, record its week-16 outcome, or withdraw it.

Each refuses, with the reason in words, what the two-stage rule, the drug supply or the
trial site does not allow; every change writes an audit event in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.catalogue.model import enrolment_refusal
from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Response
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.services.audit import record_event, snapshot
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.catalogue import current_catalogue
from mtb_desk.services.cohorts import EnrolmentView, cohort_states, supply_left
from mtb_desk.services.permissions import Action, Actor, require

BENEFIT_RESPONSES = frozenset({Response.CR, Response.PR, Response.SD})
_OUTCOME_FIELDS = ("benefit", "response", "evaluated_on")

__all__ = [  # EnrolmentView lives in services.cohorts (which this module imports)
    "EnrolmentView",
    "check_outcome",
    "enrol",
    "enrol_in",
    "record_outcome",
    "record_outcome_in",
    "withdraw",
    "withdraw_in",
]


def _cohort_row(session: Session, code: str, *, lock: bool = False) -> Cohort:
    query = select(Cohort).where(Cohort.code == code.strip())
    if lock:
        query = query.with_for_update()
    cohort = session.scalar(query)
    if cohort is None:
        raise NotFoundError(f"no cohort with code '{code}'")
    return cohort


def _enrolment(session: Session, cohort: Cohort, study_id: str) -> tuple[Case, Enrolment]:
    case = case_for_study_id(session, study_id)
    row = session.scalar(
        select(Enrolment).where(Enrolment.cohort_id == cohort.id, Enrolment.case_id == case.id)
    )
    if row is None:
        raise NotFoundError(f"{study_id} is not enrolled in cohort {cohort.code}")
    return case, row


def _state_text(session: Session, cohort: Cohort) -> str:
    session.flush()
    for row, state in cohort_states(session):
        if row.id == cohort.id:
            return state.summary()
    return ""


def _view(session: Session, cohort: Cohort, study_id: str, row: Enrolment) -> EnrolmentView:
    case = session.get(Case, row.case_id)
    return EnrolmentView(
        cohort=cohort.code,
        study_id=study_id,
        enrolled_on=row.enrolled_on,
        withdrawn_on=row.withdrawn_on,
        withdrawal_reason=row.withdrawal_reason,
        benefit=row.benefit,
        response=row.response,
        evaluated_on=row.evaluated_on,
        cohort_state=_state_text(session, cohort),
        hospital=case.hospital.name if case is not None and case.hospital else None,
    )


def _refusal(session: Session, cohort: Cohort, case: Case, on: dt.date) -> str | None:
    if cohort.source != "impress":
        return f"{cohort.code} is another trial's arm: enrol through that trial"
    hospital = case.hospital
    opened = hospital.site_open_since if hospital else None
    if hospital is None:
        return "the case has no referring hospital, so no trial site to enrol at"
    if opened is None or opened > on:
        when = f" (opens {opened.isoformat()})" if opened else ""
        return f"{hospital.name}'s trial site is not open{when}"
    catalogue = current_catalogue(session)
    if catalogue is None or cohort.code not in {c.code for c in catalogue.cohorts}:
        return f"cohort {cohort.code} takes no patients: it is not in the catalogue in force"
    states = cohort_states(session)
    state = next(s for c, s in states if c.id == cohort.id)
    return enrolment_refusal(
        catalogue, catalogue.cohort(cohort.code), state, supply_left(catalogue, states)
    )


def _lock_agreements(session: Session) -> None:
    """Serialise enrolments on PostgreSQL: supply spans cohorts, so lock every agreement."""
    from mtb_desk.db.models import SupplyAgreement

    session.scalars(select(SupplyAgreement.id).with_for_update()).all()


def enrol(
    database: Database, actor: Actor, cohort_code: str, study_id: str, *, on: dt.date | None = None
) -> EnrolmentView:
    """Enrol a case; refused with the reason for a full, closed or suspended cohort, a used-up
    supply agreement, or a hospital whose trial site is not open on that date."""
    with writing(database) as session:
        return enrol_in(session, actor, cohort_code, case_for_study_id(session, study_id), on=on)


def enrol_in(
    session: Session, actor: Actor, cohort_code: str, case: Case, *, on: dt.date | None = None
) -> EnrolmentView:
    """`enrol` inside the caller's unit of work."""
    require(actor, Action.ENROL)
    on = on or dt.date.today()
    study_id = case.patient.study_id
    cohort = _cohort_row(session, cohort_code, lock=True)
    _lock_agreements(session)
    existing = session.scalar(
        select(Enrolment.id).where(Enrolment.cohort_id == cohort.id, Enrolment.case_id == case.id)
    )
    if existing is not None:
        raise ValidationError(f"{study_id} is already enrolled in cohort {cohort.code}")
    refusal = _refusal(session, cohort, case, on)
    if refusal is not None:
        raise ValidationError(f"cannot enrol {study_id} in {cohort.code}: {refusal}")
    row = Enrolment(cohort_id=cohort.id, case_id=case.id, enrolled_on=on)
    session.add(row)
    session.flush()
    view = _view(session, cohort, study_id, row)
    record_event(
        session,
        actor=actor.username,
        action="enrol",
        entity="enrolment",
        entity_id=f"{cohort.code}/{study_id}",
        case_id=case.id,
        summary=f"{study_id} enrolled in cohort {cohort.code} on {on.isoformat()}",
        after={"cohort": cohort.code, "enrolled_on": on, "cohort_state": view.cohort_state},
    )
    return view


def check_outcome(benefit: bool, response: Response | None) -> None:
    """CR/PR/SD mean clinical benefit, PD none; anything else is refused."""
    if response is None:
        return
    if benefit and response not in BENEFIT_RESPONSES:
        raise ValidationError(f"response {response.value} is progression: benefit must be 'no'")
    if not benefit and response in BENEFIT_RESPONSES:
        raise ValidationError(
            f"response {response.value} is clinical benefit (CR, PR or SD): benefit must be 'yes'"
        )


def record_outcome(
    database: Database,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    benefit: bool,
    response: Response | None = None,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """Record the week-16 outcome (a correction replaces it, audited before/after)."""
    with writing(database) as session:
        return record_outcome_in(session, actor, cohort_code, study_id, benefit, response, on=on)


def record_outcome_in(
    session: Session,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    benefit: bool,
    response: Response | None = None,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """`record_outcome` inside the caller's unit of work."""
    require(actor, Action.ENROL)
    check_outcome(benefit, response)
    on = on or dt.date.today()
    cohort = _cohort_row(session, cohort_code)
    case, row = _enrolment(session, cohort, study_id)
    if row.withdrawn_on is not None and row.benefit is None:
        raise ValidationError(
            f"{study_id} was withdrawn from {cohort.code} on {row.withdrawn_on.isoformat()} "
            "before evaluation; no outcome can be recorded"
        )
    if on < row.enrolled_on:
        raise ValidationError("the outcome cannot predate the enrolment")
    before = snapshot(row, _OUTCOME_FIELDS)
    row.benefit, row.response, row.evaluated_on = benefit, response, on
    view = _view(session, cohort, study_id, row)
    words = "clinical benefit" if benefit else "no clinical benefit"
    record_event(
        session,
        actor=actor.username,
        action="outcome",
        entity="enrolment",
        entity_id=f"{cohort.code}/{study_id}",
        case_id=case.id,
        summary=f"{study_id} in {cohort.code}: week-16 outcome {words}"
        + (f" ({response.value})" if response else ""),
        before=before,
        after=snapshot(row, _OUTCOME_FIELDS) | {"cohort_state": view.cohort_state},
    )
    return view


def withdraw(
    database: Database,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    reason: str,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """Withdraw an enrolment; before its week-16 evaluation this frees the place."""
    with writing(database) as session:
        return withdraw_in(session, actor, cohort_code, study_id, reason, on=on)


def withdraw_in(
    session: Session,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    reason: str,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """`withdraw` inside the caller's unit of work."""
    require(actor, Action.ENROL)
    reason = reason.strip()
    if not reason:
        raise ValidationError("a withdrawal needs a reason")
    on = on or dt.date.today()
    cohort = _cohort_row(session, cohort_code)
    case, row = _enrolment(session, cohort, study_id)
    if row.withdrawn_on is not None:
        raise ValidationError(
            f"{study_id} was already withdrawn from {cohort.code} on {row.withdrawn_on.isoformat()}"
        )
    if on < row.enrolled_on:
        raise ValidationError("the withdrawal cannot predate the enrolment")
    row.withdrawn_on, row.withdrawal_reason = on, reason
    view = _view(session, cohort, study_id, row)
    evaluated = "after" if row.benefit is not None else "before"
    record_event(
        session,
        actor=actor.username,
        action="withdraw",
        entity="enrolment",
        entity_id=f"{cohort.code}/{study_id}",
        case_id=case.id,
        summary=f"{study_id} withdrawn from {cohort.code} {evaluated} evaluation: {reason}",
        after={"withdrawn_on": on, "reason": reason, "cohort_state": view.cohort_state},
    )
    return view
