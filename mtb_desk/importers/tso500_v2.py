"""The sections DRAGEN TruSight Oncology 500 (v2.x) adds to the CombinedVariantOutput.tsv.

- `[Copy Number Variants]`: `Gene`, `Fold Change`, `Copy Number Variant` (`<DUP>`/`<DEL>`),
  later versions `Absolute Copy Number`. `<DUP>` is an amplification; `<DEL>` a deletion,
  homozygous when the copy number is 0 or unknown, a loss (one copy left) when it is ≥ 1.
- `[Large Rearrangements]` (2.6) / `[Exon-Level CNVs]` (2.1): `Gene`, `Chromosome`, `Start`,
  `Stop`, `Affected Exon(s)`, `Fold Change`, `CNV Type`; a row `BRCA1  NA` means none found.
- `[Loss of Heterozygosity]`: `Gene`, `Absolute Copy Number`, `Minor Copy Number` → `loh`
  findings (minor copy number 0); genes keeping both alleles are not findings.
- `[GIS]`: `Genomic Instability Score`, `Tumor Fraction`, `Ploidy` → one `gis` biomarker.
- ctDNA `[MSI]` may give `SUM_JSD` (and other keys) instead of a percentage: the value is kept
  by name in the report details and as an MSI finding without a status, with a warning.
"""

from __future__ import annotations

from pathlib import Path

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.cvo_sections import Row, Section, key_values, table

V2_TABLES = ("Copy Number Variants", "Large Rearrangements", "Exon-Level CNVs",
             "Loss of Heterozygosity", "DNA Fusions")  # fmt: skip
V2_KEY_VALUES = ("GIS",)
LOCAL_APP_MSI_KEYS = ("Usable MSI Sites", "Total MSI Sites Unstable", "Percent Unstable MSI Sites")
_CNV_TYPES = {"GAIN": CnvCall.GAIN, "LOSS": CnvCall.LOSS, "DUP": CnvCall.GAIN,
              "DEL": CnvCall.LOSS, "AMPLIFICATION": CnvCall.AMPLIFICATION,
              "DELETION": CnvCall.DELETION}  # fmt: skip


def _cell(header: dict[str, int], row: Row, *names: str) -> str:
    for name in names:
        if name in header:
            return row.get(header[name])
    return ""


def deletion_call(copy_number: float | None) -> CnvCall:
    """A `<DEL>`: homozygous deletion at copy number 0 (or unknown), a loss at ≥ 1 copy."""
    return CnvCall.LOSS if copy_number is not None and copy_number >= 1 else CnvCall.DELETION


