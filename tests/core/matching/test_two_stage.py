"""The two-stage cohort rule: every transition, with free slots and refusal reasons."""

from __future__ import annotations

from mtb_desk.matching.two_stage import (
    CohortPhase,
    EnrolmentOutcome,
    StageDesign,
    cohort_state,
)


def outcomes(yes: int = 0, no: int = 0, pending: int = 0) -> list[EnrolmentOutcome]:
    items = [True] * yes + [False] * no + [None] * pending
    return [EnrolmentOutcome(i, b) for i, b in enumerate(items)]


def test_empty_cohort_is_open_with_eight_places() -> None:
    state = cohort_state([])
    assert state.phase is CohortPhase.OPEN_STAGE1
    assert state.free_slots == 8
    assert state.availability().text() == "open (stage 1), 8 places left"


def test_zero_of_eight_closes_negative() -> None:
    state = cohort_state(outcomes(no=8))
    assert state.phase is CohortPhase.CLOSED_NEGATIVE
    assert state.free_slots == 0
    assert state.reason == "closed: negative after stage 1 (0 of 8 with benefit, 1 needed)"
    assert state.availability().closed


def test_one_of_eight_expands_to_twenty_four() -> None:
    state = cohort_state(outcomes(yes=1, no=7))
    assert state.phase is CohortPhase.EXPANDED
    assert state.free_slots == 16


def test_benefit_seen_early_expands_even_with_outcomes_pending() -> None:
    state = cohort_state(outcomes(yes=1, pending=7))
    assert state.phase is CohortPhase.EXPANDED
    assert state.free_slots == 16


def test_stage_one_pending_waits() -> None:
    state = cohort_state(outcomes(no=5, pending=3))
    assert state.phase is CohortPhase.AWAITING_STAGE1
    assert state.free_slots == 0
    assert state.reason == (
        "full: waiting for week-16 outcomes of stage 1 (3 of 8 pending, 0 of 8 with benefit)"
    )
    availability = state.availability()
    assert not availability.closed
    assert not availability.accepting


def test_four_of_twenty_four_is_negative_and_five_is_positive() -> None:
    negative = cohort_state(outcomes(yes=4, no=20))
    assert negative.phase is CohortPhase.CLOSED_NEGATIVE
    assert negative.reason == "closed: negative after stage 2 (4 of 24 with benefit, 5 needed)"
    positive = cohort_state(outcomes(yes=5, no=19))
    assert positive.phase is CohortPhase.POSITIVE
    assert positive.reason == (
        "cohort positive (5 of 24 with benefit); a larger expansion is a trial decision"
    )
    assert positive.free_slots == 0


def test_stage_two_pending_waits_until_decided() -> None:
    waiting = cohort_state(outcomes(yes=3, no=18, pending=3))
    assert waiting.phase is CohortPhase.AWAITING_STAGE2
    assert waiting.reason == (
        "full: waiting for week-16 outcomes of stage 2 (3 of 24 pending, 3 of 24 with benefit)"
    )
    hopeless = cohort_state(outcomes(yes=1, no=22, pending=1))
    assert hopeless.phase is CohortPhase.CLOSED_NEGATIVE


def test_withdrawn_before_evaluation_frees_its_place() -> None:
    items = outcomes(no=7) + [EnrolmentOutcome("w", None, withdrawn=True)]
    state = cohort_state(items)
    assert state.phase is CohortPhase.OPEN_STAGE1
    assert state.free_slots == 1
    assert state.withdrawn == 1
    assert state.enrolled == 7
    evaluated_then_withdrawn = outcomes(no=7) + [EnrolmentOutcome("x", False, withdrawn=True)]
    assert cohort_state(evaluated_then_withdrawn).phase is CohortPhase.CLOSED_NEGATIVE


def test_custom_design_and_suspension() -> None:
    design = StageDesign(stage1_size=2, stage1_min_benefit=1, total_size=4, total_min_benefit=2)
    assert cohort_state(outcomes(yes=1, no=1), design).free_slots == 2
    suspended = cohort_state([], suspended=True)
    assert suspended.phase is CohortPhase.SUSPENDED
    assert suspended.availability().closed
    assert suspended.summary() == (
        "suspended: 0 enrolled (0 with benefit, 0 without, 0 pending); 0 free"
    )


def test_negative_as_soon_as_five_of_24_cannot_be_reached() -> None:
    # stage 2: 1 benefit, 19 without, 0 pending, 4 places left: 5 still reachable
    assert cohort_state(outcomes(yes=1, no=19)).phase is CohortPhase.EXPANDED
    # one more without benefit: 1 + 0 + 3 < 5, closed at once with 21 of 24 enrolled
    state = cohort_state(outcomes(yes=1, no=20))
    assert (state.phase, state.free_slots, state.accepting) == (
        CohortPhase.CLOSED_NEGATIVE, 0, False,
    )  # fmt: skip
    assert "5 of 24 with benefit can no longer be reached" in state.reason
    assert "(1 with benefit, 0 pending, 3 places left)" in state.reason
    # pending outcomes keep it open
    assert cohort_state(outcomes(yes=1, no=19, pending=1)).phase is CohortPhase.EXPANDED


def test_positive_as_soon_as_five_have_benefit_and_enrolment_goes_on() -> None:
    state = cohort_state(outcomes(yes=5, no=3))
    assert (state.phase, state.free_slots, state.accepting) == (CohortPhase.EXPANDED, 16, True)
    assert state.verdict == "positive already: 5 with benefit, 5 needed; enrolling on to 24"
    assert "positive already" in state.summary()
    assert "positive already" in state.availability().text()
    assert cohort_state(outcomes(yes=4, no=3)).verdict == ""


def test_not_evaluable_patients_are_replaced() -> None:
    replaced = [EnrolmentOutcome(i, None, withdrawn=True) for i in range(3)]
    state = cohort_state([*replaced, *outcomes(no=7)])
    assert (state.phase, state.enrolled, state.withdrawn, state.free_slots) == (
        CohortPhase.OPEN_STAGE1, 7, 3, 1,
    )  # fmt: skip
