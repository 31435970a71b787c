"""The main window: Refresh reloads whichever screen is in front (no attribute probing)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from ui.context import AppContext
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow


def test_refresh_reloads_the_screen_in_front(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    load_demo(db, actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert process_until_idle()
    assert not window.screens.refresh(window.worklist)
    meetings = window.screens.show_meetings()
    assert process_until_idle()
    meetings.meetings.clear()
    window.refresh()  # the meetings screen is in front: it reloads its list
    assert process_until_idle()
    assert meetings.meetings.count() == 1
    cohorts = window.screens.show_cohorts()
    assert process_until_idle()
    assert window.tabs.currentWidget() is cohorts
    assert window.screens.refresh(cohorts)
    assert process_until_idle()
    assert cohorts.overview is not None
    window.open_case(window.worklist_model.case_at(0).id)  # type: ignore[union-attr]
    assert process_until_idle()
    window.refresh()
    assert process_until_idle()
    assert window.statusBar().currentMessage()
