"""The trial's funnel: profiled → discussed → actionable → matched → recommended → started →
evaluable → disease control, for a period (by referral date), overall and by hospital,
tumour type or cohort, with counts, percentages and the reasons cases drop at each step.

Each case's stage and drop reason are kept in `case_funnel` (`services.funnel_stage`), so
the funnel is one grouped scan: per group, how many cases stopped at each stage and why.
A step's count is the number of cases whose stage is past it. Step definitions
(`mtb_desk.domain.funnel` decides a case's stage from them):
- profiled: a molecular report was imported;
- discussed: an agenda item marked discussed, or a final/signed recommendation;
- actionable: a finding annotated oncogenic or likely oncogenic with ESCAT tier I-III (or no
  tier yet);
- matched: a recommendation (not superseded) of an IMPRESS cohort or another trial;
- recommended: that recommendation is final or signed, or the case was enrolled;
- started: a treatment in an IMPRESS cohort or another trial started;
- evaluable: its week-16 outcome, confirmed by the chair, is benefit or no benefit;
- disease control: it is clinical benefit (CR, PR or SD at week 16).
Records keep English step labels and stable drop codes (JSON is a contract); `funnel_rows`
and the faces render them in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import CaseStage, Cohort, Hospital
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.funnel import ALL_GROUP, STEPS, drop_words, group_label, step_label
from mtb_desk.errors import ValidationError
from mtb_desk.i18n import NC_

BY = ("hospital", "tumour", "cohort")


@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str
    label: str  # English; `step_label(key, lang)` in the reader's language
    count: int
    percent_of_first: float  # of profiled cases, 0..100
    percent_of_previous: float
    drops: tuple[tuple[str, int], ...]  # (drop code, cases): why cases of the previous step
    # are not here; `drop_words(code, lang)` in words


@dataclass(frozen=True, slots=True)
class FunnelGroup:
    name: str  # "all", or the hospital, tumour type or cohort
    steps: tuple[FunnelStep, ...]


@dataclass(frozen=True, slots=True)
class Funnel:
    period_from: dt.date | None
    period_to: dt.date | None
    by: str | None
    cases: int  # cases referred in the period
    groups: tuple[FunnelGroup, ...]  # "all" first


def _group(by: str | None) -> Any:
    if by == "hospital":
        return func.coalesce(Hospital.name, literal("no hospital"))
    if by == "tumour":
        return CaseStage.diagnosis_code
    if by == "cohort":
        return func.coalesce(Cohort.code, literal("no cohort"))
    return literal(ALL_GROUP)


def stage_query(by: str | None, start: dt.date | None, end: dt.date | None) -> Select[Any]:
    """Per group, stage and drop reason: how many cases (one scan of `case_funnel`)."""
    group = _group(by).label("grp")
    keys: list[Any] = [CaseStage.stage, CaseStage.drop_reason]
    query = select(group, *keys, func.count().label("n"))
    if by == "hospital":
        query = query.outerjoin(Hospital, Hospital.id == CaseStage.hospital_id)
    if by == "cohort":
        query = query.outerjoin(Cohort, Cohort.id == CaseStage.cohort_id)
    if start is not None:
        query = query.where(CaseStage.referral_date >= start)
    if end is not None:
        query = query.where(CaseStage.referral_date <= end)
    # Overall, grouping by the stage alone lets the index give the rows in order (no sort).
    return query.group_by(*keys) if by is None else query.group_by(group, *keys)


def steps_of(rows: Iterable[tuple[int, str | None, int]]) -> tuple[FunnelStep, ...]:
    """The steps from (stage, drop code, cases) rows."""
    past = [0] * (len(STEPS) + 1)  # past[s]: cases whose stage is s
    drops: list[Counter[str]] = [Counter() for _ in STEPS]
    for stage, drop, n in rows:
        past[stage] += n
        if drop is not None and 0 < stage < len(STEPS):
            drops[stage][drop] += n
    counts = [sum(past[i + 1 :]) for i in range(len(STEPS))]
    first = counts[0]
    return tuple(
        FunnelStep(
            key,
            label,
            counts[i],
            round(100 * counts[i] / first, 1) if first else 0.0,
            round(100 * counts[i] / counts[i - 1], 1) if i and counts[i - 1] else 0.0,
            tuple(sorted(drops[i].items(), key=lambda kv: (-kv[1], kv[0]))),  # stable order
        )  # fmt: skip
        for i, (key, label) in enumerate(STEPS)
    )


def _check(by: str | None, start: dt.date | None, end: dt.date | None) -> None:
    if by is not None and by not in BY:
        raise ValidationError(f"--by must be one of: {', '.join(BY)} (got '{by}')")
    if start and end and end < start:
        raise ValidationError(f"the period ends ({end}) before it starts ({start})")


def _funnel(
    rows: list[tuple[str, int, str | None, int]],
    start: dt.date | None,
    end: dt.date | None,
    by: str | None,
) -> Funnel:
    """The funnel from (group, stage, drop code, cases) rows."""
    groups: dict[str, list[tuple[int, str | None, int]]] = defaultdict(list)
    for grp, stage, drop, n in rows:
        groups[grp].append((stage, drop, n))
    overall = FunnelGroup(ALL_GROUP, steps_of((s, d, n) for _g, s, d, n in rows))
    parts = [FunnelGroup(name, steps_of(groups[name])) for name in sorted(groups)] if by else []
    return Funnel(start, end, by, sum(r[3] for r in rows), (overall, *parts))


def funnel_in(
    session: Session, *, start: dt.date | None, end: dt.date | None, by: str | None
) -> Funnel:
    _check(by, start, end)
    rows = [(str(g), int(s), d, int(n)) for g, s, d, n in session.execute(
        stage_query(by, start, end))]  # fmt: skip
    return _funnel(rows, start, end, by)


def funnel_from_sources(
    session: Session,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    by: str | None = None,
) -> Funnel:
    """The same funnel computed from the source tables (no kept stages): slower; for the
    drift check and the benchmark's "before"."""
    from mtb_desk.domain.funnel import stage_of
    from mtb_desk.services.funnel_query import funnel_query, unpack

    _check(by, start, end)
    rows = []
    for g, key, n in session.execute(funnel_query(by, start, end)):
        stage, drop = stage_of(unpack(str(g), int(key), int(n)))
        rows.append((str(g), stage, drop, int(n)))
    return _funnel(rows, start, end, by)


