"""The matched cohorts a decision PDF lists, from the matching service (inside its session)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case
from mtb_desk.matching.engine import Match, MatchStatus
from mtb_desk.reports.records import CohortMatchInput


def cohort_matches_for_pdf(session: Session, case: Case) -> tuple[CohortMatchInput, ...]:
    """Each matched cohort with its status in words and the match's reason.

    The status names the catalogue version the match was made with, so the PDF records it.
    """
    from mtb_desk.services.matching import matches_in_session

    result = matches_in_session(session, case)
    version = f"catalogue {result.catalogue_version}" if result.catalogue_version else ""

    def status(match: Match) -> str:
        # The PDF already says eligible / not eligible; add why not, and the catalogue.
        parts = [] if match.status is MatchStatus.ELIGIBLE else [match.status.value]
        if match.source == "impress" and version:
            parts.append(version)
        return "; ".join(parts)

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
