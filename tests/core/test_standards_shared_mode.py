"""Standards exports in shared mode: an exporting role's own login may write the recipient key,
the access event and the audit event the exports need; a reader may not export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Role
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.cohort_data import CohortDataRequest, export_cohort_data
from mtb_desk.services.standards import export_fhir, export_phenopacket
from mtb_desk.services.users import connected_login, login
from tests.core.standards_fixtures import decide
from tests.core.test_shared_mode import shared  # noqa: F401 - the fixture


def test_secretary_login_exports_and_reader_may_not(
    shared: tuple[Database, Callable[..., Database]],  # noqa: F811
    tmp_path: Path,
) -> None:
    owner, connect = shared
    decide(owner, login(owner, None, None), "DEMO-002")
    secretary_db = connect(Role.SECRETARY)
    secretary = login(secretary_db, connected_login(secretary_db), None)
    assert export_fhir(secretary_db, secretary, "DEMO-002").resources > 5
    assert export_phenopacket(secretary_db, secretary, "DEMO-002").resources >= 1
    result = export_cohort_data(
        secretary_db, secretary, CohortDataRequest("DRUP NL", k=1), tmp_path / "share.csv"
    )
    assert result.rows == 4
    reader_db = connect(Role.READER)
    reader = login(reader_db, connected_login(reader_db), None)
    with pytest.raises(PermissionDenied, match="export documents"):
        export_cohort_data(reader_db, reader, CohortDataRequest("X"), tmp_path / "no.csv")
    with reader_db.engine.connect() as connection:  # the database refuses, not only the app
        assert connection.execute(text("SELECT name FROM export_recipient")).scalars().all() == [
            "DRUP NL"
        ]
        with pytest.raises(DBAPIError, match="permission denied"):
            connection.execute(text("SELECT pseudonym_key FROM export_recipient"))
