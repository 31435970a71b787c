"""Recording (or correcting) one protocol visit: date, ECOG, response with its criteria, a
note, and any number of adverse events.

OK does not close the dialog by itself: it asks for the save (`visit_will_save`). The screen
closes it once the visit and its events are stored (one transaction), or shows the refusal
on the dialog's message line, with everything typed still there to correct.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import VisitResponse
from ui import theme
from ui.followup.adverse_events import AdverseEventEditor
from ui.followup.dialogs import CRITERIA, choice_combo, date_edit, date_of
from ui.followup.visit_saving import visit_label
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

if TYPE_CHECKING:
    from mtb_desk.services.followup_records import VisitRecord
    from mtb_desk.services.visits import VisitInput


class VisitDialog(PreservedDialog):
    visit_will_save = Signal(object, object)  # VisitInput, the visit version seen (int)

    def __init__(
        self, study_id: str, visits: tuple[VisitRecord, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a visit for %1").replace("%1", study_id))
        self.visits = {v.week: v for v in visits}
        open_first = sorted(visits, key=lambda v: (v.performed_on is not None, v.seq))
        self.week = choice_combo([(self._week_text(v), v.week) for v in open_first])
        self.performed_on = date_edit()
        self.ecog = choice_combo([("—", None), *((str(n), n) for n in range(6))])
        self.response = choice_combo([("—", None), *((r.value, r.value) for r in VisitResponse)])
        self.criteria = choice_combo([(c, c) for c in CRITERIA])
        self.note = QLineEdit()
        self.events = AdverseEventEditor(date_of(self.performed_on))
        self.message = QLabel()
        self.message.setObjectName("visit_refusal")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.accent('warn', self).name()};")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(self.buttons)
        self._build()
        self.week.currentIndexChanged.connect(lambda _i: self._fill_from_visit())
        self.performed_on.dateChanged.connect(
            lambda _d: setattr(self.events, "default_day", date_of(self.performed_on))
        )
        self.events.grade_was_refused.connect(self.show_refusal)
        self.events.events_did_change.connect(self.message.hide)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_from_visit()

    def _week_text(self, visit: VisitRecord) -> str:
        if visit.performed_on is None:
            return (
                self.tr("%1 (due %2)")
                .replace("%1", visit_label(visit.week))
                .replace("%2", visit.due_on.isoformat())
            )
        return (
            self.tr("%1 (recorded %2)")
            .replace("%1", visit_label(visit.week))
            .replace("%2", visit.performed_on.isoformat())
        )

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Visit"), self.week)
        form.addRow(self.tr("Date"), self.performed_on)
        form.addRow(self.tr("ECOG"), self.ecog)
        response = QHBoxLayout()
        response.addWidget(self.response, 1)
        response.addWidget(QLabel(self.tr("by")))
        response.addWidget(self.criteria, 1)
        form.addRow(self.tr("Response"), response)
        form.addRow(self.tr("Note"), self.note)
        group = QGroupBox(self.tr("Adverse events at this visit"))
        inner = QVBoxLayout(group)
        inner.addWidget(self.events)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 600)

    def _fill_from_visit(self) -> None:
        """A recorded visit opens with what was recorded (to correct it); an open one empty."""
        visit = self.current_visit()
        on = (visit.performed_on if visit else None) or dt.date.today()
        self.performed_on.setDate(QDate(on.year, on.month, on.day))
        self.events.default_day = on
        self.ecog.setCurrentIndex(max(self.ecog.findData(visit.ecog if visit else None), 0))
        response = visit.response.value if visit and visit.response else None
        self.response.setCurrentIndex(max(self.response.findData(response), 0))
        self.criteria.setCurrentIndex(max(self.criteria.findData(
            visit.criteria if visit else CRITERIA[0]), 0))  # fmt: skip
        self.note.setText(visit.note if visit else "")
        self.events.set_events(visit.adverse_events if visit else ())
        self.message.hide()

    def current_visit(self) -> VisitRecord | None:
        return self.visits.get(self.week.currentData())

    def version(self) -> int | None:
        """The version of the visit as shown (a newer one in the database is a conflict)."""
        visit = self.current_visit()
        return visit.version if visit else None

    def values(self) -> VisitInput:
        from mtb_desk.services.visits import VisitInput

        return VisitInput(
            self.week.currentData(), date_of(self.performed_on), self.ecog.currentData(),
            self.response.currentData(), self.criteria.currentData(), self.note.text().strip(),
            self.events.values(),
        )  # fmt: skip

    # -- saving -----------------------------------------------------------------
    def accept(self) -> None:
        """Ask the screen to save; the dialog stays open until it is stored."""
        self.message.hide()
        self.set_busy(True)
        self.visit_will_save.emit(self.values(), self.version())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def show_refusal(self, text: str) -> None:
        """Why it was not saved, in the dialog; nothing was stored, the input stays."""
        self.set_busy(False)
        self.message.setText(text)
        self.message.show()

    def saved(self) -> None:
        self.set_busy(False)
        self.done(self.DialogCode.Accepted)
