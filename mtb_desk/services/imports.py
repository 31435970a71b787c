"""Importing a lab file into a case: read and validate everything, then write in one unit.

The file is parsed before any transaction starts, so a bad file never touches the database;
the report and all its findings are then written together, or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, ColumnMapping, MolecularReport
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.enums import FindingKind, MsiStatus
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import MtbDeskError, NotFoundError
from mtb_desk.i18n import N_
from mtb_desk.i18n.phrases import Value, render
from mtb_desk.progress import NullProgress, Progress
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.molecular import (
    TupleDigest,
    add_report,
    bulk_insert_findings,
    column_tuples,
    new_report_row,
    record_import,
)
from mtb_desk.services.permissions import Action, Actor, require

if TYPE_CHECKING:
    from mtb_desk.importers.generic import ColumnMapping as Mapping
    from mtb_desk.importers.vcf_columns import VariantColumns
    from mtb_desk.importers.vcf_stream import VcfStream


class DuplicateImportError(MtbDeskError):
    """The same file (same SHA-256) was already imported into this case."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    study_id: str
    dry_run: bool
    report_id: int | None
    source_filename: str
    sha256: str
    importer: str
    importer_version: str
    assay: str
    sample_id: str | None
    genome_build: str | None
    counts: dict[str, int]
    findings: int
    filtered: int
    tmb: float | None
    msi: MsiStatus | None
    msi_score: float | None
    warnings: tuple[str, ...]  # in English (``--json``); `notes` renders them for a reader
    source_files: tuple[str, ...] = ()  # a folder import: "name sha256" of each file used
    notes: tuple[Value, ...] = ()  # the warnings as phrases (code and parameters)

    def warnings_in(self, lang: str) -> list[str]:
        return [render(note, lang) for note in self.notes] or list(self.warnings)


@dataclass
class _Tally:
    """Findings per kind and how many are filtered, added up chunk by chunk."""

    counts: dict[str, int] = field(default_factory=dict)
    filtered: int = 0

    @classmethod
    def of_rows(cls, rows: list[dict[str, Any]]) -> _Tally:
        tally = cls()
        for row in rows:
            kind = FindingKind(row["kind"]).value
            tally.counts[kind] = tally.counts.get(kind, 0) + 1
        tally.filtered = sum(1 for r in rows if r["filter"] not in (None, "PASS", ".", ""))
        return tally

    def add(self, columns: VariantColumns) -> None:
        for kind, count in columns.kind_counts().items():
            self.counts[kind] = self.counts.get(kind, 0) + count
        self.filtered += columns.filtered_count()


def _summary(
    study_id: str,
    path: Path,
    sha256: str,
    report: ImportedReport,
    tally: _Tally,
    report_id: int | None,
) -> ImportSummary:
    counts = tally.counts
    return ImportSummary(
        study_id=study_id,
        dry_run=report_id is None,
        report_id=report_id,
        source_filename=path.name,
        sha256=sha256,
        importer=report.importer,
        importer_version=report.importer_version,
        assay=report.assay.value,
        sample_id=report.sample_id,
        genome_build=report.genome_build,
        counts=dict(sorted(counts.items())),
        findings=sum(counts.values()),
        filtered=tally.filtered,
        tmb=report.tmb,
        msi=report.msi_status,
        msi_score=report.msi_score,
        warnings=report.warnings,
        notes=report.notes,
    )


def _refuse_duplicate(session: Session, case: Case, path: Path, sha256: str) -> None:
    earlier = session.scalar(
        select(MolecularReport).where(
            MolecularReport.case_id == case.id, MolecularReport.source_sha256 == sha256
        )
    )
    if earlier is not None:
        when = earlier.imported_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        raise DuplicateImportError(
            f"{path.name} was already imported into case {case.patient.study_id} "
            f"(report {earlier.id}, by {earlier.imported_by} on {when}); nothing was imported"
        )


