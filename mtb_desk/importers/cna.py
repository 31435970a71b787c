"""Copy-number tables: cBioPortal wide matrix, long form, oncokb-annotator individual CNA.

- Wide (`data_cna.txt`, GISTIC): `Hugo_Symbol` (or `Gene Symbol`), optional `Entrez_Gene_Id` /
  `Locus ID` / `Cytoband` / `GeneId`, then one column per sample with -2..2 (decimals such as
  -1.5 are truncated toward zero). cBioPortal rules are followed: a symbol is cut at `|`
  (`AKT2|TEST` → AKT2); a row without a symbol cannot be resolved without a gene table and is
  skipped with a warning; `#` lines anywhere are comments.
- Long (`DISCRETE_LONG`): `Hugo_Symbol`, `Sample_Id`, `Value`.
- oncokb-annotator individual CNA: `Tumor_Sample_Barcode`, `Hugo_Symbol`,
  `Copy_Number_Alteration` with numbers or words (Amplification, Gain, Loss, Deletion).
Neutral calls (0) give no finding. A gene called twice for one sample gives two findings and
a warning.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from mtb_desk.domain.enums import FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.atypical import SPEC as ATYPICAL_SPEC
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.text import Table, parse_table, read_text

__all__ = ["ATYPICAL_SPEC", "SPEC", "read", "sniff"]

NAME = "cna-table"
VERSION = "1.0"
GENE_COLUMNS = ("Hugo_Symbol", "Gene Symbol", "Gene")
ANNOTATION_COLUMNS = {
    "hugo_symbol",
    "gene symbol",
    "gene",
    "entrez_gene_id",
    "locus id",
    "cytoband",
    "geneid",
}
LONG_VALUE = ("Copy_Number_Alteration", "Value")
LONG_SAMPLE = ("Tumor_Sample_Barcode", "Sample_Id")


def sniff(head: FileHead) -> bool:
    columns = [c.lower() for c in head.header_fields()]
    names = set(columns)
    if names & {v.lower() for v in LONG_VALUE} and names & {s.lower() for s in LONG_SAMPLE}:
        return "hugo_symbol" in names
    if not names & {"hugo_symbol", "gene symbol"}:
        return False
    samples = [c for c in columns if c not in ANNOTATION_COLUMNS]
    return bool(samples) and not names & {"variant_classification", "fusion", "alteration"}


def _is_long(table: Table) -> bool:
    return table.column(*LONG_VALUE) is not None and table.column(*LONG_SAMPLE) is not None


def _wide_samples(table: Table) -> list[tuple[int, str]]:
    return [
        (i, name) for i, name in enumerate(table.header) if name.lower() not in ANNOTATION_COLUMNS
    ]


def list_samples(path: Path) -> tuple[str, ...]:
    table = parse_table(path, read_text(path))
    if _is_long(table):
        index = table.require(*LONG_SAMPLE)
        return tuple(dict.fromkeys(cells[index] for _, cells in table.rows if cells[index]))
    return tuple(name for _, name in _wide_samples(table))


def read(path: Path, options: ReadOptions) -> ImportedReport:
    table = parse_table(path, read_text(path))
    gene_col = table.require(*GENE_COLUMNS)
    warnings: list[Value] = []
    if _is_long(table):
        sample_col, value_col = table.require(*LONG_SAMPLE), table.require(*LONG_VALUE)
        sample = choose_sample(
            path, [c[sample_col] for _, c in table.rows if c[sample_col]], options.sample
        )
        cells_of = [
            (line, cells[gene_col], cells[value_col])
            for line, cells in table.rows
            if cells[sample_col] == sample
        ]
        field = table.header[value_col]
    else:
        columns = _wide_samples(table)
        sample = choose_sample(path, [name for _, name in columns], options.sample)
        value_col = next(i for i, name in columns if name == sample)
        cells_of = [(line, cells[gene_col], cells[value_col]) for line, cells in table.rows]
        field = sample
    findings = _findings(path, cells_of, field, warnings)
    repeated = [gene for gene, n in Counter(f.gene for f in findings).items() if n > 1]
    if repeated:
        names = ", ".join(sorted(g or "" for g in repeated))
        warnings.append(phrase("warn.genes-twice", sample=sample, genes=names))
    return ImportedReport(
        findings=tuple(findings),
        sample_id=sample,
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(warnings),
    )


def _findings(
    path: Path, rows: list[tuple[int, str, str]], field: str, warnings: list[Value]
) -> list[ImportedFinding]:
    findings = []
    for line, raw_gene, value in rows:
        if norm.is_missing(value):
            continue
        call = norm.cnv_call(value, path, line, field)
        if call is None:
            continue
        symbol = raw_gene.split("|", 1)[0]
        if norm.is_missing(symbol):
            warnings.append(phrase("warn.no-gene-row", line=line))
            continue
        findings.append(
            ImportedFinding(
                kind=FindingKind.CNV,
                gene=norm.gene_symbol(symbol, path, line, "Hugo_Symbol"),
                cnv_call=call,
                description=f"{call.value} ({value})",
                source_line=line,
            )
        )
    return findings


SPEC = ImporterSpec(
    NAME,
    VERSION,
    "copy-number table (cBioPortal wide/long, oncokb individual CNA)",
    sniff,
    read,
    list_samples,
)
