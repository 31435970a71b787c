"""Helpers for follow-up tests: cases whose findings match the test cohorts, and a patient
followed from treatment start to a confirmed week-16 outcome."""

from __future__ import annotations

import datetime as dt

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Annotation, Finding, MolecularReport
from mtb_desk.db.models.base import utcnow
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import FindingKind, Oncogenicity, TreatmentBasis
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor
from mtb_desk.services.treatments import NewTreatment, start_treatment
from mtb_desk.services.visits import VisitInput, record_visit

ALTERATIONS = (("BRAF", "V600E"), ("KRAS", "G12C"), ("NRAS", "Q61K"))


def matched_case(
    db: Database,
    actor: Actor,
    study_id: str,
    *,
    hospital: str = "OPEN",
    diagnosis: str = "COADREAD",
    alterations: tuple[tuple[str, str], ...] = ALTERATIONS,
) -> str:
    """A case with oncogenic (annotated) findings for each (gene, protein change)."""
    create_case(db, actor, NewCase(study_id, diagnosis, hospital_code=hospital))
    findings = tuple(
        ImportedFinding(kind=FindingKind.SNV, gene=g, protein=p) for g, p in alterations
    )
    with writing(db) as session:
        case = case_for_study_id(session, study_id)
        report: MolecularReport = add_report(
            session, actor, case, ImportedReport(findings=findings)
        )
        session.flush()
        for finding in session.query(Finding).filter(Finding.report_id == report.id):
            session.add(
                Annotation(
                    finding_id=finding.id, oncogenicity=Oncogenicity.ONCOGENIC,
                    annotated_by=actor.username, annotated_at=utcnow(),
                )
            )  # fmt: skip
    return study_id


def follow(
    db: Database, actor: Actor, code: str, study_id: str, benefit: bool, start: dt.date
) -> None:
    """Start the cohort's treatment and record the visit that decides the week-16 outcome:
    SD at week 16 (benefit) or PD at week 8 (no benefit)."""
    start_treatment(
        db, actor, study_id, NewTreatment(TreatmentBasis.ENROLMENT, cohort=code), started_on=start
    )
    if benefit:
        visit = VisitInput(16, start + dt.timedelta(days=113), ecog=1, response="SD")
    else:
        visit = VisitInput(8, start + dt.timedelta(days=56), ecog=2, response="PD")
    record_visit(db, actor, study_id, visit)
