"""The funnel's facts per case from the source tables: each table aggregated once per case
and joined to the cases (see `mtb_desk.domain.funnel` for the steps).

`case_facts_query` gives one row per case (for some cases, or all): the services keep each
case's stage from it (`services.funnel_stage`). `funnel_query` counts the same facts per
group in one statement: the funnel as it was computed before the stage was kept, used to
check the kept stages never drift and as the benchmark's "before".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, any_, case, func, literal, select
from sqlalchemy.sql.elements import ColumnElement

from mtb_desk.db.models import (
    AgendaItem,
    Annotation,
    Case,
    Cohort,
    Enrolment,
    Finding,
    Hospital,
    MolecularReport,
    Recommendation,
    Treatment,
)
from mtb_desk.domain.enums import (
    ACTIONABLE_ONCOGENICITY,
    AgendaStatus,
    EscatTier,
    NotStartedReason,
    RecommendationOutcome,
    RecommendationState,
    StopReason,
    TreatmentBasis,
    Week16Outcome,
)
from mtb_desk.domain.funnel import TRIAL_OUTCOMES

TIERS_I_III = tuple(t for t in EscatTier if t.value.startswith(("I-", "II-", "III-")))
TRIAL = TRIAL_OUTCOMES
DECIDED = (RecommendationState.FINAL, RecommendationState.SIGNED)
TRIAL_BASES = (TreatmentBasis.ENROLMENT, TreatmentBasis.OTHER_TRIAL)


def _any(condition: ColumnElement[bool]) -> Any:
    return func.max(case((condition, 1), else_=0))


# Which cases: all (None), a list of ids, or an SQL integer array (a function's argument).
CaseIds = Sequence[int] | ColumnElement[Any] | None


def among(column: Any, case_ids: CaseIds) -> Any:
    """`column` is one of `case_ids` (an IN list, or `= ANY (array)`)."""
    if isinstance(case_ids, ColumnElement):
        return column == any_(case_ids)
    return column.in_(case_ids)


def _facts(case_ids: CaseIds = None) -> dict[str, Any]:
    """One aggregated subquery per source table, keyed by case id (only `case_ids` if given)."""

    def only(query: Any, column: Any) -> Any:
        return query if case_ids is None else query.where(among(column, case_ids))

    reports = only(select(MolecularReport.case_id), MolecularReport.case_id)
    reports = reports.group_by(MolecularReport.case_id).subquery()
    agenda = (
        only(select(
            AgendaItem.case_id,
            _any(AgendaItem.status == AgendaStatus.DISCUSSED).label("discussed"),
            func.min(AgendaItem.status).label("status"),
        ), AgendaItem.case_id)
        .group_by(AgendaItem.case_id)
        .subquery()
    )  # fmt: skip
    actionable = (
        only(select(MolecularReport.case_id), MolecularReport.case_id)
        .join(Finding, Finding.report_id == MolecularReport.id)
        .join(Annotation, Annotation.finding_id == Finding.id)
        .where(Annotation.oncogenicity.in_(tuple(ACTIONABLE_ONCOGENICITY)))
        .where(Annotation.escat_tier.is_(None) | Annotation.escat_tier.in_(TIERS_I_III))
        .group_by(MolecularReport.case_id)
        .subquery()
    )
    recs = (
        only(
            select(
                Recommendation.case_id,
                _any(Recommendation.state.in_(DECIDED)).label("decided"),
                _any(Recommendation.outcome.in_(TRIAL)).label("matched"),
                _any(
                    and_(Recommendation.state.in_(DECIDED), Recommendation.outcome.in_(TRIAL))
                ).label("recommended"),
                func.max(Recommendation.id).label("latest"),
            ),
            Recommendation.case_id,
        )
        .where(Recommendation.state != RecommendationState.SUPERSEDED)
        .group_by(Recommendation.case_id)
        .subquery()
    )
    enrolled = (
        only(
            select(Enrolment.case_id, func.max(Enrolment.cohort_id).label("cohort_id")),
            Enrolment.case_id,
        )
        .group_by(Enrolment.case_id)
        .subquery()
    )
    trial = (
        only(
            select(
                Treatment.case_id,
                _any(Treatment.started_on.is_not(None)).label("started"),
                func.max(
                    case(
                        (Treatment.outcome == Week16Outcome.BENEFIT, 3),
                        (Treatment.outcome == Week16Outcome.NO_BENEFIT, 2),
                        (Treatment.outcome == Week16Outcome.NOT_EVALUABLE, 1),
                        else_=0,
                    )
                ).label("outcome"),
                func.max(Treatment.not_started_reason).label("not_started"),
                func.max(Treatment.stop_reason).label("stop_reason"),
            ),
            Treatment.case_id,
        )
        .where(Treatment.basis.in_(TRIAL_BASES))
        .group_by(Treatment.case_id)
        .subquery()
    )
    other = (
        only(select(Treatment.case_id, func.max(Treatment.basis).label("basis")), Treatment.case_id)
        .where(Treatment.basis.not_in(TRIAL_BASES))
        .group_by(Treatment.case_id)
        .subquery()
    )
    return {
        "reports": reports, "agenda": agenda, "actionable": actionable, "recs": recs,
        "enrolled": enrolled, "trial": trial, "other": other,
    }  # fmt: skip


def _group(by: str | None) -> Any:
    if by == "hospital":
        return func.coalesce(Hospital.name, literal("no hospital"))
    if by == "tumour":
        return Case.diagnosis_code
    if by == "cohort":
        return func.coalesce(Cohort.code, literal("no cohort"))
    return literal("all")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One combination of a case's facts (decoded from the query's packed key)."""

    profiled: int
    discussed: int
    actionable: int
    matched: int
    recommended: int
    started: int
    agenda: str | None
    rec_outcome: str | None
    not_started: str | None
    outcome: str | None
    stop_reason: str | None
    other_basis: str | None
    grp: str = "all"
    n: int = 0


