"""`mtb-desk screenshots OUTDIR`: PNGs of the main screens over a throw-away demo database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "screenshots", parents=[parent], help="save PNGs of each main screen (demo data, offscreen)"
    )
    parser.add_argument("outdir", type=Path, help="folder to write the PNG files into")
    parser.add_argument(
        "--language", choices=("en", "nb"), default="en", help="language of the screens"
    )
    parser.set_defaults(handler=run_screenshots)


def run_screenshots(context: CliContext) -> int:
    """The `ui` package hands in the launcher (the core never imports the GUI)."""
    return context.launcher("screenshots")(context)
