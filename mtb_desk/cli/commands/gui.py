"""`mtb-desk gui`: start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("gui", parents=[parent], help="open the desktop application")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a separate demo database (created with demo data on first use)",
    )
    parser.set_defaults(handler=run_gui)


def run_gui(context: CliContext) -> int:
    try:
        from ui.app import run_app  # the GUI package; the core never imports it at module level
    except ImportError as exc:
        from mtb_desk.errors import MtbDeskError

        raise MtbDeskError(f"the GUI is not available: {exc}") from exc
    result: int = run_app(
        database_url=context.args.database, user=context.args.user, demo=context.args.demo
    )
    return result
