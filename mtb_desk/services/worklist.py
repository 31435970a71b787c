"""The case worklist: filtered, sorted, paged summaries of cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AgendaItem, Case, Hospital, Meeting, Patient
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.domain.records import CaseSummary, Page


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
    text: str = ""  # matches study id, patient name or diagnosis code (prefix / substring)
    sort: SortKey = SortKey.REFERRAL_DATE
    descending: bool = True
    offset: int = 0
    limit: int = 200
    with_total: bool = True


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
    if text:
        pattern = f"%{text.lower()}%"
        statement = statement.join(Patient, Patient.id == Case.patient_id).where(
            or_(
                func.lower(Patient.study_id).like(pattern),
                func.lower(Patient.name).like(pattern),
                func.lower(Case.diagnosis_code).like(pattern),
            )
        )
    return statement


def _page_ids(session: Session, query: CaseQuery) -> Sequence[int]:
    column = _SORT_COLUMNS[query.sort]
    statement = _filtered(query, select(Case.id))
    if query.sort is SortKey.STUDY_ID and not query.text.strip():
        statement = statement.join(Patient, Patient.id == Case.patient_id)
    if query.sort is SortKey.HOSPITAL:
        statement = statement.outerjoin(Hospital, Hospital.id == Case.hospital_id)
    order = (column.desc(), Case.id.desc()) if query.descending else (column.asc(), Case.id.asc())
    statement = statement.order_by(*order).offset(query.offset).limit(query.limit)
    ids: Sequence[int] = session.scalars(statement).all()
    return ids


def _next_meetings(session: Session, case_ids: Sequence[int]) -> dict[int, dt.date]:
    today = dt.date.today()
    rows = session.execute(
        select(AgendaItem.case_id, func.min(Meeting.held_on))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id.in_(case_ids), Meeting.held_on >= today)
        .group_by(AgendaItem.case_id)
    ).all()
    return {case_id: held_on for case_id, held_on in rows}


def list_cases(database: Database, query: CaseQuery = CaseQuery()) -> Page[CaseSummary]:
    with reading(database) as session:
        ids = _page_ids(session, query)
        total = len(ids) + query.offset
        if query.with_total and (len(ids) == query.limit or query.offset):
            total = session.scalar(_filtered(query, select(func.count(Case.id)))) or 0
        rows = (
            {case.id: case for case in session.scalars(select(Case).where(Case.id.in_(ids)))}
            if ids
            else {}
        )
        meetings = _next_meetings(session, ids) if ids else {}
        items = tuple(_summary(rows[i], meetings.get(i)) for i in ids)
        return Page(items=items, total=total, offset=query.offset, limit=query.limit)


def _summary(case: Case, next_meeting: dt.date | None) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        study_id=case.patient.study_id,
        patient_name=case.patient.name,
        hospital_code=case.hospital.code if case.hospital else None,
        hospital_name=case.hospital.name if case.hospital else None,
        diagnosis_code=case.diagnosis_code,
        diagnosis_text=case.diagnosis_text,
        status=case.status,
        referral_date=case.referral_date,
        next_meeting=next_meeting,
        updated_at=case.updated_at,
        version=case.version,
    )
