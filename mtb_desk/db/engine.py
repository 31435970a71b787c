"""Opening a database: one function takes a URL and returns a ready `Database`.

The default is a SQLite file in the user's data directory. `MTB_DESK_DATABASE_URL` or an
explicit URL (the CLI's `--database`) selects another, e.g. `postgresql+psycopg://me@host/mtb`.
Connecting runs the Alembic migrations to head, so the schema always matches the code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_DATABASE_URL = "MTB_DESK_DATABASE_URL"
WRITE_OPTION = "mtb_desk_write"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("mtb-desk", appauthor=False) / "mtb-desk.sqlite"


def demo_database_path() -> Path:
    """The demo database (``scripts/dev run``, ``--demo``): beside the default one, apart."""
    return default_database_path().with_name("demo.sqlite")


def _as_url(url: str) -> str:
    """A URL as given; a plain path means that SQLite file."""
    return url if "://" in url else f"sqlite:///{Path(url).expanduser().resolve()}"


def resolve_database_url(url: str | None = None) -> str:
    """The explicit URL or path, else the environment's (URL or path), else the default
    SQLite file."""
    if url:
        return _as_url(url)
    from_env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if from_env:
        return _as_url(from_env)
    return f"sqlite:///{default_database_path()}"


@dataclass(frozen=True)
class Database:
    """An open database: its engine and two session factories (reads and writes)."""

    url: str
    engine: Engine
    read_sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def display_location(self) -> str:
        """Where the data lives, for people (never shows a password)."""
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def _prepare_sqlite_file(url: str) -> None:
    """Create the file's folder, and the file itself readable by its owner only."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(descriptor)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 15000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk imports stay in memory
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front, so two writers queue instead of one of
        # them failing half-way with "database is locked" after reading stale data.
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def create_database_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(url)
        engine = create_engine(url, pool_pre_ping=False)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def connect_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect to (and by default migrate) the database at `url`; see `resolve_database_url`.

    Nothing above the database layer runs here: `mtb_desk.services.database.open_database`
    adds the first user of a new local database."""
    from mtb_desk.db import limits

    limits.install()
    resolved = resolve_database_url(url)
    engine = create_database_engine(resolved)
    database = Database(
        url=resolved,
        engine=engine,
        read_sessions=sessionmaker(engine, expire_on_commit=False),
        write_sessions=sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        ),
    )
    if migrate:
        from mtb_desk.db.migrate import upgrade_to_head

        upgrade_to_head(engine)
    return database
