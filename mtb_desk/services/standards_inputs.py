"""Filling the standards builders' plain records from the database (inside a session)."""

from __future__ import annotations

from functools import cache

from sqlalchemy import literal, select, union
from sqlalchemy.orm import Session

from mtb_desk.db.models import (
    Annotation,
    Case,
    Cohort,
    Finding,
    Meeting,
    MolecularReport,
    Recommendation,
    recommendation_finding,
)
from mtb_desk.domain.enums import RecommendationState
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.reference.oncotree import TumourTypeTree
from mtb_desk.resources import parse_yaml
from mtb_desk.standards.codes import builtin_hgnc_ids
from mtb_desk.standards.records import (
    CaseRecord,
    DecisionDocument,
    Diagnosis,
    FindingRecord,
    MatchRecord,
    RecommendationRecord,
    ReportRecord,
    TreatmentLike,
)

NCIT_BUILTIN = "oncotree_ncit_builtin.yaml"


@cache
def builtin_ncit() -> dict[str, tuple[str, ...]]:
    """OncoTree code → NCIt codes for the built-in tumour types (from release 2025_10_03)."""

    from mtb_desk.resources import assets_dir

    data = parse_yaml((assets_dir() / NCIT_BUILTIN).read_text(encoding="utf-8"))
    return {str(k): tuple(str(x) for x in v) for k, v in (data.get("ncit") or {}).items()}


def diagnosis_of(tree: TumourTypeTree, code: str, name: str | None) -> Diagnosis:
    """The case's tumour type with its NCIt code, from the type or its nearest mapped ancestor."""
    resolved = tree.resolve(code).code or code
    fallback = builtin_ncit() if not any(t.ncit for t in tree.types.values()) else {}
    chain = [resolved]
    while (node := tree.get(chain[-1])) is not None and node.parent is not None:
        chain.append(node.parent)
    for candidate in chain:
        node = tree.get(candidate)
        codes = (node.ncit if node else ()) or fallback.get(candidate, ())
        if codes:
            known = tree.get(resolved)
            label = known.name if known else name or resolved
            return Diagnosis(resolved, label, tree.version, codes[0], candidate)
    known = tree.get(resolved)
    return Diagnosis(resolved, known.name if known else name or resolved, tree.version)


def current_decision(session: Session, case: Case, study_id: str) -> Recommendation:
    row = session.scalar(
        select(Recommendation)
        .where(Recommendation.case_id == case.id)
        .order_by(Recommendation.revision.desc())
        .limit(1)
    )
    if row is None:
        raise NotFoundError(code="decision.no-recommendation", params={"study_id": study_id})
    if row.state is RecommendationState.DRAFT:
        raise ValidationError(
            code="decision.draft", params={"study_id": study_id, "revision": row.revision}
        )
    return row


def newest_report(session: Session, case: Case, study_id: str) -> MolecularReport:
    report = session.scalar(
        select(MolecularReport)
        .where(MolecularReport.case_id == case.id)
        .order_by(MolecularReport.id.desc())
        .limit(1)
    )
    if report is None:
        raise NotFoundError(code="export.no-report", params={"study_id": study_id})
    return report


def _finding(f: Finding, a: Annotation | None) -> FindingRecord:
    return FindingRecord(
        id=f.id,
        kind=f.kind.value,
        gene=f.gene,
        protein=f.protein,
        hgvs_c=f.hgvs_c,
        transcript=f.transcript,
        chromosome=f.chromosome,
        position=f.position,
        ref=f.ref,
        alt=f.alt,
        exon=f.exon,
        vaf=f.vaf,
        depth=f.depth,
        copy_number=f.copy_number,
        cnv_call=f.cnv_call.value if f.cnv_call else None,
        partner_gene=f.partner_gene,
        supporting_reads=f.supporting_reads,
        value=f.value,
        description=f.description,
        oncogenicity=a.oncogenicity.value if a and a.oncogenicity else None,
        escat_tier=a.escat_tier.value if a and a.escat_tier else None,
        reportable=bool(a and a.reportable),
        origin=f.origin,
        equivocal=f.equivocal,
    )


def report_findings(
    session: Session, report: MolecularReport, keep: set[int] | None = None
) -> tuple[FindingRecord, ...]:
    """The report's findings; with `keep`, only those `exported` can keep (reportable, kept
    ids, TMB/MSI), chosen by the database: a whole-genome report's million others are never
    read (annotations drive the reportable ones; the (report_id, kind) index the biomarkers)."""
    statement = select(Finding, Annotation).outerjoin(
        Annotation, Annotation.finding_id == Finding.id
    )
    if keep is not None:
        wanted = union(
            select(Annotation.finding_id.label("id"))
            .join(Finding, Finding.id == Annotation.finding_id + literal(0))
            .where(Annotation.reportable.is_(True), Finding.report_id + literal(0) == report.id),
            select(Finding.id).where(Finding.report_id == report.id, Finding.id.in_(keep)),
            select(Finding.id).where(Finding.report_id == report.id, Finding.kind.in_(_MEASURED)),
        ).subquery()
        statement = statement.where(Finding.id.in_(select(wanted.c.id)))
    rows = session.execute(
        statement.where(Finding.report_id == report.id).order_by(Finding.id)
    ).all()
    return tuple(_finding(f, a) for f, a in rows)


