"""MAF, CNA, fusion, atypical and generic importers, and the registry, on synthetic files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.errors import ImportFileError, ValidationError
from mtb_desk.importers.fusions import split_pair
from mtb_desk.importers.generic import ColumnMapping
from mtb_desk.importers.registry import file_sha256, read_report, sniff

MAF = (
    "#version 2.4\n"
    "Hugo_Symbol\tChromosome\tStart_Position\tVariant_Classification\tVariant_Type\t"
    "Reference_Allele\tTumor_Seq_Allele2\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\tt_alt_count\n"
    "braf\t7\t140453136\tMissense_Mutation\tSNP\tA\tT\tFAKE-01\tp.V600E\t100\t40\n"
    "EGFR\t7\t55242465\tIn_Frame_Del\tDEL\tGGAATTAAGAGAAGC\t-\tFAKE-01\tp.E746_A750del\t80\t20\n"
    "TP53\t17\t7577538\tMissense_Mutation\tSNP\tC\tT\tFAKE-02\tp.R248Q\t50\t25\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_maf(tmp_path: Path) -> None:
    path = write(tmp_path, "muts.maf", MAF)
    report = read_report(path, sample="FAKE-01")
    braf, egfr = report.findings
    assert (braf.gene, braf.protein, braf.vaf, braf.depth, braf.kind) == (
        "BRAF",
        "V600E",
        0.4,
        100,
        FindingKind.SNV,
    )
    assert (egfr.kind, egfr.alt, egfr.protein) == (FindingKind.INDEL, "-", "E746_A750del")
    with pytest.raises(ImportFileError, match="FAKE-01, FAKE-02"):
        read_report(path)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("\t100\t40\n", "\t100\t400\n", "t_alt_count"),
        ("\t140453136\t", "\tabc\t", "Start_Position"),
        ("braf\t", "BR AF\t", "Hugo_Symbol"),
        ("\tA\tT\tFAKE-01", "\tA\tJ\tFAKE-01", "Tumor_Seq_Allele2"),
    ],
)
def test_maf_errors(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = write(tmp_path, "muts.maf", MAF.replace(old, new, 1))
    with pytest.raises(ImportFileError) as caught:
        read_report(path, sample="FAKE-01")
    assert (caught.value.line, caught.value.field) == (3, field)


def test_cna_wide_long_and_words(tmp_path: Path) -> None:
    wide = write(
        tmp_path,
        "cna.txt",
        "Hugo_Symbol\tEntrez_Gene_Id\tFAKE-01\nERBB2\t2064\t2\nCDKN2A\t1029\t-2\nTP53\t7157\t0\n",
    )
    assert sniff(wide).name == "cna-table"
    assert [(f.gene, f.cnv_call) for f in read_report(wide).findings] == [
        ("ERBB2", CnvCall.AMPLIFICATION),
        ("CDKN2A", CnvCall.DELETION),
    ]
    words = write(
        tmp_path,
        "w.txt",
        "Tumor_Sample_Barcode\tHugo_Symbol\tCopy_Number_Alteration\nFAKE-01\tMET\tAmplification\nFAKE-01\tPTEN\tLoss\n",
    )
    assert [f.cnv_call for f in read_report(words).findings] == [
        CnvCall.AMPLIFICATION,
        CnvCall.LOSS,
    ]
    bad = write(tmp_path, "b.txt", "Hugo_Symbol\tFAKE-01\nERBB2\t7\n")
    with pytest.raises(ImportFileError) as caught:
        read_report(bad)
    assert (caught.value.line, caught.value.field) == (2, "FAKE-01")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("EML4-ALK", ("EML4", "ALK")),
        ("EML4--ALK", ("EML4", "ALK")),
        ("EML4::ALK", ("EML4", "ALK")),
        ("PPARG/AC016683.6;PAX8", ("PPARG", "PAX8")),
        ("PPARG/AC016683.6-PAX8", ("PPARG", "PAX8")),  # as DRAGEN TSO500 writes it
        ("EML4/ALK", ("EML4", "ALK")),
        ("CD74-ROS1;GOPC", ("CD74", "ROS1")),
        ("NKX2-1-ALK", ("NKX2-1", "ALK")),
        ("ETV6-RUNX1 fusion", ("ETV6", "RUNX1")),
        ("EGFR-intragenic", ("EGFR", None)),
        ("egfr-sept14", ("egfr", "sept14")),  # as written: the gene map resolves symbols later
        ("TP53-intergenic", ("TP53", None)),
    ],
)
def test_split_pair(text: str, pair: tuple[str, str | None]) -> None:
    assert split_pair(text, Path("f.tsv"), 2, "Fusion") == pair


@pytest.mark.parametrize("text", ["", "ALK", "EML4-AL K", "-ALK"])
def test_split_pair_errors(text: str) -> None:
    with pytest.raises(ImportFileError):
        split_pair(text, Path("f.tsv"), 2, "Fusion")


def test_atypical_unknown_alteration(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.txt", "HUGO_SYMBOL\tSAMPLE_ID\tALTERATION\nEGFR\tFAKE\tsomething odd\n"
    )
    with pytest.raises(ImportFileError) as caught:
        read_report(path)
    assert (caught.value.line, caught.value.field) == (2, "ALTERATION")


MAPPING = ColumnMapping(
    gene="Gen",
    protein="Proteinendring",
    vaf="VAF %",
    kind="Type",
    partner_gene="Partner",
    copy_number="Kopital",
    sample="Prøve",
)
SHEET = [
    ["Gen", "Proteinendring", "VAF %", "Type", "Partner", "Kopital", "Prøve"],
    ["kras", "p.Gly12Cys", "35", "SNV", "", "", "FAKE-1"],
    ["ALK", "", "", "fusion", "EML4", "", "FAKE-1"],
    ["MET", "", "", "cnv", "", "9", "FAKE-1"],
]


def test_generic_csv_and_xlsx(tmp_path: Path) -> None:
    csv = write(tmp_path, "lab.csv", "\n".join(";".join(r) for r in SHEET) + "\n")
    book = openpyxl.Workbook()
    for row in SHEET:
        book.active.append([int(c) if c.isdigit() else c for c in row])
    book.save(tmp_path / "lab.xlsx")
    for path in (csv, tmp_path / "lab.xlsx"):
        with pytest.raises(ImportFileError, match="map its columns"):
            read_report(path)
        report = read_report(path, mapping=MAPPING)
        kras, alk, met = report.findings
        assert (kras.gene, kras.protein, kras.vaf, kras.kind) == (
            "KRAS",
            "G12C",
            0.35,
            FindingKind.SNV,
        )
        assert (alk.kind, alk.partner_gene) == (FindingKind.FUSION, "EML4")
        assert (met.kind, met.cnv_call, met.copy_number) == (
            FindingKind.CNV,
            CnvCall.AMPLIFICATION,
            9.0,
        )
        assert report.sample_id == "FAKE-1"


def test_mapping_json_round_trip_and_validation(tmp_path: Path) -> None:
    assert ColumnMapping.from_json(MAPPING.to_json()) == MAPPING
    for bad in (
        "[]",
        "{}",
        '{"gene": "G", "colour": "x"}',
        '{"gene": "G", "default_kind": "x"}',
        "{",
    ):
        with pytest.raises(ValidationError):
            ColumnMapping.from_json(bad)
    path = write(tmp_path, "lab.csv", "Gen,Other\nKRAS,1\n")
    with pytest.raises(ImportFileError) as caught:
        read_report(path, mapping=ColumnMapping(gene="Gene"))
    assert (caught.value.line, caught.value.field) == (1, "Gene")


def test_registry_sniffs_content_not_extension(tmp_path: Path) -> None:
    assert sniff(write(tmp_path, "looks.vcf", MAF)).name == "maf"
    with pytest.raises(ImportFileError, match="tried"):
        read_report(write(tmp_path, "notes.txt", "just some words\n"))
    with pytest.raises(ImportFileError, match="empty"):
        read_report(write(tmp_path, "empty.tsv", ""))
    with pytest.raises(ImportFileError, match="cannot read"):
        read_report(tmp_path / "missing.tsv")


def test_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.maf"
    path.write_bytes(MAF.replace("braf", "br\xe6f").encode("latin-1"))
    with pytest.raises(ImportFileError) as caught:
        read_report(path, sample="FAKE-01")
    assert caught.value.line == 3


def test_sha256(tmp_path: Path) -> None:
    path = write(tmp_path, "x.maf", MAF)
    assert file_sha256(path) == hashlib.sha256(MAF.encode()).hexdigest()
