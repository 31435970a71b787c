"""Illumina TSO500 `CombinedVariantOutput.tsv` (Local App and DRAGEN TSO500; the sections
DRAGEN v2.x adds are read in `tso500_v2`).

The file is a list of `[Section]` blocks, every line tab-padded. Key/value sections (Analysis
Details, Sequencing Run Details, TMB, MSI) hold two used columns; table sections (Gene
Amplifications, Splice Variants, Fusions, Small Variants) hold a header row then rows, or one
`NA` row when empty. The file names no genome build (Local App 2.x is GRCh37), so none is set.

MSI status follows Illumina's rule: at least 40 usable sites are needed (fewer gives
"indeterminate"); 20 % or more unstable sites is MSI-high.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mtb_desk.domain.enums import Assay, CnvCall, FindingKind, MsiStatus
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import fusions as fusion_names
from mtb_desk.importers import normalise as norm
from mtb_desk.importers import tso500_v2 as v2
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions
from mtb_desk.importers.cvo_sections import Row, Section, key_values, split_sections, table
from mtb_desk.importers.text import read_text
from mtb_desk.progress import check_cancelled

NAME = "tso500-cvo"
VERSION = "1.0"
MSI_HIGH_PERCENT = 20.0
MSI_MIN_USABLE_SITES = 40
KEY_VALUE_SECTIONS = ("Analysis Details", "Sequencing Run Details", "TMB", "MSI")
TABLE_SECTIONS = ("Gene Amplifications", "Splice Variants", "Fusions", "Small Variants")
ALTERNATIVES = {"Gene Amplifications": "Copy Number Variants", "Fusions": "DNA Fusions"}
SPLICE_NAMES = {
    ("EGFR", "2-7"): "EGFRvIII (EGFR exons 2-7 deletion)",
    ("MET", "14"): "MET exon 14 skipping",
}


def sniff(head: FileHead) -> bool:
    text = head.text
    return "[Analysis Details]" in text or (
        "Combined Variant Output" in text and "[Small Variants]" in text
    )


def _section_warnings(sections: dict[str, Section]) -> list[Value]:
    warnings: list[Value] = [
        phrase("warn.section-missing", section=name)
        for name in TABLE_SECTIONS
        if name not in sections and ALTERNATIVES.get(name) not in sections
    ]
    known = KEY_VALUE_SECTIONS + TABLE_SECTIONS + v2.V2_TABLES + v2.V2_KEY_VALUES
    return warnings + [
        phrase("warn.section-unknown", section=name) for name in sections if name not in known
    ]


def read(path: Path, options: ReadOptions) -> ImportedReport:
    sections = split_sections(path, read_text(path))
    warnings = _section_warnings(sections)
    details = key_values(sections.get("Analysis Details"))
    run = key_values(sections.get("Sequencing Run Details"))
    tmb_values = key_values(sections.get("TMB"))
    tmb = _number(path, tmb_values, "Total TMB")
    msi_values = key_values(sections.get("MSI"))
    msi_score, msi_status = _msi(path, msi_values)
    msi_details, msi_findings = v2.other_msi(path, msi_values, warnings)
    findings: list[ImportedFinding] = []
    for reader in (
        _amplifications,
        v2.copy_number_variants,
        v2.large_rearrangements,
        _splice_variants,
        _fusions,
        _dna_fusions,
        _small_variants,
    ):
        check_cancelled(options.progress)
        findings.extend(reader(path, sections))
    findings.extend(v2.loss_of_heterozygosity(path, sections, warnings))
    findings.extend(_biomarkers(tmb, msi_score, msi_status, tmb_values, sections))
    findings.extend(msi_findings + v2.gis(path, sections))
    options.progress.update(1, 1, "TSO500")
    report_date = _report_date(details, warnings)
    gis_values = {f"GIS {k}": v for k, (v, _) in key_values(sections.get("GIS")).items()}
    return ImportedReport(
        findings=tuple(findings),
        assay=Assay.TSO500,
        sample_id=_sample_id(details),
        report_date=report_date,
        tmb=tmb,
        msi_status=msi_status,
        msi_score=msi_score,
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(warnings),
        details={
            k: v
            for k, v in (
                {k: v for k, (v, _) in (details | run).items()} | msi_details | gis_values
            ).items()
            if not norm.is_missing(v)
        },
        not_assayed=not_assayed(sections, details, tmb, msi_status),
    )


_SECTION_KINDS = {
    "Small Variants": ("small variants",),
    "Gene Amplifications": ("amplifications",),
    "Fusions": ("fusions",),
    "Splice Variants": ("splice variants",),
}


def not_assayed(
    sections: dict[str, Section], details: dict[str, tuple[str, int]], tmb: float | None,
    msi: object,
) -> dict[str, str]:  # fmt: skip
    """Kinds this run did not assay, with the report's own evidence (by kind name, see
    `mtb_desk.matching.coverage.Assayed`): no RNA sample means no fusions or splice variants,
    no DNA sample no small variants, copy numbers, TMB or MSI; a missing section, nothing of
    its kind (DRAGEN's [Copy Number Variants] and [DNA Fusions] stand in for [Gene
    Amplifications] and [Fusions]); the Local App (no [Copy Number Variants]) calls
    amplifications only."""
    found: dict[str, str] = {}
    samples: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("RNA", ("fusions", "splice variants")),
        ("DNA", ("small variants", "amplifications", "deletions", "TMB", "MSI")),
    )
    for sample, kinds in samples:
        value = details.get(f"{sample} Sample ID", ("", 0))[0]
        if f"{sample} Sample ID" in details and norm.is_missing(value):
            found.update(dict.fromkeys(kinds, f"{sample} Sample ID NA, no {sample} result"))
    for section, kinds in _SECTION_KINDS.items():
        if section not in sections and ALTERNATIVES.get(section) not in sections:
            for kind in kinds:
                found.setdefault(kind, f"no [{section}] section")
    if "Copy Number Variants" not in sections:
        found.setdefault("deletions", "the TSO500 Local App output calls amplifications only "
                         "(no [Copy Number Variants] section)")  # fmt: skip
    if tmb is None:
        found.setdefault("TMB", "TMB not reported (NA)")
    if msi is None:
        found.setdefault("MSI", "MSI not reported (NA)")
    return found


def _number(path: Path, values: dict[str, tuple[str, int]], key: str) -> float | None:
    value, line = values.get(key, ("", 0))
    return norm.parse_float(value, path, line or None, key)


def _sample_id(details: dict[str, tuple[str, int]]) -> str | None:
    for key in ("DNA Sample ID", "RNA Sample ID", "Pair ID"):
        value = details.get(key, ("", 0))[0]
        if not norm.is_missing(value):
            return value
    return None


def _report_date(details: dict[str, tuple[str, int]], warnings: list[Value]) -> date | None:
    value = details.get("Output Date", ("", 0))[0]
    if norm.is_missing(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        warnings.append(phrase("warn.output-date", value=value))
        return None


def _msi(path: Path, values: dict[str, tuple[str, int]]) -> tuple[float | None, MsiStatus | None]:
    score = _number(path, values, "Percent Unstable MSI Sites")
    usable = _number(path, values, "Usable MSI Sites")
    if score is None:
        return None, None
    if usable is not None and usable < MSI_MIN_USABLE_SITES:
        return score, MsiStatus.INDETERMINATE
    return score, MsiStatus.MSI_HIGH if score >= MSI_HIGH_PERCENT else MsiStatus.MSS


def _biomarkers(
    tmb: float | None,
    msi_score: float | None,
    msi_status: MsiStatus | None,
    tmb_values: dict[str, tuple[str, int]],
    sections: dict[str, Section],
) -> list[ImportedFinding]:
    found: list[ImportedFinding] = []
    if tmb is not None:
        found.append(
            ImportedFinding(
                kind=FindingKind.TMB,
                value=tmb,
                description=f"TMB {tmb} mut/Mb",
                source_line=tmb_values["Total TMB"][1],
            )
        )
    if msi_score is not None and msi_status is not None:
        line = key_values(sections.get("MSI"))["Percent Unstable MSI Sites"][1]
        found.append(
            ImportedFinding(
                kind=FindingKind.MSI,
                value=msi_score,
                description=f"{msi_status.value} ({msi_score} % unstable sites)",
                source_line=line,
            )
        )
    return found


def _amplifications(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    header, rows = table(path, sections.get("Gene Amplifications"))
    gene_col, fold_col = header.get("Gene"), header.get("Fold Change")
    copy_col = header.get("Copy Number")
    found = []
    for row in rows:
        fold = norm.parse_float(row.get(fold_col), path, row.line, "Fold Change")
        found.append(
            ImportedFinding(
                kind=FindingKind.CNV,
                gene=norm.gene_symbol(row.get(gene_col), path, row.line, "Gene"),
                fold_change=fold,
                copy_number=norm.parse_float(row.get(copy_col), path, row.line, "Copy Number"),
                cnv_call=CnvCall.AMPLIFICATION,
                description=None if fold is None else f"amplification, fold change {fold}",
                source_line=row.line,
            )
        )
    return found


def _splice_variants(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    header, rows = table(path, sections.get("Splice Variants"))
    found = []
    for row in rows:
        gene = norm.gene_symbol(row.get(header.get("Gene")), path, row.line, "Gene")
        exon = norm.exon_number(row.get(header.get("Affected Exon")))
        default = f"{gene} exon {exon} skipping" if exon else f"{gene} splice variant"
        name = SPLICE_NAMES.get((gene or "", exon or ""), default)
        found.append(
            ImportedFinding(
                kind=FindingKind.SPLICE,
                gene=gene,
                exon=exon,
                description=name,
                breakpoint_5=row.get(header.get("Breakpoint 1")) or None,
                breakpoint_3=row.get(header.get("Breakpoint 2")) or None,
                supporting_reads=norm.parse_int(
                    row.get(header.get("Splice Supporting Reads")),
                    path,
                    row.line,
                    "Splice Supporting Reads",
                ),
                source_line=row.line,
            )
        )
    return found


def _dna_fusions(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    return _fusions(path, sections, "DNA Fusions")


def _fusions(
    path: Path, sections: dict[str, Section], name: str = "Fusions"
) -> list[ImportedFinding]:
    header, rows = table(path, sections.get(name))
    found = []
    for row in rows:
        pair = row.get(header.get("Gene Pair"))
        five, three = fusion_names.split_pair(pair, path, row.line, "Gene Pair")
        if three is None:
            found.append(fusion_names.structural_finding(five, pair, row.line))
            continue
        found.append(
            ImportedFinding(
                kind=FindingKind.FUSION,
                gene=five,
                partner_gene=three,
                description=pair,
                breakpoint_5=row.get(header.get("Breakpoint 1")) or None,
                breakpoint_3=row.get(header.get("Breakpoint 2")) or None,
                supporting_reads=norm.parse_int(
                    row.get(header.get("Fusion Supporting Reads")),
                    path,
                    row.line,
                    "Fusion Supporting Reads",
                ),
                source_line=row.line,
            )
        )
    return found


def _small_variants(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    header, rows = table(path, sections.get("Small Variants"))
    return [_small_variant(path, header, row) for row in rows]


def _small_variant(path: Path, header: dict[str, int], row: Row) -> ImportedFinding:
    def cell(name: str) -> str:
        return row.get(header.get(name))

    ref = norm.check_allele(cell("Reference Call"), path, row.line, "Reference Call")
    alt = norm.check_allele(cell("Alternative Call"), path, row.line, "Alternative Call")
    position = norm.parse_int(cell("Genomic Position"), path, row.line, "Genomic Position")
    for name, value in (
        ("Genomic Position", position),
        ("Reference Call", ref),
        ("Alternative Call", alt),
    ):
        if value is None:
            raise ImportFileError(
                str(path),
                phrase("import.small-needs-position"),
                line=row.line,
                field=name,
            )
    canonical, original = norm.protein(cell("P-Dot Notation"))
    transcript, hgvs_c = norm.split_hgvs(cell("C-Dot Notation"))
    return ImportedFinding(
        kind=norm.small_variant_kind(ref, alt),
        gene=norm.gene_symbol(cell("Gene"), path, row.line, "Gene"),
        protein=canonical,
        protein_original=original,
        hgvs_c=hgvs_c,
        transcript=transcript,
        chromosome=norm.chromosome(cell("Chromosome")),
        position=position,
        ref=ref,
        alt=alt,
        consequence=cell("Consequence(s)") or None,
        exon=norm.exon_number(cell("Affected Exon(s)")),
        vaf=norm.parse_vaf(cell("Allele Frequency"), path, row.line, "Allele Frequency"),
        depth=norm.parse_int(cell("Depth"), path, row.line, "Depth"),
        source_line=row.line,
    )


SPEC = ImporterSpec(NAME, VERSION, "Illumina TSO500 CombinedVariantOutput.tsv", sniff, read)
