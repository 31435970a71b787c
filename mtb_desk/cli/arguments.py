"""Argument types for the CLI that refuse out-of-range input with a one-line reason.

Ids fit the database's 32-bit keys (1 … 2,147,483,647); counts and limits are 0 or more;
days are 1 … 36,500; dates are ISO (YYYY-MM-DD) between 1900 and 2100.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from mtb_desk.errors import ValidationError

MAX_ID = 2_147_483_647
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


def _whole(text: str, what: str) -> int:
    try:
        return int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what} must be a whole number, not '{text}'") from None


def record_id(text: str) -> int:
    value = _whole(text, "an id")
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"an id is a number from 1 to {MAX_ID}, not {text}")
    return value


def count(text: str) -> int:
    value = _whole(text, "a count")
    if not 0 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"a count is a number from 0 to {MAX_ID}, not {text}")
    return value


def days(text: str) -> int:
    value = _whole(text, "a number of days")
    if not 1 <= value <= 36_500:
        raise argparse.ArgumentTypeError(f"days must be from 1 to 36500, not {text}")
    return value


def iso_date(text: str) -> dt.date:
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text} is not a plausible date (years {EARLIEST_YEAR}-{LATEST_YEAR})"
        )
    return value


def undecodable_argument(argv: Sequence[str]) -> int | None:
    """The 1-based position of the first argument that is not valid UTF-8, else None
    (Python keeps undecodable bytes as lone surrogates)."""
    for position, argument in enumerate(argv, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


class OneLineParser(argparse.ArgumentParser):
    """An argument error is one line on stderr (exit code 2), like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def check_output_path(path: Path | str) -> Path:
    """Refuse, before any work, an output path that cannot be written: a missing or
    read-only folder, or a folder where the file should be."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ValidationError(f"{target}: is a folder, not a file name")
    if not folder.is_dir():
        raise ValidationError(f"{target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(f"{target}: the folder {folder} is not writable")
    return target
