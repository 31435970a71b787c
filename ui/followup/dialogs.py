"""Dialogs of the follow-up screen: start a treatment, record a visit, change a dose, stop.

Each returns plain values; the screen calls the service, which checks everything (a refusal
comes back in the service's own words through the op helper's error presenter).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mtb_desk.domain.enums import Attribution, StopReason, TreatmentBasis, VisitResponse
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


def _combo(values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in values:
        combo.addItem(text, data)
    return combo


class StartDialog(PreservedDialog):
    """What was started, what it follows from, when, and the starting dose."""

    def __init__(self, study_id: str, cohorts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start treatment for %1").replace("%1", study_id))
        self.basis = _combo([(b.value, b.value) for b in TreatmentBasis])
        self.cohort = _combo([(c, c) for c in cohorts] or [(self.tr("(not enrolled)"), None)])
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


class VisitDialog(PreservedDialog):
    """One visit: date, ECOG, response (with its criteria) and up to one new adverse event."""

    def __init__(
        self, study_id: str, weeks: list[tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a visit for %1").replace("%1", study_id))
        self.week = _combo([(label, week) for label, week in weeks])
        self.performed_on = date_edit()
        self.ecog = _combo([("—", None), *((str(n), n) for n in range(6))])
        self.response = _combo([("—", None), *((r.value, r.value) for r in VisitResponse)])
        self.criteria = _combo([(c, c) for c in CRITERIA])
        self.ae_term = QLineEdit()
        self.ae_term.setPlaceholderText(self.tr("CTCAE v5 term, e.g. Diarrhea (optional)"))
        self.ae_grade = QSpinBox()
        self.ae_grade.setRange(1, 5)
        self.ae_attribution = _combo([(a.value, a.value) for a in Attribution])
        self.ae_serious = QCheckBox(self.tr("serious"))
        self.ae_start = date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Visit"), self.week)
        form.addRow(self.tr("Date"), self.performed_on)
        form.addRow(self.tr("ECOG"), self.ecog)
        form.addRow(self.tr("Response"), self.response)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Adverse event"), self.ae_term)
        form.addRow(self.tr("Grade (CTCAE)"), self.ae_grade)
        form.addRow(self.tr("Attribution"), self.ae_attribution)
        form.addRow("", self.ae_serious)
        form.addRow(self.tr("Event started"), self.ae_start)
        _finish(self, form)

    def values(self) -> Any:
        from mtb_desk.services.visits import AdverseEventInput, VisitInput

        events: tuple[AdverseEventInput, ...] = ()
        if self.ae_term.text().strip():
            events = (AdverseEventInput(
                self.ae_term.text().strip(), self.ae_grade.value(),
                self.ae_attribution.currentData(), date_of(self.ae_start),
                self.ae_serious.isChecked(),
            ),)  # fmt: skip
        return VisitInput(
            self.week.currentData(), date_of(self.performed_on), self.ecog.currentData(),
            self.response.currentData(), self.criteria.currentData(), "", events,
        )  # fmt: skip


class StopDialog(PreservedDialog):
    def __init__(self, study_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop treatment of %1").replace("%1", study_id))
        self.reason = _combo([(r.value, r.value) for r in StopReason])
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
