"""Filling an empty database with clearly fictitious demo data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AgendaItem, Attendance, Case, Meeting, Patient
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Assay, CaseStatus, Role, Specimen
from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ValidationError
from mtb_desk.i18n import N_
from mtb_desk.progress import NullProgress, Progress, check_cancelled
from mtb_desk.services.annotations import AnnotationInput, apply_annotation
from mtb_desk.services.audit import record_event
from mtb_desk.services.demo_data import CASES, HOSPITALS, DemoCase, biomarker_findings
from mtb_desk.services.hospitals import add_hospital, hospital_by_code
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Action, Actor, require

DEMO_LAB = "Fictional Molecular Pathology Lab (demo)"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    hospitals: int
    cases: int
    findings: int
    meetings: int
    skipped: tuple[str, ...] = ()  # parts the loading user's roles may not write (shared mode)


def load_demo(database: Database, actor: Actor, progress: Progress | None = None) -> DemoSummary:
    """Add the demo content in one transaction; refuses a database that already has cases."""
    require(actor, Action.LOAD_DEMO)
    progress = progress or NullProgress()
    with writing(database) as session:
        if session.scalar(select(func.count(Case.id))):
            raise ValidationError("demo data goes only into an empty database; this one has cases")
        today = dt.date.today()
        for code, name, city, opened in HOSPITALS:
            add_hospital(
                session,
                actor,
                code,
                name,
                city=city,
                site_open_since=dt.date.fromisoformat(opened) if opened else None,
            )
        findings = 0
        cases: list[Case] = []
        for index, demo in enumerate(CASES):
            check_cancelled(progress)
            progress.update(index, len(CASES), N_("Demo cases"))
            case = _add_case(session, actor, demo, today - dt.timedelta(days=3 * index + 2))
            cases.append(case)
            findings += len(demo.findings) + len(biomarker_findings(demo.tmb, demo.msi))
        meeting = _add_meeting(session, actor, cases, today)
        progress.update(len(CASES), len(CASES), N_("Drug catalogue and enrolments"))
        _add_catalogue_and_enrolments(session, actor, today)
        record_event(
            session,
            actor=actor.username,
            action="demo",
            entity="database",
            entity_id="demo",
            summary="fictitious demo data loaded",
        )
        progress.update(len(CASES), len(CASES), N_("Demo data loaded"))
        skipped = tuple(
            part
            for part, action in (("annotations", Action.ANNOTATE), ("enrolments", Action.ENROL))
            if not actor.may(action)
        )
        return DemoSummary(len(HOSPITALS), len(cases), findings, 1 if meeting else 0, skipped)


def _add_case(session: Session, actor: Actor, demo: DemoCase, referred: dt.date) -> Case:
    patient = Patient(study_id=demo.study_id, name=demo.name, birth_year=1950 + len(demo.name))
    case = Case(
        patient=patient,
        hospital=hospital_by_code(session, demo.hospital),
        diagnosis_code=demo.diagnosis,
        diagnosis_text=demo.diagnosis_text,
        ecog=demo.ecog,
        prior_lines=demo.prior_lines,
        referring_clinician="Dr. Demo Henvisersen",
        referral_date=referred,
        status=CaseStatus.IN_REVIEW,
    )
    session.add(case)
    session.flush()
    record_event(
        session,
        actor=actor.username,
        action="create",
        entity="case",
        entity_id=demo.study_id,
        case_id=case.id,
        summary=f"demo case {demo.study_id} referred ({demo.diagnosis})",
    )
    report = ImportedReport(
        findings=tuple(f for f, _ in demo.findings) + biomarker_findings(demo.tmb, demo.msi),
        assay=Assay.TSO500,
        lab=DEMO_LAB,
        specimen=Specimen.TISSUE,
        sample_id=f"{demo.study_id}-T1",
        tumour_cell_content=40.0 + 3 * (len(demo.name) % 10),
        report_date=referred - dt.timedelta(days=5),
        tmb=demo.tmb,
        msi_status=demo.msi,
        genome_build="GRCh37",
        importer="demo",
        importer_version="1",
    )
    row = add_report(session, actor, case, report, source_filename=None)
    session.refresh(row, ["findings"])
    if not actor.may(Action.ANNOTATE):
        return case  # shared mode: only a pathologist's login may write annotations
    for finding, (_, annotation) in zip(row.findings, demo.findings, strict=False):
        if annotation is not None:
            oncogenicity, tier, reportable = annotation
            apply_annotation(
                session, actor, finding.id, AnnotationInput(oncogenicity, tier, reportable), None
            )
    return case


def _add_catalogue_and_enrolments(session: Session, actor: Actor, today: dt.date) -> None:
    """The starter catalogue (unless one is loaded), enrolments and their follow-up."""
    from mtb_desk.services.cases import case_for_study_id
    from mtb_desk.services.catalogue import current_catalogue, store_builtin_catalogue
    from mtb_desk.services.demo_followup import (
        DEMO_ENROLMENTS,
        follow_enrolments,
        other_treatments,
    )
    from mtb_desk.services.enrolments import enrol_in

    catalogue = current_catalogue(session)
    if catalogue is None:
        store_builtin_catalogue(session, actor)
        catalogue = current_catalogue(session)
    codes = {c.code for c in catalogue.cohorts} if catalogue else set()
    if not actor.may(Action.ENROL):
        return  # shared mode: an admin's login may not enrol patients
    for code, study_id, days_ago in DEMO_ENROLMENTS:
        if code in codes:
            enrolled = today - dt.timedelta(days=days_ago)
            enrol_in(session, actor, code, case_for_study_id(session, study_id), on=enrolled)
    if actor.may(Action.RECORD_FOLLOWUP) and actor.may(Action.CONFIRM_OUTCOME):
        follow_enrolments(session, actor, today, codes)
        other_treatments(session, actor, today)


def _add_meeting(session: Session, actor: Actor, cases: list[Case], today: dt.date) -> Meeting:
    next_wednesday = today + dt.timedelta(days=(2 - today.weekday()) % 7 or 7)
    meeting = Meeting(held_on=next_wednesday, title="Nasjonalt MTB (demo)")
    for position, case in enumerate(cases[:8]):
        meeting.agenda.append(AgendaItem(case_id=case.id, position=position))
        case.status = CaseStatus.SCHEDULED
    for name, role in (
        ("Dr. Demo Leder", Role.CHAIR),
        ("Dr. Demo Patolog", Role.PATHOLOGIST),
        ("Demo Bioinformatiker", Role.BIOINFORMATICIAN),
        ("Dr. Demo Onkolog", Role.CLINICIAN),
        ("Demo Sekretær", Role.SECRETARY),
    ):
        meeting.attendance.append(Attendance(name=name, role=role, present=True))
    session.add(meeting)
    session.flush()
    record_event(
        session,
        actor=actor.username,
        action="create",
        entity="meeting",
        entity_id=meeting.id,
        summary=f"demo meeting on {next_wednesday.isoformat()}",
    )
    return meeting
