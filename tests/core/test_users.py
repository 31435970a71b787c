"""Local mode: app users with argon2-hashed passwords, and a database file only its owner reads."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mtb_desk.domain.enums import Role
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.database import open_database
from mtb_desk.services.users import add_user, list_users, login, resolve_actor


def test_new_sqlite_file_is_private_and_has_one_all_roles_user(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite"
    database = open_database(f"sqlite:///{path}")
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        users = list_users(database)
        assert len(users) == 1
        assert users[0].roles == frozenset(Role)
    finally:
        database.dispose()


def test_password_is_hashed_with_argon2_and_checked(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'pw.sqlite'}")
    try:
        admin = resolve_actor(database, list_users(database)[0].username)
        add_user(database, admin, "kari", frozenset({Role.PATHOLOGIST}), password="s3cret-pass")
        with database.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT password_hash FROM app_user WHERE username = 'kari'"
            ).scalar_one()
        assert stored.startswith("$argon2")
        assert "s3cret-pass" not in stored
        assert login(database, "kari", "s3cret-pass").roles == frozenset({Role.PATHOLOGIST})
        with pytest.raises(PermissionDenied, match="wrong password"):
            login(database, "kari", "guess")
        with pytest.raises(PermissionDenied, match="needs a password"):
            login(database, "kari", None)
    finally:
        database.dispose()
