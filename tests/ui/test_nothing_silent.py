"""Nothing silent: each kind of operation failure ends in a message a person can see, over
the window the operation belongs to (wrong password, closed meeting, conflict, lost
connection), and nothing is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from mtb_desk.db.engine import Database, create_database_engine
from mtb_desk.domain.enums import MeetingStatus, RecommendationOutcome, RecommendationState
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import add_to_agenda, create_meeting, set_meeting_status
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)
from ui.case.view import CaseView
from ui.context import AppContext, ChangeBus
from ui.documents.exporting import DocumentExporter
from ui.errors import owner_window, visible_errors
from ui.ops.op import process_until_idle


def window_with_exporter(qtbot: QtBot, context: AppContext) -> tuple[QMainWindow, DocumentExporter]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    exporter = DocumentExporter(context, window)  # a QObject owner, not a widget
    exporter.show_previews = False
    return window, exporter


def wait_for_error(qtbot: QtBot, words: str) -> str:
    qtbot.waitUntil(lambda: any(words in t for t in visible_errors()), timeout=15_000)
    return next(t for t in visible_errors() if words in t)


def final_decision(db: Database, actor: Actor, study_id: str) -> None:
    create_case(db, actor, NewCase(study_id, "LUAD"))
    draft = RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "No target (synthetic).")
    record_recommendation(db, actor, study_id, draft, final=True)


def test_wrong_password_is_shown_over_the_window_and_nothing_is_signed(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    final_decision(db, actor, "PW-1")
    credential = tmp_path / "chair.p12"
    create_self_signed_credential("Dr. Chair", credential, "right-password")
    window, exporter = window_with_exporter(qtbot, context)
    dialog = exporter.ask_decision("PW-1")
    dialog.credential.setText(str(credential))
    dialog.password.setText("wrong-password")
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.sign_button.click()
    text = wait_for_error(qtbot, "password")
    assert text
    assert recommendation_history(db, "PW-1")[0].state is RecommendationState.FINAL
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert owner_window(exporter) is window


def test_a_closed_meeting_refuses_a_decision_in_words(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    case = create_case(db, actor, NewCase("CL-1", "LUAD"))
    meeting = create_meeting(db, actor, dt.date(2026, 5, 4), "Closed board")
    add_to_agenda(db, actor, meeting.id, case.id)
    set_meeting_status(db, actor, meeting.id, MeetingStatus.CLOSED)
    view = CaseView(context, case.id)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.recommending.history_did_load):
        view.load()
    view.recommending.meeting_id = meeting.id
    view.recommendation.rationale.setPlainText("Decided after the meeting closed.")
    view.recommendation.save.click()
    assert "closed" in wait_for_error(qtbot, "reopen it")
    assert recommendation_history(db, "CL-1") == []


def test_a_lost_connection_is_named_plainly(
    qtbot: QtBot, db: Database, actor: Actor, tmp_path: Path
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/gone?connect_timeout=2"
    engine = create_database_engine(url)  # a server that is not there (any more)
    gone = Database(url, engine, sessionmaker(engine), sessionmaker(engine))
    window, exporter = window_with_exporter(qtbot, AppContext(gone, actor, ChangeBus()))
    from ui.documents.sign_dialog import SignRequest

    exporter.export_decision("ANY-1", SignRequest(None, "", None, "en", tmp_path))
    assert "connection to the database was lost" in wait_for_error(qtbot, "connection")
    assert process_until_idle()
    engine.dispose()
    assert window.isVisible()


def test_a_conflict_opens_a_visible_dialog(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    case = create_case(db, actor, NewCase("CF-1", "LUAD"))
    record_recommendation(
        db, actor, "CF-1", RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "First.")
    )
    view = CaseView(context, case.id)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.recommending.history_did_load):
        view.load()
    record_recommendation(
        db, actor, "CF-1", RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "Theirs.")
    )
    view.recommendation.rationale.setPlainText("Mine.")
    with qtbot.waitSignal(view.recommending.conflict_did_open) as opened:
        view.recommendation.save.click()
    assert opened.args[0].isVisible()
    assert recommendation_history(db, "CF-1")[0].rationale == "Theirs."
    opened.args[0].reject()