_MEASURED = ("tmb", "msi")


def finding_kinds(session: Session, report: MolecularReport, ids: set[int]) -> dict[int, str]:
    """The kind of each of these findings that belongs to the report."""
    rows = session.execute(
        select(Finding.id, Finding.kind).where(
            Finding.report_id == report.id, Finding.id.in_(sorted(ids))
        )
    )
    return {finding_id: kind.value for finding_id, kind in rows}


def exported(findings: tuple[FindingRecord, ...], keep: set[int]) -> tuple[FindingRecord, ...]:
    """Reportable findings, those the decision or an eligible match rests on, and TMB/MSI."""
    return tuple(f for f in findings if f.reportable or f.id in keep or f.kind in {"tmb", "msi"})


def _recommendation(session: Session, row: Recommendation) -> RecommendationRecord:
    cohort = session.get(Cohort, row.cohort_id) if row.cohort_id else None
    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
    finding_ids = session.scalars(
        select(recommendation_finding.c.finding_id).where(
            recommendation_finding.c.recommendation_id == row.id
        )
    ).all()
    decided = meeting.held_on if meeting else (row.finalised_at or row.created_at).date()
    return RecommendationRecord(
        revision=row.revision,
        state=row.state.value,
        outcome=row.outcome.value,
        rationale=row.rationale,
        cohort=cohort.code if cohort else None,
        cohort_name=cohort.name if cohort else None,
        drugs=tuple(row.drugs),
        trial_id=row.trial_id,
        escat_tier=row.escat_tier.value if row.escat_tier else None,
        finding_ids=tuple(sorted(finding_ids)),
        decided_on=decided,
    )


def eligible_matches(
    session: Session, case: Case, report: MolecularReport
) -> tuple[MatchRecord, ...]:
    """Eligible matches; a match resting only on the `report`'s TMB/MSI names that biomarker."""
    from mtb_desk.matching.specs import MatchStatus
    from mtb_desk.services.matching import matches_in_session

    eligible = [
        m for m in matches_in_session(session, case).matches if m.status is MatchStatus.ELIGIBLE
    ]
    named = {i for m in eligible for i in (*m.findings, *([m.finding] if m.finding else []))}
    kinds = finding_kinds(session, report, named)
    found = []
    for match in eligible:
        ids = tuple(sorted({*match.findings, *([match.finding] if match.finding else [])}))
        biomarker = None
        if not ids or all(kinds.get(i) in {"tmb", "msi"} for i in ids):
            biomarker = next((kinds[i] for i in ids if i in kinds), None)
            if biomarker is None:
                biomarker = "tmb" if "TMB" in match.reason.upper() else "msi"
        found.append(MatchRecord(match.cohort, match.drugs, match.reason, ids, biomarker))
    return tuple(found)


def _decision_document(session: Session, row: Recommendation) -> DecisionDocument | None:
    from mtb_desk.services.documents import latest_document_and_signatures

    document, signatures = latest_document_and_signatures(session, row.id)
    if document is None:
        return None
    return DecisionDocument(
        uid=document.uid,
        sha256=document.sha256,
        content=document.content,
        language=document.language,
        created_at=document.created_at,
        signed_by=tuple(s.signer_name for s in signatures),
    )


def _report_record(report: MolecularReport) -> ReportRecord:
    return ReportRecord(
        id=report.id,
        assay=report.assay.value,
        lab=report.lab,
        specimen=report.specimen.value if report.specimen else None,
        sample_id=report.sample_id,
        report_date=report.report_date,
        tumour_cell_content=report.tumour_cell_content,
        tmb=report.tmb,
        msi_status=report.msi_status.value if report.msi_status else None,
        genome_build=report.genome_build,
        source_sha256=report.source_sha256,
    )


def case_record(
    session: Session,
    case: Case,
    tree: TumourTypeTree,
    *,
    treatments: tuple[TreatmentLike, ...] = (),
    with_matches: bool = True,
) -> CaseRecord:
    """The case's current decision, newest report and findings as one plain record.

    Raises a one-line error naming what is missing (no report, no decision, a draft).
    `treatments` is empty until the follow-up records (issue 16) are wired in here.
    """
    study_id = case.patient.study_id
    row = current_decision(session, case, study_id)
    report = newest_report(session, case, study_id)
    recommendation = _recommendation(session, row)
    matches = eligible_matches(session, case, report) if with_matches else ()
    keep = {*recommendation.finding_ids, *(i for m in matches for i in m.finding_ids)}
    findings = exported(report_findings(session, report, keep), keep)
    return CaseRecord(
        study_id=study_id,
        national_id=case.patient.national_id,
        sex=case.patient.sex,
        birth_year=case.patient.birth_year,
        referral_date=case.referral_date,
        diagnosis=diagnosis_of(tree, case.diagnosis_code, case.diagnosis_text),
        report=_report_record(report),
        findings=findings,
        recommendation=recommendation,
        matches=matches,
        decision=_decision_document(session, row),
        treatments=treatments,
        hgnc_ids=builtin_hgnc_ids(),
    )
