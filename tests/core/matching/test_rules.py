"""The rule language: parsing, validation errors with paths, and each leaf's semantics."""

from __future__ import annotations

import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind, MsiStatus
from mtb_desk.matching.rule_syntax import parse_rule, rule_to_data
from mtb_desk.matching.rules import (
    AllOf,
    AmplificationLeaf,
    DeletionLeaf,
    ExonLeaf,
    FusionLeaf,
    GeneLeaf,
    KindLeaf,
    MsiLeaf,
    NotRule,
    PositionLeaf,
    ProteinLeaf,
    RuleError,
    TmbLeaf,
    parse_exons,
)

from .factories import finding


def test_parse_every_leaf_form() -> None:
    assert parse_rule({"gene": "kras"}) == GeneLeaf("KRAS")
    assert parse_rule({"kind": ["snv", "indel"]}) == KindLeaf(
        frozenset({FindingKind.SNV, FindingKind.INDEL})
    )
    assert parse_rule({"gene": "BRAF", "protein": "p.Val600Glu"}) == ProteinLeaf(
        "BRAF", frozenset({"V600E"})
    )
    assert parse_rule({"gene": "BRAF", "position": "V600"}) == PositionLeaf(
        "BRAF", frozenset({("V", 600)})
    )
    assert parse_rule({"gene": "EGFR", "exon": {"number": 19, "event": "deletion"}}) == ExonLeaf(
        "EGFR", 19, "deletion"
    )
    assert parse_rule({"gene": "ALK", "fusion": "any"}) == FusionLeaf("ALK")
    assert parse_rule({"gene": "RET", "fusion": {"partner": "KIF5B"}}) == FusionLeaf("RET", "KIF5B")
    assert parse_rule({"gene": "ERBB2", "amplification": {"min_copy_number": 6}}) == (
        AmplificationLeaf("ERBB2", 6.0)
    )
    assert parse_rule({"gene": "CDKN2A", "deletion": True}) == DeletionLeaf("CDKN2A")
    assert parse_rule({"tmb": {"at_least": 10}}) == TmbLeaf(10.0)
    assert parse_rule({"tmb": {"above": 15}}) == TmbLeaf(15.0, inclusive=False)
    assert parse_rule({"msi": "high"}) == MsiLeaf()


