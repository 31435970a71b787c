"""Matching speed: 100,000 synthetic cases x ~20 findings against 50 cohorts.

Run separately: ``.venv/bin/python tests/benchmarks/bench_matching.py`` (or with pytest).
Two baselines are timed in the same run, on a sample of the cases (too slow for all of them;
their totals for all cases are extrapolated from the sample and printed as such):

* naive: a literal loop over every (case, cohort, finding) triple, testing each leaf of the
  cohort's rule against each finding, no index, no compiled rules;
* unindexed: the generic evaluator (`Matcher(indexed=False)`), every cohort for every case.

Both must give exactly the indexed matcher's matches (reasons included) on the sample.
Each timed run starts after a `gc.collect()`; the collector stays on while timing.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.domain.enums import CnvCall, FindingKind, Oncogenicity  # noqa: E402
from mtb_desk.domain.records import AnnotationView, FindingView  # noqa: E402
from mtb_desk.matching.engine import (  # noqa: E402
    CohortSpec,
    Match,
    Matcher,
    TumourTypes,
    tumour_clause,
)
from mtb_desk.matching.evaluation import (  # noqa: E402
    CaseEvaluator,
    CaseInput,
    Truth,
    finding_weight,
    group_findings,
)
from mtb_desk.matching.rule_syntax import parse_rule  # noqa: E402
from mtb_desk.matching.rules import AllOf, AnyOf, MsiLeaf, NotRule, Rule, TmbLeaf  # noqa: E402
from mtb_desk.reference.oncotree import builtin_tree  # noqa: E402

CASES = 100_000
FINDINGS = 20
NAIVE_SAMPLE = 2_000
GENES = [f"GENE{i}" for i in range(480)] + [
    "BRAF", "KRAS", "NRAS", "EGFR", "ERBB2", "ALK", "RET", "ROS1", "NTRK1", "NTRK3", "MET",
    "PIK3CA", "BRCA1", "BRCA2", "CDK4", "CDKN2A", "FGFR2", "FGFR3", "IDH1", "TP53",
]  # fmt: skip
DIAGNOSES = ["LUAD", "LUSC", "COAD", "READ", "PAAD", "SKCM", "IDC", "PRAD", "GB", "HGSOC"]


def cohorts() -> list[CohortSpec]:
    rules = [
        {"gene": "BRAF", "position": "V600"}, {"gene": "ALK", "fusion": "any"},
        {"gene": "RET", "fusion": {"partner": "KIF5B"}}, {"gene": "ERBB2", "amplification": True},
        {"gene": "CDKN2A", "deletion": True}, {"tmb": {"at_least": 10}}, {"msi": "high"},
        {"gene": "EGFR", "exon": {"number": 19, "event": "deletion"}},
        {"gene": "MET", "exon": {"number": 14, "event": "skipping"}},
        {"all": [{"gene": "KRAS", "protein": "G12C"}, {"not": {"gene": "TP53"}}]},
        {"any": [{"gene": "BRCA1", "kind": ["snv", "indel"]}, {"gene": "BRCA2", "deletion": True}]},
    ]  # fmt: skip
    genes = GENES[-20:] + GENES[:10]
    specs = []
    for i in range(50):
        if i < len(rules):
            rule = rules[i]
        else:
            rule = {"any": [{"gene": genes[i % 30], "kind": "snv"},
                            {"gene": genes[(i * 7) % 30], "amplification": True}]}  # fmt: skip
        types = TumourTypes(("TISSUE",), ("NSCLC",) if i % 4 == 0 else ())
        specs.append(CohortSpec(f"C{i:02d}", f"cohort {i}", ("drug",), parse_rule(rule), types))
    return specs


def finding_pool(rng: random.Random, size: int = 40_000) -> list[FindingView]:
    levels = [AnnotationView(o, None, True, "", None, None, 1) for o in Oncogenicity]
    pool = []
    for i in range(size):
        kind = rng.choice([FindingKind.SNV] * 6 + [FindingKind.INDEL, FindingKind.CNV,
                                                   FindingKind.FUSION])  # fmt: skip
        gene = rng.choice(GENES)
        values = dict.fromkeys(FindingView.__dataclass_fields__)
        values.update(id=i, report_id=1, kind=kind, gene=gene, is_filtered=False,
                      annotation=rng.choice([*levels, None]))  # fmt: skip
        if kind is FindingKind.SNV:
            values["protein"] = rng.choice(["V600E", "G12C", "R273H", "E545K", "A100T"])
        elif kind is FindingKind.INDEL:
            values.update(protein="E746_A750del", exon=rng.choice(["19/28", "20/28"]))
        elif kind is FindingKind.CNV:
            values["cnv_call"] = rng.choice(list(CnvCall))
        else:
            values["partner_gene"] = rng.choice(GENES)
        pool.append(FindingView(**values))
    return pool


def make_cases(rng: random.Random) -> list[CaseInput]:
    pool = finding_pool(rng)
    return [
        CaseInput(
            findings=tuple(rng.sample(pool, FINDINGS)),
            diagnosis=rng.choice(DIAGNOSES),
            tmb=rng.choice([None, 3.0, 12.0]),
            case_id=i,
        )  # fmt: skip
        for i in range(CASES)
    ]


# ----------------------------------------------------------------- literal naive baseline

RANK = [Truth.NOT_MET, Truth.NOT_TESTED, Truth.UNKNOWN, Truth.NEEDS_CONFIRMATION,
        Truth.NEEDS_ANNOTATION, Truth.MET]  # fmt: skip
MET_RANK = RANK.index(Truth.MET)


def naive_leaf(leaf: Rule, case: CaseInput) -> int:
    """One leaf against every finding of the case, as the evaluator defines the outcome."""
    if isinstance(leaf, TmbLeaf):
        values = [
            f.value for f in case.findings if f.kind is FindingKind.TMB and f.value is not None
        ]
        tmb = case.tmb if case.tmb is not None else (values[0] if values else None)
        found = leaf.test_value(tmb)
        return 2 if found is None else (MET_RANK if found else 0)
    if isinstance(leaf, MsiLeaf):
        found = leaf.test_value(case.msi)
        return 2 if found is None else (MET_RANK if found else 0)
    best = 0  # not met: the benchmark's cases have no panel, so nothing is "not tested"
    for finding in case.findings:
        result = leaf.test(finding)  # type: ignore[union-attr]
        weight = finding_weight(finding) if result is not False else None
        if weight is not None:
            best = max(best, 2 if result is None else RANK.index(weight))
    return best


def naive_truth(rule: Rule, case: CaseInput) -> int:
    """Rank of the rule's truth: `all` is the lowest of its parts, `any` the highest."""
    if isinstance(rule, AllOf):
        return min(naive_truth(c, case) for c in rule.children)
    if isinstance(rule, AnyOf):
        return max(naive_truth(c, case) for c in rule.children)
    if isinstance(rule, NotRule):
        inner = naive_truth(rule.child, case)
        return MET_RANK - inner if inner in (0, MET_RANK) else inner
    return naive_leaf(rule, case)


