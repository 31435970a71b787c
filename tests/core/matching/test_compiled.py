"""Compiled rules give the generic evaluator's truth; the indexed matcher the reference's matches.

Random rules over every leaf kind (nested all / any / not) and random cases (annotations,
missing copy numbers, fusions either way round, TMB findings, panels) are checked against
`CaseEvaluator.truth` and against `Matcher(indexed=False)`, reasons included.
"""

from __future__ import annotations

import random
from dataclasses import replace

from mtb_desk.domain.enums import CnvCall, FindingKind, MsiStatus, Oncogenicity
from mtb_desk.domain.records import FindingView
from mtb_desk.matching.compiled import RANKS, CaseView, compile_rule
from mtb_desk.matching.coverage import Assayed, Coverage
from mtb_desk.matching.engine import Availability, CohortSpec, Matcher, OnLabel, TumourTypes
from mtb_desk.matching.evaluation import CaseEvaluator, CaseInput, group_findings
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.matching.rules import Rule
from mtb_desk.reference.oncotree import builtin_tree

from .factories import case, finding

TREE = builtin_tree()
GENES = ["BRAF", "KRAS", "EGFR", "ALK", "EML4", "MET", "ERBB2", "CDKN2A"]
LEVELS = [None, *Oncogenicity]


def random_leaf(rng: random.Random) -> dict[str, object]:
    gene = rng.choice(GENES)
    return rng.choice([
        {"gene": gene},
        {"kind": rng.sample(["snv", "indel", "cnv", "fusion", "splice"], 2)},
        {"gene": gene, "kind": "snv"},
        {"gene": gene, "protein": rng.choice(["V600E", "G12C"])},
        {"gene": gene, "position": "V600"},
        {"gene": gene, "exon": {"number": rng.choice([14, 19, 20]),
                                "event": rng.choice(["deletion", "insertion", "skipping"])}},
        {"gene": gene, "fusion": {"partner": rng.choice(["any", "EML4", "ALK"])}},
        {"gene": gene, "amplification": rng.choice([True, {"min_copy_number": 6}])},
        {"gene": gene, "deletion": True},
        {"tmb": {"at_least": 10}},
        {"msi": "high"},
        {"gene": gene, "kind": ["snv", "indel"], "origin": rng.choice(["germline", "somatic"])},
        {"kind": ["cnv"], "origin": "germline"},
    ])  # fmt: skip


def random_rule(rng: random.Random, depth: int = 0) -> dict[str, object]:
    choice = rng.random() if depth < 3 else 1.0
    if choice < 0.2:
        return {"not": random_rule(rng, depth + 1)}
    if choice < 0.5:
        key = rng.choice(["all", "any"])
        return {key: [random_rule(rng, depth + 1) for _ in range(rng.randint(1, 3))]}
    return random_leaf(rng)


def random_finding(rng: random.Random) -> FindingView:
    kind = rng.choice(["snv", "indel", "cnv", "fusion", "splice", "tmb"])
    extra: dict[str, object] = {}
    if kind == "snv":
        extra["protein"] = rng.choice(["V600E", "V600K", "G12C", "A100T", None])
    elif kind == "indel":
        extra.update(protein=rng.choice(["E746_A750del", "A767_V769dup"]),
                     exon=rng.choice(["19/28", "20/28", None]))  # fmt: skip
    elif kind == "cnv":
        extra.update(cnv_call=rng.choice([*CnvCall, None]),
                     copy_number=rng.choice([None, 0.2, 4.0, 9.0]))  # fmt: skip
    elif kind == "fusion":
        extra["partner_gene"] = rng.choice(GENES)
    elif kind == "splice":
        extra.update(exon=rng.choice(["14/21", None]), description="exon 14 skipping")
    else:
        extra["value"] = rng.choice([None, 4.0, 22.0])
    gene = None if kind == "tmb" else rng.choice(GENES)
    extra["equivocal"] = rng.random() < 0.2
    extra["origin"] = rng.choice([None, "germline", "somatic"])
    return finding(kind, gene, onc=rng.choice(LEVELS), **extra)


def random_coverage(rng: random.Random) -> Coverage | None:
    if rng.random() < 0.4:
        return None
    kinds = rng.sample(list(Assayed), rng.randint(0, len(Assayed)))
    genes = [None, frozenset(GENES[:4]), frozenset(GENES[3:])]
    return Coverage({k: rng.choice(genes) for k in kinds},
                    {k: f"{k.value} not run" for k in Assayed if k not in kinds})  # fmt: skip


