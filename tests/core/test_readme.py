"""The README's command-line examples run as written on a fresh machine (after
``scripts/dev run``): the "board's week" block, in a clean user data directory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def week_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("A board's week on the command line")
    match = re.search(r"```sh\n(.*?)```", readme[start:], re.DOTALL)
    assert match is not None
    return match.group(1)


def test_the_board_week_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("MTB_DESK_DATABASE_URL", None)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", week_block()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "decision.pdf: VALID" in done.stdout
    assert (tmp_path / "decisions.xlsx").stat().st_size > 0
    assert (tmp_path / "data" / "mtb-desk" / "demo.sqlite").exists()


def test_database_url_variable_takes_a_plain_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mtb_desk.db.engine import resolve_database_url

    monkeypatch.setenv("MTB_DESK_DATABASE_URL", str(tmp_path / "plain.sqlite"))
    assert resolve_database_url() == f"sqlite:///{tmp_path / 'plain.sqlite'}"
    monkeypatch.setenv("MTB_DESK_DATABASE_URL", "postgresql+psycopg://me@server/mtb")
    assert resolve_database_url() == "postgresql+psycopg://me@server/mtb"
