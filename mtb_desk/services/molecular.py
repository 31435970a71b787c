"""Storing molecular reports and their findings (used by imports and demo data)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case, MolecularReport, ReportCoverage
from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Actor

# Finding columns filled from ImportedFinding, in insert order; enums go in as their values.
_PLAIN_FIELDS = tuple(
    f.name for f in dataclasses.fields(ImportedFinding) if f.name not in ("kind", "cnv_call")
)
FINDING_COLUMNS = ("report_id", "kind", "cnv_call", "is_filtered", *_PLAIN_FIELDS)
_plain_values = attrgetter(*_PLAIN_FIELDS)


def finding_tuples(report_id: int, findings: tuple[ImportedFinding, ...]) -> list[tuple[Any, ...]]:
    """Driver-ready rows in `FINDING_COLUMNS` order (much faster than ORM objects)."""
    return [
        (
            report_id,
            f.kind.value,
            f.cnv_call.value if f.cnv_call is not None else None,
            f.is_filtered,
            *_plain_values(f),
        )
        for f in findings
    ]


# The finding columns whose content the import event records a digest of, so that a hand
# edit of a finding is found by `audit verify` (see services/audit_rows.py).
DIGEST_COLUMNS = ("kind", "gene", "protein", "chromosome", "position", "ref", "alt")


def findings_digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 over the `DIGEST_COLUMNS` values of rows given in that column order."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join("" if v is None else str(v) for v in row).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


def _digest_of_tuples(tuples: list[tuple[Any, ...]]) -> str:
    at = [FINDING_COLUMNS.index(c) for c in DIGEST_COLUMNS]
    return findings_digest(tuple(t[i] for i in at) for t in tuples)


def row_tuples(report_id: int, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The same driver-ready rows from plain dicts keyed by ImportedFinding's field names."""
    result = []
    for row in rows:
        call = row["cnv_call"]
        flt = row["filter"]
        result.append(
            (
                report_id,
                FindingKind(row["kind"]).value,
                CnvCall(call).value if call is not None else None,
                flt is not None and flt not in ("PASS", ".", ""),
                *(_plain(row, name) for name in _PLAIN_FIELDS),
            )
        )
    return result


def _plain(row: dict[str, Any], name: str) -> Any:
    """A plain dict's value; rows built from columns leave the flag `equivocal` as None."""
    value = row.get(name)
    return bool(value) if name == "equivocal" else value


def bulk_insert_findings(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert many findings fast, inside the session's transaction.

    The ORM's per-row type processing dominates at 100,000 rows, so this hands plain tuples
    to the driver: PostgreSQL's COPY, SQLite's executemany.
    """
    columns = ", ".join(FINDING_COLUMNS)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(f"COPY finding ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    placeholders = ", ".join("?" for _ in FINDING_COLUMNS)
    connection.exec_driver_sql(f"INSERT INTO finding ({columns}) VALUES ({placeholders})", rows)


def add_report(
    session: Session,
    actor: Actor,
    case: Case,
    report: ImportedReport,
    *,
    source_filename: str | None = None,
    source_sha256: str | None = None,
    rows: list[dict[str, Any]] | None = None,
) -> MolecularReport:
    """Write one report and all its findings inside the caller's unit of work.

    The findings are `report.findings`, or `rows` (plain dicts) for very large files.
    """
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
    session.add(
        ReportCoverage(
            report_id=row.id,
            profile=report.details.get("panel") or report.assay.value,
            not_assayed=dict(report.not_assayed),
        )
    )
    tuples = (
        row_tuples(row.id, rows) if rows is not None else finding_tuples(row.id, report.findings)
    )
    if tuples:
        bulk_insert_findings(session, tuples)
    counts: dict[str, int] = {}
    for values in tuples:
        counts[values[1]] = counts.get(values[1], 0) + 1
    record_event(
        session,
        actor=actor.username,
        action="import",
        entity="molecular_report",
        entity_id=row.id,
        case_id=case.id,
        summary=(
            f"{report.assay.value} report {source_filename or ''} added with {len(tuples)} findings"
        ).replace("  ", " "),
        after={
            "assay": report.assay,
            "sample_id": report.sample_id,
            "source_filename": source_filename,
            "source_sha256": source_sha256,
            "tmb": report.tmb,
            "msi_status": report.msi_status,
            "findings": counts,
            "findings_sha256": _digest_of_tuples(tuples),
        },
    )
    return row
