"""The matched cohorts a decision PDF lists (filled from the matching service)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case
from mtb_desk.reports.records import CohortMatchInput


def cohort_matches_for_pdf(session: Session, case: Case) -> tuple[CohortMatchInput, ...]:
    return ()
