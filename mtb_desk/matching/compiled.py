"""Rules compiled once into closures: the fast truth path of matching.

`compile_rule(rule)` turns a rule tree into a predicate over a `CaseView` (one case's findings
grouped by gene and kind) that returns a truth *rank*: an int, so `all` is the minimum and
`any` the maximum of its children, with the same outcome as `CaseEvaluator.truth`. No
evidence, no reason text, no dataclass is built here; the engine asks `CaseEvaluator` for the
evidence only of the cohorts that match.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, FindingKind
from mtb_desk.matching.evaluation import CaseInput, MatchableFinding, Truth
from mtb_desk.matching.rules import (
    AllOf,
    AnyOf,
    FindingLeaf,
    FusionLeaf,
    MsiLeaf,
    NotRule,
    Rule,
    TmbLeaf,
    leaf_genes,
)

# Ranks in the order `all` lets an uncertain outcome win: NOT_MET < … < MET.
NOT_MET, NOT_TESTED, UNKNOWN, NEEDS_ANNOTATION, MET = range(5)
TRUTHS = (Truth.NOT_MET, Truth.NOT_TESTED, Truth.UNKNOWN, Truth.NEEDS_ANNOTATION, Truth.MET)
RANKS = {truth: rank for rank, truth in enumerate(TRUTHS)}


class CaseView:
    """One case prepared for compiled rules: findings by gene (both fusion ends) and kind."""

    __slots__ = ("by_gene", "by_kind", "case", "panel")

    def __init__(
        self,
        case: CaseInput,
        by_gene: Mapping[str, Sequence[MatchableFinding]],
        by_kind: Mapping[FindingKind, Sequence[MatchableFinding]],
    ) -> None:
        self.case = case
        self.by_gene = by_gene
        self.by_kind = by_kind
        self.panel = case.panel


Predicate = Callable[[CaseView], int]


def compile_rule(rule: Rule, memo: dict[int, Predicate] | None = None) -> Predicate:
    """The rule as a predicate; `memo` shares the compiled form of leaves used twice."""
    memo = {} if memo is None else memo
    key = id(rule)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _compile(rule, memo)
    return found


def _compile(rule: Rule, memo: dict[int, Predicate]) -> Predicate:
    if isinstance(rule, AllOf):
        return _all_of(tuple(compile_rule(c, memo) for c in rule.children))
    if isinstance(rule, AnyOf):
        return _any_of(tuple(compile_rule(c, memo) for c in rule.children))
    if isinstance(rule, NotRule):
        return _not(compile_rule(rule.child, memo))
    if isinstance(rule, TmbLeaf):
        return _tmb(rule)
    if isinstance(rule, MsiLeaf):
        return _msi(rule)
    return _finding_leaf(rule)


def _all_of(children: tuple[Predicate, ...]) -> Predicate:
    def all_of(view: CaseView) -> int:
        low = MET
        for child in children:
            rank = child(view)
            if rank < low:
                if rank == NOT_MET:
                    return NOT_MET
                low = rank
        return low

    return all_of


def _any_of(children: tuple[Predicate, ...]) -> Predicate:
    def any_of(view: CaseView) -> int:
        high = NOT_MET
        for child in children:
            rank = child(view)
            if rank > high:
                if rank == MET:
                    return MET
                high = rank
        return high

    return any_of


def _not(child: Predicate) -> Predicate:
    def negation(view: CaseView) -> int:
        rank = child(view)
        return MET - rank if rank in (MET, NOT_MET) else rank

    return negation


def _from_bool(value: bool | None) -> int:
    return UNKNOWN if value is None else (MET if value else NOT_MET)


def _tmb(leaf: TmbLeaf) -> Predicate:
    test = leaf.test_value

    def tmb(view: CaseView) -> int:
        value = view.case.tmb
        if value is None:
            found = (f.value for f in view.by_kind.get(FindingKind.TMB, ()) if f.value is not None)
            value = next(found, None)
        return _from_bool(test(value))

    return tmb


def _msi(leaf: MsiLeaf) -> Predicate:
    test = leaf.test_value

    def msi(view: CaseView) -> int:
        return _from_bool(test(view.case.msi))

    return msi


def _finding_leaf(leaf: FindingLeaf) -> Predicate:
    """Mirrors `CaseEvaluator._finding_truth`: the best-weighted finding the leaf accepts."""
    test, findings_for = leaf.test, _finding_source(leaf)
    absent = _absent(leaf)
    actionable = ACTIONABLE_ONCOGENICITY

    def finding_leaf(view: CaseView) -> int:
        pending = undecided = False
        for finding in findings_for(view):
            result = test(finding)
            if result is False:
                continue
            annotation = finding.annotation
            level = None if annotation is None else annotation.oncogenicity
            if level is None:
                if result is None:
                    undecided = True
                else:
                    pending = True
            elif level in actionable:
                if result is not None:
                    return MET
                undecided = True
        if pending:
            return NEEDS_ANNOTATION
        if undecided:
            return UNKNOWN
        return NOT_MET if view.panel is None else absent(view)

    return finding_leaf


def _finding_source(leaf: FindingLeaf) -> Callable[[CaseView], Sequence[MatchableFinding]]:
    """Mirrors `CaseEvaluator._findings_for`: the findings a leaf can accept."""
    gene = leaf.gene
    if gene is None:
        kinds = tuple(getattr(leaf, "kinds", ()))

        def by_kind(view: CaseView) -> Sequence[MatchableFinding]:
            return [f for kind in kinds for f in view.by_kind.get(kind, ())]

        return by_kind
    partner = leaf.partner if type(leaf) is FusionLeaf else None
    if partner:

        def fusion_ends(view: CaseView) -> Sequence[MatchableFinding]:
            return view.by_gene.get(gene, ()) or view.by_gene.get(partner, ())

        return fusion_ends

    def by_gene(view: CaseView) -> Sequence[MatchableFinding]:
        return view.by_gene.get(gene, ())

    return by_gene


def _absent(leaf: FindingLeaf) -> Predicate:
    """Mirrors `CaseEvaluator._absent` without an ignored finding: not tested or not met."""
    genes = leaf_genes(leaf)

    def absent(view: CaseView) -> int:
        panel = view.panel
        if panel is None or not genes or genes & panel:
            return NOT_MET
        for gene in genes:
            if any(gene in (f.gene, f.partner_gene) for f in view.by_gene.get(gene, ())):
                return NOT_MET
        return NOT_TESTED

    return absent
