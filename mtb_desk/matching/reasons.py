"""The parts of a match's reason, in plain words a clinician reads in a hurry.

Every sentence a match shows is built here (and in `wording.py` for near misses) as a
phrase (`i18n.phrases`): a code with parameters that each reader renders in their own
language. No database ids: findings are named by gene and change ("BRAF V600E",
"EML4::ALK fusion"). Tumour types are named by OncoTree code and OncoTree's own (English)
name, the standard term; the words around them are translated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.i18n.phrases import Listing, Phrase, Term, Value, phrase
from mtb_desk.matching.clauses import clause
from mtb_desk.matching.evaluation import CaseEvaluator, Evidence, Truth, finding_label
from mtb_desk.matching.labels import Label, LabelConditions
from mtb_desk.matching.rules import AllOf, AnyOf, NotRule, Rule
from mtb_desk.matching.specs import Reason
from mtb_desk.reference.oncotree import ROOT_CODE, ResolvedCode, TumourTypeTree

if TYPE_CHECKING:
    from mtb_desk.matching.specs import CohortSpec, TumourTypes


@dataclass(frozen=True, slots=True)
class TumourClause:
    truth: Truth
    text: Phrase
    excluded: bool = False


def _names(codes: Iterable[str], tree: TumourTypeTree) -> Listing:
    return Listing(tuple(tree.describe(c) for c in codes))


def _diagnosis(resolved: ResolvedCode, tree: TumourTypeTree) -> Value:
    """The diagnosis as `LUAD (Lung Adenocarcinoma)` (OncoTree's English name: the standard
    term), with what a retired code was mapped to."""
    code = resolved.code
    assert code is not None
    shown = tree.describe(code)
    if code == resolved.original.strip() or code == resolved.original.strip().upper():
        return shown
    targets = tree.retired.get(resolved.original.strip()) or \
        tree.retired.get(resolved.original.strip().upper()) or ()  # fmt: skip
    if len(targets) > 1:
        note = phrase("oncotree.split", code=resolved.original, codes=Listing(tuple(targets)),
                      now=code)  # fmt: skip
    else:
        note = phrase("oncotree.retired", code=resolved.original, version=tree.version, now=code)
    return phrase("tumour.noted", diagnosis=shown, note=note)


def tumour_clause(types: TumourTypes, diagnosis: str, tree: TumourTypeTree) -> TumourClause:
    """Whether the diagnosis falls under the included codes and outside the excluded ones;
    the text names exclusions ("any tumour type except LYMPH (Lymphoid)")."""
    resolved = tree.resolve(diagnosis)
    code = resolved.code
    if code is None:
        return TumourClause(Truth.UNKNOWN, phrase("tumour.unknown", diagnosis=diagnosis))
    shown = _diagnosis(resolved, tree)
    for excluded in types.exclude:
        if tree.covers(excluded, code):
            text = phrase("tumour.excluded", diagnosis=shown, excluded=tree.describe(excluded))
            return TumourClause(Truth.NOT_MET, text, True)
    but = _names(types.exclude, tree) if types.exclude else None
    if not types.include or ROOT_CODE in types.include:
        code_ = "tumour.any-except" if but else "tumour.any"
        return TumourClause(Truth.MET, phrase(code_, diagnosis=shown, excluded=but))
    for included in types.include:
        if tree.covers(included, code):
            code_ = "tumour.within-except" if but else "tumour.within"
            text = phrase(code_, diagnosis=shown, included=tree.describe(included), excluded=but)
            return TumourClause(Truth.MET, text)
    wanted = _names(types.include, tree)
    return TumourClause(Truth.NOT_MET, phrase("tumour.not-within", diagnosis=shown,
                                               included=wanted))  # fmt: skip


def label_from_on_label(cohort: CohortSpec, index: int) -> Label:
    """A catalogue's own on-label entry (one drug) as a label."""
    use = cohort.on_label[index]
    where = ", ".join(use.tumour_types)
    what = clause(use.alteration) if use.alteration is not None else \
        phrase("label.any-alteration")  # fmt: skip
    authority, _, note = use.note.partition(": ")
    indication = phrase("label.indication-noted" if note else "label.indication",
                        alteration=what, tumour_types=where, note=note or None)  # fmt: skip
    return Label(
        id=f"{cohort.code}:{use.drug}:{index}", drugs=(use.drug,), tumour_types=use.tumour_types,
        alteration=use.alteration, authority=authority or phrase("label.catalogue"),
        date=phrase("label.no-date"), indication=indication, conditions=LabelConditions(),
    )  # fmt: skip


def evidence_phrase(item: Evidence) -> Phrase:
    """One deciding leaf in words; an exclusion met only because a finding is not annotated
    yet is an open question, never evidence for the match."""
    finding = item.finding
    shown = finding_label(finding) if finding is not None else None
    clause_ = item.clause
    if item.negated and finding is not None and item.truth is Truth.NEEDS_ANNOTATION:
        return phrase("reason.open-unannotated", finding=shown, clause=clause_)
    if item.negated and finding is not None and item.truth is Truth.NEEDS_CONFIRMATION:
        return phrase("reason.open-equivocal", finding=shown, clause=clause_)
    note = item.note if item.note is not None else ""
    detail: Value = phrase("note.finding", finding=shown, note=note) if shown else note
    if item.negated or finding is None:
        if item.truth is Truth.MET:
            return phrase("reason.holds", clause=clause_, note=detail)
        return phrase("reason.clause-outcome", clause=clause_,
                      outcome=Term("truth", item.truth.value), note=detail)  # fmt: skip
    if item.truth is Truth.MET:
        return phrase("reason.meets", finding=shown, clause=clause_)
    if item.truth is Truth.NEEDS_ANNOTATION:
        return phrase("reason.would-meet-unannotated", finding=shown, clause=clause_)
    if item.truth is Truth.NEEDS_CONFIRMATION:
        return phrase("reason.would-meet-equivocal", finding=shown, clause=clause_)
    return phrase("reason.leaf-outcome", clause=clause_,
                  outcome=Term("truth", item.truth.value), note=detail)  # fmt: skip


def match_reasons(
    evidence: list[Evidence], tumour: TumourClause, status: Phrase
) -> tuple[Reason, ...]:
    """The parts of a match's reason: each deciding leaf, the tumour type, the status."""
    parts = [Reason("criterion", evidence_phrase(e), e.truth) for e in evidence]
    parts.append(Reason("tumour-type", tumour.text, tumour.truth))
    parts.append(Reason("status", status, None))
    return tuple(parts)


def not_tested_reasons(evaluator: CaseEvaluator, rule: Rule) -> list[Phrase]:
    """Why each part of the rule the assays could not see is not tested (one line each)."""
    found: list[Phrase] = []
    _collect(evaluator, rule, found)
    return list(dict.fromkeys(found))


def _collect(evaluator: CaseEvaluator, rule: Rule, found: list[Phrase]) -> None:
    if isinstance(rule, AllOf | AnyOf):
        for child in rule.children:
            _collect(evaluator, child, found)
    elif isinstance(rule, NotRule):
        _collect(evaluator, rule.child, found)
    else:
        outcome = evaluator.leaf(rule)
        if outcome.truth is Truth.NOT_TESTED:
            found.append(phrase("reason.not-tested", clause=outcome.clause,
                                note=outcome.note or ""))  # fmt: skip
