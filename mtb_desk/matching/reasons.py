"""The parts of a match's reason, in plain words a clinician reads in a hurry.

Every sentence a match shows is built here (and in `wording.py` for near misses) from
structured values, so the texts can later be rendered in another language in one place.
No database ids: findings are named by gene and change ("BRAF V600E", "EML4::ALK fusion").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.matching.evaluation import CaseEvaluator, Evidence, Truth, finding_label
from mtb_desk.matching.labels import Label, LabelConditions
from mtb_desk.matching.rules import AllOf, AnyOf, NotRule, Rule
from mtb_desk.reference.oncotree import ROOT_CODE, TumourTypeTree

if TYPE_CHECKING:
    from mtb_desk.matching.specs import CohortSpec, TumourTypes


@dataclass(frozen=True, slots=True)
class TumourClause:
    truth: Truth
    text: str
    excluded: bool = False


def _names(codes: Iterable[str], tree: TumourTypeTree) -> str:
    return ", ".join(_name(c, tree) for c in codes)


def _name(code: str, tree: TumourTypeTree) -> str:
    return tree.describe(code)


def tumour_clause(types: TumourTypes, diagnosis: str, tree: TumourTypeTree) -> TumourClause:
    """Whether the diagnosis falls under the included codes and outside the excluded ones;
    the text names exclusions ("any tumour type except LYMPH (Lymphoid)")."""
    resolved = tree.resolve(diagnosis)
    code = resolved.code
    shown = tree.describe(code) if code else diagnosis
    note = f" ({resolved.note})" if resolved.note and code else ""
    if code is None:
        return TumourClause(Truth.UNKNOWN, f"diagnosis {diagnosis} is not a known OncoTree code")
    for excluded in types.exclude:
        if tree.covers(excluded, code):
            text = f"diagnosis {shown}{note} is within excluded {_name(excluded, tree)}"
            return TumourClause(Truth.NOT_MET, text, True)
    but = f" except {_names(types.exclude, tree)}" if types.exclude else ""
    if not types.include or ROOT_CODE in types.include:
        return TumourClause(Truth.MET, f"diagnosis {shown}{note}: any tumour type{but}")
    for included in types.include:
        if tree.covers(included, code):
            return TumourClause(
                Truth.MET, f"diagnosis {shown}{note} is within {_name(included, tree)}{but}"
            )
    wanted = _names(types.include, tree)
    return TumourClause(Truth.NOT_MET, f"diagnosis {shown}{note} is not within {wanted}")


def label_from_on_label(cohort: CohortSpec, index: int) -> Label:
    """A catalogue's own on-label entry (one drug) as a label."""
    use = cohort.on_label[index]
    where = ", ".join(use.tumour_types)
    what = use.alteration.describe() if use.alteration is not None else "any alteration"
    authority, _, note = use.note.partition(": ")
    return Label(
        id=f"{cohort.code}:{use.drug}:{index}", drugs=(use.drug,), tumour_types=use.tumour_types,
        alteration=use.alteration, authority=authority or "catalogue", date="date not given",
        indication=f"{what} in {where}" + (f" ({note})" if note else ""),
        conditions=LabelConditions(),
    )  # fmt: skip


def evidence_text(evidence: Iterable[Evidence]) -> str:
    """Each deciding leaf in words; an exclusion met only because a finding is not annotated
    yet is an open question, never evidence for the match."""
    parts = []
    for item in evidence:
        finding = item.finding
        if item.negated and finding is not None and item.truth is Truth.NEEDS_ANNOTATION:
            parts.append(
                f"open question: {finding_label(finding)} is not annotated yet; if oncogenic, "
                f"it excludes the cohort ('{item.clause}')"
            )
        elif item.negated and finding is not None and item.truth is Truth.NEEDS_CONFIRMATION:
            parts.append(
                f"open question: {finding_label(finding)} is equivocal; if confirmed, it "
                f"excludes the cohort ('{item.clause}')"
            )
        elif item.negated or finding is None:
            about = f"{finding_label(finding)}: " if finding is not None else ""
            holds = "holds" if item.truth is Truth.MET else item.truth.value
            parts.append(f"'{item.clause}' {holds} ({about}{item.note})")
        elif item.truth is Truth.MET:
            parts.append(f"{finding_label(finding)} meets '{item.clause}'")
        elif item.truth is Truth.NEEDS_ANNOTATION:
            parts.append(f"{finding_label(finding)} would meet '{item.clause}' but is not "
                         "annotated yet")  # fmt: skip
        elif item.truth is Truth.NEEDS_CONFIRMATION:
            parts.append(f"{finding_label(finding)} would meet '{item.clause}' but is "
                         f"equivocal (the lab flagged it as uncertain)")  # fmt: skip
        else:
            parts.append(f"'{item.clause}': {item.truth.value} ({finding_label(finding)}: "
                         f"{item.note})")  # fmt: skip
    return "; ".join(parts)


def match_reason(evidence: list[Evidence], tumour: TumourClause, status_text: str) -> str:
    parts = [evidence_text(evidence), tumour.text, status_text]
    return "; ".join(part for part in parts if part)


def not_tested_reasons(evaluator: CaseEvaluator, rule: Rule) -> list[str]:
    """Why each part of the rule the assays could not see is not tested (one line each)."""
    found: list[str] = []
    _collect(evaluator, rule, found)
    return list(dict.fromkeys(found))


def _collect(evaluator: CaseEvaluator, rule: Rule, found: list[str]) -> None:
    if isinstance(rule, AllOf | AnyOf):
        for child in rule.children:
            _collect(evaluator, child, found)
    elif isinstance(rule, NotRule):
        _collect(evaluator, rule.child, found)
    else:
        outcome = evaluator.leaf(rule)
        if outcome.truth is Truth.NOT_TESTED:
            found.append(f"'{outcome.clause}' not tested: {outcome.note}")
