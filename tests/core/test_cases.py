"""Cases: creation, the audit trail, optimistic locking, roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select, text

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent, Case
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import CaseStatus, Oncogenicity, Role
from mtb_desk.errors import ConflictError, PermissionDenied, ValidationError
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.audit import record_event, verify_chain
from mtb_desk.services.cases import NewCase, create_case, get_case, update_case
from mtb_desk.services.hospitals import create_hospital
from mtb_desk.services.permissions import Actor


def _audit_count(db: Database) -> int:
    with reading(db) as session:
        return session.scalar(select(func.count(AuditEvent.id))) or 0


def test_create_case_writes_case_and_audit_event(db: Database, actor: Actor) -> None:
    create_hospital(db, actor, "ous", "Fictional Hospital")
    before = _audit_count(db)
    detail = create_case(db, actor, NewCase("SYN-001", "luad", hospital_code="OUS", ecog=1))
    assert (detail.study_id, detail.diagnosis_code, detail.hospital_code) == (
        "SYN-001",
        "LUAD",
        "OUS",
    )
    assert detail.status is CaseStatus.REFERRED
    assert _audit_count(db) == before + 1
    with reading(db) as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        assert (event.actor, event.action, event.case_id) == (actor.username, "create", detail.id)
        assert verify_chain(session).intact


def test_second_editor_gets_conflict_and_first_change_survives(db: Database, actor: Actor) -> None:
    case = create_case(db, actor, NewCase("SYN-002", "PAAD", ecog=1))
    # Both editors loaded version `case.version`; the first saves.
    first = update_case(db, actor, case.id, case.version, {"ecog": 2, "notes": "first editor"})
    with pytest.raises(ConflictError) as raised:
        update_case(db, actor, case.id, case.version, {"ecog": 3, "notes": "second editor"})
    assert raised.value.expected_version == case.version
    assert raised.value.current_version == first.version
    assert "SYN-002" in str(raised.value)
    stored = get_case(db, "SYN-002")
    assert (stored.ecog, stored.notes, stored.version) == (2, "first editor", first.version)


def test_stale_write_between_read_and_flush_is_detected(db: Database, actor: Actor) -> None:
    """Two concurrent units of work on one row: the later flush fails, nothing is lost."""
    case = create_case(db, actor, NewCase("SYN-003", "BLCA"))

    def race() -> None:
        with writing(db) as outer:
            row = outer.get(Case, case.id)
            assert row is not None
            if db.is_sqlite:
                # SQLite serialises writers, so emulate the race on the row's version instead.
                outer.execute(
                    Case.__table__.update().where(Case.id == case.id).values(version=99)
                )
            else:
                with writing(db) as inner:
                    other = inner.get(Case, case.id)
                    assert other is not None
                    other.notes = "committed first"
            row.notes = "committed second"
            outer.flush()

    with pytest.raises(ConflictError):
        race()
    stored = get_case(db, "SYN-003")
    assert stored.notes == ("" if db.is_sqlite else "committed first")


def test_failed_transaction_rolls_back_its_audit_event(db: Database, actor: Actor) -> None:
    before = _audit_count(db)

    def failing_change() -> None:
        with writing(db) as session:
            record_event(
                session,
                actor=actor.username,
                action="update",
                entity="case",
                entity_id="SYN-X",
                summary="will be rolled back",
            )
            raise RuntimeError("the change failed after the audit event was written")

    with pytest.raises(RuntimeError):
        failing_change()
    assert _audit_count(db) == before


def test_invalid_values_are_refused_before_writing(db: Database, actor: Actor) -> None:
    before = _audit_count(db)
    with pytest.raises(ValidationError, match="ECOG"):
        create_case(db, actor, NewCase("SYN-004", "LUAD", ecog=7))
    with pytest.raises(ValidationError, match="national id"):
        create_case(db, actor, NewCase("SYN-004", "LUAD", national_id="123"))
    create_case(db, actor, NewCase("SYN-004", "LUAD"))
    with pytest.raises(ValidationError, match="already in use"):
        create_case(db, actor, NewCase("SYN-004", "COADREAD"))
    assert _audit_count(db) == before + 1


def test_database_enforces_ranges_too(db: Database, actor: Actor) -> None:
    from mtb_desk.db.unit_of_work import IntegrityViolation

    case = create_case(db, actor, NewCase("SYN-005", "LUAD"))
    with pytest.raises(IntegrityViolation), writing(db) as session:
        session.execute(Case.__table__.update().where(Case.id == case.id).values(ecog=9))
    with pytest.raises(IntegrityViolation), writing(db) as session:
        # Raw SQL, so that only the database's CHECK constraint can refuse it.
        session.execute(text("UPDATE mtb_case SET status = 'lost' WHERE id = :id"), {"id": case.id})


def test_roles_are_checked_and_refusal_names_the_role(
    db: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    from mtb_desk.services.demo import load_demo

    load_demo(db, actor)
    secretary = make_actor("sekretaer", Role.SECRETARY)
    finding = get_case(db, "DEMO-001").findings[0]
    with pytest.raises(PermissionDenied, match="pathologist"):
        annotate_finding(db, secretary, finding.id, AnnotationInput(Oncogenicity.VUS))
    pathologist = make_actor("patolog", Role.PATHOLOGIST)
    view = annotate_finding(db, pathologist, finding.id, AnnotationInput(Oncogenicity.VUS))
    assert view.oncogenicity is Oncogenicity.VUS
    assert view.annotated_by == "patolog"
    with pytest.raises(PermissionDenied, match="clinician"):
        create_case(db, pathologist, NewCase("SYN-006", "LUAD"))
