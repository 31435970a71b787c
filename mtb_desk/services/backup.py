"""Backup and restore.

SQLite: the online backup API copies a consistent snapshot while the app keeps running, and
a restore copies a backup into the database the same way (after checking it is an MTB Desk
database). PostgreSQL: the standard tools, `pg_dump -Fc` and `pg_restore`, limited to the
schema in use.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from mtb_desk.db.engine import Database
from mtb_desk.errors import MtbDeskError, ValidationError
from mtb_desk.services.backup_checks import check_postgresql_backup, check_sqlite_backup
from mtb_desk.services.permissions import Action, Actor, require


class BackupError(MtbDeskError):
    pass


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: str
    bytes: int
    method: str


def _sqlite_path(database: Database) -> str:
    path = make_url(database.url).database
    if not path:
        raise ValidationError("this SQLite database has no file to back up")
    return path


def backup(database: Database, actor: Actor, target: Path) -> BackupResult:
    require(actor, Action.MANAGE_USERS)
    if database.is_sqlite:
        partial = target.with_name(f".{target.name}.partial")
        _private_file(partial)
        source = sqlite3.connect(_sqlite_path(database))
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        os.replace(partial, target)
        return BackupResult(str(target), target.stat().st_size, "sqlite online backup")
    _private_file(target)
    _run_tool(
        ["pg_dump", "--format=custom", f"--file={target}", *_pg_arguments(database)], database
    )
    return BackupResult(str(target), target.stat().st_size, "pg_dump --format=custom")


def restore(database: Database, actor: Actor, source: Path) -> BackupResult:
    """Replace the database's content with the backup's. The backup is checked first: an
    MTB Desk database, of a schema this version knows, of this board, with an intact audit
    trail (the trail is checked on SQLite backups); otherwise nothing changes."""
    require(actor, Action.MANAGE_USERS)
    if not source.is_file():
        raise ValidationError(f"{source}: no such backup file")
    if database.is_sqlite:
        _check_sqlite_backup(source)
        check_sqlite_backup(source, database)
        database.dispose()
        backup_connection = sqlite3.connect(source)
        live = sqlite3.connect(_sqlite_path(database))
        try:
            backup_connection.backup(live)
        finally:
            live.close()
            backup_connection.close()
        return BackupResult(str(source), source.stat().st_size, "sqlite online backup")
    check_postgresql_backup(source, database)
    database.dispose()
    _run_tool(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            *_pg_arguments(database),
            str(source),
        ],
        database,
    )
    return BackupResult(str(source), source.stat().st_size, "pg_restore")


def _check_sqlite_backup(source: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"{source} is not a SQLite database: {exc}") from exc
    if not {"alembic_version", "mtb_case", "audit_event"} <= tables:
        raise ValidationError(f"{source} is not an MTB Desk database")
    if integrity != "ok":
        raise ValidationError(f"{source} is damaged: {integrity}")


def _pg_arguments(database: Database) -> list[str]:
    url = make_url(database.url)
    arguments = [
        f"--host={url.host or 'localhost'}",
        f"--port={url.port or 5432}",
        f"--username={url.username or os.environ.get('PGUSER', '')}",
        f"--dbname={url.database}",
    ]
    schema = _schema_of(database)
    if schema:
        arguments.append(f"--schema={schema}")
    return arguments


def _schema_of(database: Database) -> str | None:
    options = str(make_url(database.url).query.get("options", ""))
    if "search_path=" in options:
        return options.split("search_path=", 1)[1].split()[0].split(",")[0]
    return None


def _private_file(path: Path) -> None:
    """Create (or empty) `path` readable and writable by its owner only (0600)."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(descriptor)
    os.chmod(path, 0o600)


def _run_tool(command: list[str], database: Database) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    env = dict(os.environ)
    password = make_url(database.url).password
    if password:  # handed to the tool the libpq way, never on its command line
        env["PGPASSWORD"] = str(password)
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["failed"])[-1]
        raise BackupError(f"{command[0]} failed: {detail}")
