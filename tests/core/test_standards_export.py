"""FHIR Genomics Reporting bundles and GA4GH phenopackets: parsed back with the libraries on
every demo case; profiles, codes and in-bundle references checked; bad input refused."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import phenopackets as pp
import pytest
from fhir.resources.R4B.bundle import Bundle
from google.protobuf.json_format import Parse
from sqlalchemy import func, select

from mtb_desk.cli.main import run
from mtb_desk.db.engine import Database
from mtb_desk.db.models import AccessEvent, AuditEvent, Patient
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Assay, FindingKind, Oncogenicity
from mtb_desk.domain.records import ImportedFinding, ImportedReport
from mtb_desk.errors import NotFoundError
from mtb_desk.services.annotations import AnnotationInput, apply_annotation
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case
from mtb_desk.services.demo import load_demo
from mtb_desk.services.molecular import add_report
from mtb_desk.services.permissions import Actor
from mtb_desk.services.standards import export_fhir, export_phenopacket
from mtb_desk.standards import codes as c
from tests.core.standards_fixtures import DEMO_IDS, decide, decided_demo
from tests.db_snapshot import snapshot

PROFILE_BY_CODE = {
    "51969-4": c.PROFILE_REPORT,
    "69548-6": c.PROFILE_VARIANT,
    "94076-7": c.PROFILE_BIOMARKER,
    "81695-9": c.PROFILE_BIOMARKER,
    "therapeutic-implication": c.PROFILE_THERAPEUTIC,
}


@pytest.fixture
def decided(sqlite_db: Database) -> tuple[Database, Actor]:
    from mtb_desk.services.users import list_users, resolve_actor

    actor = resolve_actor(sqlite_db, list_users(sqlite_db)[0].username)
    return decided_demo(sqlite_db, actor), actor


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def _codes(concept: Any) -> set[str]:
    return {coding.code for coding in (concept.coding or [])} if concept else set()


def _check_bundle(text: str, study_id: str) -> Bundle:
    bundle = Bundle.model_validate_json(text)  # the library parses it back
    data = json.loads(text)
    urls = {entry["fullUrl"] for entry in data["entry"]}
    assert set(_references(data)) <= urls, "every reference resolves inside the bundle"
    kinds = [entry.resource.__resource_type__ for entry in bundle.entry]
    assert kinds.count("Patient") == kinds.count("DiagnosticReport") == 1
    for entry in bundle.entry:
        resource = entry.resource
        if resource.__resource_type__ in {"Observation", "DiagnosticReport"}:
            code = (_codes(resource.code) & PROFILE_BY_CODE.keys()).pop()
            assert resource.meta.profile == [PROFILE_BY_CODE[code]]
        if resource.__resource_type__ == "Patient":
            assert [i.value for i in resource.identifier] == [study_id]
            assert resource.name is None
            assert resource.birthDate is None
        if resource.__resource_type__ == "DocumentReference":
            attachment = resource.content[0].attachment  # the model decodes base64Binary
            pdf = attachment.data
            assert pdf.startswith(b"%PDF")
            assert attachment.hash == hashlib.sha1(pdf).digest()
            assert resource.identifier[0].value == hashlib.sha256(pdf).hexdigest()
            raw = next(
                e["resource"]["content"][0]["attachment"]
                for e in data["entry"]
                if e["resource"]["resourceType"] == "DocumentReference"
            )
            assert base64.b64decode(raw["data"]) == pdf
    return bundle


def _observations(bundle: Bundle, code: str) -> list[Any]:
    return [
        e.resource
        for e in bundle.entry
        if e.resource.__resource_type__ == "Observation" and code in _codes(e.resource.code)
    ]


def test_fhir_bundle_round_trip_on_every_demo_case(decided: tuple[Database, Actor]) -> None:
    database, actor = decided
    for study_id in DEMO_IDS:
        exported = export_fhir(database, actor, study_id)
        bundle = _check_bundle(exported.text, study_id)
        kinds = [e.resource.__resource_type__ for e in bundle.entry]
        assert {"DocumentReference", "Specimen"} <= set(kinds)
        assert len(_observations(bundle, "94076-7")) == 1, f"{study_id}: TMB"
        assert len(_observations(bundle, "81695-9")) == 1, f"{study_id}: MSI"
        for variant in _observations(bundle, "69548-6"):
            genes = [p for p in variant.component if "48018-6" in _codes(p.code)]
            assert genes
            assert all(
                g.valueCodeableConcept.text
                or _codes(g.valueCodeableConcept) <= {x for x in c.builtin_hgnc_ids().values()}
                for g in genes
            )
        report = next(
            e.resource for e in bundle.entry if e.resource.__resource_type__ == "DiagnosticReport"
        )
        assert "51969-4" in _codes(report.code)


def test_fhir_bundle_codes_for_braf_v600e_and_its_cohort(decided: tuple[Database, Actor]) -> None:
    database, actor = decided
    bundle = _check_bundle(export_fhir(database, actor, "DEMO-002").text, "DEMO-002")
    braf = next(
        v
        for v in _observations(bundle, "69548-6")
        if any("HGNC:1097" in _codes(p.valueCodeableConcept) for p in v.component)
    )
    values = {next(iter(_codes(p.code))): p for p in braf.component}
    assert values["48005-3"].valueCodeableConcept.coding[0].code == "p.V600E"
    assert values["48004-6"].valueCodeableConcept.coding[0].code == "c.1799T>A"
    assert float(values["81258-6"].valueQuantity.value) == pytest.approx(0.27)
    implications = _observations(bundle, "therapeutic-implication")
    assert implications
    assert implications[0].derivedFrom[0].reference == next(
        e.fullUrl for e in bundle.entry if e.resource is braf
    )
    task = next(e.resource for e in bundle.entry if e.resource.__resource_type__ == "Task")
    assert task.meta.profile == [c.PROFILE_MED_RECOMMENDATION]
    assert (task.status, task.intent) == ("requested", "proposal")
    assert "LA26421-0" in _codes(task.code)


def test_phenopacket_round_trip_on_every_demo_case(decided: tuple[Database, Actor]) -> None:
    database, actor = decided
    for study_id in DEMO_IDS:
        exported = export_phenopacket(database, actor, study_id)
        packet = Parse(exported.text, pp.Phenopacket())  # the library parses it back
        assert packet.subject.id == study_id
        assert packet.subject.time_at_last_encounter.age.iso8601duration.startswith("P")
        assert packet.diseases[0].term.id.startswith(("NCIT:", "oncotree:"))
        histology = packet.biosamples[0].histological_diagnosis.id
        assert histology.startswith("oncotree:")
        assays = {m.assay.id for m in packet.measurements}
        assert assays == {"LOINC:94076-7", "LOINC:81695-9"}
        genes = [
            g.variant_interpretation.variation_descriptor.gene_context
            for g in packet.interpretations[0].diagnosis.genomic_interpretations
        ]
        assert all(g.symbol and g.value_id for g in genes)
    luad = Parse(export_phenopacket(database, actor, "DEMO-001").text, pp.Phenopacket())
    assert luad.diseases[0].term.id == "NCIT:C3512"  # OncoTree LUAD → NCIt, from the release
    assert luad.biosamples[0].histological_diagnosis.id == "oncotree:LUAD"


def test_phenopacket_medical_actions_are_the_case_treatments(
    decided: tuple[Database, Actor],
) -> None:
    """Every started treatment of the demo's followed patients, and only those, becomes a
    medical action with its drugs, best RECIST response, adverse events and stop reason."""
    from mtb_desk.services.followup_records import case_treatments

    database, actor = decided
    followed = 0
    for study_id in DEMO_IDS:
        packet = Parse(export_phenopacket(database, actor, study_id).text, pp.Phenopacket())
        started = [t for t in case_treatments(database, study_id) if t.started_on is not None]
        assert len(packet.medical_actions) == len(started)
        for action, treatment in zip(packet.medical_actions, started, strict=True):
            followed += 1
            assert action.treatment.agent.label == " + ".join(treatment.drugs)
            events = [e for v in treatment.visits for e in v.adverse_events]
            assert [a.label for a in action.adverse_events] == [
                f"{e.term} grade {e.grade}" for e in events
            ]
            responses = {v.response.value for v in treatment.visits if v.response is not None}
            if responses & {"CR", "PR", "SD", "PD"}:
                assert "(RECIST 1.1)" in action.response_to_treatment.label
            if treatment.stop_reason is not None:
                assert action.treatment_termination_reason.label == treatment.stop_reason.value
    assert followed >= 3, "the demo data follows several patients"


def test_national_id_only_on_request(decided: tuple[Database, Actor]) -> None:
    database, actor = decided
    with writing(database) as session:
        session.scalars(
            select(Patient).where(Patient.study_id == "DEMO-001")
        ).one().national_id = "01017012345"
    assert "01017012345" not in export_fhir(database, actor, "DEMO-001").text
    assert "01017012345" not in export_phenopacket(database, actor, "DEMO-001").text
    bundle = Bundle.model_validate_json(
        export_fhir(database, actor, "DEMO-001", include_national_id=True).text
    )
    patient = bundle.entry[0].resource
    assert [i.value for i in patient.identifier] == ["DEMO-001", "01017012345"]


def test_exports_change_only_the_audit_trail(decided: tuple[Database, Actor]) -> None:
    database, actor = decided
    before = snapshot(database)
    export_fhir(database, actor, "DEMO-007")
    export_phenopacket(database, actor, "DEMO-007")
    after = snapshot(database)
    changed = {t for t in before if before[t] != after[t]}
    assert changed == {"audit_event", "access_event"}
    assert len(after["audit_event"]) - len(before["audit_event"]) == 2


def _counts(database: Database) -> tuple[int, int]:
    with database.engine.connect() as connection:
        return (
            connection.execute(select(func.count()).select_from(AuditEvent)).scalar_one(),
            connection.execute(select(func.count()).select_from(AccessEvent)).scalar_one(),
        )


def test_missing_decision_report_or_pdf_is_named(db: Database, actor: Actor) -> None:
    load_demo(db, actor)
    counts = _counts(db)
    with pytest.raises(NotFoundError, match="DEMO-003 has no recommendation yet"):
        export_fhir(db, actor, "DEMO-003")
    with pytest.raises(NotFoundError, match="no recommendation yet"):
        export_phenopacket(db, actor, "DEMO-003")
    assert _counts(db) == counts
    decide(db, actor, "DEMO-003", pdf=False)
    counts = _counts(db)
    with pytest.raises(NotFoundError, match="DEMO-003 has no decision PDF yet"):
        export_fhir(db, actor, "DEMO-003")
    assert _counts(db) == counts  # nothing written, not even an audit event
    create_case(db, actor, NewCase("NEW-001", "LUAD"))  # a case without any molecular report
    decide(db, actor, "NEW-001", pdf=False)
    with pytest.raises(NotFoundError, match="NEW-001 has no molecular report"):
        export_phenopacket(db, actor, "NEW-001")


def test_gene_less_finding_is_skipped_with_a_warning(db: Database, actor: Actor) -> None:
    load_demo(db, actor)
    with writing(db) as session:
        case = case_for_study_id(session, "DEMO-011")
        row = add_report(
            session,
            actor,
            case,
            ImportedReport(
                findings=(
                    ImportedFinding(
                        kind=FindingKind.SPLICE,
                        description="exon 14 skipping (caller gave no gene)",
                    ),
                ),
                assay=Assay.TSO500,
                importer="test",
                importer_version="1",
            ),
            source_filename=None,
        )
        session.refresh(row, ["findings"])
        apply_annotation(
            session,
            actor,
            row.findings[0].id,
            AnnotationInput(Oncogenicity.ONCOGENIC, None, True),
            None,
        )
    decide(db, actor, "DEMO-011")
    for exported in (export_fhir(db, actor, "DEMO-011"), export_phenopacket(db, actor, "DEMO-011")):
        assert any("has no gene" in w and "left out" in w for w in exported.warnings)
    assert "caller gave no gene" not in export_fhir(db, actor, "DEMO-011").text


def test_cli_export_fhir_and_phenopacket(
    decided: tuple[Database, Actor], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = decided
    url = ["--database", database.engine.url.render_as_string(hide_password=False)]
    out = tmp_path / "b.json"
    assert run(["export", "fhir", "DEMO-006", "-o", str(out), "--json", *url]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) == {"file", "study_id", "sha256", "items", "warnings"}
    assert summary["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert run(["export", "phenopacket", "DEMO-006", "-o", str(tmp_path / "p.json"), *url]) == 0
    assert "phenopacket for DEMO-006 written to" in capsys.readouterr().out
    assert run(["export", "fhir", "NO-SUCH", "-o", str(tmp_path / "x.json"), *url]) == 1
    assert capsys.readouterr().err.strip() == "mtb-desk: error: no case with study id 'NO-SUCH'"
    assert not (tmp_path / "x.json").exists()
