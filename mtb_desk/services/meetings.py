"""Meetings: create, agenda (add, reorder, status), attendance, list and show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AgendaItem, Attendance, Case, Meeting, Patient, User
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.dates import check_date
from mtb_desk.domain.enums import AgendaStatus, CaseStatus, MeetingStatus, Role
from mtb_desk.domain.records import AgendaItemView, MeetingSummary
from mtb_desk.errors import ConflictError, NotFoundError, ValidationError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Action, Actor, require


@dataclass(frozen=True, slots=True)
class AttendeeView:
    id: int
    name: str
    role: Role
    present: bool
    version: int


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: int
    held_on: dt.date
    title: str
    status: MeetingStatus
    chair: str | None
    notes: str
    version: int
    agenda: tuple[AgendaItemView, ...]
    attendees: tuple[AttendeeView, ...]
    location: str = ""
    minute_taker: str = ""


def _meeting_row(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(code="meeting.not-found", params={"id": meeting_id})
    return meeting


def open_meeting_row(session: Session, meeting_id: int) -> Meeting:
    """The meeting, refusing a closed one: its agenda and decisions are settled."""
    meeting = _meeting_row(session, meeting_id)
    if meeting.status is MeetingStatus.CLOSED:
        raise ValidationError(code="meeting.closed", params={"title": meeting.title})
    return meeting


def create_meeting(
    database: Database, actor: Actor, held_on: dt.date, title: str, *, chair: str | None = None
) -> MeetingDetail:
    require(actor, Action.MANAGE_MEETINGS)
    if not title.strip():
        raise ValidationError(code="meeting.title-missing")
    check_date(held_on, "meeting date", days_ahead=5 * 366)  # boards plan years ahead
    with writing(database) as session:
        chair_id = None
        if chair:
            chair_id = session.scalar(select(User.id).where(User.username == chair))
            if chair_id is None:
                raise NotFoundError(code="meeting.chair-not-found", params={"user": chair})
        meeting = Meeting(held_on=held_on, title=title.strip(), chair_user_id=chair_id)
        session.add(meeting)
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="create",
            entity="meeting",
            entity_id=meeting.id,
            summary=f"meeting '{meeting.title}' on {held_on.isoformat()} created",
            after={"held_on": held_on, "title": meeting.title, "chair": chair},
        )
        return _detail(session, meeting)


def add_to_agenda(database: Database, actor: Actor, meeting_id: int, case_id: int) -> MeetingDetail:
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = _meeting_row(session, meeting_id)
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError(code="case.not-found", params={"id": case_id})
        if any(item.case_id == case_id for item in meeting.agenda):
            raise ValidationError(
                code="agenda.already-listed", params={"study_id": case.patient.study_id}
            )
        position = max((item.position for item in meeting.agenda), default=-1) + 1
        meeting.agenda.append(AgendaItem(case_id=case_id, position=position))
        if case.status in (CaseStatus.REFERRED, CaseStatus.IN_REVIEW):
            case.status = CaseStatus.SCHEDULED
        record_event(
            session,
            actor=actor.username,
            action="agenda-add",
            entity="meeting",
            entity_id=meeting.id,
            case_id=case_id,
            summary=f"case {case.patient.study_id} put on the agenda of meeting {meeting.id}",
        )
        return _detail(session, meeting)


def reorder_agenda(
    database: Database,
    actor: Actor,
    meeting_id: int,
    expected_version: int,
    case_ids_in_order: Sequence[int],
) -> MeetingDetail:
    """Set the agenda order; the meeting's version guards against concurrent reordering."""
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = _meeting_row(session, meeting_id)
        if meeting.version != expected_version:
            raise ConflictError(
                phrase("record.meeting", id=meeting.id), expected_version, meeting.version
            )
        items = {item.case_id: item for item in meeting.agenda}
        if sorted(items) != sorted(case_ids_in_order):
            raise ValidationError(code="agenda.order-mismatch")
        before = [i.case_id for i in sorted(meeting.agenda, key=lambda i: i.position)]
        for position, case_id in enumerate(case_ids_in_order):
            items[case_id].position = position
        _touch(meeting)
        record_event(
            session,
            actor=actor.username,
            action="agenda-reorder",
            entity="meeting",
            entity_id=meeting.id,
            summary=f"agenda of meeting {meeting.id} reordered",
            before={"order": before},
            after={"order": list(case_ids_in_order)},
        )
        session.flush()
        session.expire(meeting, ["agenda"])
        return _detail(session, meeting)


def _touch(meeting: Meeting) -> None:
    """Bump the meeting's version even when only its agenda rows changed."""
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(meeting, "notes")


