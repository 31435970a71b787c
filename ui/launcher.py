"""The `mtb-desk` console entry point: the core's CLI plus the GUI's launchers.

The core (`mtb_desk`) never imports the GUI; instead this module hands the GUI entry points
to the CLI, which calls them for `mtb-desk gui` (or no sub-command).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from mtb_desk.cli.startup import pause_gc, resume_gc

if TYPE_CHECKING:
    from mtb_desk.cli.context import CliContext


def launch_gui(context: CliContext) -> int:
    resume_gc()  # the GUI runs for hours: the collector as usual
    from ui.app import run_app

    args = context.args
    result: int = run_app(database_url=args.database, user=args.user, demo=args.demo)
    return result


def launch_screenshots(context: CliContext) -> int:
    resume_gc()
    from ui.screenshots import take_screenshots

    saved = take_screenshots(context.args.outdir, language=context.args.language)
    context.emit([str(p) for p in saved], "\n".join(str(p) for p in saved))
    return 0


LAUNCHERS = {"gui": launch_gui, "screenshots": launch_screenshots}


def main() -> None:
    pause_gc()  # until the command has started (`mtb_desk.cli.startup`)
    from mtb_desk.cli.main import run

    sys.exit(run(launchers=LAUNCHERS))
