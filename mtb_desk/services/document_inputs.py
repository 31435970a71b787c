"""Filling the report builders' plain input records from the database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import Row, Subquery, select, union
from sqlalchemy.orm import Session

from mtb_desk.db.models import (
    Annotation,
    Attendance,
    Case,
    Cohort,
    Finding,
    Meeting,
    MolecularReport,
    Recommendation,
    User,
    recommendation_finding,
)
from mtb_desk.domain.enums import AgendaStatus, FindingKind
from mtb_desk.i18n import translator
from mtb_desk.reports.anchor import anchor_text
from mtb_desk.reports.records import (
    AgendaCaseInput,
    AttendeeInput,
    CohortMatchInput,
    DecisionInput,
    FindingInput,
    MinutesInput,
    MolecularReportInput,
    RecommendationInput,
)
from mtb_desk.services.audit_anchors import chain_head
from mtb_desk.settings import board_settings


def new_document_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12].upper()}"


def _report_input(report: MolecularReport) -> MolecularReportInput:
    return MolecularReportInput(
        assay=report.assay.value,
        lab=report.lab,
        specimen=report.specimen.value if report.specimen else None,
        sample_id=report.sample_id,
        report_date=report.report_date,
        tumour_cell_content=report.tumour_cell_content,
        tmb=report.tmb,
        msi_status=report.msi_status.value if report.msi_status else None,
        msi_score=report.msi_score,
    )


def _label(finding: Finding, lang: str) -> str:
    from mtb_desk.domain.labels import alteration_label

    simple = finding.kind in (FindingKind.SNV, FindingKind.INDEL, FindingKind.MNV)
    change = (
        (finding.protein or finding.protein_original or finding.hgvs_c)
        if simple
        else (finding.description or finding.protein_original or finding.protein)
    )
    return alteration_label(
        finding.kind, finding.gene, change=change, partner=finding.partner_gene,
        copy_number=finding.copy_number, call=finding.cnv_call, value=finding.value, lang=lang,
    )  # fmt: skip


def _finding_input(
    finding: Finding, annotation: Annotation | None, lang: str = "en"
) -> FindingInput:
    what = finding.protein or finding.description
    if finding.kind is FindingKind.CNV and finding.cnv_call is not None:
        what = finding.cnv_call.value
    return FindingInput(
        gene=finding.gene or "",
        kind=finding.kind.value,
        protein=what,
        vaf=finding.vaf,
        copy_number=finding.copy_number,
        partner_gene=finding.partner_gene,
        label=_label(finding, lang),
        oncogenicity=annotation.oncogenicity.value
        if annotation and annotation.oncogenicity
        else None,
        escat_tier=annotation.escat_tier.value if annotation and annotation.escat_tier else None,
        comment=annotation.comment if annotation else "",
        origin=finding.origin,
        equivocal=finding.equivocal,
    )


def reportable_findings(
    session: Session, case: Case, recommendation: Recommendation, lang: str = "en"
) -> tuple[FindingInput, ...]:
    """Findings marked reportable, plus those the recommendation rests on."""
    supporting = select(recommendation_finding.c.finding_id).where(
        recommendation_finding.c.recommendation_id == recommendation.id
    )
    wanted = union(
        select(Annotation.finding_id.label("id")).where(Annotation.reportable.is_(True)),
        supporting,
    ).subquery()
    return tuple(_finding_input(f, a, lang) for f, a in _case_findings(session, case, wanted))


def _case_findings(
    session: Session, case: Case, wanted: Subquery
) -> Sequence[Row[Finding, Annotation]]:
    """The case's findings among the ids `wanted` (annotated or chosen ones: few), driven by
    those ids, so a whole-genome case's million other findings are never read."""
    return session.execute(
        select(Finding, Annotation)
        .select_from(wanted)
        .join(Finding, Finding.id == wanted.c.id)
        .join(MolecularReport, Finding.report_id == MolecularReport.id)
        .outerjoin(Annotation, Annotation.finding_id == Finding.id)
        .where(MolecularReport.case_id == case.id)
        .order_by(Finding.id)
    ).all()


def attendees(session: Session, meeting: Meeting | None) -> tuple[AttendeeInput, ...]:
    if meeting is None:
        return ()
    rows = session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.id)
    )
    return tuple(AttendeeInput(a.name, a.role.value, a.present) for a in rows)


