"""Shared mode on the real PostgreSQL server: each person connects as their own login and the
database itself refuses what their role may not do."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mtb_desk.db.engine import Database
from mtb_desk.db.migrate import SchemaUpgradeRequired
from mtb_desk.db.models import Recommendation
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Oncogenicity, RecommendationOutcome, RecommendationState, Role
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import get_case
from mtb_desk.services.database import open_database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import add_user, connected_login, login
from tests.db_fixtures import (
    board_database,
    create_schema,
    database_url,
    drop_logins,
    drop_schema,
    require_postgres,
    schema_url,
)


@pytest.fixture
def shared(request: pytest.FixtureRequest) -> Iterator[tuple[Database, Callable[..., Database]]]:
    """A migrated schema with demo data (as the owner), and a way to connect as a login."""
    require_postgres()
    schema = create_schema("shared")
    owner = open_database(schema_url(schema))
    owner_actor = login(owner, None, None)
    load_demo(owner, owner_actor)
    logins: list[str] = []
    opened: list[Database] = []

    def connect(*roles: Role) -> Database:
        name = f"t{uuid.uuid4().hex[:10]}"
        add_user(owner, owner_actor, name, frozenset(roles), database_login=True)
        logins.append(name)
        database = open_database(database_url(board_database(), schema, name))
        opened.append(database)
        return database

    yield owner, connect
    for database in opened:
        database.dispose()
    owner.dispose()
    drop_schema(schema)
    drop_logins(logins)


def _raw(database: Database, sql: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql))


def _finding_id(database: Database) -> int:
    return get_case(database, "DEMO-001").findings[0].id


def test_roles_come_from_group_membership(shared: tuple[Database, Callable[..., Database]]) -> None:
    _, connect = shared
    database = connect(Role.PATHOLOGIST, Role.CLINICIAN)
    actor = login(database, None, None)
    assert connected_login(database) == actor.username
    assert actor.roles == frozenset({Role.PATHOLOGIST, Role.CLINICIAN})
    with pytest.raises(PermissionDenied, match="your own database login"):
        login(database, "somebody-else", None)


def test_pathologist_may_annotate_but_not_change_findings(
    shared: tuple[Database, Callable[..., Database]],
) -> None:
    _, connect = shared
    database = connect(Role.PATHOLOGIST)
    actor = login(database, None, None)
    finding = _finding_id(database)
    view = annotate_finding(database, actor, finding, AnnotationInput(Oncogenicity.VUS))
    assert view.annotated_by == actor.username
    with pytest.raises(DBAPIError, match="permission denied"):
        _raw(database, f"UPDATE finding SET gene = 'FAKE' WHERE id = {finding}")


def test_secretary_is_refused_by_the_database_not_only_the_app(
    shared: tuple[Database, Callable[..., Database]],
) -> None:
    _, connect = shared
    database = connect(Role.SECRETARY)
    finding = _finding_id(database)
    with pytest.raises(DBAPIError, match="permission denied"):
        _raw(database, f"UPDATE annotation SET comment = 'x' WHERE finding_id = {finding}")
    with pytest.raises(DBAPIError, match="permission denied"):
        _raw(database, "INSERT INTO app_user (username, active, created_at, version) "
                       "VALUES ('intruder', true, now(), 1)")
    # Even bypassing the app's role check, the database refuses.
    lying = Actor(login(database, None, None).username, frozenset({Role.PATHOLOGIST}))
    with pytest.raises(PermissionDenied):
        annotate_finding(database, lying, finding, AnnotationInput(Oncogenicity.BENIGN))


def test_admin_cannot_delete_audit_events_and_nobody_writes_as_someone_else(
    shared: tuple[Database, Callable[..., Database]],
) -> None:
    _, connect = shared
    database = connect(Role.ADMIN)
    with pytest.raises(DBAPIError, match="permission denied"):
        _raw(database, "DELETE FROM audit_event")
    with pytest.raises(DBAPIError, match="own login"):
        _raw(database, "INSERT INTO access_event (occurred_at, username, case_id, purpose) "
                       "SELECT now(), 'someone-else', id, 'view' FROM mtb_case LIMIT 1")


def test_chair_cannot_change_a_signed_recommendation(
    shared: tuple[Database, Callable[..., Database]],
) -> None:
    owner, connect = shared
    case_id = get_case(owner, "DEMO-002").id
    with writing(owner) as session:
        session.add(Recommendation(case_id=case_id, outcome=RecommendationOutcome.NO_ACTIONABLE,
                                   state=RecommendationState.SIGNED, rationale="signed",
                                   created_by="owner"))
    database = connect(Role.CHAIR)
    with pytest.raises(DBAPIError, match="only be superseded"):
        _raw(database, "UPDATE recommendation SET rationale = 'rewritten'")


def test_ordinary_login_cannot_upgrade_a_database_that_is_behind(
    shared: tuple[Database, Callable[..., Database]],
) -> None:
    owner, connect = shared
    database = connect(Role.CLINICIAN)
    with owner.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    with pytest.raises(SchemaUpgradeRequired, match="ask an administrator"):
        open_database(database.url)
