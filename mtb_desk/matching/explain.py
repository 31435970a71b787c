"""'Why not': every criterion of a cohort marked met / not met / not tested / unknown."""

from __future__ import annotations

from mtb_desk.i18n.phrases import Value, phrase
from mtb_desk.matching.clauses import clause
from mtb_desk.matching.engine import (
    CohortExplanation,
    CohortSpec,
    Criterion,
    Match,
    tumour_clause,
)
from mtb_desk.matching.evaluation import CaseEvaluator, Evidence, Truth, finding_label, negated
from mtb_desk.matching.labels import LabelUse
from mtb_desk.matching.rules import AllOf, AnyOf, NotRule, Rule
from mtb_desk.reference.oncotree import TumourTypeTree


def explain_cohort(
    cohort: CohortSpec,
    evaluator: CaseEvaluator,
    tree: TumourTypeTree,
    match: Match | None,
    on_label: list[LabelUse] | None = None,
) -> CohortExplanation:
    criteria = [_criterion(e) for e in _leaf_outcomes(cohort.rule, evaluator, negate=False)]
    if len(criteria) > 1:
        overall = evaluator.truth(cohort.rule)
        whole = phrase("criterion.rule", rule=clause(cohort.rule))
        criteria.insert(0, Criterion(whole, overall, phrase("note.whole-rule")))
    tumour = tumour_clause(cohort.tumour_types, evaluator.case.diagnosis, tree)
    criteria.append(Criterion(phrase("criterion.tumour"), tumour.truth, tumour.text))
    for use in on_label or ():
        truth = Truth.NOT_MET if use.certain else Truth.NEEDS_CONFIRMATION
        criteria.append(Criterion(phrase("criterion.off-label"), truth, use.phrase()))
    availability = cohort.availability
    criteria.append(
        Criterion(
            phrase("criterion.takes-patients"),
            Truth.MET if availability.accepting else Truth.NOT_MET,
            availability.phrase(),
        )
    )
    criteria.extend(
        Criterion(phrase("criterion.not-mapped"), Truth.UNKNOWN, note) for note in cohort.notes
    )
    return CohortExplanation(cohort.code, cohort.drugs, match, tuple(criteria), cohort.source)


def _leaf_outcomes(rule: Rule, evaluator: CaseEvaluator, *, negate: bool) -> list[Evidence]:
    if isinstance(rule, AllOf | AnyOf):
        return [e for c in rule.children for e in _leaf_outcomes(c, evaluator, negate=negate)]
    if isinstance(rule, NotRule):
        return _leaf_outcomes(rule.child, evaluator, negate=not negate)
    outcome = evaluator.leaf(rule)
    if not negate:
        return [outcome]
    flipped = {Truth.MET: Truth.NOT_MET, Truth.NOT_MET: Truth.MET}.get(outcome.truth, outcome.truth)
    return [Evidence(negated(outcome.clause), flipped, outcome.finding, outcome.note)]


def _criterion(evidence: Evidence) -> Criterion:
    detail: Value = evidence.note or ""
    if evidence.finding is not None:
        shown = finding_label(evidence.finding)
        detail = phrase("note.finding", finding=shown, note=evidence.note) if evidence.note \
            else shown  # fmt: skip
    return Criterion(evidence.clause, evidence.truth, detail)
