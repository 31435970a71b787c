"""De-identified cohort data for sharing between trials (`mtb-desk export cohort-data`).

One row per enrolment (a patient in two cohorts has two rows with one pseudonym): cohort,
drug, cohort stage, tumour type, alteration, sex, 5-year age band, health region, days from
enrolment to referral, evaluation and withdrawal, and the week-16 outcome. No names, national
ids, study ids, dates, hospitals or free text leave. The export writes only a recipient's key
(the first time) and an audit event whose `after` is the manifest (file SHA-256, who, when,
for whom, k and suppressions); a `FILE.manifest.json` is written beside the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import (
    Case,
    Cohort,
    Drug,
    Enrolment,
    ExportRecipient,
    Finding,
    Hospital,
    Patient,
    Recommendation,
    Treatment,
    cohort_drug,
    recommendation_finding,
)
from mtb_desk.db.unit_of_work import writing
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.standards.deidentify import (
    QUASI_IDENTIFIERS,
    Anonymised,
    age_band,
    days_from,
    find_identifiers,
    health_region,
    k_anonymise,
    pseudonym,
)
from mtb_desk.standards.tables import COLUMNS, write_rows

# The chair-confirmed week-16 outcome of the enrolment's treatment (issue 16), in the file.
WEEK16_WORDS = {"benefit": "yes", "no-benefit": "no", "not-evaluable": "not evaluable"}


@dataclass(frozen=True, slots=True)
class CohortDataRequest:
    recipient: str
    cohort: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    k: int = 5


@dataclass(frozen=True, slots=True)
class CohortDataExport:
    """The manifest of a written export (also in the audit trail)."""

    file: str
    sha256: str
    recipient: str
    new_recipient: bool  # True when this export created the recipient's pseudonym key
    exported_by: str
    exported_at: str
    rows: int
    columns: tuple[str, ...]
    k: int
    quasi_identifiers: tuple[str, ...]
    suppressed_cells: int
    suppressed_rows: int
    filters: dict[str, str | None]
    pseudonyms: str = "HMAC-SHA256 of the study id with this recipient's key (first 16 hex)"


@dataclass(frozen=True, slots=True)
class _Source:
    rows: list[dict[str, object]]
    identifiers: set[str]


def _recipient_key(session: Session, actor: Actor, name: str) -> tuple[str, str, bool]:
    """(stored name, key, new?) for a recipient matched without regard to case or spacing,
    so "DRUP NL" and "drup  nl" get the same pseudonyms; a new one gets a fresh random key."""
    row = session.scalar(
        select(ExportRecipient).where(func.lower(ExportRecipient.name) == name.lower())
    )
    if row is not None:
        return row.name, row.pseudonym_key, False
    key = secrets.token_hex(32)
    session.add(ExportRecipient(name=name, pseudonym_key=key, created_by=actor.username))
    session.flush()
    return name, key, True


def _alterations(session: Session) -> dict[tuple[int, int | None], str]:
    """(case id, cohort id) → the findings the cohort recommendation rests on, in words."""
    rows = session.execute(
        select(
            Recommendation.case_id,
            Recommendation.cohort_id,
            Recommendation.revision,
            Finding.gene,
            Finding.protein,
            Finding.cnv_call,
            Finding.partner_gene,
            Finding.kind,
        )
        .join(
            recommendation_finding, recommendation_finding.c.recommendation_id == Recommendation.id
        )
        .join(Finding, Finding.id == recommendation_finding.c.finding_id)
        .where(Recommendation.cohort_id.is_not(None))
        .order_by(Recommendation.revision)
    ).all()
    found: dict[tuple[int, int | None], set[str]] = defaultdict(set)
    for case_id, cohort_id, _, gene, protein, cnv, partner, kind in rows:
        what = (
            f"{gene}::{partner} fusion"
            if partner
            else f"{gene} {protein or (cnv.value if cnv else kind.value)}"
        )
        found[(case_id, cohort_id)].add(what)
    return {key: "; ".join(sorted(v)) for key, v in found.items()}


def _drugs(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(cohort_drug.c.cohort_id, Drug.inn).join(Drug, Drug.id == cohort_drug.c.drug_id)
    ).all()
    found: dict[int, list[str]] = defaultdict(list)
    for cohort_id, inn in rows:
        found[cohort_id].append(inn)
    return {k: " + ".join(sorted(v)) for k, v in found.items()}


def _enrolments(session: Session, request: CohortDataRequest) -> list[Any]:
    query = (
        select(
            Enrolment.id,
            Enrolment.cohort_id,
            Enrolment.case_id,
            Enrolment.enrolled_on,
            Treatment.outcome_on.label("evaluated_on"),
            Enrolment.withdrawn_on,
            Treatment.outcome,
            Treatment.outcome_response.label("response"),
            Cohort.code,
            Case.diagnosis_code,
            Case.referral_date,
            Case.referring_clinician,
            Patient.study_id,
            Patient.name,
            Patient.national_id,
            Patient.birth_year,
            Patient.sex,
            Hospital.code.label("hospital_code"),
            Hospital.name.label("hospital_name"),
            Hospital.city,
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .join(Case, Case.id == Enrolment.case_id)
        .join(Patient, Patient.id == Case.patient_id)
        .outerjoin(Hospital, Hospital.id == Case.hospital_id)
        .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)  # the confirmed outcome
        .order_by(Cohort.code, Enrolment.enrolled_on, Enrolment.id)
    )
    if request.cohort:
        if session.scalar(select(Cohort.id).where(Cohort.code == request.cohort)) is None:
            raise NotFoundError(f"no cohort with code '{request.cohort}'")
        query = query.where(Cohort.code == request.cohort)
    if request.date_from:
        query = query.where(Enrolment.enrolled_on >= request.date_from)
    if request.date_to:
        query = query.where(Enrolment.enrolled_on <= request.date_to)
    return list(session.execute(query).all())


def _stages(session: Session) -> dict[int, str]:
    """Enrolment id → "stage 1" or "stage 2" by its place in its cohort's enrolment order."""
    rows = session.execute(
        select(Enrolment.id, Enrolment.cohort_id, Cohort.stage1_size)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .order_by(Enrolment.cohort_id, Enrolment.enrolled_on, Enrolment.id)
    ).all()
    rank: dict[int, int] = defaultdict(int)
    found = {}
    for enrolment_id, cohort_id, stage1 in rows:
        rank[cohort_id] += 1
        found[enrolment_id] = "stage 1" if rank[cohort_id] <= stage1 else "stage 2"
    return found


