"""The standards builders on plain records (no database): treatments as medical actions,
declared CURIE prefixes, fusions with both genes, and the NCIt fallback."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import phenopackets as pp
from fhir.resources.R4B.bundle import Bundle
from google.protobuf.json_format import Parse

from mtb_desk.standards.codes import builtin_hgnc_ids
from mtb_desk.standards.fhir_bundle import build_fhir_bundle
from mtb_desk.standards.phenopacket import build_phenopacket
from mtb_desk.standards.records import (
    CaseRecord,
    Diagnosis,
    FindingRecord,
    RecommendationRecord,
    ReportRecord,
    TreatmentRecord,
)

REPORT = ReportRecord(
    1, "TSO500", "Lab", "tissue", "S-1", dt.date(2026, 1, 2), 40.0, 12.5, "msi-high", "GRCh38", None
)
FINDINGS = (
    FindingRecord(1, "fusion", "EML4", partner_gene="ALK", supporting_reads=210, reportable=True),
    FindingRecord(2, "cnv", "ERBB2", cnv_call="amplification", copy_number=14.0, reportable=True),
)
DECISION = RecommendationRecord(
    1,
    "final",
    "impress-cohort",
    "ALK fusion",
    "ALK-X",
    "ALK cohort",
    ("alectinib",),
    None,
    "I-A",
    (1,),
    dt.date(2026, 1, 9),
)


def record(**changes: Any) -> CaseRecord:
    values: dict[str, Any] = {
        "study_id": "SYN-1",
        "national_id": None,
        "sex": "F",
        "birth_year": 1960,
        "referral_date": dt.date(2026, 1, 1),
        "diagnosis": Diagnosis(
            "LUAD", "Lung Adenocarcinoma", "oncotree_2025_10_03", "C3512", "LUAD"
        ),
        "report": REPORT,
        "findings": FINDINGS,
        "recommendation": DECISION,
        "hgnc_ids": builtin_hgnc_ids(),
    }
    values.update(changes)
    return CaseRecord(**values)


def _curies(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = (
            {node["id"].split(":")[0]}
            if isinstance(node.get("id"), str) and (":" in node["id"])
            else set()
        )
        for value in node.values():
            found |= _curies(value)
        return found
    if isinstance(node, list):
        return set().union(*(_curies(v) for v in node)) if node else set()
    return set()


def test_treatments_become_medical_actions_with_response_and_adverse_events() -> None:
    treatment = TreatmentRecord(
        "alectinib",
        dt.date(2026, 2, 1),
        dt.date(2026, 8, 1),
        "progression",
        "PR",
        ("Myalgia grade 2",),
    )
    built = build_phenopacket(record(treatments=(treatment,)))
    packet = Parse(built.text, pp.Phenopacket())
    (action,) = packet.medical_actions
    assert action.treatment.agent.label == "alectinib"
    assert action.response_to_treatment.label == "Partial response (RECIST 1.1)"
    assert [e.label for e in action.adverse_events] == ["Myalgia grade 2"]
    assert action.treatment_termination_reason.label == "progression"
    assert action.treatment_target.id == "NCIT:C3512"


def test_every_curie_prefix_is_declared_in_the_metadata() -> None:
    data = json.loads(
        build_phenopacket(record(treatments=(TreatmentRecord("x", best_response="SD"),))).text
    )
    declared = {r["namespacePrefix"] for r in data["metaData"]["resources"]}
    used = _curies({k: v for k, v in data.items() if k != "metaData"}) - {"SYN-1-r1"}
    assert used <= declared | {"HGNC"}, used - declared


def test_fusion_names_both_genes_and_cnv_its_copy_number() -> None:
    bundle = Bundle.model_validate_json(build_fhir_bundle(record()).text)
    variants = [
        e.resource
        for e in bundle.entry
        if e.resource.__resource_type__ == "Observation"
        and e.resource.code.coding[0].code == "69548-6"
    ]
    genes = [
        [
            p.valueCodeableConcept.coding[0].display
            for p in v.component
            if p.code.coding[0].code == "48018-6"
        ]
        for v in variants
    ]
    assert genes == [["EML4", "ALK"], ["ERBB2"]]
    copies = [
        p.valueQuantity.value for p in variants[1].component if p.code.coding[0].code == "82155-3"
    ]
    assert [float(c) for c in copies] == [14.0]
    msi = [
        e.resource
        for e in bundle.entry
        if e.resource.__resource_type__ == "Observation"
        and e.resource.code.coding[0].code == "81695-9"
    ]
    assert msi[0].valueCodeableConcept.coding[0].code == "LA26203-2"


def test_a_type_without_ncit_keeps_its_oncotree_code_and_says_so() -> None:
    built = build_phenopacket(record(diagnosis=Diagnosis("SACA", "Salivary Carcinoma", "v1")))
    packet = Parse(built.text, pp.Phenopacket())
    assert packet.diseases[0].term.id == "oncotree:SACA"
    assert any("SACA has no NCIt code" in w for w in built.warnings)
    parent = build_phenopacket(record(diagnosis=Diagnosis("HGSOC", "HGSOC", "v1", "C7550", "SOC")))
    assert any("used SOC's (C7550)" in w for w in parent.warnings)


def test_phenopacket_carries_no_free_text_or_lab_sample_id() -> None:
    rationale = "Discussed with Kari Nordmann's daughter; lab accession S-1."
    decision = RecommendationRecord(
        1,
        "final",
        "impress-cohort",
        rationale,
        "ALK-X",
        None,
        ("alectinib",),
        None,
        None,
        (1,),
        None,
    )
    text = build_phenopacket(record(recommendation=decision)).text
    assert "Kari" not in text
    assert '"S-1"' not in text
    assert "impress-cohort; cohort ALK-X; alectinib" in text


def test_origin_is_coded_only_when_the_lab_states_it_and_equivocal_is_said() -> None:
    findings = (
        FindingRecord(
            1, "snv", "BRCA2", "K3326*", origin="germline", equivocal=True, reportable=True
        ),
        FindingRecord(2, "snv", "KRAS", "G12D", origin="somatic", reportable=True),
        FindingRecord(3, "snv", "TP53", "R273H", reportable=True),
    )
    bundle = Bundle.model_validate_json(build_fhir_bundle(record(findings=findings)).text)
    variants = [
        e.resource
        for e in bundle.entry
        if e.resource.__resource_type__ == "Observation"
        and e.resource.code.coding[0].code == "69548-6"
    ]
    origins = [
        [
            p.valueCodeableConcept.coding[0].code
            for p in v.component
            if p.code.coding[0].code == "48002-0"
        ]
        for v in variants
    ]
    assert origins == [["LA6683-2"], ["LA6684-0"], []]
    assert any("equivocal" in n.text for n in variants[0].note)
    packet = Parse(build_phenopacket(record(findings=findings)).text, pp.Phenopacket())
    first = packet.interpretations[0].diagnosis.genomic_interpretations[0]
    assert "germline" in first.variant_interpretation.variation_descriptor.description
