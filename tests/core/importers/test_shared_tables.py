"""MAF, copy-number, fusion/SV and atypical-alteration importers over ../shared/data files."""

from __future__ import annotations

from collections import Counter

import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind, MsiStatus
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.base import SampleChoiceRequired
from mtb_desk.importers.registry import list_samples, read_report, sniff
from tests.shared_data import shared_file

pytestmark = pytest.mark.shared_data


def calls(report) -> list[tuple[str | None, CnvCall | None]]:  # type: ignore[no-untyped-def]
    return [(f.gene, f.cnv_call) for f in report.findings]


def pairs(report) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.gene, f.partner_gene) for f in report.findings]


@pytest.mark.parametrize(
    ("folder", "name", "importer", "samples"),
    [
        ("oncokb-annotator", "example_maf.txt", "maf", 4),
        ("oncokb-annotator", "example_maf_grch38.txt", "maf", 4),
        ("oncokb-annotator", "example_maf_annotated.txt", "maf", 4),
        ("cbioportal-study_es_0", "data_mutations_extended.maf", "maf", 21),
        ("vcf2maf", "minimalist_test_maf.tsv", "maf", 10),
        ("vcf2maf", "test.maf", "maf", 1),
        ("vcf2maf", "test_b38_output.maf", "maf", 1),
        ("vcf2maf", "test_output.vep_isoforms.maf", "maf", 1),
        ("oncokb-annotator", "example_cna.txt", "cna-table", 2),
        ("oncokb-annotator", "example_individual_cna.txt", "cna-table", 2),
        ("cbioportal-study_es_0", "data_cna_discrete.txt", "cna-table", 788),
        ("cbioportal-study_es_0", "data_cna_discrete_wide_incremental.txt", "cna-table", 3),
        ("cbioportal-study_es_0", "data_CNA_sample.txt", "cna-table", 4),
        ("oncokb-annotator", "example_fusions.txt", "fusion-table", 3),
        ("oncokb-annotator", "example_sv.txt", "fusion-table", 3),
        ("cbioportal-study_es_0", "data_structural_variants.txt", "fusion-table", 36),
        ("pcgr", "T001-BRCA.grch38.fusions.tsv", "fusion-table", 0),
        ("oncokb-annotator", "example_atypical_alterations.txt", "atypical-alterations", 5),
    ],
)
def test_sniffed_by_content_with_samples(
    folder: str, name: str, importer: str, samples: int
) -> None:
    path = shared_file(folder, name)
    assert sniff(path).name == importer
    assert len(list_samples(path)) == samples
    if samples > 1:
        with pytest.raises(SampleChoiceRequired):
            read_report(path)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("cbioportal-study_es_0", "data_clinical_samples.txt"),
        ("cbioportal-study_es_0", "meta_study.txt"),
        ("cbioportal-study_es_0", "data_cna_hg19.seg"),
        ("oncokb-annotator", "example_clinical.txt"),
        ("pcgr", "T001-BRCA.grch38.cna.tsv"),
        ("tso500-genelist", "tso500.tsv"),
    ],
)
def test_files_that_are_not_reports_are_refused(folder: str, name: str) -> None:
    with pytest.raises(ImportFileError, match="tried: tso500-cvo, vcf"):
        read_report(shared_file(folder, name))


def test_oncokb_maf() -> None:
    path = shared_file("oncokb-annotator", "example_maf.txt")
    report = read_report(path, sample="TCGA-05-4417-01")
    assert report.genome_build == "GRCh37"
    found = [(f.gene, f.protein, f.kind.value) for f in report.findings]
    assert found == [
        ("AKT3", "E182*", "snv"), ("FGFR3", "V271M", "snv"), ("ATM", "L2890R", "snv"),
        ("KRAS", "G12C", "snv"), ("KRAS", "G12C", "mnv"), ("STK11", "H168R", "snv"),
        ("TERT", None, "snv"), ("MYD88", "M232T", "snv"), ("EGFR", "T790M", "snv"),
    ]  # fmt: skip
    kras = report.findings[4]
    assert (kras.position, kras.ref, kras.alt) == (25398285, "CA", "AG")
    other = read_report(path, sample="TCGA-02-0033-01")
    assert [f.protein for f in other.findings] == [
        "E542K",
        "Q121K",  # HGVSp Gln121Lys is trusted over HGVSp_Short p.Q212K, with a warning
        "Q702*",
        "R248Q",
        "X1445_splice",
    ]
    assert any("HGVSp (the complete HGVS) used" in w for w in other.warnings)
    assert "disagree" in other.warnings[0]  # p.Q212K next to Gln121Lys
    grch38 = read_report(
        shared_file("oncokb-annotator", "example_maf_grch38.txt"), sample="TCGA-05-4417-01"
    )
    assert grch38.genome_build == "GRCh38"
    assert next(f.protein for f in grch38.findings if f.gene == "MYD88") == "M219T"


def test_cbioportal_maf() -> None:
    report = read_report(
        shared_file("cbioportal-study_es_0", "data_mutations_extended.maf"),
        sample="TCGA-A1-A0SB-01",
    )
    assert report.details["maf_version"] == "2.4"
    first = report.findings[0]
    assert (first.gene, first.protein, first.hgvs_c, first.transcript, first.exon) == (
        "OR11H1",
        "V89A",
        "c.266T>C",
        "ENST00000252835",
        "1",
    )
    assert Counter(f.kind.value for f in report.findings) == {"snv": 9, "indel": 3}


def test_vcf2maf_maf_matches_its_vcf() -> None:
    report = read_report(shared_file("vcf2maf", "test.maf"))
    assert report.sample_id == "TUMOR"
    assert Counter(f.kind.value for f in report.findings) == {"indel": 12, "mnv": 2, "snv": 6}
    first = report.findings[0]
    assert (first.gene, first.position, first.ref, first.alt, first.vaf, first.depth) == (
        "MTOR",
        11290179,
        "A",
        "-",
        0.5,
        20,
    )


