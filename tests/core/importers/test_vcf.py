"""VCF importer on synthetic files: samples, annotations, symbolic alleles, filters, errors."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions, SampleChoiceRequired
from mtb_desk.importers.registry import read_report, sniff
from tests.core.importers.fixtures import VCF_HEADER, VCF_RECORDS, vcf_text


def write(tmp_path: Path, text: str, name: str = "calls.vcf") -> Path:
    path = tmp_path / name
    data = text.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def both(path: Path, **options: object) -> list[object]:
    """Findings from the fast reader, checked against the cyvcf2 reference reader."""
    fast = vcf.read(path, ReadOptions(**options))  # type: ignore[arg-type]
    reference = vcf.read_with_cyvcf2(path, ReadOptions(**options))  # type: ignore[arg-type]
    assert fast.findings == reference.findings
    assert fast.warnings == reference.warnings
    return list(fast.findings)


@pytest.mark.parametrize("name", ["calls.vcf", "calls.vcf.gz", "calls.txt"])
def test_tumour_column_and_findings(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS), name)
    assert sniff(path).name == "vcf"
    report = read_report(path)
    assert report.sample_id == "FAKE_TUMOR"
    assert report.genome_build == "GRCh38"
    braf, egfr, kras_t, kras_mnv, deletion, duplication = report.findings
    assert (braf.gene, braf.protein, braf.hgvs_c, braf.transcript, braf.exon) == (
        "BRAF",
        "V600E",
        "c.1799T>A",
        "ENST00000288602",
        "15",
    )
    assert (braf.vaf, braf.depth, braf.filter) == (0.25, 400, "PASS")
    assert (egfr.kind, egfr.vaf, egfr.depth) == (FindingKind.INDEL, round(50 / 350, 6), 350)
    assert (kras_t.alt, kras_t.vaf, kras_t.is_filtered) == ("T", 0.2, True)  # GT 0/2: only ALT 2
    assert (kras_mnv.kind, kras_mnv.gene, kras_mnv.protein) == (
        FindingKind.MNV,
        "KRAS",
        "G10_A11delinsCV",
    )
    assert (deletion.kind, deletion.cnv_call, deletion.copy_number) == (
        FindingKind.CNV,
        CnvCall.DELETION,
        0.0,
    )
    assert duplication.cnv_call is CnvCall.AMPLIFICATION
    assert both(path) == list(report.findings)


def test_skip_filtered(tmp_path: Path) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS))
    report = read_report(path, skip_filtered=True)
    assert len(report.findings) == 5
    assert "1 filtered" in report.warnings[-1]
    assert len(both(path, skip_filtered=True)) == 5


def test_sample_choice(tmp_path: Path) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS, samples=("FAKE_A", "FAKE_B")))
    with pytest.raises(SampleChoiceRequired) as caught:
        read_report(path)
    assert caught.value.samples == ("FAKE_A", "FAKE_B")
    assert read_report(path, sample="FAKE_A").findings[0].vaf == 0.0
    declared = VCF_HEADER + "##tumor_sample=FAKE_B\n"
    path = write(tmp_path, vcf_text(VCF_RECORDS, samples=("FAKE_A", "FAKE_B"), header=declared))
    assert read_report(path).sample_id == "FAKE_B"


def test_sites_only_vcf_uses_info(tmp_path: Path) -> None:
    records = ["chr7\t140453136\t.\tA\tT\t50\tPASS\tDP=900"]
    findings = both(write(tmp_path, vcf_text(records, samples=())))
    assert [(f.depth, f.vaf) for f in findings] == [(900, None)]  # type: ignore[attr-defined]


def test_missing_info_header_is_a_warning(tmp_path: Path) -> None:
    records = ["chr7\t140453136\t.\tA\tT\t50\tPASS\tDP=9;MYSTERY=1\tGT:AF\t0/0:0\t0/1:0.5"]
    report = read_report(write(tmp_path, vcf_text(records)))
    assert report.warnings == ("INFO fields without a header line: MYSTERY",)
    assert report.findings[0].vaf == 0.5


def test_header_only_vcf_has_no_findings(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, vcf_text([])))
    assert report.findings == ()
    assert report.warnings == ("the file holds no findings",)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ("chr7\tABC\t.\tA\tT\t50\tPASS\tDP=9\tGT\t0/0\t0/1", "POS"),
        ("chr7\t100\t.\tA\tQ\t50\tPASS\tDP=9\tGT\t0/0\t0/1", "ALT"),
        ("chr7\t100\t.\tA\tT\t50\tPASS\tDP=9\tGT:AF\t0/0:0\t0/1:1.5", "AF"),
        ("chr7\t100\t.\tA\tT\t50\tPASS\tDP=9\tGT:AF\t0/0:0\t0/1:x", "FORMAT/AF"),
        ("chr7\t100\t.\tA\tT\t50\tPASS\tDP=9", "FORMAT"),
        ("chr7\t100\t.\tA\tT\t50\tPASS\tDP=9\tGT\t0/0\t0/1\textra", "sample"),
    ],
)
def test_bad_records_name_line_and_field(tmp_path: Path, record: str, field: str) -> None:
    path = write(tmp_path, vcf_text([VCF_RECORDS[0], record]))
    with pytest.raises(ImportFileError) as caught:
        read_report(path)
    assert caught.value.field == field
    assert caught.value.line == VCF_HEADER.count("\n") + 3


@pytest.mark.parametrize(
    "text",
    [
        "##fileformat=VCFv4.2\n",  # no #CHROM line
        "##fileformat=VCFv4.2\n#CHROM\tPOS\n",  # broken column header
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t\n",
    ],
)
def test_broken_headers(tmp_path: Path, text: str) -> None:
    with pytest.raises(ImportFileError):
        read_report(write(tmp_path, text))


def test_truncated_gzip(tmp_path: Path) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS), "calls.vcf.gz")
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(ImportFileError, match="gzip"):
        read_report(path)


def test_vep_picks_the_entry_of_the_allele(tmp_path: Path) -> None:
    csq = (
        "CSQ=-|frameshift_variant|HIGH|TP53|ENST1|5/11|ENST1:c.100del|ENSP1:p.Arg34fs|YES,"
        "T|missense_variant|MODERATE|OTHER|ENST2|1/2|ENST2:c.1A>T|ENSP2:p.Met1Leu|"
    )
    records = [f"chr7\t100\tid1\tAC\tA,T\t50\tPASS\tDP=20;{csq}\tGT:AD\t0/0:9,0,0\t1/2:10,5,5"]
    deletion, substitution = both(write(tmp_path, vcf_text(records)))
    assert (deletion.gene, deletion.protein) == ("TP53", "R34fs")  # type: ignore[attr-defined]
    assert substitution.gene == "OTHER"  # type: ignore[attr-defined]


def test_genome_build_from_chromosome_1_length(tmp_path: Path) -> None:
    header = VCF_HEADER.replace("##reference=GRCh38\n", "").replace(
        "##contig=<ID=chr7>", "##contig=<ID=chr1,length=249250621>\n##contig=<ID=chr7>"
    )
    assert (
        read_report(write(tmp_path, vcf_text(VCF_RECORDS, header=header))).genome_build == "GRCh37"
    )
    bare = VCF_HEADER.replace("##reference=GRCh38\n", "")
    assert read_report(write(tmp_path, vcf_text(VCF_RECORDS, header=bare))).genome_build is None


def test_columns_and_plain_rows_match_findings(tmp_path: Path) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS * 3))
    report, columns = vcf.read_columns(path, ReadOptions())
    assert report.findings == ()
    findings = columns.findings()
    assert len(columns.line) > 0  # some records went through the columnar path
    rows = list(columns.rows())
    assert [row["source_line"] for row in rows] == [f.source_line for f in findings]
    assert rows == [{name: getattr(f, name) for name in f.__slots__} for f in findings]
    assert tuple(findings) == vcf.read(path, ReadOptions()).findings


def test_crlf_vcf(tmp_path: Path) -> None:
    path = write(tmp_path, vcf_text(VCF_RECORDS).replace("\n", "\r\n"))
    assert len(both(path)) == 6


@pytest.mark.parametrize(("bad", "message"), [(b"\x00", "NUL"), (b"\r", "carriage return")])
def test_control_bytes_in_records(tmp_path: Path, bad: bytes, message: str) -> None:
    text = vcf_text(VCF_RECORDS).encode()
    at = text.index(b"DP=700")
    path = tmp_path / "calls.vcf"
    path.write_bytes(text[:at] + bad + text[at:])
    with pytest.raises(ImportFileError, match=message) as caught:
        read_report(path)
    assert caught.value.line == VCF_HEADER.count("\n") + 3
