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
from mtb_desk.i18n import N_, NC_, translator
from mtb_desk.i18n.terms import term
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
    payer: str | None  # who pays now: "company" or "public payer" (None: not on drug)
    note: str  # in English, e.g. "past week 16, outcome not confirmed yet"
    note_code: str = ""  # the same as a stable code (`note_words` renders it in a language)


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


NOTES: dict[str, str] = {
    "not-on-drug": N_("not on drug"),
    "first-16-weeks": N_("first 16 weeks"),
    "benefit": N_("clinical benefit at week 16"),
    "outcome-not-confirmed": N_("past week 16, outcome not confirmed yet"),
    "review": N_("past week 16 without benefit ({outcome}): review continuation"),
    "withdrawn": N_("withdrawn before treatment"),
    "not-started-yet": N_("enrolled, not started yet"),
}


def note_words(code: str, lang: str = "en") -> str:
    """A patient's supply note in words: ``review:no-benefit`` → "past week 16 without
    benefit (no clinical benefit): review continuation"."""
    kind, _, outcome = code.partition(":")
    if kind not in NOTES:
        return code
    words = term("week16", outcome, lang) if outcome else ""
    return translator(lang).gettext(NOTES[kind]).format(outcome=words)


def payer_words(payer: str | None, lang: str = "en") -> str:
    return term("payer", payer, lang)


def _payer(row: Treatment, today: dt.date) -> tuple[str | None, str]:
    if row.started_on is None or row.stopped_on is not None:
        return None, "not-on-drug"
    if (today - row.started_on).days < WEEK16_DAY:
        return COMPANY, "first-16-weeks"
    if row.outcome is Week16Outcome.BENEFIT:
        return PUBLIC, "benefit"
    if row.outcome is None:
        return COMPANY, "outcome-not-confirmed"
    return COMPANY, f"review:{row.outcome.value}"


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
        note = "withdrawn" if withdrawn_on else "not-started-yet"
        return SupplyPatient(
            study_id, code, (), None, None, "pending", None, note_words(note), note
        )
    payer, note = _payer(treatment, today)
    outcome = treatment.outcome.value if treatment.outcome else "pending"
    return SupplyPatient(
        study_id, code, tuple(treatment.drugs or ()), treatment.started_on, treatment.stopped_on,
        outcome, payer, note_words(note), note,
    )  # fmt: skip


AGREEMENT_COLUMNS = (
    ("agreement", NC_("supply_column", "Agreement")),
    ("company", NC_("supply_column", "Company")),
    ("drugs", NC_("supply_column", "Drugs")),
    ("places_agreed", NC_("supply_column", "Places agreed")),
    ("places_used", NC_("supply_column", "Places used")),
    ("places_left", NC_("supply_column", "Places left")),
    ("on_drug", NC_("supply_column", "On drug")),
    ("company_pays", NC_("supply_column", "Company pays")),
    ("public_payer_pays", NC_("supply_column", "Public payer pays")),
    ("benefit", NC_("supply_column", "Clinical benefit")),
    ("no_benefit", NC_("supply_column", "No clinical benefit")),
    ("not_evaluable", NC_("supply_column", "Not evaluable")),
    ("pending", NC_("supply_column", "Pending")),
)
PATIENT_COLUMNS = (
    ("agreement", NC_("supply_column", "Agreement")),
    ("study_id", NC_("supply_column", "Study id")),
    ("cohort", NC_("supply_column", "Cohort")),
    ("drugs", NC_("supply_column", "Drugs")),
    ("started_on", NC_("supply_column", "Started")),
    ("stopped_on", NC_("supply_column", "Stopped")),
    ("week16_outcome", NC_("supply_column", "Week-16 outcome")),
    ("payer_now", NC_("supply_column", "Pays now")),
    ("note", NC_("supply_column", "Note")),
)


def _keyed(
    columns: tuple[tuple[str, str], ...], values: tuple[object, ...], lang: str, for_people: bool
) -> dict[str, object]:
    """A row keyed by the stable column names (CSV) or the headings in `lang` (workbook)."""
    tr = translator(lang).pgettext
    heads = [tr("supply_column", head) if for_people else key for key, head in columns]
    return dict(zip(heads, values, strict=True))


def supply_rows(
    reports: list[SupplyReport], lang: str = "en", *, for_people: bool = False
) -> list[dict[str, object]]:
    """Flat rows for CSV/XLSX: one per agreement (patients in a second sheet/section).
    Counts stay numbers; a workbook (`for_people`) has its headings in `lang`."""
    return [
        _keyed(AGREEMENT_COLUMNS, (
            r.agreement, r.company, ", ".join(r.drugs), r.places_agreed, r.places_used,
            r.places_left, r.on_drug, r.company_pays, r.public_pays, r.benefit, r.no_benefit,
            r.not_evaluable, r.pending,
        ), lang, for_people)
        for r in reports
    ]  # fmt: skip


def supply_patient_rows(
    reports: list[SupplyReport], lang: str = "en", *, for_people: bool = False
) -> list[dict[str, object]]:
    """One row per patient; the note in `lang`. A workbook (`for_people`) shows the outcome
    and the payer in words too; a CSV file keeps their codes (as JSON does)."""
    return [
        _keyed(PATIENT_COLUMNS, (
            r.agreement, p.study_id, p.cohort, ", ".join(p.drugs), p.started_on, p.stopped_on,
            term("week16", p.week16_outcome, lang) if for_people else p.week16_outcome,
            payer_words(p.payer, lang) if for_people else p.payer or "",
            note_words(p.note_code, lang),
        ), lang, for_people)
        for r in reports
        for p in r.patients
    ]  # fmt: skip