def _row(
    key: str,
    found: Any,
    drugs: dict[int, str],
    stages: dict[int, str],
    alterations: dict[tuple[int, int | None], str],
) -> dict[str, object]:
    """One de-identified row from one joined enrolment row."""
    start = found.enrolled_on
    outcome = found.outcome
    return {
        "pseudonym": pseudonym(key, found.study_id),
        "cohort": found.code,
        "drug": drugs.get(found.cohort_id, ""),
        "stage": stages[found.id],
        "tumour_type": found.diagnosis_code,
        "alteration": alterations.get((found.case_id, found.cohort_id), ""),
        "sex": found.sex or "unknown",
        "age_band": age_band(found.birth_year, start),
        "region": health_region(found.hospital_code, found.city),
        "referral_day": days_from(found.referral_date, start),
        "evaluation_day": days_from(found.evaluated_on, start),
        "withdrawal_day": days_from(found.withdrawn_on, start),
        "benefit_week16": WEEK16_WORDS.get(outcome.value, "pending") if outcome else "pending",
        "response": found.response.value if found.response else "",
    }


def _source(session: Session, request: CohortDataRequest, key: str) -> _Source:
    alterations, drugs, stages = _alterations(session), _drugs(session), _stages(session)
    rows: list[dict[str, object]] = []
    identifiers: set[str] = set()
    for found in _enrolments(session, request):
        identifiers.update(
            x
            for x in (
                found.study_id,
                found.name,
                found.national_id,
                found.referring_clinician,
                found.hospital_name,
            )
            if x
        )
        rows.append(_row(key, found, drugs, stages, alterations))
    return _Source(rows, identifiers)


def _spreadsheet_safe(rows: list[dict[str, object]], suffix: str) -> list[dict[str, object]]:
    """Text a spreadsheet would run as a formula is prefixed with ' (CSV and XLSX only)."""
    if suffix.lower() == ".json":
        return rows
    from mtb_desk.reports.decisions_table import csv_safe

    return [{k: csv_safe(v) for k, v in row.items()} for row in rows]


def _refuse_identifiers(rows: list[dict[str, object]], identifiers: set[str]) -> None:
    leaks = find_identifiers(rows, identifiers)
    if leaks:
        number, column, what = leaks[0]
        raise ValidationError(
            f"refusing to export: row {number}, column '{column}' holds {what} "
            f"({len(leaks)} such cells); nothing was written"
        )


def export_cohort_data(
    database: Database, actor: Actor, request: CohortDataRequest, path: Path
) -> CohortDataExport:
    """Write the de-identified rows to `path` (.xlsx, .csv or .json) with a manifest."""
    require(actor, Action.EXPORT)
    recipient = " ".join(request.recipient.split())
    if not recipient:
        raise ValidationError("--recipient must name who receives the data")
    with writing(database) as session:
        recipient, key, new_recipient = _recipient_key(session, actor, recipient)
        source = _source(session, request, key)
        result = k_anonymise(source.rows, request.k)
        _refuse_identifiers(result.rows, source.identifiers)
        content = write_rows(_spreadsheet_safe(result.rows, path.suffix), path.suffix)
        manifest = _manifest(path, content, (recipient, new_recipient), actor, request, result)
        record_event(
            session,
            actor=actor.username,
            action="export",
            entity="cohort-data",
            entity_id=recipient,
            summary=f"de-identified cohort data ({manifest.rows} rows) exported for {recipient}",
            after=asdict(manifest),
        )
        _write(path, content, manifest)
    return manifest


def _manifest(
    path: Path,
    content: bytes,
    recipient: tuple[str, bool],
    actor: Actor,
    request: CohortDataRequest,
    result: Anonymised,
) -> CohortDataExport:
    return CohortDataExport(
        file=path.name,
        sha256=hashlib.sha256(content).hexdigest(),
        recipient=recipient[0],
        new_recipient=recipient[1],
        exported_by=actor.username,
        exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        rows=len(result.rows),
        columns=COLUMNS,
        k=request.k,
        quasi_identifiers=QUASI_IDENTIFIERS,
        suppressed_cells=result.suppressed_cells,
        suppressed_rows=result.withheld_rows,
        filters={
            "cohort": request.cohort,
            "from": request.date_from.isoformat() if request.date_from else None,
            "to": request.date_to.isoformat() if request.date_to else None,
        },
    )


def _write(path: Path, content: bytes, manifest: CohortDataExport) -> None:
    from mtb_desk.reports.signing import write_atomically

    text = json.dumps(asdict(manifest), indent=2, ensure_ascii=False)
    write_atomically(path, content)
    write_atomically(path.with_name(path.name + ".manifest.json"), text.encode("utf-8"))
