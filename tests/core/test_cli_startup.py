"""What a CLI run loads before it works: only its own command's module, and for `mtb-desk
match` none of the heavy libraries other commands use (start-up time counts: issue 14)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from mtb_desk.cli.commands import COMMANDS, command_modules
from mtb_desk.cli.context import common_options
from mtb_desk.cli.main import build_parser, command_named, run
from mtb_desk.db.engine import Database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.users import list_users, resolve_actor

HEAVY = {
    "alembic", "numpy", "pandas", "pyarrow", "reportlab", "pyhanko", "openpyxl", "cyvcf2",
    "PySide6", "babel", "cryptography", "fhir", "jsonschema",
}  # fmt: skip


def test_the_command_table_names_what_each_module_registers() -> None:
    registered: dict[str, str] = {}
    for module in command_modules():
        commands = argparse.ArgumentParser().add_subparsers()
        module.register(commands, common_options())
        registered |= {name: module.__name__.rsplit(".", 1)[1] for name in commands.choices}
    assert registered == COMMANDS
    assert list(registered) == list(COMMANDS)  # the help lists them in the same order


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["match", "DEMO-002"], "match"),
        (["--json", "import", "S", "file.vcf", "--dry-run"], "import"),
        (["--database", "x.sqlite", "match", "S"], "match"),
        (["--database=x.sqlite", "--demo", "case", "list"], "case"),
        (["--data", "match", "case", "list"], "case"),  # an abbreviated option's value
        (["--user", "export", "export", "decision"], "export"),
        (["-h", "match"], None),  # the top-level help lists every command
        (["--help"], None),
        (["--he", "match"], None),
        (["--version"], None),
        (["nosuch", "match"], None),  # the parser's error lists every command
        ([], None),  # the GUI
        (["--database", "x.sqlite"], None),
    ],
)
def test_the_command_is_found_before_parsing(argv: list[str], command: str | None) -> None:
    assert command_named(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["--database", "x.sqlite", "match", "S", "--all"],
        ["--data", "match", "case", "list", "--search", "åse"],
        ["--json", "import", "S", "f.tsv", "--dry-run", "--sample", "T"],
        ["export", "fhir", "S", "-o", "out.json", "--user", "kari"],
    ],
)
def test_one_command_parses_as_with_every_command(argv: list[str]) -> None:
    def plain(args: argparse.Namespace) -> dict[str, object]:
        return {k: v for k, v in vars(args).items() if k != "handler"}

    alone, every = build_parser(command_named(argv)), build_parser()
    assert plain(alone.parse_args(argv)) == plain(every.parse_args(argv))
    assert alone.parse_args(argv).handler is every.parse_args(argv).handler


def _whole_run(
    argv: list[str], env: dict[str, str], *, code: int = 0
) -> tuple[dict[str, Any], str]:
    """A whole `mtb-desk` run through the console entry point: what it left behind (the
    top-level packages it imported, the collector's state) and what it printed."""
    script = textwrap.dedent(
        f"""
        import atexit, gc, json, sys

        def report():
            sys.stderr.write(json.dumps({{
                "modules": sorted({{m.split(".")[0] for m in sys.modules}}),
                "gc_enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
            }}))

        atexit.register(report)
        sys.argv = ["mtb-desk", *{argv!r}]
        from ui.launcher import main
        main()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == code, result.stderr
    return json.loads(result.stderr.strip().splitlines()[-1]), result.stdout


def _modules_loaded(argv: list[str], env: dict[str, str]) -> tuple[set[str], str]:
    state, shown = _whole_run(argv, env)
    return set(state["modules"]), shown


def test_match_loads_no_heavy_library_nor_yaml_once_the_cache_is_warm(
    sqlite_db: Database, tmp_path: Path
) -> None:
    load_demo(sqlite_db, resolve_actor(sqlite_db, list_users(sqlite_db)[0].username))
    env = {**os.environ, "MTB_DESK_CACHE_DIR": str(tmp_path / "cache")}
    argv = ["match", "DEMO-002", "--json", "--database", sqlite_db.url]
    first, shown = _modules_loaded(argv, env)
    again, shown_again = _modules_loaded(argv, env)
    assert json.loads(shown)["matches"]  # it did match
    assert shown_again == shown
    assert not (first | again) & HEAVY
    assert "yaml" not in again  # the shipped labels, profiles and tree come parsed


def test_the_collector_is_paused_only_while_a_command_starts(sqlite_db: Database) -> None:
    """The console entry point pauses the cyclic collector for the imports and turns it back
    on (start-up objects frozen) once the database is open; `run` called in-process (as the
    tests do) leaves it alone."""
    import gc

    for argv, code in (
        (["match", "NOBODY-1", "--database", sqlite_db.url], 1),  # the quick read path
        (["case", "list", "--database", sqlite_db.url], 0),  # the usual open
    ):
        state, _ = _whole_run(argv, dict(os.environ), code=code)
        assert state["gc_enabled"] is True
        assert isinstance(state["frozen"], int)
        assert state["frozen"] > 10_000
    frozen = gc.get_freeze_count()
    assert run(["case", "list", "--database", sqlite_db.url]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_vcf_dry_run_loads_only_the_vcf_reader_s_libraries(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """`mtb-desk import --dry-run` of an annotated VCF: numpy and cyvcf2 for the parse, and
    none of the other heavy libraries (no Alembic: the schema check is one query)."""
    from mtb_desk.services.cases import NewCase, create_case
    from tests.core.importers.fixtures import VCF_RECORDS, vcf_text

    actor = resolve_actor(sqlite_db, list_users(sqlite_db)[0].username)
    create_case(sqlite_db, actor, NewCase("VCF-1", "LUAD"))
    vcf = tmp_path / "calls.vcf"
    vcf.write_text(vcf_text(VCF_RECORDS), encoding="utf-8")
    env = {**os.environ, "MTB_DESK_CACHE_DIR": str(tmp_path / "cache")}
    argv = ["import", "VCF-1", str(vcf), "--dry-run", "--sample", "FAKE_TUMOR"]
    state, shown = _whole_run([*argv, "--database", sqlite_db.url], env)
    assert "would import calls.vcf" in shown
    assert not set(state["modules"]) & (HEAVY - {"numpy", "cyvcf2"} | {"yaml"})
