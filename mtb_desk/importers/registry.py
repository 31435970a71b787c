"""Choosing an importer by content and reading a file: the entry points for services.

- `sniff(path, mapping=None) -> ImporterSpec`: the importer for a file, chosen by its content
  (the extension only breaks ties between table layouts); a file no importer recognises raises
  `ImportFileError` listing every importer tried.
- `read_report(path, ...) -> ImportedReport`: always ONE report for ONE sample. A file holding
  several samples needs `sample=`; without it `SampleChoiceRequired` (an `ImportFileError`
  carrying `.samples`) is raised, so the caller can ask the user and call again.
- `list_samples(path)`: the samples a file holds, for a chooser, without reading it all twice.
- `is_vcf` / `open_vcf` / `vcf_chunks` / `vcf_report`: a VCF read as a stream of column chunks
  (bounded memory, for whole genomes); parser bugs still surface as `ImportFileError`.
- `file_sha256(path)`: hex digest of the file's bytes, for provenance and duplicate detection.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mtb_desk.domain.genes import GeneMap
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.importers import cna, dragen, fusions, generic, maf, tso500, vcf, xml_f1
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions
from mtb_desk.importers.bounded import check_input
from mtb_desk.importers.gene_names import map_report, map_rows
from mtb_desk.importers.generic import ColumnMapping
from mtb_desk.importers.text import read_head
from mtb_desk.progress import NullProgress, Progress

if TYPE_CHECKING:
    from mtb_desk.importers.vcf_columns import VariantColumns
    from mtb_desk.importers.vcf_stream import VcfStream

T = TypeVar("T")

# Order matters: the more specific formats come first. A VCF is then told apart by its header:
# DRAGEN's per-caller VCFs have their own readers (or a refusal).
VCF_KINDS: tuple[ImporterSpec, ...] = (
    dragen.CNV_SPEC,
    dragen.SPLICE_SPEC,
    dragen.SMALL_VARIANT_SPEC,
)
IMPORTERS: tuple[ImporterSpec, ...] = (
    tso500.SPEC,
    vcf.SPEC,
    xml_f1.SPEC,
    dragen.FUSION_SPEC,
    maf.SPEC,
    cna.SPEC,
    fusions.SPEC,
    cna.ATYPICAL_SPEC,
)


def sniff(path: str | Path, mapping: ColumnMapping | None = None) -> ImporterSpec:
    """The importer for this file; with a column mapping, the generic importer."""
    file = Path(path)
    raw, gzipped = read_head(file)
    if not raw.strip():
        raise ImportFileError(str(file), phrase("import.empty"), line=1)
    if mapping is not None:
        return generic.SPEC
    head = FileHead(file, raw, gzipped)
    for spec in IMPORTERS:
        if spec.sniff(head):
            if spec is vcf.SPEC:
                return next((kind for kind in VCF_KINDS if kind.sniff(head)), spec)
            return spec
    if generic.sniff(head):
        raise ImportFileError(
            str(file),
            phrase("import.map-columns", tried=", ".join(s.name for s in IMPORTERS)),
        )
    raise ImportFileError(
        str(file),
        phrase(
            "import.unknown-format", tried=", ".join(s.name for s in (*IMPORTERS, generic.SPEC))
        ),  # noqa: E501
        line=1,
    )


_PARSER_BUGS = (ValueError, KeyError, IndexError, TypeError, OverflowError, UnicodeError, EOFError)


def _guarded(file: Path, read: Callable[[], T]) -> T:
    """Run a reader; a parser bug must still reach the user as a file error."""
    try:
        return read()
    except ImportFileError:
        raise
    except _PARSER_BUGS as exc:
        raise ImportFileError(
            str(file), phrase("import.unreadable-content", why=f"{type(exc).__name__}: {exc}")
        ) from exc


def _note_empty(report: ImportedReport, finding_count: int) -> ImportedReport:
    if not finding_count and not report.notes and report.tmb is None and report.msi_status is None:
        return replace(report, notes=(phrase("warn.no-findings"),))
    return report


def read_report(
    path: str | Path,
    *,
    sample: str | None = None,
    skip_filtered: bool = False,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    genes: GeneMap | None = None,
) -> ImportedReport:
    """Read one report from a file; raises only `ImportFileError` (and `OperationCancelled`).

    Gene symbols are mapped through `genes` (default: the map shipped in `assets/`)."""
    file = Path(path)
    spec = sniff(file, mapping)
    options = ReadOptions(sample, skip_filtered, mapping, progress or NullProgress())
    report = _guarded(file, lambda: spec.read(file, options))
    report = map_report(genes, report)
    return _note_empty(report, len(report.findings))


def read_report_rows(
    path: str | Path,
    *,
    sample: str | None = None,
    skip_filtered: bool = False,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    genes: GeneMap | None = None,
) -> tuple[ImportedReport, list[dict[str, Any]]]:
    """Like `read_report`, but the findings come as plain dicts (ImportedFinding's field names)
    and the report's own `findings` is empty (a VCF is read as columns, without ImportedFinding
    objects). For very large VCFs use `open_vcf`, whose chunks keep memory bounded."""
    file = Path(path)
    spec = sniff(file, mapping)
    if spec is not vcf.SPEC:
        report = read_report(
            file,
            sample=sample,
            skip_filtered=skip_filtered,
            mapping=mapping,
            progress=progress,
            genes=genes,
        )
        rows = [
            {name: getattr(f, name) for name in ImportedFinding.__slots__} for f in report.findings
        ]
        return replace(report, findings=()), rows
    options = ReadOptions(sample, skip_filtered, None, progress or NullProgress())
    report, columns = _guarded(file, lambda: vcf.read_columns(file, options))
    rows = _guarded(file, lambda: list(columns.rows()))
    mapped = map_rows(genes, rows)
    report = replace(report, notes=report.notes + mapped)
    return _note_empty(report, len(rows)), rows


def is_vcf(path: Path, mapping: ColumnMapping | None = None) -> bool:
    """Whether the file is read as a VCF (then `open_vcf` streams it in chunks)."""
    return mapping is None and sniff(path) is vcf.SPEC


def open_vcf(
    path: Path,
    *,
    sample: str | None = None,
    skip_filtered: bool = False,
    progress: Progress | None = None,
    genes: GeneMap | None = None,
) -> VcfStream:
    """A VCF opened for reading chunk by chunk (header read and checked, sample chosen); gene
    symbols go through `genes` (None: the shipped default) as in `read_report`."""
    from mtb_desk.importers.vcf_stream import VcfStream  # noqa: PLC0415

    options = ReadOptions(sample, skip_filtered, None, progress or NullProgress())
    source = _guarded(path, lambda: VcfStream.open(path, options))
    source.genes = genes
    return source


def vcf_chunks(source: VcfStream) -> Iterator[VariantColumns]:
    """The stream's chunks, symbols mapped (only records read one by one carry genes); a parser
    bug still reaches the user as a file error."""
    chunks = source.chunks()
    while (chunk := _guarded(source.path, lambda: next(chunks, None))) is not None:
        if chunk.other:
            mapped = map_report(source.genes, ImportedReport(findings=tuple(chunk.other)))
            chunk.other = list(mapped.findings)
            source.gene_warnings.update(dict.fromkeys(mapped.notes))
        yield chunk


def vcf_report(source: VcfStream, finding_count: int) -> ImportedReport:
    """The report once every chunk was read (with "no findings" noted when so)."""
    report = source.report()
    report = replace(report, notes=report.notes + tuple(source.gene_warnings))
    return _note_empty(report, finding_count)


def list_samples(path: str | Path) -> tuple[str, ...]:
    """Samples the file holds (empty for single-sample formats)."""
    file = Path(path)
    spec = sniff(file)
    return spec.list_samples(file) if spec.list_samples is not None else ()


def file_sha256(path: str | Path) -> str:
    check_input(Path(path))  # a FIFO or device would block or never end
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ImportFileError(
            str(path), phrase("import.unreadable", why=str(exc.strerror or exc))
        ) from exc
    return digest.hexdigest()
