"""The `mtb-desk` console entry point: the core's CLI plus the GUI's launchers.

The core (`mtb_desk`) never imports the GUI; instead this module hands the GUI entry points
to the CLI, which calls them for `mtb-desk gui` (or no sub-command).
"""

from __future__ import annotations

import sys

from mtb_desk.cli.context import CliContext


def launch_gui(context: CliContext) -> int:
    from ui.app import run_app

    args = context.args
    result: int = run_app(database_url=args.database, user=args.user, demo=args.demo)
    return result


LAUNCHERS = {"gui": launch_gui}


def main() -> None:
    from mtb_desk.cli.main import run

    sys.exit(run(launchers=LAUNCHERS))
