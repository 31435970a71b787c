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

from mtb_desk.i18n.phrases import Phrase, Term, phrase, render
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
    why: Phrase | None  # why no new patient is accepted; None while accepting
    early: Phrase | None = None  # a result known early ("positive: 5 with benefit, …")

    @property
    def accepting(self) -> bool:
        return self.free_slots > 0

    @property
    def reason(self) -> str:
        """Why no new patient is accepted, in English; empty while accepting."""
        return "" if self.why is None else render(self.why)

    @property
    def verdict(self) -> str:
        return "" if self.early is None else render(self.early)

    def summary(self) -> str:
        """In English (the audit trail, ``--json``); `summary_phrase` for a reader."""
        return render(self.summary_phrase())

    def summary_phrase(self) -> Phrase:
        """ "open (stage 1): 2 enrolled (0 with benefit, 1 without, 1 pending); 6 free"."""
        text = phrase(
            "state.summary", phase=Term("cohort_phase", self.phase.value),
            enrolled=self.enrolled, benefit=self.benefit, no_benefit=self.no_benefit,
            pending=self.pending, free=self.free_slots,
        )  # fmt: skip
        if self.early is None:
            return text
        return phrase("state.summary-verdict", summary=text, verdict=self.early)

    def availability(self) -> Availability:
        if self.accepting:
            places = phrase("places.left", count=self.free_slots)
            phase = Term("cohort_phase", self.phase.value)
            reason = (
                phrase("state.accepting", phase=phase, places=places) if self.early is None
                else phrase("state.accepting-verdict", phase=phase, verdict=self.early,
                            places=places)
            )  # fmt: skip
            return Availability(free_slots=self.free_slots, reason=reason)
        closed = self.phase in _FINISHED
        return Availability(closed=closed, free_slots=0, reason=self.why or "")


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

    def state(
        phase: CohortPhase, free: int, reason: Phrase | None = None, verdict: Phrase | None = None
    ) -> CohortState:
        return CohortState(phase, len(active), withdrawn, *counts, max(free, 0), reason, verdict)

    if suspended:
        return state(CohortPhase.SUSPENDED, 0, phrase("state.suspended"))
    stage1 = _counts(active[: design.stage1_size])
    if stage1[0] < design.stage1_min_benefit:
        if len(active) < design.stage1_size:
            return state(CohortPhase.OPEN_STAGE1, design.stage1_size - len(active))
        return state(*_stage_end(stage1, design.stage1_size, design.stage1_min_benefit, 1))
    yes, _no, pending = _counts(active[: design.total_size])
    left = max(design.total_size - len(active), 0)
    if left and yes + pending + left < design.total_min_benefit:
        reason = phrase(
            "state.negative-early", needed=design.total_min_benefit, total=design.total_size,
            benefit=yes, pending=pending, left=left,
        )  # fmt: skip
        return state(CohortPhase.CLOSED_NEGATIVE, 0, reason)
    if len(active) < design.total_size:
        verdict = None
        if yes >= design.total_min_benefit:
            verdict = phrase("state.positive-early", benefit=yes,
                             needed=design.total_min_benefit, total=design.total_size)  # fmt: skip
        return state(CohortPhase.EXPANDED, left, verdict=verdict)
    total = _counts(active[: design.total_size])
    return state(*_stage_end(total, design.total_size, design.total_min_benefit, 2))


def _counts(items: Sequence[EnrolmentOutcome]) -> tuple[int, int, int]:
    yes = sum(1 for e in items if e.benefit is True)
    no = sum(1 for e in items if e.benefit is False)
    return yes, no, len(items) - yes - no


def _stage_end(
    counts: tuple[int, int, int], size: int, needed: int, stage: int
) -> tuple[CohortPhase, int, Phrase]:
    yes, _no, pending = counts
    if yes >= needed:
        return CohortPhase.POSITIVE, 0, phrase("state.positive", benefit=yes, size=size)
    if yes + pending < needed:
        reason = phrase("state.negative-after", stage=stage, benefit=yes, size=size,
                        needed=needed)  # fmt: skip
        return CohortPhase.CLOSED_NEGATIVE, 0, reason
    phase = CohortPhase.AWAITING_STAGE1 if stage == 1 else CohortPhase.AWAITING_STAGE2
    reason = phrase("state.awaiting", stage=stage, pending=pending, size=size, benefit=yes)
    return phase, 0, reason
