"""Plain words for why a finding leaf is not met or cannot be decided.

"BRAF K601E is present, but the cohort needs a change at V600" rather than "no such finding";
"needs copy number ≥ 6; the report gives only fold change 3.5" rather than "the report lacks
the data". Pure functions over leaves and findings, returning phrases (`i18n.phrases`) that
each reader renders in their own language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mtb_desk.domain.enums import SMALL_VARIANT_KINDS, FindingKind
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase
from mtb_desk.matching.clauses import clause, limits, positions
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

NOT_FOUND = phrase("near.not-found")


def _text(finding: FindingLike) -> Phrase:
    from mtb_desk.matching.evaluation import finding_text

    return finding_text(finding)


def _needs(leaf: FindingLeaf) -> Value:
    if isinstance(leaf, ProteinLeaf):
        return clause(leaf)
    if isinstance(leaf, PositionLeaf):
        return phrase("needs.position", positions=positions(leaf))
    if isinstance(leaf, ExonLeaf):
        return phrase("needs.exon", number=leaf.number, event=Term("exon_event", leaf.event))
    if isinstance(leaf, FusionLeaf):
        if leaf.partner:
            return phrase("needs.fusion-with", partner=leaf.partner)
        return phrase("needs.fusion")
    if isinstance(leaf, AmplificationLeaf):
        return _thresholds(leaf)
    return clause(leaf)


def _thresholds(leaf: AmplificationLeaf) -> Value:
    return limits(leaf) or phrase("needs.amplification")


def _same_kind(leaf: FindingLeaf, finding: FindingLike) -> bool:
    kind = finding.kind
    if isinstance(leaf, ProteinLeaf | PositionLeaf):
        return kind in SMALL_VARIANT_KINDS
    if isinstance(leaf, ExonLeaf):
        return kind in SMALL_VARIANT_KINDS or kind is FindingKind.SPLICE
    if isinstance(leaf, FusionLeaf):
        return kind is FindingKind.FUSION
    return kind is FindingKind.CNV and isinstance(leaf, AmplificationLeaf | DeletionLeaf)


def near_miss(leaf: FindingLeaf, by_gene: Mapping[str, Sequence[Any]]) -> Phrase:
    """A finding of the same kind in the same gene that does not fit, in words; else
    `NOT_FOUND`."""
    if isinstance(leaf, OriginLeaf):
        other = [f for f in by_gene.get(leaf.gene or "", ()) if leaf.inner.test(f)]
        if other:
            origin = getattr(other[0], "origin", None)
            found = phrase("finding.with-origin", finding=_text(other[0]),
                           origin=Term("origin", origin) if origin else "?")  # fmt: skip
            return phrase("near.origin", found=found, origin=Term("origin", leaf.origin))
        return near_miss(leaf.inner, by_gene)
    gene = leaf.gene
    if gene is None:
        return NOT_FOUND
    close = [f for f in by_gene.get(gene, ()) if _same_kind(leaf, f)]
    if not close:
        return NOT_FOUND
    shown = tuple(dict.fromkeys(_text(f) for f in close[:3]))
    return phrase("near.present", found=Listing(shown), needs=_needs(leaf), count=len(close))


def lacking_data(leaf: FindingLeaf, finding: FindingLike) -> Phrase:
    """Why a finding cannot decide the leaf: which value the rule needs and what the report
    gives instead."""
    if isinstance(leaf, OriginLeaf):
        if getattr(finding, "origin", None) is None and leaf.inner.test(finding):
            return phrase("lacking.origin", origin=Term("origin", leaf.origin))
        return lacking_data(leaf.inner, finding)
    if isinstance(leaf, AmplificationLeaf):
        given: list[Value] = []
        if finding.copy_number is not None:
            given.append(phrase("size.copy-number", value=float(finding.copy_number)))
        if finding.fold_change is not None:
            given.append(phrase("size.fold-change", value=float(finding.fold_change)))
        if given:
            return phrase("lacking.amplification", needs=_thresholds(leaf),
                          given=Listing(tuple(given), "and"))  # fmt: skip
        return phrase("lacking.amplification-none", needs=_thresholds(leaf))
    if isinstance(leaf, DeletionLeaf):
        return phrase("lacking.deletion")
    if isinstance(leaf, ExonLeaf):
        return phrase("lacking.exon", number=leaf.number)
    return phrase("lacking.data")
