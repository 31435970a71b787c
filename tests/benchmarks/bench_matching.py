"""Matching speed: 100,000 synthetic cases x ~20 findings against 50 cohorts.

Run separately: ``.venv/bin/python tests/benchmarks/bench_matching.py`` (or with pytest).
The naive baseline (every case, cohort and finding, no index) is timed in the same run on a
sample of cases and its per-case rate compared with the indexed matcher on that same sample;
both must give identical results there.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.domain.enums import CnvCall, FindingKind, Oncogenicity  # noqa: E402
from mtb_desk.domain.records import AnnotationView, FindingView  # noqa: E402
from mtb_desk.matching.engine import CohortSpec, Matcher, TumourTypes  # noqa: E402
from mtb_desk.matching.evaluation import CaseInput  # noqa: E402
from mtb_desk.matching.rule_syntax import parse_rule  # noqa: E402
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
        CaseInput(findings=tuple(rng.sample(pool, FINDINGS)), diagnosis=rng.choice(DIAGNOSES),
                  tmb=rng.choice([None, 3.0, 12.0]), case_id=i)  # fmt: skip
        for i in range(CASES)
    ]


def timed(matcher: Matcher, cases: list[CaseInput]) -> tuple[float, list[object]]:
    start = time.perf_counter()
    results: list[object] = [matcher.match(c) for c in cases]
    return time.perf_counter() - start, results


def main() -> dict[str, float]:
    rng = random.Random(4)
    specs, tree = cohorts(), builtin_tree()
    cases = make_cases(rng)
    indexed, naive = Matcher(specs, tree), Matcher(specs, tree, indexed=False)
    total, results = timed(indexed, cases)
    matches = sum(len(r) for r in results)  # type: ignore[arg-type]
    sample = cases[:NAIVE_SAMPLE]
    fast_sample, fast_results = timed(indexed, sample)
    slow_sample, slow_results = timed(naive, sample)
    assert fast_results == slow_results, "indexed and naive matching disagree"
    ratio = slow_sample / fast_sample
    naive_estimate = slow_sample / NAIVE_SAMPLE * CASES
    print(f"indexed: {CASES:,} cases x {FINDINGS} findings x {len(specs)} cohorts "
          f"in {total:.2f} s ({matches:,} matches)")  # fmt: skip
    print(f"naive baseline on {NAIVE_SAMPLE:,} cases: {slow_sample:.2f} s vs indexed "
          f"{fast_sample:.3f} s on the same cases -> {ratio:.1f}x faster")  # fmt: skip
    print(f"naive extrapolated to {CASES:,} cases: {naive_estimate:.0f} s "
          f"({naive_estimate / total:.1f}x the indexed total)")  # fmt: skip
    return {"total": total, "ratio": ratio}


def test_matching_speed() -> None:
    figures = main()
    assert figures["total"] < 2.0
    assert figures["ratio"] >= 10.0


if __name__ == "__main__":
    main()
