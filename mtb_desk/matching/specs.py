"""What matching reads and returns: cohorts with their state, matches and explanations.

Re-exported by `mtb_desk.matching.engine`, where callers import them from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    NEEDS_CONFIRMATION = "needs-confirmation"


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
    approved_alternatives: tuple[str, ...] = ()  # approved regimens for the same alteration
    not_tested_because: tuple[str, ...] = ()  # parts of the rule the assays could not see
    tier: str | None = None  # best ESCAT tier of the findings the match rests on
    free_slots: int | None = None  # None: no limit known
    rank: int | None = None  # 1 = first to read; set by `ranked`

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "status": self.status.value,
            "reason": self.reason,
            "finding": self.finding,
            "source": self.source,
            "rank": self.rank,
            "approved_alternatives": list(self.approved_alternatives),
            "not_tested_because": list(self.not_tested_because),
            "escat_tier": self.tier,
        }


@dataclass(frozen=True, slots=True)
class NotTested:
    """A cohort whose rule the case's assays could not test; `because` names what to run."""

    cohort: str
    drugs: tuple[str, ...]
    because: tuple[str, ...]
    source: str = "impress"

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "status": "not-tested",
            "not_tested_because": list(self.because),
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


_STATUS_ORDER = {
    MatchStatus.ELIGIBLE: 0,
    MatchStatus.NEEDS_CONFIRMATION: 1,
    MatchStatus.NEEDS_ANNOTATION: 1,
    MatchStatus.FULL: 2,
    MatchStatus.CLOSED: 3,
    MatchStatus.EXCLUDED: 4,
}
_TIERS = ("I-A", "I-B", "I-C", "II-A", "II-B", "III-A", "III-B", "IV", "V", "X")


def ranked(matches: tuple[Match, ...] | list[Match]) -> tuple[Match, ...]:
    """Matches in reading order, `rank` set from 1: eligible first, then needs confirmation or
    annotation, then full/closed, then excluded; within that by ESCAT tier (best first; none
    last), then by places left (no known limit counts as most); ties keep catalogue order."""

    def key(match: Match) -> tuple[int, int, float]:
        tier = _TIERS.index(match.tier) if match.tier in _TIERS else len(_TIERS)
        slots = float("inf") if match.free_slots is None else match.free_slots
        return _STATUS_ORDER[match.status], tier, -slots

    ordered = sorted(matches, key=key)
    return tuple(replace(m, rank=i) for i, m in enumerate(ordered, start=1))
