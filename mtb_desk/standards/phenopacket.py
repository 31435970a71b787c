"""A case as a GA4GH Phenopacket v2 (the `phenopackets` package's protobuf messages).

subject: the study id and the age at referral (no name, no national id, no birth date, no
free text: the decision is summarised by its outcome, cohort, trial and drugs);
diseases: the tumour type as an NCIt term from the OncoTree release's mapping; the OncoTree
code is kept as the biosample's histological diagnosis; biosamples: the sequenced sample;
interpretations: one diagnosis with a genomic interpretation per reportable finding that has
a gene; measurements: TMB (LOINC 94076-7) and MSI (LOINC 81695-9); medical actions: the
treatments handed in (see `TreatmentLike`; the follow-up records of issue 16 will fill them).
Drugs, responses and adverse events have no ontology ids in MTB Desk: they are written as
labels under the local prefix ``MTBDESK``, declared in the metadata, never as invented codes.
"""

from __future__ import annotations

import datetime as dt

import phenopackets as pp
from google.protobuf.json_format import MessageToJson
from google.protobuf.timestamp_pb2 import Timestamp

from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.standards import codes as c
from mtb_desk.standards.records import (
    BuiltDocument,
    CaseRecord,
    FindingRecord,
    RecommendationRecord,
    TreatmentLike,
    gene_less,
)

SEX = {"F": pp.Sex.FEMALE, "M": pp.Sex.MALE, "X": pp.Sex.OTHER_SEX}
ACTIONABLE_TIERS = ("I-A", "I-B", "I-C", "II-A", "II-B", "III-A", "III-B")
RESPONSES = {
    "CR": "Complete response",
    "PR": "Partial response",
    "SD": "Stable disease",
    "PD": "Progressive disease",
}
RESOURCES = (
    (
        "ncit",
        "NCI Thesaurus",
        "http://purl.obolibrary.org/obo/ncit.owl",
        "NCIT",
        "http://purl.obolibrary.org/obo/NCIT_",
    ),
    ("oncotree", "OncoTree", c.ONCOTREE, "oncotree", "http://oncotree.mskcc.org/?version=&node="),
    (
        "hgnc",
        "HUGO Gene Nomenclature Committee",
        "https://www.genenames.org",
        "HGNC",
        "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/",
    ),
    (
        "so",
        "Sequence Ontology",
        "http://purl.obolibrary.org/obo/so.owl",
        "SO",
        "http://purl.obolibrary.org/obo/SO_",
    ),
    (
        "loinc",
        "Logical Observation Identifiers Names and Codes",
        "https://loinc.org",
        "LOINC",
        "https://loinc.org/",
    ),
    ("ucum", "Unified Code for Units of Measure", "https://ucum.org", "UCUM", "https://ucum.org/"),
    (
        "ncbitaxon",
        "NCBI organismal classification",
        "http://purl.obolibrary.org/obo/ncbitaxon.owl",
        "NCBITaxon",
        "http://purl.obolibrary.org/obo/NCBITaxon_",
    ),
    (
        "mtbdesk",
        "MTB Desk local labels (no external ontology id)",
        "urn:mtb-desk",
        "MTBDESK",
        "urn:mtb-desk:",
    ),
)


def _term(curie: str, label: str) -> pp.OntologyClass:
    return pp.OntologyClass(id=curie, label=label)


def _local(kind: str, label: str) -> pp.OntologyClass:
    slug = "-".join(label.lower().split())
    return _term(f"MTBDESK:{kind}/{slug}", label)


def age_at(birth_year: int | None, on: dt.date | None) -> str | None:
    """ISO 8601 age in whole years ("P63Y") from the birth year; None when unknown."""
    if birth_year is None or on is None:
        return None
    return f"P{max(on.year - birth_year, 0)}Y"


def disease_term(record: CaseRecord, warnings: list[Phrase]) -> pp.OntologyClass:
    diagnosis = record.diagnosis
    if diagnosis.ncit_code is None:
        warnings.append(phrase(
            "export.no-ncit", code=diagnosis.oncotree_code, version=diagnosis.oncotree_version
        ))  # fmt: skip
        return _term(f"oncotree:{diagnosis.oncotree_code}", diagnosis.name)
    if diagnosis.ncit_from and diagnosis.ncit_from != diagnosis.oncotree_code:
        warnings.append(phrase(
            "export.ncit-from", code=diagnosis.oncotree_code, version=diagnosis.oncotree_version,
            parent=diagnosis.ncit_from, ncit=diagnosis.ncit_code,
        ))  # fmt: skip
    return _term(f"NCIT:{diagnosis.ncit_code}", diagnosis.name)


