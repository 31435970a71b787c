"""Converting ORM rows into the plain records services return (inside a session)."""

from __future__ import annotations

from mtb_desk.db.models import Annotation, Finding, Hospital, MolecularReport
from mtb_desk.domain.records import AnnotationView, FindingView, HospitalView, ReportView


def annotation_view(annotation: Annotation | None) -> AnnotationView | None:
    if annotation is None:
        return None
    return AnnotationView(
        oncogenicity=annotation.oncogenicity,
        escat_tier=annotation.escat_tier,
        reportable=annotation.reportable,
        comment=annotation.comment,
        annotated_by=annotation.annotated_by,
        annotated_at=annotation.annotated_at,
        version=annotation.version,
    )


def finding_view(finding: Finding, annotation: Annotation | None) -> FindingView:
    return FindingView(
        id=finding.id,
        report_id=finding.report_id,
        kind=finding.kind,
        gene=finding.gene,
        protein=finding.protein,
        protein_original=finding.protein_original,
        hgvs_c=finding.hgvs_c,
        transcript=finding.transcript,
        chromosome=finding.chromosome,
        position=finding.position,
        ref=finding.ref,
        alt=finding.alt,
        consequence=finding.consequence,
        exon=finding.exon,
        vaf=finding.vaf,
        depth=finding.depth,
        copy_number=finding.copy_number,
        fold_change=finding.fold_change,
        cnv_call=finding.cnv_call,
        partner_gene=finding.partner_gene,
        breakpoint_5=finding.breakpoint_5,
        breakpoint_3=finding.breakpoint_3,
        supporting_reads=finding.supporting_reads,
        filter=finding.filter,
        is_filtered=finding.is_filtered,
        value=finding.value,
        description=finding.description,
        annotation=annotation_view(annotation),
        origin=finding.origin,
        equivocal=finding.equivocal,
        symbol_in_file=finding.symbol_in_file,
    )


def report_view(report: MolecularReport, finding_count: int) -> ReportView:
    return ReportView(
        id=report.id,
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
        source_filename=report.source_filename,
        source_sha256=report.source_sha256,
        importer=report.importer,
        importer_version=report.importer_version,
        imported_by=report.imported_by,
        imported_at=report.imported_at,
        finding_count=finding_count,
        details={str(k): str(v) for k, v in (report.details or {}).items()},
    )


def hospital_view(hospital: Hospital) -> HospitalView:
    return HospitalView(
        id=hospital.id,
        code=hospital.code,
        name=hospital.name,
        city=hospital.city,
        site_open_since=hospital.site_open_since,
        version=hospital.version,
    )
