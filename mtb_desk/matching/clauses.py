"""A rule's clauses as phrases ("any KRAS alteration", "ALK fusion (any partner)"), so a
reason names the criterion in the reader's language. `Rule.describe()` stays the English
text of the rule syntax (catalogue files, the CLI's catalogue listing)."""

from __future__ import annotations

from mtb_desk.domain.enums import FindingKind, MsiStatus
from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase
from mtb_desk.matching.rules import (
    _SMALL,
    AllOf,
    AmplificationLeaf,
    AnyOf,
    DeletionLeaf,
    ExonLeaf,
    FusionLeaf,
    GeneLeaf,
    KindLeaf,
    MsiLeaf,
    NotRule,
    OriginLeaf,
    PositionLeaf,
    ProteinLeaf,
    Rule,
    TmbLeaf,
)


def kinds_listing(kinds: frozenset[FindingKind]) -> Listing:
    """`mutation` for snv+indel+mnv, else each kind in words, as alternatives."""
    words = ["mutation"] if kinds >= _SMALL else []
    rest = kinds - _SMALL if words else kinds
    words.extend(k.value for k in sorted(rest))
    return Listing(tuple(Term("rule_kind", w) for w in words), "or")


def positions(leaf: PositionLeaf) -> str:
    return "/".join(f"{r}{p}" for r, p in sorted(leaf.positions, key=lambda x: x[1]))


def limits(leaf: AmplificationLeaf) -> Listing | None:
    found: list[Value] = []
    if leaf.min_copy_number is not None:
        found.append(phrase("limit.copy-number", value=float(leaf.min_copy_number)))
    if leaf.min_fold_change is not None:
        found.append(phrase("limit.fold-change", value=float(leaf.min_fold_change)))
    return Listing(tuple(found), "or") if found else None


def clause(rule: Rule) -> Phrase | Listing:  # noqa: C901, PLR0911 - one branch per leaf type
    """The rule (or leaf) in words, as a phrase."""
    if isinstance(rule, AllOf | AnyOf):
        children = tuple(_wrapped(c) for c in rule.children)
        return Listing(children, "and") if isinstance(rule, AllOf) else Listing(children, "or")
    if isinstance(rule, NotRule):
        return negated(clause(rule.child))
    if isinstance(rule, GeneLeaf):
        return phrase("rule.gene", gene=rule.gene)
    if isinstance(rule, KindLeaf):
        words = kinds_listing(rule.kinds)
        if rule.gene:
            return phrase("rule.kind", gene=rule.gene, kinds=words)
        return phrase("rule.kind-any", kinds=words)
    if isinstance(rule, ProteinLeaf):
        return phrase("rule.protein", gene=rule.gene, proteins="/".join(sorted(rule.proteins)))
    if isinstance(rule, PositionLeaf):
        return phrase("rule.position", gene=rule.gene, positions=positions(rule))
    if isinstance(rule, ExonLeaf):
        return phrase("rule.exon", gene=rule.gene, number=rule.number,
                      event=Term("exon_event", rule.event))  # fmt: skip
    if isinstance(rule, FusionLeaf):
        if rule.partner is None:
            return phrase("rule.fusion-any", gene=rule.gene)
        return phrase("rule.fusion-with", gene=rule.gene, partner=rule.partner)
    if isinstance(rule, AmplificationLeaf):
        found = limits(rule)
        if found is None:
            return phrase("rule.amplification", gene=rule.gene)
        return phrase("rule.amplification-limits", gene=rule.gene, limits=found)
    if isinstance(rule, DeletionLeaf):
        return phrase("rule.deletion", gene=rule.gene)
    if isinstance(rule, OriginLeaf):
        return phrase("rule.origin", rule=clause(rule.inner), origin=Term("origin", rule.origin))
    if isinstance(rule, TmbLeaf):
        code = "rule.tmb-at-least" if rule.inclusive else "rule.tmb-above"
        return phrase(code, threshold=float(rule.threshold))
    assert isinstance(rule, MsiLeaf)
    if rule.status is MsiStatus.MSI_HIGH:
        return phrase("rule.msi-high")
    return phrase("rule.msi", status=Term("msi", rule.status.value))


def _wrapped(rule: Rule) -> Value:
    inner = clause(rule)
    if isinstance(rule, AllOf | AnyOf) and len(rule.children) > 1:
        return phrase("rule.bracket", rule=inner)
    return inner


_NONE = {"rule.gene": "rule.gene-none", "rule.kind-any": "rule.kind-none"}


def negated(inner: Phrase | Listing) -> Phrase:
    """`any KRAS alteration` → `no KRAS alteration`; others → `no …`."""
    if isinstance(inner, Phrase) and inner.code in _NONE:
        return Phrase(_NONE[inner.code], inner.params)
    return phrase("rule.not", rule=inner)
