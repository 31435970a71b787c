"""The README's shared-mode steps, exactly as written, with a schema owner that is not a
superuser: the owner upgrades and adds the first people; an admin login loads the demo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from mtb_desk.cli.main import run
from mtb_desk.db.board import group_name
from mtb_desk.db.grants import apply_grants
from mtb_desk.domain.enums import Role
from mtb_desk.services.database import open_database
from mtb_desk.services.users import login
from tests.db_fixtures import (
    POSTGRES_URL,
    board_database,
    create_database,
    create_schema,
    database_url,
    drop_database,
    drop_logins,
    drop_schema,
    require_postgres,
    schema_url,
)


def _admin(sql: str) -> None:
    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(sql))
    engine.dispose()


@pytest.fixture
def server() -> Iterator[tuple[str, str, list[str]]]:
    """A new database owned by a new CREATEROLE (not superuser) owner, as the README says."""
    require_postgres()
    name, owner = f"mtbr_{uuid.uuid4().hex[:8]}", f"own_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')  # createuser --createrole OWNER
    create_database(name)
    _admin(f'ALTER DATABASE "{name}" OWNER TO "{owner}"')  # createdb -O OWNER
    logins: list[str] = []
    yield name, owner, logins
    drop_database(name)
    for role in [*logins, owner]:
        _admin(f'DROP ROLE IF EXISTS "{role}"')


def test_readme_bootstrap_then_an_admin_loads_the_demo(
    server: tuple[str, str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    name, owner, logins = server
    owner_url = database_url(name, user=owner)
    assert run(["db", "upgrade", "--database", owner_url]) == 0
    kari, boss = f"kari{uuid.uuid4().hex[:6]}", f"boss{uuid.uuid4().hex[:6]}"
    logins += [kari, boss]
    monkeypatch.setenv("PW", "s3cret-pw")
    add = ["user", "add", kari, "--role", "pathologist", "--login", "--password-env", "PW"]
    assert run([*add, "--database", owner_url]) == 0
    add = ["user", "add", boss, "--role", "admin", "--login"]
    assert run([*add, "--database", owner_url]) == 0
    kari_db = open_database(database_url(name, user=kari).replace("@", ":s3cret-pw@", 1))
    try:
        assert login(kari_db, None, None).roles == frozenset({Role.PATHOLOGIST})
    finally:
        kari_db.dispose()
    assert run(["demo", "--database", database_url(name, user=boss)]) == 0
    assert run(["case", "list", "--database", database_url(name, user=boss)]) == 0


def test_upgrade_moves_people_off_the_old_cluster_wide_groups() -> None:
    """A board made before 0007: its admin login held CREATEROLE and `mtb_admin` (shared by
    every database). Re-applying the grants moves it to the board's group and strips both."""
    require_postgres()
    schema = create_schema("legacy")
    old, made_group = f"old{uuid.uuid4().hex[:8]}", False
    try:
        database = open_database(schema_url(schema))
        with database.engine.begin() as connection:
            made_group = not connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = 'mtb_admin'")
            ).scalar()
            if made_group:
                connection.execute(text("CREATE ROLE mtb_admin NOLOGIN"))
            connection.execute(text(f'CREATE ROLE "{old}" LOGIN CREATEROLE IN ROLE mtb_admin'))
            connection.execute(text("GRANT SELECT ON app_user TO mtb_admin"))
            connection.execute(
                text("INSERT INTO app_user (username, active, created_at, version) "
                     "VALUES (:u, true, now(), 1)"), {"u": old}
            )
            apply_grants(connection)
            powerful = connection.execute(
                text("SELECT rolcreaterole FROM pg_roles WHERE rolname = :u"), {"u": old}
            ).scalar()
            board_admin = group_name(board_database(), Role.ADMIN)
            member = connection.execute(
                text("SELECT pg_has_role(:u, :g, 'MEMBER')"), {"u": old, "g": board_admin}
            ).scalar()
            legacy_reads = connection.execute(
                text("SELECT has_table_privilege('mtb_admin', 'app_user', 'SELECT')")
            ).scalar()
        database.dispose()
        assert (powerful, member, legacy_reads) == (False, True, False)
    finally:
        drop_schema(schema)
        drop_logins([old])
        if made_group:
            _admin("DROP ROLE IF EXISTS mtb_admin")
