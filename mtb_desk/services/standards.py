"""Per-case exports to standards: HL7 FHIR Genomics Reporting bundles and GA4GH Phenopackets.

Read-only: a case export reads in one unit of work and then writes only an access event and
an audit event (what was exported, its SHA-256, the warnings) in a second one. The caller
writes the returned text to disk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AccessEvent
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.errors import NotFoundError
from mtb_desk.i18n.phrases import Phrase, render
from mtb_desk.services.audit import record_event
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.followup_records import TreatmentRecord as FollowUpTreatment
from mtb_desk.services.followup_records import treatment_record, treatment_rows
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.standards.records import BuiltDocument, CaseRecord, TreatmentRecord

FHIR = "fhir"
PHENOPACKET = "phenopacket"


@dataclass(frozen=True, slots=True)
class StandardExport:
    """A built export: `text` is the JSON to write; `warnings` say what was left out."""

    standard: str  # "fhir" or "phenopacket"
    study_id: str
    text: str
    sha256: str
    warnings: tuple[str, ...]  # in English (the audit trail, ``--json``)
    resources: int
    notes: tuple[Phrase, ...] = ()  # the warnings as data

    def warnings_in(self, lang: str) -> list[str]:
        """The warnings in the reader's language."""
        return [render(note, lang) for note in self.notes] or list(self.warnings)


def _record(database: Database, study_id: str, *, need_document: bool) -> tuple[int, CaseRecord]:
    from mtb_desk.services.reference import current_tree
    from mtb_desk.services.standards_inputs import case_record

    with reading(database) as session:
        case = case_for_study_id(session, study_id)
        record = case_record(session, case, current_tree(session))
        followed = tuple(
            treatment_record(session, row, study_id) for row in treatment_rows(session, case.id)
        )
        record = replace(record, treatments=medical_actions(followed))
        if need_document and record.decision is None:
            raise NotFoundError(code="export.no-decision-pdf", params={"study_id": study_id})
        return case.id, record


# Best response over a treatment's visits (RECIST 1.1 order; NE never counts as a response).
_RESPONSE_ORDER = ("CR", "PR", "SD", "PD")


def medical_actions(treatments: tuple[FollowUpTreatment, ...]) -> tuple[TreatmentRecord, ...]:
    """The started treatments as the standards read them: drugs, dates, best response, the
    adverse events as "term grade N", and why it stopped. A treatment never started is not a
    medical action (its reason stays in MTB Desk)."""
    actions = []
    for treatment in treatments:
        if treatment.started_on is None:
            continue
        responses = {v.response.value for v in treatment.visits if v.response is not None}
        best = next((r for r in _RESPONSE_ORDER if r in responses), None)
        events = tuple(
            f"{event.term} grade {event.grade}"
            for visit in treatment.visits
            for event in visit.adverse_events
        )
        actions.append(
            TreatmentRecord(
                drug=" + ".join(treatment.drugs),
                started_on=treatment.started_on,
                stopped_on=treatment.stopped_on,
                stop_reason=treatment.stop_reason.value if treatment.stop_reason else None,
                best_response=best,
                adverse_events=events,
            )
        )
    return tuple(actions)


def _audit(database: Database, actor: Actor, case_id: int, built: StandardExport) -> None:
    with writing(database) as session:
        session.add(
            AccessEvent(
                username=actor.username, case_id=case_id, purpose=f"export {built.standard}"
            )
        )
        record_event(
            session,
            actor=actor.username,
            action="export",
            entity=built.standard,
            entity_id=built.study_id,
            case_id=case_id,
            summary=f"{built.standard} export of {built.study_id} "
            f"({built.resources} items, {len(built.warnings)} warnings)",
            after={"sha256": built.sha256, "warnings": list(built.warnings)},
        )


def _export(
    database: Database,
    actor: Actor,
    study_id: str,
    standard: str,
    build: Callable[[CaseRecord], BuiltDocument],
) -> StandardExport:
    require(actor, Action.EXPORT)
    case_id, record = _record(database, study_id, need_document=standard == FHIR)
    built = build(record)
    sha256 = hashlib.sha256(built.text.encode("utf-8")).hexdigest()
    result = StandardExport(
        standard, study_id, built.text, sha256, built.warnings, built.resources, built.notes
    )
    _audit(database, actor, case_id, result)
    return result


def export_fhir(
    database: Database, actor: Actor, study_id: str, *, include_national_id: bool = False
) -> StandardExport:
    """The case decision as a FHIR R4 Genomics Reporting Bundle (JSON text)."""
    from mtb_desk.standards.fhir_bundle import build_fhir_bundle

    def build(record: CaseRecord) -> BuiltDocument:
        return build_fhir_bundle(record, include_national_id=include_national_id)

    return _export(database, actor, study_id, FHIR, build)


def export_phenopacket(database: Database, actor: Actor, study_id: str) -> StandardExport:
    """The case as a GA4GH Phenopacket v2 (JSON text)."""
    from mtb_desk.standards.phenopacket import build_phenopacket

    return _export(database, actor, study_id, PHENOPACKET, build_phenopacket)