def recommendation_input(session: Session, row: Recommendation) -> RecommendationInput:
    cohort = session.get(Cohort, row.cohort_id) if row.cohort_id else None
    tests = tuple(t.strip() for t in row.further_tests.splitlines() if t.strip())
    return RecommendationInput(
        outcome=row.outcome.value,
        rationale=row.rationale,
        cohort=cohort.code if cohort else None,
        drugs=tuple(row.drugs),
        trial_id=row.trial_id,
        further_tests=tests,
        follow_up=row.follow_up,
        escat_tier=row.escat_tier.value if row.escat_tier else None,
        use_type=row.use_type.value if row.use_type else None,
        catalogue_version=row.catalogue_version,
        reference_version=row.reference_version,
    )


def decision_input(
    session: Session,
    case: Case,
    row: Recommendation,
    lang: str,
    cohorts: tuple[CohortMatchInput, ...] = (),
) -> DecisionInput:
    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
    supersedes = session.get(Recommendation, row.supersedes_id) if row.supersedes_id else None
    reports = session.scalars(
        select(MolecularReport)
        .where(MolecularReport.case_id == case.id)
        .order_by(MolecularReport.id.desc())
    ).all()
    return DecisionInput(
        audit_anchor=anchor_text(chain_head(session)),
        document_id=new_document_id("DEC"),
        board_name=board_settings().name(lang),
        meeting_date=meeting.held_on if meeting else dt.date.today(),
        study_id=case.patient.study_id,
        hospital=case.hospital.name if case.hospital else "",
        diagnosis_code=case.diagnosis_code,
        diagnosis_name=case.diagnosis_text or "",
        recommendation=recommendation_input(session, row),
        patient_name=case.patient.name,
        reports=tuple(_report_input(r) for r in reports),
        findings=reportable_findings(session, case, row, lang),
        cohorts=cohorts,
        attendees=attendees(session, meeting),
        revision=row.revision,
        supersedes_revision=supersedes.revision if supersedes else None,
    )


def _case_summary(session: Session, case: Case, lang: str) -> str:
    """Clinical facts and reportable findings (one alteration label each) on one line."""
    reportable = select(Annotation.finding_id.label("id")).where(Annotation.reportable.is_(True))
    rows = _case_findings(session, case, reportable.subquery())
    parts = [_label(f, lang) for f, _ in rows]
    facts = [
        f"ECOG {case.ecog}" if case.ecog is not None else "",
        _prior_lines(case.prior_lines, lang) if case.prior_lines is not None else "",
    ]
    return "; ".join(p for p in [*facts, *parts] if p)


def _prior_lines(count: int, lang: str) -> str:
    words = translator(lang).ngettext("{n} prior line", "{n} prior lines", count)
    return words.format(n=count)


def minutes_input(session: Session, meeting: Meeting, lang: str) -> MinutesInput:
    chair = session.get(User, meeting.chair_user_id) if meeting.chair_user_id else None
    chair_name = (
        chair.display_name or chair.username
        if chair
        else next((a.name for a in meeting.attendance if a.role.value == "chair"), "")
    )
    cases = []
    for item in meeting.agenda:
        case = session.get(Case, item.case_id)
        assert case is not None
        rec = session.scalar(
            select(Recommendation)
            .where(Recommendation.case_id == case.id, Recommendation.meeting_id == meeting.id)
            .order_by(Recommendation.revision.desc())
            .limit(1)
        )
        decided = recommendation_input(session, rec) if rec is not None else None
        cases.append(
            AgendaCaseInput(
                position=item.position + 1,
                study_id=case.patient.study_id,
                hospital=case.hospital.name if case.hospital else "",
                diagnosis_code=case.diagnosis_code,
                diagnosis_name=case.diagnosis_text or "",
                summary=_case_summary(session, case, lang),
                status=item.status.value,
                outcome=decided.outcome if decided else None,
                cohort=decided.cohort if decided else None,
                drugs=decided.drugs if decided else (),
                trial_id=decided.trial_id if decided else None,
                decision=decided.rationale if decided else "",
                further_tests=decided.further_tests if decided else (),
                deferral_reason=item.note if item.status is AgendaStatus.DEFERRED else "",
                revision=rec.revision if rec is not None else None,
                signed_by=_signers(session, rec),
            )
        )
    return MinutesInput(
        audit_anchor=anchor_text(chain_head(session)),
        document_id=new_document_id("MIN"),
        board_name=board_settings().name(lang),
        meeting_date=meeting.held_on,
        title=meeting.title,
        chair=chair_name,
        attendees=attendees(session, meeting),
        cases=tuple(cases),
        notes=meeting.notes,
        location=meeting.location,
        secretary=meeting.minute_taker,
    )


def _signers(session: Session, rec: Recommendation | None) -> tuple[str, ...]:
    if rec is None:
        return ()
    from mtb_desk.services.documents import latest_document_and_signatures

    _, signatures = latest_document_and_signatures(session, rec.id)
    return tuple(s.signer_name for s in signatures)
