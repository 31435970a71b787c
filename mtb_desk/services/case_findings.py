"""A case's findings streamed or paged from SQL, for cases far too big to load at once.

- `finding_dicts(database, case_id, query)`: the findings as JSON-ready dicts (the keys of
  `FindingView`, with `annotation` a dict or None), read with a streaming cursor in batches, in
  the case view's order (newest report first, then id);
- `finding_views(session, case_id)`: every finding as `FindingView` from plain columns (the
  case record of `get_case`);
- `FindingQuery`: a gene filter (gene or fusion partner starting with the text, any case),
  reportable-only, and a limit.

Rows are read as plain columns (no ORM objects), so a million findings stream in bounded
memory at close to the driver's speed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Annotation, Finding, MolecularReport
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.records import AnnotationView, FindingView
from mtb_desk.errors import ValidationError

_VIEW_FIELDS = [f for f in dataclasses.fields(FindingView) if f.name != "annotation"]
# The view's fields that are finding columns, read from SQL; the others keep their defaults.
FINDING_FIELDS = tuple(f.name for f in _VIEW_FIELDS if hasattr(Finding, f.name))
_DEFAULTS = {f.name: f.default for f in _VIEW_FIELDS if not hasattr(Finding, f.name)}
ANNOTATION_FIELDS = tuple(f.name for f in dataclasses.fields(AnnotationView))
BATCH = 5000


@dataclass(frozen=True, slots=True)
class FindingQuery:
    gene: str = ""  # gene or fusion partner starting with this (case-insensitive); "" = all
    reportable_only: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValidationError(f"the limit must be 0 or more, not {self.limit}")


def _statement(case_id: int, query: FindingQuery) -> Select[Any]:
    columns = [getattr(Finding, name) for name in FINDING_FIELDS]
    notes = [getattr(Annotation, name) for name in ANNOTATION_FIELDS]
    statement = (
        select(*columns, Annotation.id, *notes)
        .join(MolecularReport, Finding.report_id == MolecularReport.id)
        .outerjoin(Annotation, Annotation.finding_id == Finding.id)
        .where(MolecularReport.case_id == case_id)
        .order_by(Finding.report_id.desc(), Finding.id)
    )
    text = query.gene.strip().upper()
    if text:
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            or_(
                func.upper(Finding.gene).like(pattern, escape="\\"),
                func.upper(Finding.partner_gene).like(pattern, escape="\\"),
            )
        )
    if query.reportable_only:
        statement = statement.where(Annotation.reportable.is_(True))
    if query.limit is not None:
        statement = statement.limit(query.limit)
    return statement


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def finding_views(session: Session, case_id: int) -> list[FindingView]:
    """Every finding of the case as `FindingView`s built straight from plain columns (no ORM
    objects and identity map: about 3x faster and far smaller for a big case)."""
    width = len(FINDING_FIELDS)
    make: Callable[..., FindingView] = FindingView
    return [
        make(
            **dict(zip(FINDING_FIELDS, row[:width], strict=True)),
            annotation=None if row[width] is None else AnnotationView(*row[width + 1 :]),
        )
        for row in session.execute(_statement(case_id, FindingQuery()))
    ]


def finding_dicts(
    database: Database, case_id: int, query: FindingQuery | None = None
) -> Iterator[dict[str, Any]]:
    """The case's findings as JSON-ready dicts, streamed (one reading unit of work)."""
    query = query or FindingQuery()
    width = len(FINDING_FIELDS)
    with reading(database) as session:
        result = session.execute(_statement(case_id, query), execution_options={"yield_per": BATCH})
        for row in result:
            data = dict(zip(FINDING_FIELDS, map(_plain, row[:width]), strict=True))
            data.update(_DEFAULTS)
            data["annotation"] = (
                None
                if row[width] is None
                else dict(zip(ANNOTATION_FIELDS, map(_plain, row[width + 1 :]), strict=True))
            )
            yield data
