"""MAF: TCGA / cBioPortal `data_mutations_extended`, vcf2maf output, oncokb-annotator input.

An optional `#version` line (and other `#` lines) may precede the header. One file may hold
several samples (`Tumor_Sample_Barcode`); one is imported per call. Protein change comes from
`HGVSp` (the complete HGVS), else `HGVSp_Short`, else `Protein_Change`, else
`Amino_Acid_Change`; when the complete and short forms disagree, `HGVSp` wins and a warning
says so, and a file with no protein column at all is warned about. A `Silent` row is
synonymous (`V600=`) whatever its protein text. `Mutation_Status` Germline/Somatic is kept as
the finding's origin. VAF is `t_alt_count / t_depth`.
"""

from __future__ import annotations

from pathlib import Path

from mtb_desk.domain.enums import FindingKind, Origin
from mtb_desk.domain.protein import protein_position
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.text import Table, parse_table, read_text
from mtb_desk.progress import check_cancelled

NAME = "maf"
VERSION = "1.0"
SAMPLE = "Tumor_Sample_Barcode"
MARKERS = {"variant_classification", "hgvsp_short", "tumor_seq_allele2", "reference_allele"}
VARIANT_TYPES = {
    "SNP": FindingKind.SNV,
    "DNP": FindingKind.MNV,
    "TNP": FindingKind.MNV,
    "ONP": FindingKind.MNV,
    "INS": FindingKind.INDEL,
    "DEL": FindingKind.INDEL,
}
INDEL_CLASSES = {"frame_shift_del", "frame_shift_ins", "in_frame_del", "in_frame_ins"}
BUILDS = {
    "37": "GRCh37",
    "GRCH37": "GRCh37",
    "HG19": "GRCh37",
    "38": "GRCh38",
    "GRCH38": "GRCh38",
    "HG38": "GRCh38",
    "36": "NCBI36",
    "HG18": "NCBI36",
}


def sniff(head: FileHead) -> bool:
    columns = {c.lower() for c in head.header_fields()}
    return bool(columns & MARKERS) and bool(columns & {"hugo_symbol", SAMPLE.lower()})


def genome_build(raw: str | None) -> str | None:
    if norm.is_missing(raw):
        return None
    assert raw is not None
    return BUILDS.get(raw.strip().upper(), raw.strip())


def _table(path: Path) -> Table:
    table = parse_table(path, read_text(path))
    table.require(SAMPLE)
    return table


def list_samples(path: Path) -> tuple[str, ...]:
    table = _table(path)
    index = table.require(SAMPLE)
    return tuple(dict.fromkeys(cells[index] for _, cells in table.rows if cells[index]))


def read(path: Path, options: ReadOptions) -> ImportedReport:
    table = _table(path)
    index = table.require(SAMPLE)
    sample = choose_sample(
        path, [cells[index] for _, cells in table.rows if cells[index]], options.sample
    )
    warnings: list[Value] = []
    if all(table.column(name) is None for name in PROTEIN_COLUMNS):
        warnings.append(phrase("warn.no-protein-column", columns=", ".join(PROTEIN_COLUMNS)))
    findings: list[ImportedFinding] = []
    rows = [row for row in table.rows if row[1][index] == sample]
    for count, (line, cells) in enumerate(rows):
        if count % 5000 == 0:
            check_cancelled(options.progress)
            options.progress.update(count, len(rows), "MAF")
        finding = _finding(table, line, cells, warnings)
        if not (options.skip_filtered and finding.is_filtered):
            findings.append(finding)
    version = next(
        (
            c.split(None, 1)[1].strip()
            for c in table.comments
            if c.startswith("#version") and " " in c
        ),
        None,
    )
    return ImportedReport(
        findings=tuple(findings),
        sample_id=sample,
        genome_build=_genome_build(table, rows),
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(warnings),
        details={"maf_version": version} if version else {},
    )


def _genome_build(table: Table, rows: list[tuple[int, tuple[str, ...]]]) -> str | None:
    index = table.column("NCBI_Build")
    if index is None:
        return None
    builds = sorted({b for _, cells in rows if (b := genome_build(cells[index])) is not None})
    if len(builds) > 1:
        raise ImportFileError(
            str(table.path),
            phrase("import.mixed-builds", builds=", ".join(map(str, builds))),
            field="NCBI_Build",
        )
    return builds[0] if builds else None


def _get(table: Table, cells: tuple[str, ...], *names: str) -> str | None:
    index = table.column(*names)
    return None if index is None or norm.is_missing(cells[index]) else cells[index]


