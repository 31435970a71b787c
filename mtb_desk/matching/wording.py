"""Plain words for why a finding leaf is not met or cannot be decided.

"BRAF K601E is present, but the cohort needs a change at V600" rather than "no such finding";
"needs copy number ≥ 6; the report gives only fold change 3.5" rather than "the report lacks
the data". Pure functions over leaves and findings; English only for now (one place to
translate later).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mtb_desk.domain.enums import SMALL_VARIANT_KINDS, FindingKind
from mtb_desk.matching.rules import (
    AmplificationLeaf,
    DeletionLeaf,
    ExonLeaf,
    FindingLeaf,
    FindingLike,
    FusionLeaf,
    OriginLeaf,
    PositionLeaf,
    ProteinLeaf,
)

NOT_FOUND = "not found in the reports"


def _text(finding: FindingLike) -> str:
    from mtb_desk.matching.evaluation import finding_text

    return finding_text(finding)


def _needs(leaf: FindingLeaf) -> str:
    if isinstance(leaf, ProteinLeaf):
        return f"{leaf.gene} {'/'.join(sorted(leaf.proteins))}"
    if isinstance(leaf, PositionLeaf):
        names = "/".join(f"{r}{p}" for r, p in sorted(leaf.positions, key=lambda x: x[1]))
        return f"a change at {names}"
    if isinstance(leaf, ExonLeaf):
        return f"an exon {leaf.number} {leaf.event}"
    if isinstance(leaf, FusionLeaf):
        return f"a fusion with {leaf.partner}" if leaf.partner else "a fusion"
    if isinstance(leaf, AmplificationLeaf):
        return _thresholds(leaf)
    return leaf.describe()


def _thresholds(leaf: AmplificationLeaf) -> str:
    limits = []
    if leaf.min_copy_number is not None:
        limits.append(f"copy number ≥ {leaf.min_copy_number:g}")
    if leaf.min_fold_change is not None:
        limits.append(f"fold change ≥ {leaf.min_fold_change:g}")
    return " or ".join(limits) or "an amplification"


def _same_kind(leaf: FindingLeaf, finding: FindingLike) -> bool:
    kind = finding.kind
    if isinstance(leaf, ProteinLeaf | PositionLeaf):
        return kind in SMALL_VARIANT_KINDS
    if isinstance(leaf, ExonLeaf):
        return kind in SMALL_VARIANT_KINDS or kind is FindingKind.SPLICE
    if isinstance(leaf, FusionLeaf):
        return kind is FindingKind.FUSION
    return kind is FindingKind.CNV and isinstance(leaf, AmplificationLeaf | DeletionLeaf)


def near_miss(leaf: FindingLeaf, by_gene: Mapping[str, Sequence[Any]]) -> str:
    """A finding of the same kind in the same gene that does not fit, in words; else
    `NOT_FOUND`."""
    if isinstance(leaf, OriginLeaf):
        other = [f for f in by_gene.get(leaf.gene or "", ()) if leaf.inner.test(f)]
        if other:
            found = _text(other[0]) + f" ({getattr(other[0], 'origin', None)})"
            return f"{found} is present, but the cohort needs a {leaf.origin} variant"
        return near_miss(leaf.inner, by_gene)
    gene = leaf.gene
    if gene is None:
        return NOT_FOUND
    close = [f for f in by_gene.get(gene, ()) if _same_kind(leaf, f)]
    if not close:
        return NOT_FOUND
    found = ", ".join(dict.fromkeys(_text(f) for f in close[:3]))
    verb = "is" if len(close) == 1 else "are"
    return f"{found} {verb} present, but the cohort needs {_needs(leaf)}"


def lacking_data(leaf: FindingLeaf, finding: FindingLike) -> str:
    """Why a finding cannot decide the leaf: which value the rule needs and what the report
    gives instead."""
    if isinstance(leaf, OriginLeaf):
        if getattr(finding, "origin", None) is None and leaf.inner.test(finding):
            return f"needs a {leaf.origin} variant; the report does not state the origin"
        return lacking_data(leaf.inner, finding)
    if isinstance(leaf, AmplificationLeaf):
        given = []
        if finding.copy_number is not None:
            given.append(f"copy number {finding.copy_number:g}")
        if finding.fold_change is not None:
            given.append(f"fold change {finding.fold_change:g}")
        gives = f"gives only {' and '.join(given)}" if given else "gives no copy number"
        return f"needs {_thresholds(leaf)}; the report {gives}"
    if isinstance(leaf, DeletionLeaf):
        return "needs a deletion call or copy number; the report gives neither"
    if isinstance(leaf, ExonLeaf):
        return f"needs the exon ({leaf.number}); the report gives no exon number"
    return "the report lacks the data to decide"
