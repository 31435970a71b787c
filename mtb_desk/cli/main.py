"""`mtb-desk`: the command line, and the GUI's entry point when run without a sub-command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mtb_desk import __version__
from mtb_desk.cli.arguments import OneLineParser, undecodable_argument
from mtb_desk.cli.commands import COMMANDS, command_modules
from mtb_desk.cli.context import CliContext, Launchers, common_options


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or (given `command`) of that command only."""
    parent = common_options()
    parser = OneLineParser(
        prog="mtb-desk",
        description="MTB Desk: molecular tumour board desk. Without a command, opens the GUI.",
        parents=[common_options(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"mtb-desk {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for module in command_modules(command):
        module.register(commands, parent)
    return parser


_VALUE_OPTIONS = ("--database", "--user")  # the top-level options that take a value


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, when it is sure to be that one: the first word that is not
    an option or an option's value, before any -h/--help; else None (parse with every
    command, e.g. for the top-level help or a mistyped command)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--") or (len(word) > 2 and "--help".startswith(word)):
            return None  # the top-level help (also abbreviated, as argparse allows)
        if word.startswith("-"):
            if "=" not in word and any(o.startswith(word) for o in _VALUE_OPTIONS):
                next(words, None)  # an option's value, perhaps abbreviated (--data URL)
            continue
        return word if word in COMMANDS else None
    return None


LANGUAGE_ENV = "MTB_DESK_LANGUAGE"


def message_language() -> str:
    """The language of the CLI's messages: $MTB_DESK_LANGUAGE ("en" or "nb"), else English."""
    chosen = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return chosen if chosen in ("en", "nb") else "en"


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"mtb-desk: error: {message}\n")
    return code


def run(argv: Sequence[str] | None = None, *, launchers: Launchers | None = None) -> int:
    """Run one command. `launchers` are the GUI's entry points (e.g. "gui"), handed in by
    the `ui` package, so the core never imports the GUI."""
    bad = undecodable_argument(argv if argv is not None else sys.argv[1:])
    if bad is not None:
        return _fail(f"argument {bad} is not valid UTF-8 text", 2)
    words = list(argv if argv is not None else sys.argv[1:])
    parser = build_parser(command_named(words))
    args = parser.parse_args(words)
    if args.command is None:
        args = build_parser("gui").parse_args([*words, "gui"])
    context = CliContext(args, launchers=dict(launchers or {}))
    from mtb_desk.errors import MtbDeskError, describe

    try:
        result: int = args.handler(context)
        return result
    except MtbDeskError as exc:
        return _fail(describe(exc, message_language(), "cli"))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - one line for people, traceback on request
        if os.environ.get("MTB_DESK_DEBUG"):
            raise
        return _fail(_describe_unexpected(exc), 2)
    finally:
        context.close()


def _describe_unexpected(exc: Exception) -> str:
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return f"cannot use the database: {reason}"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"unexpected {type(exc).__name__}: {text} (set MTB_DESK_DEBUG=1 for details)"


def main() -> None:
    from mtb_desk.cli.startup import pause_gc

    pause_gc()  # until the command has started (`mtb_desk.cli.startup`)
    sys.exit(run())
