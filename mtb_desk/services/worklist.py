"""The case worklist: filtered, sorted, paged summaries of cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, literal, or_, select, tuple_

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AgendaItem, Case, Hospital, Meeting, Patient
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.domain.records import CaseSummary, Page
from mtb_desk.domain.search import LIKE_ESCAPE, like_pattern


class SortKey(StrEnum):
    REFERRAL_DATE = "referral_date"
    STUDY_ID = "study_id"
    DIAGNOSIS = "diagnosis"
    STATUS = "status"
    HOSPITAL = "hospital"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class CaseQuery:
    statuses: frozenset[CaseStatus] = frozenset()
    hospital_codes: frozenset[str] = frozenset()
    meeting_id: int | None = None
    text: str = ""  # study id, patient name, diagnosis code or name; any case, any letters
    sort: SortKey = SortKey.REFERRAL_DATE
    descending: bool = True
    offset: int = 0
    limit: int = 200
    with_total: bool = True
    # The sort value and case id of the last row already shown: the page starts right after
    # it, found through the sort index (keyset pagination), so the 100,000th case comes as fast
    # as the first. `offset` still counts the rows shown (for the total).
    after: tuple[Any, int] | None = None


_SORT_COLUMNS = {
    SortKey.REFERRAL_DATE: Case.referral_date,
    SortKey.STUDY_ID: Patient.study_id,
    SortKey.DIAGNOSIS: Case.diagnosis_code,
    SortKey.STATUS: Case.status,
    SortKey.HOSPITAL: Hospital.code,
    SortKey.UPDATED: Case.updated_at,
}


def _filtered(query: CaseQuery, statement: Select[Any]) -> Select[Any]:
    if query.statuses:
        statement = statement.where(Case.status.in_(sorted(query.statuses)))
    if query.hospital_codes:
        ids = select(Hospital.id).where(Hospital.code.in_(sorted(query.hospital_codes)))
        statement = statement.where(Case.hospital_id.in_(ids.scalar_subquery()))
    if query.meeting_id is not None:
        on_agenda = select(AgendaItem.case_id).where(AgendaItem.meeting_id == query.meeting_id)
        statement = statement.where(Case.id.in_(on_agenda.scalar_subquery()))
    text = query.text.strip()
    if text:  # folded in Python on both sides: "åse" finds "Åse" on SQLite too
        pattern = like_pattern(text)
        statement = statement.join(Patient, Patient.id == Case.patient_id).where(
            or_(
                Patient.search_text.like(pattern, escape=LIKE_ESCAPE),
                Case.search_text.like(pattern, escape=LIKE_ESCAPE),
            )
        )
    return statement


def _next_meeting_column(today: dt.date) -> Any:
    return (
        select(func.min(Meeting.held_on))
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.case_id == Case.id, Meeting.held_on >= today)
        .correlate(Case)
        .scalar_subquery()
    )


def sort_value(case: CaseSummary, key: SortKey) -> Any:
    """The value a worklist row is sorted by (for `CaseQuery.after`)."""
    return getattr(case, _SUMMARY_FIELDS[key])


_NULLABLE = frozenset({SortKey.REFERRAL_DATE, SortKey.HOSPITAL})
_SUMMARY_FIELDS = {
    SortKey.REFERRAL_DATE: "referral_date",
    SortKey.STUDY_ID: "study_id",
    SortKey.DIAGNOSIS: "diagnosis_code",
    SortKey.STATUS: "status",
    SortKey.HOSPITAL: "hospital_code",
    SortKey.UPDATED: "updated_at",
}


def _ordered(query: CaseQuery, statement: Select[Any], limit: int) -> list[Select[Any]]:
    """The page's statements in order: one ordered scan, or with `after` the rest of the rows
    with a value and then those without (NULLs sort as the smallest value on both back ends,
    as SQLite does, so both segments are index range scans)."""
    column = _SORT_COLUMNS[query.sort]
    down = query.descending
    key = (column.desc(), Case.id.desc()) if down else (column.asc(), Case.id.asc())
    order = (key[0].nulls_last() if down else key[0].nulls_first(), key[1])
    if query.after is None:
        return [statement.order_by(*order).offset(query.offset).limit(limit)]
    value, last_id = query.after
    beyond = Case.id < last_id if down else Case.id > last_id
    nulls = statement.where(column.is_(None))
    if value is None:
        valued = statement.where(column.is_not(None)) if not down else None
        null_part = nulls.where(beyond).order_by(*order).limit(limit)
        return [null_part] + ([valued.order_by(*order).limit(limit)] if valued is not None else [])
    pair, mark = tuple_(column, Case.id), tuple_(literal(value, column.type), literal(last_id))
    valued = statement.where(pair < mark if down else pair > mark).order_by(*order).limit(limit)
    with_nulls = down and query.sort in _NULLABLE
    return [valued, nulls.order_by(*order).limit(limit)] if with_nulls else [valued]


def _page_statements(query: CaseQuery) -> list[Select[Any]]:
    """The statements of one page: plain columns, no ORM objects to build."""
    columns = select(
        Case.id,
        Patient.study_id,
        Patient.name,
        Hospital.code,
        Hospital.name,
        Case.diagnosis_code,
        Case.diagnosis_text,
        Case.status,
        Case.referral_date,
        _next_meeting_column(dt.date.today()),
        Case.updated_at,
        Case.version,
    ).outerjoin(Hospital, Hospital.id == Case.hospital_id)
    statement = _filtered(query, columns)
    if not query.text.strip():
        statement = statement.join(Patient, Patient.id == Case.patient_id)
    return _ordered(query, statement, query.limit)


def list_cases(database: Database, query: CaseQuery = CaseQuery()) -> Page[CaseSummary]:
    with reading(database) as session:
        rows: list[Any] = []
        for statement in _page_statements(query):
            if len(rows) < query.limit:
                rows += session.execute(statement.limit(query.limit - len(rows))).all()
        total = len(rows) + query.offset
        if query.with_total and (len(rows) == query.limit or query.offset):
            total = session.scalar(_filtered(query, select(func.count(Case.id)))) or 0
        items = tuple(CaseSummary(*row) for row in rows)
        return Page(items=items, total=total, offset=query.offset, limit=query.limit)
