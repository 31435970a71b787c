"""Protocol visits: record what was found (ECOG, response, adverse events), and the due list.

A visit is refused, with nothing stored, when it is dated before the start, after the stop,
or in the future; when it gives a response on a stopped treatment; when the week-16
assessment gives benefit before day 112; and for an adverse event graded outside 1-5.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AdverseEvent, Case, Hospital, Patient, Treatment, Visit
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import Attribution, VisitResponse
from mtb_desk.domain.followup import BENEFIT_RESPONSES, WEEK16_DAY, schedule
from mtb_desk.errors import ValidationError
from mtb_desk.services.audit import record_event
from mtb_desk.services.followup_records import TreatmentRecord, treatment_record
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.treatments import (
    check_version,
    find_treatment,
    recheck_confirmation,
    visit_record_name,
)

CRITERIA = ("RECIST 1.1", "iRECIST", "RANO", "PCWG3", "Lugano", "mRECIST")


@dataclass(frozen=True, slots=True)
class AdverseEventInput:
    term: str  # CTCAE v5 term, e.g. "Diarrhea"
    grade: int  # 1-5
    attribution: Attribution | str
    started_on: dt.date
    serious: bool = False
    ended_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class VisitInput:
    week: int  # 0 = day 1, else the protocol week (8, 16, 26, ...)
    performed_on: dt.date
    ecog: int | None = None
    response: VisitResponse | str | None = None
    criteria: str = "RECIST 1.1"
    note: str = ""
    adverse_events: tuple[AdverseEventInput, ...] = ()


def _check_events(events: Sequence[AdverseEventInput], start: dt.date) -> list[AdverseEvent]:
    rows = []
    for n, event in enumerate(events, 1):
        where = {"n": n, "term": event.term}
        if not event.term.strip():
            raise ValidationError(code="followup.ae-term-empty", params={"n": n})
        if not 1 <= event.grade <= 5:
            raise ValidationError(code="followup.ae-grade", params={**where, "grade": event.grade})
        try:
            attribution = Attribution(event.attribution)
        except ValueError:
            allowed = tuple(a.value for a in Attribution)
            raise ValidationError(code="followup.ae-attribution", params={
                **where, "value": event.attribution, "allowed": allowed,
            }) from None  # fmt: skip
        if event.ended_on is not None and event.ended_on < event.started_on:
            raise ValidationError(
                code="followup.ae-ends-first", params={**where, "ended_on": event.ended_on}
            )
        if event.started_on < start - dt.timedelta(days=30):
            raise ValidationError(code="followup.ae-too-early", params={**where, "start": start})
        rows.append(AdverseEvent(
            term=event.term.strip(), grade=event.grade, attribution=attribution,
            serious=event.serious, started_on=event.started_on, ended_on=event.ended_on,
        ))  # fmt: skip
    return rows


def _parse_response(value: VisitResponse | str | None) -> VisitResponse | None:
    if value is None or value == "":
        return None
    try:
        return VisitResponse(str(value).upper())
    except ValueError:
        allowed = tuple(r.value for r in VisitResponse)
        raise ValidationError(
            code="followup.response", params={"value": value, "allowed": allowed}
        ) from None


def _check_visit(
    row: Treatment, visit: Visit, data: VisitInput, response: VisitResponse | None
) -> None:
    start, on = row.started_on, data.performed_on
    assert start is not None
    if on < start:
        raise ValidationError(code="followup.visit-before-start", params={"on": on, "start": start})
    if on > dt.date.today():
        raise ValidationError(code="followup.visit-future", params={"on": on})
    if row.stopped_on is not None and on > row.stopped_on:
        code = "followup.response-after-stop" if response else "followup.visit-after-stopped"
        reason = row.stop_reason.value if row.stop_reason else ""
        raise ValidationError(
            code=code, params={"on": on, "stopped_on": row.stopped_on, "reason": reason}
        )
    if data.ecog is not None and not 0 <= data.ecog <= 5:
        raise ValidationError(code="followup.ecog", params={"ecog": data.ecog})
    if data.criteria not in CRITERIA:
        raise ValidationError(
            code="followup.criteria", params={"value": data.criteria, "allowed": CRITERIA}
        )
    day112 = start + dt.timedelta(days=WEEK16_DAY)
    if visit.week == 16 and response in BENEFIT_RESPONSES and on < day112:
        raise ValidationError(code="followup.week16-early", params={
            "response": response.value, "on": on, "day112": day112,
        })  # fmt: skip


def _visit_for_week(session: Session, row: Treatment, week: int) -> Visit:
    visit = next((v for v in row.visits if v.week == week), None)
    if visit is None:
        weeks = ", ".join(str(v.week) for v in row.visits)
        raise ValidationError(code="followup.no-such-visit", params={"week": week, "weeks": weeks})
    if visit in row.visits[-2:]:
        _extend_schedule(row)
    return visit


def _extend_schedule(row: Treatment) -> None:
    """Add four visits beyond the last one while the treatment goes on."""
    assert row.started_on is not None
    if row.stopped_on is not None:
        return
    have = len(row.visits)
    for planned in schedule(row.started_on, have + 4)[have:]:
        row.visits.append(Visit(
            seq=planned.seq, week=planned.week, due_on=planned.due_on,
            window_before=planned.window_before, window_after=planned.window_after,
            criteria="RECIST 1.1", note="",
        ))  # fmt: skip


def record_visit(
    database: Database,
    actor: Actor,
    study_id: str,
    data: VisitInput,
    *,
    treatment_id: int | None = None,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """Record (or correct) one visit; its adverse events replace any recorded before."""
    with writing(database) as session:
        row = find_treatment(session, study_id, treatment_id)
        return record_visit_in(
            session, actor, row, study_id, data, expected_version=expected_version
        )


def record_visit_in(
    session: Session,
    actor: Actor,
    row: Treatment,
    study_id: str,
    data: VisitInput,
    *,
    expected_version: int | None = None,
) -> TreatmentRecord:
    """`record_visit` inside the caller's unit of work."""
    require(actor, Action.RECORD_FOLLOWUP)
    response = _parse_response(data.response)
    if row.started_on is None:
        raise ValidationError(code="followup.no-visits", params={"study_id": study_id})
    visit = _visit_for_week(session, row, data.week)
    check_version(visit, expected_version, visit_record_name(visit.week, study_id))
    _check_visit(row, visit, data, response)
    events = _check_events(data.adverse_events, row.started_on)
    before = _visit_snapshot(visit)
    visit.performed_on, visit.ecog, visit.response = data.performed_on, data.ecog, response
    visit.criteria, visit.note, visit.recorded_by = data.criteria, data.note, actor.username
    visit.adverse_events = events
    flag_modified(visit, "recorded_by")  # a new version even when only the events changed
    session.flush()
    words = recheck_confirmation(session, actor, row, study_id)
    record_event(
        session, actor=actor.username, action="visit", entity="visit",
        entity_id=f"{study_id}/T{row.id}/{_label(visit.week)}", case_id=row.case_id,
        summary=f"{study_id}: {_label(visit.week)} visit on {data.performed_on}"
        f"{f', {response.value} ({data.criteria})' if response else ''}"
        f"{f', {len(events)} adverse event(s)' if events else ''}; week-16 outcome: {words}",
        before=before if before["performed_on"] else None, after=_visit_snapshot(visit),
    )  # fmt: skip
    return treatment_record(session, row, study_id)


