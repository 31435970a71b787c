"""Match cases against cohorts: pure, indexed by gene and kind, every match with its reason.

`Matcher(cohorts, tree)` compiles the cohorts once; `matcher.match(case)` lists the cohorts a
case matches (status and reason), `matcher.explain(case)` lists every cohort with each
criterion marked met / not met / not tested / unknown ("why not").

Statuses, in order of precedence: `excluded` (tumour type excluded, or a regimen within the
cohort's drugs is approved for this tumour type and alteration: see `labels.py`), `closed`,
`full`, `needs-annotation` (the rule is met only through findings not yet annotated),
`needs-confirmation` (an equivocal finding, or an on-label use that depends on a condition the
app does not record), `eligible`. Approved regimens outside the cohort for the same alteration
are listed with the match (`approved_alternatives`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mtb_desk.domain.enums import FindingKind
from mtb_desk.i18n.phrases import Listing, Phrase, phrase
from mtb_desk.matching.clauses import clause
from mtb_desk.matching.compiled import (
    NEEDS_CONFIRMATION,
    NOT_MET,
    NOT_TESTED,
    TRUTHS,
    CaseView,
    Predicate,
    compile_rule,
    is_simple,
    witness_evidence,
)
from mtb_desk.matching.evaluation import (
    CaseEvaluator,
    CaseInput,
    Clause,
    Evidence,
    MatchableFinding,
    Truth,
    group_findings,
)
from mtb_desk.matching.labels import Label, LabelUse, applies, split_labels
from mtb_desk.matching.reasons import (
    TumourClause,
    label_from_on_label,
    match_reasons,
    not_tested_reasons,
    tumour_clause,
)
from mtb_desk.matching.rules import KindLeaf, MsiLeaf, OriginLeaf, TmbLeaf, leaf_genes, leaves
from mtb_desk.matching.specs import (
    OPEN,
    Availability,
    CohortExplanation,
    CohortSpec,
    Criterion,
    Match,
    MatchStatus,
    NotTested,
    OnLabel,
    Reason,
    TumourTypes,
)
from mtb_desk.progress import NullProgress, Progress, check_cancelled
from mtb_desk.reference.oncotree import TumourTypeTree

__all__ = [
    "OPEN", "Availability", "CohortExplanation", "CohortSpec", "Criterion", "Label", "Match",
    "Matcher", "MatchStatus", "NotTested", "OnLabel", "Reason", "TumourClause", "TumourTypes",
    "match_cases", "tumour_clause",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Compiled:
    """Cohorts as bit masks (bit i: cohort i) by the genes and kinds that can touch them."""

    cohorts: tuple[CohortSpec, ...]
    predicates: tuple[Predicate, ...]
    by_gene: dict[str, int]
    by_kind: dict[FindingKind, int]
    genes: frozenset[str]  # every gene a rule or on-label indication reads
    kinds: frozenset[FindingKind]  # kinds read by gene-less leaves, TMB/MSI
    always: int  # rules met by a case without findings, TMB or MSI (e.g. 'no KRAS')
    tmb: int  # rules reading TMB
    msi: int  # rules reading MSI
    clauses: dict[int, Clause]  # each leaf's phrase by id(leaf); `cohorts` keeps them alive
    simple: int  # rules whose evidence the compiled predicate records (`witness_evidence`)
    own: tuple[tuple[Label, ...], ...]  # per cohort: approved regimens within its drugs
    alternatives: tuple[tuple[Label, ...], ...]  # per cohort: other regimens, same alteration


_Labels = tuple[tuple[Label, ...], ...]


def _split(cohorts: Sequence[CohortSpec], labels: Sequence[Label]) -> tuple[_Labels, _Labels]:
    """Per cohort: its own approved regimens (catalogue entries too) and the alternatives."""
    own, alternatives = [], []
    for cohort in cohorts:
        mine, other = split_labels(cohort.drugs, labels, cohort.rule)
        listed = tuple(label_from_on_label(cohort, i) for i in range(len(cohort.on_label)))
        own.append(listed + mine)
        alternatives.append(other)
    return tuple(own), tuple(alternatives)


def _label_reads(
    groups: _Labels,
    clauses: dict[int, Clause],
    genes: set[str],
    by_kind: dict[FindingKind, int],
) -> None:
    """Add what the labels' alterations read to the index (they need the findings grouped)."""
    for label in {id(x): x for group in groups for x in group}.values():
        if "HER2-negative" in label.conditions.confirm:
            genes.add("ERBB2")  # an ERBB2 amplification answers the condition (`labels.py`)
        for leaf in leaves(label.alteration) if label.alteration is not None else ():
            clauses[id(leaf)] = clause(leaf)
            genes.update(leaf_genes(leaf))
            if isinstance(leaf, KindLeaf | OriginLeaf) and leaf.gene is None:
                by_kind.update({k: by_kind.get(k, 0) for k in leaf.kinds})


