"""HGNC's complete set (`hgnc_complete_set.txt`): approved symbols, previous symbols, aliases.

A tab-separated file with a header naming at least `symbol`, `prev_symbol`, `alias_symbol` and
`status`; lists inside a cell are `|`-separated (optionally quoted). Only rows whose status is
"Approved" (any case) count; withdrawn entries are skipped. Every problem names the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mtb_desk.errors import ValidationError

REQUIRED = ("symbol", "prev_symbol", "alias_symbol", "status")


@dataclass(frozen=True, slots=True)
class GeneSet:
    approved: tuple[str, ...]
    previous: tuple[tuple[str, str], ...]  # (old symbol, approved symbol)
    aliases: tuple[tuple[str, str], ...]  # (alias, approved symbol)


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.strip().strip('"').split("|") if n.strip()]


def read_hgnc(path: Path) -> GeneSet:
    try:
        lines = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the file: {exc}") from exc
    if not lines:
        raise ValidationError(f"{path.name}: the file is empty")
    header = [c.strip().strip('"') for c in lines[0].split("\t")]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ValidationError(
            f"{path.name}, line 1: not an HGNC complete set (missing column {', '.join(missing)})"
        )
    index = {name: header.index(name) for name in REQUIRED}
    approved: list[str] = []
    previous: list[tuple[str, str]] = []
    aliases: list[tuple[str, str]] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) <= max(index.values()):
            raise ValidationError(f"{path.name}, line {number}: too few columns")
        if cells[index["status"]].strip().strip('"').lower() != "approved":
            continue
        symbol = cells[index["symbol"]].strip().strip('"')
        if not symbol or " " in symbol:
            raise ValidationError(f"{path.name}, line {number}, symbol: '{symbol}' is not a symbol")
        approved.append(symbol)
        previous += [(old, symbol) for old in _names(cells[index["prev_symbol"]])]
        aliases += [(alias, symbol) for alias in _names(cells[index["alias_symbol"]])]
    if not approved:
        raise ValidationError(f"{path.name}: no approved symbols")
    return GeneSet(tuple(approved), tuple(previous), tuple(aliases))
