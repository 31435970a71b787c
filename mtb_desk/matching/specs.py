"""What matching reads and returns: cohorts with their state, matches and explanations.

Re-exported by `mtb_desk.matching.engine`, where callers import them from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mtb_desk.i18n.phrases import Listing, Phrase, Value, phrase, render, to_data
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
    reason: Value = ""  # a phrase; a plain string is shown as written

    @property
    def accepting(self) -> bool:
        return not self.closed and (self.free_slots is None or self.free_slots > 0)

    def phrase(self) -> Value:
        if self.reason:
            return self.reason
        if self.closed:
            return phrase("cohort.closed")
        if self.free_slots is None:
            return phrase("cohort.open")
        if self.free_slots <= 0:
            return phrase("cohort.full")
        return phrase("cohort.places", count=self.free_slots)

    def text(self, lang: str = "en") -> str:
        return render(self.phrase(), lang)


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
class Reason:
    """One part of why a cohort matches: `part` is "criterion" (a deciding leaf of the rule,
    with its finding and values), "tumour-type" or "status"; `outcome` the leaf's truth."""

    part: str
    phrase: Phrase
    outcome: Truth | None = None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        data = to_data(self.phrase)
        return {
            "part": self.part, "code": data["code"], "parameters": data["parameters"],
            "outcome": self.outcome.value if self.outcome is not None else None,
            "text": render(self.phrase, lang),
        }  # fmt: skip


def reasons_text(reasons: tuple[Reason, ...], lang: str = "en") -> str:
    """The parts of a reason as one line in `lang` ("…; …; …")."""
    return render(Listing(tuple(r.phrase for r in reasons), "semicolon"), lang)


def texts(phrases: tuple[Phrase, ...], lang: str = "en") -> list[str]:
    return [render(p, lang) for p in phrases]


ReasonsSource = tuple[Reason, ...] | Callable[[], tuple[Reason, ...]]


@dataclass(frozen=True, slots=True, eq=False)
class Match:
    """A cohort a case matches. The reasons are built on first use (`reasons`): matching many
    cases builds the phrases only for the matches someone reads. Equality and hashing compare
    the reasons as built, like every other field."""

    cohort: str
    drugs: tuple[str, ...]
    status: MatchStatus
    reasons_source: ReasonsSource = field(repr=False)  # the reasons, or how to build them
    finding: int | None  # the finding the match rests on (None for TMB/MSI-only rules)
    findings: tuple[int, ...] = ()
    source: str = "impress"
    approved_alternatives: tuple[Phrase, ...] = ()  # approved regimens, same alteration
    not_tested_because: tuple[Phrase, ...] = ()  # parts of the rule the assays could not see
    tier: str | None = None  # best ESCAT tier of the findings the match rests on
    free_slots: int | None = None  # None: no limit known
    rank: int | None = None  # 1 = first to read; set by `ranked`

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The parts of the reason, built once on first use."""
        source = self.reasons_source
        if callable(source):
            source = source()
            object.__setattr__(self, "reasons_source", source)
        return source

    def _key(self) -> tuple[Any, ...]:
        return (
            self.cohort, self.drugs, self.status, self.reasons, self.finding, self.findings,
            self.source, self.approved_alternatives, self.not_tested_because, self.tier,
            self.free_slots, self.rank,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Match)
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Match(cohort={self.cohort!r}, drugs={self.drugs!r}, status={self.status!r}, "
            f"reasons={self.reasons!r}, finding={self.finding!r}, findings={self.findings!r}, "
            f"source={self.source!r}, approved_alternatives={self.approved_alternatives!r}, "
            f"not_tested_because={self.not_tested_because!r}, tier={self.tier!r}, "
            f"free_slots={self.free_slots!r}, rank={self.rank!r})"
        )

    @property
    def reason(self) -> str:
        """The reason in English (logs, JSON's "reason"); `reason_in(lang)` for readers."""
        return reasons_text(self.reasons)

    def reason_in(self, lang: str) -> str:
        return reasons_text(self.reasons, lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "status": self.status.value,
            "reason": self.reason,
            "reasons": [r.to_dict() for r in self.reasons],
            "finding": self.finding,
            "source": self.source,
            "rank": self.rank,
            "approved_alternatives": texts(self.approved_alternatives),
            "not_tested_because": texts(self.not_tested_because),
            "escat_tier": self.tier,
        }


@dataclass(frozen=True, slots=True)
class NotTested:
    """A cohort whose rule the case's assays could not test; `because` names what to run."""

    cohort: str
    drugs: tuple[str, ...]
    because: tuple[Phrase, ...]
    source: str = "impress"

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "drugs": list(self.drugs),
            "status": "not-tested",
            "not_tested_because": texts(self.because),
            "reasons": [to_data(p) for p in self.because],
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Criterion:
    """One criterion of a cohort for "why not": what it asks, its outcome, and why."""

    clause: Value
    truth: Truth
    detail: Value

    def to_dict(self) -> dict[str, Any]:
        return {
            "clause": render(self.clause), "result": self.truth.value,
            "detail": render(self.detail),
            "reason": {"clause": to_data(self.clause), "detail": to_data(self.detail)},
        }  # fmt: skip


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
            "criteria": [c.to_dict() for c in self.criteria],
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
