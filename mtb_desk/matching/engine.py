"""Match cases against cohorts: pure, indexed by gene and kind, every match with its reason.

`Matcher(cohorts, tree)` compiles the cohorts once; `matcher.match(case)` lists the cohorts a
case matches (status and reason), `matcher.explain(case)` lists every cohort with each
criterion marked met / not met / not tested / unknown ("why not").

Statuses, in order of precedence: `excluded` (tumour type excluded, or every drug of the
cohort is on-label for this tumour type and alteration), `closed`, `full`, `needs-annotation`
(the rule is met only through findings not yet annotated), `eligible`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import Any

from mtb_desk.domain.enums import FindingKind
from mtb_desk.matching.evaluation import (
    CaseEvaluator,
    CaseInput,
    Evidence,
    MatchableFinding,
    Truth,
    finding_label,
    group_findings,
)
from mtb_desk.matching.rules import (
    KindLeaf,
    MsiLeaf,
    Rule,
    TmbLeaf,
    leaf_genes,
    leaves,
)
from mtb_desk.progress import NullProgress, Progress, check_cancelled
from mtb_desk.reference.oncotree import ROOT_CODE, TumourTypeTree


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


@dataclass
class _Compiled:
    cohorts: tuple[CohortSpec, ...]
    by_gene: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_kind: dict[FindingKind, tuple[int, ...]] = field(default_factory=dict)
    genes: frozenset[str] = frozenset()  # every gene a rule or on-label indication reads
    kinds: frozenset[FindingKind] = frozenset()  # kinds read by gene-less leaves, TMB/MSI
    always: tuple[int, ...] = ()  # rules that can hold without any finding
    biomarker: tuple[int, ...] = ()  # rules reading TMB or MSI


def _compile(cohorts: Sequence[CohortSpec]) -> _Compiled:
    by_gene: dict[str, set[int]] = {}
    by_kind: dict[FindingKind, set[int]] = {}
    genes: set[str] = set()
    always: list[int] = []
    biomarker: list[int] = []
    for index, cohort in enumerate(cohorts):
        for leaf in leaves(cohort.rule):
            if isinstance(leaf, TmbLeaf | MsiLeaf):
                biomarker.append(index)
            elif isinstance(leaf, KindLeaf) and leaf.gene is None:
                for kind in leaf.kinds:
                    by_kind.setdefault(kind, set()).add(index)
            for gene in leaf_genes(leaf):
                by_gene.setdefault(gene, set()).add(index)
        if _holds_without_findings(cohort.rule):
            always.append(index)
        for label in cohort.on_label:
            if label.alteration is not None:
                genes.update(g for leaf in leaves(label.alteration) for g in leaf_genes(leaf))
    genes.update(by_gene)
    return _Compiled(
        cohorts=tuple(cohorts),
        by_gene={g: tuple(sorted(i)) for g, i in by_gene.items()},
        by_kind={k: tuple(sorted(i)) for k, i in by_kind.items()},
        genes=frozenset(genes),
        kinds=frozenset(by_kind) | {FindingKind.TMB, FindingKind.MSI},
        always=tuple(always),
        biomarker=tuple(sorted(set(biomarker))),
    )


def _holds_without_findings(rule: Rule) -> bool:
    empty = CaseInput(findings=(), diagnosis="")
    return CaseEvaluator(empty, {}, {}).truth(rule) is not Truth.NOT_MET


_GENE = attrgetter("gene")
_PARTNER = attrgetter("partner_gene")
_KIND = attrgetter("kind")


class Matcher:
    """Cohorts compiled for matching many cases; holds no case state, so it can be shared."""

    def __init__(
        self, cohorts: Sequence[CohortSpec], tree: TumourTypeTree, *, indexed: bool = True
    ) -> None:
        self.tree = tree
        self.indexed = indexed
        self._compiled = _compile(cohorts)

    @property
    def cohorts(self) -> tuple[CohortSpec, ...]:
        return self._compiled.cohorts

    def match(self, case: CaseInput) -> tuple[Match, ...]:
        """The cohorts this case matches, in catalogue order."""
        if not self.indexed:
            return self._match_naive(case)
        evaluator, candidates = self._prepare(case)
        found = []
        for index in candidates:
            match = self._judge(self._compiled.cohorts[index], evaluator)
            if match is not None:
                found.append(match)
        return tuple(found)

    def explain(self, case: CaseInput) -> tuple[CohortExplanation, ...]:
        """Every cohort, matched or not, with each criterion marked."""
        by_gene, by_kind = group_findings(case.findings)
        evaluator = CaseEvaluator(case, by_gene, by_kind)
        from mtb_desk.matching.explain import explain_cohort

        return tuple(
            explain_cohort(cohort, evaluator, self.tree, self._judge(cohort, evaluator))
            for cohort in self._compiled.cohorts
        )

    def _prepare(self, case: CaseInput) -> tuple[CaseEvaluator, list[int]]:
        compiled = self._compiled
        findings = case.findings
        wanted = compiled.genes
        hit: set[str] = set(wanted.intersection(map(_GENE, findings)))
        partners = set(map(_PARTNER, findings))
        partners.discard(None)
        if partners:
            hit.update(wanted.intersection(partners))
        by_gene: dict[str, list[MatchableFinding]] = {}
        for finding in findings if hit else ():
            gene, partner = finding.gene, finding.partner_gene
            if gene in hit:
                by_gene.setdefault(gene, []).append(finding)
            if partner in hit and partner != gene:
                by_gene.setdefault(partner, []).append(finding)
        kinds = compiled.kinds.intersection(map(_KIND, findings))
        by_kind: dict[FindingKind, list[MatchableFinding]] = {}
        for finding in findings if kinds else ():
            if finding.kind in kinds:
                by_kind.setdefault(finding.kind, []).append(finding)
        touched: set[int] = set(compiled.always)
        for gene in hit:
            touched.update(compiled.by_gene.get(gene, ()))
        for kind in kinds:
            touched.update(compiled.by_kind.get(kind, ()))
        if case.tmb is not None or case.msi is not None or FindingKind.TMB in by_kind:
            touched.update(compiled.biomarker)
        return CaseEvaluator(case, by_gene, by_kind), sorted(touched)

    def _match_naive(self, case: CaseInput) -> tuple[Match, ...]:
        """Reference implementation: every (cohort, finding) pair, no index."""
        found = []
        for cohort in self._compiled.cohorts:
            by_gene, by_kind = group_findings(case.findings)
            match = self._judge(cohort, CaseEvaluator(case, by_gene, by_kind))
            if match is not None:
                found.append(match)
        return tuple(found)

    def _judge(self, cohort: CohortSpec, evaluator: CaseEvaluator) -> Match | None:
        truth = evaluator.truth(cohort.rule)
        if truth not in (Truth.MET, Truth.NEEDS_ANNOTATION):
            return None
        tumour = tumour_clause(cohort.tumour_types, evaluator.case.diagnosis, self.tree)
        if tumour.truth is Truth.NOT_MET and not tumour.excluded:
            return None
        evidence = evaluator.evidence(cohort.rule)
        status, status_text = self._status(cohort, evaluator, tumour, truth)
        reason = "; ".join(
            part for part in (_evidence_text(evidence), tumour.text, status_text) if part
        )
        ids = tuple(
            dict.fromkeys(e.finding.id for e in evidence if e.finding and not e.negated)
        )
        return Match(
            cohort.code, cohort.drugs, status, reason, ids[0] if ids else None, ids, cohort.source
        )

    def _status(
        self, cohort: CohortSpec, evaluator: CaseEvaluator, tumour: TumourClause, truth: Truth
    ) -> tuple[MatchStatus, str]:
        if tumour.excluded:
            return MatchStatus.EXCLUDED, "excluded tumour type"
        on_label = on_label_uses(cohort, evaluator, self.tree)
        if on_label:
            return MatchStatus.EXCLUDED, "excluded: on-label use: " + "; ".join(on_label)
        availability = cohort.availability
        if availability.closed:
            return MatchStatus.CLOSED, f"not eligible: {availability.text()}"
        if not availability.accepting:
            return MatchStatus.FULL, f"not eligible: {availability.text()}"
        if truth is Truth.NEEDS_ANNOTATION:
            return MatchStatus.NEEDS_ANNOTATION, "annotate the finding to confirm the match"
        return MatchStatus.ELIGIBLE, availability.text()


@dataclass(frozen=True, slots=True)
class TumourClause:
    truth: Truth
    text: str
    excluded: bool = False


def tumour_clause(types: TumourTypes, diagnosis: str, tree: TumourTypeTree) -> TumourClause:
    """Whether the diagnosis falls under the included codes and outside the excluded ones."""
    resolved = tree.resolve(diagnosis)
    code = resolved.code
    shown = tree.describe(code) if code else diagnosis
    note = f" ({resolved.note})" if resolved.note and code else ""
    if code is None:
        return TumourClause(Truth.UNKNOWN, f"diagnosis {diagnosis} is not a known OncoTree code")
    for excluded in types.exclude:
        if tree.covers(excluded, code):
            return TumourClause(
                Truth.NOT_MET, f"diagnosis {shown}{note} is within excluded {excluded}", True
            )
    if not types.include or ROOT_CODE in types.include:
        return TumourClause(Truth.MET, f"diagnosis {shown}{note}: any tumour type")
    for included in types.include:
        if tree.covers(included, code):
            return TumourClause(Truth.MET, f"diagnosis {shown}{note} is within {included}")
    wanted = ", ".join(types.include)
    return TumourClause(Truth.NOT_MET, f"diagnosis {shown}{note} is not within {wanted}")


def on_label_uses(cohort: CohortSpec, evaluator: CaseEvaluator, tree: TumourTypeTree) -> list[str]:
    """Texts of on-label uses when every drug of the cohort is on-label for this case."""
    diagnosis = tree.resolve(evaluator.case.diagnosis).code
    if diagnosis is None or not cohort.drugs:
        return []
    uses: dict[str, str] = {}
    for label in cohort.on_label:
        if label.drug in uses or label.drug not in cohort.drugs:
            continue
        code = next((c for c in label.tumour_types if tree.covers(c, diagnosis)), None)
        if code is None:
            continue
        if label.alteration is None or evaluator.truth(label.alteration) is Truth.MET:
            what = label.alteration.describe() if label.alteration else "this tumour type"
            extra = f" ({label.note})" if label.note else ""
            uses[label.drug] = f"{label.drug} is approved for {what} in {code}{extra}"
    if set(uses) != set(cohort.drugs):
        return []
    return [uses[d] for d in cohort.drugs]


def _evidence_text(evidence: Iterable[Evidence]) -> str:
    parts = []
    for item in evidence:
        if item.negated or item.finding is None:
            about = f"{finding_label(item.finding)}: " if item.finding is not None else ""
            parts.append(f"'{item.clause}' holds ({about}{item.note})")
        else:
            verb = "would meet" if item.truth is Truth.NEEDS_ANNOTATION else "meets"
            tail = " but is not annotated yet" if item.truth is Truth.NEEDS_ANNOTATION else ""
            parts.append(f"{finding_label(item.finding)} {verb} '{item.clause}'{tail}")
    return "; ".join(parts)


def match_cases(
    matcher: Matcher, cases: Iterable[CaseInput], progress: Progress | None = None, *,
    total: int | None = None, chunk: int = 1000,
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
