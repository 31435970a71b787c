"""The follow-up screens driven as a user would: a demo patient followed from the start of
treatment to a confirmed week-16 outcome; refusals shown; due list, funnel and supply."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Role
from mtb_desk.services.cohorts import cohort_enrolments
from mtb_desk.services.demo import load_demo
from mtb_desk.services.enrolments import enrol
from mtb_desk.services.permissions import Actor
from ui.context import AppContext
from ui.followup.funnel_view import FunnelView
from ui.followup.lists import DueListView, SupplyView
from ui.followup.panel import FollowUpView
from ui.ops.op import process_until_idle


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_followup(qtbot: QtBot, context: AppContext, study_id: str) -> FollowUpView:
    view = FollowUpView(context, study_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        view.load()
    return view


def test_follow_a_patient_from_start_to_confirmed_week16_outcome(
    qtbot: QtBot, demo: Database, actor: Actor, context: AppContext
) -> None:
    start = dt.date.today() - dt.timedelta(days=130)
    enrol(demo, actor, "BRAF-V600-VEM-COBI", "DEMO-002", on=start)
    view = open_followup(qtbot, context, "DEMO-002")
    dialog = view.ask_start()
    assert dialog.cohort.currentData() == "BRAF-V600-VEM-COBI"
    dialog.started_on.setDate(qdate(start))
    dialog.dose.setText("960 mg BID + 60 mg daily")
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        dialog.accept()
    record = view.current()
    assert record is not None
    assert (record.cohort, record.started_on) == ("BRAF-V600-VEM-COBI", start)
    assert view.table.item(2, 0).text() == "week 16"
    visit = view.ask_visit()
    visit.week.setCurrentIndex(visit.week.findData(16))
    visit.performed_on.setDate(qdate(start + dt.timedelta(days=115)))
    visit.response.setCurrentIndex(visit.response.findData("SD"))
    visit.events.add_event()
    visit.events.term.setText("Arthralgia")
    visit.events.term.textEdited.emit("Arthralgia")
    visit.events.grade.setValue(2)
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        visit.accept()
    assert view.buttons["confirm"].isEnabled()
    assert "clinical benefit" in view.summary.text()
    assert "not confirmed by the chair" in view.summary.text()
    assert "Arthralgia G2" in view.table.item(2, 7).text()
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        view.confirm()
    assert not view.buttons["confirm"].isEnabled()
    (row,) = cohort_enrolments(demo, "BRAF-V600-VEM-COBI")
    assert (row.outcome, row.benefit) == ("benefit", True)


def test_a_refused_visit_is_shown_and_nothing_changes(
    qtbot: QtBot, demo: Database, context: AppContext
) -> None:
    view = open_followup(qtbot, context, "DEMO-010")
    record = view.current()
    assert record is not None
    assert record.started_on is not None
    dialog = view.ask_visit()
    dialog.week.setCurrentIndex(dialog.week.findData(8))
    dialog.performed_on.setDate(qdate(record.started_on - dt.timedelta(days=1)))
    dialog.accept()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)  # said in the dialog itself
    assert "before the treatment start" in dialog.message.text()
    assert not view.findChildren(QMessageBox)
    assert process_until_idle()


def test_study_nurse_may_record_but_not_confirm(
    qtbot: QtBot, demo: Database, context_for: object, make_actor: object
) -> None:
    nurse = make_actor("nurse", Role.STUDY_NURSE)  # type: ignore[operator]
    view = open_followup(qtbot, context_for(nurse), "DEMO-010")  # type: ignore[operator]
    assert view.buttons["visit"].isEnabled()
    assert not view.buttons["confirm"].isEnabled()
    reader = make_actor("reader", Role.READER)  # type: ignore[operator]
    other = open_followup(qtbot, context_for(reader), "DEMO-010")  # type: ignore[operator]
    assert not other.buttons["visit"].isEnabled()
    assert "may not record treatments" in other.buttons["visit"].toolTip()


def test_due_list_funnel_and_supply_screens(
    qtbot: QtBot, demo: Database, context: AppContext, tmp_path: Path
) -> None:
    due = DueListView(context)
    qtbot.addWidget(due)
    with qtbot.waitSignal(due.due_did_load, timeout=10_000):
        due.refresh()
    assert [due.table.item(r, 0).text() for r in range(due.table.rowCount())] == [
        "DEMO-008", "DEMO-001",
    ]  # fmt: skip
    assert due.table.item(0, 5).text() == "overdue"
    with qtbot.waitSignal(due.followup_wanted) as wanted:
        due.table.cellDoubleClicked.emit(0, 0)
    assert wanted.args == ["DEMO-008"]
    funnel = FunnelView(context)
    qtbot.addWidget(funnel)
    with qtbot.waitSignal(funnel.funnel_did_load, timeout=10_000):
        funnel.refresh()
    assert funnel.chart_view.chart().series()[0].barSets()[0].count() == 8
    assert funnel.table.item(0, 2).text() == "14"
    with qtbot.waitSignal(funnel.funnel_did_load, timeout=10_000):
        funnel.by.setCurrentIndex(funnel.by.findData("hospital"))
    assert funnel.funnel is not None
    assert len(funnel.funnel.groups) == 7
    op = funnel.export_to(str(tmp_path / "funnel.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "funnel.csv").exists(), timeout=10_000)
    del op
    supply = SupplyView(context)
    qtbot.addWidget(supply)
    with qtbot.waitSignal(supply.supply_did_load, timeout=10_000):
        supply.refresh()
    assert supply.patients.item(0, 0).text() == "DEMO-007"
    assert supply.patients.item(0, 4).text() == "public payer"
    assert process_until_idle()


def test_case_view_shows_what_this_board_did_before(
    qtbot: QtBot, demo: Database, context: AppContext
) -> None:
    from mtb_desk.services.cases import get_case
    from ui.case.view import CaseView

    case_id = get_case(demo, "DEMO-003").id
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.board_history.history_did_load, timeout=10_000):
        view.load()
    assert "1 earlier case with CDKN2A deletion: 1 treated in CDK-PALBOCICLIB" in (
        view.board_history.lines.text()
    )
    assert process_until_idle()


def test_a_visit_changed_meanwhile_is_a_conflict_shown_to_the_user(
    qtbot: QtBot, demo: Database, actor: Actor, context: AppContext
) -> None:
    from mtb_desk.services.visits import VisitInput, record_visit

    view = open_followup(qtbot, context, "DEMO-010")
    record = view.current()
    assert record is not None
    assert record.started_on is not None
    seen = record.visits[0].version
    record_visit(demo, actor, "DEMO-010", VisitInput(0, record.started_on, ecog=2))  # meanwhile
    with qtbot.waitSignal(view.visits.conflict_did_open, timeout=10_000) as opened:
        view.record_visit(VisitInput(0, record.started_on, ecog=0), record.id, seen)
    dialog = opened.args[0]
    assert dialog.isVisible()
    assert not view.findChildren(QMessageBox)  # the conflict dialog, not a plain error
    dialog.reject()
    assert process_until_idle()
