"""Matching: statuses, reasons, annotation gating, tumour types, on-label exclusion, why-not."""

from __future__ import annotations

import pytest

from mtb_desk.domain.enums import Oncogenicity
from mtb_desk.matching.engine import (
    Availability,
    CohortSpec,
    Label,
    Matcher,
    MatchStatus,
    OnLabel,
    TumourTypes,
)
from mtb_desk.matching.evaluation import Truth
from mtb_desk.matching.rule_syntax import parse_rule, rule_to_data
from mtb_desk.reference.oncotree import builtin_tree

from .factories import case, finding

TREE = builtin_tree()
V600 = {"gene": "BRAF", "position": "V600"}


def cohort(code: str, rule: dict[str, object], **kwargs: object) -> CohortSpec:
    drugs = kwargs.pop("drugs", ("drug-a",))
    return CohortSpec(code, code, drugs, parse_rule(rule), **kwargs)  # type: ignore[arg-type]


def only(matcher: Matcher, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
    matches = matcher.match(case(*args, **kwargs))  # type: ignore[arg-type]
    assert len(matches) == 1, matches
    return matches[0]


def test_eligible_match_names_finding_clause_and_tumour_type() -> None:
    matcher = Matcher([cohort("BRAF", V600, tumour_types=TumourTypes(("NSCLC",)))], TREE)
    match = only(matcher, finding("snv", "BRAF", protein="V600E", id=12), diagnosis="LUAD")
    assert match.status is MatchStatus.ELIGIBLE
    assert match.finding == 12
    assert match.reason == (
        "BRAF V600E meets 'BRAF V600 (any change at that residue)'; "
        "diagnosis LUAD (Lung Adenocarcinoma) is within NSCLC (Non-Small Cell Lung Cancer); "
        "cohort open"
    )
    assert match.to_dict() == {
        "cohort": "BRAF", "drugs": ["drug-a"], "status": "eligible", "reason": match.reason,
        "finding": 12, "source": "impress", "rank": None, "approved_alternatives": [],
        "not_tested_because": [], "escat_tier": None, "reasons": match.to_dict()["reasons"],
    }  # fmt: skip
    reasons = match.to_dict()["reasons"]
    assert [r["code"] for r in reasons] == ["reason.meets", "tumour.within", "cohort.open"]
    assert reasons[0]["outcome"] == "met"
    assert reasons[0]["parameters"]["finding"] == {
        "code": "finding.small", "parameters": {"gene": "BRAF", "change": "V600E"}
    }  # fmt: skip


def test_vus_and_benign_never_match_and_unannotated_needs_annotation() -> None:
    matcher = Matcher([cohort("BRAF", V600)], TREE)
    for level in (Oncogenicity.VUS, Oncogenicity.BENIGN, Oncogenicity.LIKELY_BENIGN):
        assert matcher.match(case(finding("snv", "BRAF", protein="V600E", onc=level))) == ()
    match = only(matcher, finding("snv", "BRAF", protein="V600E", onc=None, id=3))
    assert match.status is MatchStatus.NEEDS_ANNOTATION
    assert match.reason.startswith(
        "BRAF V600E would meet 'BRAF V600 (any change at that residue)' but is not annotated yet;"
    )
    assert match.reason.endswith("annotate the finding to confirm the match")
    likely_oncogenic = finding("snv", "BRAF", protein="V600K", onc=Oncogenicity.LIKELY_ONCOGENIC)
    likely = only(matcher, likely_oncogenic)
    assert likely.status is MatchStatus.ELIGIBLE


def test_subtree_tumour_types_include_and_exclude() -> None:
    types = TumourTypes(include=("TISSUE",), exclude=("NSCLC", "LYMPH"))
    matcher = Matcher([cohort("ALK", {"gene": "ALK", "fusion": "any"}, tumour_types=types)], TREE)
    alk = finding("fusion", "EML4", partner_gene="ALK", id=5)
    excluded = only(matcher, alk, diagnosis="LUSC")
    assert excluded.status is MatchStatus.EXCLUDED
    assert "diagnosis LUSC (Lung Squamous Cell Carcinoma) is within excluded NSCLC" in (
        excluded.reason
    )
    assert only(matcher, alk, diagnosis="IMT").status is MatchStatus.ELIGIBLE
    narrow = Matcher([cohort("ALK", {"gene": "ALK", "fusion": "any"},
                             tumour_types=TumourTypes(("COADREAD",)))], TREE)  # fmt: skip
    assert narrow.match(case(alk, diagnosis="LUAD")) == ()
    assert only(narrow, alk, diagnosis="READ").status is MatchStatus.ELIGIBLE


def test_retired_diagnosis_code_is_resolved_and_said() -> None:
    matcher = Matcher([cohort("BRAF", V600, tumour_types=TumourTypes(("BRAIN",)))], TREE)
    match = only(matcher, finding("snv", "BRAF", protein="V600E"), diagnosis="GBM")
    assert "diagnosis GB (Glioblastoma, IDH-Wildtype) (GBM was retired; OncoTree " in match.reason
    assert "uses GB) is within BRAIN (CNS/Brain)" in match.reason


def test_a_regimen_within_the_cohort_excludes_and_others_are_alternatives() -> None:
    rule = parse_rule(V600)
    combo = Label("dt-mel", ("dabrafenib", "trametinib"), ("MEL",), rule, "EMA", "2015-08-25",
                  "BRAF V600 melanoma")  # fmt: skip
    mono = Label("d-nsclc", ("dabrafenib",), ("NSCLC",), rule, "EMA", "2017-03-31",
                 "BRAF V600 NSCLC")  # fmt: skip
    both = CohortSpec("DT", "DT", ("dabrafenib", "trametinib"), rule)
    alone = CohortSpec("T", "T", ("trametinib",), rule)
    matcher = Matcher([both, alone], TREE, labels=(combo, mono))
    braf = finding("snv", "BRAF", protein="V600E")
    melanoma = {m.cohort: m for m in matcher.match(case(braf, diagnosis="SKCM"))}
    assert melanoma["DT"].status is MatchStatus.EXCLUDED
    assert melanoma["DT"].reason.endswith(
        "excluded: on-label use: dabrafenib + trametinib (EMA 2015-08-25) for BRAF V600 melanoma"
    )
    assert melanoma["T"].status is MatchStatus.ELIGIBLE  # trametinib alone is not the label
    assert tuple(map(str, melanoma["T"].approved_alternatives)) == (
        "dabrafenib + trametinib (EMA 2015-08-25) for BRAF V600 melanoma",)  # fmt: skip
    lung = {m.cohort: m for m in matcher.match(case(braf, diagnosis="LUAD"))}
    assert lung["DT"].status is MatchStatus.EXCLUDED  # dabrafenib alone is approved there
    assert tuple(map(str, lung["T"].approved_alternatives)) == (
        "dabrafenib (EMA 2017-03-31) for BRAF V600 NSCLC",
    )


def test_on_label_depends_on_the_alteration() -> None:
    met_ex14 = parse_rule({"gene": "MET", "exon": {"number": 14, "event": "skipping"}})
    amplification = {"gene": "MET", "amplification": {"min_copy_number": 6}}
    rule = parse_rule({"any": [rule_to_data(met_ex14), amplification]})
    spec = CohortSpec("MET", "MET", ("capmatinib",), rule,
                      on_label=(OnLabel("capmatinib", ("NSCLC",), met_ex14),))  # fmt: skip
    matcher = Matcher([spec], TREE)
    skipping = finding("splice", "MET", exon="14/21")
    amplified = finding("cnv", "MET", cnv_call="amplification", copy_number=9)
    assert only(matcher, skipping, diagnosis="LUAD").status is MatchStatus.EXCLUDED
    assert only(matcher, amplified, diagnosis="LUAD").status is MatchStatus.ELIGIBLE


@pytest.mark.parametrize(
    ("availability", "status", "text"),
    [
        (Availability(free_slots=0), MatchStatus.FULL, "not eligible: cohort full: no places left"),
        (Availability(closed=True, reason="closed: negative after stage 1 (0 of 8 with benefit)"),
         MatchStatus.CLOSED, "not eligible: closed: negative after stage 1 (0 of 8 with benefit)"),
        (Availability(free_slots=3), MatchStatus.ELIGIBLE, "cohort open, 3 places left"),
    ],
)  # fmt: skip
def test_full_and_closed_cohorts_say_why(
    availability: Availability, status: MatchStatus, text: str
) -> None:
    matcher = Matcher([cohort("BRAF", V600, availability=availability)], TREE)
    match = only(matcher, finding("snv", "BRAF", protein="V600E"))
    assert match.status is status
    assert match.reason.endswith(text)


def test_negation_nesting_and_biomarkers() -> None:
    rule = {"all": [{"gene": "ERBB2", "amplification": True}, {"not": {"gene": "KRAS"}}]}
    io = {"any": [{"tmb": {"at_least": 10}}, {"msi": "high"}]}
    matcher = Matcher([cohort("HER2", rule), cohort("IO", io, drugs=("nivolumab",))], TREE)
    erbb2 = finding("cnv", "ERBB2", cnv_call="amplification", id=1)
    kras = finding("snv", "KRAS", protein="G12D", id=2)
    kras_vus = finding("snv", "KRAS", protein="G12D", onc=Oncogenicity.VUS, id=3)
    assert matcher.match(case(erbb2, kras)) == ()
    match = only(matcher, erbb2, kras_vus)
    assert match.findings == (1,)
    assert (
        "'no KRAS alteration' holds (KRAS G12D: annotated VUS, which never matches)" in match.reason
    )
    pending = only(matcher, erbb2, finding("snv", "KRAS", protein="G12D", onc=None))
    assert pending.status is MatchStatus.NEEDS_ANNOTATION
    tmb = only(matcher, tmb=14.0)
    assert tmb.cohort == "IO"
    assert tmb.finding is None
    assert tmb.reason.startswith("'TMB ≥ 10 mut/Mb' holds (TMB 14 mut/Mb)")
    assert matcher.match(case(tmb=4.0)) == ()


def test_why_not_marks_each_criterion() -> None:
    rule = {"all": [{"gene": "NTRK1", "fusion": "any"}, {"not": {"gene": "KRAS"}}]}
    matcher = Matcher([cohort("NTRK", rule), cohort("TMB", {"tmb": 10}),
                       cohort("BRAF", V600, tumour_types=TumourTypes(("MEL",)))], TREE)  # fmt: skip
    panel = frozenset({"KRAS", "BRAF"})
    braf_case = case(finding("snv", "BRAF", protein="V600E", id=7), diagnosis="LUAD", panel=panel)
    explained = {e.cohort: e for e in matcher.explain(braf_case)}
    ntrk = [(str(c.clause), c.truth, str(c.detail)) for c in explained["NTRK"].criteria]
    assert ntrk[:3] == [
        (
            "rule: NTRK1 fusion (any partner) and no KRAS alteration",
            Truth.NOT_TESTED,
            "whole rule",
        ),
        ("NTRK1 fusion (any partner)", Truth.NOT_TESTED, "gene not on the assay's panel"),
        ("no KRAS alteration", Truth.MET, "not found in the reports"),  # tested, wild type
    ]
    tmb = explained["TMB"].criteria[0]
    assert (str(tmb.clause), tmb.truth, str(tmb.detail)) == (
        "TMB ≥ 10 mut/Mb",
        Truth.UNKNOWN,
        "TMB not reported",
    )
    braf = explained["BRAF"]
    assert braf.match is None
    assert [(str(c.clause), c.truth.value, str(c.detail)) for c in braf.criteria] == [
        ("BRAF V600 (any change at that residue)", "met", "BRAF V600E"),
        (
            "tumour type",
            "not met",
            "diagnosis LUAD (Lung Adenocarcinoma) is not within MEL (Melanoma)",
        ),
        ("cohort takes patients", "met", "cohort open"),
    ]
    assert braf.to_dict()["status"] == "no match"


def test_gene_with_a_finding_is_never_not_tested() -> None:
    matcher = Matcher([cohort("ALK", {"gene": "ALK", "fusion": "any"})], TREE)
    explained = matcher.explain(case(finding("snv", "ALK", protein="F1174L"),
                                     panel=frozenset({"BRAF"})))  # fmt: skip
    assert explained[0].criteria[0].truth is Truth.NOT_MET


def test_indexed_and_naive_agree() -> None:
    cohorts = [cohort("BRAF", V600), cohort("ALK", {"gene": "ALK", "fusion": "any"}),
               cohort("WT", {"not": {"gene": "KRAS"}}), cohort("SNV", {"kind": "snv"}),
               cohort("TMB", {"tmb": 10})]  # fmt: skip
    cases = [
        case(
            finding("snv", "BRAF", protein="V600E"),
            finding("fusion", "EML4", partner_gene="ALK"),
        ),
        case(finding("snv", "KRAS", protein="G12C"), tmb=20),
        case(finding("cnv", "MYC", cnv_call="amplification", onc=None)),
        case(),
    ]
    fast, slow = Matcher(cohorts, TREE), Matcher(cohorts, TREE, indexed=False)
    for item in cases:
        assert fast.match(item) == slow.match(item)
