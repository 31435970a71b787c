"""The two-stage cohort rule (IMPRESS-Norway, after DRUP), computed from enrolments.

Stage 1 enrols `stage1_size` (8) evaluable patients; with at least `stage1_min_benefit` (1)
clinical benefit at week 16 the cohort expands to `total_size` (24), otherwise it closes as
negative. At 24 it is positive with at least `total_min_benefit` (5) benefits, else negative.
Early stopping: the cohort is negative as soon as 5 of 24 can no longer be reached (benefits
+ pending + places left < 5), and positive as soon as 5 patients have benefit; a positive
cohort keeps enrolling to 24 (the state shows both facts).
An enrolment withdrawn before its week-16 evaluation, or whose confirmed outcome is "not
evaluable", is not evaluable and frees its place (the patient is replaced).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from mtb_desk.matching.engine import Availability


class CohortPhase(StrEnum):
    OPEN_STAGE1 = "open (stage 1)"
    AWAITING_STAGE1 = "awaiting stage-1 outcomes"
    EXPANDED = "expanded (stage 2)"
    AWAITING_STAGE2 = "awaiting stage-2 outcomes"
    POSITIVE = "positive"
    CLOSED_NEGATIVE = "closed: negative"
    SUSPENDED = "suspended"


@dataclass(frozen=True, slots=True)
class StageDesign:
    stage1_size: int = 8
    stage1_min_benefit: int = 1
    total_size: int = 24
    total_min_benefit: int = 5


@dataclass(frozen=True, slots=True)
class EnrolmentOutcome:
    """One enrolment, in enrolment order: withdrawn before evaluation, or benefit yes/no/None."""

    case_id: int | str
    benefit: bool | None = None  # None: week-16 outcome pending
    withdrawn: bool = False

    @property
    def evaluable(self) -> bool:
        return not (self.withdrawn and self.benefit is None)


@dataclass(frozen=True, slots=True)
class CohortState:
    phase: CohortPhase
    enrolled: int  # evaluable or pending, withdrawals before evaluation not counted
    withdrawn: int
    benefit: int
    no_benefit: int
    pending: int
    free_slots: int
    reason: str  # why no new patient is accepted; empty while accepting
    verdict: str = ""  # a result known early ("positive: 5 with benefit, enrolling to 24")

    @property
    def accepting(self) -> bool:
        return self.free_slots > 0

    def summary(self) -> str:
        counts = f"{self.benefit} with benefit, {self.no_benefit} without, {self.pending} pending"
        text = f"{self.phase.value}: {self.enrolled} enrolled ({counts}); {self.free_slots} free"
        return f"{text}; {self.verdict}" if self.verdict else text

    def availability(self) -> Availability:
        if self.accepting:
            places = f"{self.free_slots} place{'s' if self.free_slots != 1 else ''} left"
            verdict = f" ({self.verdict})" if self.verdict else ""
            return Availability(
                free_slots=self.free_slots, reason=f"{self.phase.value}{verdict}, {places}"
            )
        closed = self.phase in _FINISHED
        return Availability(closed=closed, free_slots=0, reason=self.reason)


_FINISHED = frozenset({CohortPhase.CLOSED_NEGATIVE, CohortPhase.POSITIVE, CohortPhase.SUSPENDED})


def cohort_state(
    enrolments: Sequence[EnrolmentOutcome],
    design: StageDesign = StageDesign(),
    *,
    suspended: bool = False,
) -> CohortState:
    active = [e for e in enrolments if e.evaluable]
    withdrawn = len(enrolments) - len(active)
    counts = _counts(active)

    def state(phase: CohortPhase, free: int, reason: str = "", verdict: str = "") -> CohortState:
        return CohortState(phase, len(active), withdrawn, *counts, max(free, 0), reason, verdict)

    if suspended:
        return state(CohortPhase.SUSPENDED, 0, "closed: cohort suspended by the trial")
    stage1 = _counts(active[: design.stage1_size])
    if stage1[0] < design.stage1_min_benefit:
        if len(active) < design.stage1_size:
            return state(CohortPhase.OPEN_STAGE1, design.stage1_size - len(active))
        return state(*_stage_end(stage1, design.stage1_size, design.stage1_min_benefit, 1))
    yes, _no, pending = _counts(active[: design.total_size])
    left = max(design.total_size - len(active), 0)
    if left and yes + pending + left < design.total_min_benefit:
        reason = (
            f"closed: negative: {design.total_min_benefit} of {design.total_size} with benefit "
            f"can no longer be reached ({yes} with benefit, {pending} pending, {left} places left)"
        )
        return state(CohortPhase.CLOSED_NEGATIVE, 0, reason)
    if len(active) < design.total_size:
        verdict = ""
        if yes >= design.total_min_benefit:
            verdict = (
                f"positive already: {yes} with benefit, {design.total_min_benefit} needed; "
                f"enrolling on to {design.total_size}"
            )
        return state(CohortPhase.EXPANDED, left, verdict=verdict)
    total = _counts(active[: design.total_size])
    return state(*_stage_end(total, design.total_size, design.total_min_benefit, 2))


def _counts(items: Sequence[EnrolmentOutcome]) -> tuple[int, int, int]:
    yes = sum(1 for e in items if e.benefit is True)
    no = sum(1 for e in items if e.benefit is False)
    return yes, no, len(items) - yes - no


def _stage_end(
    counts: tuple[int, int, int], size: int, needed: int, stage: int
) -> tuple[CohortPhase, int, str]:
    yes, _no, pending = counts
    tally = f"{yes} of {size} with benefit"
    if yes >= needed:
        return (
            CohortPhase.POSITIVE,
            0,
            f"cohort positive ({tally}); a larger expansion is a trial decision",
        )
    if yes + pending < needed:
        reason = f"closed: negative after stage {stage} ({tally}, {needed} needed)"
        return CohortPhase.CLOSED_NEGATIVE, 0, reason
    phase = CohortPhase.AWAITING_STAGE1 if stage == 1 else CohortPhase.AWAITING_STAGE2
    waiting = f"{pending} of {size} pending, {tally}"
    reason = f"full: waiting for week-16 outcomes of stage {stage} ({waiting})"
    return phase, 0, reason
