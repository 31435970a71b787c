"""Map one CTML ``genomic`` criterion (one variant described by several fields) onto leaves."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mtb_desk.domain.enums import BIOMARKER_KINDS, FindingKind
from mtb_desk.domain.genes import canonical_gene
from mtb_desk.domain.protein import normalise_protein, protein_position
from mtb_desk.matching.rules import (
    AllOf,
    AmplificationLeaf,
    DeletionLeaf,
    ExonLeaf,
    FusionLeaf,
    GeneLeaf,
    KindLeaf,
    MsiLeaf,
    NotRule,
    PositionLeaf,
    ProteinLeaf,
    Rule,
)

_CATEGORY_KINDS = {
    "mutation": frozenset({FindingKind.SNV, FindingKind.INDEL, FindingKind.MNV}),
    "copy number variation": frozenset({FindingKind.CNV}),
    "cnv": frozenset({FindingKind.CNV}),
    "structural variation": frozenset({FindingKind.FUSION}),
}
_ALTERATION_KINDS = frozenset(FindingKind) - BIOMARKER_KINDS
_CNV_CALLS = frozenset({"high amplification", "homozygous deletion"})
_EXON_EVENTS = {
    "in_frame_del": "deletion", "frame_shift_del": "deletion",
    "in_frame_ins": "insertion", "frame_shift_ins": "insertion",
}  # fmt: skip
_ANY_GENE = {"any_gene", "any"}
_LABELS = {"display_name", "oncokb_variant"}  # descriptive, not criteria
_KNOWN = {
    "hugo_symbol", "variant_category", "protein_change", "wildcard_protein_change", "cnv_call",
    "fusion_partner_hugo_symbol", "exon", "variant_classification", "ms_status",
}  # fmt: skip


def _split(value: object) -> tuple[str, bool]:
    text = str(value).strip()
    return text.lstrip("!").strip(), text.startswith("!")


def genomic_rule(value: object, path: str, notes: list[str]) -> Rule | None:
    """One criterion as a rule. As in matchengine-V2 (`is_negate` per field; a query node with
    any negated part becomes an exclusion), a `!` on any field turns the whole criterion,
    every other field kept, into "no such alteration": {hugo_symbol: KRAS,
    variant_category: "!Mutation"} is "no KRAS mutation"; a negated structural variation
    keeps its partner ("no EML4::ALK fusion")."""
    if not isinstance(value, Mapping):
        notes.append(f"{path}: not a mapping; not applied")
        return None
    negated = sorted(k for k, v in value.items() if isinstance(v, str) and _split(v)[1])
    plain = {k: (_split(v)[0] if k in negated else v) for k, v in value.items()}
    rule = _positive_rule(plain, path, notes)
    if not negated or rule is None:
        return rule
    call = str(plain.get("cnv_call", "")).strip().lower()
    if "cnv_call" in plain and call not in _CNV_CALLS:  # mapped as any copy-number change
        notes.append(f"{path}: the exclusion ({', '.join(negated)} negated) could not be mapped "
                     "exactly; not applied, check by hand")  # fmt: skip
        return None
    return NotRule(rule)


def _positive_rule(value: Mapping[str, Any], path: str, notes: list[str]) -> Rule | None:
    for key in sorted(set(value) - _KNOWN - _LABELS):
        notes.append(f"{path}: genomic {key} {value[key]!r} not mapped; check by hand")
    leaves: list[Rule] = []
    if "ms_status" in value:
        status = str(value["ms_status"]).strip()
        if status.upper() in {"MSI-H", "MSI-HIGH"}:
            leaves.append(MsiLeaf())
        else:
            notes.append(f"{path}: ms_status {value['ms_status']!r} not mapped")
    gene = _gene(value.get("hugo_symbol"))
    if gene is not None or "fusion_partner_hugo_symbol" in value:
        variant = _variant(value, gene, path, notes)
        if variant is not None:
            leaves.append(variant)
    elif set(value) & (_KNOWN - {"ms_status", "hugo_symbol"}):
        notes.append(f"{path}: no gene named; not applied")
    if not leaves:
        return None
    return leaves[0] if len(leaves) == 1 else AllOf(tuple(leaves))


def _gene(value: object) -> str | None:
    if value is None or not isinstance(value, str):
        return None
    text = value.strip()
    if not text or text.lower() == "none":
        return None
    return canonical_gene(text)  # MLL2 → KMT2D, as findings are stored


def _variant(
    value: Mapping[str, Any], gene: str | None, path: str, notes: list[str]
) -> Rule | None:
    category = str(value.get("variant_category", "Any Variation")).strip()
    kinds = _CATEGORY_KINDS.get(category.lower())
    if kinds is None and category.lower() != "any variation":
        notes.append(f"{path}: variant_category {category!r} not mapped")
        return None
    if kinds is not None and kinds == _CATEGORY_KINDS["structural variation"]:
        return _fusion(value, gene, path, notes)
    if gene is None:
        notes.append(f"{path}: no gene named; not applied")
        return None
    specific = _specific(value, gene, path, notes)
    if specific is not None:
        return specific
    return GeneLeaf(gene) if kinds is None else KindLeaf(kinds, gene)


def _specific(value: Mapping[str, Any], gene: str, path: str, notes: list[str]) -> Rule | None:
    if "protein_change" in value:
        text = str(value["protein_change"]).strip()
        canonical = normalise_protein(text)
        if canonical is None:
            notes.append(f"{path}: protein_change {text!r} not understood")
            return None
        if "exon" in value:
            notes.append(f"{path}: exon {value['exon']!r} not checked beside the protein change")
        return ProteinLeaf(gene, frozenset({canonical}))
    if "wildcard_protein_change" in value:
        text = str(value["wildcard_protein_change"]).strip()
        canonical = normalise_protein(text)
        position = protein_position(canonical) if canonical else None
        if position is None:
            notes.append(f"{path}: wildcard_protein_change {text!r} not understood")
            return None
        return PositionLeaf(gene, frozenset({position}))
    if "cnv_call" in value:
        return _cnv(value["cnv_call"], gene, path, notes)
    if "exon" in value:
        return _exon(value, gene, path, notes)
    if "variant_classification" in value:
        notes.append(f"{path}: variant_classification {value['variant_classification']!r} "
                     "not mapped; the gene and category are used")  # fmt: skip
    return None


def _cnv(value: object, gene: str, path: str, notes: list[str]) -> Rule | None:
    wanted = str(value).strip().lower()
    if wanted not in _CNV_CALLS:
        notes.append(f"{path}: cnv_call {value!r} not mapped; any {gene} copy-number change used")
        return KindLeaf(frozenset({FindingKind.CNV}), gene)
    return AmplificationLeaf(gene) if wanted == "high amplification" else DeletionLeaf(gene)


def _exon(value: Mapping[str, Any], gene: str, path: str, notes: list[str]) -> Rule | None:
    classification = str(value.get("variant_classification", "")).lower()
    event = _EXON_EVENTS.get(classification)
    try:
        number = int(value["exon"])
    except (TypeError, ValueError):
        number = 0
    if event is None or number < 1:
        notes.append(f"{path}: exon {value['exon']!r} without a deletion/insertion not mapped")
        return None
    return ExonLeaf(gene, number, event)


def _fusion(value: Mapping[str, Any], gene: str | None, path: str, notes: list[str]) -> Rule | None:
    partner_text = value.get("fusion_partner_hugo_symbol")
    partner = _gene(partner_text) if isinstance(partner_text, str) else None
    if partner is not None and partner.lower() in _ANY_GENE:
        partner = None
    if gene is not None and gene.lower() in _ANY_GENE:
        gene, partner = partner, None
    if partner is not None and partner == "INTERGENIC" or gene == "INTERGENIC":
        notes.append(f"{path}: intergenic rearrangements are not mapped")
        return None
    if gene is None:
        notes.append(f"{path}: fusion without a named gene not mapped")
        return None
    return FusionLeaf(gene, partner)