def _compile(cohorts: Sequence[CohortSpec], labels: Sequence[Label] = ()) -> _Compiled:
    """Predicates and index. A cohort none of whose genes, kinds, TMB or MSI a case has is
    judged as for an empty case: it can match only if it is in `always`. (A panel only turns
    an absent gene's 'not met' into 'not tested', which never makes a rule met.)"""
    by_gene: dict[str, int] = {}
    by_kind: dict[FindingKind, int] = {}
    genes: set[str] = set()
    always = tmb = msi = simple = 0
    memo: dict[int, Predicate] = {}
    predicates = tuple(compile_rule(cohort.rule, memo) for cohort in cohorts)
    empty = CaseView(CaseInput(findings=(), diagnosis=""), {}, {})
    clauses: dict[int, Clause] = {}
    for index, cohort in enumerate(cohorts):
        bit = 1 << index
        for leaf in leaves(cohort.rule):
            clauses[id(leaf)] = clause(leaf)
            if isinstance(leaf, TmbLeaf):
                tmb |= bit
            elif isinstance(leaf, MsiLeaf):
                msi |= bit
            elif isinstance(leaf, KindLeaf | OriginLeaf) and leaf.gene is None:
                for kind in leaf.kinds:
                    by_kind[kind] = by_kind.get(kind, 0) | bit
            for gene in leaf_genes(leaf):
                by_gene[gene] = by_gene.get(gene, 0) | bit
        if predicates[index](empty) >= NEEDS_CONFIRMATION:  # a case without input may match
            always |= bit
        if is_simple(cohort.rule):
            simple |= bit
    own, alternatives = _split(cohorts, labels)
    _label_reads(own + alternatives, clauses, genes, by_kind)
    genes.update(by_gene)
    kinds = frozenset(by_kind) | {FindingKind.TMB, FindingKind.MSI}
    return _Compiled(
        tuple(cohorts), predicates, by_gene, by_kind, frozenset(genes), kinds, always, tmb, msi,
        clauses, simple, own, alternatives,
    )  # fmt: skip


_TUMOUR_CACHE_SIZE = 4096


