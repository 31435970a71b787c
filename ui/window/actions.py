"""Every menu command as a QAction with its shortcut, created once per main window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainActions", text)


@dataclass(frozen=True)
class MainActions:
    open_sqlite: QAction
    connect_postgres: QAction
    open_demo: QAction
    switch_user: QAction
    close_tab: QAction
    quit: QAction
    show_worklist: QAction
    find: QAction
    refresh: QAction
    next_tab: QAction
    previous_tab: QAction
    full_screen: QAction
    about: QAction


def _action(
    parent: QObject, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def create_actions(parent: QObject) -> MainActions:
    standard = QKeySequence.StandardKey
    actions = MainActions(
        open_sqlite=_action(parent, _tr("&Open SQLite database…"), standard.Open),
        connect_postgres=_action(parent, _tr("&Connect to PostgreSQL…"), "Ctrl+Shift+O"),
        open_demo=_action(parent, _tr("Open the &demo database"), None),
        switch_user=_action(parent, _tr("Log in as another &user…"), "Ctrl+Shift+L"),
        close_tab=_action(parent, _tr("&Close case"), standard.Close),
        quit=_action(parent, _tr("&Quit"), standard.Quit),
        show_worklist=_action(parent, _tr("&Worklist"), "Ctrl+1"),
        find=_action(parent, _tr("&Find case"), standard.Find),
        refresh=_action(parent, _tr("&Refresh"), standard.Refresh),
        next_tab=_action(parent, _tr("&Next tab"), "Ctrl+Tab"),
        previous_tab=_action(parent, _tr("&Previous tab"), "Ctrl+Shift+Tab"),
        full_screen=_action(parent, _tr("&Full screen"), standard.FullScreen),
        about=_action(parent, _tr("&About MTB Desk"), None),
    )
    actions.full_screen.setCheckable(True)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    for action in (actions.open_sqlite, actions.find, actions.refresh):
        action.setStatusTip(action.text().replace("&", "").rstrip("…"))
    return actions
