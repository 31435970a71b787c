"""Meetings: agenda order (with its version guard), attendance, deferrals."""

from __future__ import annotations

import datetime as dt

import pytest

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import AgendaStatus, MeetingStatus, Role
from mtb_desk.errors import ConflictError, PermissionDenied, ValidationError
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import (
    add_to_agenda,
    create_meeting,
    get_meeting,
    reorder_agenda,
    set_agenda_status,
    set_attendance,
)
from mtb_desk.services.permissions import Actor


def _meeting_with_three(db: Database, actor: Actor) -> tuple[int, list[int]]:
    meeting = create_meeting(db, actor, dt.date(2030, 1, 9), "Synthetic MTB")
    ids = [create_case(db, actor, NewCase(f"MT-{i}", "LUAD")).id for i in range(3)]
    for case_id in ids:
        add_to_agenda(db, actor, meeting.id, case_id)
    return meeting.id, ids


def test_reorder_agenda_and_stale_reorder_conflicts(db: Database, actor: Actor) -> None:
    meeting_id, ids = _meeting_with_three(db, actor)
    seen = get_meeting(db, meeting_id)
    reordered = reorder_agenda(db, actor, meeting_id, seen.version, [ids[2], ids[0], ids[1]])
    assert [i.case_id for i in reordered.agenda] == [ids[2], ids[0], ids[1]]
    assert reordered.version > seen.version
    with pytest.raises(ConflictError):
        reorder_agenda(db, actor, meeting_id, seen.version, ids)
    with pytest.raises(ValidationError, match="exactly the cases"):
        reorder_agenda(db, actor, meeting_id, reordered.version, ids[:2])
    assert [i.case_id for i in get_meeting(db, meeting_id).agenda] == [ids[2], ids[0], ids[1]]


def test_deferral_attendance_and_roles(
    db: Database, actor: Actor, make_actor: object
) -> None:
    meeting_id, ids = _meeting_with_three(db, actor)
    detail = set_agenda_status(db, actor, meeting_id, ids[1], AgendaStatus.DEFERRED,
                               note="awaiting IHC")
    item = next(i for i in detail.agenda if i.case_id == ids[1])
    assert (item.status, item.note) == (AgendaStatus.DEFERRED, "awaiting IHC")
    assert detail.status is MeetingStatus.IN_PROGRESS
    detail = set_attendance(db, actor, meeting_id, "Dr. Fictional Chair", Role.CHAIR, True)
    assert [(a.name, a.role, a.present) for a in detail.attendees] == [
        ("Dr. Fictional Chair", Role.CHAIR, True)]
    pathologist = make_actor("path", Role.PATHOLOGIST)  # type: ignore[operator]
    with pytest.raises(PermissionDenied, match="secretary"):
        set_agenda_status(db, pathologist, meeting_id, ids[0], AgendaStatus.DISCUSSED)
