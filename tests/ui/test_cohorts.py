"""The cohort screen: the chart follows the cohort's design; outcomes recorded from the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Response, Role
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.cohorts import cohort_enrolments
from mtb_desk.services.enrolments import enrol, withdraw
from mtb_desk.services.hospitals import add_hospital
from mtb_desk.services.permissions import Actor
from ui.cohorts.view import CohortsView
from ui.context import AppContext
from ui.ops.op import process_until_idle

CATALOGUE = """
version: "ui-1"
drugs:
  - {inn: drug-a, company: Alpha, targets: [BRAF]}
cohorts:
  - code: COH-A
    name: BRAF V600 — drug-a
    drugs: [drug-a]
    rule: {gene: BRAF, position: V600}
    stages: {stage1_size: 4, stage1_min_benefit: 2, total_size: 10, total_min_benefit: 3}
"""
START = dt.date(2025, 1, 6)


@pytest.fixture
def enrolled(db: Database, actor: Actor, tmp_path: Path) -> list[str]:
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    load_catalogue_file(db, actor, path)
    with writing(db) as session:
        add_hospital(session, actor, "OPEN", "Open Hospital", site_open_since=dt.date(2024, 1, 1))
    ids = ["C-1", "C-2"]
    for day, study_id in enumerate(ids):
        create_case(db, actor, NewCase(study_id, "MEL", hospital_code="OPEN"))
        enrol(db, actor, "COH-A", study_id, on=START + dt.timedelta(days=day))
    withdraw(db, actor, "COH-A", "C-2", "moved abroad", on=START + dt.timedelta(days=5))
    return ids


def open_view(qtbot: QtBot, context: AppContext) -> CohortsView:
    view = CohortsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.enrolments.enrolments_did_load):
        view.refresh()
    return view


def test_record_an_outcome_from_the_cohort_screen(
    qtbot: QtBot, db: Database, context: AppContext, enrolled: list[str]
) -> None:
    view = open_view(qtbot, context)
    assert view.chart.design == (4, 2, 10, 3)
    panel = view.enrolments
    assert [panel.table.item(r, 0).text() for r in range(2)] == enrolled
    assert panel.table.item(0, 1).text() == "Open Hospital"
    assert not panel.record.isEnabled()
    panel.select("C-2")
    assert (panel.record.isEnabled(), panel.withdraw.isEnabled()) == (False, False)
    panel.select("C-1")
    assert panel.record.isEnabled()
    dialog = panel.ask_outcome()
    assert dialog is not None
    dialog.set_values(True, Response.PR)
    dialog.evaluated_on.setDate(START + dt.timedelta(weeks=16))
    signals = [panel.enrolment_did_change, panel.enrolments_did_load]
    with qtbot.waitSignals(signals, order="strict", timeout=10_000):
        dialog.accept()
    first = cohort_enrolments(db, "COH-A")[0]
    assert (first.benefit, first.response) == (True, Response.PR)
    assert first.evaluated_on == START + dt.timedelta(weeks=16)
    assert view.current_code() == "COH-A"
    assert view.cohorts.item(0, 4).text() == "1"
    assert panel.table.item(0, 3).text() == "yes"


def test_refusal_is_shown_and_readers_may_not_record(
    qtbot: QtBot, db: Database, context_for: object, actor: Actor, make_actor: object,
    enrolled: list[str],
) -> None:  # fmt: skip
    view = open_view(qtbot, context_for(actor))  # type: ignore[operator]
    view.enrolments.record_outcome("C-2", True, Response.SD, START + dt.timedelta(weeks=16))
    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)), timeout=10_000)
    (message,) = view.findChildren(QMessageBox)
    assert "withdrawn from COH-A" in message.text()
    assert "before evaluation" in message.text()
    reader = make_actor("reader", Role.READER)  # type: ignore[operator]
    other = open_view(qtbot, context_for(reader))  # type: ignore[operator]
    other.enrolments.select("C-1")
    assert not other.enrolments.record.isEnabled()
    assert "may not enrol" in other.enrolments.record.toolTip()
    assert process_until_idle()
