"""Shared-mode throughput (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_soak.py [--seconds 60]

8 processes edit cases, annotate, recommend and import against one PostgreSQL schema, as
the soak test does. Prints operations per second, conflicts, and the annotation-save latency
(median and 95th percentile; goal: median < 20 ms with 8 concurrent writers), against the
latency of the same annotation save with a single writer, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.db.engine import open_database  # noqa: E402
from mtb_desk.services.demo import load_demo  # noqa: E402
from mtb_desk.services.users import list_users, resolve_actor  # noqa: E402
from tests.db_fixtures import create_schema, drop_schema, schema_url  # noqa: E402
from tests.soak.test_soak import report, run_soak  # noqa: E402
from tests.soak.workers import run_worker  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    schema = create_schema("soakbench")
    try:
        database = open_database(schema_url(schema))
        load_demo(database, resolve_actor(database, list_users(database)[0].username))
        with tempfile.TemporaryDirectory() as folder:
            single = run_worker(database.url, min(10.0, args.seconds), 99, folder)
            results = run_soak(database, Path(folder), args.seconds)
        print(report(results, args.seconds))
        many = sorted(ms for r in results for ms in r.annotation_ms)
        alone = statistics.median(single.annotation_ms)
        median = statistics.median(many)
        p95 = many[int(len(many) * 0.95)]
        print(f"annotation save: 1 writer median {alone:.1f} ms; 8 writers median {median:.1f} ms"
              f" (ratio {median / alone:.2f}x), p95 {p95:.1f} ms (goal: median < 20 ms)")
        database.dispose()
    finally:
        drop_schema(schema)


if __name__ == "__main__":
    main()
