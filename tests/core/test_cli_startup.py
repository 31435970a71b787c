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

import pytest

from mtb_desk.cli.commands import COMMANDS, command_modules
from mtb_desk.cli.context import common_options
from mtb_desk.cli.main import build_parser, command_named
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


def _modules_loaded(argv: list[str], env: dict[str, str]) -> tuple[set[str], str]:
    """The top-level packages a whole `mtb-desk` run (the console entry point) imported."""
    script = textwrap.dedent(
        f"""
        import json, sys
        from ui.launcher import LAUNCHERS
        from mtb_desk.cli.main import run
        code = run({argv!r}, launchers=LAUNCHERS)
        sys.stderr.write(json.dumps([code, sorted({{m.split(".")[0] for m in sys.modules}})]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    code, modules = json.loads(result.stderr.strip().splitlines()[-1])
    assert code == 0, result.stderr
    return set(modules), result.stdout


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
