"""DRAGEN TruSight Oncology 500 v2.x: the CVO's new sections and the per-caller files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.folder import read_folder
from mtb_desk.importers.registry import read_report, sniff
from tests.core.importers.dragen_fixtures import (
    ALL_FUSIONS_CSV,
    CNV_VCF,
    CTDNA_MSI,
    HARD_FILTERED_VCF,
    SPLICE_VCF,
    cvo_v2,
    write,
)


def of_kind(report: ImportedReport, kind: FindingKind) -> list:  # type: ignore[type-arg]
    return [f for f in report.findings if f.kind is kind]


def test_cvo_v2_copy_number_variants_keep_erbb2_and_deletions(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "SYN_CombinedVariantOutput.tsv", cvo_v2()))
    assert not any("Copy Number Variants" in w or "missing" in w for w in report.warnings)
    cnv = {
        (f.gene, f.cnv_call, f.fold_change, f.copy_number)
        for f in of_kind(report, FindingKind.CNV)
        if f.exon is None
    }  # noqa: E501
    assert cnv == {
        ("ERBB2", CnvCall.AMPLIFICATION, 5.2, 14.0),
        ("CDKN2A", CnvCall.DELETION, 0.2, 0.0),  # <DEL> with copy number 0: homozygous
        ("PTEN", CnvCall.LOSS, 0.6, 1.0),  # one copy left: a loss, not a deletion
    }
    cdkn2a = next(f for f in report.findings if f.gene == "CDKN2A")
    assert cdkn2a.description.startswith("homozygous deletion")


def test_cvo_v2_large_rearrangements_loh_and_gis(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "cvo.tsv", cvo_v2()))
    brca1 = next(f for f in report.findings if f.gene == "BRCA1")
    assert (brca1.kind, brca1.exon, brca1.cnv_call, brca1.fold_change) == (
        FindingKind.CNV, "3-5", CnvCall.LOSS, 0.45)  # fmt: skip
    assert "BRCA2" not in {f.gene for f in of_kind(report, FindingKind.CNV)}  # "BRCA2  NA"
    loh = of_kind(report, FindingKind.LOH)
    assert [(f.gene, f.copy_number, f.value) for f in loh] == [("BRCA2", 2.0, 0.0)]
    assert any("keep both alleles" in w for w in report.warnings)  # ATM minor CN 1
    (gis,) = of_kind(report, FindingKind.GIS)
    assert gis.value == 48.0
    assert gis.description == "GIS 48 (tumour fraction 0.55, ploidy 2.4)"
    assert report.details["GIS Genomic Instability Score"] == "48"
    splices = [(f.gene, f.description) for f in of_kind(report, FindingKind.SPLICE)]
    assert splices == [("MET", "MET exon 14 skipping"), ("AR", "AR splice variant")]
    fusions = [(f.gene, f.partner_gene) for f in of_kind(report, FindingKind.FUSION)]
    assert fusions == [("EML4", "ALK"), ("PPARG", "PAX8")]  # PPARG/AC016683.6-PAX8


def test_ctdna_msi_sum_jsd_is_kept_with_a_warning(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "cvo.tsv", cvo_v2(msi=CTDNA_MSI)))
    assert (report.msi_status, report.msi_score) == (None, None)
    assert report.details["MSI SUM_JSD"] == "17.4"
    assert report.details["MSI MSI Status"] == "Unknown"  # a word: kept, never a score
    (msi,) = of_kind(report, FindingKind.MSI)
    assert (msi.value, msi.description) == (17.4, "MSI SUM_JSD 17.4 (status not called)")
    assert "MSI given as SUM_JSD = 17.4: MSI status was not called from it" in report.warnings


def test_cnv_vcf_gives_genes_from_segid_and_ratio_from_sm(tmp_path: Path) -> None:
    path = write(tmp_path, "SYN_DNA_2.cnv.vcf", CNV_VCF)
    assert sniff(path).name == "dragen-cnv-vcf"
    report = read_report(path)
    found = [(f.gene, f.cnv_call, f.fold_change, f.filter) for f in report.findings]
    assert found == [
        ("ERBB2", CnvCall.AMPLIFICATION, 5.2, "PASS"),
        ("CDKN2A", CnvCall.DELETION, 0.08, "PASS"),  # GT 1/1: both copies lost
        ("EGFR", CnvCall.LOSS, 0.61, "cnvQual"),  # GT 0/1: one copy lost
    ]
    assert all(f.kind is FindingKind.CNV and f.gene for f in report.findings)
    assert "1 copy-neutral gene(s) (ALT .) are not findings" in report.warnings
    assert report.genome_build == "GRCh37"


def test_cnv_vcf_without_segid_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "x.cnv.vcf", CNV_VCF.replace(";SEGID=ERBB2", ""))
    with pytest.raises(ImportFileError, match=r"line \d+.*INFO/SEGID.*names no gene"):
        read_report(path)


def test_splice_vcf_gives_splice_findings_not_copy_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "SYN_RNA_2_SpliceVariants.vcf", SPLICE_VCF)
    assert sniff(path).name == "dragen-splice-vcf"
    report = read_report(path)
    assert [(f.kind, f.gene, f.exon) for f in report.findings] == [
        (FindingKind.SPLICE, "EGFR", "2-7"),
        (FindingKind.SPLICE, "MET", "14"),
        (FindingKind.SPLICE, "AR", None),
    ]
    met = report.findings[1]
    assert (met.description, met.supporting_reads) == ("MET exon 14 skipping", 91)
    assert "1 filtered splice-variant candidates skipped" in report.warnings


def test_splice_vcf_with_only_unnamed_calls_is_refused(tmp_path: Path) -> None:
    text = SPLICE_VCF.split("chr7\t55087058")[0].replace("LowQ;LowUniqueAlignments", "PASS")
    with pytest.raises(ImportFileError, match=r"line \d+, field .INFO.*name no gene.*CombinedVar"):
        read_report(write(tmp_path, "s.vcf", text))


def test_all_fusions_csv_keeps_the_callers_fusions(tmp_path: Path) -> None:
    path = write(tmp_path, "SYN_RNA_2_AllFusions.csv", ALL_FUSIONS_CSV)
    assert sniff(path).name == "dragen-all-fusions"
    report = read_report(path)
    found = [(f.kind, f.gene, f.partner_gene, f.supporting_reads) for f in report.findings]
    assert found == [
        (FindingKind.FUSION, "EML4", "ALK", 75),
        (FindingKind.FUSION, "CD74", "ROS1", 99),
        (FindingKind.SV, "NTRK1", None, 30),  # one gene on both sides: not a fusion
    ]
    assert "2 fusion candidates the caller dropped (KeepFusion False) not imported" in (
        report.warnings
    )


def test_all_fusions_bad_keep_value_names_line_and_field(tmp_path: Path) -> None:
    text = ALL_FUSIONS_CSV.replace("N/A,True,75", "N/A,maybe,75")
    with pytest.raises(
        ImportFileError, match=r"line 7, field .KeepFusion.: .maybe. is not True/False"
    ):
        read_report(write(tmp_path, "f.csv", text))


def test_unannotated_hard_filtered_vcf_is_refused_with_what_to_import(tmp_path: Path) -> None:
    path = write(tmp_path, "SYN_DNA_2.hard-filtered.vcf", HARD_FILTERED_VCF)
    with pytest.raises(ImportFileError) as error:
        read_report(path)
    message = str(error.value)
    assert "unannotated DRAGEN small-variant VCF" in message
    assert "CombinedVariantOutput.tsv or a VEP/snpEff-annotated VCF" in message


def test_annotated_dragen_vcf_keeps_germline_status(tmp_path: Path) -> None:
    csq = '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence. Format: Allele|SYMBOL|HGVSp">\n'  # noqa: E501
    text = HARD_FILTERED_VCF.replace("##FORMAT=<ID=GT", csq + "##FORMAT=<ID=GT", 1)
    text = text.replace("GermlineStatus=Somatic", "GermlineStatus=Somatic;CSQ=T|BRAF|p.Val600Glu")
    text = text.replace(
        "GermlineStatus=Germline_DB", "GermlineStatus=Germline_DB;CSQ=A|TNFRSF14|p.Trp12Arg"
    )  # noqa: E501
    report = read_report(write(tmp_path, "annotated.vcf", text))
    assert [(f.gene, f.protein, f.origin) for f in report.findings] == [
        ("BRAF", "V600E", "somatic"),
        ("TNFRSF14", "W12R", "germline"),
    ]


def test_sample_folder_imports_as_one_report(tmp_path: Path) -> None:
    folder = tmp_path / "SYN-PAIR-2"
    write(folder, "SYN-PAIR-2_CombinedVariantOutput.tsv", cvo_v2())
    write(folder, "SYN-PAIR-2_MetricsOutput.tsv", "[Header]\nnot a report\n")
    write(folder, "SYN_DNA_2/SYN_DNA_2.cnv.vcf", CNV_VCF)
    write(folder, "SYN_DNA_2/SYN_DNA_2.hard-filtered.vcf", HARD_FILTERED_VCF)
    write(folder, "SYN_RNA_2/SYN_RNA_2_AllFusions.csv", ALL_FUSIONS_CSV)
    write(folder, "SYN_RNA_2/SYN_RNA_2_SpliceVariants.vcf", SPLICE_VCF)
    report, used = read_folder(folder)
    assert report.sample_id == "SYN_DNA_2"
    assert [(u.name, u.importer, u.findings) for u in used] == [
        ("SYN-PAIR-2_CombinedVariantOutput.tsv", "tso500-cvo", 13),
        ("SYN_DNA_2/SYN_DNA_2.cnv.vcf", "dragen-cnv-vcf", 1),  # only EGFR loss is new
        ("SYN_RNA_2/SYN_RNA_2_AllFusions.csv", "dragen-all-fusions", 2),  # CD74-ROS1, NTRK1
        ("SYN_RNA_2/SYN_RNA_2_SpliceVariants.vcf", "dragen-splice-vcf", 1),  # EGFRvIII
    ]
    files = json.loads(report.details["source_files"])
    assert [f["name"] for f in files] == [u.name for u in used]
    assert all(len(f["sha256"]) == 64 for f in files)
    assert len([f for f in report.findings if f.gene == "ERBB2"]) == 1  # not twice
    assert any("passed over" in w for w in report.warnings)


def test_folder_with_two_samples_or_only_unannotated_vcf_is_refused(tmp_path: Path) -> None:
    two = tmp_path / "run"
    write(two, "A_CombinedVariantOutput.tsv", cvo_v2())
    write(two, "B_CombinedVariantOutput.tsv", cvo_v2())
    with pytest.raises(ImportFileError, match="several samples"):
        read_folder(two)
    only = tmp_path / "dna"
    write(only, "x.hard-filtered.vcf", HARD_FILTERED_VCF)
    with pytest.raises(ImportFileError, match="unannotated DRAGEN"):
        read_folder(only)


def test_folder_coverage_counts_what_the_per_caller_files_assay(tmp_path: Path) -> None:
    folder = tmp_path / "dna-only"
    cvo = cvo_v2().replace("RNA Sample ID\tSYN_RNA_2", "RNA Sample ID\tNA")
    write(folder, "X_CombinedVariantOutput.tsv", cvo)
    alone, _ = read_folder(folder)
    assert {"fusions", "splice variants"} <= set(alone.not_assayed)
    write(folder, "rna/X_AllFusions.csv", ALL_FUSIONS_CSV)
    with_rna, _ = read_folder(folder)
    assert "fusions" not in with_rna.not_assayed
    assert "splice variants" in with_rna.not_assayed
