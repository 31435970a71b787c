"""Every shortcut means one thing: no two actions that can be active together share a key
(the old defect: Presentation mode and Refresh both on F5, so F5 did nothing)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.meetings import add_to_agenda, create_meeting
from mtb_desk.services.permissions import Actor
from ui.context import AppContext
from ui.meetings.data import load_meeting
from ui.meetings.presentation import PresentationWindow
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow


def clashes(owner: QWidget) -> dict[str, list[str]]:
    """Key → action texts, for keys bound twice within one scope (window, or one widget)."""
    scopes: dict[tuple[int, str], list[str]] = defaultdict(list)
    for action in owner.findChildren(QAction):
        widget_only = action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
        holders = action.associatedObjects() if widget_only else [None]
        for key in action.shortcuts():
            for holder in holders:
                scopes[(id(holder) if holder else 0, key.toString())].append(action.text())
    window_keys = {key for (scope, key) in scopes if scope == 0}
    for (scope, key), texts in list(scopes.items()):
        if scope and key in window_keys:  # a widget's key hides a window-wide one
            texts += scopes[(0, key)]
    return {key: texts for (_scope, key), texts in scopes.items() if len(texts) > 1}


def test_no_shortcut_is_bound_twice_in_any_window(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    case = create_case(db, actor, NewCase("KEY-1", "LUAD"))
    meeting = create_meeting(db, actor, dt.date(2026, 6, 1), "Keys board")
    add_to_agenda(db, actor, meeting.id, case.id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_case(case.id)
    window.screens.show_meetings()
    window.screens.show_cohorts()
    presentation = PresentationWindow(context, load_meeting(db, meeting.id), parent=window)
    assert process_until_idle()
    keys = {k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()}
    assert {"F5", "Shift+F5", "Ctrl+M", "Ctrl+Return", "Ctrl+Shift+S"} <= keys
    assert clashes(window) == {}
    assert clashes(presentation) == {}
    presentation.close()
