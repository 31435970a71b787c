"""A sample's DRAGEN TSO500 output folder, read as ONE report.

The folder (and its sub-folders, three levels deep) is searched for the files an importer
recognises by content. The sample's `CombinedVariantOutput.tsv` is preferred: its findings are
taken whole, and the per-caller files (CNV VCF, SpliceGirl VCF, `*_AllFusions.csv`) add only
what the CVO does not hold (a finding of the same kind, genes and call is not added twice).
Without a CVO, the per-caller files make the report. Files no importer recognises (metrics,
BAMs, JSON) are passed over; an unannotated small-variant VCF is passed over when a CVO is
there and refused otherwise; two CVOs mean two samples and are refused. Every file used is
listed with its name and SHA-256 in the report's provenance (`details["source_files"]`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from mtb_desk.domain.genes import GeneMap
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.importers import dragen, tso500
from mtb_desk.importers.registry import file_sha256, read_report, sniff

MAX_DEPTH = 3
# what a per-caller file assays (kind names as `matching.coverage.Assayed` values)
CALLER_KINDS = {
    "dragen-cnv-vcf": ("amplifications", "deletions"),
    "dragen-splice-vcf": ("splice variants",),
    "dragen-all-fusions": ("fusions",),
}
PER_CALLER = (dragen.CNV_SPEC, dragen.SPLICE_SPEC, dragen.FUSION_SPEC)
NAME = "dragen-tso500-folder"
VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class UsedFile:
    name: str  # path relative to the folder
    sha256: str
    importer: str
    findings: int


def _files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        depth = len(path.relative_to(folder).parts)
        if path.is_file() and depth <= MAX_DEPTH and not path.name.startswith("."):
            found.append(path)
    return found


def _recognised(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """(CVOs, per-caller files, unannotated small-variant VCFs) in the folder."""
    cvos, callers, unannotated = [], [], []
    for path in _files(folder):
        try:
            spec = sniff(path)
        except ImportFileError:
            continue  # metrics, logs, BAMs…: not a report file
        if spec is tso500.SPEC:
            cvos.append(path)
        elif spec in PER_CALLER:
            callers.append(path)
        elif spec is dragen.SMALL_VARIANT_SPEC:
            unannotated.append(path)
    return cvos, callers, unannotated


def _key(finding: ImportedFinding) -> tuple[object, ...]:
    return finding.kind, finding.gene, finding.partner_gene, finding.cnv_call


def read_folder(
    folder: Path, *, genes: GeneMap | None = None
) -> tuple[ImportedReport, tuple[UsedFile, ...]]:
    """One report from a sample's output folder; raises `ImportFileError` naming the file."""
    if not folder.is_dir():
        raise ImportFileError(str(folder), phrase("import.not-folder"))
    cvos, callers, unannotated = _recognised(folder)
    if len(cvos) > 1:
        names = ", ".join(p.relative_to(folder).as_posix() for p in cvos)
        raise ImportFileError(str(folder), phrase("import.folder-several-samples", names=names))
    if not cvos and not callers:
        if unannotated:
            raise ImportFileError(str(unannotated[0]), dragen.REFUSAL)
        raise ImportFileError(str(folder), phrase("import.folder-no-output"))
    reports = [(path, read_report(path, genes=genes)) for path in [*cvos, *callers]]
    base = reports[0][1] if cvos else None
    findings = list(base.findings) if base else []
    seen = {_key(f) for f in findings}
    used: list[UsedFile] = []
    warnings: list[Value] = list(base.notes if base else ())
    for path, report in reports:
        added = [f for f in report.findings if report is base or _key(f) not in seen]
        if report is not base:
            findings += added
            seen.update(_key(f) for f in added)
            warnings += [phrase("warn.in-file", file=path.name, warning=w) for w in report.notes]
        used.append(
            UsedFile(
                path.relative_to(folder).as_posix(), file_sha256(path), report.importer, len(added)
            )
        )
    if unannotated and cvos:
        warnings.append(phrase("warn.unannotated-passed-over", count=len(unannotated)))
    return _merged(folder, base, reports, findings, used, warnings), tuple(used)


def _merged(
    folder: Path,
    base: ImportedReport | None,
    reports: list[tuple[Path, ImportedReport]],
    findings: list[ImportedFinding],
    used: list[UsedFile],
    warnings: list[Value],
) -> ImportedReport:
    first = base or reports[0][1]
    files = [{"name": u.name, "sha256": u.sha256, "importer": u.importer} for u in used]
    sample = first.sample_id or next((r.sample_id for _, r in reports if r.sample_id), None)
    covered = {kind for _, r in reports for kind in CALLER_KINDS.get(r.importer, ())}
    return replace(
        first,
        not_assayed={k: v for k, v in first.not_assayed.items() if k not in covered},
        findings=tuple(findings),
        sample_id=sample,
        importer=NAME,
        importer_version=VERSION,
        notes=tuple(dict.fromkeys(warnings)),
        details={**first.details, "folder": folder.name, "source_files": json.dumps(files)},
    )


def folder_sha256(used: tuple[UsedFile, ...]) -> str:
    """One digest for the set of files (names and contents), for duplicate detection."""
    text = "\n".join(f"{u.name}\t{u.sha256}" for u in sorted(used, key=lambda u: u.name))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
