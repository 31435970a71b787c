"""Soak: 8 processes write to one PostgreSQL database at once (60 s under CI=true).

Afterwards every write that reported success is present, every lost race was reported as
a conflict, nothing crashed or deadlocked, and the audit chain verifies.
"""

from __future__ import annotations

import os
import statistics
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent, MolecularReport
from mtb_desk.db.unit_of_work import reading
from mtb_desk.services.audit import verify_chain
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import list_users, resolve_actor
from tests.soak.workers import WorkerResult, run_worker

PROCESSES = 8


def soak_seconds() -> float:
    default = "60" if os.environ.get("CI") == "true" else "8"
    return float(os.environ.get("MTB_DESK_SOAK_SECONDS", default))


def run_soak(database: Database, folder: Path, seconds: float) -> list[WorkerResult]:
    with ProcessPoolExecutor(PROCESSES, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(run_worker, database.url, seconds, seed, str(folder))
                   for seed in range(PROCESSES)]
        return [future.result(timeout=seconds + 120) for future in futures]


def _tokens_present(database: Database, results: list[WorkerResult]) -> list[tuple[str, str]]:
    """Successful writes whose token is not found where it must be."""
    with reading(database) as session:
        audit_text = "\n".join(
            str(row) for row in session.execute(select(AuditEvent.summary, AuditEvent.after))
        )
        imported = set(session.scalars(select(MolecularReport.source_filename)))
    missing = []
    for result in results:
        for kind, token in result.successes:
            found = f"{token}.tsv" in imported if kind == "import" else token in audit_text
            if not found:
                missing.append((kind, token))
    return missing


def report(results: list[WorkerResult], seconds: float) -> str:
    operations = sum(r.operations for r in results)
    successes = sum(len(r.successes) for r in results)
    conflicts = sum(r.conflicts for r in results)
    latencies = [ms for r in results for ms in r.annotation_ms]
    median = statistics.median(latencies) if latencies else float("nan")
    return (f"{PROCESSES} processes x {seconds:.0f} s: {operations} operations "
            f"({operations / seconds:.1f}/s), {successes} saved, {conflicts} conflicts, "
            f"annotation save median {median:.1f} ms")


def test_soak_nothing_lost(pg_db: Database, tmp_path: Path) -> None:
    actor: Actor = resolve_actor(pg_db, list_users(pg_db)[0].username)
    load_demo(pg_db, actor)
    seconds = soak_seconds()
    results = run_soak(pg_db, tmp_path, seconds)
    print(report(results, seconds))  # noqa: T201 - the figures belong in the test log
    errors = [e for r in results for e in r.errors]
    assert errors == [], errors[:5]
    assert sum(len(r.successes) for r in results) > PROCESSES
    assert _tokens_present(pg_db, results) == []
    with reading(pg_db) as session:
        assert verify_chain(session).intact
