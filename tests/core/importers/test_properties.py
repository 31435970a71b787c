"""Property tests: a mutated valid file either imports or fails with ImportFileError.

Mutations are byte-level (replace, insert, delete a span, truncate, duplicate or drop a line,
swap a tab for a space), applied to valid synthetic files of every format. Anything other than
an `ImportedReport` or an `ImportFileError` (a KeyError, IndexError, UnicodeError, a numpy or
cyvcf2 exception…) fails the test.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.generic import ColumnMapping
from mtb_desk.importers.registry import read_report
from tests.core.importers.dragen_fixtures import (
    ALL_FUSIONS_CSV,
    CNV_VCF,
    CTDNA_MSI,
    SPLICE_VCF,
    cvo_v2,
)
from tests.core.importers.fixtures import F1_XML, VCF_RECORDS, tso500_cvo, vcf_text
from tests.shared_data import SHARED_DATA, shared_file

SEEDS: dict[str, str] = {
    "cvo.tsv": tso500_cvo(),
    "calls.vcf": vcf_text(VCF_RECORDS),
    "report.xml": F1_XML,
    "muts.maf": (
        "#version 2.4\nHugo_Symbol\tChromosome\tStart_Position\tReference_Allele\t"
        "Tumor_Seq_Allele2\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\tt_alt_count\n"
        "BRAF\t7\t140453136\tA\tT\tFAKE-01\tp.V600E\t100\t40\n"
        "EGFR\t7\t55242465\tGGAATTAAGAGAAGC\t-\tFAKE-01\tp.E746_A750del\t80\t20\n"
    ),
    "cna.txt": (
        "Hugo_Symbol\tEntrez_Gene_Id\tFAKE-01\nERBB2\t2064\t2\nCDKN2A\t1029\t-2\nMET\t1\t-1.5\n"
    ),
    "fusions.txt": "Tumor_Sample_Barcode\tFusion\nFAKE-01\tEML4-ALK\nFAKE-01\tEGFR-intragenic\n",
    "sv.tsv": "FusionGene\tLeftBreakpoint\tRightBreakpoint\tSplitReads\nEML4--ALK\t2:1\t2:2\t100\n",
    "atypical.txt": (
        "HUGO_SYMBOL\tSAMPLE_ID\tALTERATION\nOther Biomarkers\tFAKE\tMSI-H\nEGFR\tFAKE\tvIII\n"
    ),
    "lab.csv": "Gene,Protein,VAF\nKRAS,p.G12C,0.3\nBRAF,V600E,12\n",
    "dragen_cvo.tsv": cvo_v2(msi=CTDNA_MSI),
    "sample.cnv.vcf": CNV_VCF,
    "splice.vcf": SPLICE_VCF,
    "sample_AllFusions.csv": ALL_FUSIONS_CSV,
}
MAPPING = ColumnMapping(gene="Gene", protein="Protein", vaf="VAF")


@st.composite
def mutated(draw: st.DrawFn, seeds: dict[str, bytes] | None = None) -> tuple[str, bytes]:
    files = seeds or {name: text.encode() for name, text in SEEDS.items()}
    name = draw(st.sampled_from(sorted(files)))
    data = bytearray(files[name])
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "truncate", "line", "tab"]))
        if kind == "replace" and data:
            data[at] = draw(st.sampled_from(b'\t\n\r,;:=|.-0123456789ACGTNx\x00\xff\xc3 <>&"'))
        elif kind == "insert":
            data[at:at] = draw(
                st.binary(max_size=8)
                | st.sampled_from(
                    [b"\t", b"\n", b"NA", b",", b"1e309", b"-1", b"\xef\xbb\xbf", b"<!DOCTYPE x>"]
                )
            )
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "line":
            lines = bytes(data).split(b"\n")
            index = draw(st.integers(0, len(lines) - 1))
            lines.insert(index, lines[index]) if draw(st.booleans()) else lines.pop(index)
            data = bytearray(b"\n".join(lines))
        elif kind == "tab" and b"\t" in data:
            tab = bytes(data).index(b"\t", min(at, bytes(data).rfind(b"\t")))
            data[tab] = ord(" ")
    return name, bytes(data)


def attempt(path: Path, mapping: ColumnMapping | None) -> None:
    message = None
    try:
        result = read_report(path, mapping=mapping, sample=None)
    except ImportFileError as error:
        message = str(error)
    if message is None:
        assert isinstance(result, ImportedReport)
    else:
        assert message.startswith(str(path))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_import_or_fail_cleanly(case: tuple[str, bytes]) -> None:
    name, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        attempt(path, MAPPING if name == "lab.csv" else None)


@settings(max_examples=150, deadline=None)
@given(mutated({"calls.vcf": SEEDS["calls.vcf"].encode()}))
def test_mutated_vcf_fast_and_reference_readers_agree_or_fail(case: tuple[str, bytes]) -> None:
    """Whenever both VCF readers accept a mutated file, they return the same findings."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calls.vcf"
        path.write_bytes(case[1])
        options = ReadOptions(sample="FAKE_TUMOR")
        try:
            fast = vcf.read(path, options)
        except ImportFileError:
            return
        try:
            reference = vcf.read_with_cyvcf2(path, options)
        except ImportFileError:
            return
        assert fast.findings == reference.findings


SHARED = {
    "cvo.tsv": ("tso500-awgl", "fusion_check_sample_CombinedVariantOutput.tsv"),
    "tumour.vcf": ("vcf2maf", "test.vcf"),
    "sv.txt": ("cbioportal-study_es_0", "data_structural_variants.txt"),
    "muts.maf": ("vcf2maf", "test.maf"),
}


def shared_seeds() -> dict[str, bytes]:
    return {
        name: SHARED_DATA.joinpath(*parts).read_bytes()
        for name, parts in SHARED.items()
        if SHARED_DATA.joinpath(*parts).exists()
    }


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_files_import_or_fail_cleanly(data: st.DataObject) -> None:
    seeds = shared_seeds()
    if not seeds:
        shared_file(*SHARED["cvo.tsv"])  # skips (or fails under CI=true)
    name, content = data.draw(mutated(seeds))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        attempt(path, None)
