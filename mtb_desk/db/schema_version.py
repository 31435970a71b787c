"""The schema revision this code expects, known without loading Alembic.

Opening a database compares its `alembic_version` with `SCHEMA_HEAD` in one cheap query and
only loads Alembic when they differ (start-up time counts). A test keeps this constant equal
to the newest migration's revision.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

SCHEMA_HEAD = "0014"


def stored_revision(engine: Engine) -> str | None:
    """The database's schema revision; None for a new (empty) database."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None