def _label(week: int) -> str:
    return "day 1" if week == 0 else f"week {week}"


def _visit_snapshot(visit: Visit) -> dict[str, object]:
    return {
        "performed_on": visit.performed_on,
        "ecog": visit.ecog,
        "response": visit.response,
        "criteria": visit.criteria,
        "adverse_events": [
            {"term": a.term, "grade": a.grade, "attribution": a.attribution,
             "serious": a.serious, "started_on": a.started_on, "ended_on": a.ended_on}
            for a in visit.adverse_events
        ],
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class DueVisit:
    study_id: str
    hospital: str | None
    treatment_id: int
    drugs: tuple[str, ...]
    visit: str  # "week 16"
    week: int
    due_on: dt.date
    opens_on: dt.date
    closes_on: dt.date
    overdue: bool  # the window closed before today
    version: int


def due_visits(
    database: Database, *, hospital: str | None = None, today: dt.date | None = None
) -> list[DueVisit]:
    """Visits due this week (Monday to Sunday) or overdue, of running treatments, by date.

    One query from the open visits (`Visit.open_due`, indexed): that column's statistics let
    PostgreSQL see how few visits are open and due, so it reaches their treatments, cases and
    patients by primary key instead of hashing every case and patient."""
    today = today or dt.date.today()
    week_end = today + dt.timedelta(days=6 - today.weekday())
    query = (
        select(Visit.treatment_id, Visit.week, Visit.due_on, Visit.window_before,
               Visit.window_after, Visit.version, Treatment.drugs, Patient.study_id,
               Hospital.name)
        .join(Treatment, Treatment.id == Visit.treatment_id)
        .join(Case, Case.id == Treatment.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .outerjoin(Hospital, Hospital.id == Case.hospital_id)
        .where(Visit.open_due <= week_end, Treatment.stopped_on.is_(None))
    )  # fmt: skip
    if hospital:
        query = query.where(or_(Hospital.code == hospital, Hospital.name == hospital))
    with reading(database) as session:
        rows = session.execute(query).all()
    due = [_due(row, today) for row in rows]
    return sorted(due, key=lambda r: (r.due_on, r.study_id, r.week))


def _due(row: Any, today: dt.date) -> DueVisit:
    """A due-list entry from one row of the query (unpacked once: a thousand rows' attribute
    lookups were most of the list's time)."""
    treatment_id, week, due, before, after, version, drugs, study_id, hospital = row
    closes_on = due + dt.timedelta(days=after)
    return DueVisit(
        study_id=study_id, hospital=hospital, treatment_id=treatment_id,
        drugs=tuple(drugs or ()), visit=_label(week), week=week, due_on=due,
        opens_on=due - dt.timedelta(days=before), closes_on=closes_on,
        overdue=closes_on < today, version=version,
    )  # fmt: skip
