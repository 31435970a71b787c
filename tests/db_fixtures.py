"""Database fixtures shared by core, UI and migration tests."""

from __future__ import annotations

import atexit
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mtb_desk.db.engine import Database, connect_database
from mtb_desk.db.models import Base
from mtb_desk.domain.enums import Role
from mtb_desk.services.database import open_database
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import add_user, list_users, resolve_actor

POSTGRES_URL = os.environ.get(
    "MTB_DESK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ("sqlite", "postgresql")

__all__ = [
    "actor",
    "backend",
    "db",
    "make_actor",
    "pg_db",
    "postgres_schema_url",
    "sqlite_db",
    "sqlite_template",
]


def postgres_available() -> str | None:
    """None when the server answers, else the reason it does not."""
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return str(exc).splitlines()[0]
    return None


def require_postgres() -> None:
    reason = postgres_available()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required under CI=true but not reachable: {reason}")
    pytest.skip(f"PostgreSQL not reachable: {reason}")


_board_database: list[str] = []


def board_database() -> str:
    """This test process's own database on the server, made on first use and dropped at exit.

    Shared mode revokes CONNECT on a board's database from PUBLIC, so tests never migrate in
    the server's common `test` database (other processes' logins use it)."""
    if not _board_database:
        name = f"mtbt_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        create_database(name)
        _board_database.append(name)
        atexit.register(drop_database, name)
    return _board_database[0]


def create_database(name: str) -> None:
    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()


def drop_database(name: str) -> None:
    """Drop a test database and the board roles made for it (`<name>.<role>`)."""
    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        roles = connection.execute(
            text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix)"),
            {"prefix": f"{name}."},
        ).scalars()
        for role in list(roles):
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    engine.dispose()


def database_url(name: str, schema: str | None = None, user: str | None = None) -> str:
    url = make_url(POSTGRES_URL).set(database=name)
    if user is not None:
        url = url.set(username=user)
    if schema is not None:
        url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def drop_logins(logins: list[str]) -> None:
    """Drop logins made by a test (their privileges live in this process's database)."""
    engine = create_engine(database_url(board_database()), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for name in logins:
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))
    engine.dispose()


def schema_url(schema: str) -> str:
    return database_url(board_database(), schema)


def create_schema(prefix: str = "t") -> str:
    schema = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(database_url(board_database()))
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return schema


def drop_schema(schema: str) -> None:
    engine = create_engine(database_url(board_database()))
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with its first user, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def postgres_schema_url() -> Iterator[str]:
    """One migrated schema for the session; tests empty it after use."""
    require_postgres()
    schema = create_schema()
    url = schema_url(schema)
    connect_database(url).dispose()
    yield url
    drop_schema(schema)


def _empty_postgres(database: Database) -> None:
    """Empty every table but the board's identity; retried when the server's autovacuum
    (ANALYZE of the same tables, from this or a parallel run) deadlocks with the TRUNCATE and
    is chosen to go on."""
    from sqlalchemy.exc import OperationalError

    tables = ", ".join(
        f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name != "board_identity"
    )
    for attempt in range(3):
        try:
            with database.engine.begin() as connection:
                connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            return
        except OperationalError as exc:
            if "deadlock detected" not in str(exc) or attempt == 2:
                raise


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database with one all-roles user, on each back end."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "mtb.sqlite"
        shutil.copy(template, path)
        database = open_database(f"sqlite:///{path}")
        yield database
        database.dispose()
        return
    url = request.getfixturevalue("postgres_schema_url")
    database = open_database(url)
    yield database
    _empty_postgres(database)
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database only, for tests whose subject does not depend on the back end."""
    path = tmp_path / "only.sqlite"
    shutil.copy(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def pg_db(postgres_schema_url: str) -> Iterator[Database]:
    """A fresh PostgreSQL database only, for tests of server behaviour (connections, roles)."""
    database = open_database(postgres_schema_url)
    yield database
    _empty_postgres(database)
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    """The database's first user, who holds every role."""
    return resolve_actor(db, list_users(db)[0].username)


@pytest.fixture
def make_actor(db: Database, actor: Actor) -> Callable[..., Actor]:
    def make(name: str, *roles: Role) -> Actor:
        add_user(db, actor, name, frozenset(roles))
        return resolve_actor(db, name)

    return make
