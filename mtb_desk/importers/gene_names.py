"""Mapping the gene symbols of imported findings to current approved symbols.

`gene` and `partner_gene` go through a `GeneMap`; when the stored symbol differs from what the
file wrote, the file's text is kept in `symbol_in_file` (for a fusion, "5' gene::3' gene" as
written). An alias naming several genes is kept as written, with one warning per symbol.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mtb_desk.domain.genes import GeneMap, default_gene_map
from mtb_desk.domain.records import ImportedFinding, ImportedReport


def _resolve(
    genes: GeneMap, text: str | None, warnings: dict[str, None]
) -> tuple[str | None, bool]:
    if text is None:
        return None, False
    symbol, warning = genes.resolve(text)
    if warning:
        warnings[warning] = None
    return symbol, symbol != text


def _mapped(genes: GeneMap, row: dict[str, Any], warnings: dict[str, None]) -> None:
    gene, partner = row.get("gene"), row.get("partner_gene")
    new_gene, changed = _resolve(genes, gene, warnings)
    new_partner, partner_changed = _resolve(genes, partner, warnings)
    if changed or partner_changed:
        row["symbol_in_file"] = gene if partner is None else f"{gene or ''}::{partner}"
        row["gene"], row["partner_gene"] = new_gene, new_partner


def map_rows(genes: GeneMap | None, rows: list[dict[str, Any]]) -> tuple[str, ...]:
    """Map the rows' symbols in place (None: the shipped default, loaded only when a row
    names a gene); returns the warnings."""
    warnings: dict[str, None] = {}
    for row in rows:
        if row.get("gene") is not None or row.get("partner_gene") is not None:
            genes = genes or default_gene_map()
            _mapped(genes, row, warnings)
    return tuple(warnings)


def map_report(genes: GeneMap | None, report: ImportedReport) -> ImportedReport:
    """The report with every finding's symbols mapped, and any ambiguity warned about."""
    if not any(f.gene or f.partner_gene for f in report.findings):
        return report
    genes = genes or default_gene_map()
    warnings: dict[str, None] = {}
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
    return replace(report, findings=tuple(findings), warnings=report.warnings + tuple(warnings))
