"""Drug supply agreements: places agreed, used and left, patients on each drug, who pays now,
and week-16 outcomes. Pseudonymous (study ids only: no names, no national ids).

Who pays (IMPRESS-Norway): the company supplies the drug for the first 16 weeks (day 112);
after that the public payer takes over for patients with confirmed clinical benefit. A
patient past week 16 whose outcome is not confirmed yet stays with the company, flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Case, Cohort, Enrolment, Patient, Treatment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Week16Outcome
from mtb_desk.domain.followup import WEEK16_DAY
from mtb_desk.services.catalogue import current_catalogue
from mtb_desk.services.cohorts import cohort_states, supply_left

COMPANY, PUBLIC = "company", "public payer"


@dataclass(frozen=True, slots=True)
class SupplyPatient:
    study_id: str  # pseudonymous
    cohort: str
    drugs: tuple[str, ...]
    started_on: dt.date | None
    stopped_on: dt.date | None
    week16_outcome: str  # confirmed outcome, or "pending"
    payer: str | None  # who pays now (None: not on drug)
    note: str  # e.g. "past week 16, outcome not confirmed"


@dataclass(frozen=True, slots=True)
class SupplyReport:
    agreement: str
    company: str
    drugs: tuple[str, ...]
    places_agreed: int
    places_used: int
    places_left: int
    on_drug: int
    company_pays: int
    public_pays: int
    benefit: int
    no_benefit: int
    not_evaluable: int
    pending: int
    patients: tuple[SupplyPatient, ...]


def _payer(row: Treatment, today: dt.date) -> tuple[str | None, str]:
    if row.started_on is None or row.stopped_on is not None:
        return None, "not on drug"
    if (today - row.started_on).days < WEEK16_DAY:
        return COMPANY, "first 16 weeks"
    if row.outcome is Week16Outcome.BENEFIT:
        return PUBLIC, "clinical benefit at week 16"
    if row.outcome is None:
        return COMPANY, "past week 16, outcome not confirmed yet"
    return COMPANY, f"past week 16 without benefit ({row.outcome.value}): review continuation"


def supply_report(database: Database, *, today: dt.date | None = None) -> list[SupplyReport]:
    """One report per supply agreement of the catalogue in force."""
    today = today or dt.date.today()
    with reading(database) as session:
        catalogue = current_catalogue(session)
        if catalogue is None:
            return []
        left = supply_left(catalogue, cohort_states(session))
        rows = session.execute(
            select(Cohort.code, Patient.study_id, Enrolment.withdrawn_on, Treatment)
            .join(Enrolment, Enrolment.cohort_id == Cohort.id)
            .join(Case, Case.id == Enrolment.case_id)
            .join(Patient, Patient.id == Case.patient_id)
            .outerjoin(Treatment, Treatment.enrolment_id == Enrolment.id)
            .order_by(Cohort.code, Enrolment.enrolled_on, Enrolment.id)
        ).all()
        reports = []
        for agreement in catalogue.supply_agreements:
            codes = {c.code for c in catalogue.cohorts if set(c.drugs) & set(agreement.drugs)}
            patients = [_patient(tuple(r), today) for r in rows if r[0] in codes]  # type: ignore[arg-type]
            outcomes = [p.week16_outcome for p in patients]
            reports.append(
                SupplyReport(
                    agreement=agreement.label, company=agreement.company, drugs=agreement.drugs,
                    places_agreed=agreement.max_patients,
                    places_used=agreement.max_patients - left[agreement.label],
                    places_left=left[agreement.label],
                    on_drug=sum(1 for p in patients if p.payer is not None),
                    company_pays=sum(1 for p in patients if p.payer == COMPANY),
                    public_pays=sum(1 for p in patients if p.payer == PUBLIC),
                    benefit=outcomes.count(Week16Outcome.BENEFIT.value),
                    no_benefit=outcomes.count(Week16Outcome.NO_BENEFIT.value),
                    not_evaluable=outcomes.count(Week16Outcome.NOT_EVALUABLE.value),
                    pending=outcomes.count("pending"),
                    patients=tuple(patients),
                )
            )  # fmt: skip
        return reports


def _patient(
    row: tuple[str, str, dt.date | None, Treatment | None], today: dt.date
) -> SupplyPatient:
    code, study_id, withdrawn_on, treatment = row
    if treatment is None:
        note = "withdrawn before treatment" if withdrawn_on else "enrolled, not started yet"
        return SupplyPatient(study_id, code, (), None, None, "pending", None, note)
    payer, note = _payer(treatment, today)
    outcome = treatment.outcome.value if treatment.outcome else "pending"
    return SupplyPatient(
        study_id, code, tuple(treatment.drugs or ()), treatment.started_on, treatment.stopped_on,
        outcome, payer, note,
    )  # fmt: skip


def supply_rows(reports: list[SupplyReport]) -> list[dict[str, object]]:
    """Flat rows for CSV/XLSX: one per agreement (patients in a second sheet/section)."""
    return [
        {
            "agreement": r.agreement, "company": r.company, "drugs": ", ".join(r.drugs),
            "places_agreed": r.places_agreed, "places_used": r.places_used,
            "places_left": r.places_left, "on_drug": r.on_drug, "company_pays": r.company_pays,
            "public_payer_pays": r.public_pays, "benefit": r.benefit, "no_benefit": r.no_benefit,
            "not_evaluable": r.not_evaluable, "pending": r.pending,
        }
        for r in reports
    ]  # fmt: skip


def supply_patient_rows(reports: list[SupplyReport]) -> list[dict[str, object]]:
    return [
        {
            "agreement": r.agreement, "study_id": p.study_id, "cohort": p.cohort,
            "drugs": ", ".join(p.drugs), "started_on": p.started_on, "stopped_on": p.stopped_on,
            "week16_outcome": p.week16_outcome, "payer_now": p.payer or "", "note": p.note,
        }
        for r in reports
        for p in r.patients
    ]  # fmt: skip
