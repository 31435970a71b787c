"""Synthetic DRAGEN TruSight Oncology 500 (v2.x) outputs, written from the layouts Illumina
documents and public pipelines read (section names, columns, VCF header lines). Fictitious."""

from __future__ import annotations

from pathlib import Path

TAB = "\t"


def _cvo_rows(rows: list[list[str]]) -> str:
    return "".join(TAB.join(row + [""] * (11 - len(row))) + "\n" for row in rows)


def cvo_v2(*, msi: list[list[str]] | None = None, extra: list[list[str]] | None = None) -> str:
    """A DRAGEN TSO500 v2.6-style CombinedVariantOutput.tsv (DNA + RNA)."""
    rows = [
        ["DRAGEN TruSight Oncology 500 Analysis Software - Combined Variant Output"],
        ["For Research Use Only. Not for use in diagnostic procedures."],
        [],
        ["[Analysis Details]"],
        ["Pair ID", "SYN-PAIR-2"],
        ["DNA Sample ID", "SYN_DNA_2"],
        ["RNA Sample ID", "SYN_RNA_2"],
        ["Output Date", "2026-02-03"],
        ["Module Version", "2.6.0"],
        [],
        ["[Sequencing Run Details]"],
        ["NA"],
        [],
        ["[TMB]"],
        ["Total TMB", "4.7"],
        ["Coding Region Size in Megabases", "1.27"],
        [],
        ["[MSI]"],
        *(msi if msi is not None else [
            ["Usable MSI Sites", "118"], ["Total MSI Sites Unstable", "2"],
            ["Percent Unstable MSI Sites", "1.69"]]),
        [],
        ["[GIS]"],
        ["Genomic Instability Score", "48"],
        ["Tumor Fraction", "0.55"],
        ["Ploidy", "2.4"],
        [],
        ["[Copy Number Variants]"],
        ["Gene", "Fold Change", "Copy Number Variant", "Absolute Copy Number"],
        ["ERBB2", "5.2", "<DUP>", "14"],
        ["CDKN2A", "0.2", "<DEL>", "0"],
        ["PTEN", "0.6", "<DEL>", "1"],
        [],
        ["[Large Rearrangements]"],
        ["Gene", "Chromosome", "Start", "Stop", "Affected Exon(s)", "Fold Change", "CNV Type"],
        ["BRCA1", "chr17", "41243452", "41256973", "3-5", "0.45", "LOSS"],
        ["BRCA2", "NA"],
        [],
        ["[Loss of Heterozygosity]"],
        ["Gene", "Absolute Copy Number", "Minor Copy Number"],
        ["BRCA2", "2", "0"],
        ["ATM", "3", "1"],
        [],
        ["[Splice Variants]"],
        ["Gene", "Affected Exon", "Breakpoint 1", "Breakpoint 2", "Splice Supporting Reads",
         "Reference Reads Transcript"],
        ["MET", "14", "chr7:116411708", "chr7:116414934", "91", "1"],
        ["AR", "", "chrX:66905968", "chrX:66914514", "27", "573"],
        [],
        ["[Fusions]"],
        ["Gene Pair", "Breakpoint 1", "Breakpoint 2", "Fusion Supporting Reads",
         "Gene 1 Reference Reads", "Gene 2 Reference Reads"],
        ["EML4-ALK", "chr2:42522654", "chr2:29446394", "75", "749", "9"],
        ["PPARG/AC016683.6-PAX8", "chr3:12421199", "chr2:113992971", "182", "11", "0"],
        [],
        ["[Small Variants]"],
        ["Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
         "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation", "Consequence(s)",
         "Affected Exon(s)"],
        ["BRAF", "chr7", "140453136", "A", "T", "0.31", "812", "NP_004324.2:p.(Val600Glu)",
         "NM_004333.4:c.1799T>A", "missense_variant", "15/18"],
        *(extra or []),
    ]  # fmt: skip
    return _cvo_rows(rows)


CTDNA_MSI = [["Usable MSI Sites", "130"], ["SUM_JSD", "17.4"], ["MSI Status", "Unknown"]]

_CONTIGS = "".join(
    f"##contig=<ID=chr{name},length={length}>\n"
    for name, length in (("1", 249250621), ("7", 159138663), ("9", 141213431), ("17", 81195210))
)

CNV_VCF = (
    "##fileformat=VCFv4.2\n"
    '##DRAGENVersion=<ID=dragen,Version="SW: 07.021.624.3.11.2">\n'
    "##reference=file://hashtable\n" + _CONTIGS + '##ALT=<ID=DUP,Description="Gain">\n'
    '##ALT=<ID=DEL,Description="Deletion">\n'
    '##INFO=<ID=END,Number=1,Type=Integer,Description="End">\n'
    '##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type">\n'
    '##INFO=<ID=SEGID,Number=1,Type=String,Description="Segment ID">\n'
    '##FILTER=<ID=cnvQual,Description="CNV with quality below 0">\n'
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
    '##FORMAT=<ID=SM,Number=1,Type=Float,Description="Linear copy ratio of the segment mean">\n'
    '##FORMAT=<ID=BC,Number=1,Type=Integer,Description="Number of bins in the region">\n'
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSYN_DNA_2\n"
    "chr1\t2489163\tDRAGEN:REF:chr1:2489163-2494714\tN\t.\t3\tPASS\t"
    "END=2494714;SEGID=TNFRSF14\tGT:SM:BC\t./.:1.01:7\n"
    "chr17\t37844167\tDRAGEN:GAIN:chr17:37844168-37884915\tN\t<DUP>\t40\tPASS\t"
    "SVTYPE=CNV;END=37884915;SEGID=ERBB2\tGT:SM:BC\t./1:5.2:22\n"
    "chr9\t21967751\tDRAGEN:LOSS:chr9:21967752-21995300\tN\t<DEL>\t30\tPASS\t"
    "SVTYPE=CNV;END=21995300;SEGID=CDKN2A\tGT:SM:BC\t1/1:0.08:9\n"
    "chr7\t55086714\tDRAGEN:LOSS:chr7:55086715-55324313\tN\t<DEL>\t12\tcnvQual\t"
    "SVTYPE=CNV;END=55324313;SEGID=EGFR\tGT:SM:BC\t0/1:0.61:43\n"
)