class Matcher:
    """Cohorts compiled for matching many cases; holds no case state, so it can be shared.

    Each rule is compiled once into a predicate (`compiled.py`); a case's findings are grouped
    once by the genes and kinds the rules read, and only cohorts whose genes or kinds occur
    are tested. Reasons are built only for the cohorts that match. The tumour-type clause of
    every cohort is cached per diagnosis (the tree and cohorts never change).
    """

    def __init__(
        self,
        cohorts: Sequence[CohortSpec],
        tree: TumourTypeTree,
        *,
        indexed: bool = True,
        labels: Sequence[Label] = (),
    ) -> None:
        self.tree = tree
        self.indexed = indexed
        self.labels = tuple(labels)
        self._compiled = _compile(cohorts, self.labels)
        self._tumours: dict[str, tuple[TumourClause | None, ...]] = {}

    @property
    def cohorts(self) -> tuple[CohortSpec, ...]:
        return self._compiled.cohorts

    @property
    def reads(self) -> tuple[frozenset[str], frozenset[FindingKind]]:
        """The genes (either fusion end) and gene-less kinds the rules and on-label uses read:
        no other finding can change a match, so a caller may fetch only these."""
        return self._compiled.genes, self._compiled.kinds

    def match(self, case: CaseInput) -> tuple[Match, ...]:
        """The cohorts this case matches, in catalogue order."""
        if not self.indexed:
            return self._match_naive(case)
        view, mask = self._prepare(case)
        if not mask:
            return ()
        tumours = self._tumours.get(case.diagnosis) or self._tumour_clauses(case.diagnosis)
        compiled = self._compiled
        predicates, simple, clauses = compiled.predicates, compiled.simple, compiled.clauses
        found = []
        evaluator = None
        while mask:
            low = mask & -mask
            mask ^= low
            index = low.bit_length() - 1
            tumour = tumours[index]
            if tumour is None:
                continue
            if low & simple:
                view.witness_rank = NOT_MET
            rank = predicates[index](view)
            if rank < NEEDS_CONFIRMATION:  # met, or met only through uncertain findings
                continue
            evidence = witness_evidence(view, rank, clauses) if low & simple else None
            if evaluator is None:
                evaluator = CaseEvaluator(case, view.by_gene, view.by_kind, clauses)
            if evidence is None:
                evidence = evaluator.evidence(compiled.cohorts[index].rule)
            found.append(self._build(index, evaluator, evidence, tumour, TRUTHS[rank]))
        return tuple(found)

    def not_tested(self, case: CaseInput) -> tuple[NotTested, ...]:
        """Cohorts whose rule the case's assays could not test (tumour type fits), with why."""
        if not case.checks_coverage:
            return ()
        by_gene, by_kind = group_findings(case.findings)
        evaluator = CaseEvaluator(case, by_gene, by_kind, self._compiled.clauses)
        found = []
        view = CaseView(case, by_gene, by_kind)
        for index, cohort in enumerate(self._compiled.cohorts):
            if self._compiled.predicates[index](view) != NOT_TESTED:
                continue
            tumour = tumour_clause(cohort.tumour_types, case.diagnosis, self.tree)
            if tumour.truth is Truth.MET:
                why = not_tested_reasons(evaluator, cohort.rule)
                found.append(NotTested(cohort.code, cohort.drugs, tuple(why), cohort.source))
        return tuple(found)

    def explain(self, case: CaseInput) -> tuple[CohortExplanation, ...]:
        """Every cohort, matched or not, with each criterion marked."""
        by_gene, by_kind = group_findings(case.findings)
        evaluator = CaseEvaluator(case, by_gene, by_kind)
        from mtb_desk.matching.explain import explain_cohort

        return tuple(
            explain_cohort(
                cohort, evaluator, self.tree, self._judge(index, evaluator),
                self.label_uses(index, evaluator)[0],
            )
            for index, cohort in enumerate(self._compiled.cohorts)
        )  # fmt: skip

    def label_uses(
        self, index: int, evaluator: CaseEvaluator
    ) -> tuple[list[LabelUse], list[LabelUse]]:
        """The cohort's own on-label uses and the approved alternatives for this case."""
        mine, others = self._compiled.own[index], self._compiled.alternatives[index]
        if not mine and not others:
            return [], []
        own = [u for x in mine if (u := applies(x, evaluator, self.tree))]
        other = [u for x in others if (u := applies(x, evaluator, self.tree))]
        return own, other

    def _prepare(self, case: CaseInput) -> tuple[CaseView, int]:
        """The case's findings by the genes and kinds the rules read; the cohorts to test."""
        compiled = self._compiled
        wanted, kinds = compiled.genes, compiled.kinds
        by_gene: dict[str, list[MatchableFinding]] = {}
        by_kind: dict[FindingKind, list[MatchableFinding]] = {}
        for finding in case.findings:  # one plain loop: faster than set operations over maps
            gene = finding.gene
            if gene in wanted:
                if gene in by_gene:
                    by_gene[gene].append(finding)
                else:
                    by_gene[gene] = [finding]
            partner = finding.partner_gene
            if partner in wanted and partner != gene:
                if partner in by_gene:
                    by_gene[partner].append(finding)
                else:
                    by_gene[partner] = [finding]
            kind = finding.kind
            if kind in kinds:
                if kind in by_kind:
                    by_kind[kind].append(finding)
                else:
                    by_kind[kind] = [finding]
        return CaseView(case, by_gene, by_kind), self._candidates(case, by_gene, by_kind)

    def _candidates(
        self, case: CaseInput, by_gene: Mapping[str, object], by_kind: Mapping[FindingKind, object]
    ) -> int:
        """Bit mask of the cohorts whose rules read a gene or kind the case has."""
        compiled = self._compiled
        mask = compiled.always
        gene_masks = compiled.by_gene
        for gene in by_gene:
            mask |= gene_masks.get(gene, 0)
        for kind in by_kind:
            mask |= compiled.by_kind.get(kind, 0)
        if case.tmb is not None or FindingKind.TMB in by_kind:
            mask |= compiled.tmb
        if case.msi is not None:
            mask |= compiled.msi
        return mask

    def _tumour_clauses(self, diagnosis: str) -> tuple[TumourClause | None, ...]:
        """Each cohort's tumour-type clause for this diagnosis; None where it rules it out."""
        clauses = tuple(
            None if clause.truth is Truth.NOT_MET and not clause.excluded else clause
            for clause in (
                tumour_clause(c.tumour_types, diagnosis, self.tree) for c in self.cohorts
            )
        )
        if len(self._tumours) >= _TUMOUR_CACHE_SIZE:
            self._tumours.clear()
        self._tumours[diagnosis] = clauses
        return clauses

    def _match_naive(self, case: CaseInput) -> tuple[Match, ...]:
        """Reference implementation: every (cohort, finding) pair, no index."""
        found = []
        for index in range(len(self._compiled.cohorts)):
            by_gene, by_kind = group_findings(case.findings)
            match = self._judge(index, CaseEvaluator(case, by_gene, by_kind))
            if match is not None:
                found.append(match)
        return tuple(found)

    def _judge(self, index: int, evaluator: CaseEvaluator) -> Match | None:
        cohort = self._compiled.cohorts[index]
        truth = evaluator.truth(cohort.rule)
        if truth not in (Truth.MET, Truth.NEEDS_ANNOTATION, Truth.NEEDS_CONFIRMATION):
            return None
        tumour = tumour_clause(cohort.tumour_types, evaluator.case.diagnosis, self.tree)
        if tumour.truth is Truth.NOT_MET and not tumour.excluded:
            return None
        return self._build(index, evaluator, evaluator.evidence(cohort.rule), tumour, truth)

    def _build(
        self, index: int, evaluator: CaseEvaluator, evidence: list[Evidence],
        tumour: TumourClause, truth: Truth,
    ) -> Match:  # fmt: skip
        """The match of a cohort whose rule and tumour types hold, with its reason."""
        cohort = self._compiled.cohorts[index]
        own, other = self.label_uses(index, evaluator)
        status, wording, argument = _status(cohort, own, tumour, truth)
        reasons = _LazyReasons(evidence, tumour, wording, argument)  # built when first read
        ids = tuple(dict.fromkeys([e.finding.id for e in evidence if e.finding and not e.negated]))
        tiers = [t for e in evidence if e.finding is not None and not e.negated and (t := _tier(e))]
        return Match(
            cohort.code, cohort.drugs, status, reasons, ids[0] if ids else None, ids,
            cohort.source, approved_alternatives=tuple(u.phrase() for u in other),
            not_tested_because=tuple(not_tested_reasons(evaluator, cohort.rule))
            if evaluator.case.checks_coverage else (),
            tier=min(tiers, key=_TIER_ORDER.index) if tiers else None,
            free_slots=cohort.availability.free_slots,
        )  # fmt: skip


