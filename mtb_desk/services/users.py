"""App users and their roles; resolving who acts; the first user of a new database."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import User, UserRole
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import Role
from mtb_desk.domain.records import UserView
from mtb_desk.errors import NotFoundError, PermissionDenied, ValidationError
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.shared_mode import create_login, group_roles, shared_login

SYSTEM_ACTOR = "system"
_FIRST_USER_LOCK = 7_310_421_012  # any constant: processes opening a new database queue here


def os_username() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        name = os.environ.get("USER", "") or "user"
    return name.strip().lower() or "user"


def _view(user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(r.role for r in user.roles),
        has_password=user.password_hash is not None,
        active=user.active,
    )


def _hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def _create_user(
    session: Session,
    actor: str,
    username: str,
    roles: frozenset[Role],
    display_name: str | None,
    password: str | None,
) -> User:
    username = username.strip()
    if not username or len(username) > 63:
        raise ValidationError("a username has 1 to 63 characters")
    if not roles:
        raise ValidationError(f"user '{username}' needs at least one role")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(f"user '{username}' already exists")
    user = User(
        username=username,
        display_name=display_name,
        password_hash=_hash_password(password) if password else None,
        roles=[UserRole(role=role) for role in sorted(roles)],
    )
    session.add(user)
    record_event(
        session,
        actor=actor,
        action="create",
        entity="user",
        entity_id=username,
        summary=f"user {username} created with roles {', '.join(sorted(roles))}",
        after={"username": username, "roles": sorted(roles), "password": bool(password)},
    )
    return user


def ensure_first_user(database: Database) -> UserView | None:
    """A new database gets one user, named after the OS user, holding every role
    (local mode only: in shared mode people are database logins)."""
    with reading(database) as session:
        if shared_login(session) is not None or session.scalar(select(func.count(User.id))):
            return None
    with writing(database) as session:
        if not database.is_sqlite:  # SQLite's writers already queue (BEGIN IMMEDIATE)
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _FIRST_USER_LOCK})
        if session.scalar(select(func.count(User.id))):
            return None  # another process was first
        user = _create_user(session, SYSTEM_ACTOR, os_username(), frozenset(Role), None, None)
        return _view(user)


def add_user(
    database: Database,
    actor: Actor,
    username: str,
    roles: frozenset[Role],
    *,
    display_name: str | None = None,
    password: str | None = None,
    database_login: bool | None = None,
) -> UserView:
    """Add a user. With `database_login` (default: when an admin adds a user in shared mode)
    this also creates their PostgreSQL login and grants the group roles; the password then
    belongs to the login and is not stored by the app."""
    require(actor, Action.MANAGE_USERS)
    with writing(database) as session:
        if database_login is None:
            database_login = shared_login(session) is not None
        if database_login:
            if session.get_bind().dialect.name != "postgresql":
                raise ValidationError("database logins exist only on PostgreSQL (shared mode)")
            create_login(session, username, roles, password)
            password = None
        return _view(_create_user(session, actor.username, username, roles, display_name, password))


def list_users(database: Database) -> list[UserView]:
    with reading(database) as session:
        users = session.scalars(select(User).order_by(User.username)).all()
        return [_view(u) for u in users]


def resolve_actor(database: Database, username: str, password: str | None = None) -> Actor:
    """The acting user, with their roles; refuses unknown or inactive users and bad passwords."""
    with reading(database) as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFoundError(code="user.not-found", params={"user": username})
        if not user.active:
            raise PermissionDenied(code="user.deactivated", params={"user": username})
        if user.password_hash is not None and password is not None:
            _check_password(user, password)
        return Actor(username=user.username, roles=frozenset(r.role for r in user.roles))


def _check_password(user: User, password: str) -> None:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    try:
        PasswordHasher().verify(user.password_hash or "", password)
    except VerificationError as exc:
        raise PermissionDenied(code="user.wrong-password", params={"user": user.username}) from exc


def login(database: Database, username: str | None, password: str | None) -> Actor:
    """Who acts. In shared mode: the connected login with its group roles (the database
    checked the password). Locally: the named app user (default: the OS user), whose
    password is required when one is set."""
    with reading(database) as session:
        connected = shared_login(session)
        if connected is not None:
            if username and username != connected:
                raise PermissionDenied(code="user.shared-login", params={"login": connected})
            return Actor(username=connected, roles=group_roles(session, connected))
    username = username or os_username()
    with reading(database) as session:
        has_password = session.scalar(
            select(User.password_hash.is_not(None)).where(User.username == username)
        )
    if has_password and not password:
        raise PermissionDenied(code="user.needs-password", params={"user": username})
    return resolve_actor(database, username, password)


def connected_login(database: Database) -> str | None:
    """The database login in shared mode (the GUI then skips choosing a user), else None."""
    with reading(database) as session:
        return shared_login(session)
