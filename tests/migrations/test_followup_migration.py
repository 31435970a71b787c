"""Revision 0010 carries each typed week-16 outcome into a treatment with a confirmed
week-16 visit, so cohorts keep their state across the upgrade (both back ends)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from mtb_desk.db.engine import Database, create_database_engine
from mtb_desk.db.migrate import alembic_config
from mtb_desk.services.cohorts import cohort_enrolments, cohort_overview
from mtb_desk.services.database import open_database
from tests.db_fixtures import create_schema, drop_schema, require_postgres, schema_url

ROWS = [
    "INSERT INTO hospital (id, code, name, version) VALUES (1, 'H', 'Hospital', 1)",
    "INSERT INTO cohort (id, code, name, source, rule, tumour_include, tumour_exclude, "
    "stage1_size, stage1_min_benefit, total_size, total_min_benefit, suspended, details, "
    "created_at, version) VALUES (1, 'C', 'Cohort', 'impress', '{}', '[]', '[]', 8, 1, 24, 5, "
    "false, '{}', '2025-01-01 00:00:00+00:00', 1)",
]


def _case(n: int) -> list[str]:
    return [
        f"INSERT INTO patient (id, study_id, created_at, version) VALUES ({n}, 'P-{n}', "
        "'2025-01-01 00:00:00+00:00', 1)",
        f"INSERT INTO mtb_case (id, patient_id, hospital_id, diagnosis_code, status, notes, "
        f"created_at, updated_at, version) VALUES ({n}, {n}, 1, 'COADREAD', 'referred', '', "
        "'2025-01-01 00:00:00+00:00', '2025-01-01 00:00:00+00:00', 1)",
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, str]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite'}"
        engine = create_database_engine(url)
        yield engine, url
        engine.dispose()
        return
    require_postgres()
    schema = create_schema("mig16")
    url = schema_url(schema)
    engine = create_database_engine(url)
    yield engine, url
    engine.dispose()
    drop_schema(schema)


def test_typed_outcomes_become_confirmed_treatments(old_engine: tuple[Engine, str]) -> None:
    engine, url = old_engine
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    statements = ROWS + _case(1) + _case(2) + _case(3) + [
        "INSERT INTO enrolment (id, cohort_id, case_id, enrolled_on, benefit, response, "
        "evaluated_on, version) VALUES (1, 1, 1, '2025-01-06', true, 'PR', '2025-05-01', 1)",
        "INSERT INTO enrolment (id, cohort_id, case_id, enrolled_on, benefit, response, "
        "evaluated_on, version) VALUES (2, 1, 2, '2025-01-07', false, NULL, '2025-03-01', 1)",
        "INSERT INTO enrolment (id, cohort_id, case_id, enrolled_on, version) "
        "VALUES (3, 1, 3, '2025-01-08', 1)",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()
    database: Database = open_database(url)  # migrates to head
    try:
        rows = cohort_enrolments(database, "C")
        assert [(r.study_id, r.outcome, r.benefit) for r in rows] == [
            ("P-1", "benefit", True), ("P-2", "no-benefit", False), ("P-3", None, None),
        ]  # fmt: skip
        (cohort,) = [c for c in cohort_overview(database) if c.code == "C"]
        assert (cohort.benefit, cohort.no_benefit, cohort.pending) == (1, 1, 1)
    finally:
        database.dispose()