class _LazyReasons:
    """How to build a match's reasons when they are first read. One object holding references
    (no closures or partials): every match keeps it, and the cyclic collector walks each one
    while many cases are matched."""

    __slots__ = ("argument", "evidence", "tumour", "wording")

    def __init__(
        self, evidence: list[Evidence], tumour: TumourClause,
        wording: Callable[[Any], Phrase], argument: object,
    ) -> None:  # fmt: skip
        self.evidence, self.tumour = evidence, tumour
        self.wording, self.argument = wording, argument

    def __call__(self) -> tuple[Reason, ...]:
        return match_reasons(self.evidence, self.tumour, self.wording(self.argument))


_TIER_ORDER = ("I-A", "I-B", "I-C", "II-A", "II-B", "III-A", "III-B", "IV", "V", "X")


def _tier(evidence: Evidence) -> str | None:
    annotation = evidence.finding.annotation if evidence.finding is not None else None
    tier = getattr(annotation, "escat_tier", None)
    value = getattr(tier, "value", tier)
    return value if value in _TIER_ORDER else None


def _status(
    cohort: CohortSpec, own: list[LabelUse], tumour: TumourClause, truth: Truth
) -> tuple[MatchStatus, Callable[[Any], Phrase], Any]:
    """The status, and how to word it: `wording(argument)`, called only when the reason is
    read (module functions, not lambdas, so an unread match still pickles)."""
    if tumour.excluded:
        return MatchStatus.EXCLUDED, phrase, "status.excluded-tumour"
    if any(u.certain for u in own):
        return MatchStatus.EXCLUDED, _on_label, tuple(u for u in own if u.certain)
    availability = cohort.availability
    if availability.closed:
        return MatchStatus.CLOSED, _not_eligible, availability
    if not availability.accepting:
        return MatchStatus.FULL, _not_eligible, availability
    if truth is Truth.NEEDS_ANNOTATION:
        return MatchStatus.NEEDS_ANNOTATION, phrase, "status.annotate"
    if own:
        return MatchStatus.NEEDS_CONFIRMATION, _would_be_on_label, tuple(own)
    if truth is Truth.NEEDS_CONFIRMATION:
        return MatchStatus.NEEDS_CONFIRMATION, phrase, "status.equivocal"
    return MatchStatus.ELIGIBLE, _eligible, availability


