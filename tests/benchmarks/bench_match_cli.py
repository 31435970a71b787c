"""`mtb-desk match STUDY_ID` for one case, the whole process (run by hand, under the lock):

    flock /work/notes/suite.lock .venv/bin/python tests/benchmarks/bench_match_cli.py \
        [--runs 9] [--findings 1000000] [--before /work/main/.venv/bin/mtb-desk]

Builds a demo database (starter catalogue, enrolments, a real OncoTree release and the
TSO500 panel when found in ../shared/data), adds a 500-finding and a whole-genome case
(`--findings`, one finding in 20,000 in a gene the catalogue's rules read), then times whole
processes round-robin and prints medians (wall and CPU) with ratios against baselines measured
in the same run: `python -c pass` (the interpreter) and `python -c "import sqlalchemy.orm"`
(the floor of any command that reads the database). `--before` times another installation's
`mtb-desk` (e.g. the main checkout) in the same rounds. `mtb-desk import --dry-run` of a small
VCF (`--vcf-records`) shows the import's start-up, beside `bcftools query` of the same file.

The processes run as an installed app does: bytecode cached (PYTHONDONTWRITEBYTECODE dropped,
in a temporary PYTHONPYCACHEPREFIX) and the parsed-reference cache in a temporary folder,
warmed by the first, untimed run. Goal (issue 14): the 1M-finding match under 1 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks.bench_import import generate_vcf  # noqa: E402
from tests.benchmarks.bench_wgs import BCFTOOLS_FORMAT  # noqa: E402

BIN = Path(sys.executable).parent
SHARED = ROOT.parent / "shared" / "data"
EXAMPLE = ROOT / "assets" / "examples" / "CombinedVariantOutput.tsv"
GOAL_S = 1.0


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process."""
    cpu, start = child_cpu(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start, child_cpu() - cpu


def pad_findings(database: Path, study_id: str, findings: int, genes: list[str]) -> None:
    """Give the case's report `findings` findings: generated SNVs in invented genes, one in
    20,000 in a gene the rules read (as `bench_wgs` names an imported VCF's genes)."""
    with sqlite3.connect(database) as connection:
        report, have = connection.execute(
            "SELECT r.id, count(f.id) FROM molecular_report r JOIN mtb_case c ON c.id = r.case_id"
            " JOIN patient p ON p.id = c.patient_id LEFT JOIN finding f ON f.report_id = r.id"
            " WHERE p.study_id = ? GROUP BY r.id",
            (study_id,),
        ).fetchone()
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO finding (report_id, kind, gene, chromosome, position, ref, alt, vaf,"
            " depth, filter, is_filtered, equivocal)"
            " SELECT ?, 'snv', 'G' || (i % 20000), 'chr1', i, 'C', 'T', 0.3, 300, 'PASS', 0, 0"
            " FROM n",
            (findings - have, report),
        )
        for number, gene in enumerate(genes):
            connection.execute(
                "UPDATE finding SET gene = ? WHERE report_id = ? AND kind = 'snv' AND gene = ?",
                (gene, report, f"G{number}"),
            )


def rule_genes(url: str) -> list[str]:
    from mtb_desk.db.unit_of_work import reading
    from mtb_desk.services.database import open_database
    from mtb_desk.services.matching import match_context

    database = open_database(url)
    with reading(database) as session:
        genes = sorted(match_context(session).matcher.reads[0])
    database.dispose()
    return genes


def build(folder: Path, cli: str, findings: int, env: dict[str, str]) -> str:
    path = folder / "bench.sqlite"
    url = f"sqlite:///{path}"
    oncotree = SHARED / "oncotree" / "oncotree_2025_10_03.json"
    panel = SHARED / "tso500-genelist" / "tso500.tsv"
    steps = [["demo"]]
    if oncotree.exists():
        steps.append(["reference", "load-oncotree", str(oncotree)])
    if panel.exists():
        steps.append(["reference", "load-panel", "TSO500", str(panel)])
    for study_id in ("WGS-500", "WGS-1M"):
        steps.append(["case", "add", "--study-id", study_id, "--diagnosis", "LUAD"])
        steps.append(["import", study_id, str(EXAMPLE)])
    for step in steps:
        subprocess.run([cli, *step, "--database", url], check=True, capture_output=True, env=env)
    genes = rule_genes(url)
    pad_findings(path, "WGS-500", 500, genes)
    start = time.perf_counter()
    pad_findings(path, "WGS-1M", findings, genes)
    print(
        f"{findings:,} findings added in {time.perf_counter() - start:.0f} s; "
        f"{len(genes)} genes the rules read; OncoTree loaded: {oncotree.exists()}",
        flush=True,
    )
    return url


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--before", metavar="MTB_DESK", help="another installation's mtb-desk")
    parser.add_argument(
        "--vcf-records", type=int, default=1000, help="the dry run's VCF (start-up dominates)"
    )
    args = parser.parse_args()
    cli = str(BIN / "mtb-desk")
    with tempfile.TemporaryDirectory(prefix="mtb-bench-match-") as scratch:
        folder = Path(scratch)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {
            "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
            "MTB_DESK_CACHE_DIR": str(folder / "parsed"),
        }
        url = build(folder, cli, args.findings, env)
        vcf = folder / "small.vcf"
        generate_vcf(vcf, args.vcf_records)
        python = [sys.executable, "-c"]
        commands: dict[str, list[str]] = {
            "python -c pass (baseline)": [*python, "pass"],
            "python -c 'import sqlalchemy.orm'": [*python, "import sqlalchemy.orm"],
        }
        bcftools = shutil.which("bcftools")
        if bcftools:
            commands[f"bcftools query ({args.vcf_records:,} records)"] = [
                bcftools, "query", "-f", BCFTOOLS_FORMAT, str(vcf)
            ]  # fmt: skip
        installs = {"": cli} if not args.before else {"before: ": args.before, "after:  ": cli}
        for label, program in installs.items():
            commands |= {
                f"{label}mtb-desk --version": [program, "--version"],
                f"{label}mtb-desk match WGS-500": [program, "match", "WGS-500", "--json"],
                f"{label}mtb-desk match WGS-1M": [program, "match", "WGS-1M", "--json"],
                f"{label}mtb-desk import --dry-run": [
                    program, "import", "WGS-500", str(vcf), "--dry-run", "--sample", "TUMOR"
                ],
            }  # fmt: skip
        for command in commands.values():
            if "match" in command or "import" in command:
                command += ["--database", url]
            subprocess.run(command, check=True, capture_output=True, env=env)  # warm caches
        times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.runs):  # round-robin: a busy moment hits every command alike
            for label, command in commands.items():
                times[label].append(run(command, env))
    wall = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    cpu = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    base, orm = "python -c pass (baseline)", "python -c 'import sqlalchemy.orm'"
    print(f"medians of {args.runs} runs, {os.cpu_count()} CPUs; wall (CPU) seconds")
    for label in commands:
        goal = f"  (goal < {GOAL_S:.0f} s)" if "WGS-1M" in label else ""
        print(
            f"{label:<38} {wall[label]:6.2f} s ({cpu[label]:5.2f})"
            f"  = {wall[label] / wall[base]:5.1f}x interpreter,"
            f" {cpu[label] / cpu[orm]:4.2f}x sqlalchemy.orm CPU{goal}"
        )
    for label in (k for k in commands if "WGS-1M" in k):
        if wall[label] >= GOAL_S:
            print(f"{label.strip()}: SLOWER THAN THE GOAL (wall; CPU {cpu[label]:.2f} s)")


if __name__ == "__main__":
    main()