def set_attendance(
    database: Database, actor: Actor, meeting_id: int, name: str, role: Role, present: bool
) -> MeetingDetail:
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = _meeting_row(session, meeting_id)
        existing = next((a for a in meeting.attendance if a.name == name), None)
        if existing is None:
            user_id = session.scalar(select(User.id).where(User.username == name))
            meeting.attendance.append(
                Attendance(name=name, role=role, present=present, user_id=user_id)
            )
        else:
            existing.role, existing.present = role, present
        record_event(
            session,
            actor=actor.username,
            action="attendance",
            entity="meeting",
            entity_id=meeting.id,
            summary=f"{name} ({role.value}) marked {'present' if present else 'absent'}",
        )
        return _detail(session, meeting)


def list_meetings(database: Database) -> list[MeetingSummary]:
    with reading(database) as session:
        counts = dict(
            session.execute(
                select(AgendaItem.meeting_id, func.count()).group_by(AgendaItem.meeting_id)
            ).all()
        )
        meetings = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).all()
        return [
            MeetingSummary(m.id, m.held_on, m.title, m.status, counts.get(m.id, 0), m.version)
            for m in meetings
        ]


def get_meeting(database: Database, meeting_id: int) -> MeetingDetail:
    with reading(database) as session:
        return _detail(session, _meeting_row(session, meeting_id))


def _detail(session: Session, meeting: Meeting) -> MeetingDetail:
    session.flush()
    rows = session.execute(
        select(AgendaItem, Patient.study_id, Case.diagnosis_code)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position)
    ).all()
    chair = session.get(User, meeting.chair_user_id) if meeting.chair_user_id else None
    return MeetingDetail(
        id=meeting.id,
        held_on=meeting.held_on,
        title=meeting.title,
        status=meeting.status,
        chair=chair.username if chair else None,
        notes=meeting.notes,
        version=meeting.version,
        location=meeting.location,
        minute_taker=meeting.minute_taker,
        agenda=tuple(
            AgendaItemView(
                i.id, i.position, i.case_id, study, code, AgendaStatus(i.status), i.note, i.version
            )
            for i, study, code in rows
        ),
        attendees=tuple(
            AttendeeView(a.id, a.name, a.role, a.present, a.version) for a in meeting.attendance
        ),
    )


def set_agenda_status(
    database: Database,
    actor: Actor,
    meeting_id: int,
    case_id: int,
    status: AgendaStatus,
    *,
    note: str = "",
    expected_version: int | None = None,
) -> MeetingDetail:
    """Mark an agenda item discussed or deferred (with the reason in `note`)."""
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = open_meeting_row(session, meeting_id)
        item = next((i for i in meeting.agenda if i.case_id == case_id), None)
        if item is None:
            raise NotFoundError(
                code="agenda.not-listed", params={"id": case_id, "meeting_id": meeting_id}
            )
        if expected_version is not None and item.version != expected_version:
            raise ConflictError(
                phrase("record.agenda-item", id=item.id), expected_version, item.version
            )
        before = {"status": item.status, "note": item.note}
        item.status, item.note = status, note
        if meeting.status is MeetingStatus.PLANNED:
            meeting.status = MeetingStatus.IN_PROGRESS
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="agenda-status",
            entity="meeting",
            entity_id=meeting.id,
            case_id=case_id,
            summary=f"case {case_id} marked {status.value} at meeting {meeting.id}",
            before=before,
            after={"status": status, "note": note},
        )
        return _detail(session, meeting)


def set_meeting_status(
    database: Database, actor: Actor, meeting_id: int, status: MeetingStatus
) -> MeetingDetail:
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = _meeting_row(session, meeting_id)
        before = meeting.status
        meeting.status = status
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="meeting-status",
            entity="meeting",
            entity_id=meeting.id,
            summary=f"meeting {meeting.id} {before.value} → {status.value}",
        )
        return _detail(session, meeting)


def set_meeting_details(
    database: Database,
    actor: Actor,
    meeting_id: int,
    *,
    location: str,
    minute_taker: str,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Where the meeting was held and who took the minutes (shown in the minutes PDF)."""
    require(actor, Action.MANAGE_MEETINGS)
    with writing(database) as session:
        meeting = _meeting_row(session, meeting_id)
        if expected_version is not None and meeting.version != expected_version:
            raise ConflictError(
                phrase("record.meeting", id=meeting.id), expected_version, meeting.version
            )
        before = {"location": meeting.location, "minute_taker": meeting.minute_taker}
        after = {"location": location.strip(), "minute_taker": minute_taker.strip()}
        if before == after:
            return _detail(session, meeting)
        meeting.location, meeting.minute_taker = after["location"], after["minute_taker"]
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="update",
            entity="meeting",
            entity_id=meeting.id,
            summary=f"meeting {meeting.id}: location and minute-taker",
            before=before,
            after=after,
        )
        return _detail(session, meeting)
