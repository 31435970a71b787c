"""Dialogs of the follow-up screen: start a treatment, change a dose, stop (the visit dialog
has a module of its own: ui/followup/visit_dialog.py).

Each returns plain values; the screen calls the service, which checks everything (a refusal
comes back in the service's own words through the op helper's error presenter).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from mtb_desk.domain.enums import StopReason, TreatmentBasis
from ui.formatting import phrase_text
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

CRITERIA = ("RECIST 1.1", "iRECIST", "RANO", "PCWG3", "Lugano", "mRECIST")


def date_edit(value: dt.date | None = None) -> QDateEdit:
    day = value or dt.date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()  # type: ignore[assignment]
    return value


def _finish(dialog: PreservedDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    localise_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    dialog.resize(460, dialog.sizeHint().height())


def _term(group: str, value: str) -> str:
    """A domain value in the GUI's language (the core's terms)."""
    from mtb_desk.i18n.phrases import Term

    return phrase_text(Term(group, value))


def choice_combo(values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in values:
        combo.addItem(text, data)
    return combo


class StartDialog(PreservedDialog):
    """What was started, what it follows from, when, and the starting dose."""

    def __init__(self, study_id: str, cohorts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start treatment for %1").replace("%1", study_id))
        self.basis = choice_combo([(_term("treatment_basis", b.value), b.value)
                                   for b in TreatmentBasis])  # fmt: skip
        self.cohort = choice_combo([(c, c) for c in cohorts] or [(self.tr("(not enrolled)"), None)])
        self.trial = QLineEdit()
        self.trial.setPlaceholderText("NCT…")
        self.drugs = QLineEdit()
        self.drugs.setPlaceholderText(self.tr("INN names, comma-separated (default: cohort's)"))
        self.started_on = date_edit()
        self.dose = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Follows from"), self.basis)
        form.addRow(self.tr("Cohort"), self.cohort)
        form.addRow(self.tr("Other trial id"), self.trial)
        form.addRow(self.tr("Drugs"), self.drugs)
        form.addRow(self.tr("Started on"), self.started_on)
        form.addRow(self.tr("Starting dose"), self.dose)
        _finish(self, form)

    def values(self) -> dict[str, Any]:
        drugs = tuple(d.strip() for d in self.drugs.text().split(",") if d.strip())
        return {
            "basis": self.basis.currentData(), "cohort": self.cohort.currentData(),
            "trial": self.trial.text().strip() or None, "drugs": drugs,
            "started_on": date_of(self.started_on), "dose": self.dose.text().strip() or None,
        }  # fmt: skip


class StopDialog(PreservedDialog):
    def __init__(self, study_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop treatment of %1").replace("%1", study_id))
        self.reason = choice_combo([(_term("stop_reason", r.value), r.value) for r in StopReason])
        self.detail = QLineEdit()
        self.stopped_on = date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.detail)
        form.addRow(self.tr("Stopped on"), self.stopped_on)
        _finish(self, form)

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.currentData(), "detail": self.detail.text().strip(),
                "on": date_of(self.stopped_on)}  # fmt: skip


class DoseDialog(PreservedDialog):
    def __init__(self, study_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the dose for %1").replace("%1", study_id))
        self.dose = QLineEdit()
        self.reason = QLineEdit()
        self.changed_on = date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("New dose"), self.dose)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("From"), self.changed_on)
        _finish(self, form)

    def values(self) -> dict[str, Any]:
        return {"dose": self.dose.text().strip(), "reason": self.reason.text().strip(),
                "on": date_of(self.changed_on)}  # fmt: skip
