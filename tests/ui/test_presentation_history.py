"""Presentation mode at 1280x720 shows what this board did before for each case's key
findings, in the presentation's large type and inside the window, and the next case (loaded
in the background) brings its own history, never the previous case's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.cases import get_case
from mtb_desk.services.demo import load_demo
from mtb_desk.services.meetings import add_to_agenda, create_meeting
from mtb_desk.services.permissions import Actor
from ui.context import AppContext
from ui.meetings.data import load_meeting
from ui.meetings.presentation import BOARD_LINES, PresentationWindow
from ui.ops.op import process_until_idle


def presented(qtbot: QtBot, db: Database, actor: Actor, context: AppContext) -> PresentationWindow:
    load_demo(db, actor)
    meeting = create_meeting(db, actor, dt.date.today(), "MTB history")
    for study_id in ("DEMO-001", "DEMO-003"):
        add_to_agenda(db, actor, meeting.id, get_case(db, study_id).id)
    window = PresentationWindow(context, load_meeting(db, meeting.id))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.case_did_show, timeout=10_000):
        window.start(0)
    return window


def test_presentation_shows_what_this_board_did_before(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    window = presented(qtbot, db, actor, context)
    assert window.board.lines.text() == "No earlier case with these alterations."
    assert process_until_idle()  # the next case is prefetched meanwhile (after the paint)
    assert 1 in window._prefetched
    with qtbot.waitSignal(window.case_did_show, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    text = window.board.lines.text()
    assert text == "• 1 earlier case with CDKN2A deletion: 1 treated in CDK-PALBOCICLIB"
    assert "DEMO-010" in window.board.lines.toolTip()  # which case, for whoever asks
    board = window.board
    assert board.isVisible()
    inside = QRect(board.mapTo(window, board.rect().topLeft()), board.size())
    assert window.rect().contains(inside)  # not cut off at 1280x720
    base = QApplication.font().pointSizeF()
    assert board.lines.font().pointSizeF() >= 1.5 * base  # the presentation's large type
    assert board.lines.fontMetrics().horizontalAdvance(text) < board.lines.width()  # one line
    with qtbot.waitSignal(window.case_did_show, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.board.lines.text() == "No earlier case with these alterations."
    window.close()
    assert process_until_idle()


def test_many_findings_with_history_are_counted_not_crowded(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    from mtb_desk.services.board_history import EarlierCase, FindingHistory

    window = presented(qtbot, db, actor, context)
    earlier = (EarlierCase("DEMO-X", "COAD", True, None, "COH-A", "benefit"),)
    histories = tuple(
        FindingHistory(n, f"GENE{n} V600E", earlier, "", "COAD")
        for n in range(BOARD_LINES + 2)
    )
    window.board.show_histories(histories)
    lines = window.board.lines.text().split("<br>")
    assert len(lines) == BOARD_LINES + 1
    assert lines[-1] == "… and 2 more alteration(s) with earlier cases"
    assert lines[0] == (
        "• 1 earlier case with GENE0 V600E in COAD: 1 treated in COH-A, "
        "1 with disease control at week 16"
    )
    window.board.show_histories(None)
    assert window.board.lines.text() == "What this board did before could not be loaded."
    window.close()
    assert process_until_idle()


def test_the_history_is_said_in_bokmal(
    qtbot: QtBot, qapp: QApplication, db: Database, actor: Actor, context: AppContext
) -> None:
    from ui import translation

    translation.install(qapp, "nb")
    try:
        window = presented(qtbot, db, actor, context)
        with qtbot.waitSignal(window.case_did_show, timeout=10_000):
            qtbot.keyClick(window, Qt.Key.Key_Right)
        assert window.board.heading.text() == "<b>Hva dette MTB-et har gjort før</b>"
        assert window.board.lines.text() == (
            "• 1 tidligere sak med CDKN2A-delesjon: 1 behandlet i CDK-PALBOCICLIB"
        )
        window.close()
        assert process_until_idle()
    finally:
        translation.install(qapp, "en")


def test_a_study_nurse_sees_the_board_history_but_may_not_decide(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: object, context_for: object
) -> None:
    from mtb_desk.domain.enums import Role

    nurse = make_actor("nurse", Role.STUDY_NURSE)  # type: ignore[operator]
    window = presented(qtbot, db, actor, context_for(nurse))  # type: ignore[operator]
    assert window.board.lines.text() == "No earlier case with these alterations."
    for button, why in ((window.decision.finalise, "may not finalise recommendations"),
                        (window.decision.defer, "may not manage meetings")):
        assert not button.isEnabled()
        assert why in button.toolTip()  # fmt: skip
    window.close()
    assert process_until_idle()
