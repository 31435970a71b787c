"""Gene symbols: previous symbols and aliases mapped to the current approved symbol.

A `GeneMap` holds the approved symbols, each previous symbol's approved symbol, and each alias's
candidates. `resolve(text)` returns (symbol, warning): an approved symbol as it is (looked up
without regard to case, so `kras` → `KRAS` and `C11ORF30` → `C11orf30`), a previous symbol
mapped (previous symbols win over aliases), an alias naming one gene mapped, and an alias
naming several genes kept as written with a warning (never mapped silently). A symbol the
map does not know is kept as written.

Sources: HGNC's complete set (`reference.hgnc.read_hgnc`) or the default shipped in
`assets/gene_aliases.tsv.gz`, derived from NCBI Gene (`scripts/build_gene_aliases.py`).
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from mtb_desk.i18n.phrases import Phrase, phrase

DEFAULT_ASSET = "gene_aliases.tsv.gz"


@dataclass(frozen=True, slots=True)
class GeneMap:
    """Approved symbols and where the other names point; `source` names the release."""

    source: str
    approved: frozenset[str]
    previous: Mapping[str, str] = field(default_factory=dict)  # upper-cased old → approved
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # upper → approved
    _by_upper: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_upper.update({s.upper(): s for s in self.approved})

    def resolve(self, text: str) -> tuple[str, Phrase | None]:
        """(symbol to store, warning or None) for a symbol as a file or rule wrote it."""
        key = text.strip().upper()
        if key in self._by_upper:
            return self._by_upper[key], None
        if key in self.previous:
            return self.previous[key], None
        candidates = self.aliases.get(key, ())
        if len(candidates) == 1:
            return candidates[0], None
        if len(candidates) > 1:
            return text.strip(), phrase(
                "warn.alias-ambiguous", symbol=text.strip(), genes=", ".join(candidates)
            )
        return text.strip(), None


def build_map(
    source: str,
    approved: Iterable[str],
    previous: Iterable[tuple[str, str]],
    aliases: Iterable[tuple[str, str]],
) -> GeneMap:
    """A map from (old, approved) and (alias, approved) pairs; a previous symbol naming two
    genes is treated like an ambiguous alias."""
    symbols = frozenset(approved)
    upper = {s.upper() for s in symbols}
    old: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for name, target in previous:
        if name.upper() not in upper:
            old.setdefault(name.upper(), set()).add(target)
    for name, target in aliases:
        if name.upper() not in upper:
            other.setdefault(name.upper(), set()).add(target)
    single = {k: next(iter(v)) for k, v in old.items() if len(v) == 1}
    many = {k: tuple(sorted(v)) for k, v in other.items() if k not in single}
    for key, targets in old.items():
        if len(targets) > 1:
            many[key] = tuple(sorted(targets | set(many.get(key, ()))))
    return GeneMap(source, symbols, single, many)


def read_asset(path: Path | BinaryIO) -> GeneMap:
    """The shipped default, already resolved: a `#source` line, then `A<TAB>symbol` (approved),
    `M<TAB>NAME<TAB>symbol` (a name mapped to one gene) and `X<TAB>NAME<TAB>a|b` (a name
    naming several genes). Names are upper-cased; see `write_asset`."""
    source = ""
    approved: list[str] = []
    mapped: dict[str, str] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            tag, _, rest = line.rstrip("\n").partition("\t")
            if tag == "A":
                approved.append(rest)
            elif tag == "M":
                name, _, symbol = rest.partition("\t")
                mapped[name] = symbol
            elif tag == "X":
                name, _, symbols = rest.partition("\t")
                ambiguous[name] = tuple(symbols.split("|"))
            elif tag == "#source":
                source = rest
    return GeneMap(source, frozenset(approved), mapped, ambiguous)


def write_asset(genes: GeneMap) -> str:
    """The text `read_asset` reads (gzip it to store)."""
    lines = [f"#source\t{genes.source}", *(f"A\t{s}" for s in sorted(genes.approved))]
    singles = {k: v[0] for k, v in genes.aliases.items() if len(v) == 1} | dict(genes.previous)
    lines += [f"M\t{name}\t{symbol}" for name, symbol in sorted(singles.items())]
    lines += [
        f"X\t{name}\t{'|'.join(symbols)}"
        for name, symbols in sorted(genes.aliases.items())
        if len(symbols) > 1 and name not in singles
    ]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def default_gene_map() -> GeneMap:
    """The shipped default map (kept parsed between runs: `parse_cache`)."""
    from mtb_desk.parse_cache import cached_file  # noqa: PLC0415
    from mtb_desk.resources import assets_dir  # noqa: PLC0415

    return cached_file(
        "gene-map", assets_dir() / DEFAULT_ASSET, lambda raw: read_asset(io.BytesIO(raw))
    )


@lru_cache(maxsize=1)
def approved_symbols() -> frozenset[str]:
    """The shipped approved symbols only (the `A` lines that open the asset): cheap to load,
    so rules naming approved symbols never load the whole map."""
    from mtb_desk.parse_cache import cached_file  # noqa: PLC0415
    from mtb_desk.resources import assets_dir  # noqa: PLC0415

    return cached_file("approved-symbols", assets_dir() / DEFAULT_ASSET, _approved_in)


def _approved_in(raw: bytes) -> frozenset[str]:
    """The symbols of the asset's `A` lines."""
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    return frozenset(line[2:] for line in lines if line.startswith("A\t"))


def canonical_gene(text: str) -> str:
    """A rule's gene through the default map; unknown names are upper-cased as before."""
    if text.strip() in approved_symbols():
        return text.strip()
    symbol, _ = default_gene_map().resolve(text)
    return symbol if symbol.upper() in default_gene_map()._by_upper else text.strip().upper()
