"""Assay gene panels: the genes an assay tests, so "not tested" differs from "wild type"."""

from __future__ import annotations

import re
from pathlib import Path

from mtb_desk.errors import ValidationError

_SYMBOL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-\.@/]*$")
_HEADER_WORDS = frozenset({"gene", "genes", "symbol", "hugo_symbol", "gene_symbol", "hgnc_symbol"})


def parse_gene_list(text: str, *, source: str = "gene list") -> frozenset[str]:
    """One HGNC symbol per line (the first column of a TSV/CSV); an optional header is skipped.

    Blank lines and ``#`` comments are ignored; a missing final newline is fine. Symbols are
    upper-cased (HGNC symbols are upper case, except a few like ``C10orf54``, kept as written).
    """
    genes: set[str] = set()
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        symbol = re.split(r"[\t,;]", line, maxsplit=1)[0].strip().strip('"')
        if number == 1 and symbol.lower() in _HEADER_WORDS:
            continue
        if not _SYMBOL.match(symbol):
            raise ValidationError(f"{source}, line {number}: {symbol!r} is not a gene symbol")
        genes.add(_canonical(symbol))
    if not genes:
        raise ValidationError(f"{source}: no gene symbols found")
    return frozenset(genes)


def _canonical(symbol: str) -> str:
    return symbol if any(c.islower() for c in symbol[1:]) and "orf" in symbol else symbol.upper()


def load_gene_list(path: Path) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the gene list: {exc}") from exc
    return parse_gene_list(text, source=path.name)
