"""The audit trail: insert-only in the database, hash-chained, tampering detected."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Recommendation
from mtb_desk.db.unit_of_work import IntegrityViolation, reading, writing
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.audit import verify_chain
from mtb_desk.services.cases import NewCase, create_case, get_case, update_case
from mtb_desk.services.permissions import Actor


def _three_changes(db: Database, actor: Actor) -> None:
    case = create_case(db, actor, NewCase("AUD-1", "LUAD"))
    case = update_case(db, actor, case.id, case.version, {"ecog": 1})
    update_case(db, actor, case.id, case.version, {"notes": "third change"})


def _refused(db: Database, sql: str) -> None:
    with pytest.raises((IntegrityViolation, PermissionDenied)), writing(db) as session:
        session.execute(text(sql))


@contextmanager
def _as_owner_without_guards(db: Database) -> Iterator[None]:
    """What someone with the schema owner's rights could do behind the app's back."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("DROP TRIGGER audit_event_insert_only_update")
            connection.exec_driver_sql("DROP TRIGGER audit_event_insert_only_delete")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
    yield


def test_audit_rows_cannot_be_updated_or_deleted(db: Database, actor: Actor) -> None:
    _three_changes(db, actor)
    _refused(db, "UPDATE audit_event SET actor = 'someone else'")
    _refused(db, "DELETE FROM audit_event")
    with reading(db) as session:
        assert verify_chain(session).intact


def test_edited_event_is_found_at_the_right_place(db: Database, actor: Actor) -> None:
    _three_changes(db, actor)
    with reading(db) as session:
        target = session.execute(
            text("SELECT id FROM audit_event WHERE summary LIKE '%changed ecog%'")
        ).scalar_one()
    with _as_owner_without_guards(db), db.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_event SET summary = 'nothing to see' WHERE id = :id"),
            {"id": target},
        )
    with reading(db) as session:
        check = verify_chain(session)
    assert check.first_broken_id == target
    assert check.problem is not None
    assert "content" in check.problem


def test_deleted_event_breaks_the_next_link(db: Database, actor: Actor) -> None:
    _three_changes(db, actor)
    with reading(db) as session:
        ids = [row[0] for row in session.execute(text("SELECT id FROM audit_event ORDER BY id"))]
    victim, following = ids[-2], ids[-1]
    with _as_owner_without_guards(db), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": victim})
    with reading(db) as session:
        check = verify_chain(session)
    assert check.first_broken_id == following
    assert check.problem is not None
    assert "link" in check.problem


def test_signed_recommendation_cannot_be_changed(db: Database, actor: Actor) -> None:
    case = get_case(db, create_case(db, actor, NewCase("AUD-2", "PAAD")).study_id)
    with writing(db) as session:
        session.add(Recommendation(
            case_id=case.id, outcome=RecommendationOutcome.NO_ACTIONABLE,
            state=RecommendationState.SIGNED, rationale="signed text", created_by=actor.username,
        ))
    _refused(db, "UPDATE recommendation SET rationale = 'rewritten'")
    _refused(db, "DELETE FROM recommendation")
    with reading(db) as session:
        assert session.execute(text("SELECT rationale FROM recommendation")).scalar_one() == (
            "signed text"
        )
