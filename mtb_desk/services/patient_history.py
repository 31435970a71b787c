"""A patient's own history before this discussion: earlier recommendations (final or signed
revisions, of this case or the patient's earlier cases) and enrolments with their outcome.

Shown in the case header and in presentation mode, so a board does not recommend again a
drug the patient already progressed on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment, Recommendation, Treatment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import (
    RecommendationOutcome,
    RecommendationState,
    Response,
    Week16Outcome,
)


@dataclass(frozen=True, slots=True)
class EarlierRecommendation:
    study_id: str
    revision: int
    on: dt.date  # when it was finalised (or recorded)
    outcome: RecommendationOutcome
    state: RecommendationState
    target: str  # cohort code, trial id or drugs; "" for none


@dataclass(frozen=True, slots=True)
class EnrolmentHistory:
    cohort: str
    drugs: tuple[str, ...]
    enrolled_on: dt.date
    response: Response | None
    benefit: bool | None  # clinical benefit at week 16; None while pending
    evaluated_on: dt.date | None
    withdrawn_on: dt.date | None
    withdrawal_reason: str | None

    @property
    def week(self) -> int | None:
        """Weeks from enrolment to the response evaluation (or the withdrawal)."""
        end = self.evaluated_on or self.withdrawn_on
        return None if end is None else max((end - self.enrolled_on).days // 7, 0)


@dataclass(frozen=True, slots=True)
class PatientHistory:
    recommendations: tuple[EarlierRecommendation, ...]  # newest first
    enrolments: tuple[EnrolmentHistory, ...]  # newest first

    @property
    def empty(self) -> bool:
        return not self.recommendations and not self.enrolments


def patient_history(database: Database, case_id: int) -> PatientHistory:
    """Everything earlier for the patient of `case_id` (the latest revision of this case is
    the one being decided, so it is left out)."""
    with reading(database) as session:
        case = session.get(Case, case_id)
        if case is None:
            return PatientHistory((), ())
        cases = {
            c.id: c for c in session.scalars(select(Case).where(Case.patient_id == case.patient_id))
        }
        rows = session.scalars(
            select(Recommendation)
            .where(
                Recommendation.case_id.in_(cases),
                Recommendation.state != RecommendationState.DRAFT,
            )
            .order_by(Recommendation.case_id.desc(), Recommendation.revision.desc())
        ).all()
        latest_here = session.scalar(
            select(func.max(Recommendation.revision)).where(Recommendation.case_id == case_id)
        )
        cohorts = {c.id: c for c in session.scalars(select(Cohort))}
        recommendations = tuple(
            EarlierRecommendation(
                cases[r.case_id].patient.study_id,
                r.revision,
                (r.finalised_at or r.created_at).date(),
                r.outcome,
                r.state,
                cohorts[r.cohort_id].code if r.cohort_id else (r.trial_id or ", ".join(r.drugs)),
            )
            for r in rows
            if not (r.case_id == case_id and r.revision == latest_here)
        )
        enrolments = session.scalars(
            select(Enrolment)
            .where(Enrolment.case_id.in_(cases))
            .order_by(Enrolment.enrolled_on.desc())
        ).all()
        treatments = {
            t.enrolment_id: t
            for t in session.scalars(
                select(Treatment).where(Treatment.enrolment_id.in_([e.id for e in enrolments]))
            )
        }
        return PatientHistory(
            recommendations,
            tuple(_enrolment(e, cohorts[e.cohort_id], treatments.get(e.id)) for e in enrolments),
        )


def _enrolment(e: Enrolment, cohort: Cohort, treatment: Treatment | None) -> EnrolmentHistory:
    """The enrolment with the week-16 outcome the chair confirmed on its treatment."""
    outcome = treatment.outcome if treatment is not None else None
    answer = treatment.outcome_response if treatment is not None else None
    response = (
        Response(answer.value)
        if answer is not None and answer.value in {r.value for r in Response}
        else None
    )
    benefit = None if outcome is None else outcome is Week16Outcome.BENEFIT
    return EnrolmentHistory(
        cohort.code,
        tuple(d.inn for d in cohort.drugs),
        e.enrolled_on,
        response,
        benefit,
        treatment.outcome_on if treatment is not None else None,
        e.withdrawn_on,
        e.withdrawal_reason,
    )
