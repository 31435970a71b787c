"""What a report assayed, per kind and gene: TSO500 runs read from the file, assay profiles,
reports merged, and "not tested" naming the assay that would be needed."""

from __future__ import annotations

from mtb_desk.catalogue.assays import builtin_profiles, report_coverage
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.tso500 import read
from mtb_desk.matching.coverage import Assayed, Coverage, leaf_needs
from mtb_desk.matching.engine import CohortSpec, Matcher, MatchStatus
from mtb_desk.matching.evaluation import CaseEvaluator, Truth, group_findings
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.reference.oncotree import builtin_tree
from tests.shared_data import shared_file

from .factories import case, finding

TREE = builtin_tree()
TSO = frozenset({"RET", "KRAS", "CDKN2A", "ERBB2", "MET"})


def tso500(name: str) -> dict[str, str]:
    return read(shared_file("tso500-awgl", name), ReadOptions()).not_assayed


def test_dna_only_and_rna_only_runs_say_what_they_did_not_assay() -> None:
    dna = tso500("sample_CombinedVariantOutput.tsv")
    assert dna["fusions"] == dna["splice variants"] == "RNA Sample ID NA, no RNA result"
    assert "small variants" not in dna
    assert "TMB" not in dna
    assert dna["deletions"].startswith("the TSO500 Local App output calls amplifications only")
    rna = tso500("fusion_check_sample_CombinedVariantOutput.tsv")
    assert rna["small variants"] == rna["TMB"] == "DNA Sample ID NA, no DNA result"
    assert "fusions" not in rna


def test_a_dna_and_an_rna_report_together_tested_both() -> None:
    panels = {"TSO500": TSO}
    dna = report_coverage("TSO500", tso500("sample_CombinedVariantOutput.tsv"), panels)
    rna = report_coverage("TSO500", tso500("fusion_check_sample_CombinedVariantOutput.tsv"), panels)
    assert dna is not None
    assert rna is not None
    assert dna.untested((Assayed.FUSION,), {"RET"}) is not None
    both = dna.merged(rna)
    assert both.untested((Assayed.FUSION,), {"RET"}) is None
    assert both.untested((Assayed.SMALL,), {"KRAS"}) is None
    assert both.untested((Assayed.FUSION,), {"NTRK1"}) is not None  # not on the panel
    assert "NTRK1 not on the panel" in str(both.untested((Assayed.FUSION,), {"NTRK1"}) or "")
    deletions = both.untested((Assayed.DELETION,), {"CDKN2A"})
    assert deletions is not None
    assert "needs an assay that calls deletions in CDKN2A" in str(deletions)


def test_profiles_ship_for_every_assay_with_a_panel_and_a_hotspot_panel() -> None:
    profiles = builtin_profiles()
    assert {"TSO500", "F1CDX", "F1LCDX", "WGS", "HOTSPOT50"} <= set(profiles)
    hotspot = report_coverage("HOTSPOT50", {}, {})
    assert hotspot is not None
    assert hotspot.untested((Assayed.SMALL,), {"RET"}) is None
    fusion = hotspot.untested((Assayed.FUSION,), {"RET"})
    assert str(fusion) == (
        "RET fusions not assayed (HOTSPOT50 report: a hotspot DNA panel has no RNA and calls no "
        "rearrangements); needs an RNA fusion assay that covers RET (e.g. TSO500 with RNA, or "
        "FISH)"
    )
    assert report_coverage("other", {}, {}) is None  # no profile: all assumed seen


def test_each_leaf_needs_the_kind_that_could_show_it() -> None:
    def needs(rule: dict[str, object]) -> tuple[Assayed, ...]:
        return leaf_needs(parse_rule(rule))  # type: ignore[arg-type]

    assert needs({"gene": "RET", "fusion": "any"}) == (Assayed.FUSION,)
    assert needs({"gene": "CDKN2A", "deletion": True}) == (Assayed.DELETION,)
    assert needs({"gene": "MET", "exon": {"number": 14, "event": "skipping"}}) == (Assayed.SPLICE,)
    assert needs({"gene": "EGFR", "exon": {"number": 19, "event": "deletion"}}) == (Assayed.SMALL,)
    assert needs({"tmb": 10}) == (Assayed.TMB,)
    assert needs({"gene": "KRAS", "kind": ["snv", "indel"]}) == (Assayed.SMALL,)


def test_not_tested_is_never_not_met_and_a_finding_shows_the_kind_was_seen() -> None:
    rule = parse_rule({"gene": "RET", "fusion": "any"})
    no_rna = Coverage({Assayed.SMALL: None}, {Assayed.FUSION: "no RNA result"})
    item = case(finding("snv", "KRAS", protein="G12D"), diagnosis="LUAD")
    item = type(item)(item.findings, "LUAD", coverage=no_rna)
    by_gene, by_kind = group_findings(item.findings)
    outcome = CaseEvaluator(item, by_gene, by_kind).leaf(rule)  # type: ignore[arg-type]
    assert outcome.truth is Truth.NOT_TESTED
    assert str(outcome.note).startswith("RET fusions not assayed (no RNA result); needs an RNA")
    seen = type(item)((finding("fusion", "CCDC6", partner_gene="RET"),), "LUAD", coverage=no_rna)
    matcher = Matcher([CohortSpec("RET", "RET", ("d",), rule)], TREE)
    [match] = matcher.match(seen)  # a RET fusion was reported, whatever the coverage says
    assert match.status is MatchStatus.ELIGIBLE
    [untested] = matcher.not_tested(item)
    assert str(untested.because[0]).startswith("'RET fusion (any partner)' not tested")


def test_tmb_not_assayed_is_not_tested_not_unknown() -> None:
    rule = parse_rule({"tmb": {"at_least": 10}})
    hotspot = report_coverage("HOTSPOT50", {}, {})
    item = type(case())((), "PAAD", coverage=hotspot)
    by_gene, by_kind = group_findings(())
    outcome = CaseEvaluator(item, by_gene, by_kind).leaf(rule)  # type: ignore[arg-type]
    assert outcome.truth is Truth.NOT_TESTED
    assert "a hotspot panel is too small for TMB" in str(outcome.note)


