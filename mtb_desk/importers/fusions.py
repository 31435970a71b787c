"""Fusion and structural-variant tables, and fusion names in every spelling.

Tables handled (chosen by their header):
- oncokb-annotator `Fusion` column: `ALK-EML4`, `EGFR-intragenic`, `ETV6-RUNX1 fusion`;
- oncokb-annotator `GeneA`/`GeneB`/`Sv_Type` (FUSION, DELETION, …);
- cBioPortal `data_sv` (`Site1_Hugo_Symbol`, `Site2_Hugo_Symbol`, positions, read counts);
- PCGR `FusionGene` = `EML4--ALK` with `LeftBreakpoint`/`RightBreakpoint`/`SplitReads`.

The first gene written is stored as `gene` (the 5' partner where the format says so) and the
second as `partner_gene`. An intragenic event (`EGFR-intragenic`, GeneA = GeneB, one gene
and an empty partner) or an intergenic one (`TP53-intergenic`) is NOT a fusion: it is stored
as a structural finding of kind `sv` described "EGFR intragenic rearrangement", which never
meets a fusion rule.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtb_desk.domain.enums import FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import normalise as norm
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions, choose_sample
from mtb_desk.importers.text import Table, parse_table, read_text

NAME = "fusion-table"
VERSION = "1.0"
SAMPLE_COLUMNS = ("Tumor_Sample_Barcode", "Sample_Id", "SAMPLE_ID", "Sample")
NON_FUSION_WORDS = ("intragenic", "intergenic")
_SUFFIX = re.compile(r"(?i)\s+(?:fusion|rearrangement|translocation)$")


def split_pair(
    text: str, path: Path, line: int | None, field: str
) -> tuple[str | None, str | None]:
    """(5' gene, 3' gene) from `A-B`, `A--B`, `A::B`, `A/B`; `;` lists genes at one breakpoint.

    Returns (gene, None) for `GENE-intragenic` and `GENE-intergenic` (see `non_fusion_word`).
    """
    name = _SUFFIX.sub("", text.strip())
    if not name:
        raise ImportFileError(str(path), phrase("import.empty-fusion"), line=line, field=field)
    # `/` separates the two sides only when no hyphen does: in `PPARG/AC016683.6-PAX8` (as
    # DRAGEN writes it) `/` lists two names at one breakpoint
    separators = ("--", "::") if "-" in name else ("--", "::", "/")
    for separator in separators:
        if separator in name:
            left, _, right = name.partition(separator)
            break
    else:
        left, right = _split_hyphen(name)
    if right.lower() in NON_FUSION_WORDS:
        return pick_gene(left, path, line, field), None
    if left.lower() in NON_FUSION_WORDS:
        return pick_gene(right, path, line, field), None
    if not left or not right:
        raise ImportFileError(
            str(path), phrase("import.not-two-genes", value=text), line=line, field=field
        )
    return pick_gene(left, path, line, field), pick_gene(right, path, line, field)


def non_fusion_word(text: str) -> str:
    """ "intergenic" when the name says so, else "intragenic" (for a one-gene event)."""
    return "intergenic" if "intergenic" in text.lower() else "intragenic"


def structural_finding(
    gene: str | None, label: str, line: int | None, **values: object
) -> ImportedFinding:
    """A one-gene rearrangement that is not a fusion (kind `sv`)."""
    word = non_fusion_word(label)
    return ImportedFinding(
        kind=FindingKind.SV,
        gene=gene,
        description=f"{word} rearrangement, not a fusion ({label})",
        source_line=line,
        **values,  # type: ignore[arg-type]
    )


def _split_hyphen(name: str) -> tuple[str, str]:
    """Split at the hyphen whose right side does not start with a digit (NKX2-1-ALK)."""
    positions = [i for i, char in enumerate(name) if char == "-"]
    for index in positions:
        right = name[index + 1 :]
        if right and not right[0].isdigit():
            return name[:index], right
    return (name, "") if not positions else (name[: positions[0]], name[positions[0] + 1 :])


def pick_gene(side: str, path: Path, line: int | None, field: str) -> str | None:
    """The gene symbol at one breakpoint (`ROS1;GOPC`, `PPARG/AC016683.6`): the first that is
    not a clone/locus name."""
    names = [
        n
        for n in (norm.gene_symbol(part, path, line, field) for part in re.split(r"[;,/]", side))
        if n
    ]
    if not names:
        return None
    return next((n for n in names if not norm.is_clone_name(n)), names[0])


def sniff(head: FileHead) -> bool:
    columns = {c.lower() for c in head.header_fields()}
    return bool(
        "fusion" in columns
        or {"genea", "geneb"} <= columns
        or {"site1_hugo_symbol", "site2_hugo_symbol"} <= columns
        or "fusiongene" in columns
    )


def list_samples(path: Path) -> tuple[str, ...]:
    table = parse_table(path, read_text(path))
    index = table.column(*SAMPLE_COLUMNS)
    if index is None:
        return ()
    return tuple(dict.fromkeys(cells[index] for _, cells in table.rows if cells[index]))


def read(path: Path, options: ReadOptions) -> ImportedReport:
    table = parse_table(path, read_text(path))
    rows = _sample_rows(table, options.sample)
    sample = rows[0] if isinstance(rows, tuple) else None
    selected = rows[1] if isinstance(rows, tuple) else table.rows
    findings = [_finding(table, line, cells) for line, cells in selected]
    build_col = table.column("NCBI_Build")
    build = next(
        (cells[build_col] for _, cells in selected if build_col is not None and cells[build_col]),
        None,
    )
    return ImportedReport(
        findings=tuple(findings),
        sample_id=sample,
        genome_build=None if norm.is_missing(build) else build,
        importer=NAME,
        importer_version=VERSION,
    )


def _sample_rows(
    table: Table, requested: str | None
) -> tuple[str, tuple[tuple[int, tuple[str, ...]], ...]] | None:
    index = table.column(*SAMPLE_COLUMNS)
    if index is None:
        return None
    sample = choose_sample(
        table.path, [cells[index] for _, cells in table.rows if cells[index]], requested
    )
    return sample, tuple(row for row in table.rows if row[1][index] == sample)


def _finding(table: Table, line: int, cells: tuple[str, ...]) -> ImportedFinding:
    path = table.path
    fusion = table.column("Fusion", "FusionGene")
    if fusion is not None:
        five, three = split_pair(cells[fusion], path, line, table.header[fusion])
        left, right = table.column("LeftBreakpoint"), table.column("RightBreakpoint")
        return _fusion(
            five,
            three,
            cells[fusion],
            line,
            _cell(cells, left),
            _cell(cells, right),
            norm.parse_int(_cell(cells, table.column("SplitReads")), path, line, "SplitReads"),
        )
    site1 = table.column("Site1_Hugo_Symbol", "GeneA")
    site2 = table.column("Site2_Hugo_Symbol", "GeneB")
    if site1 is None or site2 is None:
        raise ImportFileError(
            str(path), phrase("import.no-fusion-columns"), line=table.header_line, field="Fusion"
        )
    five = norm.gene_symbol(cells[site1], path, line, table.header[site1])
    three = norm.gene_symbol(cells[site2], path, line, table.header[site2])
    if five is None and three is None:
        raise ImportFileError(
            str(path), phrase("import.no-gene-given"), line=line, field=table.header[site1]
        )
    kind_col = table.column("Sv_Type", "Class", "Event_Info")
    label = _cell(cells, kind_col) or "fusion"
    return _fusion(
        five or three,
        None if three == five else three,
        label,
        line,
        _breakpoint(table, cells, "Site1"),
        _breakpoint(table, cells, "Site2"),
        _reads(table, cells, line),
    )


def _fusion(
    five: str | None,
    three: str | None,
    label: str,
    line: int,
    bp5: str | None,
    bp3: str | None,
    reads: int | None,
) -> ImportedFinding:
    if three is None:
        return structural_finding(
            five, label, line, breakpoint_5=bp5, breakpoint_3=bp3, supporting_reads=reads
        )
    return ImportedFinding(
        kind=FindingKind.FUSION,
        gene=five,
        partner_gene=three,
        breakpoint_5=bp5,
        breakpoint_3=bp3,
        supporting_reads=reads,
        description=label,
        source_line=line,
    )


def _cell(cells: tuple[str, ...], index: int | None) -> str | None:
    if index is None or norm.is_missing(cells[index]):
        return None
    return cells[index]


def _breakpoint(table: Table, cells: tuple[str, ...], site: str) -> str | None:
    chrom = _cell(cells, table.column(f"{site}_Chromosome"))
    position = _cell(cells, table.column(f"{site}_Position"))
    return f"{chrom}:{position}" if chrom and position else None


def _reads(table: Table, cells: tuple[str, ...], line: int) -> int | None:
    for name in ("Tumor_Split_Read_Count", "Tumor_Variant_Count", "Tumor_Paired_End_Read_Count"):
        value = norm.parse_int(_cell(cells, table.column(name)), table.path, line, name)
        if value is not None:
            return value
    return None


SPEC = ImporterSpec(
    NAME,
    VERSION,
    "fusion / structural-variant table (oncokb, cBioPortal data_sv, PCGR)",
    sniff,
    read,
    list_samples,
)
