"""Where a finding sorts in the case view, and the page that shows it: for a match's or a
recommendation's finding that is not among the loaded rows (a whole-genome case loads a page
at a time, see `finding_pages`).

The position is counted in SQL from the finding's sort key (keyset position), never by
reading the rows before it: the annotated findings from the annotation table, the rest as
index range counts over (report_id, sort_rank, id), one report and rank at a time. A page
then starts at the finding, or, when only a few rows lie between, continues the rows the
table already holds (or starts from the top) so the table stays one unbroken run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Annotation, Finding
from mtb_desk.db.unit_of_work import reading
from mtb_desk.services.finding_pages import (
    PAGE_SIZE,
    FindingPage,
    FindingPageQuery,
    SortKey,
    annotated_of,
    findings_by_id,
    gene_ids,
    page_in_session,
    report_ids,
    sort_key,
    sql_key,
    total_of,
)

REACH = 1_000  # at most this many rows are loaded to reach a finding without leaving a gap


@dataclass(frozen=True, slots=True)
class Shown:
    """What the table holds: rows from `start` up to `end` (positions under `gene`), the last
    with sort key `last` (None: nothing shown)."""

    gene: str = ""
    start: int = 0
    end: int = 0
    last: SortKey | None = None


@dataclass(frozen=True, slots=True)
class FindingPlace:
    finding_id: int  # the finding to show (the first in the case's order of those asked for)
    gene: str  # the filter it is shown under: the one asked for, or "" when that hides it
    position: int  # where the finding sorts under `gene` (0: the first row)
    start: int  # where `page` begins
    page: FindingPage  # holds the finding
    continues: bool = False  # the page follows the rows shown: append it, don't replace them


def finding_place(
    database: Database,
    case_id: int,
    finding_ids: Sequence[int],
    shown: Shown | None = None,
    limit: int = PAGE_SIZE,
) -> FindingPlace | None:
    """The place of the first of `finding_ids` (in the case view's order) and a page holding
    it; None when none of them is a finding of the case. A gene filter that hides all of them
    is dropped (`FindingPlace.gene` says so)."""
    with reading(database) as session:
        return place_in_session(session, case_id, finding_ids, shown or Shown(), limit)


def place_in_session(
    session: Session, case_id: int, finding_ids: Sequence[int], shown: Shown, limit: int
) -> FindingPlace | None:
    found = findings_by_id(session, case_id, finding_ids)  # in key order
    if not found:
        return None
    reports = report_ids(session, case_id)
    gene = shown.gene.strip()
    wanted = gene_ids(reports, gene) if gene else None
    if wanted is not None:
        passing = set(session.scalars(select(Finding.id).where(Finding.id.in_(wanted))
                                      .where(Finding.id.in_([f.id for f in found]))))  # fmt: skip
        if passing:
            found = [f for f in found if f.id in passing]
        else:
            gene, wanted = "", None
    target = found[0]
    key = sort_key(target)
    position = count_before(session, reports, key, wanted)
    total = total_of(session, reports, wanted)
    continues = (
        shown.last is not None
        and gene == shown.gene.strip()
        and shown.end <= position < shown.end + REACH
    )
    if continues:  # load up to it: the table stays unbroken
        start, after = shown.end, shown.last
    elif position < REACH:
        start, after = 0, None
    else:  # a page that starts at the finding: keys are integers, so (…, id - 1) is just before
        start, after = position, (*key[:4], key[4] - 1)
    query = FindingPageQuery(gene, after, position - start + limit)
    page = page_in_session(session, case_id, query, total)
    return FindingPlace(target.id, gene, position, start, page, continues)


def count_before(
    session: Session, reports: Sequence[int], key: SortKey, wanted: Select[Any] | None = None
) -> int:
    """How many findings of these reports (those `wanted`, if given) sort before `key`."""
    if not reports:
        return 0
    if wanted is not None:  # a gene's findings: few enough to compare each key
        statement = (
            select(func.count())
            .select_from(Finding)
            .outerjoin(Annotation, Annotation.finding_id == Finding.id)
            .where(Finding.id.in_(wanted), tuple_(*sql_key()) < tuple_(*key))
        )
        return int(session.scalar(statement) or 0)
    # Count every finding as if unannotated (index ranges), then put the annotated ones
    # (few, from the annotation table) where their real key places them.
    bare = tuple_(literal(1), Finding.sort_rank, literal(1), -Finding.report_id, Finding.id)
    counted = annotated_of(reports).with_only_columns(func.count())
    as_bare = session.scalar(counted.where(bare < tuple_(*key)))
    as_annotated = session.scalar(counted.where(tuple_(*sql_key()) < tuple_(*key)))
    return _bare_before(session, reports, key) - int(as_bare or 0) + int(as_annotated or 0)


def _bare_before(session: Session, reports: Sequence[int], key: SortKey) -> int:
    """Findings whose key, taken as unannotated (1, rank, 1, -report, id), is below `key`."""
    before = 0
    for rank in range(4):
        for report in reports:  # newest first, as the key orders them
            bucket = (1, rank, 1, -report)
            if bucket > key[:4]:
                return before
            statement = select(func.count()).where(
                Finding.report_id == report, Finding.sort_rank == rank
            )
            if bucket == key[:4]:
                statement = statement.where(Finding.id < key[4])
            before += int(session.scalar(statement) or 0)
    return before
