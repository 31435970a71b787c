"""Does each row say what its last audit event says? A hand edit of a row (in the SQLite
file, or by the schema owner) leaves the chain intact but makes the row disagree with it.

Checked: annotations (the last `annotate` event's `after`), recommendations (the last event
with an `after`, state aside: finalising and signing change only the state), and findings
(the import event's counts per kind and its digest of the findings' content).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.models import Annotation, AuditEvent, Finding, MolecularReport, Recommendation
from mtb_desk.services.audit import plain, snapshot

ANNOTATION_FIELDS = ("oncogenicity", "escat_tier", "reportable", "comment")


@dataclass(frozen=True, slots=True)
class RowProblem:
    entity: str
    entity_id: str
    problem: str


def _last_after(session: Session, entity: str) -> dict[str, dict[str, Any]]:
    """entity id → `after` of the newest event about it that has one."""
    rows = session.execute(
        select(AuditEvent.entity_id, AuditEvent.after)
        .where(AuditEvent.entity == entity, AuditEvent.after.is_not(None))
        .order_by(AuditEvent.id)
    )
    return {entity_id: after for entity_id, after in rows if isinstance(after, dict)}


def _differs(row: dict[str, Any], recorded: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    return [f for f in fields if f in recorded and plain(row.get(f)) != recorded.get(f)]


def _annotations(session: Session) -> tuple[int, list[RowProblem]]:
    recorded = _last_after(session, "finding")
    problems, count = [], 0
    for annotation in session.scalars(select(Annotation).order_by(Annotation.id)):
        count += 1
        key = str(annotation.finding_id)
        if key not in recorded:
            problems.append(RowProblem("annotation", key, "no audit event records it"))
            continue
        changed = _differs(snapshot(annotation, ANNOTATION_FIELDS), recorded[key],
                           ANNOTATION_FIELDS)  # fmt: skip
        if changed:
            problems.append(RowProblem("annotation", key, _edited(changed)))
    return count, problems


def _recommendations(session: Session) -> tuple[int, list[RowProblem]]:
    from mtb_desk.services.recommendations import _AUDITED

    fields = tuple(f for f in _AUDITED if f != "state")
    recorded = _last_after(session, "recommendation")
    problems, count = [], 0
    for row in session.scalars(select(Recommendation).order_by(Recommendation.id)):
        count += 1
        key = str(row.id)
        if key not in recorded:
            problems.append(RowProblem("recommendation", key, "no audit event records it"))
            continue
        changed = _differs(snapshot(row, fields), recorded[key], fields)
        if changed:
            problems.append(RowProblem("recommendation", key, _edited(changed)))
    return count, problems


def _findings(session: Session) -> tuple[int, list[RowProblem]]:
    from mtb_desk.services.molecular import DIGEST_COLUMNS, findings_digest

    recorded = _last_after(session, "molecular_report")
    columns = [getattr(Finding, c) for c in DIGEST_COLUMNS]
    problems, count = [], 0
    for report_id in session.scalars(select(MolecularReport.id).order_by(MolecularReport.id)):
        key, event = str(report_id), recorded.get(str(report_id))
        rows = session.execute(
            select(*columns).where(Finding.report_id == report_id).order_by(Finding.id)
        ).all()
        count += len(rows)
        if event is None:
            problems.append(RowProblem("molecular_report", key, "no audit event records it"))
            continue
        kinds = Counter(plain(r[0]) for r in rows)
        if "findings" in event and dict(kinds) != event["findings"]:
            problems.append(RowProblem("molecular_report", key,
                                       "findings were added or removed outside the app"))
        elif "findings_sha256" in event and findings_digest(
            tuple(plain(v) for v in r) for r in rows
        ) != event["findings_sha256"]:
            problems.append(RowProblem("molecular_report", key,
                                       "a finding was edited outside the app"))
    return count, problems


def _edited(fields: list[str]) -> str:
    return f"{', '.join(fields)} differ from the last audit event: edited outside the app"


def verify_rows(session: Session) -> tuple[int, tuple[RowProblem, ...]]:
    """(rows checked, problems) over annotations, recommendations and findings."""
    total, problems = 0, []
    for check in (_annotations, _recommendations, _findings):
        count, found = check(session)
        total += count
        problems += found
    return total, tuple(problems)
