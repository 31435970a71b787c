"""What a case's assays could see, per kind of alteration and gene: decides "not tested".

A report assays some *kinds* (small variants, amplifications, deletions, fusions, splice
variants, TMB, MSI), each over a set of genes (None: every gene, as far as we know). The
assay's profile (``assets/assay_coverage.yaml``) says what it can do; the report itself
narrows it (a TSO500 run with ``RNA Sample ID NA`` assayed no fusions or splice variants).
A criterion whose kind no report assayed for its gene is *not tested*, never *not met*, and
the reason names the assay that would be needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase
from mtb_desk.matching.rules import (
    AmplificationLeaf,
    DeletionLeaf,
    ExonLeaf,
    FusionLeaf,
    GeneLeaf,
    KindLeaf,
    Leaf,
    MsiLeaf,
    OriginLeaf,
    PositionLeaf,
    ProteinLeaf,
    TmbLeaf,
)


class Assayed(StrEnum):
    """A kind of result an assay may or may not produce."""

    SMALL = "small variants"
    AMPLIFICATION = "amplifications"
    DELETION = "deletions"
    FUSION = "fusions"
    SPLICE = "splice variants"
    TMB = "TMB"
    MSI = "MSI"


GENE_KINDS = (Assayed.SMALL, Assayed.AMPLIFICATION, Assayed.DELETION, Assayed.FUSION,
              Assayed.SPLICE)  # fmt: skip

# What assay would answer a criterion of this kind (a phrase code; shown in "not tested").
NEEDED_ASSAY = {
    Assayed.SMALL: "assay.small",
    Assayed.AMPLIFICATION: "assay.amplification",
    Assayed.DELETION: "assay.deletion",
    Assayed.FUSION: "assay.fusion",
    Assayed.SPLICE: "assay.splice",
    Assayed.TMB: "assay.tmb",
    Assayed.MSI: "assay.msi",
}

_KIND_GROUPS = {
    FindingKind.SNV: (Assayed.SMALL,),
    FindingKind.INDEL: (Assayed.SMALL,),
    FindingKind.MNV: (Assayed.SMALL,),
    FindingKind.CNV: (Assayed.AMPLIFICATION, Assayed.DELETION),
    FindingKind.FUSION: (Assayed.FUSION,),
    FindingKind.SPLICE: (Assayed.SPLICE,),
    FindingKind.TMB: (Assayed.TMB,),
    FindingKind.MSI: (Assayed.MSI,),
}


def finding_groups(kind: FindingKind, cnv_call: CnvCall | None = None) -> tuple[Assayed, ...]:
    """The kinds of result a finding shows were assayed (a CNV call names its direction)."""
    if kind is FindingKind.CNV and cnv_call is not None:
        losses = (CnvCall.DELETION, CnvCall.LOSS)
        return (Assayed.DELETION,) if cnv_call in losses else (Assayed.AMPLIFICATION,)
    return _KIND_GROUPS[kind]


def leaf_needs(leaf: Leaf) -> tuple[Assayed, ...]:
    """The kinds of result that could meet this leaf (any one of them tests it)."""
    kind = type(leaf)
    if kind is OriginLeaf:
        return leaf_needs(leaf.inner)  # type: ignore[union-attr]
    if kind is GeneLeaf:
        return GENE_KINDS
    if kind is KindLeaf:
        groups = (g for k in sorted(leaf.kinds) for g in _KIND_GROUPS[k])  # type: ignore[union-attr]
        return tuple(dict.fromkeys(groups))
    if kind is ProteinLeaf or kind is PositionLeaf:
        return (Assayed.SMALL,)
    if kind is ExonLeaf:
        return (Assayed.SPLICE,) if leaf.event == "skipping" else (Assayed.SMALL,)  # type: ignore[union-attr]
    return {
        FusionLeaf: (Assayed.FUSION,),
        AmplificationLeaf: (Assayed.AMPLIFICATION,),
        DeletionLeaf: (Assayed.DELETION,),
        TmbLeaf: (Assayed.TMB,),
        MsiLeaf: (Assayed.MSI,),
    }[kind]


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a case's reports assayed: kind → genes (None: any gene); why a kind was not.

    `missing` holds, for each kind no report assayed, the reason as a phrase
    ("TSO500 report of 2025-01-02: RNA Sample ID NA, no RNA result").
    """

    kinds: Mapping[Assayed, frozenset[str] | None]
    missing: Mapping[Assayed, Value] = field(default_factory=dict)

    def covers(self, kind: Assayed, gene: str | None) -> bool:
        if kind not in self.kinds:
            return False
        genes = self.kinds[kind]
        return genes is None or gene is None or gene in genes

    def untested(self, needs: Iterable[Assayed], genes: Iterable[str]) -> Phrase | None:
        """Why no needed kind was assayed for these genes, or None when one was."""
        needs, genes = tuple(needs), sorted(genes)
        targets: list[str | None] = list(genes) or [None]
        if any(self.covers(k, g) for k in needs for g in targets):
            return None
        return not_tested_reason(self, needs, genes)

    def merged(self, other: Coverage) -> Coverage:
        """Both reports together: a kind is assayed where either assayed it."""
        kinds: dict[Assayed, frozenset[str] | None] = dict(self.kinds)
        for kind, genes in other.kinds.items():
            if kind in kinds:
                mine = kinds[kind]
                kinds[kind] = None if mine is None or genes is None else mine | genes
            else:
                kinds[kind] = genes
        missing = {k: v for k, v in {**other.missing, **self.missing}.items() if k not in kinds}
        for kind in set(self.missing) & set(other.missing) - set(kinds):
            missing[kind] = Listing((self.missing[kind], other.missing[kind]), "semicolon")
        return Coverage(kinds, missing)


def not_tested_reason(coverage: Coverage, needs: tuple[Assayed, ...], genes: list[str]) -> Phrase:
    """'RET fusions not assayed (TSO500: RNA Sample ID NA); needs an RNA fusion assay …'."""
    names: Value = Listing(tuple(genes)) if genes else phrase("coverage.the-case")
    main = needs[0] if len(needs) == 1 else None
    if main:
        what = phrase("coverage.what", genes=names, kind=Term("assayed", main.value))
    else:
        kinds = Listing(tuple(Term("assayed", k.value) for k in needs), "or")
        what = phrase("coverage.what-any", genes=names, kinds=kinds)
    why: list[Value] = list(dict.fromkeys(coverage.missing[k] for k in needs
                                          if k in coverage.missing))  # fmt: skip
    if not why:
        absent = [k for k in needs if k in coverage.kinds]
        why = [phrase("coverage.not-on-panel", genes=names) if absent
               else phrase("coverage.unassayed")]  # fmt: skip
    need = phrase(NEEDED_ASSAY[main or needs[0]], genes=names)
    return phrase("coverage.not-assayed", what=what, why=Listing(tuple(why), "semicolon"),
                  need=need)  # fmt: skip


ALL_KINDS: Mapping[Assayed, frozenset[str] | None] = dict.fromkeys(Assayed)


def panel_coverage(panel: frozenset[str]) -> Coverage:
    """Every gene kind over one gene list, TMB and MSI: the old per-gene panel rule."""
    kinds: dict[Assayed, frozenset[str] | None] = dict.fromkeys(GENE_KINDS, panel)
    kinds[Assayed.TMB] = kinds[Assayed.MSI] = None
    return Coverage(kinds)
