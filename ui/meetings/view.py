"""The meeting screen: meetings on the left; agenda, attendance and live minutes beside.

Every change (agenda order, attendance, a case added) is one service call through the op
helper; the screen then shows the meeting as the service returns it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import MeetingStatus
from mtb_desk.domain.records import MeetingSummary
from mtb_desk.errors import ConflictError
from mtb_desk.services.permissions import Action
from ui import theme
from ui.context import AppContext, Changes
from ui.formatting import date_text, enum_text
from ui.formatting import tr as value_text
from ui.meetings.agenda import AgendaList
from ui.meetings.data import MeetingWithDecisions, load_meeting
from ui.meetings.minutes import minutes_html
from ui.ops.op import Op, show_error

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.meetings import MeetingDetail


class MeetingsView(QWidget):
    meeting_did_load = Signal(object)  # MeetingWithDecisions
    meetings_did_load = Signal(int)
    presentation_wanted = Signal(object)  # MeetingWithDecisions
    case_wanted = Signal(int)
    minutes_wanted = Signal(object)  # MeetingDetail
    table_wanted = Signal(object)  # MeetingDetail
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded: MeetingWithDecisions | None = None
        self.meetings = QListWidget()
        self.new_meeting = QPushButton(self.tr("New meeting…"))
        self.title = QLabel(self.tr("Choose a meeting"))
        self.title.setFont(theme.title_font(self.font(), 1.25))
        self.agenda = AgendaList()
        self.attendance = QListWidget()
        self.add_attendee = QPushButton(self.tr("Add attendee…"))
        self.minutes = QTextBrowser()
        self.present = QPushButton(self.tr("Presentation mode"))
        self.export_minutes = QPushButton(self.tr("Export minutes…"))
        self.export_table = QPushButton(self.tr("Export decisions (XLSX)…"))
        self.close_meeting = QPushButton(self.tr("Close meeting…"))
        self._build()
        self._connect()
        self._apply_permissions()
        self._show_meeting_buttons(False)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>" + self.tr("Meetings") + "</b>"))
        left.addWidget(self.meetings, 1)
        left.addWidget(self.new_meeting)
        middle = QVBoxLayout()
        middle.addWidget(self.title)
        middle.addWidget(QLabel("<b>" + self.tr("Agenda") + "</b>"))
        middle.addWidget(self.agenda, 1)
        actions = QHBoxLayout()
        for button in (self.present, self.export_minutes, self.export_table, self.close_meeting):
            actions.addWidget(button)
        middle.addLayout(actions)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Attendance") + "</b>"))
        right.addWidget(self.attendance, 1)
        right.addWidget(self.add_attendee)
        right.addWidget(QLabel("<b>" + self.tr("Minutes so far") + "</b>"))
        right.addWidget(self.minutes, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for layout, stretch in ((left, 1), (middle, 3), (right, 2)):
            box = QWidget()
            box.setLayout(layout)
            splitter.addWidget(box)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([290, 600, 460])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

    def _connect(self) -> None:
        self.meetings.currentItemChanged.connect(self._meeting_chosen)
        self.agenda.order_did_change.connect(self.reorder)
        self.agenda.case_was_chosen.connect(self.case_wanted)
        self.agenda.add.clicked.connect(self._ask_cases)
        self.attendance.itemChanged.connect(self._attendance_changed)
        self.add_attendee.clicked.connect(self._ask_attendee)
        self.new_meeting.clicked.connect(self._ask_new_meeting)
        self.present.clicked.connect(self._present)
        self.export_minutes.clicked.connect(lambda: self._emit_with_meeting(self.minutes_wanted))
        self.export_table.clicked.connect(lambda: self._emit_with_meeting(self.table_wanted))
        self.close_meeting.clicked.connect(self.toggle_closed)
        self.context.bus.changes_did_happen.connect(self._changes_happened)

    def _apply_permissions(self) -> None:
        why_not = self.context.actor.why_not(Action.MANAGE_MEETINGS)
        self.agenda.set_editable(why_not)
        for button in (self.add_attendee, self.new_meeting):
            button.setEnabled(why_not is None)
            button.setToolTip(why_not or "")
        export_why_not = self.context.actor.why_not(Action.EXPORT)
        for button in (self.export_minutes, self.export_table):
            button.setToolTip(export_why_not or "")

    def _show_meeting_buttons(self, shown: bool) -> None:
        export_ok = self.context.actor.may(Action.EXPORT)
        self.present.setEnabled(shown)
        self.export_minutes.setEnabled(shown and export_ok)
        self.export_table.setEnabled(shown and export_ok)
        why_not = self.context.actor.why_not(Action.MANAGE_MEETINGS)
        self.close_meeting.setEnabled(shown and why_not is None)
        self.close_meeting.setToolTip(why_not or "")
        closed = self.loaded is not None and self.loaded.meeting.status is MeetingStatus.CLOSED
        self.close_meeting.setText(
            self.tr("Reopen meeting") if closed else self.tr("Close meeting…")
        )

    # -- loading ----------------------------------------------------------------
    def refresh(self) -> Op[list[MeetingSummary]]:
        from mtb_desk.services.meetings import list_meetings

        database = self.context.database
        return Op(self, lambda _p: list_meetings(database)).success(self._fill_meetings).run()

    def _fill_meetings(self, meetings: Sequence[MeetingSummary]) -> None:
        wanted = self.loaded.meeting.id if self.loaded else None
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for meeting in meetings:
            text = f"{date_text(meeting.held_on)} · {meeting.title}\n"
            text += (
                self.tr("%n case(s)", "", meeting.case_count) + f" · {enum_text(meeting.status)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings.addItem(item)
            if meeting.id == wanted:
                self.meetings.setCurrentItem(item)
        self.meetings.blockSignals(False)
        self.meetings_did_load.emit(len(meetings))

    def _meeting_chosen(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.show_meeting(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_meeting(self, meeting_id: int) -> Op[MeetingWithDecisions]:
        database = self.context.database
        return Op(self, lambda _p: load_meeting(database, meeting_id)).success(self._show).run()

    def _show(self, loaded: MeetingWithDecisions) -> None:
        self.loaded = loaded
        meeting = loaded.meeting
        self.title.setText(
            f"{meeting.title} · {date_text(meeting.held_on)} · {enum_text(meeting.status)}"
        )
        self.agenda.set_agenda(meeting.agenda)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for person in meeting.attendees:
            item = QListWidgetItem(f"{person.name} · {value_text(person.role.value)}")
            item.setData(Qt.ItemDataRole.UserRole, (person.name, person.role.value))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self.minutes.setHtml(minutes_html(loaded))
        self._show_meeting_buttons(True)
        self.meeting_did_load.emit(loaded)

    def _changes_happened(self, changes: Changes) -> None:
        if self.loaded is not None and (changes.meetings or changes.recommendations):
            self.show_meeting(self.loaded.meeting.id)

    # -- changing ---------------------------------------------------------------
    def _change(self, work: Callable[[Progress], MeetingDetail], message: str) -> None:
        (
            Op(self, work)
            .success(lambda _d: self._changed(message))
            .failure(self._change_failed)
            .writes()
            .run()
        )

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.context.bus.announce(Changes(meetings=True))
        self.refresh()

    def _change_failed(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self.status_message.emit(
                self.tr("Someone else changed this meeting first; showing their version.")
            )
        else:
            show_error(self, error)
        if self.loaded is not None:
            self.show_meeting(self.loaded.meeting.id)

    def reorder(self, case_ids: list[int]) -> None:
        if self.loaded is None:
            return
        from mtb_desk.services.meetings import reorder_agenda

        database, actor = self.context.database, self.context.actor
        meeting = self.loaded.meeting
        self._change(
            lambda _p: reorder_agenda(database, actor, meeting.id, meeting.version, case_ids),
            self.tr("Agenda order saved"),
        )

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        if self.loaded is None:
            return
        from mtb_desk.domain.enums import Role
        from mtb_desk.services.meetings import set_attendance

        name, role = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        database, actor, meeting_id = (
            self.context.database,
            self.context.actor,
            self.loaded.meeting.id,
        )
        self._change(
            lambda _p: set_attendance(database, actor, meeting_id, name, Role(role), present),
            self.tr("Attendance saved"),
        )

    def _emit_with_meeting(self, signal: SignalInstance) -> None:
        if self.loaded is not None:
            signal.emit(self.loaded.meeting)

    def toggle_closed(self) -> QMessageBox | None:
        """Close (asking first if cases are still pending) or reopen the meeting shown."""
        from ui.meetings.closing import ask_to_close, pending_count, status_after_reopening

        if self.loaded is None:
            return None
        meeting = self.loaded.meeting
        if meeting.status is MeetingStatus.CLOSED:
            self.set_status(status_after_reopening(meeting))
            return None
        pending = pending_count(meeting)
        if not pending:
            self.set_status(MeetingStatus.CLOSED)
            return None
        box = ask_to_close(self, pending, lambda: self.set_status(MeetingStatus.CLOSED))
        box.open()
        return box

    def set_status(self, status: MeetingStatus) -> None:
        if self.loaded is None:
            return
        from mtb_desk.services.meetings import set_meeting_status

        database, actor, meeting_id = (
            self.context.database,
            self.context.actor,
            self.loaded.meeting.id,
        )
        closing = status is MeetingStatus.CLOSED
        self._change(
            lambda _p: set_meeting_status(database, actor, meeting_id, status),
            self.tr("Meeting closed") if closing else self.tr("Meeting reopened"),
        )

    def _present(self) -> None:
        if self.loaded is not None:
            self.presentation_wanted.emit(self.loaded)

    # -- dialogs ----------------------------------------------------------------
    def _ask_new_meeting(self) -> None:
        from ui.meetings.dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self)
        dialog.accepted.connect(lambda: self.create_meeting(*dialog.values()))
        dialog.open()

    def create_meeting(self, held_on: object, title: str) -> None:
        from mtb_desk.services.meetings import create_meeting

        database, actor = self.context.database, self.context.actor
        (
            Op(self, lambda _p: create_meeting(database, actor, held_on, title))  # type: ignore[arg-type]
            .success(lambda detail: self._created(detail.id))
            .writes()
            .run()
        )

    def _created(self, meeting_id: int) -> None:
        self.context.bus.announce(Changes(meetings=True))
        self.show_meeting(meeting_id)
        self.refresh()

    def _ask_cases(self) -> None:
        from ui.meetings.dialogs import AddCaseDialog

        dialog = AddCaseDialog(self.context.database, self)
        dialog.accepted.connect(lambda: self.add_cases(dialog.chosen()))
        dialog.open()

    def add_cases(self, case_ids: Sequence[int]) -> None:
        if self.loaded is None or not case_ids:
            return
        from mtb_desk.services.meetings import add_to_agenda

        database, actor, meeting_id = (
            self.context.database,
            self.context.actor,
            self.loaded.meeting.id,
        )

        def work(_progress: Progress) -> MeetingDetail:
            detail = None
            for case_id in case_ids:
                detail = add_to_agenda(database, actor, meeting_id, case_id)
            assert detail is not None
            return detail

        self._change(work, self.tr("%n case(s) added to the agenda", "", len(case_ids)))

    def _ask_attendee(self) -> None:
        from mtb_desk.services.users import list_users

        database = self.context.database
        Op(self, lambda _p: list_users(database)).success(self._open_attendee_dialog).run()

    def _open_attendee_dialog(self, users: object) -> None:
        from ui.meetings.dialogs import AttendeeDialog

        dialog = AttendeeDialog(users, self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._add_attendee(*dialog.values()))
        dialog.open()

    def _add_attendee(self, name: str, role: object) -> None:
        if self.loaded is None or not name:
            return
        from mtb_desk.services.meetings import set_attendance

        database, actor, meeting_id = (
            self.context.database,
            self.context.actor,
            self.loaded.meeting.id,
        )
        self._change(
            lambda _p: set_attendance(database, actor, meeting_id, name, role, True),  # type: ignore[arg-type]
            self.tr("Attendance saved"),
        )
