"""One meaning, one stored form: synonymous changes, HGVS escapes, MAF protein columns,
cBioPortal -1.5, intragenic/intergenic events, FoundationOne edge cases, gene symbols."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtb_desk.domain.enums import CnvCall, FindingKind
from mtb_desk.domain.genes import build_map, default_gene_map
from mtb_desk.domain.protein import THREE_TO_ONE, normalise_protein
from mtb_desk.errors import ImportFileError
from mtb_desk.importers.registry import read_report
from mtb_desk.matching.rule_syntax import parse_rule
from mtb_desk.matching.rules import PositionLeaf, ProteinLeaf
from tests.core.importers.fixtures import F1_XML, VCF_HEADER, vcf_text

ONE_TO_THREE = {one: three for three, one in THREE_TO_ONE.items() if one.isalpha()}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text",
    ["p.=", "p.(=)", "p.Val600=", "p.(Val600=)", "p.Val600Val", "V600V", "p.V600=",
     "ENSP00000288602.6:p.Val600%3D", "NP_004324.2:p.(Val600%3D)", "c.1800T>C(p.(Val600=))"],
)  # fmt: skip
def test_synonymous_spellings_never_meet_protein_or_position_rules(text: str) -> None:
    canonical = normalise_protein(text)
    assert canonical in (None, "V600=")

    class Finding:
        kind = FindingKind.SNV
        gene = "BRAF"
        protein = canonical

    assert not PositionLeaf("BRAF", frozenset({("V", 600)})).test(Finding())  # type: ignore[arg-type]
    assert not ProteinLeaf("BRAF", frozenset({"V600E"})).test(Finding())  # type: ignore[arg-type]


@given(
    st.sampled_from(sorted(ONE_TO_THREE)),
    st.integers(1, 3000),
    st.sampled_from(sorted(ONE_TO_THREE)),
)  # noqa: E501
def test_any_two_spellings_of_a_change_normalise_equal(ref: str, position: int, alt: str) -> None:
    long_ref, long_alt = ONE_TO_THREE[ref], ONE_TO_THREE[alt]
    spellings = [
        f"p.{ref}{position}{alt}", f"{ref}{position}{alt}", f"p.{long_ref}{position}{long_alt}",
        f"p.({long_ref}{position}{long_alt})", f"NP_000001.2:p.({long_ref}{position}{long_alt})",
        f"p.%28{long_ref}{position}{long_alt}%29",  # percent-escaped parentheses
    ]  # fmt: skip
    forms = {normalise_protein(s) for s in spellings}
    assert forms == {f"{ref}{position}{'=' if ref == alt else alt}"}
    if ref == alt:  # synonymous: never any change at that residue
        rule = PositionLeaf("G", frozenset({(ref, position)}))

        class Finding:
            kind = FindingKind.SNV
            gene = "G"
            protein = forms.pop()

        assert rule.test(Finding()) is False  # type: ignore[arg-type]


def test_snpeff_synonymous_braf_is_stored_as_v600_equals(tmp_path: Path) -> None:
    ann = "ANN=G|synonymous_variant|LOW|BRAF|ENSG00000157764|transcript|ENST00000288602|protein_coding|15/18|c.1800T>C|p.Val600Val"  # noqa: E501
    record = f"chr7\t140453135\t.\tA\tG\t50\tPASS\t{ann}\tGT:AD:DP\t0/0:400,0:400\t0/1:300,100:400"
    report = read_report(write(tmp_path, "syn.vcf", vcf_text([record])))
    (finding,) = report.findings
    assert (finding.gene, finding.protein, finding.protein_original) == (
        "BRAF", "V600=", "p.Val600Val")  # fmt: skip


def test_vcf_without_any_annotation_is_warned_about(tmp_path: Path) -> None:
    header = "\n".join(
        line for line in VCF_HEADER.splitlines() if "CSQ" not in line and "ANN" not in line
    )
    record = "chr7\t140453136\t.\tA\tT\t50\tPASS\tDP=9\tGT:AD:DP\t0/0:4,0:4\t0/1:3,1:4"
    report = read_report(write(tmp_path, "plain.vcf", vcf_text([record], header=header + "\n")))
    assert any("carries no gene annotation" in w for w in report.warnings)


MAF_HEAD = (
    "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tReference_Allele\tTumor_Seq_Allele2"  # noqa: E501
)


def test_maf_trusts_hgvsp_over_short_and_reads_protein_change(tmp_path: Path) -> None:
    text = (
        f"{MAF_HEAD}\tHGVSp_Short\tHGVSp\tProtein_Change\tMutation_Status\n"
        "PIK3CA\tS1\tMissense_Mutation\tG\tA\tp.E545K\tp.Glu542Lys\t\tSomatic\n"
        "KRAS\tS1\tMissense_Mutation\tC\tA\t\t\tp.G12C\tGermline\n"
        "BRAF\tS1\tSilent\tT\tC\tp.V600E\t\t\tUnknown\n"
    )
    report = read_report(write(tmp_path, "m.maf", text))
    assert [(f.gene, f.protein, f.origin) for f in report.findings] == [
        ("PIK3CA", "E542K", "somatic"),  # HGVSp wins over a disagreeing HGVSp_Short
        ("KRAS", "G12C", "germline"),  # Protein_Change when neither HGVSp column is filled
        ("BRAF", "V600=", None),  # a Silent row is synonymous whatever its protein text
    ]
    assert any("HGVSp (the complete HGVS) used" in w for w in report.warnings)


def test_maf_amino_acid_change_and_missing_protein_column(tmp_path: Path) -> None:
    text = f"{MAF_HEAD}\tAmino_Acid_Change\nEGFR\tS1\tMissense_Mutation\tC\tT\tT790M\n"
    assert read_report(write(tmp_path, "a.maf", text)).findings[0].protein == "T790M"
    bare = read_report(write(tmp_path, "b.maf", f"{MAF_HEAD}\nEGFR\tS1\tMissense_Mutation\tC\tT\n"))
    assert any("no protein column" in w for w in bare.warnings)


def test_cbioportal_minus_one_and_a_half_is_a_homozygous_deletion(tmp_path: Path) -> None:
    text = "Hugo_Symbol\tEntrez_Gene_Id\tS1\nCDKN2A\t1029\t-1.5\nPTEN\t5728\t-1\nMYC\t4609\t1.5\n"
    calls = [(f.gene, f.cnv_call) for f in read_report(write(tmp_path, "cna.txt", text)).findings]
    assert calls == [("CDKN2A", CnvCall.DELETION), ("PTEN", CnvCall.LOSS), ("MYC", CnvCall.GAIN)]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Tumor_Sample_Barcode\tFusion\nS1\tALK-intragenic\n", ("ALK", "intragenic")),
        ("Tumor_Sample_Barcode\tFusion\nS1\tTP53-intergenic\n", ("TP53", "intergenic")),
        (
            "Tumor_Sample_Barcode\tGeneA\tGeneB\tSv_Type\nS1\tALK\t\tDELETION\n",
            ("ALK", "intragenic"),
        ),  # noqa: E501
        (
            "Tumor_Sample_Barcode\tGeneA\tGeneB\tSv_Type\nS1\tALK\tALK\tINVERSION\n",
            ("ALK", "intragenic"),
        ),  # noqa: E501
    ],
)
def test_intragenic_and_intergenic_events_are_not_fusions(
    tmp_path: Path, table: str, expected: tuple[str, str]
) -> None:
    (finding,) = read_report(write(tmp_path, "sv.txt", table)).findings
    assert (finding.kind, finding.gene, finding.partner_gene) == (FindingKind.SV, expected[0], None)
    assert expected[1] in (finding.description or "")
    rule = parse_rule({"gene": "ALK", "fusion": "any"})
    assert rule.test(finding) is False  # type: ignore[union-attr]


SAME_GENE = (
    '<rearrangement allele-fraction="0.11" description="NF1(NM_000267) inversion intron 3 - '
    'exon 4" equivocal="false" in-frame="No" other-gene="NF1" pos1="chr17:29500000" '
    'pos2="chr17:29560000" status="likely" supporting-read-pairs="20" targeted-gene="NF1" '
    'type="rearrangement"/>'
)


def test_f1_same_gene_rearrangement_is_a_structural_finding(tmp_path: Path) -> None:
    text = F1_XML.replace("</rearrangements>", SAME_GENE + "</rearrangements>")
    report = read_report(write(tmp_path, "f1.xml", text))
    nf1 = next(f for f in report.findings if f.gene == "NF1")
    assert (nf1.kind, nf1.partner_gene, nf1.vaf, nf1.supporting_reads) == (
        FindingKind.SV, None, 0.11, 20)  # fmt: skip
    assert "inversion intron 3 - exon 4" in (nf1.description or "")
    alk = next(f for f in report.findings if f.kind is FindingKind.FUSION)
    assert (alk.gene, alk.partner_gene) == ("EML4", "ALK")


def test_f1_equivocal_is_kept_and_allele_fraction_is_never_rescaled(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "f1.xml", F1_XML))
    flags = {f.gene: f.equivocal for f in report.findings if f.gene}
    assert (flags["ERBB2"], flags["EGFR"], flags["BRAF"]) == (True, True, False)
    for bad in ("1.5", "-0.1", "29"):
        text = F1_XML.replace('allele-fraction="0.29"', f'allele-fraction="{bad}"')
        with pytest.raises(ImportFileError, match=r"allele-fraction.*outside 0\.\.1"):
            read_report(write(tmp_path, "bad.xml", text))


def test_gene_symbols_map_to_approved_and_keep_what_the_file_said(tmp_path: Path) -> None:
    text = "Tumor_Sample_Barcode\tFusion\nS1\tMLL2-intragenic\nS1\tC11ORF30-SEPT14\nS1\tNEU-ALK\n"
    report = read_report(write(tmp_path, "f.txt", text))
    mapped = [(f.gene, f.partner_gene, f.symbol_in_file) for f in report.findings]
    assert mapped == [
        ("KMT2D", None, "MLL2"),
        ("EMSY", "SEPTIN14", "C11ORF30::SEPT14"),
        ("NEU", "ALK", None),  # NEU names ERBB2, NEU1 and NEURL1: never mapped silently
    ]
    assert any("NEU is an alias of" in w for w in report.warnings)
    assert default_gene_map().resolve("C11orf30") == ("EMSY", None)


def test_gene_map_prefers_previous_symbols_over_aliases() -> None:
    genes = build_map(
        "test", ["KMT2D", "KMT2B"], [("MLL2", "KMT2D")], [("MLL2", "KMT2B"), ("MLL4", "KMT2D")]
    )
    assert genes.resolve("MLL2") == ("KMT2D", None)
    assert genes.resolve("mll4") == ("KMT2D", None)
    assert genes.resolve("kmt2b") == ("KMT2B", None)


def test_rules_map_previous_symbols_too() -> None:
    rule = parse_rule({"gene": "MLL2", "kind": "snv"})
    assert rule.gene == "KMT2D"  # type: ignore[union-attr]
    assert parse_rule({"gene": "c11orf30", "kind": "snv"}).gene == "EMSY"  # type: ignore[union-attr]


def test_percent_escapes_in_vep_hgvs_are_decoded(tmp_path: Path) -> None:
    csq = (
        "CSQ=C|synonymous_variant|LOW|BRAF|ENST00000288602|15/18|"
        "ENST00000288602.6:c.1800T%3EC|ENSP00000288602.6:p.Val600%3D|YES"
    )
    record = f"chr7\t140453135\t.\tT\tC\t50\tPASS\t{csq}\tGT:AD:DP\t0/0:400,0:400\t0/1:300,100:400"
    (finding,) = read_report(write(tmp_path, "vep.vcf", vcf_text([record]))).findings
    assert (finding.hgvs_c, finding.protein) == ("c.1800T>C", "V600=")


@pytest.mark.parametrize("text", ["V600=", "p.Val600Val", "p.(Val600=)"])
def test_a_synonymous_change_cannot_be_a_protein_rule(text: str) -> None:
    from mtb_desk.matching.rules import RuleError

    with pytest.raises(RuleError, match="synonymous change, not a rule target"):
        parse_rule({"gene": "BRAF", "protein": text})
