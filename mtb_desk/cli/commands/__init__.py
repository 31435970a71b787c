"""Sub-command modules; each has `register(subparsers, parent)`."""

from mtb_desk.cli.commands import (
    admin,
    annotate,
    cases,
    catalogue,
    cohorts,
    decisions,
    demo,
    followup,
    gui,
    imports,
    matching,
    meetings,
    reference,
    screenshots,
    signatures,
    users,
)

COMMAND_MODULES = (
    gui,
    admin,
    users,
    cases,
    imports,
    annotate,
    reference,
    catalogue,
    cohorts,
    followup,
    matching,
    demo,
    meetings,
    decisions,
    signatures,
    screenshots,
)
