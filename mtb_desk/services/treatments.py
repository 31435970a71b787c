"""Treatments after the board: start (with its visit schedule), never started, dose, stop.

Each function is one unit of work: it checks everything first (one clear error, nothing
stored), writes, and records an audit event in the same transaction. A change that alters
the week-16 outcome the visits give withdraws the chair's earlier confirmation (audited).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, DoseChange, Enrolment, Recommendation, Treatment, Visit
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import NotStartedReason, RecommendationState, StopReason, TreatmentBasis
from mtb_desk.domain.followup import derive_outcome, outcome_words, schedule
from mtb_desk.errors import ConflictError, NotFoundError, ValidationError
from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.followup_records import (
    TreatmentRecord,
    facts_of,
    treatment_record,
    treatment_rows,
)
from mtb_desk.services.permissions import Action, Actor, require

INITIAL_VISITS = 10  # day 1 to week 104


@dataclass(frozen=True, slots=True)
class NewTreatment:
    """What was started: the basis, and the cohort (enrolment) or trial it follows from."""

    basis: TreatmentBasis
    drugs: tuple[str, ...] = ()  # INN names; an enrolment defaults to the cohort's drugs
    cohort: str | None = None  # required for an enrolment
    trial_id: str | None = None  # required for another trial (e.g. an NCT number)
    recommendation_id: int | None = None  # default: the case's latest decided recommendation


def find_treatment(session: Session, study_id: str, treatment_id: int | None) -> Treatment:
    """The case's treatment with that id, or (None) its latest started one."""
    case = case_for_study_id(session, study_id)
    if treatment_id is not None:
        row = session.get(Treatment, treatment_id)
        if row is None or row.case_id != case.id:
            raise NotFoundError(
                code="followup.no-treatment", params={"study_id": study_id, "id": treatment_id}
            )
        return row
    rows = [r for r in treatment_rows(session, case.id) if r.started_on is not None]
    if not rows:
        raise NotFoundError(code="followup.none-started", params={"study_id": study_id})
    return rows[-1]


def check_version(row: Treatment | Visit, expected: int | None, record: Phrase) -> None:
    """`record` names the row for the reader (`treatment_record_name`, `visit_record_name`)."""
    if expected is not None and row.version != expected:
        raise ConflictError(record, expected, row.version)


def treatment_record_name(row: Treatment, study_id: str) -> Phrase:
    return phrase("record.treatment", id=row.id, study_id=study_id)


def visit_record_name(week: int, study_id: str) -> Phrase:
    visit = phrase("visit.day-one") if week == 0 else phrase("visit.week", week=week)
    return phrase("record.visit", visit=visit, study_id=study_id)


def recheck_confirmation(session: Session, actor: Actor, row: Treatment, study_id: str) -> str:
    """Withdraw a confirmation the visits no longer give; returns the derived outcome's words."""
    session.flush()
    session.refresh(row)
    derived = derive_outcome(facts_of(row))
    if row.outcome is not None and row.outcome is not derived.outcome:
        before = {"outcome": row.outcome, "confirmed_by": row.outcome_confirmed_by}
        row.outcome = row.outcome_response = row.outcome_on = None
        row.outcome_confirmed_by = row.outcome_confirmed_at = None
        record_event(
            session, actor=actor.username, action="unconfirm", entity="treatment",
            entity_id=f"{study_id}/T{row.id}", case_id=row.case_id,
            summary=f"{study_id}: confirmed week-16 outcome withdrawn, the visits now give "
            f"{outcome_words(derived.outcome)} ({derived.reason}); the chair confirms again",
            before=before, after={"derived": derived.outcome, "reason": derived.reason},
        )  # fmt: skip
    return f"{outcome_words(derived.outcome)} ({derived.reason})"


def _latest_decision(session: Session, case_id: int) -> int | None:
    return session.scalar(
        select(Recommendation.id)
        .where(
            Recommendation.case_id == case_id,
            Recommendation.state.in_((RecommendationState.FINAL, RecommendationState.SIGNED)),
        )
        .order_by(Recommendation.id.desc())
        .limit(1)
    )


def _enrolment_for(session: Session, case: Case, code: str | None) -> tuple[Enrolment, Cohort]:
    if not code:
        raise ValidationError(code="followup.cohort-missing")
    cohort = session.scalar(select(Cohort).where(Cohort.code == code.strip()))
    if cohort is None:
        raise NotFoundError(code="followup.cohort-unknown", params={"cohort": code})
    enrolment = session.scalar(
        select(Enrolment).where(Enrolment.cohort_id == cohort.id, Enrolment.case_id == case.id)
    )
    if enrolment is None:
        raise ValidationError(
            code="followup.not-enrolled",
            params={"study_id": case.patient.study_id, "cohort": cohort.code},
        )
    if enrolment.withdrawn_on is not None:
        raise ValidationError(code="followup.withdrawn", params={
            "study_id": case.patient.study_id, "cohort": cohort.code, "on": enrolment.withdrawn_on,
        })  # fmt: skip
    if session.scalar(select(Treatment.id).where(Treatment.enrolment_id == enrolment.id)):
        raise ValidationError(code="followup.already-treated", params={
            "study_id": case.patient.study_id, "cohort": cohort.code,
        })  # fmt: skip
    return enrolment, cohort