def _descriptor(
    finding: FindingRecord, record: CaseRecord, warnings: list[Phrase]
) -> pp.VariationDescriptor:
    assert finding.gene is not None
    gene = pp.GeneDescriptor(symbol=finding.gene)
    hgnc = record.hgnc_ids.get(finding.gene)
    if hgnc:
        gene.value_id = hgnc
    else:
        warnings.append(phrase("export.no-hgnc-symbol", gene=finding.gene))
        gene.value_id = f"MTBDESK:gene/{finding.gene}"
    descriptor = pp.VariationDescriptor(
        id=f"finding-{finding.id}",
        gene_context=gene,
        molecule_context=pp.MoleculeContext.genomic,
        label=_label(finding),
    )
    if finding.hgvs_c:
        value = f"{finding.transcript}:{finding.hgvs_c}" if finding.transcript else finding.hgvs_c
        descriptor.expressions.append(pp.Expression(syntax="hgvs.c", value=value))
    if finding.protein and finding.kind in {"snv", "indel", "mnv"}:
        protein = finding.protein if finding.protein.startswith("p.") else f"p.{finding.protein}"
        descriptor.expressions.append(pp.Expression(syntax="hgvs.p", value=protein))
    change = c.SO_CHANGE.get(finding.cnv_call or finding.kind)
    if change is not None:
        descriptor.structural_type.CopyFrom(_term(change[0], change[1]))
    notes = [finding.description or ""]
    if finding.origin:
        notes.append(f"{finding.origin} (as the lab reports it)")
    if finding.equivocal:
        notes.append("equivocal call: needs confirmation")
    descriptor.description = "; ".join(n for n in notes if n)
    return descriptor


def _label(finding: FindingRecord) -> str:
    if finding.kind == "fusion":
        return f"{finding.gene}::{finding.partner_gene or '?'} fusion"
    if finding.kind == "cnv":
        copies = f" ({finding.copy_number:g} copies)" if finding.copy_number is not None else ""
        return f"{finding.gene} {finding.cnv_call or 'copy number change'}{copies}"
    return (
        f"{finding.gene} {finding.protein or finding.description or finding.hgvs_c or ''}".strip()
    )


def _interpretations(
    record: CaseRecord, sample_id: str, disease: pp.OntologyClass, warnings: list[Phrase]
) -> pp.Interpretation:
    diagnosis = pp.Diagnosis(disease=disease)
    supporting = set(record.recommendation.finding_ids)
    for finding in record.findings:
        if finding.kind in {"tmb", "msi"}:
            continue
        if not finding.gene:
            warnings.append(phrase("export.no-gene-interpretation", finding=gene_less(finding)))
            continue
        actionable = finding.escat_tier in ACTIONABLE_TIERS or finding.id in supporting
        diagnosis.genomic_interpretations.append(
            pp.GenomicInterpretation(
                subject_or_biosample_id=sample_id,
                interpretation_status=pp.GenomicInterpretation.InterpretationStatus.CONTRIBUTORY
                if finding.id in supporting
                else pp.GenomicInterpretation.InterpretationStatus.CANDIDATE,
                variant_interpretation=pp.VariantInterpretation(
                    acmg_pathogenicity_classification=pp.AcmgPathogenicityClassification.NOT_PROVIDED,
                    therapeutic_actionability=pp.TherapeuticActionability.ACTIONABLE
                    if actionable
                    else pp.TherapeuticActionability.UNKNOWN_ACTIONABILITY,
                    variation_descriptor=_descriptor(finding, record, warnings),
                ),
            )
        )
    rec = record.recommendation
    return pp.Interpretation(
        id=f"{record.study_id}-decision-r{rec.revision}",
        progress_status=pp.Interpretation.ProgressStatus.COMPLETED,
        diagnosis=diagnosis,
        summary=_summary(rec),
    )


def _summary(rec: RecommendationRecord) -> str:
    """The decision in coded words only: free-text rationale may name people, so it stays."""
    parts = [rec.outcome]
    if rec.cohort:
        parts.append(f"cohort {rec.cohort}")
    if rec.trial_id:
        parts.append(f"trial {rec.trial_id}")
    if rec.drugs:
        parts.append(" + ".join(rec.drugs))
    return "; ".join(parts)


