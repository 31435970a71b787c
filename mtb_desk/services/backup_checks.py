"""What a backup must be before it may replace a database: an MTB Desk database of a schema
this version knows, of the same board (its `board_identity`), with an intact audit chain.

Each check raises `ValidationError` with a one-line reason; nothing has been changed then.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import BoardIdentity
from mtb_desk.db.unit_of_work import reading
from mtb_desk.errors import ValidationError


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from mtb_desk.db.migrate import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def live_board(database: Database) -> str | None:
    """This database's board identity (None before revision 0007)."""
    try:
        with reading(database) as session:
            return session.scalar(select(BoardIdentity.uid))
    except DBAPIError:
        return None


def _check_revision_and_board(source: Path, revision: str | None, board: str | None,
                              live: str | None) -> None:
    if revision is None:
        raise ValidationError(f"{source}: the backup has no schema revision")
    if revision not in known_revisions():
        raise ValidationError(
            f"{source}: the backup is of schema revision {revision}, newer than this version "
            "of MTB Desk knows: upgrade MTB Desk first"
        )
    if board is not None and live is not None and board != live:
        raise ValidationError(
            f"{source}: the backup is of another board ({board}), not of this database ({live})"
        )


def check_sqlite_backup(source: Path, database: Database) -> None:
    """Schema revision, board identity and audit chain of a SQLite backup file."""
    from mtb_desk.services.audit import verify_chain

    engine = create_engine(f"sqlite:///file:{source}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = set(
                session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
                .scalars()
            )
            board = (
                session.execute(text("SELECT uid FROM board_identity")).scalar()
                if "board_identity" in tables
                else None
            )
            _check_revision_and_board(source, revision, board, live_board(database))
            chain = verify_chain(session)
    finally:
        engine.dispose()
    if not chain.intact:
        raise ValidationError(
            f"{source}: the backup's audit trail is broken at event {chain.first_broken_id} "
            f"({chain.problem})"
        )


def _copy_rows(dump: str, table: str) -> list[list[str]]:
    """The rows of `table` in pg_restore's plain-text data output."""
    rows: list[list[str]] = []
    inside = False
    for line in dump.splitlines():
        if line.startswith("COPY ") and line.split()[1].split(".")[-1] == table:
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside:
            rows.append(line.split("\t"))
    return rows


def check_postgresql_backup(source: Path, database: Database) -> None:
    """Schema revision and board identity of a `pg_dump -Fc` file (read with pg_restore)."""
    if shutil.which("pg_restore") is None:
        raise ValidationError(
            "pg_restore is not installed (Debian: apt-get install postgresql-client)"
        )
    command = ["pg_restore", "--data-only", "--file=-", "--table=alembic_version",
               "--table=board_identity"]
    result = subprocess.run(
        [*command, str(source)], capture_output=True, text=True, check=False,
        env=dict(os.environ),
    )
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["unreadable"])[-1]
        raise ValidationError(f"{source}: not a backup pg_restore can read ({detail})")
    revisions = _copy_rows(result.stdout, "alembic_version")
    boards = _copy_rows(result.stdout, "board_identity")
    _check_revision_and_board(
        source,
        revisions[0][0] if revisions else None,
        boards[0][1] if boards else None,
        live_board(database),
    )
