"""Approved indications (on-label uses) and how they bear on one case and one cohort.

A label is one regulator's approval (authority and date) of a regimen (one drug or a
combination) for an alteration (None: any) in tumour types given as OncoTree codes that cover
their whole subtree, with conditions the app can check (germline origin, age) or can only
ask about (receptor status, line of therapy).

Policy (DRUP / IMPRESS): a cohort whose drugs include an approved regimen for this patient's
alteration and tumour type is *excluded*, with the label named; a regimen approved for the same
alteration and tumour type that is not part of the cohort is shown beside the cohort as an
*approved alternative*. Labels are checked before annotation: an unannotated finding that
meets a label's alteration still makes the use on-label (a pathologist's VUS or benign call
does not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mtb_desk.i18n.phrases import Listing, Phrase, Value, phrase, render
from mtb_desk.matching.evaluation import CaseEvaluator, Truth
from mtb_desk.matching.rules import (
    AllOf,
    AmplificationLeaf,
    AnyOf,
    MsiLeaf,
    NotRule,
    Rule,
    TmbLeaf,
    leaf_genes,
)
from mtb_desk.reference.oncotree import TumourTypeTree


@dataclass(frozen=True, slots=True)
class LabelConditions:
    """Conditions of an approval. `germline`: only for inherited variants; `confirm`:
    what the app does not record, e.g. "HR-positive, HER2-negative" (always asked);
    ages in years; `line`: line of therapy in words (shown, not checked)."""

    germline: bool = False
    confirm: str = ""
    min_age: float | None = None
    max_age: float | None = None
    line: str = ""

    def age_phrase(self) -> Phrase | None:
        low = None if self.min_age is None else float(self.min_age)
        high = None if self.max_age is None else float(self.max_age)
        if low is not None and high is not None:
            return phrase("age.between", low=low, high=high)
        if low is not None:
            return phrase("age.at-least", low=low)
        if high is not None:
            return phrase("age.under", high=high)
        return None

    def age_words(self) -> str:
        found = self.age_phrase()
        return "" if found is None else render(found)

    def words(self, lang: str = "en") -> str:
        parts: list[Value] = [phrase("label.germline-variant")] if self.germline else []
        parts += [p for p in (self.confirm, self.age_phrase(), self.line) if p]
        return render(Listing(tuple(parts)), lang)


@dataclass(frozen=True, slots=True)
class Label:
    """One approved indication. `indication` is the label's own words ("BRAF V600-mutant
    melanoma"); `source` says where it was checked and `unconfirmed` what could not be."""

    id: str
    drugs: tuple[str, ...]
    tumour_types: tuple[str, ...]
    alteration: Rule | None
    authority: Value
    date: Value  # ISO date of the approval (or extension) for this indication
    indication: Value
    conditions: LabelConditions = LabelConditions()
    source: str = ""
    unconfirmed: str = ""
    exclude: tuple[str, ...] = ()  # OncoTree branches the label leaves out

    def regimen(self) -> str:
        return " + ".join(self.drugs)

    def title(self) -> Phrase:
        """`encorafenib + cetuximab (EMA 2020-06-02) for BRAF V600E colorectal cancer`."""
        return phrase("label.title", regimen=self.regimen(), authority=self.authority,
                      date=self.date, indication=self.indication)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LabelUse:
    """A label that applies to a case; `open` names the conditions still to confirm."""

    label: Label
    code: str  # the label's tumour-type code that covers the diagnosis
    open: tuple[Value, ...] = ()

    @property
    def certain(self) -> bool:
        return not self.open

    def phrase(self) -> Phrase:
        head = self.label.title()
        if not self.open:
            return head
        return phrase("label.if", title=head, open=Listing(self.open, "and"))

    def text(self, lang: str = "en") -> str:
        return render(self.phrase(), lang)


def topics(rule: Rule | None) -> frozenset[str]:
    """Genes, "TMB" and "MSI" the rule asks to be present (leaves under `not` do not count)."""
    if rule is None or isinstance(rule, NotRule):
        return frozenset()
    if isinstance(rule, AllOf | AnyOf):
        return frozenset().union(*(topics(c) for c in rule.children))
    if isinstance(rule, TmbLeaf):
        return frozenset({"TMB"})
    if isinstance(rule, MsiLeaf):
        return frozenset({"MSI"})
    return leaf_genes(rule)


def applies(label: Label, evaluator: CaseEvaluator, tree: TumourTypeTree) -> LabelUse | None:
    """The use of this label for the case, or None when it does not apply."""
    case = evaluator.case
    diagnosis = tree.resolve(case.diagnosis).code
    if diagnosis is None:
        return None
    code = next((c for c in label.tumour_types if tree.covers(c, diagnosis)), None)
    if code is None or any(tree.covers(c, diagnosis) for c in label.exclude):
        return None
    open_: list[Value] = []
    if label.alteration is not None:
        truth = evaluator.truth(label.alteration)
        if truth not in (Truth.MET, Truth.NEEDS_ANNOTATION, Truth.NEEDS_CONFIRMATION):
            return None
        if truth is Truth.NEEDS_CONFIRMATION:
            open_.append(phrase("label.confirmed"))
        origin = _origin(label, evaluator)
        if origin is False:
            return None
        if origin is None:
            open_.append(phrase("label.germline"))
    conditions = label.conditions
    age = case.age
    if age is not None and (
        (conditions.min_age is not None and age < conditions.min_age)
        or (conditions.max_age is not None and age >= conditions.max_age)
    ):
        return None
    if age is None and (conditions.min_age is not None or conditions.max_age is not None):
        open_.append(conditions.age_phrase() or "")
    if conditions.confirm:
        if "HER2-negative" in conditions.confirm and _her2_amplified(evaluator):
            return None  # an ERBB2 amplification on the report makes the tumour HER2-positive
        open_.append(conditions.confirm)
    return LabelUse(label, code, tuple(open_))


_ERBB2_AMPLIFIED = AmplificationLeaf("ERBB2")


def _her2_amplified(evaluator: CaseEvaluator) -> bool:
    return evaluator.truth(_ERBB2_AMPLIFIED) is Truth.MET


def _origin(label: Label, evaluator: CaseEvaluator) -> bool | None:
    """For a germline-only label: True if a finding meeting it is germline, False if all are
    somatic, None if not stated. Always True for other labels."""
    if not label.conditions.germline or label.alteration is None:
        return True
    origins = {
        e.finding.origin
        for e in evaluator.evidence(label.alteration)
        if e.finding is not None and not e.negated
    }
    if "germline" in origins:
        return True
    if origins and origins <= {"somatic"}:
        return False
    return None


def split_labels(
    drugs: Iterable[str], labels: Iterable[Label], rule: Rule
) -> tuple[tuple[Label, ...], tuple[Label, ...]]:
    """(own, alternatives) for a cohort: own regimens are part of the cohort's drugs;
    alternatives treat an alteration the cohort's rule also asks for."""
    mine = set(drugs)
    wanted = topics(rule)
    own, other = [], []
    for label in labels:
        if set(label.drugs) <= mine:
            own.append(label)
        elif topics(label.alteration) & wanted:
            other.append(label)
    return tuple(own), tuple(other)
