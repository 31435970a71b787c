"""The trial's funnel: profiled → discussed → actionable → matched → recommended → started →
evaluable → disease control, for a period (by referral date), overall and by hospital,
tumour type or cohort, with counts, percentages and the reasons cases drop at each step.

One SQL query gives, per group, how many cases share each combination of facts (a report,
a discussion, an actionable finding, a trial match, ...) and the facts that explain a drop;
Python then walks the steps. A later fact proves the earlier steps (an enrolment means the
case was discussed and matched even where the board's minutes were not kept in the app).
Step definitions:
- profiled: a molecular report was imported;
- discussed: an agenda item marked discussed, or a final/signed recommendation;
- actionable: a finding annotated oncogenic or likely oncogenic with ESCAT tier I-III (or no
  tier yet);
- matched: a recommendation (not superseded) of an IMPRESS cohort or another trial;
- recommended: that recommendation is final or signed, or the case was enrolled;
- started: a treatment in an IMPRESS cohort or another trial started;
- evaluable: its week-16 outcome, confirmed by the chair, is benefit or no benefit;
- disease control: it is clinical benefit (CR, PR or SD at week 16).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import (
    AgendaStatus,
    Week16Outcome,
)
from mtb_desk.errors import ValidationError
from mtb_desk.services.funnel_query import TRIAL, funnel_query, unpack

STEPS = (
    ("profiled", "Profiled"),
    ("discussed", "Discussed at a board"),
    ("actionable", "Actionable finding"),
    ("matched", "Matched (cohort or trial)"),
    ("recommended", "Treatment recommended"),
    ("started", "Started treatment"),
    ("evaluable", "Evaluable at week 16"),
    ("control", "Disease control at week 16"),
)
BY = ("hospital", "tumour", "cohort")


@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str
    label: str
    count: int
    percent_of_first: float  # of profiled cases, 0..100
    percent_of_previous: float
    drops: tuple[tuple[str, int], ...]  # why cases of the previous step are not here


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


def _reached(row: Any) -> list[bool]:
    """Which steps a case reached; a later fact proves the earlier steps."""
    started = bool(row.started)
    outcome = row.outcome
    own = [
        bool(row.profiled),
        bool(row.discussed),
        bool(row.actionable),
        bool(row.matched),
        bool(row.recommended),
        started,
        started and outcome in (Week16Outcome.BENEFIT, Week16Outcome.NO_BENEFIT),
        started and outcome == Week16Outcome.BENEFIT,
    ]
    if row.other_basis is not None:  # a treatment outside the trials follows a discussion too
        own[1] = True
    reached = own[:]
    for i in range(len(own) - 2, -1, -1):  # a match or treatment proves the steps before it
        later = reached[i + 2] if i == 1 else reached[i + 1]  # (an annotation does not prove
        reached[i] = own[i] or later  # a discussion)
    for i in range(1, len(own)):  # a funnel: each step is a subset of the one before
        reached[i] = reached[i] and reached[i - 1]
    return reached


def _words(value: Any) -> str:
    return str(getattr(value, "value", value)).replace("-", " ")


def _drop_reason(step: str, row: Any) -> str:
    """Why a case that reached the step before `step` did not reach it."""
    if step == "discussed":
        if row.agenda == AgendaStatus.PENDING:
            return "on a coming meeting's agenda"
        return "deferred" if row.agenda == AgendaStatus.DEFERRED else "not on an agenda yet"
    if step in ("actionable", "matched"):
        if row.rec_outcome is not None and row.rec_outcome not in TRIAL:
            return f"board: {_words(row.rec_outcome)}"
        if row.other_basis is not None:
            return f"outside the trials: {_words(row.other_basis)} therapy chosen"
        return "no actionable finding" if step == "actionable" else "no trial match recorded"
    if step == "recommended":
        return "recommendation still a draft"
    if step == "started":
        if row.not_started is not None:
            return f"never started: {_words(row.not_started)}"
        return "not started yet"
    if step == "evaluable":
        if row.outcome == Week16Outcome.NOT_EVALUABLE:
            why = _words(row.stop_reason) if row.stop_reason else "never started"
            return f"not evaluable ({why})"
        return "week-16 outcome pending or not confirmed"
    why = _words(row.stop_reason) if row.stop_reason else "progression"
    return f"no clinical benefit ({why})"


def _steps(rows: Sequence[Any]) -> tuple[FunnelStep, ...]:
    counts = [0] * len(STEPS)
    drops: list[Counter[str]] = [Counter() for _ in STEPS]
    for row in rows:
        reached = _reached(row)
        for i, ok in enumerate(reached):
            counts[i] += row.n if ok else 0
            if i and reached[i - 1] and not ok:
                drops[i][_drop_reason(STEPS[i][0], row)] += row.n
    first = counts[0]
    return tuple(
        FunnelStep(
            key,
            label,
            counts[i],
            round(100 * counts[i] / first, 1) if first else 0.0,
            round(100 * counts[i] / counts[i - 1], 1) if i and counts[i - 1] else 0.0,
            tuple(drops[i].most_common()),
        )  # fmt: skip
        for i, (key, label) in enumerate(STEPS)
    )


def funnel_in(
    session: Session, *, start: dt.date | None, end: dt.date | None, by: str | None
) -> Funnel:
    if by is not None and by not in BY:
        raise ValidationError(f"--by must be one of: {', '.join(BY)} (got '{by}')")
    if start and end and end < start:
        raise ValidationError(f"the period ends ({end}) before it starts ({start})")
    rows = [unpack(str(g), int(key), int(n)) for g, key, n in session.execute(
        funnel_query(by, start, end))]  # fmt: skip
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[str(row.grp)].append(row)
    overall = FunnelGroup("all", _steps(rows))
    parts = [FunnelGroup(name, _steps(groups[name])) for name in sorted(groups)] if by else []
    return Funnel(start, end, by, sum(r.n for r in rows), (overall, *parts))


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


def funnel_rows(funnel: Funnel) -> list[dict[str, Any]]:
    """One flat row per group and step (for CSV/XLSX): counts, percentages, drop reasons."""
    return [
        {
            "group": group.name, "step": step.key, "label": step.label, "count": step.count,
            "percent_of_profiled": step.percent_of_first,
            "percent_of_previous": step.percent_of_previous,
            "drop_reasons": "; ".join(f"{reason}: {n}" for reason, n in step.drops),
        }
        for group in funnel.groups
        for step in group.steps
    ]  # fmt: skip
