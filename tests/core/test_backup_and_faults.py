"""Backup/restore round trips; a dropped connection is reported plainly, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case
from mtb_desk.db.unit_of_work import DatabaseUnavailableError, writing
from mtb_desk.errors import ValidationError
from mtb_desk.services.backup import backup, restore
from mtb_desk.services.cases import NewCase, create_case, get_case, update_case
from mtb_desk.services.database import open_database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import list_users, resolve_actor
from tests.db_snapshot import snapshot


def test_backup_and_restore_round_trip(db: Database, actor: Actor, tmp_path: Path) -> None:
    load_demo(db, actor)
    saved = snapshot(db)
    file = tmp_path / "mtb.backup"
    result = backup(db, actor, file)
    assert result.bytes > 0
    case = get_case(db, "DEMO-001")
    update_case(db, actor, case.id, case.version, {"notes": "changed after the backup"})
    create_case(db, actor, NewCase("AFTER-BACKUP", "LUAD"))
    assert snapshot(db) != saved
    restore(db, actor, file)
    assert snapshot(db) == saved


def test_restore_refuses_a_file_that_is_not_a_backup(sqlite_db: Database, tmp_path: Path) -> None:
    actor = resolve_actor(sqlite_db, list_users(sqlite_db)[0].username)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    before = snapshot(sqlite_db)
    with pytest.raises(ValidationError, match="not a SQLite database"):
        restore(sqlite_db, actor, bogus)
    assert snapshot(sqlite_db) == before


def _drop_my_connections(db: Database) -> None:
    """What a server restart or a network drop does to the app's open connections."""
    with db.engine.connect() as admin:
        admin.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE pid <> pg_backend_pid() AND application_name = 'mtb-desk-fault-test'"
            )
        )
        admin.commit()


def test_lost_connection_mid_edit_is_reported_and_nothing_half_written(pg_db: Database) -> None:
    db = pg_db
    actor = resolve_actor(db, list_users(db)[0].username)
    url = make_url(db.url).update_query_dict({"application_name": "mtb-desk-fault-test"})
    app = open_database(url.render_as_string(hide_password=False))
    case = create_case(app, actor, NewCase("FAULT-1", "LUAD"))
    before = snapshot(db)

    def edit_while_the_server_goes_away() -> None:
        with writing(app) as session:
            row = session.get(Case, case.id)
            assert row is not None
            row.notes = "typed before the server went away"
            session.flush()
            _drop_my_connections(db)
            row.ecog = 2
            session.flush()

    with pytest.raises(DatabaseUnavailableError, match="nothing was saved"):
        edit_while_the_server_goes_away()
    assert snapshot(db) == before
    # The pool reconnects: the same edit, tried again, goes through.
    saved = update_case(app, actor, case.id, case.version, {"notes": "typed again"})
    assert saved.notes == "typed again"
    app.dispose()


def test_connection_dropped_mid_import_is_one_line_and_nothing_saved(
    pg_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The server ends the import's own connection in the middle of its COPY of findings."""
    from mtb_desk.cli.main import run
    from tests.shared_data import shared_file

    actor = resolve_actor(pg_db, list_users(pg_db)[0].username)
    create_case(pg_db, actor, NewCase("DROP-1", "LUAD"))
    with pg_db.engine.begin() as connection:
        connection.execute(text(
            "CREATE FUNCTION drop_me() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"))
        connection.execute(text(
            "CREATE TRIGGER drop_me AFTER INSERT ON finding FOR EACH STATEMENT "
            "EXECUTE FUNCTION drop_me()"))
    before = snapshot(pg_db)
    try:
        path = shared_file("tso500-awgl", "sample_CombinedVariantOutput.tsv")
        code = run(["import", "DROP-1", str(path), "--database", pg_db.url])
        err = capsys.readouterr().err.strip()
    finally:
        with pg_db.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER drop_me ON finding"))
            connection.execute(text("DROP FUNCTION drop_me()"))
    assert code == 1
    assert err == ("mtb-desk: error: the connection to the database was lost; nothing was "
                   "saved. Please try again")
    assert snapshot(pg_db) == before
