"""Build assets/gene_aliases.tsv.gz from NCBI Gene's symbols and aliases.

Usage (from the project root):
    python scripts/build_gene_aliases.py ../shared/data/ncbi-gene-aliases/gene_symbols_aliases.tsv

Input: the TSV described in that folder's README (entrez_id, symbol, gene_type, cytoband,
aliases `|`-separated, ensembl_ids). NCBI does not tell previous symbols from other aliases, so
every alias is written as an alias (one naming two genes is never mapped silently), plus the
few previous symbols below, taken from HGNC's `prev_symbol` column, which settle the best-known
ambiguous names (MLL2 is HGNC's previous symbol of KMT2D and an alias of KMT2B).
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

from mtb_desk.domain.genes import build_map, write_asset

SOURCE = "NCBI Gene 2022-09-12 (Bioconductor org.Hs.eg.db 3.16.0) + HGNC prev_symbol for MLL*"
HGNC_PREVIOUS = (("MLL", "KMT2A"), ("MLL2", "KMT2D"), ("MLL3", "KMT2C"), ("MLL4", "KMT2B"))


def main(source: str, target: str = "assets/gene_aliases.tsv.gz") -> None:
    approved: list[str] = []
    aliases: list[tuple[str, str]] = []
    with Path(source).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            approved.append(row["symbol"])
            aliases += [(a.strip(), row["symbol"]) for a in row["aliases"].split("|") if a.strip()]
    genes = build_map(SOURCE, approved, HGNC_PREVIOUS, aliases)
    text = write_asset(genes)
    Path(target).write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main(*sys.argv[1:])
