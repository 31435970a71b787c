"""oncokb-annotator atypical alterations: `HUGO_SYMBOL`, `SAMPLE_ID`, `ALTERATION`.

Biomarkers use the gene "Other Biomarkers": MSI-H becomes an MSI finding and sets the report's
MSI status; TMB-H a TMB finding without a value. Gene-level events map to the finding kinds
used elsewhere: EGFR vIII → splice (exons 2-7 deletion, as TSO500 reports it); FLT3 ITD →
indel; kinase-domain duplications and C-terminal deletions → intragenic structural events
(kind `sv`, never a fusion, as the fusion importer writes them). Anything else must read as
a protein change.
"""

from __future__ import annotations

from pathlib import Path

from mtb_desk.domain.enums import FindingKind, MsiStatus
from mtb_desk.domain.protein import normalise_protein
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.text import parse_table, read_text

NAME = "atypical-alterations"
VERSION = "1.0"
BIOMARKER_GENES = {"OTHER BIOMARKERS", "OTHER_BIOMARKERS", ""}
MSI_H = {"MSI-H", "MICROSATELLITE INSTABILITY-HIGH", "MSI HIGH", "MSI-HIGH"}
TMB_H = {"TMB-H", "TUMOR MUTATIONAL BURDEN-HIGH", "TMB HIGH", "TMB-HIGH"}
# alteration (upper case) → (kind, exon, description template)
EVENTS: dict[str, tuple[FindingKind, str | None, str]] = {
    "VIII": (FindingKind.SPLICE, "2-7", "{gene}vIII (exons 2-7 deletion)"),
    "VII": (FindingKind.SPLICE, "14-15", "{gene}vII (exons 14-15 deletion)"),
    "VIV": (FindingKind.SV, None, "{gene} intragenic (vIV)"),
    "VV": (FindingKind.SV, None, "{gene} intragenic (vV, C-terminal deletion)"),
    "CTD": (FindingKind.SV, None, "{gene} intragenic (C-terminal domain deletion)"),
    "C-TERMINAL DOMAIN": (
        FindingKind.SV,
        None,
        "{gene} intragenic (C-terminal domain deletion)",
    ),
    "KDD": (FindingKind.SV, None, "{gene} intragenic (kinase domain duplication)"),
    "KINASE DOMAIN DUPLICATION": (
        FindingKind.SV,
        None,
        "{gene} intragenic (kinase domain duplication)",
    ),
    "ITD": (FindingKind.INDEL, None, "{gene} ITD (internal tandem duplication)"),
    "INTERNAL TANDEM DUPLICATION": (
        FindingKind.INDEL,
        None,
        "{gene} ITD (internal tandem duplication)",
    ),
}


def sniff(head: FileHead) -> bool:
    columns = {c.upper() for c in head.header_fields()}
    return {"HUGO_SYMBOL", "ALTERATION"} <= columns


def list_samples(path: Path) -> tuple[str, ...]:
    table = parse_table(path, read_text(path))
    index = table.require("SAMPLE_ID", "Tumor_Sample_Barcode")
    return tuple(dict.fromkeys(cells[index] for _, cells in table.rows if cells[index]))


def read(path: Path, options: ReadOptions) -> ImportedReport:
    table = parse_table(path, read_text(path))
    gene_col, alt_col = table.require("HUGO_SYMBOL"), table.require("ALTERATION")
    sample_col = table.require("SAMPLE_ID", "Tumor_Sample_Barcode")
    sample = choose_sample(
        path, [c[sample_col] for _, c in table.rows if c[sample_col]], options.sample
    )
    findings = [
        _finding(path, line, cells[gene_col], cells[alt_col])
        for line, cells in table.rows
        if cells[sample_col] == sample
    ]
    msi = MsiStatus.MSI_HIGH if any(f.kind is FindingKind.MSI for f in findings) else None
    return ImportedReport(
        findings=tuple(findings),
        sample_id=sample,
        msi_status=msi,
        importer=NAME,
        importer_version=VERSION,
    )


def _finding(path: Path, line: int, raw_gene: str, raw_alteration: str) -> ImportedFinding:
    alteration = raw_alteration.strip()
    key = alteration.upper()
    if not alteration:
        raise ImportFileError(
            str(path), phrase("import.empty-alteration"), line=line, field="ALTERATION"
        )
    if raw_gene.strip().upper() in BIOMARKER_GENES:
        if key in MSI_H:
            return ImportedFinding(kind=FindingKind.MSI, description=alteration, source_line=line)
        if key in TMB_H:
            return ImportedFinding(kind=FindingKind.TMB, description=alteration, source_line=line)
        raise ImportFileError(
            str(path),
            phrase("import.unknown-biomarker", value=alteration),
            line=line,
            field="ALTERATION",
        )
    gene = norm.gene_symbol(raw_gene, path, line, "HUGO_SYMBOL")
    if key in EVENTS:
        kind, exon, template = EVENTS[key]
        return ImportedFinding(
            kind=kind,
            gene=gene,
            exon=exon,
            description=template.format(gene=gene),
            source_line=line,
        )
    canonical = normalise_protein(alteration)
    if canonical is None:
        raise ImportFileError(
            str(path),
            phrase("import.unknown-alteration", value=alteration),
            line=line,
            field="ALTERATION",
        )
    kind = (
        FindingKind.INDEL
        if any(t in canonical for t in ("del", "ins", "dup", "fs"))
        else FindingKind.SNV
    )
    return ImportedFinding(
        kind=kind, gene=gene, protein=canonical, protein_original=alteration, source_line=line
    )


SPEC = ImporterSpec(
    NAME, VERSION, "oncokb-annotator atypical alterations", sniff, read, list_samples
)
