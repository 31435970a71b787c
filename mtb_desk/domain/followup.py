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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from mtb_desk.domain.enums import NotStartedReason, StopReason, VisitResponse, Week16Outcome
from mtb_desk.i18n import N_, translator
from mtb_desk.i18n.terms import term

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
        return visit_label(self.week)

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
    """The week-16 outcome the visits give; `outcome` None while still pending.

    `reason` is the English sentence (CLI, audit, JSON); `code` and `params` are the same
    reason as data, rendered in the reader's language by `reason_words`."""

    outcome: Week16Outcome | None
    response: VisitResponse | None
    on: dt.date | None  # the date the outcome was reached
    reason: str  # in words, e.g. "SD at the week-16 assessment on 2025-05-01"
    code: str = ""  # a key of REASONS, e.g. "week16-benefit"
    params: Mapping[str, object] = field(default_factory=dict)

    def in_language(self, lang: str) -> str:
        """The reason in `lang` (an error message's parameter renders itself with this)."""
        return reason_words(self, lang)


REASONS: dict[str, str] = {
    "never-started": N_("never started ({not_started})"),
    "progression": N_("progression (PD) at the {visit} assessment on {date}"),
    "fatal-stop": N_("stopped for {stop} on {date} (day {day}), before week 16"),
    "stop-before-evaluation": N_(
        "stopped for {stop} on {date}, before the first response evaluation"
    ),
    "stop-after-evaluation": N_(
        "stopped for {stop} on {date}, after the first evaluation but before week 16"
    ),
    "week16-benefit": N_("{result} at the week-16 assessment on {date}"),
    "week16-not-evaluable": N_("response not evaluable at week 16 ({date})"),
    "pending": N_("pending: week-16 assessment due {date}"),
}


def reason_words(derived: DerivedOutcome, lang: str = "en") -> str:
    """The reason of a derived outcome in the reader's language (dates stay ISO)."""
    if derived.code not in REASONS:
        return derived.reason
    return _render(derived.code, derived.params, lang)


def derived_words(derived: DerivedOutcome | None, lang: str = "en") -> str:
    """What the visits give, in the reader's language: "clinical benefit: SD at the week-16
    assessment on 2025-05-01", the pending reason, or that no treatment is recorded (None)."""
    if derived is None:
        return translator(lang).gettext(N_("no treatment recorded yet"))
    reason = reason_words(derived, lang)
    return f"{outcome_words(derived.outcome, lang)}: {reason}" if derived.outcome else reason


def visit_label(week: int, lang: str = "en") -> str:
    """``day 1`` / ``week 16`` in the reader's language."""
    words = translator(lang).gettext
    return words(N_("day 1")) if week == 0 else words(N_("week {week}")).format(week=week)


def _render(code: str, params: Mapping[str, object], lang: str) -> str:
    values: dict[str, object] = dict(params)
    if "stop" in values:
        values["stop"] = term("stop_reason", str(values["stop"]), lang)
    if "not_started" in values:
        value = values["not_started"]
        values["not_started"] = (
            term("not_started_reason", str(value), lang)
            if value else translator(lang).gettext(N_("no reason given"))
        )  # fmt: skip
    if "visit" in values:
        values["visit"] = visit_label(int(str(values["visit"])), lang)
    return translator(lang).gettext(REASONS[code]).format(**values)


def _derived(
    outcome: Week16Outcome | None,
    response: VisitResponse | None,
    on: dt.date | None,
    code: str,
    **params: object,
) -> DerivedOutcome:
    return DerivedOutcome(outcome, response, on, _render(code, params, "en"), code, params)


def derive_outcome(facts: TreatmentFacts) -> DerivedOutcome:
    """The week-16 outcome of one treatment from its start, stop and visits.

    Rules (DESIGN.md §3, after the DRUP protocol: clinical benefit = CR, PR or SD at 16
    weeks, van der Velden et al., Nature 2019;574:127-131; IMPRESS-Norway: disease control
    at week 16 in evaluable patients, Puco et al., Acta Oncol 2024;63:379-384), by when the
    treatment stopped:

    ======================  ======================  =====================================
    stop                    progression or death    any other reason (toxicity, wish, ...)
    ======================  ======================  =====================================
    before the first        no benefit              not evaluable (the patient is replaced)
    response evaluation
    after the first         no benefit              **no benefit**: the patient was
    evaluation, before                              evaluable and disease control at week
    week 16                                         16 was not reached (a toxicity stop at
                                                    week 10 after SD at week 8 counts
                                                    against the drug, as toxicity is part
                                                    of what the drug does)
    after week 16           the week-16 assessment decides (CR/PR/SD = benefit)
    ======================  ======================  =====================================

    A PD at or before week 16 is no benefit whatever comes after it. Pinned by the table
    test `tests/core/test_followup_rules.py::test_stop_reason_by_timing`.
    """
    if facts.started_on is None:
        why = facts.not_started_reason.value if facts.not_started_reason else ""
        return _derived(Week16Outcome.NOT_EVALUABLE, None, None, "never-started", not_started=why)
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
        return _derived(
            Week16Outcome.NO_BENEFIT, VisitResponse.PD, progression.performed_on, "progression",
            visit=progression.week, date=progression.performed_on,
        )  # fmt: skip
    if fatal_stop:
        assert stop is not None
        assert reason is not None
        return _derived(
            Week16Outcome.NO_BENEFIT, None, stop, "fatal-stop",
            stop=reason.value, date=stop, day=(stop - start).days + 1,
        )  # fmt: skip
    at16 = next((v for v in done if v.week == 16), None)
    if at16 is not None:
        return _week16(at16)
    if stop is not None and stop < week16:
        assert reason is not None
        evaluated = any(v.week > 0 for v in done)
        code = "stop-after-evaluation" if evaluated else "stop-before-evaluation"
        outcome = Week16Outcome.NO_BENEFIT if evaluated else Week16Outcome.NOT_EVALUABLE
        return _derived(outcome, None, stop, code, stop=reason.value, date=stop)
    return _derived(None, None, None, "pending", date=week16)


def _week16(visit: VisitFacts) -> DerivedOutcome:
    response = visit.response
    assert response is not None
    on = visit.performed_on
    if response in BENEFIT_RESPONSES:
        return _derived(
            Week16Outcome.BENEFIT, response, on, "week16-benefit", result=response.value, date=on
        )
    return _derived(Week16Outcome.NOT_EVALUABLE, response, on, "week16-not-evaluable", date=on)


def outcome_words(outcome: Week16Outcome | None, lang: str = "en") -> str:
    """A week-16 outcome in words: "clinical benefit", "klinisk nytte", ..., "pending"."""
    return term("week16", outcome.value if outcome else "pending", lang)
