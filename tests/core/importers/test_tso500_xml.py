"""TSO500 CVO and FoundationOne XML on synthetic files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mtb_desk.domain.enums import Assay, CnvCall, FindingKind, MsiStatus, Specimen
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.registry import read_report, sniff
from tests.core.importers.fixtures import F1_XML, tso500_cvo


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_tso500_synthetic(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "any-name.txt", tso500_cvo(bom=True)))
    assert report.sample_id == "FAKE-DNA-1"
    assert report.report_date == date(2024, 3, 5)
    assert report.tmb == 12.5
    assert (report.msi_status, report.msi_score) == (MsiStatus.MSS, 3.0)
    by_kind = {f.kind: f for f in report.findings}
    assert by_kind[FindingKind.CNV].gene == "ERBB2"
    assert by_kind[FindingKind.SPLICE].description == "MET exon 14 skipping"
    fusion = by_kind[FindingKind.FUSION]
    assert (fusion.gene, fusion.partner_gene) == ("NKX2-1", "ALK")  # hyphen inside a gene name
    braf = by_kind[FindingKind.SNV]
    assert (braf.protein, braf.exon, braf.transcript) == ("V600E", "15", "NM_004333.4")
    egfr = by_kind[FindingKind.INDEL]
    assert egfr.protein == "E746_A750del"


def test_tso500_msi_needs_enough_sites(tmp_path: Path) -> None:
    text = tso500_cvo().replace("Usable MSI Sites\t100", "Usable MSI Sites\t12")
    assert read_report(write(tmp_path, "cvo.tsv", text)).msi_status is MsiStatus.INDETERMINATE


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("\t140453136\t", "\t14045x136\t", "Genomic Position"),
        ("\t0.25\t", "\t1.7e9\t", "Allele Frequency"),
        ("\tA\tT\t", "\tA\tZ\t", "Alternative Call"),
        ("Total TMB\t12.5", "Total TMB\thigh", "Total TMB"),
        ("ERBB2\t6.5", "ERB B2\t6.5", "Gene"),
    ],
)
def test_tso500_bad_values_name_line_and_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    path = write(tmp_path, "cvo.tsv", tso500_cvo().replace(old, new, 1))
    with pytest.raises(ImportFileError) as caught:
        read_report(path)
    assert caught.value.field == field
    assert caught.value.line is not None
    assert str(path) in str(caught.value)


def test_tso500_truncated_row(tmp_path: Path) -> None:
    text = tso500_cvo(small_variants=["BRAF\tchr7\t140453136\tA"])
    with pytest.raises(ImportFileError) as caught:
        read_report(write(tmp_path, "cvo.tsv", text))
    assert (caught.value.line, caught.value.field) == (36, "Alternative Call")


def test_f1_xml(tmp_path: Path) -> None:
    path = write(tmp_path, "report.xml", F1_XML)
    assert b"\r\n" in path.read_bytes()
    assert sniff(path).name == "foundationone-xml"
    report = read_report(path)
    assert (report.assay, report.specimen, report.lab) == (
        Assay.F1CDX,
        Specimen.TISSUE,
        "Foundation Medicine",
    )
    assert (report.sample_id, report.tumour_cell_content) == ("ORD-0000000-01", 40.0)
    assert report.report_date == date(2024, 1, 24)
    assert (report.tmb, report.msi_status) == (12.61, MsiStatus.MSS)
    braf, egfr, erbb2, cdkn2a, alk, tmb, msi = report.findings
    assert (braf.gene, braf.protein, braf.protein_original, braf.hgvs_c) == (
        "BRAF",
        "V600E",
        "V600E",
        "c.1799T>A",
    )
    assert (braf.chromosome, braf.position, braf.vaf, braf.depth) == ("chr7", 140453136, 0.29, 612)
    assert (egfr.kind, egfr.protein) == (FindingKind.INDEL, "E746_A750del")
    assert egfr.description is not None
    assert "equivocal" in egfr.description
    assert (erbb2.cnv_call, erbb2.copy_number, erbb2.fold_change) == (
        CnvCall.AMPLIFICATION,
        14.0,
        3.1,
    )
    assert "equivocal" in (erbb2.description or "")
    assert cdkn2a.cnv_call is CnvCall.DELETION
    assert (alk.gene, alk.partner_gene, alk.supporting_reads) == ("EML4", "ALK", 75)
    assert (tmb.kind, tmb.value, msi.kind) == (FindingKind.TMB, 12.61, FindingKind.MSI)


def test_f1_xml_refuses_entities(tmp_path: Path) -> None:
    evil = F1_XML.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    )
    with pytest.raises(ImportFileError, match="DOCTYPE"):
        read_report(write(tmp_path, "evil.xml", evil))


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('allele-fraction="0.29"', 'allele-fraction="lots"', "short-variant[1]/@allele-fraction"),
        ('type="loss"', 'type="sideways"', "copy-number-alteration[2]/@type"),
        ('status="MSS"', 'status="maybe"', "microsatellite-instability/@status"),
        ("<variant-report ", "<other-report ", "variant-report"),
    ],
)
def test_f1_bad_values_name_the_element(tmp_path: Path, old: str, new: str, field: str) -> None:
    text = F1_XML.replace(old, new, 1)
    if new.startswith("<other"):
        text = text.replace("</variant-report>", "</other-report>")
    with pytest.raises(ImportFileError) as caught:
        read_report(write(tmp_path, "r.xml", text))
    assert caught.value.field == field


def test_f1_malformed_xml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_report(write(tmp_path, "r.xml", F1_XML[:1500]))
    assert caught.value.line is not None


def test_tso500_truncation_is_caught(tmp_path: Path) -> None:
    text = tso500_cvo().rstrip("\n")
    cut = text[: text.rindex("\t500\t") + 3]  # the file ends inside the Depth of the last row
    with pytest.raises(ImportFileError) as caught:
        read_report(write(tmp_path, "cut.tsv", cut))
    assert caught.value.field == "P-Dot Notation"
    headless = text[: text.index("[Small Variants]") + len("[Small Variants]")]
    with pytest.raises(ImportFileError, match="no header row"):
        read_report(write(tmp_path, "headless.tsv", headless))
    no_small = text[: text.index("[Small Variants]")]
    report = read_report(write(tmp_path, "short.tsv", no_small))
    assert "section [Small Variants] is missing" in report.warnings