def naive_match(matcher: Matcher, case: CaseInput) -> tuple[Match, ...]:
    """Every cohort for the case, every finding for each leaf; the engine words the reason."""
    assert case.panel is None
    found = []
    for index, cohort in enumerate(matcher.cohorts):
        truth = RANK[naive_truth(cohort.rule, case)]
        if truth not in (Truth.MET, Truth.NEEDS_ANNOTATION, Truth.NEEDS_CONFIRMATION):
            continue
        tumour = tumour_clause(cohort.tumour_types, case.diagnosis, matcher.tree)
        if tumour.truth is Truth.NOT_MET and not tumour.excluded:
            continue
        evaluator = CaseEvaluator(case, *group_findings(case.findings))
        evidence = evaluator.evidence(cohort.rule)  # the engine's wording of the reason:
        found.append(matcher._build(index, evaluator, evidence, tumour, truth))
    return tuple(found)


# --------------------------------------------------------------------------------- timing


def timed(
    match: Callable[[CaseInput], tuple[Match, ...]], cases: list[CaseInput]
) -> tuple[float, list[tuple[Match, ...]]]:
    gc.collect()  # the collector's debt from building the cases is not matching time
    start = time.perf_counter()
    results = [match(c) for c in cases]
    return time.perf_counter() - start, results


def main() -> dict[str, float]:
    rng = random.Random(4)
    specs, tree = cohorts(), builtin_tree()
    cases = make_cases(rng)
    indexed, unindexed = Matcher(specs, tree), Matcher(specs, tree, indexed=False)
    total, results = timed(indexed.match, cases)
    matches = sum(len(r) for r in results)
    sample = cases[:NAIVE_SAMPLE]
    fast, fast_results = timed(indexed.match, sample)
    naive, naive_results = timed(lambda c: naive_match(indexed, c), sample)
    slow, slow_results = timed(unindexed.match, sample)
    assert fast_results == naive_results, "indexed and naive matching disagree"
    assert fast_results == slow_results, "indexed and unindexed matching disagree"
    naive_total = naive / NAIVE_SAMPLE * CASES
    print(
        f"indexed: {CASES:,} cases x {FINDINGS} findings x {len(specs)} cohorts "
        f"in {total:.2f} s ({matches:,} matches, {total / CASES * 1e6:.1f} us/case)"
    )
    print(
        f"same {NAIVE_SAMPLE:,}-case sample, identical matches and reasons: indexed "
        f"{fast:.3f} s; naive triple loop {naive:.2f} s ({naive / fast:.1f}x slower); "
        f"unindexed evaluator {slow:.2f} s ({slow / fast:.1f}x slower)"
    )
    print(
        f"naive triple loop extrapolated from the sample to {CASES:,} cases: "
        f"{naive_total:.0f} s = {naive_total / total:.1f}x the measured indexed total"
    )
    return {"total": total, "ratio": naive / fast, "ratio_total": naive_total / total}


def test_matching_speed() -> None:
    figures = main()
    assert figures["total"] < 2.0
    assert figures["ratio"] >= 10.0
    assert figures["ratio_total"] >= 10.0


if __name__ == "__main__":
    main()
