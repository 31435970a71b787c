"""DRAGEN TruSight Oncology 500 per-caller files, chosen by content.

- CNV VCF (`*.cnv.vcf`): the gene in `INFO/SEGID`, the linear copy ratio in `FORMAT/SM`
  (stored as fold change), `<DUP>` an amplification, `<DEL>` a loss (one copy left: GT 0/1)
  or a deletion (GT 1/1, or copy number 0); copy-neutral records (`ALT=.`) are not findings.
- SpliceGirl splice VCF (`##source=SpliceGirl`): `<DEL>` records with no gene names. Passing
  calls inside AR, EGFR or MET (the genes TSO500 reports splice variants for) become splice
  findings of that gene; EGFR exons 2-7 and MET exon 14 are named. Other passing calls are
  left out with a warning naming them; filtered candidates are counted.
- Fusion caller table (`*_AllFusions.csv`): `# Key = description` lines, then `Caller`,
  `Gene A`, `Gene B`, breakpoints, `Score`, `Filter`, read counts, `KeepFusion`. Rows the
  caller kept become fusions (a row naming one gene on both sides is an intragenic event, not
  a fusion); the others are counted in a warning.
- The small-variant `*.hard-filtered.vcf` carries no gene or protein annotation: refused.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from mtb_desk.domain.enums import Assay, CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import fusions as fusion_names
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions
from mtb_desk.importers.dragen_vcf import Record, SmallVcf, read_vcf
from mtb_desk.importers.text import read_text
from mtb_desk.importers.tso500_v2 import deletion_call

VERSION = "1.0"
# gene → {build: (chromosome, start, end)}: the genes DRAGEN TSO500 reports splice variants for
SPLICE_GENES = {
    "AR": {"GRCh37": ("chrX", 66763874, 66950461), "GRCh38": ("chrX", 67544021, 67730619)},
    "EGFR": {"GRCh37": ("chr7", 55086714, 55324313), "GRCh38": ("chr7", 55019017, 55256620)},
    "MET": {"GRCh37": ("chr7", 116312444, 116438440), "GRCh38": ("chr7", 116672196, 116798377)},
}  # fmt: skip
# (gene, build, start, end) → (exon, name) for the events with a name
NAMED_SPLICES = {
    ("EGFR", "GRCh37", 55087058, 55223522): ("2-7", "EGFRvIII (EGFR exons 2-7 deletion)"),
    ("MET", "GRCh37", 116411708, 116414934): ("14", "MET exon 14 skipping"),
}
REFUSAL = phrase("import.dragen-unannotated")


def _is_vcf(head: FileHead) -> bool:
    return head.raw.lstrip(b"\xef\xbb\xbf").startswith(b"##fileformat=VCF")


def _header(head: FileHead) -> str:
    text = head.text
    end = text.find("\n#CHROM")
    return text if end < 0 else text[:end]


def sniff_cnv(head: FileHead) -> bool:
    header = _header(head)
    return _is_vcf(head) and "##INFO=<ID=SEGID" in header and "##FORMAT=<ID=SM," in header


def sniff_splice(head: FileHead) -> bool:
    return _is_vcf(head) and "##source=SpliceGirl" in _header(head)


def sniff_small_variants(head: FileHead) -> bool:
    """DRAGEN's small-variant VCF (somatic quality SQ, GermlineStatus, or the file name)
    without any gene annotation."""
    header = _header(head)
    dragen = "##DRAGENVersion" in header or "##source=DRAGEN" in header
    small = (
        "##FORMAT=<ID=SQ," in header
        or "##INFO=<ID=GermlineStatus," in header
        or "hard-filtered" in head.path.name
    )
    annotated = any(f"##INFO=<ID={key}," in header for key in ("CSQ", "ANN", "EFF"))
    return _is_vcf(head) and dragen and small and not annotated and not sniff_cnv(head)


def read_small_variants(path: Path, options: ReadOptions) -> ImportedReport:
    raise ImportFileError(str(path), REFUSAL, line=1, field="INFO")


def _report(
    vcf: SmallVcf, name: str, findings: list[ImportedFinding], warnings: list[Value]
) -> ImportedReport:
    return ImportedReport(
        findings=tuple(findings),
        assay=Assay.TSO500,
        sample_id=vcf.sample,
        genome_build=vcf.genome_build,
        importer=name,
        importer_version=VERSION,
        notes=tuple(warnings),
    )


def read_cnv(path: Path, options: ReadOptions) -> ImportedReport:
    vcf = read_vcf(path, options.sample)
    findings, neutral, filtered = [], 0, 0
    for record in vcf.records:
        if record.alt in (".", "<NON_REF>"):
            neutral += 1
            continue
        finding = _cnv(path, record)
        if options.skip_filtered and finding.is_filtered:
            filtered += 1
        else:
            findings.append(finding)
    warnings: list[Value] = [phrase("warn.copy-neutral", count=neutral)] if neutral else []
    if filtered:
        warnings.append(phrase("warn.filtered-cnv", count=filtered))
    return _report(vcf, "dragen-cnv-vcf", findings, warnings)


def _cnv(path: Path, record: Record) -> ImportedFinding:
    gene = norm.gene_symbol(record.info.get("SEGID"), path, record.line, "INFO/SEGID")
    if gene is None:
        raise ImportFileError(
            str(path), phrase("import.cnv-no-gene"), line=record.line, field="INFO/SEGID"
        )
    ratio = record.format_float(path, "SM")
    cn = record.format_float(path, "CN")
    if record.alt == "<DUP>":
        call = CnvCall.AMPLIFICATION
    elif record.alt == "<DEL>":
        homozygous = record.sample.get("GT", "").replace("|", "/") in ("1/1", "1")
        call = (
            CnvCall.DELETION
            if homozygous or cn == 0
            else deletion_call(cn if cn is not None else 1)
        )
    else:
        raise ImportFileError(
            str(path),
            phrase("import.not-dup-del-dot", value=record.alt),
            line=record.line,
            field="ALT",
        )
    end = record.info.get("END", "?")
    return ImportedFinding(
        kind=FindingKind.CNV,
        gene=gene,
        fold_change=ratio,
        copy_number=cn,
        cnv_call=call,
        chromosome=record.chrom,
        position=record.pos,
        alt=record.alt,
        filter=record.filter,
        description=f"{call.value}, copy ratio {_g(ratio)} ({record.chrom}:{record.pos}-{end})",
        source_line=record.line,
    )


def _g(value: float | None) -> str:
    return "unknown" if value is None else f"{value:g}"


def read_splice(path: Path, options: ReadOptions) -> ImportedReport:
    vcf = read_vcf(path, options.sample)
    build = vcf.genome_build or "GRCh37"
    findings, outside, filtered, first = [], [], 0, None
    for record in vcf.records:
        if record.filter not in ("PASS", "."):
            filtered += 1
            continue
        gene = _splice_gene(record, build)
        if gene is None:
            outside.append(f"{record.chrom}:{record.pos} (line {record.line})")
            first = first or record.line
            continue
        findings.append(_splice(path, record, gene, build))
    warnings: list[Value] = []
    if filtered:
        warnings.append(phrase("warn.filtered-splice", count=filtered))
    if outside:
        unnamed = phrase("warn.splice-outside", count=len(outside), calls=", ".join(outside[:10]))
        if not findings:
            raise ImportFileError(str(path), unnamed, line=first, field="INFO")
        warnings.append(unnamed)
    return _report(vcf, "dragen-splice-vcf", findings, warnings)


def _splice_gene(record: Record, build: str) -> str | None:
    chrom = record.chrom if record.chrom.startswith("chr") else f"chr{record.chrom}"
    for gene, spans in SPLICE_GENES.items():
        span = spans.get(build)
        if span and span[0] == chrom and span[1] <= record.pos <= span[2]:
            return gene
    return None


def _splice(path: Path, record: Record, gene: str, build: str) -> ImportedFinding:
    end = norm.parse_int(record.info.get("END"), path, record.line, "INFO/END")
    exon, name = NAMED_SPLICES.get(
        (gene, build, record.pos, end or 0),
        (None, f"{gene} splice variant (deletion {record.chrom}:{record.pos}-{end})"),
    )
    reads = norm.parse_int(record.sample.get("AD"), path, record.line, "FORMAT/AD")
    return ImportedFinding(
        kind=FindingKind.SPLICE,
        gene=gene,
        exon=exon,
        description=name,
        chromosome=record.chrom,
        position=record.pos,
        breakpoint_5=f"{record.chrom}:{record.pos}",
        breakpoint_3=None if end is None else f"{record.chrom}:{end}",
        supporting_reads=reads,
        filter=record.filter,
        source_line=record.line,
    )


def sniff_fusions(head: FileHead) -> bool:
    text = head.text
    if text.startswith("# Source = FusionProcessor"):
        return True
    fields = {f.strip() for f in head.header_fields()}
    return {"Gene A", "Gene B", "KeepFusion"} <= fields


def read_fusions(path: Path, options: ReadOptions) -> ImportedReport:
    lines = read_text(path).splitlines()
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    rows = list(csv.reader(lines[start:]))
    if not rows:
        raise ImportFileError(str(path), phrase("import.no-header-after-comments"), line=start + 1)
    header = {name.strip(): i for i, name in enumerate(rows[0])}
    for required in ("Gene A", "Gene B", "KeepFusion"):
        if required not in header:
            raise ImportFileError(
                str(path), phrase("import.column-missing"), line=start + 1, field=required
            )
    findings, dropped = [], 0
    for offset, cells in enumerate(rows[1:], start=start + 2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise ImportFileError(
                str(path),
                phrase("import.cells-vs-header", cells=len(cells), header=len(header)),
                line=offset,
            )
        keep = cells[header["KeepFusion"]].strip().lower()
        if keep not in ("true", "false"):
            raise ImportFileError(
                str(path),
                phrase("import.not-true-false", value=keep),
                line=offset,
                field="KeepFusion",
            )
        if keep == "false":
            dropped += 1
            continue
        findings.append(_fusion_row(path, header, cells, offset))
    warnings = (
        [f"{dropped} fusion candidates the caller dropped (KeepFusion False) not imported"]
        if dropped
        else []
    )
    return ImportedReport(
        findings=tuple(findings),
        assay=Assay.TSO500,
        importer="dragen-all-fusions",
        importer_version=VERSION,
        notes=tuple(warnings),
    )


def _fusion_row(path: Path, header: dict[str, int], cells: list[str], line: int) -> ImportedFinding:
    def cell(name: str) -> str | None:
        value = cells[header[name]].strip() if name in header else ""
        return None if norm.is_missing(value) else value

    five = fusion_names.pick_gene(cell("Gene A") or "", path, line, "Gene A")
    three = fusion_names.pick_gene(cell("Gene B") or "", path, line, "Gene B")
    if five is None or three is None:
        raise ImportFileError(
            str(path),
            phrase("import.fusion-needs-genes"),
            line=line,
            field="Gene A" if five is None else "Gene B",
        )
    reads = _reads(path, line, cell)
    values = {
        "breakpoint_5": cell("Gene A Breakpoint"),
        "breakpoint_3": cell("Gene B Breakpoint"),
        "supporting_reads": reads,
        "filter": cell("Filter"),
    }
    if five == three:
        return fusion_names.structural_finding(
            five, f"{cell('Caller') or ''} {five}-{three}".strip(), line, **values
        )
    return ImportedFinding(
        kind=FindingKind.FUSION,
        gene=five,
        partner_gene=three,
        description=f"{five}-{three} ({cell('Caller') or 'caller'}, score {cell('Score') or '-'})",
        source_line=line,
        **values,  # type: ignore[arg-type]
    )


def _reads(path: Path, line: int, cell: Callable[[str], str | None]) -> int | None:
    """Reads supporting the fusion: the caller's de-duplicated split + pair counts if given."""
    for names in (("Alt Split Dedup", "Alt Pair Dedup"), ("Alt Split", "Alt Pair")):
        values = [norm.parse_int(cell(n), path, line, n) for n in names]
        if any(v is not None for v in values):
            return sum(v for v in values if v is not None)
    return None


CNV_SPEC = ImporterSpec(
    "dragen-cnv-vcf", VERSION, "DRAGEN TSO500 CNV VCF (*.cnv.vcf)", sniff_cnv, read_cnv
)
SPLICE_SPEC = ImporterSpec(
    "dragen-splice-vcf",
    VERSION,
    "DRAGEN TSO500 SpliceGirl splice-variant VCF",
    sniff_splice,
    read_splice,
)
SMALL_VARIANT_SPEC = ImporterSpec(
    "dragen-hard-filtered-vcf",
    VERSION,
    "DRAGEN small-variant VCF without annotation (refused)",
    sniff_small_variants,
    read_small_variants,
)
FUSION_SPEC = ImporterSpec(
    "dragen-all-fusions",
    VERSION,
    "DRAGEN TSO500 fusion caller table (*_AllFusions.csv)",
    sniff_fusions,
    read_fusions,
)
