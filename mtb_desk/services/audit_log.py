"""Reading the audit trail for people: who changed what, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent
from mtb_desk.db.unit_of_work import reading
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.permissions import Actor


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def case_history(database: Database, actor: Actor, study_id: str) -> list[AuditEntry]:
    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        ).all()
        return [
            AuditEntry(
                e.id,
                e.occurred_at,
                e.actor,
                e.action,
                e.entity,
                e.entity_id,
                e.summary,
                e.before,
                e.after,
            )
            for e in events
        ]
