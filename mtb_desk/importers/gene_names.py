"""Mapping the gene symbols of imported findings to current approved symbols.

`gene` and `partner_gene` go through a `GeneMap`; when the stored symbol differs from what the
file wrote, the file's text is kept in `symbol_in_file` (for a fusion, "5' gene::3' gene" as
written). An alias naming several genes is kept as written, with one warning per symbol.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mtb_desk.domain.genes import GeneMap, approved_symbols, default_gene_map
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.i18n.phrases import Value


def _needs_map(genes: GeneMap | None, symbols: list[str | None]) -> GeneMap | None:
    """The map to use: the given one, else the shipped default only when a symbol is not
    already an approved one as written (most files name approved symbols only)."""
    if genes is not None:
        return genes
    approved = approved_symbols()
    if all(s is None or s in approved for s in symbols):
        return None
    return default_gene_map()


def _resolve(
    genes: GeneMap, text: str | None, warnings: dict[Value, None]
) -> tuple[str | None, bool]:
    if text is None:
        return None, False
    symbol, warning = genes.resolve(text)
    if warning:
        warnings[warning] = None
    return symbol, symbol != text


def _mapped(genes: GeneMap, row: dict[str, Any], warnings: dict[Value, None]) -> None:
    gene, partner = row.get("gene"), row.get("partner_gene")
    new_gene, changed = _resolve(genes, gene, warnings)
    new_partner, partner_changed = _resolve(genes, partner, warnings)
    if changed or partner_changed:
        row["symbol_in_file"] = gene if partner is None else f"{gene or ''}::{partner}"
        row["gene"], row["partner_gene"] = new_gene, new_partner


def map_rows(genes: GeneMap | None, rows: list[dict[str, Any]]) -> tuple[Value, ...]:
    """Map the rows' symbols in place (None: the shipped default, loaded only when a row
    names a gene); returns the warnings."""
    warnings: dict[Value, None] = {}
    named = [r for r in rows if r.get("gene") is not None or r.get("partner_gene") is not None]
    genes = _needs_map(genes, [s for r in named for s in (r.get("gene"), r.get("partner_gene"))])
    if genes is None:
        return ()
    for row in named:
        _mapped(genes, row, warnings)
    return tuple(warnings)


def map_report(genes: GeneMap | None, report: ImportedReport) -> ImportedReport:
    """The report with every finding's symbols mapped, and any ambiguity warned about."""
    genes = _needs_map(genes, [s for f in report.findings for s in (f.gene, f.partner_gene)])
    if genes is None:
        return report
    warnings: dict[Value, None] = {}
    findings: list[ImportedFinding] = []
    for finding in report.findings:
        row = {"gene": finding.gene, "partner_gene": finding.partner_gene}
        _mapped(genes, row, warnings)
        findings.append(
            finding
            if "symbol_in_file" not in row
            else replace(
                finding,
                gene=row["gene"],
                partner_gene=row["partner_gene"],
                symbol_in_file=row["symbol_in_file"],
            )
        )
    return replace(report, findings=tuple(findings), notes=report.notes + tuple(warnings))
