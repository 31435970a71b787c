"""Bad input on the command line: one line naming what is wrong, never "unexpected …", and
nothing written. The same text limits hold on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.errors import ValidationError
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.permissions import Actor
from tests.db_snapshot import snapshot

FUTURE = (dt.date.today() + dt.timedelta(days=30)).isoformat()
BAD = [
    (["annotate", "DEMO-001", "99999999999999999999", "--oncogenicity", "oncogenic"], "an id"),
    (["annotate", "DEMO-001", "0", "--oncogenicity", "oncogenic"], "an id"),
    (["meeting", "show", "-3"], "an id"),
    (["case", "list", "--limit", "-1"], "a count"),
    (["case", "list", "--offset", "-5"], "a count"),
    (["credential", "create", "--name", "X", "-o", "x.p12", "--days", "-1"], "days"),
    (["case", "add", "--study-id", "E-1", "--diagnosis", "LUAD", "--referral-date", "0001-01-01"],
     "plausible"),
    (["case", "add", "--study-id", "E-2", "--diagnosis", "LUAD", "--referral-date", FUTURE],
     "in the future"),
    (["meeting", "create", "--date", "1800-01-01", "--title", "old"], "plausible"),
    (["meeting", "create", "--date", "1950-01-01", "--title", "old"], "before 1990"),
    (["case", "add", "--study-id", "X" * 200, "--diagnosis", "LUAD"], "at most 40 characters"),
]


@pytest.mark.parametrize(("args", "reason"), BAD, ids=lambda v: str(v)[:40])
def test_bad_input_is_one_line_and_changes_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], args: list[str], reason: str
) -> None:
    before = snapshot(db)
    try:
        code = run([*args, "--database", db.url])
    except SystemExit as exit_:  # argparse refuses before anything runs
        code = int(exit_.code or 0)
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert len(err.splitlines()) == 1, err
    assert reason in err
    assert "unexpected" not in err
    assert snapshot(db) == before


def test_text_limits_are_the_same_on_both_back_ends(db: Database, actor: Actor) -> None:
    with pytest.raises(ValidationError, match="referring_clinician: at most 200 characters"):
        create_case(db, actor, NewCase("LONG-1", "LUAD", referring_clinician="x" * 301))


def test_an_argument_that_is_not_utf8_is_one_line(tmp_path: object) -> None:
    env = dict(os.environ, LC_ALL="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "mtb_desk", "case", "show", os.fsdecode(b"\xff\xfe"),
         "--database", f"sqlite:///{tmp_path}/x.sqlite"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "mtb-desk: error: argument 3 is not valid UTF-8 text"