def _new_row(session: Session, actor: Actor, case: Case, new: NewTreatment) -> Treatment:
    basis = TreatmentBasis(new.basis)  # a face may hand in the plain value
    row = Treatment(
        case_id=case.id, basis=basis, drugs=[d.strip() for d in new.drugs if d.strip()],
        trial_id=(new.trial_id or "").strip() or None, created_by=actor.username,
        recommendation_id=new.recommendation_id or _latest_decision(session, case.id),
    )  # fmt: skip
    if basis is TreatmentBasis.ENROLMENT:
        enrolment, cohort = _enrolment_for(session, case, new.cohort)
        row.enrolment_id = enrolment.id
        row.drugs = row.drugs or [d.inn for d in cohort.drugs]
    elif basis is TreatmentBasis.OTHER_TRIAL and row.trial_id is None:
        raise ValidationError(code="followup.trial-missing")
    if not row.drugs:
        raise ValidationError(code="followup.drug-missing")
    return row


def _ongoing(session: Session, case: Case) -> Treatment | None:
    from mtb_desk.db.models import Patient

    return session.scalar(
        select(Treatment)
        .join(Case, Case.id == Treatment.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .where(
            Patient.id == case.patient_id,
            Treatment.started_on.is_not(None),
            Treatment.stopped_on.is_(None),
        )
        .limit(1)
    )


def start_treatment(
    database: Database,
    actor: Actor,
    study_id: str,
    new: NewTreatment,
    *,
    started_on: dt.date,
    dose: str | None = None,
) -> TreatmentRecord:
    """Record a started treatment and create its visits on the protocol's schedule."""
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        return start_treatment_in(session, actor, case, new, started_on=started_on, dose=dose)


def start_treatment_in(
    session: Session,
    actor: Actor,
    case: Case,
    new: NewTreatment,
    *,
    started_on: dt.date,
    dose: str | None = None,
) -> TreatmentRecord:
    """`start_treatment` inside the caller's unit of work."""
    require(actor, Action.RECORD_FOLLOWUP)
    study_id = case.patient.study_id
    row = _new_row(session, actor, case, new)
    if started_on > dt.date.today():
        raise ValidationError(code="followup.start-future", params={"on": started_on})
    if row.enrolment_id is not None:
        enrolled_on = session.get(Enrolment, row.enrolment_id).enrolled_on  # type: ignore[union-attr]
        if started_on < enrolled_on:
            raise ValidationError(
                code="followup.start-before-enrolment",
                params={"on": started_on, "enrolled_on": enrolled_on},
            )
    ongoing = _ongoing(session, case)
    if ongoing is not None:
        raise ValidationError(code="followup.still-on-treatment", params={
            "study_id": study_id, "drugs": ", ".join(ongoing.drugs), "since": ongoing.started_on,
        })  # fmt: skip
    row.started_on, row.dose = started_on, (dose or "").strip() or None
    row.visits = [
        Visit(seq=v.seq, week=v.week, due_on=v.due_on, window_before=v.window_before,
              window_after=v.window_after, criteria="RECIST 1.1", note="")
        for v in schedule(started_on, INITIAL_VISITS)
    ]  # fmt: skip
    session.add(row)
    session.flush()
    record_event(
        session, actor=actor.username, action="start", entity="treatment",
        entity_id=f"{study_id}/T{row.id}", case_id=case.id,
        summary=f"{study_id} started {', '.join(row.drugs)} on {started_on} "
        f"({row.basis.value}{f' {new.cohort}' if new.cohort else ''})",
        after={"drugs": row.drugs, "basis": row.basis, "started_on": started_on,
               "dose": row.dose, "trial_id": row.trial_id, "cohort": new.cohort},
    )  # fmt: skip
    return treatment_record(session, row, study_id)


def record_not_started(
    database: Database,
    actor: Actor,
    study_id: str,
    new: NewTreatment,
    reason: NotStartedReason | str,
    *,
    detail: str = "",
) -> TreatmentRecord:
    """Record that a recommended treatment never started, with a reason from the list."""
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        return record_not_started_in(session, actor, case, new, reason, detail=detail)


def record_not_started_in(
    session: Session,
    actor: Actor,
    case: Case,
    new: NewTreatment,
    reason: NotStartedReason | str,
    *,
    detail: str = "",
) -> TreatmentRecord:
    """`record_not_started` inside the caller's unit of work."""
    require(actor, Action.RECORD_FOLLOWUP)
    reason = parse_not_started_reason(reason)
    if reason is NotStartedReason.OTHER and not detail.strip():
        raise ValidationError(code="followup.detail-missing")
    study_id = case.patient.study_id
    row = _new_row(session, actor, case, new)
    row.not_started_reason, row.not_started_detail = reason, detail.strip() or None
    session.add(row)
    session.flush()
    record_event(
        session, actor=actor.username, action="not-started", entity="treatment",
        entity_id=f"{study_id}/T{row.id}", case_id=case.id,
        summary=f"{study_id}: {', '.join(row.drugs)} never started ({reason.value})",
        after={"drugs": row.drugs, "basis": row.basis, "reason": reason,
               "detail": row.not_started_detail, "cohort": new.cohort},
    )  # fmt: skip
    return treatment_record(session, row, study_id)


def change_dose(
    database: Database,
    actor: Actor,
    study_id: str,
    *,
    on: dt.date,
    dose: str,
    reason: str,
    treatment_id: int | None = None,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """Record a dose change (date, new dose, reason) on a running treatment."""
    require(actor, Action.RECORD_FOLLOWUP)
    if not dose.strip():
        raise ValidationError(code="followup.dose-empty")
    with writing(database) as session:
        row = find_treatment(session, study_id, treatment_id)
        check_version(row, expected_version, treatment_record_name(row, study_id))
        assert row.started_on is not None
        if on < row.started_on:
            raise ValidationError(
                code="followup.dose-before-start", params={"on": on, "start": row.started_on}
            )
        if row.stopped_on is not None and on > row.stopped_on:
            raise ValidationError(
                code="followup.dose-after-stop", params={"stopped_on": row.stopped_on, "on": on}
            )
        session.add(DoseChange(treatment_id=row.id, changed_on=on, dose=dose.strip(),
                               reason=reason.strip(), created_by=actor.username))  # fmt: skip
        record_event(
            session, actor=actor.username, action="dose", entity="treatment",
            entity_id=f"{study_id}/T{row.id}", case_id=row.case_id,
            summary=f"{study_id}: dose {dose.strip()} from {on} ({reason.strip() or 'no reason'})",
            after={"changed_on": on, "dose": dose.strip(), "reason": reason.strip()},
        )  # fmt: skip
        session.flush()
        session.refresh(row)
        return treatment_record(session, row, study_id)


def stop_treatment(
    database: Database,
    actor: Actor,
    study_id: str,
    *,
    on: dt.date,
    reason: StopReason | str,
    detail: str = "",
    treatment_id: int | None = None,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """Stop a treatment with a reason from the list; visits after the stop are cancelled."""
    with writing(database) as session:
        row = find_treatment(session, study_id, treatment_id)
        check_version(row, expected_version, treatment_record_name(row, study_id))
        return stop_treatment_in(session, actor, row, study_id, on=on, reason=reason, detail=detail)


def stop_treatment_in(
    session: Session,
    actor: Actor,
    row: Treatment,
    study_id: str,
    *,
    on: dt.date,
    reason: StopReason | str,
    detail: str = "",
) -> TreatmentRecord:
    """`stop_treatment` inside the caller's unit of work."""
    require(actor, Action.RECORD_FOLLOWUP)
    reason = parse_stop_reason(reason)
    if reason is StopReason.OTHER and not detail.strip():
        raise ValidationError(code="followup.detail-missing")
    if row.started_on is None:
        raise ValidationError(code="followup.never-started", params={"study_id": study_id})
    _check_stop(row, on)
    cancelled = [v for v in row.visits if v.performed_on is None and v.due_on > on]
    for visit in cancelled:
        row.visits.remove(visit)
    row.stopped_on, row.stop_reason, row.stop_detail = on, reason, detail.strip() or None
    words = recheck_confirmation(session, actor, row, study_id)
    record_event(
        session, actor=actor.username, action="stop", entity="treatment",
        entity_id=f"{study_id}/T{row.id}", case_id=row.case_id,
        summary=f"{study_id} stopped {', '.join(row.drugs)} on {on} ({reason.value}); "
        f"{len(cancelled)} later visits cancelled; week-16 outcome: {words}",
        after={"stopped_on": on, "reason": reason, "detail": row.stop_detail},
    )  # fmt: skip
    return treatment_record(session, row, study_id)


def _check_stop(row: Treatment, on: dt.date) -> None:
    assert row.started_on is not None
    if row.stopped_on is not None:
        raise ValidationError(code="followup.already-stopped", params={"on": row.stopped_on})
    if on < row.started_on:
        raise ValidationError(
            code="followup.stop-before-start", params={"on": on, "start": row.started_on}
        )
    if on > dt.date.today():
        raise ValidationError(code="followup.stop-future", params={"on": on})
    later = [v for v in row.visits if v.performed_on is not None and v.performed_on > on]
    if later:
        raise ValidationError(
            code="followup.visit-after-stop", params={"visit_on": later[0].performed_on, "on": on}
        )


def parse_stop_reason(value: StopReason | str) -> StopReason:
    try:
        return StopReason(value)
    except ValueError:
        allowed = tuple(r.value for r in StopReason)
        raise ValidationError(
            code="followup.stop-reason", params={"value": value, "allowed": allowed}
        ) from None


def parse_not_started_reason(value: NotStartedReason | str) -> NotStartedReason:
    try:
        return NotStartedReason(value)
    except ValueError:
        allowed = tuple(r.value for r in NotStartedReason)
        raise ValidationError(
            code="followup.not-started-reason", params={"value": value, "allowed": allowed}
        ) from None
