"""Rules compiled once into closures: the fast truth path of matching.

`compile_rule(rule)` turns a rule tree into a predicate over a `CaseView` (one case's findings
grouped by gene and kind) that returns a truth *rank*: an int, so `all` is the minimum and
`any` the maximum of its children, with the same outcome as `CaseEvaluator.truth`. No text or
dataclass is built while a rule is evaluated. A finding leaf notes on the view the finding
that decided it, so for a leaf or an `any` of leaves `witness_evidence` gives what
`CaseEvaluator.evidence` would; the engine asks `CaseEvaluator` for the evidence of other
rules, and only for cohorts that match.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, FindingKind
from mtb_desk.matching.clauses import clause as clause_of
from mtb_desk.matching.coverage import leaf_needs
from mtb_desk.matching.evaluation import (
    EQUIVOCAL_NOTE,
    NOT_ANNOTATED_NOTE,
    CaseInput,
    Clause,
    Evidence,
    MatchableFinding,
    Truth,
    untested_reason,
)
from mtb_desk.matching.rules import (
    AllOf,
    AnyOf,
    FindingLeaf,
    FusionLeaf,
    MsiLeaf,
    NotRule,
    Rule,
    TmbLeaf,
)

# Ranks in the order `all` lets an uncertain outcome win: NOT_MET < … < MET.
NOT_MET, NOT_TESTED, UNKNOWN, NEEDS_CONFIRMATION, NEEDS_ANNOTATION, MET = range(6)
TRUTHS = (
    Truth.NOT_MET, Truth.NOT_TESTED, Truth.UNKNOWN, Truth.NEEDS_CONFIRMATION,
    Truth.NEEDS_ANNOTATION, Truth.MET,
)  # fmt: skip
RANKS = {truth: rank for rank, truth in enumerate(TRUTHS)}


class CaseView:
    """One case prepared for compiled rules: findings by gene (both fusion ends) and kind."""

    __slots__ = ("by_gene", "by_kind", "case", "panel", "witness", "witness_leaf", "witness_rank")

    def __init__(
        self,
        case: CaseInput,
        by_gene: Mapping[str, Sequence[MatchableFinding]],
        by_kind: Mapping[FindingKind, Sequence[MatchableFinding]],
    ) -> None:
        self.case = case
        self.by_gene = by_gene
        self.by_kind = by_kind
        self.panel = case.checks_coverage  # False: nothing can be "not tested"
        # the finding that decided the last leaf met (or first that would be), and that leaf
        self.witness: MatchableFinding | None = None
        self.witness_leaf: FindingLeaf | None = None
        self.witness_rank = NOT_MET


def is_simple(rule: Rule) -> bool:
    """A finding leaf or an `any` of leaves: `witness_evidence` can tell why it holds."""
    if isinstance(rule, AnyOf):
        return all(not isinstance(c, AllOf | AnyOf | NotRule) for c in rule.children)
    return not isinstance(rule, AllOf | NotRule | TmbLeaf | MsiLeaf)


def witness_evidence(
    view: CaseView, rank: int, clauses: Mapping[int, Clause]
) -> list[Evidence] | None:
    """The evidence `CaseEvaluator.evidence` gives a simple rule that just held with `rank`
    (reset `witness_rank` to NOT_MET before evaluating it); None when a case leaf decided."""
    leaf, finding = view.witness_leaf, view.witness
    if view.witness_rank != rank or leaf is None or finding is None:
        return None
    clause = clauses.get(id(leaf)) or clause_of(leaf)
    if rank == MET:
        return [Evidence(clause, Truth.MET, finding)]
    if rank == NEEDS_CONFIRMATION:
        return [Evidence(clause, Truth.NEEDS_CONFIRMATION, finding, EQUIVOCAL_NOTE)]
    return [Evidence(clause, Truth.NEEDS_ANNOTATION, finding, NOT_ANNOTATED_NOTE)]


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
    if len(children) == 2:
        first, second = children

        def all_of_two(view: CaseView) -> int:
            rank = first(view)
            if rank == NOT_MET:
                return NOT_MET
            other = second(view)
            return rank if rank < other else other

        return all_of_two

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
    if len(children) == 2:
        first, second = children

        def any_of_two(view: CaseView) -> int:
            rank = first(view)
            if rank == MET:
                return MET
            other = second(view)
            return rank if rank > other else other

        return any_of_two

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

    needs = leaf_needs(leaf)

    def tmb(view: CaseView) -> int:
        value = view.case.tmb
        if value is None:
            found = (f.value for f in view.by_kind.get(FindingKind.TMB, ()) if f.value is not None)
            value = next(found, None)
        return _case_rank(view, test(value), needs)

    return tmb


def _msi(leaf: MsiLeaf) -> Predicate:
    test = leaf.test_value

    needs = leaf_needs(leaf)

    def msi(view: CaseView) -> int:
        return _case_rank(view, test(view.case.msi), needs)

    return msi


def _case_rank(view: CaseView, value: bool | None, needs: tuple[object, ...]) -> int:
    if value is not None:
        return MET if value else NOT_MET
    coverage = view.case.coverage
    if coverage is not None and coverage.untested(needs, ()):  # type: ignore[arg-type]
        return NOT_TESTED
    return UNKNOWN


def _finding_leaf(leaf: FindingLeaf) -> Predicate:
    """Mirrors `CaseEvaluator._finding_truth`; records the deciding finding (`witness`)."""
    absent, scan = _absent(leaf), _scanner(leaf)
    gene = leaf.gene
    if gene is not None and not (type(leaf) is FusionLeaf and leaf.partner):

        def gene_leaf(view: CaseView) -> int:  # the common case, without a findings_for call
            findings = view.by_gene.get(gene)
            if findings:
                rank = scan(view, findings)
                if rank != NOT_MET:
                    return rank
            return absent(view) if view.panel else NOT_MET

        return gene_leaf
    findings_for = _finding_source(leaf)

    def finding_leaf(view: CaseView) -> int:
        findings = findings_for(view)
        if findings:
            rank = scan(view, findings)
            if rank != NOT_MET:
                return rank
        return absent(view) if view.panel else NOT_MET

    return finding_leaf


def _scanner(leaf: FindingLeaf) -> Callable[[CaseView, Sequence[MatchableFinding]], int]:
    """The best outcome over the findings (not met when none counts), as `_finding_leaf` has it:
    the first actionable finding meets the leaf, else the first unannotated one would."""
    test, actionable = leaf.test, ACTIONABLE_ONCOGENICITY

    def scan(view: CaseView, findings: Sequence[MatchableFinding]) -> int:
        pending = confirm = None
        undecided = False
        for finding in findings:
            result = test(finding)
            if result is False:
                continue
            annotation = finding.annotation
            level = None if annotation is None else annotation.oncogenicity
            if level is not None and level not in actionable:
                continue
            if result is None:
                undecided = True
            elif finding.equivocal:
                confirm = confirm or finding
            elif level is None:
                pending = pending or finding
            else:
                view.witness, view.witness_leaf, view.witness_rank = finding, leaf, MET
                return MET
        if pending is not None:
            _witness(view, pending, NEEDS_ANNOTATION)
            return NEEDS_ANNOTATION
        if confirm is not None:
            _witness(view, confirm, NEEDS_CONFIRMATION)
            return NEEDS_CONFIRMATION
        return UNKNOWN if undecided else NOT_MET

    def _witness(view: CaseView, finding: MatchableFinding, rank: int) -> None:
        if view.witness_rank < rank:  # the first leaf with the best outcome decides
            view.witness, view.witness_leaf, view.witness_rank = finding, leaf, rank

    return scan


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

    def absent(view: CaseView) -> int:
        untested = untested_reason(leaf, view.case, view.by_gene, view.by_kind)
        return NOT_MET if untested is None else NOT_TESTED

    return absent