def trial_funnel(
    database: Database,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    by: str | None = None,
) -> Funnel:
    """The funnel for cases referred from `start` to `end` (inclusive; None: open-ended)."""
    with reading(database) as session:
        return funnel_in(session, start=start, end=end, by=by)


COLUMN_HEADS = (
    NC_("funnel_column", "Group"), NC_("funnel_column", "Step key"),
    NC_("funnel_column", "Step"), NC_("funnel_column", "Cases"),
    NC_("funnel_column", "% of profiled"), NC_("funnel_column", "% of previous step"),
    NC_("funnel_column", "Why cases dropped"),
)  # fmt: skip
ROW_KEYS = (
    "group", "step", "label", "count", "percent_of_profiled", "percent_of_previous",
    "drop_reasons",
)  # fmt: skip


def funnel_rows(funnel: Funnel, lang: str = "en", *, for_people: bool = False) -> list[
    dict[str, Any]
]:  # fmt: skip
    """One flat row per group and step: counts, percentages, drop reasons in `lang`.

    For a CSV file (`for_people` False) the keys stay the stable English column names and
    the numbers stay numbers; for a workbook a person reads, the headings and percentages are
    in the reader's language ("Prosent av profilerte", "100,0 %")."""
    from mtb_desk.i18n import translator
    from mtb_desk.i18n.formats import format_count, format_percent

    tr = translator(lang).pgettext
    heads = [tr("funnel_column", h) for h in COLUMN_HEADS] if for_people else list(ROW_KEYS)
    rows = []
    for group in funnel.groups:
        for i, step in enumerate(group.steps):
            counts = (lambda n: format_count(n, lang)) if for_people else str
            reasons = "; ".join(f"{drop_words(code, lang)}: {counts(n)}" for code, n in step.drops)
            first: object = step.percent_of_first
            previous: object = step.percent_of_previous
            if for_people:
                first = format_percent(step.percent_of_first / 100, lang, 1)
                previous = format_percent(step.percent_of_previous / 100, lang, 1) if i else ""
            values = (
                group_label(group.name, lang), step.key, step_label(step.key, lang), step.count,
                first, previous, reasons,
            )  # fmt: skip
            rows.append(dict(zip(heads, values, strict=True)))
    return rows
