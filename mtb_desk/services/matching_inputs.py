"""The matched cohorts a decision PDF lists, from the matching service (inside its session)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case
from mtb_desk.matching.engine import Match, MatchStatus
from mtb_desk.reports.records import CohortMatchInput


def cohort_matches_for_pdf(session: Session, case: Case) -> tuple[CohortMatchInput, ...]:
    """Each matched cohort with why it is not eligible (if so) and the match's reason."""
    from mtb_desk.services.matching import matches_in_session

    result = matches_in_session(session, case)

    def status(match: Match) -> str:
        # The PDF says eligible / not eligible and adds why not; the catalogue version the
        # matches were made with is printed with the recommendation's versions.
        return "" if match.status is MatchStatus.ELIGIBLE else match.status.value

    return tuple(
        CohortMatchInput(
            cohort=match.cohort,
            drug=" + ".join(match.drugs),
            status=status(match),
            eligible=match.status is MatchStatus.ELIGIBLE,
            reason=match.reason,
        )
        for match in result.matches
    )
