"""Foundation benchmarks (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_foundation.py [--cases 100000] [--skip-postgres]

1. `import mtb_desk` (the core, no GUI), against a bare interpreter start.
2. The case worklist over N synthetic cases: one page of 200, filtered by status and
   hospital and sorted by referral date, through the service, against the same query sent
   as raw SQL in the same run, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, text  # noqa: E402

from mtb_desk.db.engine import Database  # noqa: E402
from mtb_desk.db.models import Case, Hospital, Patient  # noqa: E402
from mtb_desk.domain.enums import CaseStatus  # noqa: E402
from mtb_desk.services.database import open_database  # noqa: E402
from mtb_desk.services.worklist import CaseQuery, list_cases  # noqa: E402

RAW_PAGE_SQL = """
SELECT c.id, p.study_id, p.name, h.code, h.name, c.diagnosis_code, c.diagnosis_text, c.status,
       c.referral_date,
       (SELECT min(m.held_on) FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id
         WHERE a.case_id = c.id AND m.held_on >= :today),
       c.updated_at, c.version
FROM mtb_case c
LEFT JOIN hospital h ON h.id = c.hospital_id
JOIN patient p ON p.id = c.patient_id
WHERE c.status IN ('referred') AND c.hospital_id IN (SELECT id FROM hospital WHERE code IN ('H03'))
ORDER BY c.referral_date DESC, c.id DESC LIMIT 200 OFFSET 0
"""
RAW_COUNT_SQL = """
SELECT count(c.id) FROM mtb_case c
WHERE c.status IN ('referred') AND c.hospital_id IN (SELECT id FROM hospital WHERE code IN ('H03'))
"""


def median_ms(action: Callable[[], object], repeats: int = 30) -> float:
    action()  # warm caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_import() -> None:
    def run(code: str) -> float:
        best = min(
            _timed(lambda: subprocess.run([sys.executable, "-c", code], check=True))
            for _ in range(7)
        )
        return best * 1000

    bare = run("pass")
    core = run("import mtb_desk")
    cli = run("import mtb_desk.cli.main")
    print(f"python start (baseline)   {bare:7.1f} ms")
    print(f"import mtb_desk           {core - bare:7.1f} ms over baseline (goal < 300 ms)")
    print(f"import mtb_desk.cli.main  {cli - bare:7.1f} ms over baseline")


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def seed(database: Database, count: int) -> None:
    rng = random.Random(42)
    statuses = [s.value for s in CaseStatus]
    codes = ["LUAD", "COADREAD", "PAAD", "IDC", "BLCA", "SKCM", "PRAD", "GB", "HGSOC", "CHOL"]
    start = dt.date(2018, 1, 1)
    now = dt.datetime.now(dt.UTC)
    with database.engine.begin() as connection:
        connection.execute(
            insert(Hospital),
            [
                {"code": f"H{i:02d}", "name": f"Synthetic Hospital {i}", "version": 1}
                for i in range(20)
            ],
        )
        hospital_ids = [row[0] for row in connection.execute(text("SELECT id FROM hospital"))]
        for offset in range(0, count, 20_000):
            size = min(20_000, count - offset)
            connection.execute(
                insert(Patient),
                [
                    {
                        "study_id": f"BENCH-{offset + i:06d}",
                        "name": f"Fictitious {offset + i}",
                        "created_at": now,
                        "version": 1,
                    }
                    for i in range(size)
                ],
            )
        patient_ids = [row[0] for row in connection.execute(text("SELECT id FROM patient"))]
        for offset in range(0, count, 20_000):
            connection.execute(
                insert(Case),
                [
                    {
                        "patient_id": pid,
                        "hospital_id": rng.choice(hospital_ids),
                        "diagnosis_code": rng.choice(codes),
                        "status": rng.choice(statuses),
                        "referral_date": start + dt.timedelta(days=rng.randrange(3000)),
                        "notes": "",
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                    for pid in patient_ids[offset : offset + 20_000]
                ],
            )
        connection.execute(text("ANALYZE"))


def bench_worklist(name: str, database: Database) -> None:
    query = CaseQuery(statuses=frozenset({CaseStatus.REFERRED}), hospital_codes=frozenset({"H03"}))
    page = list_cases(database, query)
    service = median_ms(lambda: list_cases(database, query))
    today = dt.date.today()

    def raw() -> None:
        with database.engine.connect() as connection:
            rows = connection.execute(text(RAW_PAGE_SQL), {"today": today}).all()
            connection.execute(text(RAW_COUNT_SQL)).scalar()
            assert len(rows) == len(page.items)

    baseline = median_ms(raw)
    print(
        f"{name:<10} worklist page of {len(page.items)} (of {page.total}): service "
        f"{service:6.2f} ms, raw SQL {baseline:6.2f} ms, ratio {service / baseline:4.2f}x "
        f"(goals: < 50 ms, <= 1.5x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    bench_import()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.sqlite")
        seed(database, args.cases)
        bench_worklist("SQLite", database)
        database.dispose()
    if not args.skip_postgres:
        from tests.db_fixtures import create_schema, drop_schema, schema_url

        schema = create_schema("bench")
        try:
            database = open_database(schema_url(schema))
            seed(database, args.cases)
            bench_worklist("PostgreSQL", database)
            database.dispose()
        finally:
            drop_schema(schema)


if __name__ == "__main__":
    main()
