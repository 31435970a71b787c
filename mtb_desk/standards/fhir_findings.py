"""Genomics Reporting Observations: variant, molecular-biomarker and therapeutic-implication.

Built with the `fhir.resources` R4B models (the package ships R4B and R5, no plain R4; R4B
keeps R4's Observation, Task, DiagnosticReport and DocumentReference unchanged, so the
output is valid R4 as the Genomics Reporting IG expects). Each builder returns a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.observation import Observation, ObservationComponent
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.reference import Reference
from pydantic import BaseModel

from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.standards import codes as c
from mtb_desk.standards.records import CaseRecord, FindingRecord, MatchRecord

ModelT = TypeVar("ModelT", bound=BaseModel)


def build(model: type[ModelT], **fields: Any) -> ModelT:
    """A FHIR model validated from its fields (nested dicts, dates and models allowed)."""
    return model.model_validate(fields)


VARIANT_KINDS = frozenset({"snv", "indel", "mnv", "cnv", "fusion", "splice"})


def concept(system: str, pair: tuple[str, str], text: str | None = None) -> CodeableConcept:
    code, display = pair
    return CodeableConcept(coding=[Coding(system=system, code=code, display=display)], text=text)


def loinc(pair: tuple[str, str]) -> CodeableConcept:
    return concept(c.LOINC, pair)


def text_concept(text: str) -> CodeableConcept:
    return CodeableConcept(text=text)


def reference(full_url: str, display: str | None = None) -> Reference:
    return Reference(reference=full_url, display=display)


def _categories(biomarker: bool = False) -> list[CodeableConcept]:
    found = [concept(c.OBSERVATION_CATEGORY, ("laboratory", "Laboratory"))]
    if biomarker:
        found.append(concept(c.TBD_CODES, ("biomarker-category", "Biomarker category")))
    found.append(concept(c.DIAGNOSTIC_SERVICE, ("GE", "Genetics")))
    return found


def _component(code: tuple[str, str], **value: Any) -> ObservationComponent:
    return ObservationComponent(code=loinc(code), **value)


def gene_concept(symbol: str, hgnc_ids: dict[str, str], warnings: list[Phrase]) -> CodeableConcept:
    """HGNC id as the code and the symbol as display (IG: gene-studied, LOINC 48018-6)."""
    hgnc = hgnc_ids.get(symbol)
    if hgnc is None:
        warnings.append(phrase("export.no-hgnc-text", gene=symbol))
        return text_concept(symbol)
    return concept(c.HGNC, (hgnc, symbol))


def _hgvs(prefix: str | None, change: str) -> CodeableConcept:
    text = f"{prefix}:{change}" if prefix and ":" not in change else change
    return CodeableConcept(coding=[Coding(system=c.HGVS, code=text, display=text)])


def _protein_hgvs(protein: str) -> str:
    return protein if protein.startswith("p.") else f"p.{protein}"


def _quantity(code: tuple[str, str], value: float | None, unit: str | None) -> list[Any]:
    if value is None:
        return []
    quantity = build(Quantity, value=value, system=c.UCUM, code="1", unit=unit)
    return [_component(code, valueQuantity=quantity)]


def _coded(code: tuple[str, str], value: CodeableConcept | None) -> list[Any]:
    return [] if value is None else [_component(code, valueCodeableConcept=value)]


def _genes(finding: FindingRecord, record: CaseRecord, warnings: list[Phrase]) -> list[Any]:
    """gene-studied (48018-6) for the gene, and for a fusion's partner too."""
    genes = [finding.gene]
    if finding.kind == "fusion" and finding.partner_gene:
        genes.append(finding.partner_gene)
    return [
        _component(c.GENE_STUDIED, valueCodeableConcept=gene_concept(g, record.hgnc_ids, warnings))
        for g in genes
        if g
    ]


def _variant_components(
    finding: FindingRecord, record: CaseRecord, warnings: list[Phrase]
) -> list[ObservationComponent]:
    """The variant profile's components, in the IG's order, for what the finding has."""
    change = c.SO_CHANGE.get(finding.cnv_call or finding.kind)
    protein = finding.protein if finding.kind in {"snv", "indel", "mnv"} else None
    assembly = c.ASSEMBLIES.get(record.report.genome_build or "")
    transcript = finding.transcript
    return [
        *_genes(finding, record, warnings),
        *_coded(c.CHANGE_TYPE, concept(c.SEQUENCE_ONTOLOGY, change) if change else None),
        *_coded(
            c.TRANSCRIPT,
            CodeableConcept(coding=[Coding(system=c.REFSEQ, code=transcript)])
            if transcript
            else None,
        ),
        *_coded(c.CODING_HGVS, _hgvs(transcript, finding.hgvs_c) if finding.hgvs_c else None),
        *_coded(c.PROTEIN_HGVS, _hgvs(None, _protein_hgvs(protein)) if protein else None),
        *_quantity(
            c.ALLELE_FREQUENCY,
            None if finding.vaf is None else round(finding.vaf, 4),
            "relative frequency",
        ),
        *_quantity(c.READ_DEPTH, finding.depth, "reads"),
        *_quantity(c.COPY_NUMBER, finding.copy_number, None),
        *_coded(c.SOURCE_CLASS, loinc(c.ORIGINS[finding.origin]) if finding.origin else None),
        *_coded(c.REFERENCE_ASSEMBLY, loinc(assembly) if assembly else None),
    ]