def import_file(
    database: Database,
    actor: Actor,
    study_id: str,
    path: str | Path,
    *,
    sample: str | None = None,
    dry_run: bool = False,
    skip_filtered: bool = False,
    lab: str | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import one file into the case of `study_id`; `lab` selects a saved column mapping."""
    from mtb_desk.importers.registry import file_sha256, is_vcf, open_vcf, read_report_rows

    require(actor, Action.IMPORT_REPORT)
    file = Path(path)
    progress = progress or NullProgress()
    with reading(database) as session:
        case_for_study_id(session, study_id)  # fail early for an unknown case
    mapping = column_mapping(database, lab) if lab else None
    sha256 = file_sha256(file)
    with reading(database) as session:
        _refuse_duplicate(session, case_for_study_id(session, study_id), file, sha256)
    from mtb_desk.services.genes import gene_map_in_force

    genes = gene_map_in_force(database)
    if is_vcf(file, mapping):
        source = open_vcf(
            file, sample=sample, skip_filtered=skip_filtered, progress=progress, genes=genes
        )
        if dry_run:
            return _check_vcf(study_id, file, sha256, source)
        return _store_vcf(database, actor, study_id, file, sha256, source)
    report, rows = read_report_rows(
        file,
        sample=sample,
        skip_filtered=skip_filtered,
        mapping=mapping,
        progress=progress,
        genes=genes,
    )
    if dry_run:
        return _summary(study_id, file, sha256, report, _Tally.of_rows(rows), None)
    progress.update(0, None, N_("Saving findings"))
    return _store(database, actor, study_id, file, sha256, report, rows)


def _store(
    database: Database,
    actor: Actor,
    study_id: str,
    file: Path,
    sha256: str,
    report: ImportedReport,
    rows: list[dict[str, Any]],
) -> ImportSummary:
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        _refuse_duplicate(session, case, file, sha256)  # again: another user may have been first
        row = add_report(
            session,
            actor,
            case,
            report,
            source_filename=file.name,
            source_sha256=sha256,
            rows=rows,
        )
        return _summary(study_id, file, sha256, report, _Tally.of_rows(rows), row.id)


def _check_vcf(study_id: str, file: Path, sha256: str, source: VcfStream) -> ImportSummary:
    """The dry run of a VCF: every chunk read and validated, the summary added up on columns."""
    from mtb_desk.importers.registry import vcf_chunks, vcf_report

    tally = _Tally()
    for chunk in vcf_chunks(source):
        tally.add(chunk)
    report = vcf_report(source, sum(tally.counts.values()))
    return _summary(study_id, file, sha256, report, tally, None)


def _store_vcf(
    database: Database, actor: Actor, study_id: str, file: Path, sha256: str, source: VcfStream
) -> ImportSummary:
    """Read and write chunk by chunk in one transaction: an error in any chunk (a bad record
    near the end) rolls back everything, so nothing is written, as for a whole-file read."""
    from mtb_desk.importers.registry import vcf_chunks, vcf_report

    tally = _Tally()
    with writing(database) as session:
        case = case_for_study_id(session, study_id)
        _refuse_duplicate(session, case, file, sha256)
        row = new_report_row(session, actor, case, source.header_report(), file.name, sha256)
        digest = TupleDigest()
        for chunk in vcf_chunks(source):
            tally.add(chunk)
            tuples = list(column_tuples(row.id, chunk))  # one chunk: bounded
            digest.add(tuples)
            bulk_insert_findings(session, tuples)
        report = vcf_report(source, sum(tally.counts.values()))
        record_import(session, actor, case, row, report, tally.counts, digest.hexdigest())
        return _summary(study_id, file, sha256, report, tally, row.id)


def import_folder(
    database: Database,
    actor: Actor,
    study_id: str,
    folder: str | Path,
    *,
    dry_run: bool = False,
) -> ImportSummary:
    """Import a sample's DRAGEN TSO500 output folder as one report (see `importers.folder`);
    the report's SHA-256 covers every file used, each listed with its own in the details."""
    from mtb_desk.importers.folder import folder_sha256, read_folder
    from mtb_desk.services.genes import gene_map_in_force

    require(actor, Action.IMPORT_REPORT)
    path = Path(folder)
    with reading(database) as session:
        case_for_study_id(session, study_id)
    report, used = read_folder(path, genes=gene_map_in_force(database))
    files = tuple(f"{u.name} {u.sha256}" for u in used)
    sha256 = folder_sha256(used)
    with reading(database) as session:
        _refuse_duplicate(session, case_for_study_id(session, study_id), path, sha256)
    rows = [{name: getattr(f, name) for name in ImportedFinding.__slots__} for f in report.findings]
    report = replace(report, findings=())
    if dry_run:
        summary = _summary(study_id, path, sha256, report, _Tally.of_rows(rows), None)
        return replace(summary, source_files=files)
    return replace(
        _store(database, actor, study_id, path, sha256, report, rows), source_files=files
    )


def column_mapping(database: Database, lab: str) -> Mapping:
    from mtb_desk.importers.generic import ColumnMapping as Mapping

    with reading(database) as session:
        row = session.scalar(select(ColumnMapping).where(ColumnMapping.lab == lab))
        if row is None:
            raise NotFoundError(f"no saved column mapping for lab '{lab}'")
        return Mapping.from_json(json.dumps(row.mapping))


def save_column_mapping(database: Database, actor: Actor, lab: str, mapping: Mapping) -> None:
    """Save (or replace) a lab's column mapping, so its sheets import without asking again."""
    require(actor, Action.IMPORT_REPORT)
    data = json.loads(mapping.to_json())
    with writing(database) as session:
        row = session.scalar(select(ColumnMapping).where(ColumnMapping.lab == lab))
        before = row.mapping if row is not None else None
        if row is None:
            row = ColumnMapping(lab=lab, mapping=data, updated_by=actor.username)
            session.add(row)
        else:
            row.mapping, row.updated_by = data, actor.username
            row.updated_at = dt.datetime.now(dt.UTC)
        record_event(
            session,
            actor=actor.username,
            action="save",
            entity="column_mapping",
            entity_id=lab,
            summary=f"column mapping for lab {lab} saved",
            before=before,
            after=data,
        )
