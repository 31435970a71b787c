"""Checking the audit trail against the anchors documents carry (see `reports/anchor.py`).

A stored or kept document names the chain head when it was built. If that event is gone the
trail was cut back; if its hash differs the trail was rewritten (even when re-hashed into a
chain that is consistent in itself). Every stored document must also have its export event.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mtb_desk.db.models import AuditEvent, Document
from mtb_desk.reports.anchor import Anchor, read_anchors


@dataclass(frozen=True, slots=True)
class AnchorProblem:
    document: str  # a stored document's uid, or the file name given
    problem: str


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    documents: int
    anchors: int
    problems: tuple[AnchorProblem, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def chain_head(session: Session) -> Anchor | None:
    """The newest audit event's id and hash (None while the trail is empty)."""
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return None if row is None else Anchor(row[0], row[1])


def anchor_problem(session: Session, anchor: Anchor) -> str | None:
    stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == anchor.event_id))
    if stored is None:
        last = session.scalar(select(func.max(AuditEvent.id))) or 0
        return (
            f"it was anchored at audit event {anchor.event_id} but the trail ends at event "
            f"{last}: events were deleted"
        )
    if stored != anchor.hash:
        return (
            f"audit event {anchor.event_id} no longer has the hash this document recorded: "
            "the trail was rewritten"
        )
    return None


def _check_one(session: Session, name: str, pdf: bytes) -> tuple[int, list[AnchorProblem]]:
    anchors = read_anchors(pdf)
    problems = [
        AnchorProblem(name, problem)
        for problem in (anchor_problem(session, a) for a in anchors)
        if problem is not None
    ]
    return len(anchors), problems


def verify_stored_anchors(session: Session) -> AnchorCheck:
    """Check the anchor of every stored document, and that each has its export event."""
    exported = set(
        session.scalars(select(AuditEvent.entity_id).where(AuditEvent.entity == "document"))
    )
    documents, anchors, problems = 0, 0, []
    ids = session.scalars(select(Document.id).order_by(Document.id)).all()
    for document_id in ids:
        uid, content = session.execute(
            select(Document.uid, Document.content).where(Document.id == document_id)
        ).one()
        found, wrong = _check_one(session, uid, content)
        documents, anchors = documents + 1, anchors + found
        problems += wrong
        if uid not in exported:
            problems.append(AnchorProblem(uid, "its export event is missing from the trail"))
    return AnchorCheck(documents, anchors, tuple(problems))


def verify_file_anchors(session: Session, name: str, pdf: bytes) -> AnchorCheck:
    """Check a document someone kept against this database's trail."""
    found, problems = _check_one(session, name, pdf)
    if not found:
        problems.append(AnchorProblem(name, "the file carries no audit anchor"))
    return AnchorCheck(1, found, tuple(problems))
