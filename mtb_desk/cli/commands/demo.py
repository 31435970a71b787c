"""`mtb-desk demo`: fill an empty database with fictitious demo data."""

from __future__ import annotations

import argparse
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[parent], help="fill an empty database with fictitious demo data"
    )
    demo.set_defaults(handler=run_demo)


def run_demo(context: CliContext) -> int:
    from mtb_desk.services.demo import load_demo

    summary = load_demo(context.database(), context.actor())
    context.emit(
        summary,
        f"demo data loaded: {summary.cases} cases at {summary.hospitals} hospitals, "
        f"{summary.findings} findings, {summary.meetings} meeting"
        + (
            f" (no {' or '.join(summary.skipped)}: your roles may not write them)"
            if summary.skipped
            else ""
        ),
    )
    return 0
