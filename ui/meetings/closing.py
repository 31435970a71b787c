"""Closing and reopening a meeting: ask first when cases on the agenda were not discussed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mtb_desk.domain.enums import AgendaStatus, MeetingStatus

if TYPE_CHECKING:
    from mtb_desk.services.meetings import MeetingDetail


_LITERALS = (  # what `_tr` is called with, marked for lupdate (it cannot see through `_tr`)
    QT_TRANSLATE_NOOP("MeetingClosing", "Close the meeting?"),
    QT_TRANSLATE_NOOP("MeetingClosing", "They stay on the agenda as not discussed in the minutes."),
    QT_TRANSLATE_NOOP("MeetingClosing", "Close anyway"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingClosing", text)


def pending_count(meeting: MeetingDetail) -> int:
    return sum(1 for item in meeting.agenda if item.status is AgendaStatus.PENDING)


def status_after_reopening(meeting: MeetingDetail) -> MeetingStatus:
    """Back to planned if nothing was discussed yet, else in progress."""
    if pending_count(meeting) < len(meeting.agenda):
        return MeetingStatus.IN_PROGRESS
    return MeetingStatus.PLANNED


def not_discussed_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "MeetingClosing", "1 case was not discussed — close the meeting anyway?"
        )
    return QCoreApplication.translate(
        "MeetingClosing", "%1 cases were not discussed — close the meeting anyway?"
    ).replace("%1", str(count))


def ask_to_close(parent: QWidget, count: int, close: Callable[[], None]) -> QMessageBox:
    """A window-modal question (non-blocking, so tests and event loops keep running)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Close the meeting?"))
    box.setText(not_discussed_text(count))
    box.setInformativeText(_tr("They stay on the agenda as not discussed in the minutes."))
    yes = box.addButton(_tr("Close anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes.clicked.connect(close)
    return box
