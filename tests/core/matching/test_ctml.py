"""MatchMiner CTML: real example trials mapped onto the rule language; what did not map."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtb_desk.domain.enums import MsiStatus
from mtb_desk.errors import ValidationError
from mtb_desk.matching.ctml import load_ctml_file, parse_ctml
from mtb_desk.matching.engine import Matcher, MatchStatus
from mtb_desk.matching.rules import AnyOf, MsiLeaf, NotRule, PositionLeaf, ProteinLeaf, TmbLeaf
from mtb_desk.reference.oncotree import load_oncotree_file
from tests.shared_data import shared_file

from .factories import case, finding


@pytest.fixture(scope="module")
def tree():  # type: ignore[no-untyped-def]
    return load_oncotree_file(shared_file("oncotree", "oncotree_2025_10_03.json"))


def ctml(*parts: str) -> Path:
    return shared_file("matchminer-ctml", *parts)


def test_v1_example_yaml_and_json_agree(tree) -> None:  # type: ignore[no-untyped-def]
    from_yaml = load_ctml_file(ctml("trial.example.yml"), tree)
    from_json = load_ctml_file(ctml("trial.example.json"), tree)
    assert from_yaml.arms[0].rule == from_json.arms[0].rule
    arm = from_yaml.arms[0]
    assert arm.cohort_code == "00-000 / A"
    assert arm.rule is not None
    assert arm.rule.describe() == "PIK3CA H1047R or TP53 mutation"
    assert arm.tumour_types.include == ("BREAST",)
    assert arm.unmapped == (
        "step[0].arm[0].match[0].and[0].clinical: clinical age_numerical '>=18' not mapped; "
        "check by hand",
    )


def test_leading_zero_ids_stay_text_and_broken_yaml_is_reported(tree) -> None:  # type: ignore[no-untyped-def]
    trial = load_ctml_file(ctml("00-001.yml"), tree)
    assert trial.protocol_no == "00-001"
    assert trial.arms[0].cohort_code == "00-001 / DOSE"
    assert trial.arms[0].tumour_types.include == ("TISSUE",)  # _SOLID_
    assert trial.arms[0].tumour_types.exclude == ("LYMPH", "MYELOID")
    assert any("disease_status ['Advanced', 'Metastatic'] not mapped" in n
               for n in trial.arms[0].unmapped)  # fmt: skip
    with pytest.raises(ValidationError, match=r"^00-000\.yml: not valid YAML: mapping values"):
        load_ctml_file(ctml("00-000.yml"), tree)
    with pytest.raises(ValidationError, match="not a CTML trial: no treatment_list"):
        load_ctml_file(ctml("matchengine-V2", "all_cases.json"), tree)
    loader_ids = parse_ctml({"protocol_no": 12, "treatment_list": {"step": []}})
    assert loader_ids.protocol_no == "12"
    assert loader_ids.notes == ("the trial has no arms",)


def test_suspended_arms_are_closed(tree) -> None:  # type: ignore[no-untyped-def]
    trial = load_ctml_file(ctml("bad-schema.yml"), tree)
    specs = {s.code: s for s in trial.cohort_specs()}
    assert specs["00-006 / ARM 2"].availability.closed
    assert specs["00-006 / ARM 2"].availability.text() == "arm suspended"
    assert not specs["00-006 / ARM 1"].availability.closed
    assert specs["00-006 / ARM 1"].source == "ctml"


def test_v2_negation_wildcards_and_tmb(tree) -> None:  # type: ignore[no-untyped-def]
    arms = load_ctml_file(ctml("matchengine-V2", "11-112.yaml"), tree).arms
    assert arms[0].rule == PositionLeaf("BRAF", frozenset({("V", 600)}))
    assert "MEL" in arms[0].tumour_types.include
    # matchengine-V2: a `!` on any field makes the whole criterion an exclusion
    assert arms[1].rule == NotRule(PositionLeaf("BRAF", frozenset({("V", 600)})))
    tmb = load_ctml_file(ctml("matchengine-V2", "tmb.json"), tree).arms[0]
    assert isinstance(tmb.rule, AnyOf)
    assert tmb.rule.children == (
        TmbLeaf(10.0), TmbLeaf(15.0, inclusive=False), NotRule(TmbLeaf(40.0, inclusive=False)),
        NotRule(TmbLeaf(40.0)),
    )  # fmt: skip
    assert tmb.unmapped[0].endswith("tmb_numerical: TMB '==40' not mapped")
    massive = load_ctml_file(ctml("matchengine-V2", "massive_match_clause.json"), tree).arms[0]
    assert massive.rule is not None
    assert "no RPA1 A466G" in massive.rule.describe()
    assert "no MSI-high" in massive.rule.describe()
    assert any("mmr_status 'MMR-Deficient' not mapped" in n for n in massive.unmapped)
    assert any("cnv_call 'Low Amplification' not mapped" in n for n in massive.unmapped)
    assert ProteinLeaf("RPA1", frozenset({"A466G"})).describe() in massive.rule.describe()
    assert MsiLeaf().describe() == "MSI-high"


def test_arms_without_genomic_criteria_are_listed_not_matched(tree) -> None:  # type: ignore[no-untyped-def]
    trial = load_ctml_file(ctml("matchengine-V2", "signatures.json"), tree)
    assert trial.arms[0].rule is None
    assert trial.arms[0].unmapped[-1] == "no genomic criterion: the arm is listed but never matched"
    assert any("tobacco_signature 'Yes' not mapped" in n for n in trial.arms[0].unmapped)
    assert trial.cohort_specs() == ()
    no_protocol = load_ctml_file(ctml("matchengine-V2", "11-112.json"), tree)
    assert no_protocol.protocol_no == "11-112"
    assert no_protocol.notes == ("the trial has no protocol_no; 11-112 (the file name) is used",)


def test_ctml_arms_match_like_cohorts(tree) -> None:  # type: ignore[no-untyped-def]
    trial = load_ctml_file(ctml("matchengine-V2", "wildcard_protein_found.json"), tree)
    matcher = Matcher(trial.cohort_specs(), tree)
    [match] = matcher.match(case(finding("snv", "BRAF", protein="V600K", id=2), diagnosis="COAD"))
    assert match.cohort == "10-005 / step 1"
    assert match.source == "ctml"
    assert match.status is MatchStatus.ELIGIBLE
    assert match.reason.startswith(
        "BRAF V600K meets 'BRAF V600 (any change at that residue)'"
    )
    sv = load_ctml_file(ctml("matchengine-V2", "structured_sv.json"), tree)
    sv_matcher = Matcher(sv.cohort_specs(), tree)
    fusion = finding("fusion", "KIF5B", partner_gene="ALK")
    tp53 = finding("snv", "TP53", protein="R273H")
    found = sv_matcher.match(case(fusion, tp53, diagnosis="SKCM"))
    assert [m.cohort for m in found] == ["99-9999 / DOSE"]
    assert "meets 'KIF5B fusion with ALK'" in found[0].reason


def _trial(genomic: dict[str, str]) -> dict[str, object]:
    """A one-arm CTML trial: an ALK fusion, and the genomic criterion under test."""
    arm = {"arm_code": "A", "arm_suspended": "N", "match": [{"and": [
        {"genomic": {"hugo_symbol": "ALK", "variant_category": "Structural Variation"}},
        {"genomic": genomic},
        {"clinical": {"oncotree_primary_diagnosis": "_SOLID_"}},
    ]}]}  # fmt: skip
    return {"protocol_no": "NEG-1", "treatment_list": {"step": [{"step_code": "1", "arm": [arm]}]}}


ALK = finding("fusion", "EML4", partner_gene="ALK", id=1)
NEGATED = [
    # (negated criterion, its clause, a finding that excludes the arm, one that does not)
    ({"hugo_symbol": "KRAS", "variant_category": "!Mutation"}, "no KRAS mutation",
     finding("snv", "KRAS", protein="G12D"), finding("cnv", "KRAS", cnv_call="amplification")),
    ({"hugo_symbol": "!KRAS"}, "no KRAS alteration",
     finding("cnv", "KRAS", cnv_call="amplification"), finding("snv", "NRAS", protein="Q61K")),
    ({"hugo_symbol": "EGFR", "variant_category": "!CNV"}, "no EGFR copy-number change",
     finding("cnv", "EGFR", cnv_call="amplification"), finding("snv", "EGFR", protein="L858R")),
    ({"hugo_symbol": "EGFR", "variant_category": "!Copy Number Variation"},
     "no EGFR copy-number change",
     finding("cnv", "EGFR", cnv_call="deletion"), finding("snv", "EGFR", protein="L858R")),
    ({"hugo_symbol": "KIF5B", "variant_category": "!Structural Variation",
      "fusion_partner_hugo_symbol": "RET"}, "no KIF5B fusion with RET",
     finding("fusion", "KIF5B", partner_gene="RET"),
     finding("fusion", "CCDC6", partner_gene="RET")),
    ({"hugo_symbol": "BRAF", "variant_category": "Mutation", "protein_change": "!p.V600E"},
     "no BRAF V600E",
     finding("snv", "BRAF", protein="V600E"), finding("snv", "BRAF", protein="V600K")),
    ({"hugo_symbol": "BRAF", "variant_category": "!Mutation", "wildcard_protein_change": "p.V600"},
     "no BRAF V600 (any change at that residue)",
     finding("snv", "BRAF", protein="V600K"), finding("snv", "BRAF", protein="K601E")),
    ({"hugo_symbol": "CDKN2A", "variant_category": "Copy Number Variation",
      "cnv_call": "!Homozygous Deletion"}, "no CDKN2A deletion",
     finding("cnv", "CDKN2A", cnv_call="deletion"), finding("snv", "CDKN2A", protein="R80*")),
    ({"hugo_symbol": "ERBB2", "variant_category": "Copy Number Variation",
      "cnv_call": "!High Amplification"}, "no ERBB2 amplification",
     finding("cnv", "ERBB2", cnv_call="amplification"), finding("snv", "ERBB2", protein="S310F")),
]  # fmt: skip


@pytest.mark.parametrize(("genomic", "clause", "excluding", "other"), NEGATED)
def test_each_negated_field_makes_the_whole_criterion_an_exclusion(
    tree, genomic, clause, excluding, other  # type: ignore[no-untyped-def]
) -> None:
    [arm] = parse_ctml(_trial(genomic), tree).arms
    assert arm.rule is not None
    assert clause in arm.rule.describe()
    matcher = Matcher(parse_ctml(_trial(genomic), tree).cohort_specs(), tree)
    [wild_type] = matcher.match(case(ALK, diagnosis="LUAD"))  # no such alteration: a match
    assert wild_type.status is MatchStatus.ELIGIBLE
    assert f"'{clause}' holds" in wild_type.reason
    assert matcher.match(case(ALK, excluding, diagnosis="LUAD")) == ()
    assert [m.status for m in matcher.match(case(ALK, other, diagnosis="LUAD"))] == [
        MatchStatus.ELIGIBLE
    ]


def test_negated_msi_and_an_unmappable_negation(tree) -> None:  # type: ignore[no-untyped-def]
    [arm] = parse_ctml(_trial({"ms_status": "!MSI-H"}), tree).arms
    assert "no MSI-high" in arm.rule.describe()  # type: ignore[union-attr]
    matcher = Matcher(parse_ctml(_trial({"ms_status": "!MSI-H"}), tree).cohort_specs(), tree)
    assert matcher.match(case(ALK, diagnosis="LUAD", msi=MsiStatus.MSI_HIGH)) == ()
    assert len(matcher.match(case(ALK, diagnosis="LUAD", msi=MsiStatus.MSS))) == 1
    low = {"hugo_symbol": "FH", "cnv_call": "!Low Amplification"}
    [arm] = parse_ctml(_trial(low), tree).arms
    assert "no FH" not in (arm.rule.describe() if arm.rule else "")
    assert any("could not be mapped exactly; not applied" in n for n in arm.unmapped)


def test_an_unannotated_finding_in_a_negated_criterion_is_an_open_question(tree) -> None:  # type: ignore[no-untyped-def]
    genomic = {"hugo_symbol": "KRAS", "variant_category": "!Mutation"}
    matcher = Matcher(parse_ctml(_trial(genomic), tree).cohort_specs(), tree)
    kras = finding("snv", "KRAS", protein="G12D", onc=None)
    [match] = matcher.match(case(ALK, kras, diagnosis="LUAD"))
    assert match.status is MatchStatus.NEEDS_ANNOTATION
    assert ("open question: KRAS G12D is not annotated yet; if oncogenic, it excludes the "
            "cohort ('no KRAS mutation')") in match.reason  # fmt: skip
    assert "EML4::ALK fusion meets 'ALK fusion (any partner)'" in match.reason
    assert "'no KRAS mutation' holds" not in match.reason
