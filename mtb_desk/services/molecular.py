"""Storing molecular reports and their findings (used by imports and demo data)."""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from mtb_desk.db.models import Case, MolecularReport, ReportCoverage, ReportFindingCount
from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Actor

if TYPE_CHECKING:
    from mtb_desk.importers.vcf_columns import VariantColumns

# Finding columns filled from ImportedFinding, in insert order; enums go in as their values.
_PLAIN_FIELDS = tuple(
    f.name for f in dataclasses.fields(ImportedFinding) if f.name not in ("kind", "cnv_call")
)
FINDING_COLUMNS = ("report_id", "kind", "cnv_call", "is_filtered", *_PLAIN_FIELDS)
_plain_values = attrgetter(*_PLAIN_FIELDS)
# What a finding column holds when a columnar reader does not fill it: the record's default.
_DEFAULTS = {
    f.name: None if f.default is dataclasses.MISSING else f.default
    for f in dataclasses.fields(ImportedFinding)
}
_LINE_INDEX = FINDING_COLUMNS.index("source_line")


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
    _digest_rows(digest, rows)
    return digest.hexdigest()


def _digest_rows(digest: Any, rows: Iterable[Sequence[Any]]) -> None:
    for row in rows:
        digest.update("\x1f".join("" if v is None else str(v) for v in row).encode())
        digest.update(b"\x1e")


_DIGEST_AT = itemgetter(*(FINDING_COLUMNS.index(c) for c in DIGEST_COLUMNS))


def _digest_of_tuples(tuples: list[tuple[Any, ...]]) -> str:
    return findings_digest(map(_DIGEST_AT, tuples))


class TupleDigest:
    """`findings_digest` added up chunk by chunk over driver-ready tuples (streamed imports)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def add(self, tuples: Iterable[tuple[Any, ...]]) -> None:
        _digest_rows(self._digest, map(_DIGEST_AT, tuples))

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


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


def column_tuples(report_id: int, columns: VariantColumns) -> Iterator[tuple[Any, ...]]:
    """Driver-ready rows of one chunk of columns, in file order, made one at a time from the
    column lists (the records read one by one are merged in by source line)."""
    lists = columns.column_lists()
    series: list[Iterable[Any]] = [
        repeat(report_id)
        if name == "report_id"
        else lists[name]
        if name in lists
        else repeat(_DEFAULTS.get(name))
        for name in FINDING_COLUMNS
    ]
    fast = zip(*series, strict=False)  # stops with the finite lists
    if not columns.other:
        return fast
    other = finding_tuples(report_id, tuple(columns.other))
    return heapq.merge(fast, other, key=itemgetter(_LINE_INDEX))


def bulk_insert_findings(session: Session, rows: Iterable[tuple[Any, ...]]) -> None:
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
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.executemany(f"INSERT INTO finding ({columns}) VALUES ({placeholders})", rows)


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
    row = new_report_row(session, actor, case, report, source_filename, source_sha256)
    tuples = (
        row_tuples(row.id, rows) if rows is not None else finding_tuples(row.id, report.findings)
    )
    if tuples:
        bulk_insert_findings(session, tuples)
    counts: dict[str, int] = {}
    for values in tuples:
        counts[values[1]] = counts.get(values[1], 0) + 1
    record_import(session, actor, case, row, report, counts, _digest_of_tuples(tuples))
    return row


def new_report_row(
    session: Session,
    actor: Actor,
    case: Case,
    report: ImportedReport,
    source_filename: str | None,
    source_sha256: str | None,
) -> MolecularReport:
    """The report's own row (flushed, so it has an id) and its coverage, without findings."""
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
    return row


def record_import(
    session: Session,
    actor: Actor,
    case: Case,
    row: MolecularReport,
    report: ImportedReport,
    counts: dict[str, int],
    findings_sha256: str,
) -> None:
    """The audit event of an import: the report, its findings per kind and their digest; and
    the report's finding count (what the case view shows without counting rows)."""
    session.add(ReportFindingCount(report_id=row.id, findings=sum(counts.values())))
    source_filename = row.source_filename
    record_event(
        session,
        actor=actor.username,
        action="import",
        entity="molecular_report",
        entity_id=row.id,
        case_id=case.id,
        summary=(
            f"{report.assay.value} report {source_filename or ''} added with "
            f"{sum(counts.values())} findings"
        ).replace("  ", " "),
        after={
            "assay": report.assay,
            "sample_id": report.sample_id,
            "source_filename": source_filename,
            "source_sha256": row.source_sha256,
            "tmb": report.tmb,
            "msi_status": report.msi_status,
            "findings": counts,
            "findings_sha256": findings_sha256,
        },
    )
