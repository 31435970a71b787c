"""Catalogue records (frozen) and what the matching engine and enrolment checks need from them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mtb_desk.i18n.phrases import Phrase, phrase
from mtb_desk.matching.engine import Availability, CohortSpec, OnLabel, TumourTypes
from mtb_desk.matching.rules import Rule
from mtb_desk.matching.two_stage import CohortState, StageDesign


@dataclass(frozen=True, slots=True)
class Indication:
    """An approved (on-label) use: an alteration (None: any) in these tumour types."""

    tumour_types: tuple[str, ...]
    alteration: Rule | None = None
    authorities: tuple[str, ...] = ()  # e.g. ("EMA", "FDA"); empty: not stated
    note: str = ""


@dataclass(frozen=True, slots=True)
class Drug:
    inn: str
    brand: str | None
    company: str | None
    targets: tuple[str, ...]
    on_label: tuple[Indication, ...] = ()


@dataclass(frozen=True, slots=True)
class Cohort:
    code: str
    name: str
    drugs: tuple[str, ...]  # INNs
    rule: Rule
    tumour_types: TumourTypes = TumourTypes()
    design: StageDesign = StageDesign()
    suspended: bool = False


@dataclass(frozen=True, slots=True)
class SupplyAgreement:
    company: str
    drugs: tuple[str, ...]
    max_patients: int
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or f"{self.company} agreement"


@dataclass(frozen=True, slots=True)
class Catalogue:
    version: str
    drugs: tuple[Drug, ...]
    cohorts: tuple[Cohort, ...]
    supply_agreements: tuple[SupplyAgreement, ...] = ()
    label_authority: str = "EMA"  # which approvals count as on-label
    title: str = ""
    warnings: tuple[str, ...] = ()

    def drug(self, inn: str) -> Drug:
        return next(d for d in self.drugs if d.inn == inn)

    def cohort(self, code: str) -> Cohort:
        return next(c for c in self.cohorts if c.code == code)

    def agreements_for(self, cohort: Cohort) -> tuple[SupplyAgreement, ...]:
        return tuple(a for a in self.supply_agreements if set(a.drugs) & set(cohort.drugs))

    def on_label_for(self, cohort: Cohort) -> tuple[OnLabel, ...]:
        """The on-label uses of the cohort's drugs that count under `label_authority`."""
        uses = []
        for inn in cohort.drugs:
            for item in self.drug(inn).on_label:
                if item.authorities and self.label_authority not in item.authorities:
                    continue
                note = "/".join(item.authorities) + (f": {item.note}" if item.note else "")
                uses.append(OnLabel(inn, item.tumour_types, item.alteration, note))
        return tuple(uses)

    def cohort_specs(
        self, availability: Mapping[str, Availability] | None = None
    ) -> tuple[CohortSpec, ...]:
        """Cohorts ready for `Matcher`; `availability` by cohort code (default: open)."""
        known = availability or {}
        return tuple(
            CohortSpec(
                code=c.code,
                name=c.name,
                drugs=c.drugs,
                rule=c.rule,
                tumour_types=c.tumour_types,
                on_label=self.on_label_for(c),
                availability=known.get(c.code, _default_availability(c)),
            )
            for c in self.cohorts
        )

    def supply_left(self, enrolled_by_cohort: Mapping[str, int]) -> dict[str, int]:
        """Places left per agreement label, given active enrolments per cohort code."""
        left = {}
        for agreement in self.supply_agreements:
            used = sum(
                count
                for code, count in enrolled_by_cohort.items()
                if any(c.code == code and set(c.drugs) & set(agreement.drugs) for c in self.cohorts)
            )
            left[agreement.label] = agreement.max_patients - used
        return left


def _default_availability(cohort: Cohort) -> Availability:
    if cohort.suspended:
        return Availability(closed=True, free_slots=0, reason=phrase("cohort.suspended"))
    return Availability()


def cohort_availability(
    catalogue: Catalogue,
    cohort: Cohort,
    state: CohortState,
    supply_left: Mapping[str, int] | None = None,
) -> Availability:
    """The two-stage state, narrowed by any supply agreement that has run out."""
    base = state.availability()
    if not base.accepting or supply_left is None:
        return base
    for agreement in catalogue.agreements_for(cohort):
        left = supply_left.get(agreement.label)
        if left is not None and left <= 0:
            reason = phrase("cohort.supply-used-up", agreement=agreement.label,
                            size=agreement.max_patients)  # fmt: skip
            return Availability(free_slots=0, reason=reason)
    return base


def enrolment_refusal(
    catalogue: Catalogue,
    cohort: Cohort,
    state: CohortState,
    supply_left: Mapping[str, int] | None = None,
    *,
    site_open: bool = True,
    hospital: str = "the hospital",
) -> Phrase | None:
    """Why an enrolment must be refused (a phrase), or None when it may go ahead."""
    if not site_open:
        return phrase("enrol.site-not-open-yet", hospital=hospital)
    availability = cohort_availability(catalogue, cohort, state, supply_left)
    if not availability.accepting:
        return phrase("enrol.takes-no-patients", cohort=cohort.code, why=availability.phrase())
    return None