def random_case(rng: random.Random) -> CaseInput:
    item = case(
        *(random_finding(rng) for _ in range(rng.randint(0, 6))),
        diagnosis=rng.choice(["LUAD", "SKCM", "COAD", "GBM", "XYZ"]),
        tmb=rng.choice([None, 5.0, 15.0]),
        msi=rng.choice([None, *MsiStatus]),
        panel=rng.choice([None, frozenset(GENES[:4]), frozenset()]),
    )
    return replace(item, coverage=random_coverage(rng), age=rng.choice([None, 5, 40]))


def evaluator_for(item: CaseInput) -> CaseEvaluator:
    by_gene, by_kind = group_findings(item.findings)
    return CaseEvaluator(item, by_gene, by_kind)


def test_compiled_rank_equals_the_evaluators_truth() -> None:
    rng = random.Random(7)
    rules: list[Rule] = [parse_rule(random_rule(rng)) for _ in range(300)]
    for _ in range(300):
        item = random_case(rng)
        by_gene, by_kind = group_findings(item.findings)
        view = CaseView(item, by_gene, by_kind)
        evaluator = CaseEvaluator(item, by_gene, by_kind)
        for rule in rules:
            assert compile_rule(rule)(view) == RANKS[evaluator.truth(rule)], rule


def random_cohort(rng: random.Random, index: int) -> CohortSpec:
    rule = parse_rule(random_rule(rng))
    labels = (OnLabel("drug-a", ("NSCLC",), rule),) if rng.random() < 0.2 else ()
    include = rng.choice([(), ("NSCLC",), ("TISSUE",)])
    return CohortSpec(
        f"C{index}", f"cohort {index}", ("drug-a",), rule,
        tumour_types=TumourTypes(include, rng.choice([(), ("MEL",)])), on_label=labels,
        availability=rng.choice([Availability(), Availability(free_slots=0)]),
    )  # fmt: skip


def test_indexed_matcher_equals_the_reference_with_reasons() -> None:
    rng = random.Random(11)
    cohorts = [random_cohort(rng, i) for i in range(60)]
    fast, slow = Matcher(cohorts, TREE), Matcher(cohorts, TREE, indexed=False)
    matched = 0
    for _ in range(400):
        item = random_case(rng)
        found = fast.match(item)
        assert found == slow.match(item)
        matched += len(found)
    assert matched > 100  # the random cases do match


def test_tumour_clauses_are_cached_per_diagnosis() -> None:
    spec = CohortSpec("BRAF", "BRAF", ("d",), parse_rule({"gene": "BRAF"}),
                      tumour_types=TumourTypes(("MEL",)))  # fmt: skip
    matcher = Matcher([spec], TREE)
    braf = finding(FindingKind.SNV, "BRAF", protein="V600E")
    assert matcher.match(case(braf, diagnosis="LUAD")) == ()
    assert [m.cohort for m in matcher.match(case(braf, diagnosis="SKCM"))] == ["BRAF"]
    assert matcher.match(case(braf, diagnosis="LUAD")) == ()


def test_cohorts_reading_only_tmb_msi_or_absence_are_still_tested() -> None:
    rules = {"NO-MSI": {"not": {"msi": "high"}}, "LOW-TMB": {"not": {"tmb": 10}},
             "NO-KRAS": {"not": {"gene": "KRAS"}}}  # fmt: skip
    specs = [CohortSpec(code, code, ("d",), parse_rule(rule)) for code, rule in rules.items()]
    fast, slow = Matcher(specs, TREE), Matcher(specs, TREE, indexed=False)
    items = [
        case(msi=MsiStatus.MSS), case(tmb=4.0), case(), case(panel=frozenset({"BRAF"})),
        case(finding(FindingKind.TMB, None, value=3.0)),
    ]  # fmt: skip
    codes = [[m.cohort for m in fast.match(item)] for item in items]
    assert codes == [["NO-MSI", "NO-KRAS"], ["LOW-TMB", "NO-KRAS"], ["NO-KRAS"], [],
                     ["LOW-TMB", "NO-KRAS"]]  # fmt: skip
    assert [fast.match(item) for item in items] == [slow.match(item) for item in items]
