"""Signing a meeting's final decisions in one step: one password, the list, a result per
case; a wrong password signs nothing and says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.reports.signing import create_self_signed_credential
from mtb_desk.reports.verification import verify_pdf
from mtb_desk.services.batch_signing import decisions_to_sign
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import add_to_agenda, create_meeting
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)
from ui import settings
from ui.context import AppContext
from ui.documents.batch_sign import BatchSignDialog
from ui.documents.sign_dialog import remember_credential
from ui.errors import visible_errors
from ui.ops.op import process_until_idle


def board(db: Database, actor: Actor) -> int:
    """Three cases at one meeting: two final decisions and one draft."""
    meeting = create_meeting(db, actor, dt.date(2026, 6, 1), "June board")
    for number, final in ((1, True), (2, True), (3, False)):
        study_id = f"BATCH-{number}"
        case = create_case(db, actor, NewCase(study_id, "LUAD"))
        add_to_agenda(db, actor, meeting.id, case.id)
        draft = RecommendationDraft(
            RecommendationOutcome.NO_ACTIONABLE, f"No target ({number}).", meeting_id=meeting.id
        )
        record_recommendation(db, actor, study_id, draft, final=final)
    return meeting.id


def open_dialog(
    qtbot: QtBot, context: AppContext, meeting_id: int, parent: QWidget
) -> BatchSignDialog:
    parent.show()
    dialog = BatchSignDialog(context, meeting_id, "June board", parent)
    dialog.open()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.cases.count() == 3)
    return dialog


def test_one_password_signs_every_final_decision(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    meeting_id = board(db, actor)
    credential = tmp_path / "chair.p12"
    chair = create_self_signed_credential("Dr. Batch Chair", credential, "pw")
    remember_credential(actor.username, str(credential))
    settings.set_value(settings.KEY_EXPORT_FOLDER, str(tmp_path / "out"))
    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, context, meeting_id, window)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CHAIR.value))
    assert dialog.ticked() == ["BATCH-1", "BATCH-2"]  # the draft waits, and says why
    assert "draft" in dialog.cases.item(2).text()
    qtbot.waitUntil(lambda: dialog.password.hasFocus())
    qtbot.keyClicks(dialog.password, "pw")
    with qtbot.waitSignal(dialog.batch_did_finish, timeout=60_000) as finished:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    results = finished.args[0]
    assert [(r.study_id, r.ok) for r in results] == [("BATCH-1", True), ("BATCH-2", True)]
    assert dialog.cases.item(0).text().startswith("✓ ")
    for study_id in ("BATCH-1", "BATCH-2"):
        (latest,) = recommendation_history(db, study_id)
        assert [s.signer_role for s in latest.signatures] == ["chair"]
    pdfs = sorted((tmp_path / "out").glob("decision-*.pdf"))
    assert len(pdfs) == 2
    for pdf in pdfs:
        assert verify_pdf(pdf.read_bytes(), [chair.certificate_pem]).valid
    assert not [d.study_id for d in decisions_to_sign(db, meeting_id) if d.ready_for(Role.CHAIR)]
    assert process_until_idle()


def test_a_wrong_password_signs_nothing_and_says_so(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    meeting_id = board(db, actor)
    credential = tmp_path / "chair.p12"
    create_self_signed_credential("Dr. Batch Chair", credential, "pw")
    remember_credential(actor.username, str(credential))
    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_dialog(qtbot, context, meeting_id, window)
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("password" in t for t in visible_errors()), timeout=15_000)
    assert dialog.note.text() == "Nothing was signed."
    for study_id in ("BATCH-1", "BATCH-2"):
        assert recommendation_history(db, study_id)[0].state is RecommendationState.FINAL
        assert recommendation_history(db, study_id)[0].signatures == ()
    assert process_until_idle()
