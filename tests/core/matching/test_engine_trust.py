"""Findings not yet certain, resistance clauses, label conditions, ranking and plain words."""

from __future__ import annotations

from dataclasses import replace

from mtb_desk.domain.enums import EscatTier, Oncogenicity
from mtb_desk.matching.engine import (
    Availability,
    CohortSpec,
    Label,
    Matcher,
    MatchStatus,
    TumourTypes,
)
from mtb_desk.matching.labels import LabelConditions
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.matching.specs import ranked
from mtb_desk.reference.oncotree import builtin_tree

from .factories import annotation, case, finding

TREE = builtin_tree()


def spec(code: str, rule: dict[str, object], drugs: tuple[str, ...] = ("drug-a",),
         **extra: object) -> CohortSpec:  # fmt: skip
    return CohortSpec(code, code, drugs, parse_rule(rule), **extra)  # type: ignore[arg-type]


def test_an_equivocal_amplification_needs_confirmation_never_eligible() -> None:
    matcher = Matcher([spec("HER2", {"gene": "ERBB2", "amplification": True})], TREE)
    for onc in (Oncogenicity.ONCOGENIC, None):
        amp = finding("cnv", "ERBB2", cnv_call="amplification", copy_number=7, equivocal=True,
                      onc=onc)  # fmt: skip
        [match] = matcher.match(case(amp, diagnosis="COAD"))
        assert match.status is MatchStatus.NEEDS_CONFIRMATION
        assert "equivocal" in match.reason
    sure = finding("cnv", "ERBB2", cnv_call="amplification", copy_number=7)
    equivocal = replace(sure, id=sure.id + 1000, equivocal=True)
    [match] = matcher.match(case(equivocal, sure, diagnosis="COAD"))  # a certain one decides
    assert match.status is MatchStatus.ELIGIBLE


def test_a_resistance_clause_met_only_by_an_unannotated_finding_is_an_open_question() -> None:
    rule = {"all": [{"gene": "BRAF", "position": "V600"},
                    {"not": {"gene": "KRAS", "kind": ["snv", "indel", "mnv"]}}]}  # fmt: skip
    matcher = Matcher([spec("BRAF", rule)], TREE)
    braf = finding("snv", "BRAF", protein="V600E")
    kras = finding("snv", "KRAS", protein="G12D", onc=None)
    [match] = matcher.match(case(braf, kras, diagnosis="COAD"))
    assert match.status is MatchStatus.NEEDS_ANNOTATION
    assert match.reason.startswith(
        "BRAF V600E meets 'BRAF V600 (any change at that residue)'; open question: KRAS G12D is "
        "not annotated yet; if oncogenic, it excludes the cohort ('no KRAS mutation')"
    )
    annotated = replace(kras, annotation=annotation(Oncogenicity.ONCOGENIC))
    assert matcher.match(case(braf, annotated, diagnosis="COAD")) == ()
    [wild] = matcher.match(case(braf, diagnosis="COAD"))
    assert "'no KRAS mutation' holds (not found in the reports)" in wild.reason


LABEL = Label("olaparib-breast", ("olaparib",), ("BREAST",),
              parse_rule({"gene": "BRCA2", "kind": ["snv", "indel", "mnv"]}), "EMA", "2019-04-08",
              "germline BRCA1/2-mutated breast cancer",
              LabelConditions(germline=True))  # fmt: skip


def test_germline_labels_use_the_findings_origin() -> None:
    matcher = Matcher([spec("PARP", {"gene": "BRCA2"}, ("olaparib",))], TREE, labels=(LABEL,))
    brca = finding("indel", "BRCA2", protein="S1982Rfs*22")
    statuses = {
        origin: matcher.match(case(replace(brca, origin=origin), diagnosis="IDC"))[0].status
        for origin in ("germline", "somatic", None)
    }
    assert statuses == {"germline": MatchStatus.EXCLUDED, "somatic": MatchStatus.ELIGIBLE,
                        None: MatchStatus.NEEDS_CONFIRMATION}  # fmt: skip
    [open_] = matcher.match(case(brca, diagnosis="IDC"))
    assert open_.reason.endswith("if the variant is germline (to confirm)")
    [excluded] = matcher.match(case(replace(brca, origin="germline"), diagnosis="IDC"))
    assert "BRCA2 S1982Rfs*22 (germline) meets" in excluded.reason


