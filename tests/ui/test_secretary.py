"""The secretary's exports: the language, location and minute-taker are chosen in the export
dialog; the decisions table counts decided cases only and never overwrites unasked."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import add_to_agenda, create_meeting, get_meeting
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
from ui import settings
from ui.context import AppContext
from ui.documents.meeting_export import MeetingExportDialog
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow


def board(db: Database, actor: Actor) -> int:
    meeting = create_meeting(db, actor, dt.date(2026, 3, 4), "Secretary board")
    for study_id in ("SEC-1", "SEC-2", "SEC-3"):
        case = create_case(db, actor, NewCase(study_id, "LUAD"))
        add_to_agenda(db, actor, meeting.id, case.id)
    draft = RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "None.", meeting_id=meeting.id)
    record_recommendation(db, actor, "SEC-1", draft, final=True)
    return meeting.id


def test_minutes_take_location_minute_taker_and_language_from_the_dialog(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    meeting_id = board(db, actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    exporter = window.screens.exporter
    exporter.show_previews = False
    dialog = window.screens.export_minutes(get_meeting(db, meeting_id))
    assert isinstance(dialog, MeetingExportDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.location.setText("Rikshospitalet, møterom 3")
    dialog.minute_taker.setText("Sekretær Synnøve")
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(exporter.document_did_export, timeout=30_000) as done:
        dialog._confirm()
    reader = PdfReader(io.BytesIO(Path(done.args[0]).read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Rikshospitalet, møterom 3" in text
    assert "Sekretær Synnøve" in text
    assert "Referent" in text  # bokmål, as chosen in the dialog
    assert get_meeting(db, meeting_id).minute_taker == "Sekretær Synnøve"
    assert process_until_idle()


def test_decisions_table_counts_decided_cases_and_asks_before_replacing(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    meeting_id = board(db, actor)
    settings.set_value(settings.KEY_EXPORT_FOLDER, str(tmp_path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    messages: list[str] = []
    window.screens.exporter.status_message.connect(messages.append)
    meeting = get_meeting(db, meeting_id)
    dialog = window.screens.export_table(meeting)
    with qtbot.waitSignal(window.screens.exporter.document_did_export, timeout=30_000) as done:
        dialog._confirm()
    path = Path(done.args[0])
    assert messages[-1].startswith("1 decided of 3 agenda case(s)")
    before = path.stat().st_mtime_ns
    again = window.screens.export_table(meeting)
    assert isinstance(again, MeetingExportDialog)
    again._confirm()
    question = again.overwrite_question
    assert question is not None
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter keeps the old file
    assert process_until_idle()
    assert path.stat().st_mtime_ns == before
    assert process_until_idle()
