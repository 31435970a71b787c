"""Restore refuses the wrong backup (newer schema, another board, broken audit trail) with one
line and nothing changed; it asks first (or takes --yes); backups are readable by the owner
only."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.errors import ValidationError
from mtb_desk.services.backup import backup, restore
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.database import open_database
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import login
from tests.db_fixtures import create_schema, drop_schema, schema_url
from tests.db_snapshot import snapshot


@pytest.fixture
def other_board(backend: str, tmp_path: Path) -> Iterator[Database]:
    """A second, separately created database: another board with its own identity."""
    if backend == "sqlite":
        database = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
        yield database
        database.dispose()
        return
    schema = create_schema("other")
    database = open_database(schema_url(schema))
    yield database
    database.dispose()
    drop_schema(schema)


def _refused(db: Database, actor: Actor, file: Path, reason: str) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError, match=reason):
        restore(db, actor, file)
    assert snapshot(db) == before


def test_backups_are_private(db: Database, actor: Actor, tmp_path: Path) -> None:
    file = tmp_path / "mtb.backup"
    backup(db, actor, file)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_backup_of_another_board_is_refused(
    db: Database, actor: Actor, other_board: Database, tmp_path: Path
) -> None:
    create_case(db, actor, NewCase("MINE-1", "LUAD"))
    file = tmp_path / "other.backup"
    backup(other_board, login(other_board, None, None), file)
    _refused(db, actor, file, "another board")


def test_a_backup_from_a_newer_schema_is_refused(
    db: Database, actor: Actor, other_board: Database, tmp_path: Path
) -> None:
    file = tmp_path / "newer.backup"
    with other_board.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        connection.execute(text("DELETE FROM board_identity"))
    backup(other_board, login(other_board, None, None), file)
    _refused(db, actor, file, "newer than this version")


def test_a_backup_with_a_broken_audit_trail_is_refused(
    sqlite_db: Database, tmp_path: Path
) -> None:
    actor = login(sqlite_db, None, None)
    create_case(sqlite_db, actor, NewCase("AUD-1", "LUAD"))
    file = tmp_path / "mtb.backup"
    backup(sqlite_db, actor, file)
    connection = sqlite3.connect(file)
    connection.execute("DROP TRIGGER audit_event_insert_only_update")
    connection.execute("UPDATE audit_event SET actor = 'someone-else' WHERE id = 1")
    connection.commit()
    connection.close()
    _refused(sqlite_db, actor, file, "audit trail is broken at event 1")


def test_restore_asks_first_or_takes_yes(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actor = login(sqlite_db, None, None)
    file = tmp_path / "mtb.backup"
    backup(sqlite_db, actor, file)
    create_case(sqlite_db, actor, NewCase("AFTER-1", "LUAD"))
    before = snapshot(sqlite_db)
    assert run(["restore", str(file), "--database", sqlite_db.url]) == 1
    assert "confirm with --yes" in capsys.readouterr().err
    assert snapshot(sqlite_db) == before
    assert run(["restore", str(file), "--yes", "--database", sqlite_db.url]) == 0
    assert snapshot(sqlite_db) != before


def _set_first_summary(db: Database, summary: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        connection.execute(
            text(
                "UPDATE audit_event SET summary = :s "
                "WHERE id = (SELECT min(id) FROM audit_event)"
            ),
            {"s": summary},
        )
        connection.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))


def test_a_postgresql_backup_with_a_broken_audit_trail_is_refused(
    pg_db: Database, tmp_path: Path
) -> None:
    """The dump's audit events are read back with pg_restore and the chain walked."""
    actor = login(pg_db, None, None)
    create_case(pg_db, actor, NewCase("AUD-PG\ttab\\x", "LUAD"))
    create_case(pg_db, actor, NewCase("AUD-PG-2", "LUAD"))
    intact = tmp_path / "intact.backup"
    backup(pg_db, actor, intact)
    before = snapshot(pg_db)
    restore(pg_db, actor, intact)  # an intact dump (escapes and JSON included) passes
    assert snapshot(pg_db) == before
    with pg_db.engine.connect() as connection:
        original = connection.execute(
            text("SELECT summary FROM audit_event ORDER BY id LIMIT 1")
        ).scalar_one()
    _set_first_summary(pg_db, "forged")
    broken = tmp_path / "broken.backup"
    backup(pg_db, actor, broken)
    _set_first_summary(pg_db, original)
    _refused(pg_db, actor, broken, "audit trail is broken at event")
