"""VCF importer over the real VCFs in ../shared/data, and the fast reader against cyvcf2."""

from __future__ import annotations

from collections import Counter

import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions, SampleChoiceRequired
from mtb_desk.importers.registry import read_report
from mtb_desk.importers.vcf_fast import read_body
from mtb_desk.importers.vcf_record import Skipped
from tests.shared_data import shared_file

pytestmark = pytest.mark.shared_data

# (folder, file, sample to ask for or None, findings expected)
VCFS = [
    ("vcf2maf", "test.vcf", None, 21),
    ("vcf2maf", "test_b38.vcf", None, 25),
    ("vcf2maf", "test_mutect.vcf", None, 500),
    ("vcf2maf", "test_strelka.vcf", None, 240),
    ("vcf2maf", "test_varscan.vcf", None, 499),
    ("vcf2maf", "test_delly.vcf", None, 9),
    ("pcgr", "T001-BRCA.grch37.vcf.gz", None, 196),
    ("pcgr", "T001-BRCA.grch38.vcf.gz", None, 196),
    ("pcgr", "T001-COAD.grch38.vcf.gz", None, 3313),
    ("cyvcf2", "multi-contig.vcf.gz", "NA00001", 7),
    ("cyvcf2", "test-multiallelic-homozygous-alt.vcf.gz", None, 0),
    ("cyvcf2", "test.vcf.gz", "101976-101976", 115),
    ("cyvcf2", "test.snpeff.vcf", "1094PC0005", 10),
    ("cyvcf2", "decomposed.vcf", "sample3", 1),
]


def kinds(report) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(f.kind.value for f in report.findings)


@pytest.mark.parametrize(("folder", "name", "sample", "count"), VCFS)
def test_fast_reader_matches_cyvcf2(folder: str, name: str, sample: str | None, count: int) -> None:
    path = shared_file(folder, name)
    for skip in (False, True):
        options = ReadOptions(sample=sample, skip_filtered=skip)
        fast = vcf.read(path, options)
        reference = vcf.read_with_cyvcf2(path, options)
        assert fast.findings == reference.findings
        assert fast.warnings == reference.warnings
        assert (fast.sample_id, fast.genome_build) == (reference.sample_id, reference.genome_build)
    assert len(vcf.read(path, ReadOptions(sample=sample)).findings) == count


def test_fast_reader_really_reads_columns() -> None:
    path = shared_file("pcgr", "T001-COAD.grch38.vcf.gz")
    text, body, lines = vcf.split_file(path)
    header = vcf.read_header(path, text, lines)
    columns = read_body(path, body, header, 0, Skipped(), ReadOptions())
    assert len(columns.line) > 3000  # the bulk went through the columnar path
    assert len(columns) == 3313


def test_tumour_normal_pair_picks_tumour() -> None:
    report = read_report(shared_file("vcf2maf", "test_mutect.vcf"))  # NORMAL first, then TUMOR
    assert report.sample_id == "TUMOR"
    first = report.findings[0]
    assert (first.chromosome, first.position, first.vaf, first.depth) == ("1", 2453125, 0.146, 206)
    assert first.filter == "REJECT"
    assert first.is_filtered
    assert Counter(f.filter for f in report.findings) == {"REJECT": 495, "PASS": 5}
    passing = read_report(shared_file("vcf2maf", "test_mutect.vcf"), skip_filtered=True)
    assert len(passing.findings) == 5
    assert "495 filtered" in passing.warnings[0]


def test_multi_allelic_records_are_split_by_genotype() -> None:
    report = read_report(shared_file("vcf2maf", "test.vcf"))
    assert kinds(report) == {"indel": 13, "mnv": 2, "snv": 6}
    first = report.findings[0]
    assert (first.ref, first.alt, first.kind, first.vaf, first.depth) == (
        "TA",
        "T",
        FindingKind.INDEL,
        0.5,
        20,
    )
    at_site = [f.alt for f in report.findings if f.position == 112174757]
    assert at_site == ["GGA", "G", "GCA", "G", "GGA"]  # GT 0/2 keeps only the second ALT


def test_caller_specific_allele_fractions() -> None:
    strelka = read_report(shared_file("vcf2maf", "test_strelka.vcf"))
    assert (strelka.findings[0].vaf, strelka.findings[0].depth) == (1.0, 57)  # TU tier 1
    assert any("INFO fields without a header line" in w for w in strelka.warnings)
    varscan = read_report(shared_file("vcf2maf", "test_varscan.vcf"))
    assert (varscan.findings[0].vaf, varscan.findings[0].depth) == (0.3846, 91)  # FREQ 38.46%
    assert "ambiguous" in varscan.warnings[0]  # the A/T allele of an SS=5 call
    pcgr = read_report(shared_file("pcgr", "T001-BRCA.grch38.vcf.gz"))
    assert (pcgr.findings[0].vaf, pcgr.findings[0].depth) == (0.222222, 144)  # INFO TVAF/TDP
    assert kinds(pcgr) == {"snv": 196}


def test_symbolic_deletions_and_duplications_become_cnv() -> None:
    report = read_report(shared_file("vcf2maf", "test_delly.vcf"))
    cnv = [f for f in report.findings if f.kind is FindingKind.CNV]
    assert [f.cnv_call for f in cnv] == [
        CnvCall.LOSS,
        CnvCall.LOSS,
        CnvCall.LOSS,
        CnvCall.GAIN,
        CnvCall.GAIN,
        CnvCall.GAIN,
    ]
    assert report.genome_build == "GRCh37"  # ##reference=…/b37/b37.fasta
    assert "structural-variant alleles" in report.warnings[0]  # BND and <INV> are not CNVs


def test_annotations_vep_and_snpeff() -> None:
    vep = read_report(shared_file("cyvcf2", "test.vcf.gz"), sample="101976-101976")
    assert vep.findings[0].gene == "DDX11L1"
    assert vep.findings[0].consequence == "upstream_gene_variant"
    eff = read_report(shared_file("cyvcf2", "test.snpeff.vcf"), sample="1094PC0005")
    assert (eff.findings[0].gene, eff.findings[0].transcript) == ("FAM138A", "ENST00000417324")


def test_several_samples_need_a_choice() -> None:
    with pytest.raises(SampleChoiceRequired) as caught:
        read_report(shared_file("cyvcf2", "test.vcf.gz"))
    assert len(caught.value.samples) == 189
    with pytest.raises(SampleChoiceRequired):
        read_report(shared_file("cyvcf2", "test.snpeff.vcf"), sample="nobody")


@pytest.mark.parametrize("name", ["empty.vcf", "test-invalid-header.vcf"])
def test_bad_vcfs_raise_import_file_error(name: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_report(shared_file("cyvcf2", name))
    assert name in str(caught.value)
