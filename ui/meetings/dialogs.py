"""Small dialogs of the meeting screen: new meeting, add a case, add an attendee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Role
from mtb_desk.domain.records import CaseSummary, UserView
from ui.formatting import enum_text
from ui.formatting import tr as value_text
from ui.ops.op import Op
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

ROLE_PREFERENCE = (Role.CHAIR, Role.PATHOLOGIST, Role.CLINICIAN, Role.BIOINFORMATICIAN,
                   Role.SECRETARY, Role.READER, Role.ADMIN)  # fmt: skip


def _buttons(dialog: PreservedDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    localise_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewMeetingDialog(PreservedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.date = QDateEdit(QDate.currentDate().addDays(7))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.title = QLineEdit(self.tr("Molecular tumour board"))
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(_buttons(self))

    def values(self) -> tuple[dt.date, str]:
        return self.date.date().toPython(), self.title.text().strip()  # type: ignore[return-value]


class AddCaseDialog(PreservedDialog):
    """Search the worklist and pick the cases to put on the agenda."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add cases to the agenda"))
        self._database = database
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Study id, patient or diagnosis"))
        self.search.setClearButtonEnabled(True)
        self.cases = QListWidget()
        self.cases.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.cases, 1)
        layout.addWidget(_buttons(self))
        self.resize(520, 480)
        self.refresh()

    def refresh(self) -> Op[tuple[CaseSummary, ...]]:
        from mtb_desk.services.worklist import CaseQuery, list_cases

        database, text = self._database, self.search.text().strip()
        return (
            Op(self, lambda _p: list_cases(database, CaseQuery(text=text, limit=100)).items)
            .success(self._fill)
            .run()
        )

    def _fill(self, cases: Sequence[CaseSummary]) -> None:
        self.cases.clear()
        for case in cases:
            text = f"{case.study_id} · {case.diagnosis_code} · {enum_text(case.status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.cases.addItem(item)

    def chosen(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.cases.selectedItems()]


class AttendeeDialog(PreservedDialog):
    def __init__(self, users: Sequence[UserView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add attendee"))
        self._users = {u.username: u for u in users}
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(self._users))
        self.role = QComboBox()
        for role in ROLE_PREFERENCE:
            self.role.addItem(value_text(role.value), role.value)
        self.name.currentTextChanged.connect(self._preset_role)
        self._preset_role(self.name.currentText())
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(_buttons(self))

    def _preset_role(self, name: str) -> None:
        user = self._users.get(name)
        if user is None:
            return
        role = next((r for r in ROLE_PREFERENCE if r in user.roles), Role.READER)
        self.role.setCurrentIndex(self.role.findData(role.value))

    def values(self) -> tuple[str, Role]:
        return self.name.currentText().strip(), Role(self.role.currentData())
