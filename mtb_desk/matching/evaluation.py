"""Three-valued evaluation of a rule against one case, with the evidence for each leaf.

A finding counts by its annotation: oncogenic / likely oncogenic findings can meet a leaf; a
finding not yet annotated can only make the leaf `needs annotation`; a VUS or (likely) benign
finding never meets one. A leaf on a gene that the assay did not test (not on the panel, no
finding in it) is `not tested`; one that lacks the data to decide (TMB not reported, copy
number missing) is `unknown`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from mtb_desk.domain.enums import ACTIONABLE_ONCOGENICITY, FindingKind, MsiStatus, Oncogenicity
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase
from mtb_desk.matching.clauses import clause as clause_of
from mtb_desk.matching.clauses import negated as negate
from mtb_desk.matching.coverage import Coverage, finding_groups, leaf_needs
from mtb_desk.matching.rules import (
    AllOf,
    AnyOf,
    FindingLeaf,
    FindingLike,
    FusionLeaf,
    Leaf,
    MsiLeaf,
    NotRule,
    Rule,
    TmbLeaf,
    leaf_genes,
)
from mtb_desk.matching.wording import lacking_data, near_miss


class Truth(StrEnum):
    MET = "met"
    NOT_MET = "not met"
    NOT_TESTED = "not tested"
    UNKNOWN = "unknown"
    NEEDS_CONFIRMATION = "needs confirmation"
    NEEDS_ANNOTATION = "needs annotation"


# Order in which an uncertain outcome wins inside `all` / `any`.
_ALL_ORDER = (
    Truth.NOT_MET, Truth.NOT_TESTED, Truth.UNKNOWN, Truth.NEEDS_CONFIRMATION,
    Truth.NEEDS_ANNOTATION, Truth.MET,
)  # fmt: skip
_ANY_ORDER = tuple(reversed(_ALL_ORDER))
_NEGATE = {Truth.MET: Truth.NOT_MET, Truth.NOT_MET: Truth.MET}
MET = Truth.MET
NOT_MET = Truth.NOT_MET
NEEDS_ANNOTATION = Truth.NEEDS_ANNOTATION
NEEDS_CONFIRMATION = Truth.NEEDS_CONFIRMATION
EQUIVOCAL_NOTE = phrase("note.equivocal")
NOT_ANNOTATED_NOTE = phrase("note.not-annotated")
Clause = Phrase | Listing


class AnnotationLike(Protocol):
    @property
    def oncogenicity(self) -> Oncogenicity | None: ...


class MatchableFinding(FindingLike, Protocol):
    """A finding with its id and annotation, as `FindingView` has them."""

    @property
    def id(self) -> int: ...
    @property
    def annotation(self) -> AnnotationLike | None: ...
    @property
    def value(self) -> float | None: ...
    @property
    def equivocal(self) -> bool: ...
    @property
    def origin(self) -> str | None: ...  # "germline" / "somatic"; None: not stated


@dataclass(frozen=True, slots=True)
class CaseInput:
    """Everything matching needs to know about one case.

    `tmb`/`msi` come from the most recent report (by report date); `tmb_conflict` and
    `msi_conflict` say in words when another report disagrees ("TMB 4 mut/Mb in the report
    of 2024-01-05"). `coverage` (kinds × genes assayed) decides "not tested"; without it the
    older per-gene `panel` does. `age` is in whole years, where known.
    """

    findings: Sequence[MatchableFinding]
    diagnosis: str  # OncoTree code as recorded (may be retired)
    tmb: float | None = None
    msi: MsiStatus | None = None
    panel: frozenset[str] | None = None  # genes the assay tested; None = assume all
    case_id: int | str | None = None
    coverage: Coverage | None = None
    age: int | None = None
    tmb_conflict: Phrase | None = None
    msi_conflict: Phrase | None = None

    @property
    def checks_coverage(self) -> bool:
        return self.coverage is not None or self.panel is not None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One leaf's outcome for one case: the clause, its truth, the finding and a note."""

    clause: Clause
    truth: Truth
    finding: MatchableFinding | None = None
    note: Value | None = None
    negated: bool = False  # the clause is a `not`: the finding is why the inner leaf failed


def finding_text(finding: FindingLike) -> Phrase:
    """`BRAF V600E`, `EML4::ALK fusion`, `ERBB2 amplification (copy number 8)`: plain words,
    no database ids; fusions as 5' gene::3' gene (HGNC fusion notation)."""
    gene = finding.gene or "?"
    kind = finding.kind
    if kind is FindingKind.FUSION:
        return phrase("finding.fusion", gene=gene, partner=finding.partner_gene or "?")
    if kind is FindingKind.CNV:
        call: Value = (
            Term("cnv_call", finding.cnv_call.value) if finding.cnv_call
            else phrase("finding.cnv-change")
        )  # fmt: skip
        size: list[Value] = []
        if finding.copy_number is not None:
            size.append(phrase("size.copy-number", value=float(finding.copy_number)))
        if finding.fold_change is not None:
            size.append(phrase("size.fold-change", value=float(finding.fold_change)))
        if size:
            return phrase("finding.cnv-sized", gene=gene, call=call, sizes=Listing(tuple(size)))
        return phrase("finding.cnv", gene=gene, call=call)
    if kind is FindingKind.SPLICE:
        what = finding.description
        change: Value = what or phrase("finding.splice-variant")
        named = bool(what) and what.upper().startswith(gene.upper())  # type: ignore[union-attr]
        code = "finding.named" if named else "finding.splice"
        if finding.exon:
            return phrase(f"{code}-exon", gene=gene, change=change, exon=finding.exon)
        return phrase(code, gene=None if named else gene, change=change)
    change = finding.protein or finding.description or phrase("finding.mutation")
    return phrase("finding.small", gene=gene, change=change)


def finding_label(finding: MatchableFinding) -> Phrase:
    """The finding as the board reads it (gene and change; never the database id)."""
    text = finding_text(finding)
    return phrase("finding.germline", finding=text) if finding.origin == "germline" else text


def finding_weight(finding: MatchableFinding) -> Truth | None:
    """MET for oncogenic/likely oncogenic, NEEDS_ANNOTATION if unannotated, None for a VUS or
    (likely) benign finding; an equivocal finding gives at most NEEDS_CONFIRMATION."""
    annotation = finding.annotation
    level = None if annotation is None else annotation.oncogenicity
    if level is None:
        return NEEDS_CONFIRMATION if finding.equivocal else NEEDS_ANNOTATION
    if level not in ACTIONABLE_ONCOGENICITY:
        return None
    return NEEDS_CONFIRMATION if finding.equivocal else MET


class CaseEvaluator:
    """Evaluates rules for one case, caching each leaf (leaves are shared between cohorts).

    `candidates` maps a gene to the case's findings in that gene (either end of a fusion) and
    `by_kind` a kind to its findings; they may hold only the genes/kinds the rules use.
    """

    def __init__(
        self,
        case: CaseInput,
        candidates: Mapping[str, Sequence[MatchableFinding]],
        by_kind: Mapping[FindingKind, Sequence[MatchableFinding]],
        clauses: Mapping[int, Clause] | None = None,
    ) -> None:
        self.case = case
        self._candidates = candidates
        self._by_kind = by_kind
        self._clauses = clauses or {}  # leaf texts by id(leaf), kept by whoever holds the leaves
        self._cache: dict[int, Evidence] = {}  # by id(leaf): hashing a dataclass is slow
        self._truths: dict[int, Truth] = {}

    def truth(self, rule: Rule) -> Truth:
        kind = type(rule)
        if kind is AllOf:
            seen = set()
            for child in rule.children:  # type: ignore[union-attr]
                value = self.truth(child)
                if value is NOT_MET:
                    return NOT_MET
                seen.add(value)
            return next(t for t in _ALL_ORDER if t in seen)
        if kind is AnyOf:
            seen = set()
            for child in rule.children:  # type: ignore[union-attr]
                value = self.truth(child)
                if value is MET:
                    return MET
                seen.add(value)
            return next(t for t in _ANY_ORDER if t in seen)
        if kind is NotRule:
            inner = self.truth(rule.child)  # type: ignore[union-attr]
            return _NEGATE.get(inner, inner)
        key = id(rule)
        found = self._truths.get(key)
        if found is None:
            case_leaf = kind in _CASE_LEAF_TYPES
            found = self.leaf(rule).truth if case_leaf else self._finding_truth(rule)  # type: ignore[arg-type]
            self._truths[key] = found
        return found

    def _finding_truth(self, leaf: FindingLeaf) -> Truth:
        return self.leaf(leaf).truth

    def evidence(self, rule: Rule) -> list[Evidence]:
        """The leaves that decide the rule's outcome (for the reason text)."""
        kind = type(rule)
        if kind is NotRule:
            outcome = self.truth(rule)
            inner = self.evidence(rule.child)  # type: ignore[union-attr]
            return [Evidence(negated(e.clause), outcome, e.finding, e.note, True) for e in inner]
        if kind is AllOf or kind is AnyOf:
            outcome = self.truth(rule)
            children = rule.children  # type: ignore[union-attr]
            if kind is AllOf and outcome is not Truth.NOT_MET:
                deciding = list(children)  # every part holds or is open: show them all
            else:
                deciding = [c for c in children if self.truth(c) is outcome][:1]
            return [e for child in deciding for e in self.evidence(child)]
        return [self.leaf(rule)]  # type: ignore[arg-type]

    def leaf(self, leaf: Leaf) -> Evidence:
        key = id(leaf)
        found = self._cache.get(key)
        if found is None:
            found = self._evaluate(leaf)
            self._cache[key] = found
        return found

    def _evaluate(self, leaf: Leaf) -> Evidence:
        kind = type(leaf)
        if kind is not TmbLeaf and kind is not MsiLeaf:
            return self._finding_leaf(leaf)  # type: ignore[arg-type]
        clause = self._clause(leaf)
        case = self.case
        if isinstance(leaf, TmbLeaf):
            tmb = case.tmb if case.tmb is not None else self._biomarker(FindingKind.TMB)
            note = (
                phrase("note.tmb-missing") if tmb is None
                else phrase("note.tmb", value=float(tmb))
            )  # fmt: skip
            truth = _from_bool(leaf.test_value(tmb))
            conflict = case.tmb_conflict
        else:
            msi = case.msi
            note = (
                phrase("note.msi-missing") if msi is None
                else phrase("note.msi", status=Term("msi", msi.value))
            )  # fmt: skip
            truth = _from_bool(leaf.test_value(msi))  # type: ignore[union-attr]
            conflict = case.msi_conflict
        if truth is Truth.UNKNOWN and case.coverage is not None:
            untested = case.coverage.untested(leaf_needs(leaf), ())
            if untested:
                return Evidence(clause, Truth.NOT_TESTED, None, untested)
        if conflict:
            note = phrase("note.conflict", note=note, conflict=conflict)
        return Evidence(clause, truth, None, note)

    def _clause(self, leaf: Leaf) -> Clause:
        found = self._clauses.get(id(leaf))
        return clause_of(leaf) if found is None else found

    def _biomarker(self, kind: FindingKind) -> float | None:
        values = (f.value for f in self._by_kind.get(kind, ()) if f.value is not None)
        return next(values, None)

    def _finding_leaf(self, leaf: FindingLeaf) -> Evidence:  # noqa: C901 - one branch per weight
        """Best finding for the leaf: met > needs annotation > needs confirmation (equivocal)
        > unknown (lacks data) > absent."""
        clause = self._clause(leaf)
        pending: MatchableFinding | None = None
        confirm: MatchableFinding | None = None
        undecided: MatchableFinding | None = None
        ignored: MatchableFinding | None = None
        for finding in self._findings_for(leaf):
            result = leaf.test(finding)
            if result is False:
                continue
            weight = finding_weight(finding)
            if result is None:
                undecided = undecided or (finding if weight is not None else None)
            elif weight is Truth.MET:
                return Evidence(clause, Truth.MET, finding)
            elif weight is Truth.NEEDS_ANNOTATION:
                pending = pending or finding
            elif weight is Truth.NEEDS_CONFIRMATION:
                confirm = confirm or finding
            else:
                ignored = ignored or finding
        if pending is not None:
            return Evidence(clause, Truth.NEEDS_ANNOTATION, pending, NOT_ANNOTATED_NOTE)
        if confirm is not None:
            return Evidence(clause, Truth.NEEDS_CONFIRMATION, confirm, EQUIVOCAL_NOTE)
        if undecided is not None:
            return Evidence(clause, Truth.UNKNOWN, undecided, lacking_data(leaf, undecided))
        return self._absent(leaf, clause, ignored)

    def _absent(
        self, leaf: FindingLeaf, clause: Clause, ignored: MatchableFinding | None
    ) -> Evidence:
        if ignored is not None:
            level = ignored.annotation.oncogenicity if ignored.annotation else None
            shown = Term("oncogenicity", level.value) if level else phrase("note.not-oncogenic")
            note = phrase("note.never-matches", level=shown)
            return Evidence(clause, Truth.NOT_MET, ignored, note)
        untested = untested_reason(leaf, self.case, self._candidates, self._by_kind)
        if untested is not None:
            return Evidence(clause, Truth.NOT_TESTED, None, untested)
        return Evidence(clause, Truth.NOT_MET, None, near_miss(leaf, self._candidates))

    def _findings_for(self, leaf: FindingLeaf) -> Sequence[MatchableFinding]:
        gene = leaf.gene
        if gene is None:
            return [f for kind in getattr(leaf, "kinds", ()) for f in self._by_kind.get(kind, ())]
        found = self._candidates.get(gene, ())
        if not found and type(leaf) is FusionLeaf and leaf.partner:
            return self._candidates.get(leaf.partner, ())
        return found


_CASE_LEAF_TYPES = (TmbLeaf, MsiLeaf)


def untested_reason(
    leaf: FindingLeaf,
    case: CaseInput,
    by_gene: Mapping[str, Sequence[MatchableFinding]],
    by_kind: Mapping[FindingKind, Sequence[MatchableFinding]],
) -> Phrase | None:
    """Why a leaf with no finding is *not tested* (the assays could not see it), or None.

    A finding of a needed kind in the leaf's gene shows that kind was assayed there, whatever
    the panel lists say. Shared by the compiled predicates and `CaseEvaluator`."""
    genes = leaf_genes(leaf)
    coverage = case.coverage
    if coverage is None:
        panel = case.panel
        if panel is None or not genes or genes & panel:
            return None
        if any(g in (f.gene, f.partner_gene) for g in genes for f in by_gene.get(g, ())):
            return None
        return phrase("note.not-on-panel")
    needs = leaf_needs(leaf)
    reason = coverage.untested(needs, genes)
    if reason is None:
        return None
    seen = [f for g in genes for f in by_gene.get(g, ())] if genes else \
        [f for fs in by_kind.values() for f in fs]  # fmt: skip
    wanted = set(needs)
    if any(leaf.test(f) is not False or set(finding_groups(f.kind, f.cnv_call)) & wanted
           for f in seen):  # fmt: skip
        return None
    return reason


def negated(inner: Clause) -> Clause:
    """`any KRAS alteration` → `no KRAS alteration`."""
    return negate(inner)


def _from_bool(value: bool | None) -> Truth:
    if value is None:
        return Truth.UNKNOWN
    return Truth.MET if value else Truth.NOT_MET


def group_findings(
    findings: Iterable[MatchableFinding],
    genes: Iterable[str] | None = None,
) -> tuple[dict[str, list[MatchableFinding]], dict[FindingKind, list[MatchableFinding]]]:
    """Findings by gene (both fusion ends) and by kind; restricted to `genes` when given."""
    wanted = None if genes is None else set(genes)
    by_gene: dict[str, list[MatchableFinding]] = {}
    by_kind: dict[FindingKind, list[MatchableFinding]] = {}
    for finding in findings:
        by_kind.setdefault(finding.kind, []).append(finding)
        for gene in {finding.gene, finding.partner_gene}:
            if gene is not None and (wanted is None or gene in wanted):
                by_gene.setdefault(gene, []).append(finding)
    return by_gene, by_kind
