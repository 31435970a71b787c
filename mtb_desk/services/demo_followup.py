"""The demo's follow-up: enrolled patients followed to a week-16 outcome, other treatments,
a treatment that never started, and visits due this week or overdue (all fictitious)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mtb_desk.domain.enums import Attribution, StopReason, TreatmentBasis
from mtb_desk.services.cases import case_for_study_id
from mtb_desk.services.permissions import Actor
from mtb_desk.services.treatments import (
    NewTreatment,
    find_treatment,
    record_not_started_in,
    start_treatment_in,
    stop_treatment_in,
)
from mtb_desk.services.visits import AdverseEventInput, VisitInput, record_visit_in

# (cohort, study id, days ago enrolled); the outcome follows from the visits below.
DEMO_ENROLMENTS: tuple[tuple[str, str, int], ...] = (
    ("CDK-PALBOCICLIB", "DEMO-003", 150),
    ("CDK-PALBOCICLIB", "DEMO-010", 40),
    ("MSI-HIGH-ATEZOLIZUMAB", "DEMO-007", 140),
    ("BRAF-V600-DAB-TRAM", "DEMO-002", 60),
)


def _visit(
    session: Session, actor: Actor, study_id: str, week: int, on: dt.date, **fields: object
) -> None:
    row = find_treatment(session, study_id, None)
    record_visit_in(session, actor, row, study_id, VisitInput(week, on, **fields))  # type: ignore[arg-type]


def _start(
    session: Session, actor: Actor, study_id: str, new: NewTreatment, on: dt.date, dose: str
) -> None:
    case = case_for_study_id(session, study_id)
    start_treatment_in(session, actor, case, new, started_on=on, dose=dose)


def follow_enrolments(session: Session, actor: Actor, today: dt.date, codes: set[str]) -> None:
    """Treatments and visits for the demo's enrolments, and the chair's confirmations."""
    from mtb_desk.services.enrolments import record_outcome_in, withdraw_in

    def day(enrolled_days_ago: int, n: int) -> dt.date:
        return today - dt.timedelta(days=enrolled_days_ago) + dt.timedelta(days=n)

    if "CDK-PALBOCICLIB" in codes:
        cohort = NewTreatment(TreatmentBasis.ENROLMENT, cohort="CDK-PALBOCICLIB")
        _start(session, actor, "DEMO-003", cohort, day(150, 2), "125 mg daily, 3 weeks on/1 off")
        _visit(session, actor, "DEMO-003", 0, day(150, 2), ecog=1)
        _visit(
            session, actor, "DEMO-003", 8, day(150, 58), ecog=2, response="PD",
            adverse_events=(AdverseEventInput(
                "Neutrophil count decreased", 3, Attribution.PROBABLE, day(150, 30),
                ended_on=day(150, 44),
            ),),
        )  # fmt: skip
        stop_treatment_in(
            session, actor, find_treatment(session, "DEMO-003", None), "DEMO-003",
            on=day(150, 60), reason=StopReason.PROGRESSION,
        )  # fmt: skip
        record_outcome_in(session, actor, "CDK-PALBOCICLIB", "DEMO-003")
        _start(session, actor, "DEMO-010", cohort, day(40, 2), "125 mg daily, 3 weeks on/1 off")
        _visit(session, actor, "DEMO-010", 0, day(40, 2), ecog=1)
    if "MSI-HIGH-ATEZOLIZUMAB" in codes:
        cohort = NewTreatment(TreatmentBasis.ENROLMENT, cohort="MSI-HIGH-ATEZOLIZUMAB")
        _start(session, actor, "DEMO-007", cohort, day(140, 2), "1200 mg IV every 3 weeks")
        _visit(session, actor, "DEMO-007", 0, day(140, 2), ecog=0)
        _visit(
            session, actor, "DEMO-007", 8, day(140, 58), ecog=0, response="SD",
            adverse_events=(
                AdverseEventInput("Fatigue", 1, Attribution.POSSIBLE, day(140, 20)),
            ),
        )  # fmt: skip
        _visit(session, actor, "DEMO-007", 16, day(140, 116), ecog=0, response="PR")
        record_outcome_in(session, actor, "MSI-HIGH-ATEZOLIZUMAB", "DEMO-007")
    if "BRAF-V600-DAB-TRAM" in codes:
        cohort = NewTreatment(TreatmentBasis.ENROLMENT, cohort="BRAF-V600-DAB-TRAM")
        _start(
            session,
            actor,
            "DEMO-002",
            cohort,
            day(60, 2),
            "dabrafenib 150 mg BID + trametinib 2 mg",
        )
        _visit(session, actor, "DEMO-002", 0, day(60, 2), ecog=1)
        stop_treatment_in(
            session, actor, find_treatment(session, "DEMO-002", None), "DEMO-002",
            on=day(60, 20), reason=StopReason.TOXICITY, detail="pyrexia grade 3",
        )  # fmt: skip
        record_outcome_in(session, actor, "BRAF-V600-DAB-TRAM", "DEMO-002")
        withdraw_in(
            session, actor, "BRAF-V600-DAB-TRAM", "DEMO-002",
            "pyrexia grade 3, CTCAE v5 (demo)", on=day(60, 21),
        )  # fmt: skip


def other_treatments(session: Session, actor: Actor, today: dt.date) -> None:
    """Treatments outside the cohorts: one due today, one overdue, one never started."""
    approved = NewTreatment(TreatmentBasis.APPROVED, ("amivantamab",))
    _start(session, actor, "DEMO-001", approved, today - dt.timedelta(days=56), "1050 mg IV")
    _visit(session, actor, "DEMO-001", 0, today - dt.timedelta(days=56), ecog=1)
    off_label = NewTreatment(TreatmentBasis.OTHER_TRIAL, ("capivasertib",), trial_id="NCT00000000")
    _start(session, actor, "DEMO-008", off_label, today - dt.timedelta(days=70), "400 mg BID")
    _visit(session, actor, "DEMO-008", 0, today - dt.timedelta(days=70), ecog=1)
    record_not_started_in(
        session, actor, case_for_study_id(session, "DEMO-009"),
        NewTreatment(TreatmentBasis.APPROVED, ("olaparib",)), "condition-worsened",
    )  # fmt: skip
