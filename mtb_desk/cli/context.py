"""What every sub-command shares: the database, the acting user, output mode."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mtb_desk.cli.output import print_json
from mtb_desk.cli.startup import resume_gc

if TYPE_CHECKING:
    from mtb_desk.db.engine import Database
    from mtb_desk.services.permissions import Actor

PASSWORD_ENV = "MTB_DESK_PASSWORD"


def common_options(*, top_level: bool = False) -> argparse.ArgumentParser:
    """Options every sub-command takes (a parent parser).

    They may stand before or after the sub-command. Only the top-level parser sets their
    defaults: a sub-command's own copy must not overwrite a value given before it.
    """
    default: Any = None if top_level else argparse.SUPPRESS
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="database URL or SQLite file (default: $MTB_DESK_DATABASE_URL or the user data dir)",
    )
    parent.add_argument(
        "--demo",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="use the demo database (the one `scripts/dev run` opens; filled on first use)",
    )
    parent.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="who acts, for the audit trail (default: the OS user)",
    )
    parent.add_argument(
        "--json",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="print machine-readable JSON",
    )
    return parent


Launcher = Callable[["CliContext"], int]
Launchers = Mapping[str, Launcher]


@dataclass
class CliContext:
    args: argparse.Namespace
    launchers: dict[str, Launcher] = field(default_factory=dict)
    _database: Database | None = field(default=None, init=False)

    def launcher(self, name: str) -> Launcher:
        """A GUI entry point handed in by the `ui` package (the core never imports it)."""
        if name not in self.launchers:
            from mtb_desk.errors import MtbDeskError

            raise MtbDeskError(
                f"'{name}' needs the desktop GUI: run `mtb-desk` (not `python -m mtb_desk`)"
            )
        return self.launchers[name]

    @property
    def wants_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def database(self, *, migrate: bool = True) -> Database:
        if self._database is None:
            from mtb_desk.db.engine import demo_database_path
            from mtb_desk.services.database import open_database

            demo = bool(getattr(self.args, "demo", False))
            url = str(demo_database_path()) if demo else self.args.database
            self._database = open_database(url, migrate=migrate)
            resume_gc()  # started: the command's own work runs with the collector on
            if demo:
                self._fill_demo(self._database)
        return self._database

    def _fill_demo(self, database: Database) -> None:
        """The demo database gets its demo data on first use (as the GUI's does)."""
        from mtb_desk.services.demo import load_demo
        from mtb_desk.services.worklist import CaseQuery, list_cases

        if not list_cases(database, CaseQuery(limit=1)).items:
            load_demo(database, self.actor())

    def actor(self) -> Actor:
        from mtb_desk.services.users import login

        return login(self.database(), self.args.user, os.environ.get(PASSWORD_ENV))

    def emit(self, data: Any, text: str) -> None:
        """Print `data` as JSON with --json, else the human-readable `text`."""
        if self.wants_json:
            print_json(data)
        elif text:
            print(text)  # noqa: T201

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def read_secret(variable: str | None, what: str) -> str | None:
    """A secret from the named environment variable (never from the command line)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if value is None:
        from mtb_desk.errors import ValidationError

        raise ValidationError(f"environment variable {variable} (the {what}) is not set")
    return value
