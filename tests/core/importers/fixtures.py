"""Small synthetic files the importer tests write themselves. All content is fictitious."""

from __future__ import annotations

TAB = "\t"


def tso500_cvo(*, small_variants: list[str] | None = None, bom: bool = False) -> str:
    """A CombinedVariantOutput.tsv in the Local App layout (rows tab-padded to 11 columns)."""
    rows = [
        ["TruSight Oncology 500 - Combined Variant Output"],
        [],
        ["[Analysis Details]"],
        ["Pair ID", "FAKE-PAIR-1"],
        ["DNA Sample ID", "FAKE-DNA-1"],
        ["RNA Sample ID", "FAKE-RNA-1"],
        ["Output Date", "2024-03-05"],
        ["Pipeline Version", "2.2.0.12"],
        [],
        ["[Sequencing Run Details]"],
        ["Run Name", "240301_FAKE_RUN"],
        [],
        ["[TMB]"],
        ["Total TMB", "12.5"],
        ["Coding Region Size in Megabases", "1.28"],
        [],
        ["[MSI]"],
        ["Usable MSI Sites", "100"],
        ["Total MSI Sites Unstable", "3"],
        ["Percent Unstable MSI Sites", "3.0"],
        [],
        ["[Gene Amplifications]"],
        ["Gene", "Fold Change"],
        ["ERBB2", "6.5"],
        [],
        ["[Splice Variants]"],
        ["Gene", "Affected Exon", "Breakpoint 1", "Breakpoint 2", "Splice Supporting Reads",
         "Reference Reads Transcript"],
        ["MET", "14/21", "chr7:116411708", "chr7:116414934", "40", "2"],
        [],
        ["[Fusions]"],
        ["Gene Pair", "Breakpoint 1", "Breakpoint 2", "Fusion Supporting Reads",
         "Gene 1 Reference Reads", "Gene 2 Reference Reads"],
        ["NKX2-1-ALK", "chr14:36986656", "chr2:29446394", "12", "0", "0"],
        [],
        ["[Small Variants]"],
        ["Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
         "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation", "Consequence(s)",
         "Affected Exon(s)"],
    ]  # fmt: skip
    text = "".join(TAB.join(row + [""] * (11 - len(row))) + "\n" for row in rows)
    variants = small_variants if small_variants is not None else [
        "BRAF\tchr7\t140453136\tA\tT\t0.25\t800\tNP_004324.2:p.(Val600Glu)\t"
        "NM_004333.4:c.1799T>A\tmissense_variant\t15/18",
        "EGFR\tchr7\t55242464\tAGGAATTAAGAGAAGC\tA\t0.1\t500\t"
        "NP_005219.2:p.(Glu746_Ala750del)\tNM_005228.3:c.2235_2249del\tinframe_deletion\t19/28",
    ]  # fmt: skip
    text += "".join(v + "\n" for v in variants)
    return ("\ufeff" if bom else "") + text


F1_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rr:ResultsReport xmlns:rr="http://integration.foundationmedicine.com/reporting"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <rr:CustomerInformation><rr:CSN>FAKE-0001</rr:CSN></rr:CustomerInformation>
  <rr:ResultsPayload>
    <FinalReport>
      <Sample>
        <FM_Id>ORD-0000000-01</FM_Id>
        <SampleId>FAKE-SAMPLE-1</SampleId>
        <TestType>FoundationOne CDx</TestType>
        <ReceivedDate>2024-01-10</ReceivedDate>
      </Sample>
      <PMI><ReportId>ORD-0000000-01</ReportId><ReportDate>2024-01-24</ReportDate></PMI>
    </FinalReport>
    <variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external"
        disease="lung adenocarcinoma" percent-tumor-nuclei="40" specimen="ORD-0000000-01"
        test-request="ORD-0000000" test-type="FoundationOne CDx" tissue-of-origin="Lung">
      <samples><sample name="FAKE-DNA" nucleic-acid-type="DNA"/></samples>
      <short-variants>
        <short-variant allele-fraction="0.29" cds-effect="1799T&gt;A" depth="612"
            equivocal="false" functional-effect="missense" gene="BRAF"
            position="chr7:140453136" protein-effect="V600E" status="known"
            strand="-" transcript="NM_004333" subclonal="false">
          <dna-evidence sample="FAKE-DNA"/>
        </short-variant>
        <short-variant allele-fraction="0.12" cds-effect="2235_2249del15" depth="430"
            equivocal="true" functional-effect="nonframeshift" gene="EGFR"
            position="chr7:55242464" protein-effect="E746_A750del" status="likely"
            transcript="NM_005228"/>
      </short-variants>
      <copy-number-alterations>
        <copy-number-alteration copy-number="14" equivocal="true" gene="ERBB2"
            number-of-exons="27 of 27" position="chr17:37844167-37884297" ratio="3.1"
            status="known" type="amplification"/>
        <copy-number-alteration copy-number="0" equivocal="false" gene="CDKN2A"
            number-of-exons="3 of 3" position="chr9:21968053-21994490" ratio="0.05"
            status="known" type="loss"/>
      </copy-number-alterations>
      <rearrangements>
        <rearrangement allele-fraction="0.08" description="EML4-ALK fusion" equivocal="false"
            in-frame="Yes" other-gene="EML4" pos1="chr2:29446394" pos2="chr2:42522654"
            status="known" supporting-read-pairs="75" targeted-gene="ALK" type="fusion"/>
      </rearrangements>
      <biomarkers>
        <microsatellite-instability status="MSS"/>
        <tumor-mutation-burden score="12.61" status="intermediate" unit="mutations-per-megabase"/>
      </biomarkers>
    </variant-report>
  </rr:ResultsPayload>
