"""Cost of the core's translated texts (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_messages.py [--runs 20]

Each figure is a fresh process from start to exit (median of runs; peak memory from
`resource.getrusage` inside the process), against a bare interpreter start measured in the same run:
1. `import mtb_desk` and `import mtb_desk.errors` (must stay light: no Babel at import);
2. a coded error rendered in bokmål for the GUI (loads the compiled catalog once);
3. twelve report labels and a date and a number in bokmål (Babel's CLDR data).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
CASES = {
    "bare interpreter": "pass",
    "import mtb_desk": "import mtb_desk",
    "import mtb_desk.errors": "import mtb_desk.errors",
    "render a coded error (nb, GUI)": (
        "from mtb_desk.errors import ValidationError, describe;"
        "describe(ValidationError(code='recommendation.cohort-missing',"
        " params={'outcome': 'impress-cohort'}), 'nb', 'gui')"
    ),
    "labels, date and number (nb)": (
        "import datetime as dt; from mtb_desk.reports.i18n import LABELS, format_date,"
        " format_number, text; [text(k, 'nb') for k in list(LABELS)[:12]];"
        " format_date(dt.date(2025, 3, 4), 'nb'); format_number(2.44, 'nb')"
    ),
}


PEAK = ";import resource, sys; sys.stdout.write(str(resource.getrusage(0).ru_maxrss))"


def run_once(code: str) -> tuple[float, int]:
    """Wall time of a fresh process running `code`, and its peak RSS in KiB."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code + PEAK], cwd=PROJECT, check=True, capture_output=True
    )
    return time.perf_counter() - start, int(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    timings: dict[str, list[float]] = {name: [] for name in CASES}
    peaks: dict[str, int] = {}
    for _ in range(runs):  # interleaved, so machine load hits every case alike
        for name, code in CASES.items():
            elapsed, peak = run_once(code)
            timings[name].append(elapsed)
            peaks[name] = max(peaks.get(name, 0), peak)
    base = statistics.median(timings["bare interpreter"])
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"{name:34s} {median * 1000:7.1f} ms  ratio {median / base:5.2f}  "
            f"peak {peaks[name] / 1024:5.1f} MiB"
        )


if __name__ == "__main__":
    main()
