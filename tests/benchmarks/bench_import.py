"""Import speed (run by hand: `python -m tests.benchmarks.bench_import [records]`).

Prints each figure next to its goal, measured in the same run:
- TSO500 CombinedVariantOutput.tsv (shared example, or a synthetic one) < 100 ms;
- a generated 1,000,000-record VCF parsed and normalised ≤ 3 × `bcftools query -f
  '%CHROM\\t%POS\\t%REF\\t%ALT\\t%INFO/DP[\\t%AF]\\n'` on the same file.

"Parsed and normalised" is `vcf.read_columns`: the report and its findings as columns
(`vcf_columns.VariantColumns`:
chromosome, position, alleles, kind, VAF, depth, filter for every record, validated). Building one
frozen `ImportedFinding` object per record is timed separately: on this machine it costs several
µs per object, more than the whole parse, so bulk consumers should read the columns.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mtb_desk.importers import vcf
from mtb_desk.importers.base import ReadOptions
from mtb_desk.importers.registry import read_report

ROOT = Path(__file__).resolve().parents[2]
TSO500 = ROOT.parent / "shared" / "data" / "tso500-awgl" / "sample_CombinedVariantOutput.tsv"
HEADER = """##fileformat=VCFv4.2
##reference=GRCh38
##FILTER=<ID=PASS,Description="All filters passed">
##FILTER=<ID=LowQual,Description="Low quality">
##INFO=<ID=DP,Number=1,Type=Integer,Description="Total depth">
##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description="Somatic">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fraction">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
"""


def generate_vcf(path: Path, records: int, seed: int = 7) -> None:
    """Synthetic somatic calls: SNVs, some MNVs and indels, 5 % LowQual, one TUMOR sample."""
    rng = np.random.default_rng(seed)
    contigs = [f"chr{i}" for i in range(1, 23)]
    per_contig = records // len(contigs) + 1
    bases = np.array(list("ACGT"))
    lines = [HEADER + "".join(f"##contig=<ID={c}>\n" for c in contigs)]
    lines.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n")
    ref = bases[rng.integers(0, 4, records)]
    alt = bases[(rng.integers(1, 4, records) + np.searchsorted(bases, ref)) % 4]
    shape = rng.random(records)
    depth = rng.integers(20, 2000, records)
    alt_reads = (depth * rng.uniform(0.02, 0.9, records)).astype(int)
    filters = np.where(rng.random(records) < 0.05, "LowQual", "PASS")
    for i in range(records):
        r, a = str(ref[i]), str(alt[i])
        if shape[i] < 0.05:
            a = r + "AT"
        elif shape[i] < 0.1:
            r = r + "GC"
        elif shape[i] < 0.12:
            r, a = r + "A", a + "C"
        contig = contigs[i // per_contig]
        pos = 10000 + (i % per_contig) * 97
        dp, ar = int(depth[i]), int(alt_reads[i])
        lines.append(
            f"{contig}\t{pos}\t.\t{r}\t{a}\t60\t{filters[i]}\tDP={dp + 7};SOMATIC\tGT:AD:AF:DP\t"
            f"0/1:{dp - ar},{ar}:{ar / dp:.4f}:{dp}\n"
        )
    path.write_text("".join(lines))


def best_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_tso500(folder: Path) -> None:
    path = TSO500 if TSO500.exists() else None
    if path is None:
        print("TSO500: shared example absent, skipped")
        return
    read_report(path)  # warm imports
    seconds = best_of(20, lambda: read_report(path))
    print(
        f"TSO500 CVO import: {seconds * 1000:.1f} ms (goal < 100 ms) -> "
        f"{'OK' if seconds < 0.1 else 'SLOW'}"
    )


def bench_vcf(folder: Path, records: int) -> None:
    path = folder / "bench.vcf"
    start = time.perf_counter()
    generate_vcf(path, records)
    print(
        f"generated {records:,} records ({path.stat().st_size / 1e6:.0f} MB) "
        f"in {time.perf_counter() - start:.1f} s"
    )
    bcftools = shutil.which("bcftools")
    if bcftools is None:
        print("bcftools not installed (apt-get install bcftools): no baseline")
        baseline = None
    else:
        fmt = "%CHROM\t%POS\t%REF\t%ALT\t%INFO/DP[\t%AF]\n"
        baseline = best_of(
            3,
            lambda: subprocess.run(
                [bcftools, "query", "-f", fmt, str(path)], check=True, stdout=subprocess.DEVNULL
            ),
        )
        print(f"bcftools query baseline: {baseline:.2f} s")

    def columns() -> int:
        return len(vcf.read_columns(path, ReadOptions())[1])

    count = columns()
    seconds = best_of(3, columns)
    print(f"fast reader, parsed + normalised columns: {seconds:.2f} s for {count:,} findings")
    if baseline:
        ratio = seconds / baseline
        print(
            f"  ratio to bcftools query: {ratio:.2f} x (goal <= 3 x) -> "
            f"{'OK' if ratio <= 3 else 'SLOW'}"
        )
    start = time.perf_counter()
    report = vcf.read(path, ReadOptions())
    full = time.perf_counter() - start
    print(
        f"full read() incl. {len(report.findings):,} ImportedFinding objects: {full:.2f} s"
        + (f" ({full / baseline:.1f} x bcftools)" if baseline else "")
    )
    if records <= 200_000:
        start = time.perf_counter()
        vcf.read_with_cyvcf2(path, ReadOptions())
        print(f"cyvcf2 per-record reference reader: {time.perf_counter() - start:.2f} s")


def main() -> None:
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        bench_tso500(Path(folder))
        bench_vcf(Path(folder), records)


if __name__ == "__main__":
    main()
