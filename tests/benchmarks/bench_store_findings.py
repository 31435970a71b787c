"""Storing findings (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_store_findings.py [--findings 100000]

Times the import service's write path (one report with N findings, one transaction, with its
audit event) against a plain DBAPI executemany of the same rows in the same run, on SQLite
and PostgreSQL. Goals: 100,000 findings in < 1.5 s on SQLite and < 3 s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mtb_desk.db.engine import Database  # noqa: E402
from mtb_desk.db.unit_of_work import writing  # noqa: E402
from mtb_desk.domain.enums import FindingKind  # noqa: E402
from mtb_desk.domain.records import ImportedFinding, ImportedReport  # noqa: E402
from mtb_desk.services.cases import NewCase, case_for_study_id, create_case  # noqa: E402
from mtb_desk.services.database import open_database  # noqa: E402
from mtb_desk.services.molecular import (  # noqa: E402
    FINDING_COLUMNS,
    add_report,
    finding_tuples,
)
from mtb_desk.services.users import list_users, resolve_actor  # noqa: E402


def synthetic_report(count: int) -> ImportedReport:
    findings = tuple(
        ImportedFinding(kind=FindingKind.SNV, gene=f"G{i % 500}", protein=f"A{i}T",
                        protein_original=f"p.Ala{i}Thr", chromosome="chr1", position=10_000 + i,
                        ref="A", alt="T", vaf=0.25, depth=500, filter="PASS", source_line=i + 2)
        for i in range(count)
    )
    return ImportedReport(findings=findings, importer="bench", importer_version="1")


def bench(name: str, database: Database, count: int) -> None:
    actor = resolve_actor(database, list_users(database)[0].username)
    create_case(database, actor, NewCase("BENCH-1", "LUAD"))
    report = synthetic_report(count)
    start = time.perf_counter()
    with writing(database) as session:
        add_report(session, actor, case_for_study_id(session, "BENCH-1"), report,
                   source_filename="bench.vcf", source_sha256="0" * 64)
    service = time.perf_counter() - start

    # Baseline: the same rows, prepared beforehand, sent with the driver's executemany.
    values = finding_tuples(1, report.findings)
    marker = "?" if database.is_sqlite else "%s"
    sql = (f"INSERT INTO finding ({', '.join(FINDING_COLUMNS)}) "
           f"VALUES ({', '.join(marker for _ in FINDING_COLUMNS)})")
    raw_connection = database.engine.raw_connection()
    try:
        cursor = raw_connection.cursor()
        start = time.perf_counter()
        if database.is_sqlite:
            cursor.execute("BEGIN")
        cursor.executemany(sql, values)
        raw_connection.commit()
        baseline = time.perf_counter() - start
    finally:
        raw_connection.close()
    goal = 1.5 if database.is_sqlite else 3.0
    print(f"{name:<10} {count} findings: service {service:.2f} s, plain executemany "
          f"{baseline:.2f} s, ratio {service / baseline:.2f}x (goal < {goal} s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.sqlite")
        bench("SQLite", database, args.findings)
        database.dispose()
    if not args.skip_postgres:
        from tests.db_fixtures import create_schema, drop_schema, schema_url

        schema = create_schema("bench")
        try:
            database = open_database(schema_url(schema))
            bench("PostgreSQL", database, args.findings)
            database.dispose()
        finally:
            drop_schema(schema)


if __name__ == "__main__":
    main()
