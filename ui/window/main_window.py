"""The main window: tabs (worklist, open cases, later meetings and cohorts), menus, docks."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from mtb_desk.domain.records import CaseDetail, CaseSummary, Page
from mtb_desk.services.worklist import CaseQuery, list_cases
from ui import settings
from ui.about import show_about
from ui.case.matches import MatchProvider
from ui.case.view import CaseView
from ui.context import AppContext, Changes
from ui.ops.op import Op
from ui.window.actions import create_actions
from ui.window.docks import HistoryDock
from ui.window.menus import build_menus
from ui.worklist.model import WorklistTableModel
from ui.worklist.view import WorklistView

STATUS_TIMEOUT_MS = 5000


class MainWindow(QMainWindow):
    """Owns no database logic: it wires screens to the `AppContext` it is given.

    `database_wanted(url_or_None, demo)` and `user_switch_wanted()` are handled by the
    start-up controller, which opens databases and logs users in."""

    database_wanted = Signal(object, bool)
    user_switch_wanted = Signal()
    language_wanted = Signal(str)
    window_did_close = Signal()

    def __init__(
        self,
        context: AppContext,
        *,
        language: str = "en",
        match_provider: MatchProvider | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context = context
        self.match_provider = match_provider
        self.commands = create_actions(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.setCentralWidget(self.tabs)
        self.history = HistoryDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self.history.hide()
        self.identity = QLabel()
        self.statusBar().addPermanentWidget(self.identity)
        self.recent_menu = build_menus(
            self,
            self.commands,
            docks=[self.history.toggleViewAction()],
            language=language,
            choose_language=self.language_wanted.emit,
        )
        self.worklist_model = WorklistTableModel(self._fetch_page, self)
        self.worklist = WorklistView(self.worklist_model)
        self.tabs.addTab(self.worklist, self.tr("Worklist"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        from ui.window.screens import Screens

        self.screens = Screens(self)
        from ui.followup.screens import FollowUpScreens

        self.followup = FollowUpScreens(self)
        self._connect()
        self.set_context(context)

    # -- wiring -----------------------------------------------------------------
    def _connect(self) -> None:
        a = self.commands
        a.open_sqlite.triggered.connect(lambda: self.database_wanted.emit("sqlite-file", False))
        a.connect_postgres.triggered.connect(lambda: self.database_wanted.emit("postgres", False))
        a.open_demo.triggered.connect(lambda: self.database_wanted.emit(None, True))
        a.switch_user.triggered.connect(self.user_switch_wanted)
        a.close_tab.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        a.quit.triggered.connect(self.close)
        a.show_worklist.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a.find.triggered.connect(self._find)
        a.refresh.triggered.connect(self.refresh)
        a.next_tab.triggered.connect(lambda: self._step_tab(1))
        a.previous_tab.triggered.connect(lambda: self._step_tab(-1))
        a.full_screen.toggled.connect(self._full_screen)
        a.about.triggered.connect(lambda: show_about(self, self.context))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.worklist.case_was_chosen.connect(self.open_case)
        self.worklist_model.counts_did_change.connect(self._worklist_counts)
        self.history.visibilityChanged.connect(lambda _v: self._tab_changed(-1))
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def set_context(self, context: AppContext) -> None:
        """Show another database or user: close case tabs, reload the worklist."""
        self.context = context
        context.bus.changes_did_happen.connect(self._changes_happened)
        while self.tabs.count() > 1:
            self.close_tab(1)
        location = context.database.display_location
        self.setWindowTitle(f"MTB Desk — {location}")
        self.identity.setText(
            self.tr("%1 · %2").replace("%1", context.actor.username).replace("%2", location)
        )
        self.worklist_model.refresh()
        self._load_filters()
        self.screens.context_did_change()
        self.followup.context_did_change()

    def _fetch_page(self, query: CaseQuery) -> Page[CaseSummary]:
        return list_cases(self.context.database, query)

    def _load_filters(self) -> None:
        from mtb_desk.services.hospitals import list_hospitals
        from mtb_desk.services.meetings import list_meetings

        database = self.context.database
        Op(self, lambda _p: list_hospitals(database)).success(self.worklist.set_hospitals).run()
        Op(self, lambda _p: list_meetings(database)).success(self.worklist.set_meetings).run()

    # -- screens ----------------------------------------------------------------
    def add_screen(self, title: str, widget: QWidget, *, closable: bool = True) -> int:
        """The seam for later screens (meetings, presentation mode, cohorts, exports)."""
        index = self.tabs.addTab(widget, title)
        if not closable:
            bar = self.tabs.tabBar()
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(index)
        return index

    def case_view(self, case_id: int) -> CaseView | None:
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CaseView) and widget.case_id == case_id:
                return widget
        return None

    def open_case(self, case_id: int) -> CaseView:
        existing = self.case_view(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        view = CaseView(self.context, case_id, match_provider=self.match_provider)
        summary_row = self.worklist_model.row_of_case(case_id)
        summary = self.worklist_model.case_at(summary_row) if summary_row is not None else None
        self.add_screen(summary.study_id if summary else self.tr("Case"), view)
        view.case_did_load.connect(lambda case: self._case_loaded(view, case))
        view.status_message.connect(self.show_message)
        view.sign_wanted.connect(self.screens.export_decision_of)
        self.followup.attach_case(view)
        view.load()
        return view

    def _case_loaded(self, view: CaseView, case: CaseDetail) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            study_id = case.study_id
            self.tabs.setTabText(index, study_id)
            self.show_message(self.tr("Opened case %1").replace("%1", study_id))
            self._tab_changed(index)

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, CaseView):
            current.load()
        elif not self.screens.refresh(current):
            self.worklist_model.refresh()
        self.show_message(self.tr("Refreshed"))

    def _changes_happened(self, changes: Changes) -> None:
        if changes.cases or changes.meetings:
            self.worklist_model.refresh()

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        case = current.case if isinstance(current, CaseView) else None
        self.history.show_case(self.context, case.study_id if case else None)

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.worklist.focus_search()

    def _full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _worklist_counts(self, loaded: int, total: int) -> None:
        del loaded
        self.show_message(self.tr("%n case(s) in the worklist", "", total))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for url in settings.recent_databases():
            action = self.recent_menu.addAction(url)
            action.triggered.connect(lambda _c=False, u=url: self.database_wanted.emit(u, False))
        self.recent_menu.setEnabled(True)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # -- window state -----------------------------------------------------------
    def restore_state(self) -> None:
        store = settings.settings()
        geometry, state = store.value("main_window/geometry"), store.value("main_window/state")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            settings.keep_on_screen(self)
        else:
            settings.fit_to_screen(self, 1360, 860)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        store = settings.settings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        super().closeEvent(event)
        self.window_did_close.emit()
