"""Tamper tests: truncating or rewriting (and re-hashing) the audit trail is caught by the
chain head that signed decision and minutes PDFs carry, on both back ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.reports.anchor import read_anchors
from mtb_desk.services.audit import _event_hash
from mtb_desk.services.demo import load_demo
from mtb_desk.services.documents import export_decision, export_minutes
from mtb_desk.services.meetings import list_meetings
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation


@pytest.fixture
def exported(db: Database, actor: Actor, tmp_path: Path) -> tuple[Database, Path]:
    load_demo(db, actor)
    draft = RecommendationDraft(RecommendationOutcome.FURTHER_TESTING, "germline testing")
    record_recommendation(db, actor, "DEMO-002", draft, final=True)
    decision = export_decision(db, actor, "DEMO-002")
    export_minutes(db, actor, list_meetings(db)[0].id)
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(decision.content)
    return db, kept


def _verify(
    db: Database, capsys: pytest.CaptureFixture[str], *files: Path
) -> tuple[int, dict[str, object]]:
    against = [arg for f in files for arg in ("--against", str(f))]
    code = run(["audit", "verify", *against, "--json", "--database", db.url])
    return code, json.loads(capsys.readouterr().out)


def _unguarded(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_insert_only_update")
            connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_insert_only_delete")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
        connection.execute(text(sql), params)
        if not db.is_sqlite:
            connection.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER USER")


def _rehash_all(db: Database) -> None:
    """What a forger does after editing: recompute every hash so the chain is consistent."""
    with writing(db) as session:
        if not db.is_sqlite:
            session.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        previous = "0" * 64
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            event.prev_hash = previous
            event.hash = _event_hash(event)
            previous = event.hash
        session.flush()
        if not db.is_sqlite:
            session.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))


def test_documents_carry_the_chain_head_and_an_untouched_trail_verifies(
    exported: tuple[Database, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, kept = exported
    assert len(read_anchors(kept.read_bytes())) == 1
    code, report = _verify(db, capsys, kept)
    assert code == 0, report
    assert report["anchors_checked"] == 3  # decision + minutes stored, the kept copy


def test_cutting_back_the_trail_is_detected(
    exported: tuple[Database, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, kept = exported
    anchor = read_anchors(kept.read_bytes())[0]
    _unguarded(db, "DELETE FROM audit_event WHERE id >= :id", id=anchor.event_id)
    code, report = _verify(db, capsys, kept)
    assert code == 1
    assert report["chain_intact"] is True  # a prefix of a chain is a valid chain…
    problems = " ".join(p["problem"] for p in report["anchor_problems"])  # type: ignore[union-attr]
    assert "events were deleted" in problems  # …but the documents remember more


def test_rewriting_and_rehashing_the_trail_is_detected(
    exported: tuple[Database, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, kept = exported
    _unguarded(db, "UPDATE audit_event SET actor = 'somebody-else' WHERE id = 2")
    code, report = _verify(db, capsys)
    assert code == 1
    assert report["chain_intact"] is False
    _rehash_all(db)
    code, report = _verify(db, capsys, kept)
    assert code == 1
    assert report["chain_intact"] is True
    problems = [p["problem"] for p in report["anchor_problems"]]  # type: ignore[union-attr]
    assert len(problems) == 3
    assert all("rewritten" in p for p in problems)


def test_a_file_without_an_anchor_is_reported(
    exported: tuple[Database, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, kept = exported
    bare = tmp_path / "bare.pdf"
    bare.write_bytes(kept.read_bytes().replace(b"mtb-audit-head", b"xxx-xxxxx-xxxx"))
    code, report = _verify(db, capsys, bare)
    assert code == 1
    assert "no audit anchor" in json.dumps(report)


# (table, hand edit, what `audit verify` says)
HAND_EDITS = [
    ("annotation", "UPDATE annotation SET comment = 'edited by hand' "
     "WHERE id = (SELECT min(id) FROM annotation)", "comment differ"),
    ("recommendation", "UPDATE recommendation SET rationale = 'edited by hand'",
     "rationale differ"),
    ("finding", "UPDATE finding SET gene = 'FAKEGENE' WHERE id = (SELECT min(id) FROM finding)",
     "a finding was edited"),
    ("finding", "DELETE FROM finding WHERE id = (SELECT max(id) FROM finding) "
     "AND id NOT IN (SELECT finding_id FROM annotation) "
     "AND id NOT IN (SELECT finding_id FROM recommendation_finding)", "added or removed"),
]


@pytest.mark.parametrize(("table", "sql", "reason"), HAND_EDITS, ids=lambda v: str(v)[:20])
def test_a_hand_edit_of_a_row_is_detected(
    exported: tuple[Database, Path],
    capsys: pytest.CaptureFixture[str],
    table: str,
    sql: str,
    reason: str,
) -> None:
    db, _ = exported
    code, report = _verify(db, capsys)
    assert code == 0, report
    with db.engine.begin() as connection:
        if not db.is_sqlite:
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        connection.execute(text(sql))
        if not db.is_sqlite:
            connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")
    code, report = _verify(db, capsys)
    assert code == 1
    assert report["chain_intact"] is True
    assert reason in json.dumps(report["row_problems"])