def test_wide_cna_matrix() -> None:
    path = shared_file("oncokb-annotator", "example_cna.txt")
    assert calls(read_report(path, sample="TCGA-05-4417-01")) == [
        ("MET", CnvCall.AMPLIFICATION), ("ERBB2", CnvCall.AMPLIFICATION),
        ("CDK4", CnvCall.DELETION), ("CDK4", CnvCall.LOSS)]  # fmt: skip
    assert calls(read_report(path, sample="TCGA-02-0033-01"))[1] == ("ERBB2", CnvCall.GAIN)


def test_wide_incremental_cna_edge_cases() -> None:
    path = shared_file("cbioportal-study_es_0", "data_cna_discrete_wide_incremental.txt")
    report = read_report(path, sample="TCGA-XX-0800-01")
    assert calls(report) == [
        ("AKT1", CnvCall.LOSS),
        ("AKT2", CnvCall.DELETION),
        ("HRAS", CnvCall.AMPLIFICATION),
        ("BRCA1", CnvCall.AMPLIFICATION),
        ("BRAF", CnvCall.AMPLIFICATION),
        ("BRCA2", CnvCall.DELETION),
        ("CDK1", CnvCall.DELETION),
    ]  # fmt: skip  (AKT2|TEST cut at the pipe; -1.5 → homozygous deletion, as cBioPortal reads
    # it; the row without a symbol skipped)
    assert any("no gene symbol" in w for w in report.warnings)


def test_long_and_individual_cna() -> None:
    long = read_report(
        shared_file("cbioportal-study_es_0", "data_cna_discrete.txt"), sample="TCGA-A1-A0SD-01"
    )
    assert len(long.findings) == 7
    assert {f.cnv_call for f in long.findings} == {CnvCall.LOSS}
    words = read_report(
        shared_file("oncokb-annotator", "example_individual_cna.txt"), sample="TCGA-05-4417-01"
    )
    assert calls(words)[4:] == [
        ("MET", CnvCall.AMPLIFICATION),
        ("CDK4", CnvCall.DELETION),
        ("CDK4", CnvCall.LOSS),
        ("ERBB2", CnvCall.GAIN),
    ]
    assert any("more than once" in w for w in words.warnings)
    tiny = read_report(
        shared_file("cbioportal-study_es_0", "data_CNA_sample.txt"), sample="TCGA-02-0001-01"
    )
    assert calls(tiny) == [("TESTBRCA1", CnvCall.DELETION)]


def test_oncokb_fusions_and_sv() -> None:
    fusions = shared_file("oncokb-annotator", "example_fusions.txt")
    assert pairs(read_report(fusions, sample="TCGA-06-0155-01")) == [
        ("EGFR", None),
        ("TMPRSS2", "ERG"),
        ("ERBB2", None),
    ]
    mll2 = read_report(fusions, sample="TCGA-02-0033-01")
    assert pairs(mll2) == [("KMT2D", None), ("ETV6", "RUNX1")]  # MLL2: HGNC's previous symbol
    assert mll2.findings[0].symbol_in_file == "MLL2"
    assert [f.kind for f in mll2.findings] == [FindingKind.SV, FindingKind.FUSION]
    assert (
        mll2.findings[0].description == "intragenic rearrangement, not a fusion (MLL2-intragenic)"
    )
    sv = shared_file("oncokb-annotator", "example_sv.txt")
    assert pairs(read_report(sv, sample="TCGA-05-4417-01")) == [("ALK", "EML4"), ("TMPRSS2", "ERG")]
    assert pairs(read_report(sv, sample="TCGA-06-0155-01"))[0] == ("EGFR", None)


def test_cbioportal_sv_and_pcgr_fusions() -> None:
    report = read_report(
        shared_file("cbioportal-study_es_0", "data_structural_variants.txt"),
        sample="TCGA-A2-A04P-01",
    )
    assert len(report.findings) == 9
    assert report.genome_build == "GRCh37"
    assert ("PIEZO1", "NCOA4") in pairs(report)
    assert ("KIAA1549", "BRAF") in pairs(report)
    first = report.findings[0]
    assert (first.breakpoint_5, first.breakpoint_3, first.supporting_reads) == (
        "7:138536968",
        "7:140482957",
        900,
    )
    pcgr = read_report(shared_file("pcgr", "T001-BRCA.grch38.fusions.tsv"))
    assert len(pcgr.findings) == 9
    assert pairs(pcgr)[:2] == [("NTRK1", "TPM3"), ("EML4", "ALK")]
    assert (pcgr.findings[1].breakpoint_5, pcgr.findings[1].supporting_reads) == ("2:42295554", 100)


def test_atypical_alterations() -> None:
    path = shared_file("oncokb-annotator", "example_atypical_alterations.txt")
    msi = read_report(path, sample="TCGA-A6-2672-01")
    assert msi.msi_status is MsiStatus.MSI_HIGH
    assert [f.kind for f in msi.findings] == [FindingKind.MSI, FindingKind.MSI]
    tmb = read_report(path, sample="TCGA-AG-A002-01")
    assert [f.kind for f in tmb.findings] == [FindingKind.TMB, FindingKind.TMB]
    fake = read_report(path, sample="TCGA-FAKE-01")
    assert [(f.gene, f.kind, f.exon) for f in fake.findings] == [
        ("EGFR", FindingKind.SPLICE, "2-7"), ("FLT3", FindingKind.INDEL, None),
        ("BRAF", FindingKind.SV, None), ("EGFR", FindingKind.SV, None)]  # fmt: skip
