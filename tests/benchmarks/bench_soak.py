"""Shared-mode throughput (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_soak.py [--seconds 60]

1. Saturated: 8 processes edit cases, annotate, recommend and import with no pause against
   one PostgreSQL schema, as the soak test does: operations per second and conflicts.
2. Annotation-save latency (goal: median < 20 ms with 8 concurrent writers): 8 processes each
   saving an annotation every 100 ms (80 saves/s together, far above a real board), against
   one writer alone, measured in the same run. On this 2-core machine the saturated run puts
   8 busy Python processes on 2 cores, so its latencies mostly measure waiting for a CPU;
   they are printed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.services.database import open_database  # noqa: E402
from mtb_desk.services.demo import load_demo  # noqa: E402
from mtb_desk.services.users import list_users, resolve_actor  # noqa: E402
from tests.db_fixtures import create_schema, drop_schema, schema_url  # noqa: E402
from tests.soak.test_soak import report, run_soak  # noqa: E402
from tests.soak.workers import run_annotation_writer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    schema = create_schema("soakbench")
    try:
        database = open_database(schema_url(schema))
        load_demo(database, resolve_actor(database, list_users(database)[0].username))
        with tempfile.TemporaryDirectory() as folder:
            results = run_soak(database, Path(folder), args.seconds)
        print(report(results, args.seconds))
        saturated = sorted(ms for r in results for ms in r.annotation_ms)
        print(f"saturated: annotation save median {statistics.median(saturated):.1f} ms, "
              f"p95 {saturated[int(len(saturated) * 0.95)]:.1f} ms")
        alone = sorted(run_annotation_writer(database.url, 10, 99, 0.1))
        with ProcessPoolExecutor(8, mp_context=get_context("spawn")) as pool:
            runs = pool.map(run_annotation_writer, [database.url] * 8, [20.0] * 8, range(8),
                            [0.1] * 8)
            paced = sorted(ms for run in runs for ms in run)
        median, single = statistics.median(paced), statistics.median(alone)
        print(f"annotation save, 1 writer: median {single:.1f} ms; 8 concurrent writers: median "
              f"{median:.1f} ms, p95 {paced[int(len(paced) * 0.95)]:.1f} ms "
              f"(ratio {median / single:.2f}x; goal: median < 20 ms)")
        database.dispose()
    finally:
        drop_schema(schema)


if __name__ == "__main__":
    main()
