"""The protocol's visit schedule and the week-16 outcome derived from visits (pure rules).

Schedule (IMPRESS-Norway): day 1, weeks 8, 16, 26 and 39, then every 13 weeks. Day 1 is the
start date; week N is due `7 * N` days after it. The week-16 assessment may not take place
before day 112 (an outcome before week 16 is refused unless it is progression or death).

Week-16 outcome (DRUP/IMPRESS): clinical benefit = CR, PR or SD at the week-16 assessment;
progression (a PD at or before week 16) or a stop for progression or death before day 112 =
no benefit; a stop for any other reason before the first response evaluation = not
evaluable (the two-stage rule replaces the patient); a stop for another reason after the
first evaluation but before week 16 = no benefit (disease control not shown at week 16).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from mtb_desk.domain.enums import NotStartedReason, StopReason, VisitResponse, Week16Outcome

WEEK16_DAY = 112
FIRST_WEEKS = (8, 16, 26, 39)
LATER_EVERY = 13
BENEFIT_RESPONSES = frozenset({VisitResponse.CR, VisitResponse.PR, VisitResponse.SD})
FATAL_STOPS = frozenset({StopReason.PROGRESSION, StopReason.DEATH})


@dataclass(frozen=True, slots=True)
class ScheduledVisit:
    seq: int
    week: int  # 0 = day 1
    due_on: dt.date
    window_before: int  # days
    window_after: int

    @property
    def label(self) -> str:
        return "day 1" if self.week == 0 else f"week {self.week}"

    @property
    def opens_on(self) -> dt.date:
        return self.due_on - dt.timedelta(days=self.window_before)

    @property
    def closes_on(self) -> dt.date:
        return self.due_on + dt.timedelta(days=self.window_after)


def visit_weeks(count: int) -> list[int]:
    """The first `count` protocol weeks: 0 (day 1), 8, 16, 26, 39, 52, 65, ..."""
    weeks = [0, *FIRST_WEEKS]
    while len(weeks) < count:
        weeks.append(weeks[-1] + LATER_EVERY)
    return weeks[:count]


def window_for(week: int) -> tuple[int, int]:
    """(days before, days after) the due date a visit may take place."""
    if week == 0:
        return 0, 3
    if week == 16:
        return 0, 14  # never before day 112
    return 7, 7


def schedule(started_on: dt.date, count: int = 10) -> list[ScheduledVisit]:
    """The first `count` visits from a start date (10 visits cover two years)."""
    return [
        ScheduledVisit(seq, week, started_on + dt.timedelta(days=7 * week), *window_for(week))
        for seq, week in enumerate(visit_weeks(count))
    ]


@dataclass(frozen=True, slots=True)
class VisitFacts:
    week: int
    performed_on: dt.date | None
    response: VisitResponse | None


@dataclass(frozen=True, slots=True)
class TreatmentFacts:
    started_on: dt.date | None
    stopped_on: dt.date | None = None
    stop_reason: StopReason | None = None
    not_started_reason: NotStartedReason | None = None
    visits: Sequence[VisitFacts] = ()


@dataclass(frozen=True, slots=True)
class DerivedOutcome:
    """The week-16 outcome the visits give; `outcome` None while still pending."""

    outcome: Week16Outcome | None
    response: VisitResponse | None
    on: dt.date | None  # the date the outcome was reached
    reason: str  # in words, e.g. "SD at the week-16 assessment on 2025-05-01"


def derive_outcome(facts: TreatmentFacts) -> DerivedOutcome:
    """The week-16 outcome of one treatment from its start, stop and visits."""
    if facts.started_on is None:
        why = facts.not_started_reason.value if facts.not_started_reason else "no reason"
        return DerivedOutcome(Week16Outcome.NOT_EVALUABLE, None, None, f"never started ({why})")
    start = facts.started_on
    week16 = start + dt.timedelta(days=WEEK16_DAY)
    done = sorted(
        (v for v in facts.visits if v.performed_on is not None and v.response is not None),
        key=lambda v: (v.performed_on, v.week),
    )
    progression = next((v for v in done if v.response is VisitResponse.PD and v.week <= 16), None)
    stop, reason = facts.stopped_on, facts.stop_reason
    fatal_stop = stop is not None and stop < week16 and reason in FATAL_STOPS
    if progression is not None and (not fatal_stop or progression.performed_on <= stop):  # type: ignore[operator]
        when = "day 1" if progression.week == 0 else f"week {progression.week}"
        return DerivedOutcome(
            Week16Outcome.NO_BENEFIT, VisitResponse.PD, progression.performed_on,
            f"progression (PD) at the {when} assessment on {progression.performed_on}",
        )  # fmt: skip
    if fatal_stop:
        assert stop is not None
        assert reason is not None
        day = (stop - start).days + 1
        return DerivedOutcome(
            Week16Outcome.NO_BENEFIT, None, stop,
            f"stopped for {reason.value} on {stop} (day {day}), before week 16",
        )  # fmt: skip
    at16 = next((v for v in done if v.week == 16), None)
    if at16 is not None:
        return _week16(at16)
    if stop is not None and stop < week16:
        assert reason is not None
        evaluated = any(v.week > 0 for v in done)
        if not evaluated:
            return DerivedOutcome(
                Week16Outcome.NOT_EVALUABLE, None, stop,
                f"stopped for {reason.value} on {stop}, before the first response evaluation",
            )  # fmt: skip
        return DerivedOutcome(
            Week16Outcome.NO_BENEFIT, None, stop,
            f"stopped for {reason.value} on {stop}, after the first evaluation but before week 16",
        )  # fmt: skip
    return DerivedOutcome(None, None, None, f"pending: week-16 assessment due {week16}")


def _week16(visit: VisitFacts) -> DerivedOutcome:
    response = visit.response
    assert response is not None
    on = visit.performed_on
    if response in BENEFIT_RESPONSES:
        return DerivedOutcome(
            Week16Outcome.BENEFIT,
            response,
            on,
            f"{response.value} at the week-16 assessment on {on}",
        )
    return DerivedOutcome(
        Week16Outcome.NOT_EVALUABLE, response, on, f"response not evaluable at week 16 ({on})"
    )


def outcome_words(outcome: Week16Outcome | None) -> str:
    return {
        Week16Outcome.BENEFIT: "clinical benefit",
        Week16Outcome.NO_BENEFIT: "no clinical benefit",
        Week16Outcome.NOT_EVALUABLE: "not evaluable",
        None: "pending",
    }[outcome]