SPLICE_VCF = (
    "##fileformat=VCFv4.1\n##source=SpliceGirl 1.0.0.614\n"
    "##reference=file:resource_bundle/hg19_decoy\n"
    + _CONTIGS
    + "##contig=<ID=chrX,length=155270560>\n"  # noqa: E501
    '##ALT=<ID=DEL,Description="Deletion">\n'
    '##FILTER=<ID=LowQ,Description="Low quality">\n'
    '##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type of structural variant">\n'
    '##INFO=<ID=END,Number=1,Type=Integer,Description="End position">\n'
    '##FORMAT=<ID=AD,Number=1,Type=Integer,Description="SpliceSupportingReads">\n'
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="ReferenceReads">\n'
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE\n"
    "chr1\t120464432\t.\tT\t<DEL>\t0\tLowQ;LowUniqueAlignments\tSVTYPE=DEL;END=120465258\tAD:DP\t1:80\n"  # noqa: E501
    "chr7\t55087058\t.\tT\t<DEL>\t100\tPASS\tSVTYPE=DEL;END=55223522\tAD:DP\t64:1\n"
    "chr7\t116411708\t.\tT\t<DEL>\t100\tPASS\tSVTYPE=DEL;END=116414934\tAD:DP\t91:1\n"
    "chrX\t66905968\t.\tT\t<DEL>\t1\tPASS\tSVTYPE=DEL;END=66914514\tAD:DP\t27:573\n"
)

_FUSION_KEYS = ["Caller", "Gene A", "Gene B", "Gene A Breakpoint", "Gene B Breakpoint", "Score",
                "Filter", "Ref A Split", "Alt Split", "Alt Pair", "KeepFusion", "Alt Split Dedup",
                "Alt Pair Dedup"]  # fmt: skip
ALL_FUSIONS_CSV = (
    "# Source = FusionProcessor 1.0.0.614\n# FileDate = 20260203\n"
    "# Caller = The algorithm used to identify the fusion.\n"
    "# Gene A = The gene associated with the A side of the fusion.\n"
    "# KeepFusion = The determination whether the fusion should be kept or dropped.\n"
    + ",".join(_FUSION_KEYS)
    + "\n"
    "DRAGEN,EML4,ALK,chr2:42522654,chr2:29446394,N/A,PASS,N/A,N/A,N/A,True,75,0\n"
    "DRAGEN,CD74,ROS1;GOPC,chr5:149784243,chr6:117645578,N/A,PASS,N/A,N/A,N/A,True,96,3\n"
    "SpliceGirl,FIP1L1;PDGFRA,FIP1L1;PDGFRA,chr4:55133909,chr4:55138560,0,N/A,N/A,40,N/A,False,1,N/A\n"  # noqa: E501
    "DRAGEN,AHDC1,MYC,chr1:27929908,chr8:128750494,0.03,FAIL;LOW_SCORE,N/A,N/A,N/A,False,1,0\n"
    "SpliceGirl,NTRK1,NTRK1,chr1:156844361,chr1:156845000,0.9,PASS,12,30,N/A,True,30,N/A\n"
)

HARD_FILTERED_VCF = (
    "##fileformat=VCFv4.2\n"
    '##DRAGENVersion=<ID=dragen,Version="SW: 07.021.624.3.11.2">\n'
    + _CONTIGS
    + '##FILTER=<ID=weak_evidence,Description="Weak evidence">\n'
    '##FILTER=<ID=multiallelic,Description="Multiallelic">\n'
    '##INFO=<ID=GermlineStatus,Number=1,Type=String,Description="Germline status">\n'
    '##INFO=<ID=MNVTAG,Number=.,Type=String,Description="MNV group">\n'
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
    '##FORMAT=<ID=SQ,Number=A,Type=Float,Description="Somatic quality">\n'
    '##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">\n'
    '##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fractions">\n'
    '##FORMAT=<ID=F1R2,Number=R,Type=Integer,Description="F1R2">\n'
    '##FORMAT=<ID=F2R1,Number=R,Type=Integer,Description="F2R1">\n'
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">\n'
    '##FORMAT=<ID=SB,Number=4,Type=Integer,Description="Strand bias">\n'
    '##FORMAT=<ID=MB,Number=4,Type=Integer,Description="Mate bias">\n'
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSYN_DNA_2\n"
    "chr7\t140453136\t.\tA\tT\t50\tPASS\tGermlineStatus=Somatic\tGT:SQ:AD:AF:F1R2:F2R1:DP:SB:MB\t"
    "0/1:40.1:560,252:0.31:280,120:280,132:812:280,280,126,126:280,280,126,126\n"
    "chr1\t2488137\t.\tT\tA\t50\tweak_evidence;multiallelic\tGermlineStatus=Germline_DB\t"
    "GT:SQ:AD:AF:F1R2:F2R1:DP:SB:MB\t1/1:2.1:0,486:1.0:0,240:0,246:486:0,0,240,246:0,0,240,246\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
