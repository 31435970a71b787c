"""The menu bar: File, View, Help. Later screens (meetings, cohorts, export) add their own
menus through `MainWindow.add_screen` and `MainWindow.menuBar()`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.translation import LANGUAGES
from ui.window.actions import MainActions


def build_menus(
    window: QMainWindow,
    actions: MainActions,
    *,
    docks: Sequence[QAction],
    language: str,
    choose_language: Callable[[str], None],
) -> QMenu:
    """Fill the menu bar; returns the "Recent databases" menu for the window to refill."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.open_sqlite)
    file_menu.addAction(actions.connect_postgres)
    file_menu.addAction(actions.open_demo)
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    file_menu.addSeparator()
    file_menu.addAction(actions.import_report)
    file_menu.addAction(actions.export_decision)
    file_menu.addAction(actions.sign_meeting)
    file_menu.addAction(actions.export_fhir)
    file_menu.addAction(actions.export_phenopacket)
    file_menu.addAction(actions.verify_pdf)
    file_menu.addSeparator()
    file_menu.addAction(actions.switch_user)
    file_menu.addAction(actions.close_tab)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in (
        actions.show_worklist,
        actions.show_meetings,
        actions.show_cohorts,
        actions.presentation,
        actions.find,
        actions.refresh,
    ):
        view.addAction(action)
    view.addAction(actions.next_tab)
    view.addAction(actions.previous_tab)
    view.addSeparator()
    for action in docks:
        view.addAction(action)
    view.addSeparator()
    languages = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(languages)
    for code, name in LANGUAGES.items():
        item = languages.addAction(name)
        item.setCheckable(True)
        item.setChecked(code == language)
        item.triggered.connect(lambda _c=False, c=code: choose_language(c))
        group.addAction(item)
    view.addAction(actions.full_screen)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)
    return recent