def test_parse_nesting_and_round_trip() -> None:
    data = {
        "all": [
            {"any": [{"gene": "BRAF", "protein": "V600E"}, {"gene": "ALK", "fusion": "any"}]},
            {"not": {"gene": "KRAS"}},
        ]
    }
    rule = parse_rule(data)
    assert isinstance(rule, AllOf)
    assert isinstance(rule.children[1], NotRule)
    assert parse_rule(rule_to_data(rule)) == rule
    assert rule.describe() == (
        "(BRAF V600E or ALK fusion (any partner)) and no KRAS alteration"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"any": [{"gene": "ALK", "fusion": "any"}, {"gene": "RET", "fusion": {"partner": 3}}]},
         "cohorts[3].rule.any[1].fusion.partner: must be a gene symbol such as BRAF"),
        ({"all": []}, "cohorts[3].rule.all: must be a non-empty list of rules"),
        ({"gene": "BRAF", "protein": "V600E", "fusion": "any"},
         "cohorts[3].rule: one leaf holds one of protein, fusion; combine leaves with 'all'"),
        ({"gene": "EGFR", "exon": {"number": 19, "event": "duplication"}},
         "cohorts[3].rule.exon.event: must be one of deletion, insertion, skipping"),
        ({"gene": "BRAF", "position": "V600E"},
         "cohorts[3].rule.position: 'V600E' is not a residue position such as V600"),
        ({"protein": "V600E"}, "cohorts[3].rule.gene: is required with 'protein'"),
        ({"kind": ["snv", "xyz"]},
         "cohorts[3].rule.kind[1]: 'xyz' is not a finding kind "
         "(snv, indel, mnv, cnv, fusion, splice, tmb, msi, sv, loh, gis)"),
        ({"not": {"genes": "KRAS"}}, "cohorts[3].rule.not.genes: unknown key; use all, any, not, "
         "gene, kind, protein, position, exon, fusion, amplification, deletion, tmb or msi"),
        ({"tmb": {"at_least": -1}}, "cohorts[3].rule.tmb.at_least: must be a number ≥ 0"),
        ({"gene": "ERBB2", "amplification": {"min_cn": 6}},
         "cohorts[3].rule.amplification.min_cn: unknown key; use min_copy_number, min_fold_change"),
        ("BRAF", "cohorts[3].rule: a rule must be a mapping such as {gene: BRAF, protein: V600E}"),
    ],
)  # fmt: skip
def test_parse_errors_name_the_path(data: object, message: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(data, "cohorts[3].rule")
    assert str(error.value) == message


def test_protein_and_position_leaves() -> None:
    v600e = finding("snv", "BRAF", protein="V600E")
    assert ProteinLeaf("BRAF", frozenset({"V600E"})).test(v600e) is True
    assert ProteinLeaf("BRAF", frozenset({"V600K"})).test(v600e) is False
    assert ProteinLeaf("NRAS", frozenset({"V600E"})).test(v600e) is False
    position = PositionLeaf("BRAF", frozenset({("V", 600)}))
    assert position.test(v600e) is True
    assert position.test(finding("snv", "BRAF", protein="V600K")) is True
    assert position.test(finding("snv", "BRAF", protein="V600=")) is False  # synonymous
    assert position.test(finding("snv", "BRAF", protein="K601E")) is False


def test_exon_leaves() -> None:
    ex19 = ExonLeaf("EGFR", 19, "deletion")
    assert ex19.test(finding("indel", "EGFR", protein="E746_A750del", exon="19/28")) is True
    assert ex19.test(finding("indel", "EGFR", protein="L747_P753delinsS", exon="19")) is True
    assert ex19.test(finding("indel", "EGFR", protein="D770_N771insG", exon="20/28")) is False
    assert ex19.test(finding("indel", "EGFR", protein="E746_A750del", exon=None)) is None
    ex20 = ExonLeaf("ERBB2", 20, "insertion")
    assert ex20.test(finding("indel", "ERBB2", protein="Y772_A775dup", exon="20")) is True
    assert ex20.test(finding("snv", "ERBB2", protein="S310F", exon="8")) is False
    skip = ExonLeaf("MET", 14, "skipping")
    assert skip.test(finding("splice", "MET", exon="14/21")) is True
    assert skip.test(finding("splice", "EGFR", exon="2-7/28")) is False
    assert skip.test(finding("snv", "MET", consequence="splice_donor_variant", exon="14")) is True
    assert skip.test(finding("splice", "MET", description="MET exon 14 skipping")) is True
    assert parse_exons("2-7/28") == frozenset(range(2, 8))


def test_fusion_leaf_matches_either_end() -> None:
    eml4_alk = finding("fusion", "EML4", partner_gene="ALK")
    assert FusionLeaf("ALK").test(eml4_alk) is True
    assert FusionLeaf("ALK", "EML4").test(eml4_alk) is True
    assert FusionLeaf("ALK", "KIF5B").test(eml4_alk) is False
    assert FusionLeaf("RET").test(eml4_alk) is False
    assert FusionLeaf("ALK").test(finding("snv", "ALK", protein="F1174L")) is False


def test_amplification_and_deletion_leaves() -> None:
    amp = finding("cnv", "ERBB2", cnv_call=CnvCall.AMPLIFICATION, copy_number=8.0)
    assert AmplificationLeaf("ERBB2").test(amp) is True
    assert AmplificationLeaf("ERBB2", 6).test(amp) is True
    assert AmplificationLeaf("ERBB2", 10).test(amp) is False
    folded = finding("cnv", "MET", cnv_call=CnvCall.AMPLIFICATION, fold_change=2.17)
    assert AmplificationLeaf("MET", None, 2.0).test(folded) is True
    assert AmplificationLeaf("MET", 6).test(folded) is None  # called, copy number not given
    gain = finding("cnv", "MET", cnv_call=CnvCall.GAIN)
    assert AmplificationLeaf("MET").test(gain) is False
    assert DeletionLeaf("CDKN2A").test(finding("cnv", "CDKN2A", cnv_call="deletion")) is True
    assert DeletionLeaf("CDKN2A").test(finding("cnv", "CDKN2A", cnv_call="loss")) is False
    assert DeletionLeaf("CDKN2A").test(finding("cnv", "CDKN2A", copy_number=0.0)) is True


def test_gene_kind_and_biomarker_leaves() -> None:
    assert GeneLeaf("ALK").test(finding("fusion", "EML4", partner_gene="ALK")) is True
    assert GeneLeaf("KRAS").test(finding("tmb", "KRAS")) is False
    brca = KindLeaf(frozenset({FindingKind.SNV, FindingKind.INDEL}), "BRCA2")
    assert brca.test(finding("indel", "BRCA2", protein="S1982Rfs*22")) is True
    assert brca.test(finding("cnv", "BRCA2", cnv_call="deletion")) is False
    assert TmbLeaf(10).test_value(10.0) is True
    assert TmbLeaf(10, inclusive=False).test_value(10.0) is False
    assert TmbLeaf(10).test_value(None) is None
    assert MsiLeaf().test_value(MsiStatus.MSI_HIGH) is True
    assert MsiLeaf().test_value(MsiStatus.MSS) is False
    assert MsiLeaf().test_value(MsiStatus.INDETERMINATE) is None
