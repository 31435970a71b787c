"""Sub-command modules; each has `register(subparsers, parent)`."""

from mtb_desk.cli.commands import (
    admin,
    cases,
    decisions,
    demo,
    gui,
    imports,
    meetings,
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
    demo,
    meetings,
    decisions,
    signatures,
    screenshots,
)
