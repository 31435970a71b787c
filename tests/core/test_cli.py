"""The CLI contract: sub-commands, --json keys, one-line errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database


def cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = run([*args, "--database", db.url])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_json(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> object:
    code, out, err = cli(capsys, db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_case_add_list_show_round_trip(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, db, "hospital", "add", "SYN", "Synthetic Hospital")[0] == 0
    added = cli_json(
        capsys,
        db,
        "case",
        "add",
        "--study-id",
        "CLI-1",
        "--diagnosis",
        "LUAD",
        "--hospital",
        "SYN",
        "--ecog",
        "1",
    )
    assert isinstance(added, dict)
    assert added["study_id"] == "CLI-1"
    listed = cli_json(capsys, db, "case", "list", "--status", "referred")
    assert isinstance(listed, dict)
    assert [c["study_id"] for c in listed["cases"]] == ["CLI-1"]
    shown = cli_json(capsys, db, "case", "show", "CLI-1")
    assert isinstance(shown, dict)
    assert {"study_id", "diagnosis", "reports", "findings", "tmb", "msi"} <= set(shown)
    assert shown["diagnosis"] == "LUAD"
    assert shown["findings"] == []


def test_demo_fills_once_and_case_show_has_finding_fields(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_json(capsys, db, "demo")
    page = cli_json(capsys, db, "case", "list")
    assert isinstance(page, dict)
    assert page["total"] >= 12
    hospitals = {c["hospital_code"] for c in page["cases"]}
    assert len(hospitals) >= 5
    kinds: set[str] = set()
    for case in page["cases"]:
        shown = cli_json(capsys, db, "case", "show", case["study_id"])
        assert isinstance(shown, dict)
        for finding in shown["findings"]:
            assert {"id", "kind", "gene", "protein", "vaf", "copy_number", "partner_gene"} <= set(
                finding
            )
            kinds.add(finding["kind"])
    assert kinds == {"snv", "indel", "mnv", "cnv", "fusion", "splice", "tmb", "msi"}
    meetings = cli_json(capsys, db, "meeting", "list")
    assert isinstance(meetings, dict)
    assert meetings["meetings"][0]["cases"] >= 1
    code, _, err = cli(capsys, db, "demo")
    assert code == 1
    assert "empty database" in err


def test_user_add_and_role_refusal(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    cli_json(capsys, db, "user", "add", "sekr", "--role", "secretary")
    users = cli_json(capsys, db, "user", "list")
    assert isinstance(users, dict)
    assert {"sekr": ["secretary"]}.items() <= {
        u["username"]: u["roles"] for u in users["users"]
    }.items()
    code, _, err = cli(capsys, db, "user", "add", "other", "--role", "chair", "--user", "sekr")
    assert code == 1
    assert err.startswith("mtb-desk: error:")
    assert "admin" in err
    assert len(err.splitlines()) == 1


def test_update_with_stale_version_is_a_conflict(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_json(capsys, db, "case", "add", "--study-id", "CLI-2", "--diagnosis", "PAAD")
    cli_json(capsys, db, "case", "update", "CLI-2", "--ecog", "2", "--expected-version", "1")
    code, _, err = cli(
        capsys, db, "case", "update", "CLI-2", "--ecog", "3", "--expected-version", "1"
    )
    assert code == 1
    assert "changed by someone else" in err
    shown = cli_json(capsys, db, "case", "show", "CLI-2")
    assert isinstance(shown, dict)
    assert shown["ecog"] == 2


def test_audit_verify_reports_intact_chain(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_json(capsys, db, "case", "add", "--study-id", "CLI-3", "--diagnosis", "BLCA")
    result = cli_json(capsys, db, "audit", "verify")
    assert isinstance(result, dict)
    assert result["intact"] is True
    assert result["events"] >= 2


def test_process_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "MTB_DESK_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}"}
    result = subprocess.run(
        [sys.executable, "-m", "mtb_desk", "case", "show", "NOBODY"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "mtb-desk: error: no case with study id 'NOBODY'"
    unreachable = subprocess.run(
        [
            sys.executable,
            "-m",
            "mtb_desk",
            "case",
            "list",
            "--database",
            "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert unreachable.returncode != 0
    assert "Traceback" not in unreachable.stderr
    assert len(unreachable.stderr.strip().splitlines()) == 1


def test_case_show_is_logged_in_the_access_log(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_json(capsys, db, "case", "add", "--study-id", "CLI-4", "--diagnosis", "GB")
    cli_json(capsys, db, "case", "show", "CLI-4")
    log = cli_json(capsys, db, "audit", "access", "--case", "CLI-4")
    assert isinstance(log, dict)
    assert [a["purpose"] for a in log["accesses"]] == ["case show (CLI)"]


def test_common_options_work_before_and_after_the_sub_command(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_json(capsys, db, "case", "add", "--study-id", "CLI-5", "--diagnosis", "PAAD")
    assert run(["--json", "--database", db.url, "case", "list"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert [c["study_id"] for c in before["cases"]] == ["CLI-5"]


def test_case_list_search_folds_norwegian_letters(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    for study_id, name in (("CLI-Å", "Åse Ås"), ("CLI-B", "Bjørn")):
        cli_json(capsys, db, "case", "add", "--study-id", study_id, "--diagnosis", "LUAD",
                 "--name", name)  # fmt: skip
    listed = cli_json(capsys, db, "case", "list", "--search", "åse")
    assert isinstance(listed, dict)
    assert [c["study_id"] for c in listed["cases"]] == ["CLI-Å"]
