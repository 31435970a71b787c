"""Choosing an importer by content and reading a file: the entry points for services.

- `sniff(path, mapping=None) -> ImporterSpec`: the importer for a file, chosen by its content
  (the extension only breaks ties between table layouts); a file no importer recognises raises
  `ImportFileError` listing every importer tried.
- `read_report(path, ...) -> ImportedReport`: always ONE report for ONE sample. A file holding
  several samples needs `sample=`; without it `SampleChoiceRequired` (an `ImportFileError`
  carrying `.samples`) is raised, so the caller can ask the user and call again.
- `list_samples(path)`: the samples a file holds, for a chooser, without reading it all twice.
- `file_sha256(path)`: hex digest of the file's bytes, for provenance and duplicate detection.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import cna, fusions, generic, maf, tso500, vcf, xml_f1
from mtb_desk.importers.base import FileHead, ImporterSpec, ReadOptions
from mtb_desk.importers.generic import ColumnMapping
from mtb_desk.importers.text import read_head
from mtb_desk.progress import NullProgress, Progress

# Order matters: the more specific formats come first.
IMPORTERS: tuple[ImporterSpec, ...] = (
    tso500.SPEC,
    vcf.SPEC,
    xml_f1.SPEC,
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
        raise ImportFileError(str(file), "the file is empty", line=1)
    if mapping is not None:
        return generic.SPEC
    head = FileHead(file, raw, gzipped)
    for spec in IMPORTERS:
        if spec.sniff(head):
            return spec
    if generic.sniff(head):
        raise ImportFileError(
            str(file),
            "not a known lab format; map its columns to import it as a generic table "
            f"(tried: {', '.join(s.name for s in IMPORTERS)})",
        )
    raise ImportFileError(
        str(file),
        f"unrecognised file format (tried: {', '.join(s.name for s in (*IMPORTERS, generic.SPEC))})",  # noqa: E501
        line=1,
    )


def read_report(
    path: str | Path,
    *,
    sample: str | None = None,
    skip_filtered: bool = False,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
) -> ImportedReport:
    """Read one report from a file; raises only `ImportFileError` (and `OperationCancelled`)."""
    file = Path(path)
    spec = sniff(file, mapping)
    options = ReadOptions(sample, skip_filtered, mapping, progress or NullProgress())
    try:
        report = spec.read(file, options)
    except ImportFileError:
        raise
    except (ValueError, LookupError, TypeError, ArithmeticError, EOFError, OSError) as exc:
        # A last line of defence: a parser bug must still reach the user as a file error.
        raise ImportFileError(
            str(file), f"unreadable content ({type(exc).__name__}: {exc})"
        ) from exc
    if (
        not report.findings
        and not report.warnings
        and report.tmb is None
        and report.msi_status is None
    ):
        report = replace(report, warnings=("the file holds no findings",))
    return report


def list_samples(path: str | Path) -> tuple[str, ...]:
    """Samples the file holds (empty for single-sample formats)."""
    file = Path(path)
    spec = sniff(file)
    return spec.list_samples(file) if spec.list_samples is not None else ()


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ImportFileError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    return digest.hexdigest()
