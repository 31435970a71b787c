"""Parse rules from plain mappings (YAML/JSON) and write them back; errors name the path."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mtb_desk.domain.enums import FindingKind, MsiStatus
from mtb_desk.domain.genes import canonical_gene
from mtb_desk.domain.protein import normalise_protein, protein_position
from mtb_desk.matching.rules import (
    EXON_EVENTS,
    ORIGINS,
    AllOf,
    AmplificationLeaf,
    AnyOf,
    DeletionLeaf,
    ExonLeaf,
    FusionLeaf,
    GeneLeaf,
    KindLeaf,
    Leaf,
    MsiLeaf,
    NotRule,
    OriginLeaf,
    PositionLeaf,
    ProteinLeaf,
    Rule,
    RuleError,
    TmbLeaf,
)

_ALTERATION_KEYS = ("protein", "position", "exon", "fusion", "amplification", "deletion", "kind")
_LEAF_KEYS = frozenset({"gene", *_ALTERATION_KEYS, "tmb", "msi", "origin"})
_ANY = frozenset({"any", "*", "any_gene"})


def parse_rule(data: object, path: str = "rule") -> Rule:
    """Parse one rule tree; raises `RuleError` naming the path of the first problem."""
    if not isinstance(data, Mapping) or not data:
        raise RuleError(path, "a rule must be a mapping such as {gene: BRAF, protein: V600E}")
    keys = set(data)
    boolean = sorted(keys & {"all", "any", "not"})
    if boolean:
        if len(keys) > 1:
            extra = ", ".join(sorted(keys - {boolean[0]}))
            raise RuleError(path, f"'{boolean[0]}' cannot be combined with {extra}")
        return _parse_boolean(boolean[0], data, path)
    unknown = keys - _LEAF_KEYS
    if unknown:
        raise RuleError(
            f"{path}.{sorted(unknown)[0]}",
            "unknown key; use all, any, not, gene, kind, protein, position, exon, fusion, "
            "amplification, deletion, tmb or msi",
        )
    return _parse_leaf(data, path)


def _parse_boolean(key: str, data: Mapping[str, Any], path: str) -> Rule:
    value = data[key]
    if key == "not":
        return NotRule(parse_rule(value, f"{path}.not"))
    if not isinstance(value, list) or not value:
        raise RuleError(f"{path}.{key}", "must be a non-empty list of rules")
    children = tuple(parse_rule(item, f"{path}.{key}[{i}]") for i, item in enumerate(value))
    return AllOf(children) if key == "all" else AnyOf(children)


def _parse_leaf(data: Mapping[str, Any], path: str) -> Leaf:
    if "origin" in data:
        origin = str(data["origin"]).strip().lower()
        if origin not in ORIGINS:
            raise RuleError(f"{path}.origin", f"must be one of {', '.join(ORIGINS)}")
        if "tmb" in data or "msi" in data:
            raise RuleError(f"{path}.origin", "applies to findings, not to TMB or MSI")
        inner = _parse_leaf({k: v for k, v in data.items() if k != "origin"}, path)
        if isinstance(inner, TmbLeaf | MsiLeaf | OriginLeaf):  # pragma: no cover - refused above
            raise RuleError(f"{path}.origin", "applies to findings only")
        return OriginLeaf(inner, origin)
    if "tmb" in data or "msi" in data:
        key = "tmb" if "tmb" in data else "msi"
        if len(data) > 1:
            raise RuleError(path, f"'{key}' is a case biomarker and takes no other keys")
        return _parse_tmb(data[key], f"{path}.tmb") if key == "tmb" else _parse_msi(data[key], path)
    alterations = [k for k in _ALTERATION_KEYS if k in data]
    if len(alterations) > 1:
        raise RuleError(
            path, f"one leaf holds one of {', '.join(alterations)}; combine leaves with 'all'"
        )
    gene = _gene(data.get("gene"), f"{path}.gene") if "gene" in data else None
    if not alterations:
        if gene is None:
            raise RuleError(f"{path}.gene", "is required")
        return GeneLeaf(gene)
    key = alterations[0]
    if key == "kind":
        return KindLeaf(_kinds(data["kind"], f"{path}.kind"), gene)
    if gene is None:
        raise RuleError(f"{path}.gene", f"is required with '{key}'")
    return _ALTERATION_PARSERS[key](gene, data[key], f"{path}.{key}")


def _gene(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip() or " " in value.strip():
        raise RuleError(path, "must be a gene symbol such as BRAF")
    return canonical_gene(value)  # MLL2 → KMT2D, as findings are stored


def _kinds(value: object, path: str) -> frozenset[FindingKind]:
    items = value if isinstance(value, list) else [value]
    kinds = set()
    for i, item in enumerate(items):
        try:
            kinds.add(FindingKind(str(item).lower()))
        except ValueError:
            where = path if not isinstance(value, list) else f"{path}[{i}]"
            choices = ", ".join(k.value for k in FindingKind)
            raise RuleError(where, f"{item!r} is not a finding kind ({choices})") from None
    if not kinds:
        raise RuleError(path, "needs at least one finding kind")
    return frozenset(kinds)


def _texts(value: object, path: str) -> list[tuple[str, str]]:
    items = value if isinstance(value, list) else [value]
    if not items:
        raise RuleError(path, "must not be empty")
    return [
        (str(item), path if not isinstance(value, list) else f"{path}[{i}]")
        for i, item in enumerate(items)
    ]


def _protein(gene: str, value: object, path: str) -> Leaf:
    proteins = set()
    for text, where in _texts(value, path):
        canonical = normalise_protein(text)
        if canonical is None:
            raise RuleError(where, f"{text!r} is not a protein change such as V600E")
        if canonical.endswith("="):  # a synonymous finding never meets a protein rule
            raise RuleError(where, f"{text!r} is a synonymous change, not a rule target")
        proteins.add(canonical)
    return ProteinLeaf(gene, frozenset(proteins))


def _position(gene: str, value: object, path: str) -> Leaf:
    positions = set()
    for text, where in _texts(value, path):
        canonical = normalise_protein(text)
        found = protein_position(canonical) if canonical else None
        if found is None or canonical != f"{found[0]}{found[1]}":
            raise RuleError(where, f"{text!r} is not a residue position such as V600")
        positions.add(found)
    return PositionLeaf(gene, frozenset(positions))


def _exon(gene: str, value: object, path: str) -> Leaf:
    if not isinstance(value, Mapping):
        raise RuleError(path, "must be a mapping such as {number: 19, event: deletion}")
    _no_extra(value, {"number", "event"}, path)
    number = value.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise RuleError(f"{path}.number", "must be an exon number (a positive whole number)")
    event = value.get("event")
    if event not in EXON_EVENTS:
        raise RuleError(f"{path}.event", f"must be one of {', '.join(EXON_EVENTS)}")
    return ExonLeaf(gene, number, str(event))


def _fusion(gene: str, value: object, path: str) -> Leaf:
    if value is True or (isinstance(value, str) and value.lower() in _ANY):
        return FusionLeaf(gene)
    if not isinstance(value, Mapping):
        raise RuleError(path, "must be 'any' or a mapping such as {partner: EML4}")
    _no_extra(value, {"partner"}, path)
    partner = value.get("partner", "any")
    if isinstance(partner, str) and partner.lower() in _ANY:
        return FusionLeaf(gene)
    return FusionLeaf(gene, _gene(partner, f"{path}.partner"))


def _amplification(gene: str, value: object, path: str) -> Leaf:
    if value is True:
        return AmplificationLeaf(gene)
    if not isinstance(value, Mapping):
        raise RuleError(path, "must be true or a mapping such as {min_copy_number: 6}")
    _no_extra(value, {"min_copy_number", "min_fold_change"}, path)
    limits = {k: _number(value[k], f"{path}.{k}") for k in value}
    return AmplificationLeaf(gene, limits.get("min_copy_number"), limits.get("min_fold_change"))


def _deletion(gene: str, value: object, path: str) -> Leaf:
    if value is not True:
        raise RuleError(path, "must be true")
    return DeletionLeaf(gene)


def _parse_tmb(value: object, path: str) -> Leaf:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return TmbLeaf(_number(value, path))
    if not isinstance(value, Mapping) or len(value) != 1:
        raise RuleError(path, "must be a number or one of {at_least: 10} / {above: 10}")
    _no_extra(value, {"at_least", "above"}, path)
    key = next(iter(value))
    return TmbLeaf(_number(value[key], f"{path}.{key}"), inclusive=key == "at_least")


def _parse_msi(value: object, path: str) -> Leaf:
    if str(value).lower() not in {"high", "msi-high", "msi-h"}:
        raise RuleError(f"{path}.msi", "must be 'high'")
    return MsiLeaf(MsiStatus.MSI_HIGH)


def _number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise RuleError(path, "must be a number ≥ 0")
    return float(value)


def _no_extra(value: Mapping[str, Any], allowed: set[str], path: str) -> None:
    extra = sorted(set(value) - allowed)
    if extra:
        raise RuleError(f"{path}.{extra[0]}", f"unknown key; use {', '.join(sorted(allowed))}")


_ALTERATION_PARSERS: dict[str, Callable[[str, object, str], Leaf]] = {
    "protein": _protein,
    "position": _position,
    "exon": _exon,
    "fusion": _fusion,
    "amplification": _amplification,
    "deletion": _deletion,
}


def rule_to_data(rule: Rule) -> dict[str, Any]:
    """The plain mapping `parse_rule` reads back into an equal rule (for storage as JSON)."""
    if isinstance(rule, AllOf | AnyOf):
        key = "all" if isinstance(rule, AllOf) else "any"
        return {key: [rule_to_data(c) for c in rule.children]}
    if isinstance(rule, NotRule):
        return {"not": rule_to_data(rule.child)}
    return _leaf_to_data(rule)


def _leaf_to_data(leaf: Leaf) -> dict[str, Any]:  # noqa: C901 - one branch per leaf type
    if isinstance(leaf, OriginLeaf):
        return {**_leaf_to_data(leaf.inner), "origin": leaf.origin}
    if isinstance(leaf, TmbLeaf):
        return {"tmb": {"at_least" if leaf.inclusive else "above": leaf.threshold}}
    if isinstance(leaf, MsiLeaf):
        return {"msi": "high"}
    data: dict[str, Any] = {"gene": leaf.gene} if leaf.gene else {}
    if isinstance(leaf, KindLeaf):
        data["kind"] = sorted(k.value for k in leaf.kinds)
    elif isinstance(leaf, ProteinLeaf):
        data["protein"] = sorted(leaf.proteins)
    elif isinstance(leaf, PositionLeaf):
        data["position"] = [f"{r}{p}" for r, p in sorted(leaf.positions)]
    elif isinstance(leaf, ExonLeaf):
        data["exon"] = {"number": leaf.number, "event": leaf.event}
    elif isinstance(leaf, FusionLeaf):
        data["fusion"] = {"partner": leaf.partner or "any"}
    elif isinstance(leaf, AmplificationLeaf):
        limits = {"min_copy_number": leaf.min_copy_number, "min_fold_change": leaf.min_fold_change}
        data["amplification"] = {k: v for k, v in limits.items() if v is not None} or True
    elif isinstance(leaf, DeletionLeaf):
        data["deletion"] = True
    return data
