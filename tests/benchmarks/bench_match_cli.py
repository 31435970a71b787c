"""`mtb-desk match STUDY_ID` for one case, process start included (run by hand):

    .venv/bin/python tests/benchmarks/bench_match_cli.py [--runs 15] [--oncotree FILE.json]

Builds a demo database (starter catalogue, enrolments), optionally loads a real OncoTree
release and the TSO500 panel, then times whole processes: a bare `python -c pass`,
`mtb-desk --version`, `mtb-desk match DEMO-002 --json` (and `--all`, and `case show` for
scale), and prints the medians and ratios.
Target: the match under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SHARED = ROOT.parent / "shared" / "data"
TARGET_S = 0.5


def median_s(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--oncotree", type=Path, default=SHARED / "oncotree" / "oncotree_2025_10_03.json"
    )
    parser.add_argument("--panel", type=Path, default=SHARED / "tso500-genelist" / "tso500.tsv")
    args = parser.parse_args()
    cli = str(BIN / "mtb-desk")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        setup = [[cli, "demo"]]
        if args.oncotree.exists():
            setup.append([cli, "reference", "load-oncotree", str(args.oncotree)])
        if args.panel.exists():
            setup.append([cli, "reference", "load-panel", "TSO500", str(args.panel)])
        for command in setup:
            subprocess.run([*command, "--database", url], check=True, capture_output=True)
        bare = median_s([sys.executable, "-c", "pass"], args.runs)
        version = median_s([cli, "--version"], args.runs)
        match = median_s([cli, "match", "DEMO-002", "--json", "--database", url], args.runs)
        show = median_s([cli, "case", "show", "DEMO-002", "--json", "--database", url], args.runs)
        explain = median_s(
            [cli, "match", "DEMO-002", "--all", "--json", "--database", url], args.runs
        )
    print(f"medians of {args.runs} runs (OncoTree release loaded: {args.oncotree.exists()})")
    print(f"python -c pass             {bare * 1000:7.0f} ms")
    print(f"mtb-desk --version         {version * 1000:7.0f} ms")
    print(
        f"mtb-desk match DEMO-002    {match * 1000:7.0f} ms  = {match / bare:.1f}x python -c pass, "
        f"{match / version:.1f}x mtb-desk --version  (target < {TARGET_S * 1000:.0f} ms)"
    )
    print(f"mtb-desk match --all       {explain * 1000:7.0f} ms")
    print(f"mtb-desk case show (ref.)  {show * 1000:7.0f} ms  (another read command, for scale)")
    if match >= TARGET_S:
        print("SLOWER THAN THE TARGET")


if __name__ == "__main__":
    main()
