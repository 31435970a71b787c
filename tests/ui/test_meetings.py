"""Meetings: reorder an agenda, present by keyboard and record decisions, export minutes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import (
    AgendaStatus,
    MeetingStatus,
    RecommendationOutcome,
    RecommendationState,
)
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import add_to_agenda, create_meeting, get_meeting
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import recommendation_history
from tests.ui.boxes import confirm
from ui import settings
from ui.context import AppContext
from ui.documents.exporting import DocumentExporter
from ui.meetings.data import load_meeting
from ui.meetings.presentation import PresentationWindow
from ui.meetings.view import MeetingsView
from ui.ops.op import process_until_idle


@pytest.fixture
def meeting_id(db: Database, actor: Actor) -> int:
    meeting = create_meeting(db, actor, dt.date(2026, 3, 4), "MTB test")
    for study_id in ("M-1", "M-2", "M-3"):
        case = create_case(db, actor, NewCase(study_id, "LUAD"))
        add_to_agenda(db, actor, meeting.id, case.id)
    return meeting.id


def agenda_order(db: Database, meeting_id: int) -> list[str]:
    return [i.study_id for i in get_meeting(db, meeting_id).agenda]


def test_reorder_the_agenda_with_the_buttons(
    qtbot: QtBot, db: Database, context: AppContext, meeting_id: int
) -> None:
    view = MeetingsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.meetings_did_load):
        view.refresh()
    with qtbot.waitSignal(view.meeting_did_load):
        view.meetings.setCurrentRow(0)
    view.agenda.items.setCurrentRow(2)
    with qtbot.waitSignal(view.meeting_did_load):
        view.agenda.up.click()
    assert agenda_order(db, meeting_id) == ["M-1", "M-3", "M-2"]
    assert view.agenda.current_case() == get_meeting(db, meeting_id).agenda[1].case_id
    assert "M-3" in view.agenda.items.item(1).text()


def test_present_by_keyboard_and_record_decisions(
    qtbot: QtBot, db: Database, context: AppContext, meeting_id: int
) -> None:
    window = PresentationWindow(context, load_meeting(db, meeting_id), match_provider=lambda *_: ())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_did_show):
        window.start()
    assert window.title.text().startswith("M-1")
    with qtbot.waitSignal(window.case_did_show) as shown:
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert shown.args == [1]
    with qtbot.waitSignal(window.case_did_show):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == 0
    window.decision.outcome.setCurrentIndex(
        window.decision.outcome.findData(RecommendationOutcome.NO_ACTIONABLE.value)
    )
    window.decision.rationale.setPlainText("No actionable alteration.")
    with qtbot.waitSignal(window.presentation_did_close, timeout=500, raising=False) as left:
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # typed text: Esc asks, Stay is the default
    assert not left.signal_triggered
    assert window.leave_question is not None
    window.leave_question.reject()
    window.decision.finalise.click()
    with qtbot.waitSignal(window.decision_did_record):
        confirm(qtbot)  # finalising asks first here too
    assert process_until_idle()
    (decision,) = recommendation_history(db, "M-1")
    assert (decision.state, decision.meeting_id) == (RecommendationState.FINAL, meeting_id)
    qtbot.waitUntil(lambda: "No actionable alteration." in window.decision.state.text())
    assert "Not signed yet" in window.decision.state.text()  # what was decided stays in view
    with qtbot.waitSignal(window.case_did_show):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    window.decision.reason.setText("Awaiting germline result")
    with qtbot.waitSignal(window.decision_did_record):
        window.decision.defer.click()
    agenda = get_meeting(db, meeting_id).agenda
    assert [i.status for i in agenda[:2]] == [AgendaStatus.DISCUSSED, AgendaStatus.DEFERRED]
    assert agenda[1].note == "Awaiting germline result"
    assert process_until_idle()
    with qtbot.waitSignal(window.presentation_did_close):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    again = PresentationWindow(context, load_meeting(db, meeting_id), match_provider=lambda *_: ())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.case_did_show) as shown:
        again.start()  # reopening goes back to the case shown last
    assert shown.args == [1]


def test_export_minutes_writes_the_pdf(
    qtbot: QtBot, db: Database, context: AppContext, meeting_id: int, tmp_path: Path
) -> None:
    settings.set_value(settings.KEY_EXPORT_FOLDER, str(tmp_path / "out"))
    parent = MeetingsView(context)
    qtbot.addWidget(parent)
    exporter = DocumentExporter(context, parent)
    exporter.show_previews = False
    with qtbot.waitSignal(exporter.document_did_export, timeout=20_000) as exported:
        exporter.export_minutes(meeting_id)
    path = exported.args[0]
    assert path.parent == tmp_path / "out"
    assert path.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(exporter.document_did_export, timeout=20_000) as table:
        exporter.export_decisions_table(meeting_id, dt.date(2026, 3, 4))
    assert table.args[0].suffix == ".xlsx"
    assert table.args[0].stat().st_size > 0


def test_close_asks_about_pending_cases_then_reopen(
    qtbot: QtBot, db: Database, context: AppContext, meeting_id: int
) -> None:
    view = MeetingsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.meetings_did_load):
        view.refresh()
    with qtbot.waitSignal(view.meeting_did_load):
        view.meetings.setCurrentRow(0)
    assert view.close_meeting.text() == "Close meeting…"
    box = view.toggle_closed()
    assert box is not None
    assert box.text() == "3 cases were not discussed — close the meeting anyway?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert process_until_idle()
    assert get_meeting(db, meeting_id).status is MeetingStatus.PLANNED
    box = view.toggle_closed()
    assert box is not None
    (close_anyway,) = [b for b in box.buttons() if b.text() == "Close anyway"]
    with qtbot.waitSignals([view.meeting_did_load, view.meetings_did_load], timeout=10_000):
        close_anyway.click()
    assert process_until_idle()
    assert get_meeting(db, meeting_id).status is MeetingStatus.CLOSED
    assert view.meetings.item(0).text().endswith("closed")
    assert view.close_meeting.text() == "Reopen meeting"
    with qtbot.waitSignal(view.meeting_did_load, timeout=10_000):
        assert view.toggle_closed() is None
    assert process_until_idle()
    assert get_meeting(db, meeting_id).status is MeetingStatus.PLANNED
    assert view.close_meeting.text() == "Close meeting…"
