"""The second half of the main window: meetings, presentation mode, cohorts, import, export.

Created by `MainWindow` with its actions; screens are opened as tabs through
`MainWindow.add_screen` the first time they are wanted, then reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui import settings
from ui.case.view import CaseView
from ui.context import AppContext

if TYPE_CHECKING:  # the screens themselves load when first wanted, keeping start-up short
    from mtb_desk.services.meetings import MeetingDetail
    from ui.cohorts.view import CohortsView
    from ui.documents.exporting import DocumentExporter
    from ui.meetings.data import MeetingWithDecisions
    from ui.meetings.presentation import PresentationWindow
    from ui.meetings.view import MeetingsView
    from ui.window.main_window import MainWindow


class Screens(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.meetings: MeetingsView | None = None
        self.cohorts: CohortsView | None = None
        self.presentation: PresentationWindow | None = None
        self._exporter: DocumentExporter | None = None
        a = window.commands
        a.show_meetings.triggered.connect(self.show_meetings)
        a.show_cohorts.triggered.connect(self.show_cohorts)
        a.presentation.triggered.connect(self.present_current)
        a.import_report.triggered.connect(self.import_report)
        a.export_decision.triggered.connect(self.export_decision)
        a.export_fhir.triggered.connect(lambda: self.export_standard("fhir"))
        a.export_phenopacket.triggered.connect(lambda: self.export_standard("phenopacket"))
        a.verify_pdf.triggered.connect(self.verify_pdf)
        a.sign_meeting.triggered.connect(self.sign_meeting)

    @property
    def context(self) -> AppContext:
        return self.window.context

    @property
    def exporter(self) -> DocumentExporter:
        if self._exporter is None:
            from ui.documents.exporting import DocumentExporter

            self._exporter = DocumentExporter(self.context, self.window)
            self._exporter.status_message.connect(self.window.show_message)
        return self._exporter

    def context_did_change(self) -> None:
        """Another database or user: screens built for the old one are closed."""
        for screen in (self.meetings, self.cohorts):
            if screen is not None:
                index = self.window.tabs.indexOf(screen)
                if index >= 0:
                    self.window.close_tab(index)
        self.meetings = self.cohorts = None
        if self._exporter is not None:
            self._exporter.context = self.context
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        from mtb_desk.services.permissions import Action
        from ui.ops.op import refusal_text

        actor, a = self.context.actor, self.window.commands
        for action, needed in ((a.import_report, Action.IMPORT_REPORT),
                               (a.export_decision, Action.EXPORT),
                               (a.sign_meeting, Action.EXPORT),
                               (a.export_fhir, Action.EXPORT),
                               (a.export_phenopacket, Action.EXPORT)):  # fmt: skip
            why_not = refusal_text(actor, needed)
            action.setEnabled(why_not is None)
            action.setToolTip(why_not or action.text().replace("&", ""))

    def _show(self, widget: QWidget | None, title: str) -> bool:
        """Bring an open screen to the front; False when it is not open (any more)."""
        if widget is None or self.window.tabs.indexOf(widget) < 0:
            return False
        self.window.tabs.setCurrentWidget(widget)
        self.window.tabs.setTabText(self.window.tabs.indexOf(widget), title)
        return True

    def show_meetings(self) -> MeetingsView:
        title = self.tr("Meetings")
        if self.meetings is not None and self._show(self.meetings, title):
            return self.meetings
        from ui.meetings.view import MeetingsView

        view = MeetingsView(self.context)
        view.case_wanted.connect(self.window.open_case)
        view.presentation_wanted.connect(self.present)
        view.minutes_wanted.connect(self.export_minutes)
        view.table_wanted.connect(self.export_table)
        view.status_message.connect(self.window.show_message)
        self.meetings = view
        self.window.add_screen(title, view)
        view.refresh()
        return view

    def refresh(self, widget: QWidget | None) -> bool:
        """Reload `widget` if it is one of these screens; False when it is not."""
        if widget is not None and widget is self.meetings:
            self.meetings.refresh()
            return True
        if widget is not None and widget is self.cohorts:
            self.cohorts.refresh()
            return True
        return False

    def show_cohorts(self) -> CohortsView:
        title = self.tr("Cohorts")
        if self.cohorts is not None and self._show(self.cohorts, title):
            return self.cohorts
        from ui.cohorts.view import CohortsView

        view = CohortsView(self.context)
        flow = view.enrolments.flow
        flow.followup_wanted.connect(self.window.followup.start_treatment)
        flow.status_message.connect(self.window.show_message)
        view.enrolments.enrolment_did_change.connect(self.window.show_message)
        self.cohorts = view
        self.window.add_screen(title, view)
        view.refresh()
        return view

    # -- presentation -----------------------------------------------------------
    def present_current(self) -> None:
        view = self.meetings
        if view is not None and view.loaded is not None:
            self.present(view.loaded)
        else:
            self.show_meetings()
            self.window.show_message(self.tr("Choose a meeting, then start the presentation."))

    def present(self, loaded: MeetingWithDecisions, *, full_screen: bool = True) -> None:
        from ui.meetings.presentation import PresentationWindow

        if self.presentation is not None:
            self.presentation.close()
        window = PresentationWindow(
            self.context, loaded, match_provider=self.window.match_provider, parent=self.window
        )
        self.presentation = window
        window.presentation_did_close.connect(self._presentation_closed)
        window.sign_wanted.connect(lambda study_id, w=window: self._sign_in(w, study_id))
        window.showFullScreen() if full_screen else window.show()
        window.activateWindow()
        window.setFocus()
        window.start()

    def _sign_in(self, owner: PresentationWindow, study_id: str) -> None:
        """The sign dialog over the presentation window (it may be full screen)."""
        from ui.documents.exporting import DocumentExporter

        exporter = DocumentExporter(self.context, owner)
        exporter.status_message.connect(self.window.show_message)
        exporter.document_did_export.connect(lambda _path: owner.reload())
        exporter.ask_decision(study_id)

    def _presentation_closed(self) -> None:
        if self.presentation is not None:
            self.presentation.deleteLater()
            self.presentation = None

    # -- files ------------------------------------------------------------------
    def _current_case(self) -> CaseView | None:
        current = self.window.tabs.currentWidget()
        if isinstance(current, CaseView) and current.case is not None:
            return current
        self.window.show_message(self.tr("Open a case first."))
        return None

    def import_report(self) -> None:
        view = self._current_case()
        if view is None or view.case is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import a lab report into %1").replace("%1", view.case.study_id),
            settings.text_value(settings.KEY_LAST_FOLDER),
            self.tr(
                "Lab files (*.tsv *.vcf *.vcf.gz *.maf *.txt *.csv *.xlsx *.xml);;All files (*)"
            ),
        )
        if paths:
            settings.set_value(settings.KEY_LAST_FOLDER, str(Path(paths[0]).parent))
            view.import_files(paths)

    def export_decision(self) -> None:
        view = self._current_case()
        if view is not None and view.case is not None:
            self.exporter.ask_decision(view.case.study_id)

    def export_decision_of(self, study_id: str) -> None:
        """The sign dialog for this case (after "Finalise and sign…")."""
        self.exporter.ask_decision(study_id)

    def export_standard(self, standard: str) -> None:
        """FHIR bundle or phenopacket of the open case (`ui.documents.standards_export`)."""
        from ui.documents.standards_export import export_standard

        view = self._current_case()
        if view is not None and view.case is not None:
            export_standard(self.context, self.window, view.case.study_id, standard)

    def export_minutes(self, meeting: MeetingDetail) -> QDialog:
        return self._ask_export(meeting, "minutes")

    def export_table(self, meeting: MeetingDetail) -> QDialog:
        return self._ask_export(meeting, "table")

    def _ask_export(self, meeting: MeetingDetail, kind: str) -> QDialog:
        """The export dialog: language, and for the minutes location and minute-taker."""
        from ui.documents.meeting_export import MeetingExportDialog

        dialog = MeetingExportDialog(meeting, kind, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_wanted.connect(
            lambda what, lang, place, taker, folder: (
                self.exporter.export_minutes(
                    meeting.id, lang, details=(place, taker), folder=folder
                )
                if what == "minutes"
                else self.exporter.export_decisions_table(
                    meeting.id, meeting.held_on, lang, folder=folder
                )
            )
        )
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def sign_meeting(self) -> QDialog | None:
        """Batch signing of the meeting shown in the meetings screen (``BatchSignDialog``)."""
        view = self.meetings
        if view is None or view.loaded is None:
            self.show_meetings()
            self.window.show_message(self.tr("Choose a meeting, then sign its decisions."))
            return None
        from ui.documents.batch_sign import BatchSignDialog

        meeting = view.loaded.meeting
        dialog = BatchSignDialog(self.context, meeting.id, meeting.title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.load()
        return dialog

    def verify_pdf(self) -> None:
        from ui.documents.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.window)
        dialog.open()
