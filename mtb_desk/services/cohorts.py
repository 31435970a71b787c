"""Enrolments, week-16 outcomes and the two-stage rule; drug supply agreements.

A cohort's state is computed from its enrolments (in enrolment order) by the pure two-stage
rule; the supply agreements of the catalogue in force narrow it when their places run out. An
enrolment withdrawn before its week-16 evaluation is not evaluable: it frees its cohort place
and its supply place alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.catalogue.model import Catalogue, cohort_availability
from mtb_desk.catalogue.model import Cohort as CatalogueCohort
from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment, Hospital, Patient, Treatment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Response, Week16Outcome
from mtb_desk.domain.followup import DerivedOutcome, derive_outcome, derived_words
from mtb_desk.errors import NotFoundError
from mtb_desk.i18n.phrases import Listing, Value, phrase, render
from mtb_desk.matching.engine import Availability
from mtb_desk.matching.two_stage import (
    CohortState,
    EnrolmentOutcome,
    StageDesign,
    cohort_state,
)
from mtb_desk.services.catalogue import current_catalogue
from mtb_desk.services.followup_records import facts_of
from mtb_desk.services.labels import labels_in_force


@dataclass(frozen=True, slots=True)
class CohortOverview:
    code: str
    name: str
    source: str
    drugs: tuple[str, ...]
    phase: str  # CohortPhase value, or "other trial" for CTML arms
    enrolled: int
    withdrawn: int
    benefit: int
    no_benefit: int
    pending: int
    free_slots: int | None
    supply_left: int | None  # fewest places left over the agreements covering its drugs
    accepting: bool
    reason: str  # why it takes no one, or how many places are left (English)
    catalogue_version: str | None
    stage1_size: int  # the cohort's two-stage design (IMPRESS default 8/1/24/5)
    stage1_min_benefit: int
    total_size: int
    total_min_benefit: int
    why: Value = ""  # `reason` as a phrase, for readers in other languages


@dataclass(frozen=True, slots=True)
class EnrolmentView:
    cohort: str
    study_id: str
    enrolled_on: dt.date
    withdrawn_on: dt.date | None
    withdrawal_reason: str | None
    benefit: bool | None
    response: Response | None
    evaluated_on: dt.date | None
    cohort_state: str  # the cohort's state (after the change, for a command), in words
    hospital: str | None = None  # the referring hospital's name
    outcome: str | None = None  # the confirmed week-16 outcome (Week16Outcome value)
    derived: str = ""  # what the visits give now, in words (or "no treatment recorded")
    awaiting_confirmation: bool = False  # the visits give an outcome the chair has not confirmed
    override_reason: str | None = None  # enrolled against the match result, and why
    derived_outcome: DerivedOutcome | None = None  # `derived` as data (None: no treatment)
    state: Value = ""  # `cohort_state` as a phrase, for readers in other languages

    def derived_in(self, lang: str) -> str:
        """`derived` in the reader's language."""
        return derived_words(self.derived_outcome, lang)

    def cohort_state_in(self, lang: str) -> str:
        """`cohort_state` in the reader's language."""
        return render(self.state, lang) if self.state else self.cohort_state


def outcome_fields(treatment: Treatment | None) -> dict[str, Any]:
    """EnrolmentView's outcome fields from the enrolment's treatment (None: none recorded)."""
    if treatment is None:
        return {"benefit": None, "response": None, "evaluated_on": None, "outcome": None,
                "derived": derived_words(None), "derived_outcome": None,
                "awaiting_confirmation": False}  # fmt: skip
    derived = derive_outcome(facts_of(treatment))
    confirmed = treatment.outcome
    response = treatment.outcome_response
    return {
        "benefit": None if confirmed in (None, Week16Outcome.NOT_EVALUABLE)
        else confirmed is Week16Outcome.BENEFIT,
        "response": Response(response.value) if response and response.value in Response.__members__
        else None,
        "evaluated_on": treatment.outcome_on,
        "outcome": confirmed.value if confirmed else None,
        "derived": derived_words(derived),
        "derived_outcome": derived,
        "awaiting_confirmation": derived.outcome is not None and confirmed is not derived.outcome,
    }  # fmt: skip


def design_of(cohort: Cohort) -> StageDesign:
    return StageDesign(
        cohort.stage1_size, cohort.stage1_min_benefit, cohort.total_size, cohort.total_min_benefit
    )


def _design_fields(cohort: Cohort) -> dict[str, int]:
    return {
        "stage1_size": cohort.stage1_size,
        "stage1_min_benefit": cohort.stage1_min_benefit,
        "total_size": cohort.total_size,
        "total_min_benefit": cohort.total_min_benefit,
    }


