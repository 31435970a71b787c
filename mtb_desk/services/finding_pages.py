"""A case's findings a page at a time, sorted and filtered by the database.

The case view's order: reportable first, then PASS before filtered, coding before not (a
protein change, or not a small variant), annotated (an oncogenicity is given) before not; then
the newest report first, and the finding id. `sort_key` states the order for one finding (it
is also the reference the tests compare the SQL with); a page continues after the key of the
last finding shown (keyset paging), so the 5,000th page costs what the first does.

A case of a million findings has a few annotated ones (annotations are made by hand) and the
rest unannotated. Both are read in key order without a scan: the annotated ones from the
annotation table, the others by walking the index (report_id, sort_rank, id) one report and
rank at a time (`sort_rank` is computed by the database, see `db/models/clinical.py`). A gene
filter reads the (report_id, kind, gene) index by prefix ranges instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
    union,
)
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Annotation, Finding, MolecularReport
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import BIOMARKER_KINDS, SMALL_VARIANT_KINDS, FindingKind
from mtb_desk.domain.records import AnnotationView, FindingView
from mtb_desk.errors import ValidationError
from mtb_desk.services.case_findings import ANNOTATION_FIELDS, FINDING_FIELDS
from mtb_desk.services.cases import report_finding_counts

PAGE_SIZE = 200
SortKey = tuple[int, int, int, int, int]  # (not reportable, rank, not annotated, -report, id)


def is_coding(finding: FindingView) -> bool:
    """A protein change is given, or the finding is not a small variant."""
    return finding.protein is not None or finding.kind not in SMALL_VARIANT_KINDS


def sort_key(finding: FindingView) -> SortKey:
    """The case view's order for one finding (smaller first)."""
    note = finding.annotation
    rank = (2 if finding.is_filtered else 0) + (0 if is_coding(finding) else 1)
    return (
        0 if note is not None and note.reportable else 1,
        rank,
        0 if note is not None and note.oncogenicity is not None else 1,
        -finding.report_id,
        finding.id,
    )


@dataclass(frozen=True, slots=True)
class FindingPageQuery:
    gene: str = ""  # gene or fusion partner starting with this (any case); "" = all
    after: SortKey | None = None  # the key of the last finding already shown
    limit: int = PAGE_SIZE

    def __post_init__(self) -> None:
        if self.limit < 1:
            raise ValidationError(f"a page holds at least one finding, not {self.limit}")


@dataclass(frozen=True, slots=True)
class FindingPage:
    findings: tuple[FindingView, ...]
    total: int  # findings that pass the filter, on all pages
    more: bool  # another page follows

    @property
    def last_key(self) -> SortKey | None:
        return sort_key(self.findings[-1]) if self.findings else None


def finding_page(
    database: Database,
    case_id: int,
    query: FindingPageQuery | None = None,
    total: int | None = None,
) -> FindingPage:
    """One page; `total` (of the same filter) saves counting again for the next pages."""
    with reading(database) as session:
        return page_in_session(session, case_id, query or FindingPageQuery(), total)


def page_in_session(
    session: Session, case_id: int, query: FindingPageQuery, total: int | None = None
) -> FindingPage:
    """One page; `total` saves counting when the caller knows it for the same filter."""
    reports = report_ids(session, case_id)
    if not reports:
        return FindingPage((), 0, False)
    wanted = gene_ids(reports, query.gene) if query.gene.strip() else None
    rows = _annotated(session, reports, query, wanted) + _unannotated(
        session, reports, query, wanted
    )
    rows.sort(key=sort_key)
    if total is None:
        total = total_of(session, reports, wanted)
    return FindingPage(tuple(rows[: query.limit]), total, len(rows) > query.limit)


def report_ids(session: Session, case_id: int) -> list[int]:
    """The case's reports, newest (highest id) first."""
    statement = (
        select(MolecularReport.id)
        .where(MolecularReport.case_id == case_id)
        .order_by(MolecularReport.id.desc())
    )
    return list(session.scalars(statement))


# -- the gene filter ----------------------------------------------------------------------


def _prefix_ranges(text: str) -> list[tuple[str, str]]:
    """[low, high) ranges of symbols starting with `text` in any case: HGNC symbols are upper
    case but for "orf" (C9orf72), so those two spellings (an index cannot fold case)."""
    upper = text.strip().upper()
    spellings = dict.fromkeys([upper, upper.replace("ORF", "orf"), text.strip()])
    return [(s, s[:-1] + chr(ord(s[-1]) + 1)) for s in spellings if s]


def gene_ids(reports: Sequence[int], text: str) -> Select[Any]:
    """Ids of the findings whose gene or fusion partner starts with `text`: index ranges on
    (report_id, kind, gene), and the partner of the (few) fusions."""
    every_kind = [k.value for k in FindingKind]
    own = Finding.report_id.in_(reports)
    ranges = _prefix_ranges(text)
    by_gene = [
        select(Finding.id).where(
            own, Finding.kind.in_(every_kind), Finding.gene >= low, Finding.gene < high
        )
        for low, high in ranges
    ]
    partner = or_(
        *(and_(Finding.partner_gene >= lo, Finding.partner_gene < hi) for lo, hi in ranges)
    )
    fusions = select(Finding.id).where(own, Finding.kind == FindingKind.FUSION.value, partner)
    return select(union(*by_gene, fusions).subquery().c.id)


# -- reading rows ---------------------------------------------------------------------------

_WIDTH = len(FINDING_FIELDS)


