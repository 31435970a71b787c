"""Dialogs of the cohort screen: a week-16 outcome, a withdrawal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.settings import PreservedDialog
from ui.translation import localise_buttons

# CR/PR/SD are clinical benefit, PD is none (the service refuses any other pairing).


def _date_edit(earliest: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    return edit


def _buttons(dialog: PreservedDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    localise_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class WithdrawDialog(PreservedDialog):
    """Why and when a patient leaves the cohort."""

    def __init__(self, study_id: str, enrolled_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw %1").replace("%1", study_id))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. toxicity, moved abroad"))
        self.withdrawn_on = _date_edit(enrolled_on)
        note = QLabel(self.tr("Before the week-16 evaluation a withdrawal frees the cohort place."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Withdrawn on"), self.withdrawn_on)
        buttons = _buttons(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[str, dt.date]:
        on: dt.date = self.withdrawn_on.date().toPython()  # type: ignore[assignment]
        return self.reason.text().strip(), on
