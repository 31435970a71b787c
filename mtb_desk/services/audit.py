"""The audit trail: every change to clinical data writes an event in the same transaction.

Events form a hash chain: each event's hash covers its content and the previous event's
hash, so editing or deleting a row by hand breaks the chain at that point (`verify_chain`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mtb_desk.db.models import AuditEvent

GENESIS_HASH = "0" * 64
# Any constant: serialises writers of the chain on PostgreSQL until their commit.
_CHAIN_LOCK_KEY = 7_310_421_001


def plain(value: Any) -> Any:
    """A JSON-safe copy of a value (dates as ISO text, enums as their values)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def snapshot(row: object, fields: Iterable[str]) -> dict[str, Any]:
    return {name: plain(getattr(row, name)) for name in fields}


def _event_hash(event: AuditEvent) -> str:
    content = {
        "occurred_at": event.occurred_at.astimezone(dt.UTC).isoformat(),
        "actor": event.actor,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "case_id": event.case_id,
        "summary": event.summary,
        "before": event.before,
        "after": event.after,
        "prev_hash": event.prev_hash,
    }
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _last_hash(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return last or GENESIS_HASH


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    case_id: int | None = None,
    summary: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    session.flush()  # so ids of new rows exist and the event follows them
    event = AuditEvent(
        occurred_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        case_id=case_id,
        summary=summary,
        before=plain(before) if before is not None else None,
        after=plain(after) if after is not None else None,
        prev_hash=_last_hash(session),
    )
    event.hash = _event_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True, slots=True)
class ChainCheck:
    events: int
    first_broken_id: int | None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainCheck:
    """Walk the chain in id order; report the first event whose link or content is wrong."""
    previous = GENESIS_HASH
    count = 0
    last_id = 0
    while True:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not events:
            return ChainCheck(events=count, first_broken_id=None, problem=None)
        for event in events:
            problem = _link_problem(event, previous)
            if problem is not None:
                return ChainCheck(count, event.id, problem)
            previous = event.hash
            count += 1
            last_id = event.id
        session.expunge_all()


def _link_problem(event: AuditEvent, previous: str) -> str | None:
    if event.prev_hash != previous:
        return "its link to the previous event is broken"
    if _event_hash(event) != event.hash:
        return "its content was changed after it was written"
    return None


def verify_events(events: Iterable[AuditEvent]) -> ChainCheck:
    """The same walk over events read from elsewhere (a backup), given in id order."""
    previous, count = GENESIS_HASH, 0
    for event in events:
        problem = _link_problem(event, previous)
        if problem is not None:
            return ChainCheck(count, event.id, problem)
        previous, count = event.hash, count + 1
    return ChainCheck(events=count, first_broken_id=None, problem=None)