def _uses(uses: tuple[LabelUse, ...]) -> Listing:
    return Listing(tuple(u.phrase() for u in uses), "semicolon")


def _on_label(uses: tuple[LabelUse, ...]) -> Phrase:
    return phrase("status.on-label", uses=_uses(uses))


def _would_be_on_label(uses: tuple[LabelUse, ...]) -> Phrase:
    return phrase("status.would-be-on-label", uses=_uses(uses))


def _not_eligible(availability: Availability) -> Phrase:
    return phrase("status.not-eligible", why=availability.phrase())


def _eligible(availability: Availability) -> Phrase:
    shown = availability.phrase()
    return shown if isinstance(shown, Phrase) else phrase("cohort.as-written", text=shown)


def match_cases(
    matcher: Matcher,
    cases: Iterable[CaseInput],
    progress: Progress | None = None,
    *,
    total: int | None = None,
    chunk: int = 1000,
) -> list[tuple[Match, ...]]:
    """Match many cases; reports progress and checks for cancellation every `chunk` cases."""
    progress = progress or NullProgress()
    results: list[tuple[Match, ...]] = []
    for count, case in enumerate(cases, start=1):
        results.append(matcher.match(case))
        if count % chunk == 0:
            check_cancelled(progress)
            progress.update(count, total, "matching cases")
    return results
