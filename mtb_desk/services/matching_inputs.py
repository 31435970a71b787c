"""The matched cohorts a decision PDF lists, from the matching service (inside its session)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case
from mtb_desk.matching.engine import MatchStatus
from mtb_desk.reports.records import CohortMatchInput


def cohort_matches_for_pdf(session: Session, case: Case) -> tuple[CohortMatchInput, ...]:
    """Each matched cohort with its status in words and the match's reason.

    The status names the catalogue version the match was made with, so the PDF records it.
    """
    from mtb_desk.services.matching import matches_in_session

    result = matches_in_session(session, case)
    version = f" (catalogue {result.catalogue_version})" if result.catalogue_version else ""
    return tuple(
        CohortMatchInput(
            cohort=match.cohort,
            drug=" + ".join(match.drugs),
            status=f"{match.status.value}{version if match.source == 'impress' else ''}",
            eligible=match.status is MatchStatus.ELIGIBLE,
            reason=match.reason,
        )
        for match in result.matches
    )
