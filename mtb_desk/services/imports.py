"""Importing a lab file into a case: read and validate everything, then write in one unit.

The file is parsed before any transaction starts, so a bad file never touches the database;
the report and all its findings are then written together, or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
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
from mtb_desk.progress import NullProgress, Progress
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Action, Actor, require

if TYPE_CHECKING:
    from mtb_desk.importers.generic import ColumnMapping as Mapping


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
    warnings: tuple[str, ...]
    source_files: tuple[str, ...] = ()  # a folder import: "name sha256" of each file used


def _summary(
    study_id: str,
    path: Path,
    sha256: str,
    report: ImportedReport,
    rows: list[dict[str, Any]],
    report_id: int | None,
) -> ImportSummary:
    counts: dict[str, int] = {}
    for row in rows:
        kind = FindingKind(row["kind"]).value
        counts[kind] = counts.get(kind, 0) + 1
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
        findings=len(rows),
        filtered=sum(1 for r in rows if r["filter"] not in (None, "PASS", ".", "")),
        tmb=report.tmb,
        msi=report.msi_status,
        msi_score=report.msi_score,
        warnings=report.warnings,
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
    from mtb_desk.importers.registry import file_sha256, read_report_rows

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

    report, rows = read_report_rows(
        file,
        sample=sample,
        skip_filtered=skip_filtered,
        mapping=mapping,
        progress=progress,
        genes=gene_map_in_force(database),
    )
    if dry_run:
        return _summary(study_id, file, sha256, report, rows, None)
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
        return _summary(study_id, file, sha256, report, rows, row.id)


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
        return replace(_summary(study_id, path, sha256, report, rows, None), source_files=files)
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
