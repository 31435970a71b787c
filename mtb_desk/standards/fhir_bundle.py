"""A case decision as an HL7 FHIR R4 Genomics Reporting (IG STU3) Bundle.

Bundle (collection) → Patient (pseudonymous: study id; national id only on request),
Specimen, one variant Observation per reportable finding, molecular-biomarker Observations
for TMB and MSI, therapeutic-implication Observations for eligible cohort matches, the
recommendation as a medication-recommendation Task (followup-recommendation for further
testing or counselling) focused on an intended MedicationStatement, the signed decision PDF
as a DocumentReference (SHA-1 in the attachment as FHIR defines it, SHA-256 as identifier),
and the genomic-report DiagnosticReport tying them together. References are `urn:uuid:`
full URLs inside the bundle.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid

from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.diagnosticreport import DiagnosticReport
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource
from fhir.resources.R4B.specimen import Specimen
from fhir.resources.R4B.task import Task

from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.standards import codes as c
from mtb_desk.standards.fhir_findings import (
    VARIANT_KINDS,
    build,
    concept,
    diagnosis_concept,
    implication_observation,
    loinc,
    msi_observation,
    reference,
    text_concept,
    tmb_observation,
    variant_observation,
    variant_text,
)
from mtb_desk.standards.records import BuiltDocument, CaseRecord, FindingRecord, gene_less

GENDER = {"F": "female", "M": "male", "X": "other"}
SUPPORTING_INFO = "http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo"
FOLLOW_UP = {
    "further-testing": ("LA14022-0", "Additional testing recommended"),
    "genetic-counselling": ("LA14020-4", "Genetic counseling recommended"),
}


class _Entries:
    """Resources in bundle order, each with a `urn:uuid:` full URL derived from `seed`."""

    def __init__(self, seed: str) -> None:
        self._seed = uuid.uuid5(uuid.NAMESPACE_URL, seed)
        self.items: list[tuple[str, Resource]] = []

    def add(self, key: str, resource: Resource, display: str | None = None) -> Reference:
        full_url = f"urn:uuid:{uuid.uuid5(self._seed, key)}"
        resource.id = full_url.removeprefix("urn:uuid:")
        self.items.append((full_url, resource))
        return reference(full_url, display)


def _patient(record: CaseRecord, include_national_id: bool) -> Patient:
    identifiers = [{"system": c.STUDY_ID_SYSTEM, "value": record.study_id}]
    if include_national_id and record.national_id:
        identifiers.append({"system": c.NATIONAL_ID_SYSTEM, "value": record.national_id})
    return build(
        Patient,
        identifier=identifiers,
        gender=GENDER.get(record.sex or "", "unknown"),
        birthDate=str(record.birth_year) if include_national_id and record.birth_year else None,
    )


def _specimen(record: CaseRecord, subject: Reference) -> Specimen:
    report = record.report
    kind = c.TUMOUR_SPECIMEN.get(report.specimen or "")
    return build(
        Specimen,
        identifier=[{"value": report.sample_id}] if report.sample_id else None,
        type=concept(c.SNOMED, kind) if kind else text_concept(report.specimen or "unknown"),
        subject=subject,
        note=[{"text": f"Tumour cell content {report.tumour_cell_content:g}%"}]
        if report.tumour_cell_content is not None
        else None,
    )


def _expressible(finding: FindingRecord, warnings: list[Phrase]) -> bool:
    if finding.kind not in VARIANT_KINDS:
        return False
    if not finding.gene:
        warnings.append(phrase("export.no-gene-observation", finding=gene_less(finding)))
        return False
    return True


def _findings(
    record: CaseRecord,
    entries: _Entries,
    subject: Reference,
    specimen: Reference,
    warnings: list[Phrase],
) -> tuple[list[Reference], dict[object, Reference]]:
    """Variant and biomarker Observations; returns result references and finding id → ref."""
    results: list[Reference] = []
    by_finding: dict[object, Reference] = {}
    for finding in record.findings:
        if _expressible(finding, warnings):
            observation = variant_observation(finding, record, subject, specimen, warnings)
            ref = entries.add(f"finding/{finding.id}", observation, variant_text(finding))
            results.append(ref)
            by_finding[finding.id] = ref
    tmb = record.report.tmb
    if tmb is None:
        tmb = next((f.value for f in record.findings if f.kind == "tmb"), None)
    if tmb is not None:
        ref = entries.add("tmb", tmb_observation(tmb, record, subject), f"TMB {tmb:g} mut/Mb")
        results.append(ref)
        by_finding["tmb"] = ref
    if record.report.msi_status in c.MSI_ANSWERS:
        status = record.report.msi_status
        ref = entries.add("msi", msi_observation(status, record, subject), f"MSI {status}")
        results.append(ref)
        by_finding["msi"] = ref
    return results, by_finding


def _implications(
    record: CaseRecord,
    entries: _Entries,
    subject: Reference,
    by_finding: dict[object, Reference],
    warnings: list[Phrase],
) -> dict[str, Reference]:
    made: dict[str, Reference] = {}
    for match in record.matches:
        derived = [by_finding[f] for f in match.finding_ids if f in by_finding]
        if match.biomarker in by_finding:
            derived.append(by_finding[match.biomarker])
        if not derived:
            warnings.append(phrase("export.no-implication", cohort=match.cohort))
            continue
        observation = implication_observation(match, derived, record, subject)
        made[match.cohort] = entries.add(f"implication/{match.cohort}", observation, match.cohort)
    return made


def _recommendation(
    record: CaseRecord, entries: _Entries, subject: Reference, implications: dict[str, Reference]
) -> list[Reference]:
    rec = record.recommendation
    described = f"{rec.outcome}: {rec.rationale}".strip()
    if rec.drugs:
        statement = build(
            MedicationStatement,
            status="intended",
            medicationCodeableConcept=text_concept(" + ".join(rec.drugs)),
            subject=subject,
        )
        focus = entries.add("medication", statement, " + ".join(rec.drugs))
        reasons = [implications[rec.cohort]] if rec.cohort in implications else []
        what = f"IMPRESS cohort {rec.cohort}" if rec.cohort else rec.trial_id or rec.outcome
        task = build(
            Task,
            meta={"profile": [c.PROFILE_MED_RECOMMENDATION]},
            status="requested",
            intent="proposal",
            code=concept(c.LOINC, c.CONSIDER_MEDICATION, text=f"{' + '.join(rec.drugs)} ({what})"),
            focus=focus,
            for_fhir=subject,
            authoredOn=rec.decided_on,
            description=described,
            reasonReference=reasons[0] if reasons else None,
        )
        return [entries.add("recommendation", task, "medication recommendation")]
    if rec.outcome in FOLLOW_UP:
        task = build(
            Task,
            meta={"profile": [f"{c.IG}/followup-recommendation"]},
            status="requested",
            intent="proposal",
            code=concept(c.LOINC, FOLLOW_UP[rec.outcome]),
            for_fhir=subject,
            authoredOn=rec.decided_on,
            description=described,
        )
        return [entries.add("recommendation", task, "follow-up recommendation")]
    return []


def _document(record: CaseRecord, subject: Reference) -> DocumentReference:
    document = record.decision
    assert document is not None
    return build(
        DocumentReference,
        masterIdentifier={"system": "urn:mtb-desk:document-uid", "value": document.uid},
        identifier=[{"system": "urn:mtb-desk:sha256", "value": document.sha256}],
        status="current",
        docStatus="final",
        type=text_concept("Molecular tumour board decision"),
        subject=subject,
        date=document.created_at,
        description="Decision of the molecular tumour board"
        + (f", signed by {', '.join(document.signed_by)}" if document.signed_by else ""),
        content=[
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": "nb" if document.language == "nb" else "en",
                    "data": base64.b64encode(document.content).decode("ascii"),
                    "size": len(document.content),
                    "hash": base64.b64encode(hashlib.sha1(document.content).digest()).decode(),  # noqa: S324 - FHIR Attachment.hash is SHA-1 by definition
                    "title": f"{document.uid}.pdf",
                }
            }
        ],
    )


def _report(
    record: CaseRecord,
    subject: Reference,
    specimen: Reference,
    results: list[Reference],
    extensions: list[dict[str, object]],
) -> DiagnosticReport:
    """The genomic-report DiagnosticReport (LOINC 51969-4) tying the bundle together."""
    rec = record.recommendation
    return build(
        DiagnosticReport,
        meta={"profile": [c.PROFILE_REPORT]},
        extension=extensions or None,
        status="final",
        category=[concept(c.DIAGNOSTIC_SERVICE, ("GE", "Genetics"))],
        code=loinc(c.GENETIC_ANALYSIS_REPORT),
        subject=subject,
        effectiveDateTime=record.report.report_date,
        issued=dt.datetime.now(dt.UTC).replace(microsecond=0),
        performer=[{"display": record.report.lab}] if record.report.lab else None,
        specimen=[specimen],
        result=results or None,
        conclusion=f"Board recommendation (revision {rec.revision}, {rec.state}): "
        f"{rec.outcome}. {rec.rationale}".strip(),
        conclusionCode=[diagnosis_concept(record)],
    )


def build_fhir_bundle(record: CaseRecord, *, include_national_id: bool = False) -> BuiltDocument:
    """The Bundle as JSON text, with warnings for what could not be expressed."""
    warnings: list[Phrase] = []
    entries = _Entries(str(uuid.uuid4()))  # urn:uuid full URLs must be unique per bundle
    subject = entries.add("patient", _patient(record, include_national_id), record.study_id)
    specimen = entries.add("specimen", _specimen(record, subject))
    results, by_finding = _findings(record, entries, subject, specimen, warnings)
    implications = _implications(record, entries, subject, by_finding, warnings)
    actions = _recommendation(record, entries, subject, implications)
    extensions: list[dict[str, object]] = [
        {"url": c.EXT_RECOMMENDED_ACTION, "valueReference": a} for a in actions
    ]
    if record.decision is not None:
        if not record.decision.signed_by:
            warnings.append(phrase("export.decision-unsigned"))
        document = entries.add("decision", _document(record, subject), record.decision.uid)
        extensions.append({"url": SUPPORTING_INFO, "valueReference": document})
    results += list(implications.values())
    entries.add("report", _report(record, subject, specimen, results, extensions), "report")
    bundle = build(
        Bundle,
        identifier={"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        type="collection",
        timestamp=dt.datetime.now(dt.UTC).replace(microsecond=0),
        entry=[BundleEntry(fullUrl=url, resource=res) for url, res in entries.items],
    )
    text = bundle.model_dump_json(indent=2, exclude_none=True)
    return BuiltDocument(text=text, notes=tuple(warnings), resources=len(entries.items))
