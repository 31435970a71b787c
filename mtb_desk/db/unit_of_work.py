"""Units of work: one transaction per user action, committed whole or rolled back whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mtb_desk.db.engine import Database
from mtb_desk.errors import ConflictError, MtbDeskError, PermissionDenied


class DatabaseBusyError(MtbDeskError):
    pass


class IntegrityViolation(MtbDeskError):
    pass


class DatabaseUnavailableError(MtbDeskError):
    """The connection dropped or the server restarted; the unit of work was not committed."""


REFUSED = "database.refused"


def _refused(error: BaseException | None) -> dict[str, object]:
    """The parameters of "database.refused": the database's own first line, as it said it."""
    return {"detail": _first_line(error)}


def _connection_lost(exc: DBAPIError) -> bool:
    state = getattr(exc.orig, "sqlstate", None) or ""
    return (
        exc.connection_invalidated
        or state.startswith("08")
        or state
        in {
            "57P01",  # admin shutdown (server restart)
            "57P02",  # crash shutdown
            "57P03",  # cannot connect now (starting up)
        }
    )


@contextmanager
def writing(database: Database) -> Iterator[Session]:
    """A read-write unit of work; commits when the block ends without an exception."""
    try:
        with database.write_sessions.begin() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError("the record", -1, None) from exc
    except IntegrityError as exc:
        raise IntegrityViolation(code=REFUSED, params=_refused(exc.orig)) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # PostgreSQL: insufficient privilege
            raise PermissionDenied(code=REFUSED, params=_refused(exc.orig)) from exc
        if _connection_lost(exc):
            raise DatabaseUnavailableError(code="database.connection-lost") from exc
        if isinstance(exc, OperationalError) and "locked" in str(exc.orig):
            raise DatabaseBusyError(code="database.busy") from exc
        raise
    except MtbDeskError:
        raise
    except Exception as exc:
        _raise_driver_error(exc)
        raise


def _raise_driver_error(exc: Exception) -> None:
    """Errors from the driver itself (the fast COPY path bypasses SQLAlchemy), in the same
    words as SQLAlchemy's: a lost connection, or the database refusing a change."""
    if not type(exc).__module__.startswith("psycopg"):
        return
    import psycopg

    state = getattr(exc, "sqlstate", None) or ""
    if state == "42501":
        raise PermissionDenied(code=REFUSED, params=_refused(exc)) from exc
    if isinstance(exc, psycopg.OperationalError) and (
        not state or state.startswith("08") or state.startswith("57P")
    ):
        raise DatabaseUnavailableError(code="database.connection-lost") from exc


@contextmanager
def reading(database: Database) -> Iterator[Session]:
    """A read-only unit of work (rolled back at the end; it never writes)."""
    try:
        with database.read_sessions() as session, session.begin():
            yield session
            session.rollback()
    except DBAPIError as exc:
        if _connection_lost(exc):
            raise DatabaseUnavailableError(code="database.connection-lost-reading") from exc
        raise


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None else "unknown error"
