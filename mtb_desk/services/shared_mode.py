"""Shared mode (PostgreSQL, one login per person): who is connected and what groups they hold.

A connection as an ordinary (non-superuser) login is shared mode: the person acts as their
login, their roles are their memberships of this board's group roles (`<database>.<role>`),
and the database enforces them. The schema owner acts as an administrator (that is how the
first admin comes to exist). A superuser connection (maintenance, tests) behaves like local
mode.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from mtb_desk.db.board import group_name
from mtb_desk.domain.enums import Role
from mtb_desk.errors import ValidationError

_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def shared_login(session: Session) -> str | None:
    """The login name in shared mode, else None (SQLite, or a superuser connection)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    name, superuser = session.execute(
        text(
            "SELECT session_user, rolsuper FROM pg_catalog.pg_roles "
            "WHERE rolname = session_user"
        )
    ).one()
    return None if superuser else str(name)


def board_name(session: Session) -> str:
    return str(session.execute(text("SELECT pg_catalog.current_database()")).scalar_one())


def owns_schema(session: Session, login: str) -> bool:
    return bool(
        session.execute(
            text(
                "SELECT pg_catalog.pg_has_role(:login, nspowner, 'MEMBER') "
                "FROM pg_catalog.pg_namespace WHERE nspname = pg_catalog.current_schema()"
            ),
            {"login": login},
        ).scalar()
    )


def group_roles(session: Session, login: str) -> frozenset[Role]:
    """The login's roles on this board; the schema owner is an administrator."""
    board = board_name(session)
    by_group = {group_name(board, r): r for r in Role}
    rows = session.execute(
        text(
            "SELECT g.rolname FROM pg_catalog.pg_roles g WHERE g.rolname = ANY(:groups) "
            "AND pg_catalog.pg_has_role(:login, g.oid, 'MEMBER')"
        ),
        {"groups": list(by_group), "login": login},
    ).scalars()
    roles = {by_group[name] for name in rows}
    if owns_schema(session, login):
        roles.add(Role.ADMIN)
    return frozenset(roles)


def check_login_name(name: str) -> str:
    if not _LOGIN_NAME.match(name):
        raise ValidationError(
            f"'{name}' cannot be a database login: use lower-case letters, digits, '_', '.', '-'"
        )
    return name


def create_login(session: Session, name: str, roles: frozenset[Role], password: str | None) -> None:
    """A plain login (no CREATEROLE, CREATEDB or BYPASSRLS) holding this board's groups,
    made by the board's SECURITY DEFINER function (which checks the caller is an admin)."""
    check_login_name(name)
    session.execute(
        text(
            "SELECT mtb_create_login(CAST(:name AS text), CAST(:roles AS text[]), "
            "CAST(:pw AS text))"
        ),
        {"name": name, "roles": sorted(r.value for r in roles), "pw": password},
    )