def _measurements(record: CaseRecord) -> list[pp.Measurement]:
    found = []
    tmb = record.report.tmb
    if tmb is None:
        tmb = next((f.value for f in record.findings if f.kind == "tmb"), None)
    if tmb is not None:
        found.append(
            pp.Measurement(
                assay=_term(f"LOINC:{c.TMB[0]}", c.TMB[1]),
                value=pp.Value(
                    quantity=pp.Quantity(
                        unit=_term("UCUM:1/1000000{Base}", "mutations per megabase"), value=tmb
                    )
                ),
            )
        )
    if record.report.msi_status in c.MSI_ANSWERS:
        answer = c.MSI_ANSWERS[record.report.msi_status]
        found.append(
            pp.Measurement(
                assay=_term(f"LOINC:{c.MSI[0]}", c.MSI[1]),
                value=pp.Value(ontology_class=_term(f"LOINC:{answer[0]}", answer[1])),
            )
        )
    return found


def medical_action(treatment: TreatmentLike, disease: pp.OntologyClass) -> pp.MedicalAction:
    """A treatment with its best response, adverse events and why it stopped."""
    action = pp.MedicalAction(
        treatment=pp.Treatment(agent=_local("drug", treatment.drug)),
        treatment_target=disease,
    )
    if treatment.best_response in RESPONSES:
        label = f"{RESPONSES[treatment.best_response]} (RECIST 1.1)"
        action.response_to_treatment.CopyFrom(_local("response", label))
    action.adverse_events.extend(_local("adverse-event", e) for e in treatment.adverse_events)
    if treatment.stop_reason:
        action.treatment_termination_reason.CopyFrom(_local("stop", treatment.stop_reason))
    return action


def _biosample(record: CaseRecord, sample_id: str) -> pp.Biosample:
    report = record.report
    biosample = pp.Biosample(
        id=sample_id,
        individual_id=record.study_id,
        description=f"{report.assay} {report.specimen or 'sample'}"
        + (
            f", tumour cell content {report.tumour_cell_content:g}%"
            if report.tumour_cell_content is not None
            else ""
        ),
        taxonomy=_term("NCBITaxon:9606", "Homo sapiens"),
        histological_diagnosis=_term(
            f"oncotree:{record.diagnosis.oncotree_code}", record.diagnosis.name
        ),
    )
    age = age_at(record.birth_year, report.report_date)
    if age:
        biosample.time_of_collection.CopyFrom(pp.TimeElement(age=pp.Age(iso8601duration=age)))
    return biosample


def build_phenopacket(record: CaseRecord) -> BuiltDocument:
    """The phenopacket as JSON text (protobuf JSON mapping), with warnings."""
    warnings: list[Phrase] = []
    # Pseudonymous like the subject: a lab's own sample id may carry its accession number.
    sample_id = f"{record.study_id}-sample-{record.report.id}"
    subject = pp.Individual(
        id=record.study_id,
        sex=SEX.get(record.sex or "", pp.Sex.UNKNOWN_SEX),
        taxonomy=_term("NCBITaxon:9606", "Homo sapiens"),
    )
    age = age_at(record.birth_year, record.referral_date)
    if age:
        subject.time_at_last_encounter.CopyFrom(pp.TimeElement(age=pp.Age(iso8601duration=age)))
    disease = disease_term(record, warnings)
    interpretation = _interpretations(record, sample_id, disease, warnings)
    created = Timestamp()
    created.FromDatetime(dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None))
    meta = pp.MetaData(created=created, created_by="MTB Desk", phenopacket_schema_version="2.0")
    for rid, name, url, prefix, iri in RESOURCES:
        version = record.diagnosis.oncotree_version if rid == "oncotree" else "unspecified"
        meta.resources.append(
            pp.Resource(
                id=rid, name=name, url=url, version=version, namespace_prefix=prefix, iri_prefix=iri
            )
        )
    packet = pp.Phenopacket(
        id=f"{record.study_id}-r{record.recommendation.revision}",
        subject=subject,
        diseases=[pp.Disease(term=disease)],
        biosamples=[_biosample(record, sample_id)],
        interpretations=[interpretation],
        measurements=_measurements(record),
        medical_actions=[medical_action(t, disease) for t in record.treatments],
        meta_data=meta,
    )
    text = MessageToJson(packet, indent=2, ensure_ascii=False)
    count = len(interpretation.diagnosis.genomic_interpretations)
    return BuiltDocument(text=text, notes=tuple(warnings), resources=count)