def _outcomes(session: Session) -> dict[int, list[EnrolmentOutcome]]:
    """Per cohort, in enrolment order: the chair-confirmed week-16 outcomes (one source)."""
    rows = session.execute(
        select(Enrolment.cohort_id, Enrolment.case_id, Treatment.outcome, Enrolment.withdrawn_on)
        .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)
        .order_by(Enrolment.enrolled_on, Enrolment.id)
    ).all()
    by_cohort: dict[int, list[EnrolmentOutcome]] = {}
    for cohort_id, case_id, outcome, withdrawn_on in rows:
        benefit = None
        if outcome in (Week16Outcome.BENEFIT, Week16Outcome.NO_BENEFIT):
            benefit = outcome is Week16Outcome.BENEFIT
        not_evaluable = outcome is Week16Outcome.NOT_EVALUABLE
        by_cohort.setdefault(cohort_id, []).append(
            EnrolmentOutcome(case_id, benefit, withdrawn_on is not None or not_evaluable)
        )
    return by_cohort


def cohort_states(session: Session) -> list[tuple[Cohort, CohortState]]:
    """Every IMPRESS cohort row with its two-stage state, in code order."""
    outcomes = _outcomes(session)
    cohorts = session.scalars(
        select(Cohort).where(Cohort.source == "impress").order_by(Cohort.code)
    ).all()
    return [
        (c, cohort_state(outcomes.get(c.id, []), design_of(c), suspended=c.suspended))
        for c in cohorts
    ]


def supply_left(catalogue: Catalogue, states: list[tuple[Cohort, CohortState]]) -> dict[str, int]:
    """Places left per agreement label, counting each cohort's evaluable enrolments."""
    return catalogue.supply_left({c.code: s.enrolled for c, s in states})


def availability_by_code(session: Session, catalogue: Catalogue) -> dict[str, Availability]:
    """What the matcher needs per catalogue cohort: two-stage state narrowed by supply."""
    states = cohort_states(session)
    left = supply_left(catalogue, states)
    known = {c.code for c in catalogue.cohorts}
    return {
        row.code: with_supply(
            catalogue,
            catalogue.cohort(row.code),
            cohort_availability(catalogue, catalogue.cohort(row.code), state, left),
            left,
        )
        for row, state in states
        if row.code in known
    }


def with_supply(
    catalogue: Catalogue, cohort: CatalogueCohort, available: Availability, left: Mapping[str, int]
) -> Availability:
    """An accepting cohort's availability naming the supply places left (matches show it)."""
    agreements = catalogue.agreements_for(cohort)
    if not available.accepting or not agreements:
        return available
    parts = tuple(
        phrase("cohort.supply-left", agreement=a.label, left=left[a.label], size=a.max_patients)
        for a in agreements
    )
    fewest = min(left[a.label] for a in agreements)
    slots = fewest if available.free_slots is None else min(available.free_slots, fewest)
    reason = phrase("cohort.supply", availability=available.phrase(),
                    agreements=Listing(parts, "semicolon"))  # fmt: skip
    return Availability(closed=False, free_slots=slots, reason=reason)


def _fewest_left(catalogue: Catalogue, code: str, left: Mapping[str, int]) -> int | None:
    if code not in {c.code for c in catalogue.cohorts}:
        return None
    values = [left[a.label] for a in catalogue.agreements_for(catalogue.cohort(code))]
    return min(values) if values else None


def overview_rows(session: Session) -> list[CohortOverview]:
    catalogue = current_catalogue(session)
    states = cohort_states(session)
    left = supply_left(catalogue, states) if catalogue else {}
    known = {c.code for c in catalogue.cohorts} if catalogue else set()
    rows = []
    for row, state in states:
        if catalogue is not None and row.code in known:
            available = cohort_availability(catalogue, catalogue.cohort(row.code), state, left)
        else:
            available = state.availability()
        rows.append(
            CohortOverview(
                code=row.code,
                name=row.name,
                source=row.source,
                drugs=tuple(d.inn for d in row.drugs),
                phase=state.phase.value,
                enrolled=state.enrolled,
                withdrawn=state.withdrawn,
                benefit=state.benefit,
                no_benefit=state.no_benefit,
                pending=state.pending,
                free_slots=available.free_slots if available.accepting else 0,
                supply_left=_fewest_left(catalogue, row.code, left) if catalogue else None,
                accepting=available.accepting,
                reason=available.text(),
                why=available.phrase(),
                catalogue_version=row.catalogue_version,
                **_design_fields(row),
            )
        )
    return rows + _ctml_rows(session)


def _ctml_rows(session: Session) -> list[CohortOverview]:
    rows = session.scalars(
        select(Cohort).where(Cohort.source == "ctml").order_by(Cohort.code)
    ).all()
    return [_ctml_row(row) for row in rows]


