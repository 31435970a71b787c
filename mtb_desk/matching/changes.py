"""Re-review: which cases' matches change between two catalogue versions (or cohort states)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mtb_desk.matching.engine import CohortSpec, Match, Matcher, MatchStatus
from mtb_desk.matching.evaluation import CaseInput
from mtb_desk.progress import NullProgress, Progress, check_cancelled
from mtb_desk.reference.oncotree import TumourTypeTree


@dataclass(frozen=True, slots=True)
class MatchChange:
    cohort: str
    before: MatchStatus | None  # None: no match before
    after: MatchStatus | None  # None: no match now
    reason: str  # the new match's reason, or the old one's when the match is gone

    def describe(self) -> str:
        old = self.before.value if self.before else "no match"
        new = self.after.value if self.after else "no match"
        return f"{self.cohort}: {old} → {new}"


@dataclass(frozen=True, slots=True)
class CaseChange:
    case_id: int | str | None
    changes: tuple[MatchChange, ...]


def compare_matches(before: Sequence[Match], after: Sequence[Match]) -> tuple[MatchChange, ...]:
    """Cohorts whose status or supporting findings differ between the two match lists."""
    old = {m.cohort: m for m in before}
    new = {m.cohort: m for m in after}
    changes = []
    for code in list(old) + [c for c in new if c not in old]:
        was, now = old.get(code), new.get(code)
        if was and now and (was.status, was.findings) == (now.status, now.findings):
            continue
        reason = now.reason if now else (was.reason if was else "")
        changes.append(
            MatchChange(code, was.status if was else None, now.status if now else None, reason)
        )
    return tuple(changes)


def changed_cases(
    old_cohorts: Sequence[CohortSpec],
    new_cohorts: Sequence[CohortSpec],
    cases: Iterable[CaseInput],
    tree: TumourTypeTree,
    progress: Progress | None = None,
) -> list[CaseChange]:
    """The cases whose matches differ under the new cohorts, with what changed."""
    progress = progress or NullProgress()
    old, new = Matcher(old_cohorts, tree), Matcher(new_cohorts, tree)
    found = []
    for count, case in enumerate(cases, start=1):
        changes = compare_matches(old.match(case), new.match(case))
        if changes:
            found.append(CaseChange(case.case_id, changes))
        if count % 1000 == 0:
            check_cancelled(progress)
            progress.update(count, None, "comparing catalogue versions")
    return found


def cohort_differences(old: Sequence[CohortSpec], new: Sequence[CohortSpec]) -> list[str]:
    """Plain-words list of cohorts added, removed or changed (rule, tumour types, drugs)."""
    before = {c.code: c for c in old}
    after = {c.code: c for c in new}
    lines = [f"new cohort {code}: {after[code].rule.describe()}" for code in after
             if code not in before]  # fmt: skip
    lines += [f"cohort {code} removed" for code in before if code not in after]
    for code in (c for c in after if c in before):
        was, now = before[code], after[code]
        if was.rule != now.rule:
            lines.append(f"cohort {code}: rule now {now.rule.describe()}")
        if was.tumour_types != now.tumour_types:
            lines.append(f"cohort {code}: tumour types changed")
        if was.drugs != now.drugs:
            lines.append(f"cohort {code}: drugs now {', '.join(now.drugs)}")
    return lines
