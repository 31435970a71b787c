"""Every menu command as a QAction with its shortcut, created once per main window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


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
    import_report: QAction
    export_decision: QAction
    export_fhir: QAction
    export_phenopacket: QAction
    verify_pdf: QAction
    show_meetings: QAction
    show_cohorts: QAction
    presentation: QAction
    sign_meeting: QAction


def _action(
    parent: QObject, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def _later_actions(parent: QObject) -> dict[str, QAction]:
    return {
        "import_report": _action(
            parent, QCoreApplication.translate("MainActions", "&Import report…"), "Ctrl+I"
        ),
        "export_decision": _action(
            parent,
            QCoreApplication.translate("MainActions", "&Export and sign decision…"),
            "Ctrl+E",
        ),
        "export_fhir": _action(
            parent, QCoreApplication.translate("MainActions", "Export &FHIR bundle"), None
        ),
        "export_phenopacket": _action(
            parent, QCoreApplication.translate("MainActions", "Export p&henopacket"), None
        ),
        "verify_pdf": _action(
            parent, QCoreApplication.translate("MainActions", "&Verify PDF…"), None
        ),
        "show_meetings": _action(
            parent, QCoreApplication.translate("MainActions", "&Meetings"), "Ctrl+2"
        ),
        "show_cohorts": _action(
            parent, QCoreApplication.translate("MainActions", "C&ohorts and drugs"), "Ctrl+3"
        ),
        "sign_meeting": _action(
            parent,
            QCoreApplication.translate("MainActions", "Sign the meeting's &final decisions…"),
            "Ctrl+Shift+S",
        ),
        "presentation": _action(
            parent, QCoreApplication.translate("MainActions", "&Presentation mode"), "Shift+F5"
        ),
    }


def create_actions(parent: QObject) -> MainActions:
    standard = QKeySequence.StandardKey
    actions = MainActions(
        open_sqlite=_action(
            parent,
            QCoreApplication.translate("MainActions", "&Open SQLite database…"),
            standard.Open,
        ),
        connect_postgres=_action(
            parent,
            QCoreApplication.translate("MainActions", "&Connect to PostgreSQL…"),
            "Ctrl+Shift+O",
        ),
        open_demo=_action(
            parent, QCoreApplication.translate("MainActions", "Open the &demo database"), None
        ),
        switch_user=_action(
            parent,
            QCoreApplication.translate("MainActions", "Log in as another &user…"),
            "Ctrl+Shift+L",
        ),
        close_tab=_action(
            parent, QCoreApplication.translate("MainActions", "&Close case"), standard.Close
        ),
        quit=_action(parent, QCoreApplication.translate("MainActions", "&Quit"), standard.Quit),
        show_worklist=_action(
            parent, QCoreApplication.translate("MainActions", "&Worklist"), "Ctrl+1"
        ),
        find=_action(
            parent, QCoreApplication.translate("MainActions", "&Find case"), standard.Find
        ),
        refresh=_action(
            parent, QCoreApplication.translate("MainActions", "&Refresh"), standard.Refresh
        ),
        next_tab=_action(
            parent, QCoreApplication.translate("MainActions", "&Next tab"), "Ctrl+Tab"
        ),
        previous_tab=_action(
            parent, QCoreApplication.translate("MainActions", "&Previous tab"), "Ctrl+Shift+Tab"
        ),
        full_screen=_action(
            parent, QCoreApplication.translate("MainActions", "&Full screen"), standard.FullScreen
        ),
        about=_action(parent, QCoreApplication.translate("MainActions", "&About MTB Desk"), None),
        **_later_actions(parent),
    )
    actions.full_screen.setCheckable(True)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    for action in (actions.open_sqlite, actions.find, actions.refresh):
        action.setStatusTip(action.text().replace("&", "").rstrip("…"))
    return actions
