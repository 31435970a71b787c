"""The cohort screen: the chart follows the cohort's design; outcomes recorded from the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import Response, Role, TreatmentBasis
from mtb_desk.services.catalogue import load_catalogue_file
from mtb_desk.services.cohorts import cohort_enrolments
from mtb_desk.services.enrolments import enrol, withdraw
from mtb_desk.services.hospitals import add_hospital
from mtb_desk.services.permissions import Actor
from mtb_desk.services.treatments import NewTreatment, start_treatment
from mtb_desk.services.visits import VisitInput, record_visit
from tests.core.followup_helpers import matched_case
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
        matched_case(db, actor, study_id, diagnosis="MEL", alterations=(("BRAF", "V600E"),))
        enrol(db, actor, "COH-A", study_id, on=START + dt.timedelta(days=day))
    withdraw(db, actor, "COH-A", "C-2", "moved abroad", on=START + dt.timedelta(days=5))
    cohort = NewTreatment(TreatmentBasis.ENROLMENT, cohort="COH-A")
    start_treatment(db, actor, "C-1", cohort, started_on=START)
    return ids


def open_view(qtbot: QtBot, context: AppContext) -> CohortsView:
    view = CohortsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.enrolments.enrolments_did_load):
        view.refresh()
    return view


def test_confirm_the_derived_outcome_from_the_cohort_screen(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, enrolled: list[str]
) -> None:
    view = open_view(qtbot, context)
    assert view.chart.design == (4, 2, 10, 3)
    panel = view.enrolments
    assert [panel.table.item(r, 0).text() for r in range(2)] == enrolled
    assert panel.table.item(0, 1).text() == "Open Hospital"
    panel.select("C-1")
    assert not panel.record.isEnabled()  # no week-16 assessment yet: nothing to confirm
    assert panel.table.item(0, 3).text() == "awaiting week 16"
    record_visit(db, actor, "C-1", VisitInput(16, START + dt.timedelta(days=113), response="PR"))
    with qtbot.waitSignal(panel.enrolments_did_load):
        panel.load("COH-A")
    panel.select("C-2")
    assert (panel.record.isEnabled(), panel.withdraw.isEnabled()) == (False, False)
    panel.select("C-1")
    assert panel.record.isEnabled()
    assert panel.table.item(0, 3).text() == "awaiting the chair's confirmation"
    box = panel.ask_outcome()
    assert box is not None
    assert "the visits give clinical benefit: PR at the week-16 assessment" in box.text()
    signals = [panel.enrolment_did_change, panel.enrolments_did_load]
    with qtbot.waitSignals(signals, order="strict", timeout=10_000):
        box.accept()
    first = cohort_enrolments(db, "COH-A")[0]
    assert (first.benefit, first.response, first.outcome) == (True, Response.PR, "benefit")
    assert first.evaluated_on == START + dt.timedelta(days=113)
    assert view.current_code() == "COH-A"
    assert view.cohorts.item(0, 4).text() == "1"
    assert panel.table.item(0, 3).text() == "benefit"


def test_refusal_is_shown_and_readers_may_not_record(
    qtbot: QtBot, db: Database, context_for: object, actor: Actor, make_actor: object,
    enrolled: list[str],
) -> None:  # fmt: skip
    view = open_view(qtbot, context_for(actor))  # type: ignore[operator]
    view.enrolments.record_outcome("C-2")
    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)), timeout=10_000)
    (message,) = view.findChildren(QMessageBox)
    assert "withdrawn from COH-A" in message.text()
    assert "before evaluation" in message.text()
    reader = make_actor("reader", Role.READER)  # type: ignore[operator]
    other = open_view(qtbot, context_for(reader))  # type: ignore[operator]
    other.enrolments.select("C-1")
    assert not other.enrolments.record.isEnabled()
    assert "may not confirm week-16 outcomes" in other.enrolments.record.toolTip()
    assert "may not enrol" in other.enrolments.withdraw.toolTip()
    assert process_until_idle()


def test_the_confirmation_question_is_asked_in_bokmal(
    qtbot: QtBot, qapp: object, db: Database, actor: Actor, context: AppContext,
    enrolled: list[str],
) -> None:  # fmt: skip
    """What the visits give is data, said in the GUI's language, with bokmål buttons."""
    from ui import translation

    record_visit(db, actor, "C-1", VisitInput(16, START + dt.timedelta(days=113), response="PR"))
    translation.install(qapp, "nb")  # type: ignore[arg-type]
    try:
        view = open_view(qtbot, context)
        panel = view.enrolments
        panel.select("C-2")
        assert panel.table.item(1, 0).toolTip().startswith("ingen behandling registrert ennå")
        panel.select("C-1")
        box = panel.ask_outcome()
        assert box is not None
        assert "klinisk nytte: PR" in box.text()
        assert "clinical benefit" not in box.text()
        assert "assessment" not in box.text()
        yes = box.button(QMessageBox.StandardButton.Yes)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert (yes.text(), cancel.text()) == ("Ja", "Avbryt")
        box.reject()
    finally:
        translation.install(qapp, "en")  # type: ignore[arg-type]
