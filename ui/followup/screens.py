"""The follow-up menu of the main window: enrolling a case in a cohort, a case's follow-up,
the due list, the funnel and the supply agreements, each opened once as a tab and reused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.case.view import CaseView
from ui.cohorts.enrolling import EnrolmentFlow

if TYPE_CHECKING:
    from ui.cohorts.enrol_dialog import EnrolDialog
    from ui.followup.funnel_view import FunnelView
    from ui.followup.lists import DueListView, SupplyView
    from ui.followup.panel import FollowUpView
    from ui.window.main_window import MainWindow


class FollowUpScreens(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.due: DueListView | None = None
        self.funnel: FunnelView | None = None
        self.supply: SupplyView | None = None
        self.cases: dict[str, FollowUpView] = {}
        bar = window.menuBar()
        menu = bar.addMenu(self.tr("F&ollow-up"))
        entries = bar.actions()
        if len(entries) > 1:  # before Help, which stays last
            bar.insertAction(entries[-2], menu.menuAction())
        menu.setToolTipsVisible(True)  # a disabled entry says why
        self.enrolling = EnrolmentFlow(window.context, window)
        self.enrolling.followup_wanted.connect(self.start_treatment)
        self.enrolling.status_message.connect(window.show_message)
        self.actions: dict[str, QAction] = {}
        for name, text, shortcut, slot in (
            ("enrol", self.tr("&Enrol in cohort…"), "Ctrl+Shift+N", self.enrol_current),
            ("case", self.tr("Follow-up of this &case"), "Ctrl+Shift+F", self.show_current),
            ("due", self.tr("&Visits due"), "Ctrl+4", self.show_due),
            ("funnel", self.tr("Trial &funnel"), "Ctrl+5", self.show_funnel),
            ("supply", self.tr("&Supply agreements"), "Ctrl+6", self.show_supply),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[name] = action

    def context_did_change(self) -> None:
        """Another database or user: the screens built for the old one are closed."""
        self.due = self.funnel = self.supply = None
        self.cases = {}
        self.enrolling.context = self.window.context
        why_not = EnrolmentFlow.why_not(self.window.context)
        enrol = self.actions["enrol"]
        enrol.setEnabled(why_not is None)
        enrol.setToolTip(why_not or enrol.text().replace("&", ""))

    # -- enrolling ----------------------------------------------------------------
    def attach_case(self, view: CaseView) -> QAction:
        """"Enrol in cohort…" on the case view's matches (right-click), for the chosen match."""
        action = QAction(self.tr("Enrol in cohort…"), view.matches_table)
        why_not = EnrolmentFlow.why_not(self.window.context)
        action.setEnabled(why_not is None)
        action.setToolTip(why_not or "")
        action.triggered.connect(lambda: self.enrol_case(view))
        view.matches_table.addAction(action)
        view.matches_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def enrol_current(self) -> EnrolDialog:
        """From a case: that case and its chosen match (or recommendation); else a blank form."""
        current = self.window.tabs.currentWidget()
        if isinstance(current, CaseView) and current.case is not None:
            return self.enrol_case(current)
        cohorts = self.window.screens.cohorts
        code = cohorts.current_code() if cohorts is not None and current is cohorts else None
        return self.enrolling.ask(cohort=code)

    def enrol_case(self, view: CaseView) -> EnrolDialog:
        rows = view.matches_table.selectionModel().selectedRows()
        match = view.matches_model.match(rows[0].row()) if rows else None
        impress = match is not None and getattr(match, "source", "impress") == "impress"
        study_id = view.case.study_id if view.case is not None else None
        return self.enrolling.ask(cohort=match.cohort if impress and match else None,
                                  study_id=study_id)  # fmt: skip

    def start_treatment(self, study_id: str) -> FollowUpView:
        """After an enrolment: the case's follow-up, with the start dialog once it has loaded."""
        view = self.show_case(study_id)

        def ask(_data: object) -> None:
            view.followup_did_load.disconnect(ask)
            view.ask_start()

        view.followup_did_load.connect(ask)
        if view.data is not None:
            view.load()
        return view

    def _show(self, widget: QWidget | None) -> bool:
        if widget is None or self.window.tabs.indexOf(widget) < 0:
            return False
        self.window.tabs.setCurrentWidget(widget)
        return True

    def show_current(self) -> FollowUpView | None:
        current = self.window.tabs.currentWidget()
        if isinstance(current, CaseView) and current.case is not None:
            return self.show_case(current.case.study_id)
        study_id, ok = QInputDialog.getText(self.window, self.tr("Follow-up"), self.tr("Study id"))
        return self.show_case(study_id.strip()) if ok and study_id.strip() else None

    def show_case(self, study_id: str) -> FollowUpView:
        existing = self.cases.get(study_id)
        if existing is not None and self._show(existing):
            return existing
        from ui.followup.panel import FollowUpView

        view = FollowUpView(self.window.context, study_id)
        view.status_message.connect(self.window.show_message)
        self.cases[study_id] = view
        self.window.add_screen(self.tr("Follow-up %1").replace("%1", study_id), view)
        view.load()
        return view

    def show_due(self) -> DueListView:
        if self.due is not None and self._show(self.due):
            return self.due
        from ui.followup.lists import DueListView

        view = DueListView(self.window.context)
        view.followup_wanted.connect(self.show_case)
        self.due = view
        self.window.add_screen(self.tr("Visits due"), view)
        view.load_hospitals()
        view.refresh()
        return view

    def show_funnel(self) -> FunnelView:
        if self.funnel is not None and self._show(self.funnel):
            return self.funnel
        from ui.followup.funnel_view import FunnelView

        view = FunnelView(self.window.context)
        self.funnel = view
        self.window.add_screen(self.tr("Funnel"), view)
        view.refresh()
        return view

    def show_supply(self) -> SupplyView:
        if self.supply is not None and self._show(self.supply):
            return self.supply
        from ui.followup.lists import SupplyView

        view = SupplyView(self.window.context)
        self.supply = view
        self.window.add_screen(self.tr("Supply agreements"), view)
        view.refresh()
        return view
