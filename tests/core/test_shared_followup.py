"""Shared mode: the study nurse's least rights are enforced by PostgreSQL itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Oncogenicity, Role
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import get_case
from mtb_desk.services.followup_records import case_treatments
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import login
from mtb_desk.services.visits import VisitInput, record_visit
from tests.core.test_shared_mode import shared as shared  # noqa: F401 - fixture


def _raw(database: Database, sql: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql))


def test_study_nurse_records_visits_and_nothing_else(
    shared: tuple[Database, Callable[..., Database]],  # noqa: F811
) -> None:
    _, connect = shared
    database = connect(Role.STUDY_NURSE)
    nurse = login(database, None, None)
    assert nurse.roles == frozenset({Role.STUDY_NURSE})
    today = dt.date.today()  # the demo started DEMO-010's treatment 38 days ago
    record = record_visit(database, nurse, "DEMO-010", VisitInput(8, today, ecog=1))
    assert next(v for v in record.visits if v.week == 8).performed_on == today
    assert case_treatments(database, "DEMO-010")[0].visits[1].performed_on == today
    finding = get_case(database, "DEMO-001").findings[0].id
    for sql in (
        f"UPDATE annotation SET comment = 'x' WHERE finding_id = {finding}",
        "UPDATE enrolment SET withdrawal_reason = 'x'",
        "UPDATE recommendation SET rationale = 'x'",
        "DELETE FROM dose_change",
    ):
        with pytest.raises(DBAPIError, match="permission denied"):
            _raw(database, sql)
    lying = Actor(nurse.username, frozenset({Role.PATHOLOGIST}))
    with pytest.raises(PermissionDenied):
        annotate_finding(database, lying, finding, AnnotationInput(Oncogenicity.BENIGN))
