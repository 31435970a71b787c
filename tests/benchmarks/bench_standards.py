"""Speed of the standards exports (issue 17): per-case FHIR bundle and phenopacket, and the
de-identified cohort export for 10,000 enrolled patients.

Run on its own: `.venv/bin/python tests/benchmarks/bench_standards.py`. Each figure is the
median of several runs after one warm-up, through the service (database read, build,
audit event), printed next to a baseline measured in the same run: plain `json.dumps` of the
same rows (the case record as a dict; the cohort's joined rows as dicts). Exits non-zero when
a target is missed (per-case < 100 ms, cohort < 2 s).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, select  # noqa: E402

from mtb_desk.db.engine import Database  # noqa: E402
from mtb_desk.db.models import Case, Cohort, Enrolment, Hospital, Patient  # noqa: E402
from mtb_desk.db.unit_of_work import reading  # noqa: E402
from mtb_desk.services.cases import case_for_study_id  # noqa: E402
from mtb_desk.services.cohort_data import CohortDataRequest, export_cohort_data  # noqa: E402
from mtb_desk.services.database import open_database  # noqa: E402
from mtb_desk.services.reference import current_tree  # noqa: E402
from mtb_desk.services.standards import export_fhir, export_phenopacket  # noqa: E402
from mtb_desk.services.standards_inputs import case_record  # noqa: E402
from mtb_desk.services.users import list_users, resolve_actor  # noqa: E402
from tests.core.standards_fixtures import DEMO_IDS, decided_demo  # noqa: E402

PATIENTS = 10_000


def median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return len(value)
    return value


def per_case(database: Database) -> list[tuple[str, float, float]]:
    actor = resolve_actor(database, list_users(database)[0].username)
    rows = []
    for study_id in DEMO_IDS[:5]:
        with reading(database) as session:
            record = case_record(
                session, case_for_study_id(session, study_id), current_tree(session)
            )
        baseline = median_ms(lambda r=record: json.dumps(_plain(r), default=str))
        rows.append(
            (
                f"FHIR {study_id}",
                median_ms(lambda s=study_id: export_fhir(database, actor, s)),
                baseline,
            )
        )
        rows.append(
            (
                f"phenopacket {study_id}",
                median_ms(lambda s=study_id: export_phenopacket(database, actor, s)),
                baseline,
            )
        )
    return rows


def add_enrolled_patients(database: Database, count: int) -> None:
    """`count` synthetic patients, each with a case and one enrolment in a demo cohort."""
    rng = random.Random(17)
    now = dt.datetime.now(dt.UTC)
    with database.engine.begin() as connection:
        hospitals = connection.execute(select(Hospital.id)).scalars().all()
        cohorts = connection.execute(select(Cohort.id)).scalars().all()
        first = (connection.execute(select(Patient.id).order_by(Patient.id.desc())).first() or [0])[
            0
        ]
        connection.execute(
            insert(Patient),
            [
                {
                    "study_id": f"SYN-{i:05d}",
                    "name": f"Synthetic {i}",
                    "birth_year": 1940 + i % 45,
                    "sex": "FM"[i % 2],
                    "version": 1,
                    "created_at": now,
                }
                for i in range(count)
            ],
        )
        connection.execute(
            insert(Case),
            [
                {
                    "patient_id": first + 1 + i,
                    "hospital_id": rng.choice(hospitals),
                    "diagnosis_code": rng.choice(["LUAD", "COADREAD", "PAAD", "IDC", "SKCM"]),
                    "referral_date": dt.date(2024, 1, 1) + dt.timedelta(days=i % 600),
                    "status": "discussed",
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(count)
            ],
        )
        cases = (
            connection.execute(select(Case.id).join(Patient).where(Patient.study_id.like("SYN-%")))
            .scalars()
            .all()
        )
        connection.execute(
            insert(Enrolment),
            [
                {
                    "cohort_id": rng.choice(cohorts),
                    "case_id": case_id,
                    "enrolled_on": dt.date(2024, 3, 1) + dt.timedelta(days=i % 600),
                    "version": 1,
                }
                for i, case_id in enumerate(cases)
            ],
        )


def cohort_baseline(database: Database) -> None:
    with database.engine.connect() as connection:
        rows = (
            connection.execute(
                select(
                    Enrolment.enrolled_on,
                    Cohort.code,
                    Case.diagnosis_code,
                    Patient.birth_year,
                    Patient.sex,
                    Hospital.code,
                )
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .join(Case, Case.id == Enrolment.case_id)
                .join(Patient, Patient.id == Case.patient_id)
                .outerjoin(Hospital, Hospital.id == Case.hospital_id)
            )
            .mappings()
            .all()
        )
        json.dumps([dict(r) for r in rows], default=str)


def process_ms(args: list[str], runs: int = 3) -> float:
    """Median wall time of a whole `python -m mtb_desk ...` process, start to exit."""
    import subprocess

    command = [sys.executable, "-m", "mtb_desk", *args]
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def processes(folder: str) -> None:
    """Informational: the user's view from the command line (Python start-up included)."""
    url = ["--database", f"{folder}/bench.sqlite"]
    base = process_ms(["case", "show", "DEMO-002", "--json", *url])
    for what in ("fhir", "phenopacket"):
        ms = process_ms(["export", what, "DEMO-002", "-o", f"{folder}/{what}.json", *url])
        print(
            f"{'process: export ' + what:28} {ms:10.1f} {base:12.2f} {ms / base:6.1f}"
            "  (baseline: `case show` process)"
        )


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.sqlite")
        actor = resolve_actor(database, list_users(database)[0].username)
        decided_demo(database, actor)
        print(f"{'export':28} {'median ms':>10} {'baseline ms':>12} {'ratio':>6}")
        for name, ms, base in per_case(database):
            failed |= ms >= 100
            print(f"{name:28} {ms:10.1f} {base:12.2f} {ms / base:6.0f}")
        processes(folder)
        add_enrolled_patients(database, PATIENTS)
        base = median_ms(lambda: cohort_baseline(database), runs=3)
        for suffix in (".csv", ".json", ".xlsx"):
            path = Path(folder) / f"cohort{suffix}"
            ms = median_ms(
                lambda p=path: export_cohort_data(database, actor, CohortDataRequest("bench"), p),
                runs=3,
            )
            failed |= ms >= 2000
            print(
                f"{'cohort ' + str(PATIENTS) + ' ' + suffix:28} {ms:10.1f} {base:12.2f} "
                f"{ms / base:6.1f}"
            )
        database.dispose()
    print("FAILED: a target was missed" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
