"""Plain records of a case's follow-up: treatments with dose changes, visits and adverse events.

`case_treatments` is the one reader other features use (the standards export turns these
into phenopacket medical actions): frozen dataclasses, no ORM object leaves the session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort, Enrolment, Treatment, Visit
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import (
    Attribution,
    NotStartedReason,
    StopReason,
    TreatmentBasis,
    VisitResponse,
    Week16Outcome,
)
from mtb_desk.domain.followup import (
    DerivedOutcome,
    TreatmentFacts,
    VisitFacts,
    derive_outcome,
    window_for,
)
from mtb_desk.services.cases import case_for_study_id


@dataclass(frozen=True, slots=True)
class AdverseEventRecord:
    id: int
    term: str  # CTCAE v5 term
    grade: int  # 1-5
    attribution: Attribution
    serious: bool
    started_on: dt.date
    ended_on: dt.date | None


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: int
    seq: int
    week: int  # 0 = day 1
    label: str  # "day 1", "week 16"
    due_on: dt.date
    opens_on: dt.date
    closes_on: dt.date
    performed_on: dt.date | None
    ecog: int | None
    response: VisitResponse | None
    criteria: str  # "RECIST 1.1", "iRECIST", "RANO", "PCWG3"
    note: str
    adverse_events: tuple[AdverseEventRecord, ...]
    version: int
    recorded_by: str | None = None  # who saved it last (the conflict dialog names them)


@dataclass(frozen=True, slots=True)
class DoseChangeRecord:
    changed_on: dt.date
    dose: str
    reason: str


@dataclass(frozen=True, slots=True)
class TreatmentRecord:
    id: int
    study_id: str
    case_id: int
    basis: TreatmentBasis
    cohort: str | None  # the IMPRESS cohort code for an enrolment
    trial_id: str | None
    recommendation_id: int | None
    drugs: tuple[str, ...]
    started_on: dt.date | None
    starting_dose: str | None
    dose: str | None  # the dose now (after the last change)
    dose_changes: tuple[DoseChangeRecord, ...]
    stopped_on: dt.date | None
    stop_reason: StopReason | None
    stop_detail: str | None
    not_started_reason: NotStartedReason | None
    not_started_detail: str | None
    visits: tuple[VisitRecord, ...]
    derived: DerivedOutcome  # what the visits give now
    confirmed: Week16Outcome | None  # the chair's confirmation (None: not confirmed)
    confirmed_by: str | None
    confirmed_at: dt.datetime | None
    version: int

    @property
    def status(self) -> str:
        if self.started_on is None:
            return "never started"
        return "stopped" if self.stopped_on is not None else "on treatment"

    @property
    def counts(self) -> bool:
        """The confirmed outcome is what the visits give now (so the two-stage rule uses it)."""
        return self.confirmed is not None and self.confirmed is self.derived.outcome


def facts_of(row: Treatment) -> TreatmentFacts:
    return TreatmentFacts(
        row.started_on,
        row.stopped_on,
        row.stop_reason,
        row.not_started_reason,
        tuple(VisitFacts(v.week, v.performed_on, v.response) for v in row.visits),
    )


def _visit(row: Visit) -> VisitRecord:
    before, after = row.window_before, row.window_after
    return VisitRecord(
        id=row.id,
        seq=row.seq,
        week=row.week,
        label="day 1" if row.week == 0 else f"week {row.week}",
        due_on=row.due_on,
        opens_on=row.due_on - dt.timedelta(days=before),
        closes_on=row.due_on + dt.timedelta(days=after),
        performed_on=row.performed_on,
        ecog=row.ecog,
        response=row.response,
        criteria=row.criteria,
        note=row.note,
        adverse_events=tuple(
            AdverseEventRecord(
                a.id, a.term, a.grade, a.attribution, a.serious, a.started_on, a.ended_on
            )
            for a in row.adverse_events
        ),
        version=row.version,
        recorded_by=row.recorded_by,
    )


def treatment_record(session: Session, row: Treatment, study_id: str) -> TreatmentRecord:
    cohort = None
    if row.enrolment_id is not None:
        cohort = session.scalar(
            select(Cohort.code)
            .join(Enrolment, Enrolment.cohort_id == Cohort.id)
            .where(Enrolment.id == row.enrolment_id)
        )
    changes = tuple(DoseChangeRecord(c.changed_on, c.dose, c.reason) for c in row.dose_changes)
    return TreatmentRecord(
        id=row.id,
        study_id=study_id,
        case_id=row.case_id,
        basis=row.basis,
        cohort=cohort,
        trial_id=row.trial_id,
        recommendation_id=row.recommendation_id,
        drugs=tuple(row.drugs or ()),
        started_on=row.started_on,
        starting_dose=row.dose,
        dose=changes[-1].dose if changes else row.dose,
        dose_changes=changes,
        stopped_on=row.stopped_on,
        stop_reason=row.stop_reason,
        stop_detail=row.stop_detail,
        not_started_reason=row.not_started_reason,
        not_started_detail=row.not_started_detail,
        visits=tuple(_visit(v) for v in row.visits),
        derived=derive_outcome(facts_of(row)),
        confirmed=row.outcome,
        confirmed_by=row.outcome_confirmed_by,
        confirmed_at=row.outcome_confirmed_at,
        version=row.version,
    )


def treatment_rows(session: Session, case_id: int) -> list[Treatment]:
    return list(
        session.scalars(
            select(Treatment)
            .where(Treatment.case_id == case_id)
            .options(
                selectinload(Treatment.visits).selectinload(Visit.adverse_events),
                selectinload(Treatment.dose_changes),
            )
            .order_by(Treatment.started_on.is_(None), Treatment.started_on, Treatment.id)
        )
    )


def case_treatments(database: Database, study_id: str) -> tuple[TreatmentRecord, ...]:
    """A case's treatments (started first, by start date), each with visits and AEs."""
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        return tuple(
            treatment_record(session, row, study_id) for row in treatment_rows(session, case.id)
        )


__all__ = [
    "AdverseEventRecord",
    "DoseChangeRecord",
    "TreatmentRecord",
    "VisitRecord",
    "CaseFollowUp",
    "case_followup",
    "case_treatments",
    "facts_of",
    "treatment_record",
    "treatment_rows",
    "window_for",
]


@dataclass(frozen=True, slots=True)
class CaseFollowUp:
    study_id: str
    treatments: tuple[TreatmentRecord, ...]
    open_enrolments: tuple[str, ...]  # cohort codes enrolled in with no treatment recorded


def case_followup(database: Database, study_id: str) -> CaseFollowUp:
    """What the follow-up screen shows for a case."""
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        rows = treatment_rows(session, case.id)
        codes = session.scalars(
            select(Cohort.code)
            .join(Enrolment, Enrolment.cohort_id == Cohort.id)
            .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)
            .where(Enrolment.case_id == case.id, Enrolment.withdrawn_on.is_(None))
            .where(Treatment.id.is_(None))
        ).all()
        return CaseFollowUp(
            study_id, tuple(treatment_record(session, r, study_id) for r in rows), tuple(codes)
        )