def _ctml_row(row: Cohort) -> CohortOverview:
    """Another trial's arm: it enrols through that trial; closed when the arm is suspended."""
    why: Value = phrase("cohort.other-trial")
    if row.suspended:
        closed = (row.details or {}).get("closed_reason") or phrase("cohort.arm-suspended")
        why = phrase("cohort.closed-because", why=closed)
    return CohortOverview(
        code=row.code,
        name=row.name,
        source=row.source,
        drugs=tuple((row.details or {}).get("drugs", ())),
        phase="other trial",
        enrolled=0,
        withdrawn=0,
        benefit=0,
        no_benefit=0,
        pending=0,
        free_slots=None,
        supply_left=None,
        accepting=not row.suspended,
        reason=render(why),
        why=why,
        catalogue_version=None,
        **_design_fields(row),
    )


def cohort_overview(database: Database) -> list[CohortOverview]:
    """Every cohort with its state, counts, free places, supply left and reason."""
    with reading(database) as session:
        return overview_rows(session)


def cohort_enrolments(database: Database, code: str) -> list[EnrolmentView]:
    """One cohort's enrolments in enrolment order, with outcomes and withdrawals."""
    with reading(database) as session:
        cohort = session.scalar(select(Cohort).where(Cohort.code == code.strip()))
        if cohort is None:
            raise NotFoundError(code="cohort.not-found", params={"cohort": code})
        outcomes = _outcomes(session).get(cohort.id, [])
        state = cohort_state(outcomes, design_of(cohort), suspended=cohort.suspended)
        rows = session.execute(
            select(Enrolment, Patient.study_id, Hospital.name, Treatment)
            .join(Case, Case.id == Enrolment.case_id)
            .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)
            .join(Patient, Patient.id == Case.patient_id)
            .outerjoin(Hospital, Hospital.id == Case.hospital_id)
            .where(Enrolment.cohort_id == cohort.id)
            .order_by(Enrolment.enrolled_on, Enrolment.id)
        ).all()
        return [
            EnrolmentView(
                cohort=cohort.code,
                study_id=study_id,
                enrolled_on=row.enrolled_on,
                withdrawn_on=row.withdrawn_on,
                withdrawal_reason=row.withdrawal_reason,
                cohort_state=state.summary(),
                hospital=hospital,
                override_reason=row.override_reason,
                **outcome_fields(treatment),
                state=state.summary_phrase(),
            )
            for row, study_id, hospital, treatment in rows
        ]


@dataclass(frozen=True, slots=True)
class DrugView:
    inn: str
    brand: str | None
    company: str | None
    targets: tuple[str, ...]
    on_label: tuple[str, ...]  # "NSCLC, SARCL: ALK-positive advanced NSCLC (EMA 2017-02-16)"


@dataclass(frozen=True, slots=True)
class AgreementView:
    name: str
    company: str
    drugs: tuple[str, ...]
    max_patients: int
    places_left: int


@dataclass(frozen=True, slots=True)
class CatalogueOverview:
    version: str | None  # None: no catalogue loaded
    title: str
    drugs: tuple[DrugView, ...]
    cohorts: tuple[CohortOverview, ...]
    agreements: tuple[AgreementView, ...]


def catalogue_overview(database: Database) -> CatalogueOverview:
    """The catalogue in force: drugs, cohorts with their state, agreements with places left."""
    with reading(database) as session:
        catalogue = current_catalogue(session)
        if catalogue is None:
            return CatalogueOverview(None, "", (), tuple(_ctml_rows(session)), ())
        left = supply_left(catalogue, cohort_states(session))
        labels = labels_in_force(session).labels
        drugs = tuple(
            DrugView(
                d.inn, d.brand, d.company, d.targets,
                tuple(
                    f"{', '.join(i.tumour_types)}: "
                    f"{i.alteration.describe() if i.alteration else 'any alteration'}"
                    + (f" ({'/'.join(i.authorities)})" if i.authorities else "")
                    for i in d.on_label
                ) + tuple(
                    f"{', '.join(x.tumour_types)}: {x.indication} ({x.authority} {x.date}"
                    + (f", with {' + '.join(o for o in x.drugs if o != d.inn)}" if len(x.drugs) > 1
                       else "") + ")"
                    for x in labels if d.inn in x.drugs
                ),
            )
            for d in catalogue.drugs
        )  # fmt: skip
        agreements = tuple(
            AgreementView(a.label, a.company, a.drugs, a.max_patients, left[a.label])
            for a in catalogue.supply_agreements
        )
        return CatalogueOverview(
            catalogue.version, catalogue.title, drugs, tuple(overview_rows(session)), agreements
        )


# --- Changes ----------------------------------------------------------------------------------