def copy_number_variants(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    header, rows = table(path, sections.get("Copy Number Variants"))
    found = []
    for row in rows:
        gene = norm.gene_symbol(_cell(header, row, "Gene"), path, row.line, "Gene")
        fold = norm.parse_float(_cell(header, row, "Fold Change"), path, row.line, "Fold Change")
        cn = norm.parse_float(
            _cell(header, row, "Absolute Copy Number", "Copy Number"),
            path,
            row.line,
            "Absolute Copy Number",
        )
        alt = _cell(header, row, "Copy Number Variant").strip().upper()
        if alt not in ("<DUP>", "<DEL>"):
            raise ImportFileError(
                str(path),
                phrase("import.not-dup-del", value=alt),
                line=row.line,
                field="Copy Number Variant",
            )
        call = CnvCall.AMPLIFICATION if alt == "<DUP>" else deletion_call(cn)
        found.append(
            ImportedFinding(
                kind=FindingKind.CNV,
                gene=gene,
                fold_change=fold,
                copy_number=cn,
                cnv_call=call,
                alt=alt,
                description=_cnv_text(call, fold, cn),
                source_line=row.line,
            )
        )
    return found


def _cnv_text(call: CnvCall, fold: float | None, cn: float | None) -> str:
    name = "homozygous deletion" if call is CnvCall.DELETION and cn == 0 else call.value
    parts = [
        f"fold change {fold:g}" if fold is not None else "",
        f"copy number {cn:g}" if cn is not None else "",
    ]
    details = ", ".join(p for p in parts if p)
    return f"{name} ({details})" if details else name


def large_rearrangements(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    found = []
    for name in ("Large Rearrangements", "Exon-Level CNVs"):
        header, rows = table(path, sections.get(name))
        for row in rows:
            if len(row.cells) < 3 and all(norm.is_missing(c) for c in row.cells[1:]):
                continue  # "BRCA1  NA": nothing found in that gene
            found.append(_rearrangement(path, header, row))
    return found


def _rearrangement(path: Path, header: dict[str, int], row: Row) -> ImportedFinding:
    gene = norm.gene_symbol(_cell(header, row, "Gene"), path, row.line, "Gene")
    fold = norm.parse_float(_cell(header, row, "Fold Change"), path, row.line, "Fold Change")
    raw_type = _cell(header, row, "CNV Type").strip().upper()
    call = _CNV_TYPES.get(raw_type.strip("<>"))
    if call is None:
        raise ImportFileError(
            str(path),
            phrase("import.not-cnv-type", value=raw_type),
            line=row.line,
            field="CNV Type",
        )
    exons = norm.exon_number(_cell(header, row, "Affected Exon(s)", "Affected Exon"))
    chrom = norm.chromosome(_cell(header, row, "Chromosome"))
    start = norm.parse_int(_cell(header, row, "Start"), path, row.line, "Start")
    stop = norm.parse_int(_cell(header, row, "Stop", "End"), path, row.line, "Stop")
    where = f" {chrom}:{start}-{stop}" if chrom and start is not None else ""
    return ImportedFinding(
        kind=FindingKind.CNV,
        gene=gene,
        exon=exons,
        fold_change=fold,
        cnv_call=call,
        chromosome=chrom,
        position=start,
        description=f"large rearrangement: exon {exons or '?'} {call.value}{where}",
        source_line=row.line,
    )


def loss_of_heterozygosity(
    path: Path, sections: dict[str, Section], warnings: list[Value]
) -> list[ImportedFinding]:
    header, rows = table(path, sections.get("Loss of Heterozygosity"))
    found, kept = [], 0
    for row in rows:
        gene = norm.gene_symbol(_cell(header, row, "Gene"), path, row.line, "Gene")
        total = norm.parse_float(
            _cell(header, row, "Absolute Copy Number"), path, row.line, "Absolute Copy Number"
        )
        minor = norm.parse_float(
            _cell(header, row, "Minor Copy Number"), path, row.line, "Minor Copy Number"
        )
        if minor is not None and minor > 0:
            kept += 1
            continue
        found.append(
            ImportedFinding(
                kind=FindingKind.LOH,
                gene=gene,
                copy_number=total,
                value=minor,
                description=(
                    f"loss of heterozygosity (copy number {_g(total)}, minor copy number "
                    f"{_g(minor)})"
                ),
                source_line=row.line,
            )
        )
    if kept:
        warnings.append(phrase("warn.loh-kept", count=kept))
    return found


def _g(value: float | None) -> str:
    return "unknown" if value is None else f"{value:g}"


def gis(path: Path, sections: dict[str, Section]) -> list[ImportedFinding]:
    values = key_values(sections.get("GIS"))
    score_text, line = values.get("Genomic Instability Score", ("", 0))
    score = norm.parse_float(score_text, path, line or None, "Genomic Instability Score")
    if score is None:
        return []
    extra = [
        f"{name.lower()} {values[key][0]}"
        for key, name in (("Tumor Fraction", "tumour fraction"), ("Ploidy", "ploidy"))
        if key in values and not norm.is_missing(values[key][0])
    ]
    return [
        ImportedFinding(
            kind=FindingKind.GIS,
            value=score,
            description=f"GIS {score:g}" + (f" ({', '.join(extra)})" if extra else ""),
            source_line=line,
        )
    ]


def other_msi(
    path: Path, values: dict[str, tuple[str, int]], warnings: list[Value]
) -> tuple[dict[str, str], list[ImportedFinding]]:
    """MSI keys other than the Local App's (ctDNA `SUM_JSD`…): kept by name, never a status."""
    other = {k: v for k, v in values.items() if k not in LOCAL_APP_MSI_KEYS}
    details = {f"MSI {k}": text for k, (text, _) in other.items() if not norm.is_missing(text)}
    if not details or "Percent Unstable MSI Sites" in values:
        return details, []
    found = []
    for key, (text, line) in other.items():
        try:
            value = norm.parse_float(text, path, line, key)
        except ImportFileError:
            continue  # a word such as "Stable": kept in the details, not a score
        if value is None or key == "Usable MSI Sites":
            continue
        warnings.append(phrase("warn.msi-score-only", key=key, value=text))
        found.append(
            ImportedFinding(
                kind=FindingKind.MSI,
                value=value,
                description=f"MSI {key} {text} (status not called)",
                source_line=line,
            )
        )
    return details, found
