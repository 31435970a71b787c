"""Opening a database for a person: connect, migrate, and give a new local one its first user.

The database layer (`mtb_desk.db.engine.connect_database`) knows nothing about users; this
is the one place that adds the bootstrap step on top, so the layers depend one way.
"""

from __future__ import annotations

import mtb_desk.services.funnel_stage  # noqa: F401 - keeps each case's funnel stage current
from mtb_desk.db.engine import Database, connect_database
from mtb_desk.services.users import ensure_first_user


def open_database(
    url: str | None = None, *, migrate: bool = True, bootstrap_user: bool = True
) -> Database:
    """Open (and by default migrate) the database at `url` (None: the environment's or the
    default SQLite file); a new local database gets its first user, holding every role."""
    database = connect_database(url, migrate=migrate)
    if bootstrap_user:
        try:
            ensure_first_user(database)
        except BaseException:
            database.dispose()
            raise
    return database