FLAG = (0, 1)
# The packed key's fields, in order, with the values each may take (index 0 = NULL/0).
FIELDS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("profiled", FLAG), ("discussed", FLAG), ("actionable", FLAG), ("matched", FLAG),
    ("recommended", FLAG), ("started", FLAG),
    ("agenda", (None, *(s.value for s in AgendaStatus))),
    ("rec_outcome", (None, *(o.value for o in RecommendationOutcome))),
    ("not_started", (None, *(r.value for r in NotStartedReason))),
    ("outcome", (None, *(o.value for o in Week16Outcome))),
    ("stop_reason", (None, *(r.value for r in StopReason))),
    ("other_basis", (None, *(b.value for b in TreatmentBasis))),
)  # fmt: skip


def _index(column: Any, values: tuple[Any, ...]) -> Any:
    if values is FLAG:
        return func.coalesce(column, 0)
    return case(*((column == v, i) for i, v in enumerate(values) if v is not None), else_=0)


def packed_key(columns: dict[str, Any]) -> Any:
    """All facts as one integer (mixed radix): grouping by one integer is cheap."""
    key: Any = literal(0)
    weight = 1
    for name, values in FIELDS:
        key = key + _index(columns[name], values) * weight
        weight *= len(values)
    return key


def unpack(grp: str, key: int, n: int) -> CaseFacts:
    values: dict[str, Any] = {}
    for name, options in FIELDS:
        key, index = divmod(key, len(options))
        values[name] = options[index]
    return CaseFacts(**values, grp=grp, n=n)


def _columns(f: dict[str, Any], latest: Any) -> dict[str, Any]:
    outcome = f["trial"].c.outcome
    return {
        "profiled": case((f["reports"].c.case_id.is_not(None), 1), else_=0),
        "discussed": case((f["agenda"].c.discussed == 1, 1), (f["recs"].c.decided == 1, 1),
                          else_=0),
        "actionable": case((f["actionable"].c.case_id.is_not(None), 1), else_=0),
        "matched": f["recs"].c.matched,
        "recommended": case((f["recs"].c.recommended == 1, 1),
                            (f["enrolled"].c.case_id.is_not(None), 1), else_=0),
        "started": f["trial"].c.started,
        "agenda": f["agenda"].c.status,
        "rec_outcome": latest.c.outcome,
        "not_started": f["trial"].c.not_started,
        "outcome": case((outcome == 3, literal(Week16Outcome.BENEFIT.value)),
                        (outcome == 2, literal(Week16Outcome.NO_BENEFIT.value)),
                        (outcome == 1, literal(Week16Outcome.NOT_EVALUABLE.value)), else_=None),
        "stop_reason": f["trial"].c.stop_reason,
        "other_basis": f["other"].c.basis,
    }  # fmt: skip


def _joined(query: Select[Any], f: dict[str, Any], latest: Any) -> Select[Any]:
    for name in ("reports", "agenda", "actionable", "recs", "enrolled", "trial", "other"):
        query = query.outerjoin(f[name], f[name].c.case_id == Case.id)
    return query.outerjoin(latest, latest.c.id == f["recs"].c.latest)


def case_facts_query(case_ids: CaseIds = None) -> Select[Any]:
    """One row per case (of `case_ids`, or all): its grouping columns and its facts."""
    f = _facts(case_ids)
    latest = Recommendation.__table__.alias("latest_rec")
    cohort_id = func.coalesce(f["enrolled"].c.cohort_id, latest.c.cohort_id).label("cohort_id")
    columns = [c.label(name) for name, c in _columns(f, latest).items()]
    query = select(
        Case.id, Case.referral_date, Case.hospital_id, Case.diagnosis_code, cohort_id, *columns
    ).select_from(Case)
    query = _joined(query, f, latest)
    return query if case_ids is None else query.where(among(Case.id, case_ids))


def funnel_query(by: str | None, start: dt.date | None, end: dt.date | None) -> Select[Any]:
    """Per group, the count of cases sharing each combination of facts (one SQL query over
    the source tables)."""
    f = _facts()
    latest = Recommendation.__table__.alias("latest_rec")
    group = _group(by).label("grp")
    key = packed_key(_columns(f, latest)).label("facts")
    query = _joined(select(group, key, func.count().label("n")).select_from(Case), f, latest)
    if by == "hospital":
        query = query.outerjoin(Hospital, Hospital.id == Case.hospital_id)
    if by == "cohort":
        cohort_id = func.coalesce(f["enrolled"].c.cohort_id, latest.c.cohort_id)
        query = query.outerjoin(Cohort, Cohort.id == cohort_id)
    if start is not None:
        query = query.where(Case.referral_date >= start)
    if end is not None:
        query = query.where(Case.referral_date <= end)
    return query.group_by(group, key)
