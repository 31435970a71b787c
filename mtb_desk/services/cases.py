"""Patients and cases: create, update (optimistic locking), show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Finding, MolecularReport, Patient, ReportFindingCount
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.dates import check_date
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.domain.national_id import NationalIdError, check_national_id
from mtb_desk.domain.records import CaseDetail
from mtb_desk.errors import ConflictError, NotFoundError, ValidationError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.services.audit import record_event, snapshot
from mtb_desk.services.case_findings import finding_views
from mtb_desk.services.hospitals import hospital_by_code
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.views import report_view

CASE_FIELDS = (
    "diagnosis_code",
    "diagnosis_text",
    "ecog",
    "prior_lines",
    "referring_clinician",
    "referral_date",
    "status",
    "notes",
)
PATIENT_FIELDS = ("name", "birth_year", "sex")  # the national id is never copied into audit


@dataclass(frozen=True, slots=True)
class NewCase:
    study_id: str
    diagnosis_code: str
    diagnosis_text: str | None = None
    hospital_code: str | None = None
    ecog: int | None = None
    prior_lines: int | None = None
    referring_clinician: str | None = None
    referral_date: dt.date | None = None
    patient_name: str | None = None
    national_id: str | None = None
    birth_year: int | None = None
    sex: str | None = None


def validate_national_id(value: str | None) -> str | None:
    """Raise `ValidationError` for an invalid number; return a warning for a doubtful one."""
    if not value:
        return None
    try:
        return check_national_id(value).warning
    except NationalIdError as exc:
        raise ValidationError(f"national id: {exc}") from exc


def _validate_case_fields(values: dict[str, Any]) -> None:
    ecog = values.get("ecog")
    if ecog is not None and not 0 <= ecog <= 4:
        raise ValidationError(code="case.ecog-range")
    lines = values.get("prior_lines")
    if lines is not None and not 0 <= lines <= 30:
        raise ValidationError(code="case.prior-lines-range")
    if "diagnosis_code" in values and not str(values["diagnosis_code"] or "").strip():
        raise ValidationError(code="case.diagnosis-missing")
    if "status" in values:
        values["status"] = CaseStatus(values["status"])
    check_date(values.get("referral_date"), "referral date")


def create_case(database: Database, actor: Actor, new: NewCase) -> CaseDetail:
    require(actor, Action.EDIT_CASE)
    study_id = new.study_id.strip()
    if not study_id:
        raise ValidationError(code="case.study-id-missing")
    validate_national_id(new.national_id)
    values: dict[str, Any] = {
        "diagnosis_code": new.diagnosis_code.strip().upper(),
        "ecog": new.ecog,
        "prior_lines": new.prior_lines,
    }
    _validate_case_fields(values)
    check_date(new.referral_date, "referral date")
    with writing(database) as session:
        if session.scalar(select(Patient.id).where(Patient.study_id == study_id)) is not None:
            raise ValidationError(code="case.study-id-taken", params={"study_id": study_id})
        patient = Patient(
            study_id=study_id,
            name=new.patient_name,
            national_id=new.national_id.replace(" ", "") if new.national_id else None,
            birth_year=new.birth_year,
            sex=new.sex,
        )
        hospital = hospital_by_code(session, new.hospital_code) if new.hospital_code else None
        case = Case(
            patient=patient,
            hospital=hospital,
            diagnosis_text=new.diagnosis_text,
            referring_clinician=new.referring_clinician,
            referral_date=new.referral_date or dt.date.today(),
            **values,
        )
        session.add(case)
        session.flush()
        record_event(
            session,
            actor=actor.username,
            action="create",
            entity="case",
            entity_id=study_id,
            case_id=case.id,
            summary=f"case {study_id} referred ({case.diagnosis_code})",
            after=snapshot(case, CASE_FIELDS) | {"hospital": new.hospital_code},
        )
        return _detail(session, case)


def update_case(
    database: Database,
    actor: Actor,
    case_id: int,
    expected_version: int,
    changes: dict[str, Any],
) -> CaseDetail:
    """Apply `changes` (case fields, or `hospital_code`) if the case is still at
    `expected_version`; otherwise raise `ConflictError` and write nothing."""
    require(actor, Action.EDIT_CASE)
    unknown = set(changes) - set(CASE_FIELDS) - {"hospital_code"}
    if unknown:
        raise ValidationError(f"these case fields cannot be changed: {', '.join(sorted(unknown))}")
    values = dict(changes)
    _validate_case_fields(values)
    with writing(database) as session:
        case = _case_row(session, case_id)
        label = f"case {case.patient.study_id}"
        if case.version != expected_version:
            record = phrase("record.case", study_id=case.patient.study_id)
            raise ConflictError(record, expected_version, case.version)
        before = snapshot(case, CASE_FIELDS) | {"hospital": _hospital_code(case)}
        if "hospital_code" in values:
            code = values.pop("hospital_code")
            case.hospital = hospital_by_code(session, code) if code else None
        for name, value in values.items():
            setattr(case, name, value)
        case.updated_at = dt.datetime.now(dt.UTC)
        session.flush()
        after = snapshot(case, CASE_FIELDS) | {"hospital": _hospital_code(case)}
        changed = {k for k in after if after[k] != before[k]}
        record_event(
            session,
            actor=actor.username,
            action="update",
            entity="case",
            entity_id=case.patient.study_id,
            case_id=case.id,
            summary=f"{label}: changed {', '.join(sorted(changed)) or 'nothing'}",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
        return _detail(session, case)


def _hospital_code(case: Case) -> str | None:
    return case.hospital.code if case.hospital else None


def _case_row(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(code="case.not-found", params={"id": case_id})
    return case


def case_for_study_id(session: Session, study_id: str) -> Case:
    """The patient's most recent case."""
    case = session.scalar(
        select(Case)
        .join(Case.patient)
        .where(Patient.study_id == study_id)
        .order_by(Case.id.desc())
        .limit(1)
    )
    if case is None:
        raise NotFoundError(code="case.study-id-not-found", params={"study_id": study_id})
    return case