</rr:ResultsReport>
""".replace("\n", "\r\n")  # FMI files come with CRLF line endings

VCF_HEADER = """##fileformat=VCFv4.2
##reference=GRCh38
##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
##INFO=<ID=END,Number=1,Type=Integer,Description="End">
##INFO=<ID=SVTYPE,Number=1,Type=String,Description="SV type">
{csq}
{ann}
##FILTER=<ID=PASS,Description="All filters passed">
##FILTER=<ID=LowQual,Description="Low quality">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fraction">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
##FORMAT=<ID=CN,Number=1,Type=Integer,Description="Copy number">
##contig=<ID=chr7>
##contig=<ID=chr12>
""".format(
    csq='##INFO=<ID=CSQ,Number=.,Type=String,Description="VEP. Format: '
    'Allele|Consequence|IMPACT|SYMBOL|Feature|EXON|HGVSc|HGVSp|CANONICAL">',
    ann="##INFO=<ID=ANN,Number=.,Type=String,Description=\"snpEff 'Allele | Annotation | "
    "Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | "
    "Rank | HGVS.c | HGVS.p'\">",
)


def vcf_text(
    records: list[str],
    samples: tuple[str, ...] = ("FAKE_NORMAL", "FAKE_TUMOR"),
    header: str = VCF_HEADER,
) -> str:
    columns = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO"
    if samples:
        columns += "\tFORMAT\t" + "\t".join(samples)
    return header + columns + "\n" + "".join(r + "\n" for r in records)


CSQ_BRAF = (
    "CSQ=T|missense_variant|MODERATE|BRAF|ENST00000288602|15/18|"
    "ENST00000288602.6:c.1799T>A|ENSP00000288602.6:p.Val600Glu|YES"
)
VCF_RECORDS = [
    f"chr7\t140453136\t.\tA\tT\t50\tPASS\tDP=900;{CSQ_BRAF}\tGT:AD:AF:DP\t0/0:400,0:0:400\t0/1:300,100:0.25:400",
    "chr7\t55242464\t.\tAGGAATTAAGAGAAGC\tA\t50\tPASS\tDP=700\tGT:AD:DP\t0/0:350,0:350\t0/1:300,50:350",
    "chr12\t25398284\t.\tC\tA,T\t50\tLowQual\tDP=300\tGT:AD:DP\t0/0:150,0,0:150\t0/2:120,0,30:150",
    "chr12\t25398290\t.\tCC\tAT\t50\t.\tDP=100;ANN=AT|missense_variant|MODERATE|KRAS|ENSG1|transcript|ENST00000256078|protein_coding|2/6|c.30_31delinsAT|p.Gly10_Ala11delinsCysVal\tGT:AD:DP\t0/0:50,0:50\t0/1:40,10:50",
    "chr12\t25500000\t.\tN\t<DEL>\t50\tPASS\tSVTYPE=DEL;END=25600000\tGT:CN\t0/0:2\t0/1:0",
    "chr12\t25700000\t.\tN\t<DUP>\t50\tPASS\tSVTYPE=DUP;END=25800000\tGT:CN\t0/0:2\t0/1:9",
]  # fmt: skip
