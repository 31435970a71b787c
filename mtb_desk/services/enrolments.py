"""Enrolments: enrol a case in a cohort, record its week-16 outcome, or withdraw it.

Each refuses, with the reason in words, what the two-stage rule, the drug supply or the
trial site does not allow; every change writes an audit event in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment, Treatment
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Response, Week16Outcome
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.i18n.phrases import phrase, render
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.cohorts import EnrolmentView, cohort_states, outcome_fields
from mtb_desk.services.enrolment_checks import (
    case_match,
    check_unmoved,
    existing_enrolment,
    match_refusal,
    refusal_error,
    resting_recommendation,
    site_refusal,
    still_enrolled,
)
from mtb_desk.services.permissions import Action, Actor, require

__all__ = [  # EnrolmentView lives in services.cohorts (which this module imports)
    "EnrolmentView",
    "enrol",
    "enrol_in",
    "record_outcome",
    "record_outcome_in",
    "withdraw",
    "withdraw_in",
]


def _cohort_row(session: Session, code: str) -> Cohort:
    cohort = session.scalar(select(Cohort).where(Cohort.code == code.strip()))
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
    treatment = session.scalar(select(Treatment).where(Treatment.enrolment_id == row.id))
    return EnrolmentView(
        cohort=cohort.code,
        study_id=study_id,
        enrolled_on=row.enrolled_on,
        withdrawn_on=row.withdrawn_on,
        withdrawal_reason=row.withdrawal_reason,
        cohort_state=_state_text(session, cohort),
        hospital=case.hospital.name if case is not None and case.hospital else None,
        override_reason=row.override_reason,
        **outcome_fields(treatment),
    )


_ENROLMENT_LOCK = 7_310_421_016  # any constant: one enrolment at a time per database


def _serialise(session: Session) -> None:
    """Serialise enrolments on PostgreSQL: the two-stage counts and the drug supply span
    cohorts, so one transaction-scoped advisory lock. Row locks (FOR UPDATE) would need the
    UPDATE privilege on cohort and supply_agreement, which an enroller's login does not hold
    (shared mode refused every enrolment with "permission denied for table cohort")."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ENROLMENT_LOCK})


def enrol(
    database: Database,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    *,
    on: dt.date | None = None,
    override_reason: str | None = None,
    expected_state: str | None = None,
) -> EnrolmentView:
    """Enrol a case; refused with the reason for a full, closed or suspended cohort, a used-up
    supply agreement, a hospital whose trial site is not open on that date, a current match
    that is not `eligible` (the chair may override it with a written reason), or a patient
    still on treatment in another cohort. `expected_state` is the cohort's counts as the
    person saw them (`EnrolmentPreview.state_token`): other counts now are a conflict."""
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        return enrol_in(session, actor, cohort_code, case, on=on, override_reason=override_reason,
                        expected_state=expected_state)  # fmt: skip


def enrol_in(
    session: Session,
    actor: Actor,
    cohort_code: str,
    case: Case,
    *,
    on: dt.date | None = None,
    override_reason: str | None = None,
    expected_state: str | None = None,
) -> EnrolmentView:
    """`enrol` inside the caller's unit of work."""
    require(actor, Action.ENROL)
    override_reason = (override_reason or "").strip() or None
    if override_reason is not None:
        require(actor, Action.OVERRIDE_ENROLMENT)
    on = on or dt.date.today()
    study_id = case.patient.study_id
    _serialise(session)
    cohort = _cohort_row(session, cohort_code)
    already = existing_enrolment(session, cohort, case)
    if already is not None:
        raise already
    check_unmoved(session, cohort, expected_state)
    refusal = site_refusal(session, cohort, case, on) or still_enrolled(session, case, cohort)
    if refusal is not None:
        raise refusal_error(study_id, cohort.code, refusal)
    match_why = match_refusal(case_match(session, case, cohort.code))
    if match_why is not None and override_reason is None:
        raise refusal_error(study_id, cohort.code, phrase("enrol.may-override", why=match_why))
    match_text = render(match_why) if match_why is not None else None
    row = Enrolment(
        cohort_id=cohort.id, case_id=case.id, enrolled_on=on, override_reason=override_reason
    )
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
        summary=f"{study_id} enrolled in cohort {cohort.code} on {on.isoformat()}"
        + (f" against the match ({match_text}); override: {override_reason}" if match_text else ""),
        after={"cohort": cohort.code, "enrolled_on": on, "cohort_state": view.cohort_state,
               "match": match_text or "eligible", "override_reason": override_reason,
               "recommendation_id": resting_recommendation(session, case.id, cohort.id)},
    )  # fmt: skip
    return view


def record_outcome(
    database: Database,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    benefit: bool | None = None,
    response: Response | None = None,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """Confirm the enrolment's week-16 outcome as derived from the treatment's visits.

    There is no typed outcome any more: `benefit`/`response`, when given, must agree with
    what the visits give (else refused, naming it); the chair's confirmation is audited."""
    with writing(database) as session:
        return record_outcome_in(session, actor, cohort_code, study_id, benefit, response, on=on)


def record_outcome_in(
    session: Session,
    actor: Actor,
    cohort_code: str,
    study_id: str,
    benefit: bool | None = None,
    response: Response | None = None,
    *,
    on: dt.date | None = None,
) -> EnrolmentView:
    """`record_outcome` inside the caller's unit of work."""
    from mtb_desk.services.outcomes import confirm_outcome_in, enrolment_treatment, typed_outcome

    require(actor, Action.CONFIRM_OUTCOME)
    cohort = _cohort_row(session, cohort_code)
    _case, row = _enrolment(session, cohort, study_id)
    if row.withdrawn_on is not None:
        raise ValidationError(
            f"{study_id} was withdrawn from {cohort.code} on {row.withdrawn_on.isoformat()} "
            "before evaluation; no outcome can be recorded"
        )
    treatment = enrolment_treatment(session, row, study_id)
    typed_outcome(benefit, on, treatment.started_on)
    if (
        response is not None
        and benefit is not None
        and ((response.value in {"CR", "PR", "SD"}) != benefit)
    ):
        raise ValidationError(f"response {response.value} does not agree with benefit "
                              f"'{'yes' if benefit else 'no'}'")  # fmt: skip
    expected = None
    if benefit is not None:
        expected = Week16Outcome.BENEFIT if benefit else Week16Outcome.NO_BENEFIT
    record = confirm_outcome_in(session, actor, treatment, study_id, expected=expected)
    if (
        response is not None
        and record.derived.response is not None
        and (record.derived.response.value != response.value)
    ):
        raise ValidationError(
            f"the week-16 visit gives {record.derived.response.value}, not {response.value}"
        )
    return _view(session, cohort, study_id, row)


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
    treatment = session.scalar(select(Treatment).where(Treatment.enrolment_id == row.id))
    if treatment is not None and treatment.started_on is not None and treatment.stopped_on is None:
        raise ValidationError(
            f"{study_id} is on treatment in {cohort.code} since {treatment.started_on}: "
            "stop the treatment first (with its reason)"
        )
    row.withdrawn_on, row.withdrawal_reason = on, reason
    view = _view(session, cohort, study_id, row)
    evaluated = "after" if view.benefit is not None else "before"
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
