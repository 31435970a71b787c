"""Shared mode (PostgreSQL, one login per person): who is connected and what groups they hold.

A connection as an ordinary (non-superuser) login is shared mode: the person acts as their
login, their roles are their memberships of the `mtb_*` group roles, and the database
enforces them. A superuser connection (maintenance, tests) behaves like local mode.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from mtb_desk.db.grants import group_name
from mtb_desk.domain.enums import Role
from mtb_desk.errors import ValidationError

_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def shared_login(session: Session) -> str | None:
    """The login name in shared mode, else None (SQLite, or a superuser connection)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    name, superuser = session.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    return None if superuser else str(name)


def group_roles(session: Session, login: str) -> frozenset[Role]:
    rows = session.execute(
        text(
            "SELECT g.rolname FROM pg_roles g WHERE g.rolname = ANY(:groups) "
            "AND pg_has_role(:login, g.oid, 'MEMBER')"
        ),
        {"groups": [group_name(r) for r in Role], "login": login},
    ).scalars()
    by_group = {group_name(r): r for r in Role}
    return frozenset(by_group[name] for name in rows)


def check_login_name(name: str) -> str:
    if not _LOGIN_NAME.match(name):
        raise ValidationError(
            f"'{name}' cannot be a database login: use lower-case letters, digits, '_', '.', '-'"
        )
    return name


def create_login(session: Session, name: str, roles: frozenset[Role], password: str | None) -> None:
    """CREATE ROLE … LOGIN and grant its groups (quoting done by the server's format())."""
    check_login_name(name)
    attributes = "LOGIN CREATEROLE" if Role.ADMIN in roles else "LOGIN"
    statement = session.execute(
        text("SELECT format('CREATE ROLE %I ' || CAST(:attrs AS text), CAST(:name AS text))"),
        {"attrs": attributes, "name": name},
    ).scalar_one()
    if password is not None:
        statement += session.execute(
            text("SELECT format(' PASSWORD %L', CAST(:pw AS text))"), {"pw": password}
        ).scalar_one()
    session.execute(text(statement))
    for role in sorted(roles):
        grant = session.execute(
            text("SELECT format('GRANT %I TO %I', CAST(:group AS text), CAST(:name AS text))"),
            {"group": group_name(role), "name": name},
        ).scalar_one()
        session.execute(text(grant))
