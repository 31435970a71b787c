"""The access log: who opened which case (viewed personal data), as health-data rules require."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AccessEvent
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.permissions import Action, Actor, require


@dataclass(frozen=True, slots=True)
class AccessEntry:
    occurred_at: dt.datetime
    username: str
    purpose: str


def record_access(database: Database, actor: Actor, case_id: int, purpose: str = "view") -> None:
    """Log that `actor` opened the case; its own small unit of work."""
    with writing(database) as session:
        session.add(AccessEvent(username=actor.username, case_id=case_id, purpose=purpose))


def case_access_log(database: Database, actor: Actor, study_id: str) -> list[AccessEntry]:
    """Who viewed a case, oldest first (administrators only)."""
    require(actor, Action.MANAGE_USERS)
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        events = session.scalars(
            select(AccessEvent).where(AccessEvent.case_id == case.id).order_by(AccessEvent.id)
        )
        return [AccessEntry(e.occurred_at, e.username, e.purpose) for e in events]
