"""The cohort rule language: a boolean tree (`all`/`any`/`not`) over alteration leaves.

Rules are written as plain mappings (YAML) and parsed into these frozen dataclasses by
`mtb_desk.matching.rule_syntax.parse_rule`, with every error naming its path
(``cohorts[3].rule.any[1].fusion.partner``). A finding leaf is tested
against one finding at a time (`test` → True, False, or None when the finding lacks the data to
decide, e.g. a copy number); case leaves (TMB, MSI) are tested against the case.

Leaf forms (``gene`` is an HGNC symbol; a fusion leaf matches the gene at either end)::

    {gene: KRAS}                                   any alteration in the gene
    {kind: [snv, indel]}  {gene: BRCA2, kind: snv} finding kind(s), optionally in one gene
    {gene: BRAF, protein: V600E}                   exact protein change (any notation)
    {gene: BRAF, position: V600}                   any change at that residue
    {gene: EGFR, exon: {number: 19, event: deletion}}   deletion | insertion | skipping
    {gene: ALK, fusion: {partner: any}}            or {partner: EML4}; `fusion: any` for short
    {gene: ERBB2, amplification: {min_copy_number: 6}}  or min_fold_change; `true` = called
    {gene: CDKN2A, deletion: true}                 deep (homozygous) deletion
    {gene: BRCA2, kind: [snv, indel], origin: germline}   any finding leaf, germline only
    {tmb: {at_least: 10}}                          or {above: 15}; `tmb: 10` for short
    {msi: high}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from mtb_desk.domain.enums import BIOMARKER_KINDS, CnvCall, FindingKind, MsiStatus
from mtb_desk.domain.protein import protein_position
from mtb_desk.errors import ValidationError


class RuleError(ValidationError):
    """A rule that cannot be parsed; `path` names where (``rule.any[1].fusion.partner``)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class FindingLike(Protocol):
    """What a finding leaf reads; `FindingView` and `ImportedFinding` both satisfy it."""

    @property
    def kind(self) -> FindingKind: ...
    @property
    def gene(self) -> str | None: ...
    @property
    def protein(self) -> str | None: ...
    @property
    def exon(self) -> str | None: ...
    @property
    def copy_number(self) -> float | None: ...
    @property
    def fold_change(self) -> float | None: ...
    @property
    def cnv_call(self) -> CnvCall | None: ...
    @property
    def partner_gene(self) -> str | None: ...
    @property
    def consequence(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...


KIND_WORDS = {
    FindingKind.SNV: "single-nucleotide variant", FindingKind.INDEL: "indel",
    FindingKind.MNV: "multi-nucleotide variant", FindingKind.CNV: "copy-number change",
    FindingKind.FUSION: "fusion", FindingKind.SPLICE: "splice variant",
    FindingKind.TMB: "TMB result", FindingKind.MSI: "MSI result",
}  # fmt: skip
_SMALL = frozenset({FindingKind.SNV, FindingKind.INDEL, FindingKind.MNV})


def kinds_in_words(kinds: frozenset[FindingKind]) -> str:
    """`mutation` for snv+indel+mnv, else each kind in words joined by "or"."""
    words = ["mutation"] if kinds >= _SMALL else []
    rest = kinds - _SMALL if words else kinds
    words.extend(KIND_WORDS[k] for k in sorted(rest))
    return " or ".join(words)


def _genes_of(finding: FindingLike) -> tuple[str | None, str | None]:
    return finding.gene, finding.partner_gene


# ---------------------------------------------------------------------------- finding leaves


@dataclass(frozen=True, slots=True)
class GeneLeaf:
    gene: str

    def test(self, finding: FindingLike) -> bool | None:
        return finding.kind not in BIOMARKER_KINDS and self.gene in _genes_of(finding)

    def describe(self) -> str:
        return f"any {self.gene} alteration"


@dataclass(frozen=True, slots=True)
class KindLeaf:
    kinds: frozenset[FindingKind]
    gene: str | None = None

    def test(self, finding: FindingLike) -> bool | None:
        if finding.kind not in self.kinds:
            return False
        return self.gene is None or self.gene in _genes_of(finding)

    def describe(self) -> str:
        kinds = kinds_in_words(self.kinds)
        return f"{self.gene} {kinds}" if self.gene else f"any {kinds}"


@dataclass(frozen=True, slots=True)
class ProteinLeaf:
    gene: str
    proteins: frozenset[str]  # canonical short forms

    def test(self, finding: FindingLike) -> bool | None:
        return finding.gene == self.gene and finding.protein in self.proteins

    def describe(self) -> str:
        return f"{self.gene} {'/'.join(sorted(self.proteins))}"


@dataclass(frozen=True, slots=True)
class PositionLeaf:
    gene: str
    positions: frozenset[tuple[str, int]]  # (reference residue, position)

    def test(self, finding: FindingLike) -> bool | None:
        if finding.gene != self.gene or not finding.protein or finding.protein.endswith("="):
            return False
        return protein_position(finding.protein) in self.positions

    def describe(self) -> str:
        names = "/".join(f"{r}{p}" for r, p in sorted(self.positions, key=lambda x: x[1]))
        return f"{self.gene} {names} (any change at that residue)"


EXON_EVENTS = ("deletion", "insertion", "skipping")
_EXON_RANGE = re.compile(r"(\d+)(?:\s*-\s*(\d+))?")


def parse_exons(text: str | None) -> frozenset[int]:
    """Exon numbers in ``19``, ``19/28``, ``2-7/28``, ``exon 19``: the part before ``/``."""
    if not text:
        return frozenset()
    head = text.lower().replace("exon", "").split("/")[0]
    numbers: set[int] = set()
    for match in _EXON_RANGE.finditer(head):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        numbers.update(range(first, min(last, first + 100) + 1))
    return frozenset(numbers)


@dataclass(frozen=True, slots=True)
class ExonLeaf:
    gene: str
    number: int
    event: str  # one of EXON_EVENTS

    def test(self, finding: FindingLike) -> bool | None:
        if finding.gene != self.gene:
            return False
        if self._described(finding):
            return True
        if self.number not in parse_exons(finding.exon):
            return None if finding.exon is None and self._event_fits(finding) else False
        return self._event_fits(finding)

    def _described(self, finding: FindingLike) -> bool:
        text = (finding.description or "").lower()
        return f"exon {self.number} {self.event}" in text or (
            self.event == "skipping" and f"ex{self.number} skip" in text.replace("exon", "ex")
        )

    def _event_fits(self, finding: FindingLike) -> bool:
        protein = finding.protein or ""
        consequence = (finding.consequence or "").lower()
        if self.event == "skipping":
            return finding.kind is FindingKind.SPLICE or "splice" in consequence
        if finding.kind not in (FindingKind.INDEL, FindingKind.MNV):
            return False
        if self.event == "deletion":
            return "del" in protein or "deletion" in consequence
        return (
            ("ins" in protein and "delins" not in protein)
            or "dup" in protein
            or ("insertion" in consequence)
        )

    def describe(self) -> str:
        return f"{self.gene} exon {self.number} {self.event}"


@dataclass(frozen=True, slots=True)
class FusionLeaf:
    gene: str
    partner: str | None = None  # None: any partner

    def test(self, finding: FindingLike) -> bool | None:
        if finding.kind is not FindingKind.FUSION:
            return False
        five, three = _genes_of(finding)
        if self.gene == five:
            other = three
        elif self.gene == three:
            other = five
        else:
            return False
        return self.partner is None or other == self.partner

    def describe(self) -> str:
        if self.partner is None:
            return f"{self.gene} fusion (any partner)"
        return f"{self.gene} fusion with {self.partner}"


@dataclass(frozen=True, slots=True)
class AmplificationLeaf:
    gene: str
    min_copy_number: float | None = None
    min_fold_change: float | None = None

    def test(self, finding: FindingLike) -> bool | None:
        if finding.kind is not FindingKind.CNV or finding.gene != self.gene:
            return False
        called = finding.cnv_call is CnvCall.AMPLIFICATION
        if self.min_copy_number is None and self.min_fold_change is None:
            return True if called else (None if finding.cnv_call is None else False)
        measured = False
        for value, threshold in (
            (finding.copy_number, self.min_copy_number),
            (finding.fold_change, self.min_fold_change),
        ):
            if value is not None and threshold is not None:
                measured = True
                if value >= threshold:
                    return True
        return False if measured or not called else None

    def describe(self) -> str:
        limits = []
        if self.min_copy_number is not None:
            limits.append(f"copy number ≥ {self.min_copy_number:g}")
        if self.min_fold_change is not None:
            limits.append(f"fold change ≥ {self.min_fold_change:g}")
        return f"{self.gene} amplification" + (f" ({' or '.join(limits)})" if limits else "")


@dataclass(frozen=True, slots=True)
class DeletionLeaf:
    gene: str

    def test(self, finding: FindingLike) -> bool | None:
        if finding.kind is not FindingKind.CNV or finding.gene != self.gene:
            return False
        if finding.cnv_call is not None:
            return finding.cnv_call is CnvCall.DELETION
        return None if finding.copy_number is None else finding.copy_number < 0.5

    def describe(self) -> str:
        return f"{self.gene} deletion"


ORIGINS = ("germline", "somatic")


@dataclass(frozen=True, slots=True)
class OriginLeaf:
    """Another finding leaf, met only by germline (or only somatic) findings; a finding whose
    origin the report does not state cannot decide it (`test` → None)."""

    inner: GeneLeaf | KindLeaf | ProteinLeaf | PositionLeaf | ExonLeaf | FusionLeaf | \
        AmplificationLeaf | DeletionLeaf  # fmt: skip
    origin: str  # one of ORIGINS

    @property
    def gene(self) -> str | None:
        return self.inner.gene

    @property
    def kinds(self) -> frozenset[FindingKind]:
        return getattr(self.inner, "kinds", frozenset())

    def test(self, finding: FindingLike) -> bool | None:
        result = self.inner.test(finding)
        if result is False:
            return False
        origin = getattr(finding, "origin", None)
        if origin is None:
            return None
        return result if origin == self.origin else False

    def describe(self) -> str:
        return f"{self.inner.describe()} ({self.origin})"


# ------------------------------------------------------------------------------- case leaves


@dataclass(frozen=True, slots=True)
class TmbLeaf:
    threshold: float
    inclusive: bool = True

    def test_value(self, tmb: float | None) -> bool | None:
        if tmb is None:
            return None
        return tmb >= self.threshold if self.inclusive else tmb > self.threshold

    def describe(self) -> str:
        return f"TMB {'≥' if self.inclusive else '>'} {self.threshold:g} mut/Mb"


@dataclass(frozen=True, slots=True)
class MsiLeaf:
    status: MsiStatus = MsiStatus.MSI_HIGH

    def test_value(self, msi: MsiStatus | None) -> bool | None:
        if msi is None or msi is MsiStatus.INDETERMINATE:
            return None
        return msi is self.status

    def describe(self) -> str:
        return "MSI-high" if self.status is MsiStatus.MSI_HIGH else f"MSI {self.status.value}"


# ------------------------------------------------------------------------------------ trees


@dataclass(frozen=True, slots=True)
class AllOf:
    children: tuple[Rule, ...]

    def describe(self) -> str:
        return " and ".join(_wrapped(c) for c in self.children)


@dataclass(frozen=True, slots=True)
class AnyOf:
    children: tuple[Rule, ...]

    def describe(self) -> str:
        return " or ".join(_wrapped(c) for c in self.children)


@dataclass(frozen=True, slots=True)
class NotRule:
    child: Rule

    def describe(self) -> str:
        return f"no {_wrapped(self.child).removeprefix('any ')}"


FindingLeaf = (
    GeneLeaf | KindLeaf | ProteinLeaf | PositionLeaf | ExonLeaf | FusionLeaf
    | AmplificationLeaf | DeletionLeaf | OriginLeaf
)  # fmt: skip
CaseLeaf = TmbLeaf | MsiLeaf
Leaf = FindingLeaf | CaseLeaf
Rule = AllOf | AnyOf | NotRule | Leaf

FINDING_LEAF_TYPES = (
    GeneLeaf, KindLeaf, ProteinLeaf, PositionLeaf, ExonLeaf, FusionLeaf, AmplificationLeaf,
    DeletionLeaf, OriginLeaf,
)  # fmt: skip


def _wrapped(rule: Rule) -> str:
    text = rule.describe()
    return f"({text})" if isinstance(rule, AllOf | AnyOf) and len(rule.children) > 1 else text


def leaves(rule: Rule) -> Iterator[Leaf]:
    """Every leaf of the tree, depth first."""
    if isinstance(rule, AllOf | AnyOf):
        for child in rule.children:
            yield from leaves(child)
    elif isinstance(rule, NotRule):
        yield from leaves(rule.child)
    else:
        yield rule


def leaf_genes(leaf: Leaf) -> frozenset[str]:
    """The genes a leaf looks at (both ends of a fusion with a named partner)."""
    if isinstance(leaf, TmbLeaf | MsiLeaf):
        return frozenset()
    genes = {leaf.gene} if leaf.gene else set()
    if isinstance(leaf, FusionLeaf) and leaf.partner:
        genes.add(leaf.partner)
    return frozenset(genes)


def describe(rule: Rule) -> str:
    return rule.describe()
