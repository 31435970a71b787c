"""Storing molecular reports and their findings (used by imports and demo data)."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from mtb_desk.db.models import Case, Finding, MolecularReport
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Actor

_FINDING_COLUMNS = tuple(
    f.name for f in dataclasses.fields(ImportedFinding) if f.name != "source_line"
)


def finding_rows(report_id: int, findings: tuple[ImportedFinding, ...]) -> list[dict[str, Any]]:
    """Plain dicts for a bulk INSERT (much faster than one ORM object per finding)."""
    rows = []
    for finding in findings:
        row = {name: getattr(finding, name) for name in _FINDING_COLUMNS}
        row["report_id"] = report_id
        row["is_filtered"] = finding.is_filtered
        row["source_line"] = finding.source_line
        rows.append(row)
    return rows


def add_report(
    session: Session,
    actor: Actor,
    case: Case,
    report: ImportedReport,
    *,
    source_filename: str | None = None,
    source_sha256: str | None = None,
) -> MolecularReport:
    """Write one report and all its findings inside the caller's unit of work."""
    row = MolecularReport(
        case_id=case.id,
        assay=report.assay,
        lab=report.lab,
        specimen=report.specimen,
        sample_id=report.sample_id,
        tumour_cell_content=report.tumour_cell_content,
        report_date=report.report_date,
        tmb=report.tmb,
        msi_status=report.msi_status,
        msi_score=report.msi_score,
        genome_build=report.genome_build,
        source_filename=source_filename,
        source_sha256=source_sha256,
        importer=report.importer or None,
        importer_version=report.importer_version or None,
        imported_by=actor.username,
        details=dict(report.details),
    )
    session.add(row)
    session.flush()
    if report.findings:
        session.execute(insert(Finding), finding_rows(row.id, report.findings))
    counts: dict[str, int] = {}
    for finding in report.findings:
        counts[finding.kind.value] = counts.get(finding.kind.value, 0) + 1
    record_event(
        session,
        actor=actor.username,
        action="import",
        entity="molecular_report",
        entity_id=row.id,
        case_id=case.id,
        summary=(
            f"{report.assay.value} report {source_filename or ''} added with "
            f"{len(report.findings)} findings"
        ).replace("  ", " "),
        after={
            "assay": report.assay,
            "sample_id": report.sample_id,
            "source_filename": source_filename,
            "source_sha256": source_sha256,
            "tmb": report.tmb,
            "msi_status": report.msi_status,
            "findings": counts,
        },
    )
    return row
