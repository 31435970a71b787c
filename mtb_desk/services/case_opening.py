"""What opening a case shows, read in one unit of work without loading all its findings: the
header (with each report's finding count), the first page of findings, the counts, and the
findings the case's recommendations rest on (wherever they sort)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Recommendation, recommendation_finding
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.records import CaseDetail, FindingView
from mtb_desk.services.cases import case_header
from mtb_desk.services.finding_pages import (
    FindingCounts,
    FindingPage,
    FindingPageQuery,
    finding_counts,
    findings_by_id,
    page_in_session,
)


@dataclass(frozen=True, slots=True)
class CaseOpening:
    case: CaseDetail  # `findings` empty: they come a page at a time
    page: FindingPage
    counts: FindingCounts
    recommended: tuple[FindingView, ...]  # findings a recommendation of the case names


def open_case(
    database: Database, case_id: int, query: FindingPageQuery | None = None
) -> CaseOpening:
    with reading(database) as session:
        case = case_header(session, case_id)
        total = sum(report.finding_count for report in case.reports)
        query = query or FindingPageQuery()
        page = page_in_session(session, case_id, query, None if query.gene.strip() else total)
        counts = finding_counts(session, case_id, total)
        named = session.scalars(
            select(recommendation_finding.c.finding_id)
            .join(Recommendation, Recommendation.id == recommendation_finding.c.recommendation_id)
            .where(Recommendation.case_id == case_id)
            .distinct()
        ).all()
        recommended = findings_by_id(session, case_id, named)
        return CaseOpening(case, page, counts, tuple(recommended))


def findings_of(database: Database, case_id: int, ids: Sequence[int]) -> list[FindingView]:
    """The case's findings with these ids (e.g. a match's), whatever page they are on."""
    with reading(database) as session:
        return findings_by_id(session, case_id, ids)
