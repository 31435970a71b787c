"""The protocol's visit schedule and the derived week-16 outcome, as a table of cases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtb_desk.domain.enums import NotStartedReason, StopReason, VisitResponse, Week16Outcome
from mtb_desk.domain.followup import (
    TreatmentFacts,
    VisitFacts,
    derive_outcome,
    reason_words,
    schedule,
    visit_weeks,
)

START = dt.date(2025, 3, 3)
R = VisitResponse
W = Week16Outcome


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def test_schedule_day1_weeks_8_16_26_39_then_every_13() -> None:
    assert visit_weeks(10) == [0, 8, 16, 26, 39, 52, 65, 78, 91, 104]
    visits = schedule(START, 5)
    assert [v.label for v in visits] == ["day 1", "week 8", "week 16", "week 26", "week 39"]
    assert [v.due_on for v in visits] == [START, day(56), day(112), day(182), day(273)]
    week16 = visits[2]
    assert (week16.opens_on, week16.closes_on) == (day(112), day(126))  # never before day 112
    assert (visits[1].opens_on, visits[1].closes_on) == (day(49), day(63))


CASES = [
    # (visits as (week, day, response), stop (day, reason), outcome, words in the reason)
    ([(8, 56, R.SD), (16, 112, R.SD)], None, W.BENEFIT, "SD at the week-16 assessment"),
    ([(8, 56, R.PR), (16, 115, R.CR)], None, W.BENEFIT, "CR at the week-16"),
    ([(8, 56, R.PD)], None, W.NO_BENEFIT, "progression (PD) at the week 8 assessment"),
    ([(8, 56, R.SD), (16, 113, R.PD)], None, W.NO_BENEFIT, "progression (PD) at the week 16"),
    ([(8, 56, R.SD)], (80, StopReason.DEATH), W.NO_BENEFIT, "stopped for death"),
    ([], (30, StopReason.PROGRESSION), W.NO_BENEFIT, "stopped for progression"),
    ([], (20, StopReason.TOXICITY), W.NOT_EVALUABLE, "before the first response evaluation"),
    ([(0, 0, None)], (40, StopReason.PATIENT_WISH), W.NOT_EVALUABLE, "before the first"),
    ([], (10, StopReason.NOT_ELIGIBLE), W.NOT_EVALUABLE, "found not eligible"),
    ([(8, 56, R.SD)], (90, StopReason.TOXICITY), W.NO_BENEFIT, "after the first evaluation"),
    ([(8, 56, R.NE), (16, 114, R.NE)], None, W.NOT_EVALUABLE, "not evaluable at week 16"),
    ([(8, 56, R.SD)], None, None, "pending: week-16 assessment due 2025-06-23"),
    ([(8, 56, R.SD), (16, 112, R.SD)], (200, StopReason.TOXICITY), W.BENEFIT, "SD at the week-16"),
]


@pytest.mark.parametrize(("visits", "stop", "outcome", "words"), CASES)
def test_derived_outcome(
    visits: list[tuple[int, int, VisitResponse | None]],
    stop: tuple[int, StopReason] | None,
    outcome: Week16Outcome | None,
    words: str,
) -> None:
    facts = TreatmentFacts(
        START,
        day(stop[0]) if stop else None,
        stop[1] if stop else None,
        visits=tuple(VisitFacts(w, day(d), r) for w, d, r in visits),
    )
    derived = derive_outcome(facts)
    assert derived.outcome is outcome
    assert words in derived.reason


def test_never_started_is_not_evaluable() -> None:
    derived = derive_outcome(
        TreatmentFacts(None, not_started_reason=NotStartedReason.NO_DRUG_SUPPLY)
    )
    assert (derived.outcome, derived.reason) == (W.NOT_EVALUABLE, "never started (no drug supply)")
    assert reason_words(derived, "nb") == "aldri startet (ingen legemiddeltilgang)"


@given(
    responses=st.lists(st.sampled_from(list(VisitResponse)), min_size=0, max_size=5),
    stop_day=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
    reason=st.sampled_from(list(StopReason)),
)
def test_benefit_only_ever_comes_from_the_week16_assessment(
    responses: list[VisitResponse], stop_day: int | None, reason: StopReason
) -> None:
    weeks = visit_weeks(len(responses))
    visits = tuple(VisitFacts(w, day(7 * w), r) for w, r in zip(weeks, responses, strict=True))
    if stop_day is not None:
        visits = tuple(v for v in visits if v.performed_on <= day(stop_day))  # type: ignore[operator]
    facts = TreatmentFacts(START, day(stop_day) if stop_day is not None else None,
                           reason if stop_day is not None else None, visits=visits)  # fmt: skip
    derived = derive_outcome(facts)
    at16 = next((v for v in visits if v.week == 16), None)
    early_pd = any(v.response is R.PD and v.week <= 16 for v in visits)
    if derived.outcome is W.BENEFIT:
        assert at16 is not None
        assert at16.response in {R.CR, R.PR, R.SD}
        assert not early_pd
        assert derived.on is not None
        assert derived.on >= day(112)
    if early_pd:
        assert derived.outcome is W.NO_BENEFIT


FATAL = {StopReason.PROGRESSION, StopReason.DEATH}
# When the stop came: (visits as (week, day, response), stop day). The first response
# evaluation is the week-8 scan; week 16 is day 112.
TIMINGS = {
    "before the first evaluation": ([(0, 0, None)], 40),
    "after the first evaluation, before week 16": ([(0, 0, None), (8, 56, R.SD)], 90),
    "after week 16": ([(0, 0, None), (8, 56, R.SD), (16, 113, R.SD)], 150),
}


def expected_outcome(reason: StopReason, timing: str) -> Week16Outcome:
    """The protocol's rule (see `derive_outcome`), written out independently."""
    if timing == "after week 16":
        return W.BENEFIT  # the week-16 assessment (SD) decides, whatever stopped it later
    if reason in FATAL or timing != "before the first evaluation":
        return W.NO_BENEFIT  # toxicity after the first evaluation too: not disease control
    return W.NOT_EVALUABLE  # replaced in the two-stage rule


@pytest.mark.parametrize("timing", sorted(TIMINGS))
@pytest.mark.parametrize("reason", list(StopReason))
def test_stop_reason_by_timing(reason: StopReason, timing: str) -> None:
    visits, stop_day = TIMINGS[timing]
    facts = TreatmentFacts(
        START, day(stop_day), reason,
        visits=tuple(VisitFacts(w, day(d), r) for w, d, r in visits),
    )  # fmt: skip
    assert derive_outcome(facts).outcome is expected_outcome(reason, timing)


def test_toxicity_after_the_first_evaluation_is_no_benefit_in_words() -> None:
    visits, stop_day = TIMINGS["after the first evaluation, before week 16"]
    derived = derive_outcome(TreatmentFacts(
        START, day(stop_day), StopReason.TOXICITY,
        visits=tuple(VisitFacts(w, day(d), r) for w, d, r in visits),
    ))  # fmt: skip
    assert derived.outcome is W.NO_BENEFIT
    assert derived.reason == (
        "stopped for toxicity on 2025-06-01, after the first evaluation but before week 16"
    )
    assert reason_words(derived, "nb") == (
        "avsluttet på grunn av toksisitet 2025-06-01, etter første responsevaluering, "
        "men før uke 16"
    )
