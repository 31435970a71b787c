"""Exporting a meeting's minutes or decisions table: the secretary chooses the language here
(never silently the last sign dialog's), and for the minutes fills in where the meeting was
held and who took the minutes. An existing decisions table is never overwritten unasked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.services.meetings import MeetingDetail
from ui import settings
from ui.settings import PreservedDialog
from ui.translation import LANGUAGES, localise_buttons

MINUTES, TABLE = "minutes", "table"


def table_name(meeting: MeetingDetail) -> str:
    return f"decisions-{meeting.held_on.isoformat()}-meeting-{meeting.id}.xlsx"


class MeetingExportDialog(PreservedDialog):
    """`export_wanted(kind, language, location, minute_taker, folder)` once confirmed."""

    export_wanted = Signal(str, str, str, str, object)

    def __init__(self, meeting: MeetingDetail, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting, self.kind = meeting, kind
        title = self.tr("Export the minutes") if kind == MINUTES else self.tr("Export decisions")
        self.setWindowTitle(f"{title} — {meeting.title}")
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.location = QLineEdit(meeting.location)
        self.location.setPlaceholderText(self.tr("e.g. Oslo University Hospital, video meeting"))
        self.minute_taker = QLineEdit(meeting.minute_taker)
        self.folder = QLineEdit(settings.export_folder())
        self.overwrite_question: QMessageBox | None = None
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        if kind == MINUTES:
            form.addRow(self.tr("Location"), self.location)
            form.addRow(self.tr("Minutes taken by"), self.minute_taker)
        form.addRow(self.tr("Save in folder"), self.folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(buttons)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def target(self) -> Path:
        return Path(self.folder.text().strip()) / table_name(self.meeting)

    def _confirm(self) -> None:
        if self.kind == TABLE and self.target().exists():
            self._ask_overwrite()
            return
        self._go()

    def _ask_overwrite(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setText(
            self.tr("%1 exists already. Replace it with this export?").replace(
                "%1", str(self.target())
            )
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        replace.clicked.connect(self._go)
        box.open()
        self.overwrite_question = box

    def _go(self) -> None:
        language = str(self.language.currentData())
        settings.set_value(settings.KEY_DOCUMENT_LANGUAGE, language)
        folder = Path(self.folder.text().strip())
        self.accept()
        self.export_wanted.emit(
            self.kind,
            language,
            self.location.text().strip(),
            self.minute_taker.text().strip(),
            folder,
        )
