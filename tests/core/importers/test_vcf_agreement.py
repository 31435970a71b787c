"""The fast columnar VCF reader (streamed in chunks, as imports and dry runs read it) equals the
cyvcf2 reference reader on random well-formed VCFs with the quirks real callers write:
multi-allelic records (Number=A/R lists, genotype-chosen alleles), missing FORMAT values (`.`,
values dropped at the end), `.` INFO/FILTER/QUAL, flags, per-allele INFO TVAF, lowercase or
`N` bases, `*` and symbolic ALTs, out-of-range allele fractions, plain and gzip files.

Same findings, same warnings, same summary (kinds, filtered) as the dry run adds it up on
columns, and for a bad record the same error (line and field)."""

from __future__ import annotations

import gzip
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.vcf_columns import VariantColumns
from mtb_desk.importers.vcf_stream import VcfStream

HEADER = """##fileformat=VCFv4.2
##reference=GRCh38
##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
##INFO=<ID=TDP,Number=1,Type=Integer,Description="Tumour depth">
##INFO=<ID=TVAF,Number=A,Type=Float,Description="Tumour VAF">
##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description="Somatic">
##FILTER=<ID=PASS,Description="All filters passed">
##FILTER=<ID=LowQual,Description="Low quality">
##FILTER=<ID=LowDP,Description="Low depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fraction">
##FORMAT=<ID=FA,Number=A,Type=Float,Description="Fraction of alt reads">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
##contig=<ID=chr1>
##contig=<ID=chr7>
##contig=<ID=X>
"""
MISSING = st.just(".")
DEPTH = st.integers(0, 5000).map(str)
FRACTION = st.one_of(
    st.floats(0, 1).map(lambda f: f"{f:.4f}"),
    st.sampled_from(["0", "1", "0.5", "0.25", "1e-3", "0.999999", "1.5"]),
)


@st.composite
def allele_list(draw: st.DrawFn, values: st.SearchStrategy[str], count: int) -> str:
    return ",".join(draw(st.one_of(values, MISSING)) for _ in range(count))


@st.composite
def sample(draw: st.DrawFn, keys: list[str], alts: int) -> str:
    made = {
        "GT": draw(st.sampled_from(["0/1", "1/2", "0|2", "./.", "1", "0/0"])),
        "AD": draw(allele_list(DEPTH, alts + 1)),  # Number=R
        "AF": draw(allele_list(FRACTION, alts)),  # Number=A
        "FA": draw(allele_list(FRACTION, alts)),
        "DP": draw(st.one_of(DEPTH, MISSING)),
    }
    values = [made[key] for key in keys]
    keep = draw(st.integers(1, len(values)))  # trailing values may be left out
    return ":".join(values[:keep]) or "."


@st.composite
def record(draw: st.DrawFn) -> str:
    ref = draw(st.text("ACGTN", min_size=1, max_size=4))
    if draw(st.integers(0, 5)) == 0:
        ref = ref.lower()
    small = st.text("ACGT", min_size=1, max_size=5)
    odd = st.lists(st.one_of(small, st.sampled_from(["*", "<DEL>"])), min_size=1, max_size=3)
    alts = draw(st.one_of(st.tuples(small), st.tuples(small), odd))  # most records: one ALT
    info = []
    if draw(st.booleans()):
        info.append(f"DP={draw(DEPTH)}")
    if draw(st.booleans()):
        info.append(f"TDP={draw(st.one_of(DEPTH, MISSING))}")
    if draw(st.booleans()):
        info.append(f"TVAF={draw(allele_list(FRACTION, len(alts)))}")
    if draw(st.booleans()):
        info.append("SOMATIC")
    keys = draw(st.lists(st.sampled_from(["GT", "AD", "AF", "FA", "DP"]), unique=True, min_size=1))
    keys.sort(key=lambda key: key != "GT")  # GT comes first (VCF 4.2, 1.6.2)
    fields = [
        draw(st.sampled_from(["chr1", "chr7", "X"])),
        str(draw(st.integers(1, 250_000_000))),
        ".",
        ref,
        ",".join(alts),
        draw(st.sampled_from(["50", ".", "12.5"])),
        draw(st.sampled_from(["PASS", ".", "LowQual", "LowQual;LowDP"])),
        ";".join(info) or ".",
        ":".join(keys),
        draw(sample(keys, len(alts))),
        draw(sample(keys, len(alts))),
    ]
    return "\t".join(fields)


Failure = tuple[str, int | None, str | None]


def outcome(read: Callable[[], ImportedReport]) -> ImportedReport | Failure:
    """The report, or the error as (message, line, field)."""
    try:
        return read()
    except ImportFileError as error:
        return str(error), error.line, error.field


def columns_of(path: Path, options: ReadOptions, chunk_bytes: int) -> VariantColumns:
    stream = VcfStream.open(path, options, chunk_bytes=chunk_bytes)
    return VariantColumns.concat(list(stream.chunks()))


EARLIER_ERROR = [  # a record read one by one fails before a columnar one: file order wins
    "chr1\t10\t.\tA\tC,G\t50\tPASS\t.\tGT:AF\t0/1:0.1,0.1\t1/2:1.5,0.2",
    "chr1\t20\t.\tA\tC\t50\tPASS\t.\tGT:AF\t0/1:0.1\t0/1:1.5",
]


@example(records=EARLIER_ERROR, zipped=False, chunk_bytes=4096, name="TUMOR")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(record(), min_size=1, max_size=40),
    st.booleans(),
    st.integers(64, 4096),
    st.sampled_from(["TUMOR", "NORMAL"]),
)
def test_fast_reader_equals_reference(
    records: list[str], zipped: bool, chunk_bytes: int, name: str
) -> None:
    text = HEADER + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNORMAL\tTUMOR\n"
    data = (text + "".join(r + "\n" for r in records)).encode()
    options = ReadOptions(sample=name)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("calls.vcf.gz" if zipped else "calls.vcf")
        path.write_bytes(gzip.compress(data) if zipped else data)
        expected = outcome(lambda: vcf.read_with_cyvcf2(path, options))
        fast = outcome(lambda: vcf.read(path, options))
        if not isinstance(expected, ImportedReport):  # a bad record: the same error
            assert fast == expected
            return
        assert isinstance(fast, ImportedReport), fast
        assert fast.findings == expected.findings
        assert fast.notes == expected.notes
        chunked = columns_of(path, options, chunk_bytes)
        assert tuple(chunked.findings()) == expected.findings
        kinds = Counter(f.kind.value for f in expected.findings)
        assert {k: n for k, n in chunked.kind_counts().items() if n} == dict(kinds)
        assert chunked.filtered_count() == sum(f.is_filtered for f in expected.findings)
