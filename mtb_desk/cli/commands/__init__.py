"""Sub-command modules; each has `register(subparsers, parent)`."""

from mtb_desk.cli.commands import admin, cases, demo, gui, imports, meetings, screenshots, users

COMMAND_MODULES = (gui, admin, users, cases, imports, demo, meetings, screenshots)
