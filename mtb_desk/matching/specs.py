"""What matching reads and returns: cohorts with their state, matches and explanations.

Re-exported by `mtb_desk.matching.engine`, where callers import them from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mtb_desk.matching.evaluation import Truth
from mtb_desk.matching.rules import Rule


class MatchStatus(StrEnum):
    ELIGIBLE = "eligible"
    FULL = "full"
    CLOSED = "closed"
    EXCLUDED = "excluded"
    NEEDS_ANNOTATION = "needs-annotation"


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether a cohort takes patients now; `reason` says why not (or how many places)."""

    closed: bool = False
    free_slots: int | None = None  # None: no limit known
    reason: str = ""

    @property
    def accepting(self) -> bool:
        return not self.closed and (self.free_slots is None or self.free_slots > 0)

    def text(self) -> str:
        if self.reason:
            return self.reason
        if self.closed:
            return "cohort closed"
        if self.free_slots is None:
            return "cohort open"
        if self.free_slots <= 0:
            return "cohort full: no places left"
        return f"cohort open, {self.free_slots} place{'s' if self.free_slots != 1 else ''} left"


OPEN = Availability()


@dataclass(frozen=True, slots=True)
class TumourTypes:
    include: tuple[str, ...] = ()  # empty: every tumour type
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OnLabel:
    """An approved use of one drug: an alteration (None: any) in these tumour types."""

    drug: str
    tumour_types: tuple[str, ...]
    alteration: Rule | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class CohortSpec:
    code: str
    name: str
    drugs: tuple[str, ...]
    rule: Rule
    tumour_types: TumourTypes = TumourTypes()
    on_label: tuple[OnLabel, ...] = ()
    availability: Availability = OPEN
    source: str = "impress"  # or "ctml"
    notes: tuple[str, ...] = ()  # e.g. trial criteria that could not be mapped


@dataclass(frozen=True, slots=True)
class Match:
    cohort: str
    drugs: tuple[str, ...]
    status: MatchStatus
    reason: str
    finding: int | None  # the finding the match rests on (None for TMB/MSI-only rules)
    findings: tuple[int, ...] = ()
    source: str = "impress"

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "status": self.status.value,
            "reason": self.reason,
            "finding": self.finding,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Criterion:
    clause: str
    truth: Truth
    detail: str


@dataclass(frozen=True, slots=True)
class CohortExplanation:
    cohort: str
    drugs: tuple[str, ...]
    match: Match | None
    criteria: tuple[Criterion, ...]
    source: str = "impress"

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "source": self.source,
            "status": self.match.status.value if self.match else "no match",
            "reason": self.match.reason if self.match else "",
            "criteria": [
                {"clause": c.clause, "result": c.truth.value, "detail": c.detail}
                for c in self.criteria
            ],
        }
