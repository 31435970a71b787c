"""Dialogs of the cohort screen: a week-16 outcome, a withdrawal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mtb_desk.domain.enums import Response
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

# CR/PR/SD are clinical benefit, PD is none (the service refuses any other pairing).
RESPONSES_FOR = {True: (Response.CR, Response.PR, Response.SD), False: (Response.PD,)}


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


class OutcomeDialog(PreservedDialog):
    """Benefit yes/no at week 16, the response that goes with it, and the date."""

    def __init__(self, study_id: str, enrolled_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Week-16 outcome of %1").replace("%1", study_id))
        self.benefit = QComboBox()
        self.benefit.addItem(self.tr("Yes: clinical benefit"), True)
        self.benefit.addItem(self.tr("No: no clinical benefit"), False)
        self.response = QComboBox()
        self.evaluated_on = _date_edit(enrolled_on)
        self.benefit.currentIndexChanged.connect(lambda _i: self._fill_responses())
        self._fill_responses()
        form = QFormLayout(self)
        form.addRow(self.tr("Clinical benefit"), self.benefit)
        form.addRow(self.tr("Response (RECIST)"), self.response)
        form.addRow(self.tr("Evaluated on"), self.evaluated_on)
        form.addRow(_buttons(self))

    def _fill_responses(self) -> None:
        self.response.clear()
        self.response.addItem(self.tr("not given"), None)
        for response in RESPONSES_FOR[bool(self.benefit.currentData())]:
            self.response.addItem(response.value, response.value)

    def set_values(self, benefit: bool, response: Response | None) -> None:
        self.benefit.setCurrentIndex(self.benefit.findData(benefit))
        if response is not None:
            self.response.setCurrentIndex(self.response.findData(response.value))

    def values(self) -> tuple[bool, Response | None, dt.date]:
        data = self.response.currentData()
        response = Response(data) if data else None
        on: dt.date = self.evaluated_on.date().toPython()  # type: ignore[assignment]
        return bool(self.benefit.currentData()), response, on


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
