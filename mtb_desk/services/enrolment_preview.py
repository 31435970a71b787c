"""What the enrolment dialog shows before anyone saves: the cohort's two-stage state (stage
1 of 8 or stage 2 of 24, places left, closed or suspended), the recommendation the enrolment
rests on, the case's current match, and the refusal the enrolment service would give now —
computed by the same checks the service runs (`enrolment_checks`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment, Patient, Recommendation
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import RecommendationState
from mtb_desk.errors import MtbDeskError, NotFoundError
from mtb_desk.i18n.phrases import Listing, Term, Value, phrase
from mtb_desk.matching.specs import Match
from mtb_desk.matching.two_stage import CohortPhase
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.cohorts import CohortOverview, cohort_states, overview_rows
from mtb_desk.services.enrolment_checks import (
    case_match,
    existing_enrolment,
    match_refusal,
    refusal_error,
    resting_recommendation,
    site_refusal,
    state_token,
    still_enrolled,
)
from mtb_desk.services.permissions import Action, Actor

_Match = tuple[Value | None, Value | None]  # (status, reason)
_DECIDED = (RecommendationState.FINAL, RecommendationState.SIGNED)
_STAGE2 = {CohortPhase.EXPANDED.value, CohortPhase.AWAITING_STAGE2.value,
           CohortPhase.POSITIVE.value}  # fmt: skip


@dataclass(frozen=True, slots=True)
class StageView:
    """Where a cohort stands in its two-stage design."""

    phase: str  # CohortPhase value
    stage: int  # 1 or 2
    stage_size: int  # patients the stage enrols (8, then 24 in all)
    enrolled: int  # evaluable or pending enrolments (withdrawals before evaluation not counted)
    free_slots: int
    accepting: bool
    why: Value  # places left, or why the cohort takes no one (drug supply included)
    benefit: int
    no_benefit: int
    pending: int
    withdrawn: int


@dataclass(frozen=True, slots=True)
class RestingRecommendation:
    id: int
    revision: int
    state: str  # RecommendationState value
    meeting_date: dt.date | None
    rationale: str


@dataclass(frozen=True, slots=True)
class EnrolmentPreview:
    cohort: str | None  # the cohort shown (None: the catalogue has no IMPRESS cohort)
    cohorts: tuple[tuple[str, str], ...]  # every IMPRESS cohort: (code, name)
    study_id: str | None  # None: no case chosen yet
    case_id: int | None
    case_text: str  # diagnosis and hospital of the case
    stage: StageView | None
    state_token: str  # the counts as seen, handed back to `enrol` (a change is a conflict)
    recommendation: RestingRecommendation | None
    match_status: Value | None  # the case's current match for the cohort (None: no case)
    match_reason: Value | None  # why it has that status
    refusal: MtbDeskError | None  # what the enrolment service would say now; None: it may go
    overridable: bool  # refused only for the match: the chair may enrol with a written reason
    candidates: tuple[str, ...]  # study ids with a decided recommendation for the cohort,
    # not enrolled in it


def enrolment_preview(
    database: Database,
    actor: Actor,
    *,
    cohort: str | None = None,
    study_id: str | None = None,
    on: dt.date | None = None,
) -> EnrolmentPreview:
    """The dialog's facts for (cohort, case); `cohort` defaults to the one the case's latest
    decided recommendation names, else its first eligible match, else the first cohort."""
    on = on or dt.date.today()
    with reading(database) as session:
        overview = [r for r in overview_rows(session) if r.source == "impress"]
        case = case_for_study_id(session, study_id) if study_id else None
        code = cohort or (_default_cohort(session, case) if case is not None else None)
        codes = [r.code for r in overview]
        if code is not None and code not in codes:
            raise NotFoundError(code="cohort.not-found", params={"cohort": code})
        code = code or (codes[0] if codes else None)
        row = next((r for r in overview if r.code == code), None)
        cohort_row = session.scalar(select(Cohort).where(Cohort.code == code)) if code else None
        token = next((state_token(s) for c, s in cohort_states(session) if c.code == code), "")
        found = _case_facts(session, actor, cohort_row, case, on)
        return EnrolmentPreview(
            cohort=code,
            cohorts=tuple((r.code, r.name) for r in overview),
            study_id=case.patient.study_id if case is not None else None,
            case_id=case.id if case is not None else None,
            case_text=_case_text(case),
            stage=_stage(row) if row is not None else None,
            state_token=token,
            recommendation=found[0],
            match_status=found[1][0],
            match_reason=found[1][1],
            refusal=found[2],
            overridable=found[3],
            candidates=_candidates(session, cohort_row) if cohort_row is not None else (),
        )


def _case_facts(
    session: Session, actor: Actor, cohort: Cohort | None, case: Case | None, on: dt.date
) -> tuple[RestingRecommendation | None, _Match, MtbDeskError | None, bool]:
    """(recommendation, match, refusal, overridable) for the pair; the permission first."""
    if cohort is None or case is None:
        return None, (None, None), actor.refusal(Action.ENROL), False
    recommendation = _recommendation(session, case.id, cohort.id)
    current = case_match(session, case, cohort.code)
    match = _match_facts(current)
    refusal: MtbDeskError | None = actor.refusal(Action.ENROL) or existing_enrolment(
        session, cohort, case
    )
    if refusal is not None:
        return recommendation, match, refusal, False
    study_id = case.patient.study_id
    why = site_refusal(session, cohort, case, on) or still_enrolled(session, case, cohort)
    if why is not None:
        return recommendation, match, refusal_error(study_id, cohort.code, why), False
    why = match_refusal(current)
    if why is None:
        return recommendation, match, None, False
    error = refusal_error(study_id, cohort.code, phrase("enrol.may-override", why=why))
    return recommendation, match, error, actor.may(Action.OVERRIDE_ENROLMENT)


def _stage(row: CohortOverview) -> StageView:
    second = row.phase in _STAGE2 or row.enrolled > row.stage1_size
    return StageView(
        phase=row.phase,
        stage=2 if second else 1,
        stage_size=row.total_size if second else row.stage1_size,
        enrolled=row.enrolled,
        free_slots=row.free_slots or 0,
        accepting=row.accepting,
        why=row.why or row.reason,
        benefit=row.benefit,
        no_benefit=row.no_benefit,
        pending=row.pending,
        withdrawn=row.withdrawn,
    )


def _default_cohort(session: Session, case: Case) -> str | None:
    named = session.scalar(
        select(Cohort.code)
        .join(Recommendation, Recommendation.cohort_id == Cohort.id)
        .where(Recommendation.case_id == case.id, Recommendation.state.in_(_DECIDED))
        .where(Cohort.source == "impress")
        .order_by(Recommendation.revision.desc())
        .limit(1)
    )
    if named is not None:
        return named
    from mtb_desk.services.matching import matches_in_session

    matches = matches_in_session(session, case).matches
    eligible = [m for m in matches if m.source == "impress" and m.status.value == "eligible"]
    return eligible[0].cohort if eligible else None


def _recommendation(session: Session, case_id: int, cohort_id: int) -> RestingRecommendation | None:
    found = resting_recommendation(session, case_id, cohort_id)
    row = session.get(Recommendation, found) if found is not None else None
    if row is None:
        return None
    from mtb_desk.db.models import Meeting

    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id is not None else None
    return RestingRecommendation(
        id=row.id,
        revision=row.revision,
        state=row.state.value,
        meeting_date=meeting.held_on if meeting is not None else None,
        rationale=row.rationale,
    )


def _match_facts(match: Match | None) -> _Match:
    """(status, reason) of the case's match for the cohort; no match is said as the reason."""
    if match is None:
        return None, phrase("enrol.no-match")
    reason = Listing(tuple(r.phrase for r in match.reasons), "semicolon")
    return Term("match_status", match.status.value), reason


def _case_text(case: Case | None) -> str:
    if case is None:
        return ""
    parts = [case.diagnosis_text or case.diagnosis_code or "", case.hospital.name if case.hospital
             else ""]  # fmt: skip
    return " · ".join(p for p in parts if p)


def _candidates(session: Session, cohort: Cohort) -> tuple[str, ...]:
    enrolled = select(Enrolment.case_id).where(Enrolment.cohort_id == cohort.id)
    rows = session.scalars(
        select(Patient.study_id)
        .join(Case, Case.patient_id == Patient.id)
        .join(Recommendation, Recommendation.case_id == Case.id)
        .where(Recommendation.cohort_id == cohort.id, Recommendation.state.in_(_DECIDED))
        .where(Case.id.not_in(enrolled))
        .distinct()
        .order_by(Patient.study_id)
    ).all()
    return tuple(rows)
