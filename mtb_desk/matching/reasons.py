"""The parts of a match's reason: tumour-type clause, on-label uses, evidence in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.matching.evaluation import CaseEvaluator, Evidence, Truth, finding_label
from mtb_desk.reference.oncotree import ROOT_CODE, TumourTypeTree

if TYPE_CHECKING:
    from mtb_desk.matching.specs import CohortSpec, TumourTypes


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
    if not cohort.on_label:  # nothing is on-label: skip resolving the diagnosis
        return []
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


def evidence_text(evidence: Iterable[Evidence]) -> str:
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