def _columns() -> list[Any]:
    return [
        *_FINDING_COLUMNS,
        Annotation.id,
        *(getattr(Annotation, name) for name in ANNOTATION_FIELDS),
    ]


_FINDING_COLUMNS = [getattr(Finding, name) for name in FINDING_FIELDS]
_NO_NOTE = ~exists().where(Annotation.finding_id == Finding.id)


def _bare(row: Sequence[Any]) -> FindingView:
    return FindingView(**dict(zip(FINDING_FIELDS, row, strict=True)), annotation=None)


def _view(row: Sequence[Any]) -> FindingView:
    note = None if row[_WIDTH] is None else AnnotationView(*row[_WIDTH + 1 :])
    return FindingView(**dict(zip(FINDING_FIELDS, row[:_WIDTH], strict=True)), annotation=note)


def sql_key() -> list[Any]:
    return [
        case((Annotation.reportable == true(), 0), else_=1),
        Finding.sort_rank,
        case((Annotation.oncogenicity.is_not(None), 0), else_=1),
        -Finding.report_id,
        Finding.id,
    ]


def annotated_of(reports: Sequence[int]) -> Select[Any]:
    """The annotated findings of these reports, driven by the (small) annotation table: the
    `+ 0`s keep the database from walking the reports' million findings to find them (SQLite
    without statistics would, as it takes every table for large)."""
    return (
        select(*_columns())
        .select_from(Annotation)
        .join(Finding, Finding.id == Annotation.finding_id + literal(0))
        .where((Finding.report_id + literal(0)).in_(reports))
    )


def _annotated(
    session: Session, reports: Sequence[int], query: FindingPageQuery, wanted: Select[Any] | None
) -> list[FindingView]:
    """The page's share of annotated findings."""
    key = sql_key()
    statement = annotated_of(reports).order_by(*key).limit(query.limit + 1)
    if query.after is not None:
        statement = statement.where(tuple_(*key) > tuple_(*query.after))
    if wanted is not None:
        statement = statement.where(Finding.id.in_(wanted))
    return [_view(row) for row in session.execute(statement)]


def _unannotated(
    session: Session, reports: Sequence[int], query: FindingPageQuery, wanted: Select[Any] | None
) -> list[FindingView]:
    """The page's share of findings without an annotation, keyed (1, rank, 1, -report, id)."""
    if wanted is not None:
        return _unannotated_of(session, query, wanted)
    found: list[FindingView] = []
    for rank in range(4):  # one index range (report, rank) after another, in key order
        for report in reports:  # newest first
            need = query.limit + 1 - len(found)
            if need <= 0:
                return found
            bucket = (1, rank, 1, -report)
            after = query.after
            if after is not None and bucket < after[:4]:
                continue
            statement = (
                select(*_FINDING_COLUMNS)
                .where(Finding.report_id == report, Finding.sort_rank == rank, _NO_NOTE)
                .order_by(Finding.id)
                .limit(need)
            )
            if after is not None and bucket == after[:4]:
                statement = statement.where(Finding.id > after[4])
            found += [_bare(row) for row in session.execute(statement)]
    return found


def _unannotated_of(
    session: Session, query: FindingPageQuery, wanted: Select[Any]
) -> list[FindingView]:
    """Filtered by gene: driven by the wanted ids, sorted by the database."""
    key = [literal(1), Finding.sort_rank, literal(1), -Finding.report_id, Finding.id]
    statement = (
        select(*_FINDING_COLUMNS)
        .where(Finding.id.in_(wanted), _NO_NOTE)
        .order_by(*key[1:])
        .limit(query.limit + 1)
    )
    if query.after is not None:
        statement = statement.where(tuple_(*key) > tuple_(*query.after))
    return [_bare(row) for row in session.execute(statement)]


def total_of(session: Session, reports: Sequence[int], wanted: Select[Any] | None) -> int:
    if wanted is None:  # as counted at import
        return sum(report_finding_counts(session, reports).values())
    return int(session.scalar(select(func.count()).select_from(wanted.subquery())) or 0)


# -- what the case view shows beside the page ----------------------------------------------


@dataclass(frozen=True, slots=True)
class FindingCounts:
    total: int
    to_review: int  # alterations nobody has judged yet (biomarkers are measurements)


def finding_counts(session: Session, case_id: int, total: int | None = None) -> FindingCounts:
    """All findings (`total` when the caller has counted them) and those still to review:
    index lookups for the biomarkers, the annotation table for the judged ones."""
    reports = report_ids(session, case_id)
    if total is None:
        total = total_of(session, reports, None)
    biomarkers = [k.value for k in BIOMARKER_KINDS]
    measured = session.scalar(
        select(func.count()).where(Finding.report_id.in_(reports), Finding.kind.in_(biomarkers))
    )
    judged = session.scalar(
        annotated_of(reports)
        .with_only_columns(func.count())
        .where(Annotation.oncogenicity.is_not(None), Finding.kind.not_in(biomarkers))
    )
    return FindingCounts(total, total - int(measured or 0) - int(judged or 0))


def findings_by_id(session: Session, case_id: int, ids: Sequence[int]) -> list[FindingView]:
    """The case's findings with these ids (a match's or a recommendation's), in key order."""
    if not ids:
        return []
    statement = (
        select(*_columns())
        .join(MolecularReport, Finding.report_id == MolecularReport.id)
        .outerjoin(Annotation, Annotation.finding_id == Finding.id)
        .where(MolecularReport.case_id == case_id, Finding.id.in_(sorted(set(ids))))
    )
    return sorted((_view(row) for row in session.execute(statement)), key=sort_key)
