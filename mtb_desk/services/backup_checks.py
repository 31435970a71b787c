"""What a backup must be before it may replace a database: an MTB Desk database of a schema
this version knows, of the same board (its `board_identity`), with an intact audit chain.

Each check raises `ValidationError` with a one-line reason; nothing has been changed then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent, BoardIdentity
from mtb_desk.db.unit_of_work import reading
from mtb_desk.errors import ValidationError
from mtb_desk.services.audit import ChainCheck, verify_chain, verify_events


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
    _check_chain(source, chain)


_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))")
_ESCAPED = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _copy_value(field: str) -> str | None:
    """One field of COPY's text format: `\\N` is NULL, backslash escapes decoded."""
    if field == "\\N":
        return None

    def decode(match: re.Match[str]) -> str:
        octal, hexa, other = match.groups()
        if octal:
            return chr(int(octal, 8))
        if hexa:
            return chr(int(hexa, 16))
        return _ESCAPED.get(other, other)

    return _ESCAPE.sub(decode, field)


def _copy_rows(dump: str, table: str) -> list[dict[str, str | None]]:
    """The rows of `table` in pg_restore's plain-text data output, keyed by column."""
    rows: list[dict[str, str | None]] = []
    columns: list[str] | None = None
    for line in dump.splitlines():
        if line.startswith("COPY ") and line.split()[1].split(".")[-1] == table:
            inside = line[line.index("(") + 1 : line.rindex(")")]
            columns = [c.strip().strip('"') for c in inside.split(",")]
        elif columns is not None and line == "\\.":
            columns = None
        elif columns is not None:
            rows.append(dict(zip(columns, map(_copy_value, line.split("\t")), strict=False)))
    return rows


def _dumped_events(rows: list[dict[str, str | None]]) -> list[AuditEvent]:
    def number(value: str | None) -> int | None:
        return None if value is None else int(value)

    def document(value: str | None) -> Any:
        return None if value is None else json.loads(value)

    events = [
        AuditEvent(
            id=int(row["id"] or 0),
            occurred_at=dt.datetime.fromisoformat(row["occurred_at"] or ""),
            actor=row["actor"],
            action=row["action"],
            entity=row["entity"],
            entity_id=row["entity_id"],
            case_id=number(row["case_id"]),
            summary=row["summary"],
            before=document(row["before"]),
            after=document(row["after"]),
            prev_hash=row["prev_hash"],
            hash=row["hash"],
        )
        for row in rows
    ]
    return sorted(events, key=lambda e: e.id)


def check_postgresql_backup(source: Path, database: Database) -> None:
    """Schema revision and board identity of a `pg_dump -Fc` file (read with pg_restore)."""
    if shutil.which("pg_restore") is None:
        raise ValidationError(
            "pg_restore is not installed (Debian: apt-get install postgresql-client)"
        )
    command = ["pg_restore", "--data-only", "--file=-", "--table=alembic_version",
               "--table=board_identity", "--table=audit_event"]
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
        revisions[0]["version_num"] if revisions else None,
        boards[0]["uid"] if boards else None,
        live_board(database),
    )
    _check_chain(source, verify_events(_dumped_events(_copy_rows(result.stdout, "audit_event"))))


def _check_chain(source: Path, chain: ChainCheck) -> None:
    if not chain.intact:
        raise ValidationError(
            f"{source}: the backup's audit trail is broken at event {chain.first_broken_id} "
            f"({chain.problem})"
        )