def test_age_conditions_are_checked_when_the_age_is_known() -> None:
    young = replace(LABEL, conditions=LabelConditions(min_age=1, max_age=18))
    matcher = Matcher([spec("PARP", {"gene": "BRCA2"}, ("olaparib",))], TREE, labels=(young,))
    brca = finding("indel", "BRCA2", protein="S1982Rfs*22")
    item = case(brca, diagnosis="IDC")
    assert matcher.match(replace(item, age=12))[0].status is MatchStatus.EXCLUDED
    assert matcher.match(replace(item, age=40))[0].status is MatchStatus.ELIGIBLE
    assert matcher.match(item)[0].status is MatchStatus.NEEDS_CONFIRMATION


def test_ranking_eligible_first_then_open_then_full_then_excluded() -> None:
    braf = finding("snv", "BRAF", protein="V600E")
    tier_a = replace(braf, annotation=replace(annotation(Oncogenicity.ONCOGENIC),
                                              escat_tier=EscatTier.I_A))  # fmt: skip
    kras = finding("snv", "KRAS", protein="G12C", onc=None, id=77)
    cohorts = [
        spec("FULL", {"gene": "BRAF"}, availability=Availability(free_slots=0)),
        spec("EXCL", {"gene": "BRAF"}, tumour_types=TumourTypes((), ("NSCLC",))),
        spec("OPEN-3", {"gene": "BRAF"}, availability=Availability(free_slots=3)),
        spec("KRAS", {"gene": "KRAS"}),
        spec("OPEN-9", {"gene": "BRAF"}, availability=Availability(free_slots=9)),
    ]
    found = ranked(Matcher(cohorts, TREE).match(case(tier_a, kras, diagnosis="LUAD")))
    assert [(m.rank, m.cohort) for m in found] == [
        (1, "OPEN-9"), (2, "OPEN-3"), (3, "KRAS"), (4, "FULL"), (5, "EXCL")]  # fmt: skip
    assert found[0].tier == "I-A"


def test_reasons_say_a_mutation_and_name_fusions_five_to_three() -> None:
    matcher = Matcher([spec("K", {"gene": "KRAS", "kind": ["snv", "indel", "mnv"]}),
                       spec("A", {"gene": "ALK", "fusion": "any"})], TREE)  # fmt: skip
    found = {m.cohort: m.reason for m in matcher.match(case(
        finding("indel", "KRAS", protein="G12_G13insG"),
        finding("fusion", "EML4", partner_gene="ALK"), diagnosis="COAD"))}  # fmt: skip
    assert found["K"].startswith("KRAS G12_G13insG meets 'KRAS mutation'")
    assert found["A"].startswith("EML4::ALK fusion meets 'ALK fusion (any partner)'")


def test_a_rule_can_ask_for_germline_findings() -> None:
    from mtb_desk.matching.rule_syntax import rule_to_data

    data = {"gene": "BRCA2", "kind": ["indel", "snv"], "origin": "germline"}
    rule = parse_rule(data)
    assert rule_to_data(rule) == data
    assert rule.describe() == "BRCA2 indel or single-nucleotide variant (germline)"
    matcher = Matcher([CohortSpec("GERM", "GERM", ("d",), rule)], TREE)
    brca = finding("indel", "BRCA2", protein="S1982Rfs*22")
    [match] = matcher.match(case(replace(brca, origin="germline"), diagnosis="PAAD"))
    assert match.status is MatchStatus.ELIGIBLE
    assert matcher.match(case(replace(brca, origin="somatic"), diagnosis="PAAD")) == ()
    assert matcher.match(case(brca, diagnosis="PAAD")) == ()
    why = {e.cohort: e for e in matcher.explain(case(brca, diagnosis="PAAD"))}["GERM"]
    assert str(why.criteria[0].detail) == (
        "BRCA2 S1982Rfs*22: needs a germline variant; the report does not state the origin"
    )
    somatic = {e.cohort: e for e in matcher.explain(
        case(replace(brca, origin="somatic"), diagnosis="PAAD"))}["GERM"]  # fmt: skip
    assert str(somatic.criteria[0].detail) == (
        "BRCA2 S1982Rfs*22 (somatic) is present, but the cohort needs a germline variant"
    )


def test_a_wrong_origin_is_refused_with_its_path() -> None:
    import pytest

    from mtb_desk.matching.rules import RuleError

    with pytest.raises(RuleError, match=r"^rule.origin: must be one of germline, somatic$"):
        parse_rule({"gene": "BRCA2", "origin": "inherited"})
    with pytest.raises(RuleError, match="applies to findings, not to TMB or MSI"):
        parse_rule({"tmb": 10, "origin": "germline"})
