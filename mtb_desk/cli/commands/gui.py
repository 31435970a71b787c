"""`mtb-desk gui`: start the desktop application (the `ui` package provides the launcher)."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "gui", parents=[parent], help="open the desktop application (--demo: the demo database)"
    )
    parser.set_defaults(handler=run_gui)


def run_gui(context: CliContext) -> int:
    return context.launcher("gui")(context)
