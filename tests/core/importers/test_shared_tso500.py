"""The importers over the real TSO500 files in ../shared/data (values read from the files)."""

from __future__ import annotations

from collections import Counter

import pytest

from mtb_desk.domain.enums import Assay, CnvCall, FindingKind, MsiStatus
from mtb_desk.importers.registry import read_report, sniff
from tests.shared_data import shared_file

pytestmark = pytest.mark.shared_data


def kinds(report) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(f.kind.value for f in report.findings)


@pytest.mark.parametrize(
    "name", ["sample_CombinedVariantOutput.tsv", "sample_CombinedVariantOutput_blanks.tsv"]
)
def test_tso500_sample(name: str) -> None:
    path = shared_file("tso500-awgl", name)
    assert sniff(path).name == "tso500-cvo"
    report = read_report(path)
    small = [f for f in report.findings if f.kind in (FindingKind.SNV, FindingKind.INDEL)]
    assert len(small) == 35
    assert kinds(report) == {"snv": 34, "indel": 1, "cnv": 3, "tmb": 1, "msi": 1}
    assert report.assay is Assay.TSO500
    assert report.tmb == 275.6
    assert report.msi_score == 64.8
    assert report.msi_status is MsiStatus.MSI_HIGH
    assert report.sample_id == "12345"
    assert report.report_date is None  # Output Date 2099-99-99 is not a date
    assert any("2099-99-99" in w for w in report.warnings)
    amps = {f.gene: f.fold_change for f in report.findings if f.kind is FindingKind.CNV}
    assert amps == {"MYCN": 4.464, "MET": 2.173, "MYC": 4.76}
    assert all(
        f.cnv_call is CnvCall.AMPLIFICATION for f in report.findings if f.kind is FindingKind.CNV
    )
    first = small[0]
    assert (first.gene, first.protein, first.protein_original) == (
        "TNFRSF14",
        "K17R",
        "NP_003811.2:p.(Lys17Arg)",
    )
    assert (first.transcript, first.hgvs_c, first.exon, first.vaf, first.depth) == (
        "NM_003820.3",
        "c.50A>G",
        "1",
        0.3967,
        910,
    )
    by_position = {f.position: f for f in small}
    assert by_position[11288758].protein == "N999="  # synonymous, written inside the c. notation
    assert by_position[19072413].gene is None  # the row with an empty gene
    assert by_position[40737242].vaf == 1.0
    stop = by_position[41566447]
    assert stop.protein == "E1442*"
    frameshift = by_position[41566524]
    assert (frameshift.kind, frameshift.protein) == (FindingKind.INDEL, "M1470Cfs*26")


def test_tso500_novar_has_only_biomarkers_and_amplifications() -> None:
    report = read_report(shared_file("tso500-awgl", "sample_CombinedVariantOutput_novar.tsv"))
    assert kinds(report) == {"cnv": 3, "tmb": 1, "msi": 1}


def test_tso500_ntc() -> None:
    report = read_report(shared_file("tso500-awgl", "NTC_fake_variants.tsv"))
    assert report.sample_id == "NTC-DNA-1"
    assert kinds(report) == {"snv": 4}
    assert report.tmb is None
    assert report.msi_status is None


def test_tso500_rna_fusions_and_splice_variants() -> None:
    report = read_report(
        shared_file("tso500-awgl", "fusion_check_sample_CombinedVariantOutput.tsv")
    )
    assert kinds(report) == {"splice": 2, "fusion": 16}
    assert report.sample_id == "21M81042-1"
    assert report.details["Pipeline Version"] == "ruo-2.2.0.12"
    assert report.details["Run Name"] == "210219_A00748_0082_AHT3KKDMXX"
    assert str(report.report_date) == "2021-02-24"
    splice = {f.gene: f for f in report.findings if f.kind is FindingKind.SPLICE}
    assert splice["EGFR"].exon == "2-7"
    assert "EGFRvIII" in (splice["EGFR"].description or "")
    assert splice["MET"].exon == "14"
    assert splice["MET"].description == "MET exon 14 skipping"
    assert splice["MET"].supporting_reads == 91
    pairs = [(f.gene, f.partner_gene) for f in report.findings if f.kind is FindingKind.FUSION]
    assert ("EML4", "ALK") in pairs
    assert ("KIF5B", "RET") in pairs
    assert ("PPARG", "PAX8") in pairs  # PPARG/AC016683.6;PAX8: the clone name is passed over
    assert ("SLC34A2", "ROS1") in pairs
    assert ("CD74", "ROS1") in pairs
    assert ("EGFR", "SEPTIN14") in pairs  # SEPT14 is the previous symbol of SEPTIN14
    eml4 = next(f for f in report.findings if f.gene == "EML4")
    assert (eml4.breakpoint_5, eml4.breakpoint_3, eml4.supporting_reads) == (
        "chr2:42522654",
        "chr2:29446394",
        75,
    )