def get_case(database: Database, study_id: str) -> CaseDetail:
    with reading(database) as session:
        return _detail(session, case_for_study_id(session, study_id))


def get_case_header(database: Database, study_id: str) -> CaseDetail:
    """The case with its reports (and their finding counts) but `findings` empty: for callers
    that page or stream the findings (`case_findings`), as a whole-genome case has millions."""
    with reading(database) as session:
        return _detail(session, case_for_study_id(session, study_id), with_findings=False)


def case_header(session: Session, case_id: int) -> CaseDetail:
    """`get_case_header` by case id, inside the caller's unit of work."""
    return _detail(session, _case_row(session, case_id), with_findings=False)


def get_case_by_id(database: Database, case_id: int) -> CaseDetail:
    with reading(database) as session:
        return _detail(session, _case_row(session, case_id))


def report_finding_counts(session: Session, reports: Sequence[int]) -> dict[int, int]:
    """Each report's findings as counted at import (no row counting: a whole-genome report
    has a million); a report without that record is counted over the index."""
    stored = dict(
        session.execute(
            select(ReportFindingCount.report_id, ReportFindingCount.findings).where(
                ReportFindingCount.report_id.in_(reports)
            )
        ).all()
    )
    missing = [r for r in reports if r not in stored]
    if missing:
        stored |= dict(
            session.execute(
                select(Finding.report_id, func.count())
                .where(Finding.report_id.in_(missing))
                .group_by(Finding.report_id)
            ).all()
        )
    return stored


def _detail(session: Session, case: Case, *, with_findings: bool = True) -> CaseDetail:
    reports = session.scalars(
        select(MolecularReport)
        .where(MolecularReport.case_id == case.id)
        .order_by(MolecularReport.id.desc())
    ).all()
    counts = report_finding_counts(session, [r.id for r in reports])
    findings = finding_views(session, case.id) if with_findings else []
    patient = case.patient
    return CaseDetail(
        id=case.id,
        study_id=patient.study_id,
        patient_name=patient.name,
        national_id_present=patient.national_id is not None,
        birth_year=patient.birth_year,
        sex=patient.sex,
        hospital_code=_hospital_code(case),
        hospital_name=case.hospital.name if case.hospital else None,
        diagnosis_code=case.diagnosis_code,
        diagnosis_text=case.diagnosis_text,
        ecog=case.ecog,
        prior_lines=case.prior_lines,
        referring_clinician=case.referring_clinician,
        referral_date=case.referral_date,
        status=case.status,
        notes=case.notes,
        version=case.version,
        patient_version=patient.version,
        reports=tuple(report_view(r, counts.get(r.id, 0)) for r in reports),
        findings=tuple(findings),
    )
