"""Four processes opening a new database at once all succeed: one migrates, the others wait
(no "database is locked", no duplicate-key error from a second migration)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from tests.db_fixtures import create_database, database_url, drop_database, require_postgres

PROCESSES = 4


def _all_at_once(*args: str) -> list[tuple[int, str]]:
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "mtb_desk", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = []
    for process in runs:
        _, err = process.communicate(timeout=120)
        results.append((process.returncode, err.strip()))
    return results


def test_four_processes_open_a_new_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert _all_at_once("case", "list", "--database", url) == [(0, "")] * PROCESSES


def test_four_upgrades_of_a_new_postgresql_database() -> None:
    require_postgres()
    name = f"mtbc_{uuid.uuid4().hex[:8]}"
    create_database(name)
    try:
        results = _all_at_once("db", "upgrade", "--database", database_url(name))
        assert results == [(0, "")] * PROCESSES
    finally:
        drop_database(name)
