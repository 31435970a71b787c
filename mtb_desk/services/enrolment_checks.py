"""Why a case may not be enrolled in a cohort, as phrases (one list of rules for the
enrolment service and for the preview the GUI's enrolment dialog shows before anyone saves).

Each check returns None (no objection) or a `Phrase`; `refusal_error` wraps one in the coded
error the service raises, so the CLI and the GUI say it in the reader's language.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.catalogue.model import enrolment_refusal
from mtb_desk.db.models import Case, Cohort, Enrolment, Treatment
from mtb_desk.errors import CohortMovedError, ValidationError
from mtb_desk.i18n.phrases import Listing, Phrase, Term, phrase
from mtb_desk.matching.specs import Match
from mtb_desk.matching.two_stage import CohortState
from mtb_desk.services.catalogue import current_catalogue
from mtb_desk.services.cohorts import cohort_states, supply_left


def site_refusal(session: Session, cohort: Cohort, case: Case, on: dt.date) -> Phrase | None:
    """Another trial's arm, no trial site open at the case's hospital, a cohort outside the
    catalogue in force, or a cohort that takes no one (two-stage rule, supply)."""
    if cohort.source != "impress":
        return phrase("enrol.other-trial", cohort=cohort.code)
    hospital = case.hospital
    if hospital is None:
        return phrase("enrol.no-hospital")
    opened = hospital.site_open_since
    if opened is None:
        return phrase("enrol.site-not-open", hospital=hospital.name)
    if opened > on:
        return phrase("enrol.site-opens", hospital=hospital.name, date=opened.isoformat())
    catalogue = current_catalogue(session)
    if catalogue is None or cohort.code not in {c.code for c in catalogue.cohorts}:
        return phrase("enrol.not-in-catalogue", cohort=cohort.code)
    states = cohort_states(session)
    state = next(s for c, s in states if c.id == cohort.id)
    return enrolment_refusal(
        catalogue, catalogue.cohort(cohort.code), state, supply_left(catalogue, states)
    )


def still_enrolled(session: Session, case: Case, cohort: Cohort) -> Phrase | None:
    """A patient on (or awaiting) treatment in one cohort is not enrolled in a second."""
    rows = session.execute(
        select(Cohort.code, Enrolment.enrolled_on, Treatment.started_on, Treatment.stopped_on,
               Treatment.not_started_reason)
        .join(Enrolment, Enrolment.cohort_id == Cohort.id)
        .join(Case, Case.id == Enrolment.case_id)
        .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)
        .where(Case.patient_id == case.patient_id, Enrolment.withdrawn_on.is_(None))
        .where(Cohort.id != cohort.id)
    ).all()  # fmt: skip
    for code, enrolled_on, started, stopped, not_started in rows:
        if not_started is not None or stopped is not None:
            continue
        if started is not None:
            return phrase("enrol.on-treatment", date=started.isoformat(), cohort=code)
        return phrase("enrol.enrolled-elsewhere", date=enrolled_on.isoformat(), cohort=code)
    return None


def case_match(session: Session, case: Case, code: str) -> Match | None:
    """The case's current match for the cohort (None: it does not match)."""
    from mtb_desk.services.matching import matches_in_session

    return next((m for m in matches_in_session(session, case).matches if m.cohort == code), None)


def match_refusal(match: Match | None) -> Phrase | None:
    """None when the case's current match for the cohort is `eligible`, else why not."""
    if match is None:
        return phrase("enrol.no-match")
    if match.status.value != "eligible":
        reason = Listing(tuple(r.phrase for r in match.reasons), "semicolon")
        return phrase(
            "enrol.not-eligible", status=Term("match_status", match.status.value), reason=reason
        )
    return None


def refusal_error(study_id: str, cohort: str, why: Phrase) -> ValidationError:
    return ValidationError(
        code="enrolment.refused", params={"study_id": study_id, "cohort": cohort, "why": why}
    )


def existing_enrolment(session: Session, cohort: Cohort, case: Case) -> ValidationError | None:
    """The refusal for a case already enrolled in this cohort (withdrawn or not)."""
    enrolled_on = session.scalar(
        select(Enrolment.enrolled_on).where(
            Enrolment.cohort_id == cohort.id, Enrolment.case_id == case.id
        )
    )
    if enrolled_on is None:
        return None
    params = {"study_id": case.patient.study_id, "cohort": cohort.code,
              "on": enrolled_on.isoformat()}  # fmt: skip
    return ValidationError(code="enrolment.already", params=params)


def state_token(state: CohortState) -> str:
    """The counts the two-stage rule reads, as a short text the GUI hands back on save."""
    return "/".join(
        str(n)
        for n in (state.enrolled, state.benefit, state.no_benefit, state.pending, state.withdrawn)
    )


def counts_phrase(token: str) -> Phrase:
    enrolled, benefit, no_benefit, pending, withdrawn = (int(n) for n in token.split("/"))
    return phrase("enrol.counts", enrolled=enrolled, benefit=benefit, no_benefit=no_benefit,
                  pending=pending, withdrawn=withdrawn)  # fmt: skip


def check_unmoved(session: Session, cohort: Cohort, seen: str | None) -> None:
    """Refuse (a conflict) when the cohort's counts are no longer what the person saw."""
    if seen is None:
        return
    state = next((s for c, s in cohort_states(session) if c.id == cohort.id), None)
    if state is None:
        return
    now = state_token(state)
    if now != seen:
        raise CohortMovedError(cohort.code, counts_phrase(seen), counts_phrase(now))


def resting_recommendation(session: Session, case_id: int, cohort_id: int) -> int | None:
    """The id of the case's latest final or signed recommendation naming this cohort."""
    from mtb_desk.db.models import Recommendation
    from mtb_desk.domain.enums import RecommendationState

    decided = (RecommendationState.FINAL, RecommendationState.SIGNED)
    return session.scalar(
        select(Recommendation.id)
        .where(Recommendation.case_id == case_id, Recommendation.cohort_id == cohort_id)
        .where(Recommendation.state.in_(decided))
        .order_by(Recommendation.revision.desc())
        .limit(1)
    )
