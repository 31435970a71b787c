"""The standards exports read only the findings they can export (reportable, the decision's
and eligible matches' ones, TMB/MSI), chosen by SQL: the same as filtering every finding."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import MolecularReport
from mtb_desk.db.unit_of_work import reading
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.standards_inputs import exported, report_findings


@pytest.mark.parametrize("keep_every", [0, 2, 3])
def test_sql_choice_equals_filtering_every_finding(
    db: Database, actor: Actor, keep_every: int
) -> None:
    load_demo(db, actor)
    with reading(db) as session:
        reports = session.scalars(select(MolecularReport)).all()
        checked = 0
        for report in reports:
            everything = report_findings(session, report)
            keep = {f.id for n, f in enumerate(everything) if keep_every and n % keep_every == 0}
            chosen = report_findings(session, report, keep)
            assert chosen == exported(everything, keep)
            checked += len(chosen) < len(everything)
        assert checked, "some demo report has findings the export leaves out"
