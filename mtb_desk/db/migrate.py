"""Running Alembic from code, on a connection we pass in (no alembic.ini needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from mtb_desk.db.schema_version import SCHEMA_HEAD, stored_revision
from mtb_desk.errors import MtbDeskError
from mtb_desk.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_UPGRADE_LOCK = 7_310_421_007  # any constant: serialises schema upgrades of one database


class SchemaUpgradeRequired(MtbDeskError):
    """The database is behind this version of the app and this login may not upgrade it."""


def may_change_schema(connection: Connection) -> bool:
    """True on SQLite, and on PostgreSQL for the schema's owner (or a superuser)."""
    if connection.dialect.name != "postgresql":
        return True
    return bool(
        connection.execute(
            text(
                "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
                "WHERE nspname = current_schema()"
            )
        ).scalar()
    )


def upgrade_to_head(engine: Engine) -> None:
    """Migrate to head in one transaction (PostgreSQL rolls back a failed upgrade whole).

    Only the schema owner upgrades a shared database; anyone else gets a clear message and
    nothing is touched. Processes opening a new database at once queue: one migrates, the
    others wait for it (SQLite: the write lock taken up front; PostgreSQL: an advisory lock)
    and then find the schema at head.
    """
    if stored_revision(engine) == SCHEMA_HEAD:
        return  # the usual case, decided without loading Alembic
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from mtb_desk.db.engine import WRITE_OPTION

    head = head_revision()
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        sqlite = _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK}
                    )
                current = MigrationContext.configure(connection).get_current_revision()
                if current == head:
                    return  # another process migrated while we waited
                if not may_change_schema(connection):
                    raise SchemaUpgradeRequired(
                        f"the database schema is at revision {current or 'none'} but this "
                        f"version of MTB Desk needs {head}; ask an administrator (the schema "
                        "owner) to run `mtb-desk db upgrade`"
                    )
                command.upgrade(alembic_config(connection), "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise MtbDeskError("the schema upgrade broke references between tables")
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)


def _foreign_keys(connection: Connection, *, on: bool) -> bool:
    """SQLite rebuilds a table to change its constraints; with foreign keys on, dropping the
    old copy would cascade into (or be refused by) the rows that refer to it. As SQLite's
    table-rebuild procedure says, they are switched off outside the transaction (and every
    reference checked before commit). True on SQLite."""
    if connection.dialect.name != "sqlite":
        return False
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    return True