def _allele(table: Table, cells: tuple[str, ...], name: str, line: int) -> str | None:
    index = table.column(name)
    raw = None if index is None else cells[index]  # "-" is an allele here, not a missing value
    return norm.check_allele(raw, table.path, line, name)


def _alleles(table: Table, line: int, cells: tuple[str, ...]) -> tuple[str | None, str | None]:
    ref = _allele(table, cells, "Reference_Allele", line)
    alt = _allele(table, cells, "Tumor_Seq_Allele2", line)
    if alt is None or alt == ref:
        alt = _allele(table, cells, "Tumor_Seq_Allele1", line) or alt
    return ref, alt


def _kind(table: Table, cells: tuple[str, ...], ref: str | None, alt: str | None) -> FindingKind:
    variant_type = (_get(table, cells, "Variant_Type") or "").upper()
    if variant_type in VARIANT_TYPES:
        return VARIANT_TYPES[variant_type]
    if ref and alt:
        return norm.small_variant_kind(ref, alt)
    classification = (_get(table, cells, "Variant_Classification") or "").lower()
    return FindingKind.INDEL if classification in INDEL_CLASSES else FindingKind.SNV


PROTEIN_COLUMNS = ("HGVSp", "HGVSp_Short", "Protein_Change", "Amino_Acid_Change")
ORIGINS = {"GERMLINE": Origin.GERMLINE.value, "SOMATIC": Origin.SOMATIC.value}


def _protein(
    table: Table, line: int, cells: tuple[str, ...], warnings: list[Value]
) -> tuple[str | None, str | None]:
    long = norm.protein(_get(table, cells, "HGVSp"))
    short = norm.protein(_get(table, cells, "HGVSp_Short"))
    if short[0] and long[0] and short[0] != long[0]:
        warnings.append(phrase("warn.hgvsp-disagree", line=line, long=long[1], short=short[1]))
    for found in (long, short):
        if found[1]:
            return found
    return norm.protein(_get(table, cells, "Protein_Change", "Amino_Acid_Change"))


def _synonymous(canonical: str | None, classification: str | None) -> str | None:
    """A `Silent` row is synonymous whatever its protein text says (`V600V`, `V600E`…)."""
    if (classification or "").lower() != "silent" or canonical is None:
        return canonical
    position = protein_position(canonical)
    return None if position is None else f"{position[0]}{position[1]}="


def _origin(table: Table, cells: tuple[str, ...]) -> str | None:
    return ORIGINS.get((_get(table, cells, "Mutation_Status") or "").strip().upper())


def _finding(
    table: Table, line: int, cells: tuple[str, ...], warnings: list[Value]
) -> ImportedFinding:
    path = table.path
    ref, alt = _alleles(table, line, cells)
    canonical, original = _protein(table, line, cells, warnings)
    classification = _get(table, cells, "Variant_Classification", "Consequence")
    transcript, hgvs_c = norm.split_hgvs(_get(table, cells, "HGVSc"))
    depth = norm.parse_int(_get(table, cells, "t_depth"), path, line, "t_depth")
    alt_count = norm.parse_int(_get(table, cells, "t_alt_count"), path, line, "t_alt_count")
    gene = _get(table, cells, "Hugo_Symbol")
    return ImportedFinding(
        kind=_kind(table, cells, ref, alt),
        gene=None
        if gene in (None, "Unknown")
        else norm.gene_symbol(gene, path, line, "Hugo_Symbol"),
        protein=_synonymous(canonical, classification),
        protein_original=original,
        hgvs_c=hgvs_c,
        transcript=_get(table, cells, "Transcript_ID") or transcript,
        chromosome=norm.chromosome(_get(table, cells, "Chromosome")),
        position=norm.parse_int(_get(table, cells, "Start_Position"), path, line, "Start_Position"),
        ref=ref,
        alt=alt,
        consequence=classification,
        exon=norm.exon_number(_get(table, cells, "Exon_Number", "EXON")),
        vaf=None if not depth or alt_count is None else _vaf(path, line, alt_count, depth),
        depth=depth,
        filter=_get(table, cells, "FILTER"),
        source_line=line,
        origin=_origin(table, cells),
    )


def _vaf(path: Path, line: int, alt_count: int, depth: int) -> float:
    if alt_count > depth:
        raise ImportFileError(
            str(path),
            phrase("import.alt-exceeds-depth", alt=str(alt_count), depth=str(depth)),
            line=line,
            field="t_alt_count",
        )
    return alt_count / depth


SPEC = ImporterSpec(
    NAME, VERSION, "MAF (TCGA, cBioPortal, vcf2maf, oncokb-annotator)", sniff, read, list_samples
)