def variant_text(finding: FindingRecord) -> str:
    """Short words for a finding: "BRAF V600E", "EML4::ALK fusion", "ERBB2 amplification"."""
    gene = finding.gene or "?"
    if finding.kind == "fusion":
        return f"{gene}::{finding.partner_gene or '?'} fusion"
    if finding.kind == "cnv":
        return f"{gene} {finding.cnv_call or 'copy number change'}"
    return f"{gene} {finding.protein or finding.description or finding.hgvs_c or finding.kind}"


def variant_observation(
    finding: FindingRecord,
    record: CaseRecord,
    subject: Reference,
    specimen: Reference,
    warnings: list[Phrase],
) -> Observation:
    """A variant Observation (profile variant, code LOINC 69548-6, value Present)."""
    notes = []
    if finding.description:
        notes.append({"text": finding.description})
    if finding.oncogenicity:
        notes.append({"text": f"Oncogenicity (board annotation): {finding.oncogenicity}"})
    if finding.equivocal:
        notes.append({"text": "The lab flagged this call as equivocal: it needs confirmation."})
    return build(
        Observation,
        meta={"profile": [c.PROFILE_VARIANT]},
        status="final",
        category=_categories(),
        code=loinc(c.VARIANT_ASSESSMENT),
        subject=subject,
        specimen=specimen,
        effectiveDateTime=record.report.report_date,
        method=loinc(c.SEQUENCING),
        valueCodeableConcept=loinc(c.PRESENT),
        component=_variant_components(finding, record, warnings),
        note=notes or None,
    )


def tmb_observation(value: float, record: CaseRecord, subject: Reference) -> Observation:
    """TMB as a molecular-biomarker Observation (LOINC 94076-7, UCUM 1/1000000{Base})."""
    return build(
        Observation,
        meta={"profile": [c.PROFILE_BIOMARKER]},
        status="final",
        category=_categories(biomarker=True),
        code=loinc(c.TMB),
        subject=subject,
        effectiveDateTime=record.report.report_date,
        valueQuantity=build(
            Quantity, value=value, system=c.UCUM, code="1/1000000{Base}", unit="Mutations/Megabase"
        ),
        component=[_biomarker_category()],
    )


def msi_observation(status: str, record: CaseRecord, subject: Reference) -> Observation:
    """MSI as a molecular-biomarker Observation (LOINC 81695-9 with an LL3994-2 answer)."""
    return build(
        Observation,
        meta={"profile": [c.PROFILE_BIOMARKER]},
        status="final",
        category=_categories(biomarker=True),
        code=loinc(c.MSI),
        subject=subject,
        effectiveDateTime=record.report.report_date,
        valueCodeableConcept=loinc(c.MSI_ANSWERS[status]),
        component=[_biomarker_category()],
    )


def _biomarker_category() -> ObservationComponent:
    return ObservationComponent(
        code=concept(c.TBD_CODES, ("biomarker-category", "Biomarker category")),
        valueCodeableConcept=concept(
            c.BIOMARKER_ONTOLOGY, ("molgen", "molecular sequence adjacent category")
        ),
    )


def diagnosis_concept(record: CaseRecord) -> CodeableConcept:
    """The tumour type: NCIt (from the OncoTree release's mapping) and the OncoTree code."""
    diagnosis = record.diagnosis
    codings = []
    if diagnosis.ncit_code:
        codings.append(Coding(system=c.NCIT, code=diagnosis.ncit_code, display=diagnosis.name))
    codings.append(
        Coding(
            system=c.ONCOTREE,
            version=diagnosis.oncotree_version,
            code=diagnosis.oncotree_code,
            display=diagnosis.name,
        )
    )
    return CodeableConcept(coding=codings, text=diagnosis.name)


def implication_observation(
    match: MatchRecord,
    derived: Sequence[Reference],
    record: CaseRecord,
    subject: Reference,
) -> Observation:
    """A therapeutic-implication Observation for an eligible cohort match."""
    parts = [
        ObservationComponent(
            code=concept(
                c.TBD_CODES,
                ("predicted-therapeutic-implication", "Predicted therapeutic implication"),
            ),
            valueCodeableConcept=concept(c.LOINC, c.RESPONSIVE, text=match.reason),
        ),
        _component(c.TREATMENT_CONTEXT, valueCodeableConcept=diagnosis_concept(record)),
    ]
    parts += [
        _component(c.MEDICATION_ASSESSED, valueCodeableConcept=text_concept(drug))
        for drug in match.drugs
    ]
    parts.append(
        ObservationComponent(
            code=concept(c.TBD_CODES, ("associated-therapy", "Associated therapy")),
            valueCodeableConcept=text_concept(f"IMPRESS cohort {match.cohort}"),
        )
    )
    tier = (
        record.recommendation.escat_tier if record.recommendation.cohort == match.cohort else None
    )
    if tier:
        parts.append(
            _component(c.EVIDENCE_LEVEL, valueCodeableConcept=text_concept(f"ESCAT {tier}"))
        )
    return build(
        Observation,
        meta={"profile": [c.PROFILE_THERAPEUTIC]},
        status="final",
        category=_categories(),
        code=concept(c.TBD_CODES, ("therapeutic-implication", "Therapeutic Implication")),
        subject=subject,
        effectiveDateTime=record.recommendation.decided_on,
        derivedFrom=list(derived),
        component=parts,
    )
