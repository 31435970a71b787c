"""The adverse events of one visit, edited in the visit dialog: a list, and below it the
fields of the chosen event (CTCAE v5 term, grade, attribution, serious, start and end).

The events are plain values until the dialog is saved; the visit service checks them all and
stores the visit with its events in one transaction (or nothing). A grade outside 1-5 cannot
be typed: the grade box refuses it and says why (`grade_was_refused`), never silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import Attribution
from ui.formatting import DASH, date_text

if TYPE_CHECKING:
    from mtb_desk.services.followup_records import AdverseEventRecord
    from mtb_desk.services.visits import AdverseEventInput

GRADES = (1, 5)
# Suggestions only (any CTCAE v5 term may be typed): frequent terms under targeted drugs.
COMMON_TERMS = (
    "Alanine aminotransferase increased", "Anemia", "Anorexia", "Arthralgia",
    "Aspartate aminotransferase increased", "Diarrhea", "Dry skin", "Dysgeusia", "Edema limbs",
    "Fatigue", "Febrile neutropenia", "Fever", "Hyperglycemia", "Hypertension",
    "Mucositis oral", "Nausea", "Neutrophil count decreased", "Palmar-plantar "
    "erythrodysesthesia syndrome", "Platelet count decreased", "Pneumonitis", "Pruritus",
    "Rash acneiform", "Rash maculo-papular", "Vomiting",
)  # fmt: skip
COLUMNS = (
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Term (CTCAE v5)")),
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Grade")),
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Attribution")),
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Serious")),
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Started")),
    str(QT_TRANSLATE_NOOP("AdverseEventEditor", "Ended")),
)
ATTRIBUTION_WORDS = {
    Attribution.UNRELATED.value: QT_TRANSLATE_NOOP("AdverseEventEditor", "unrelated"),
    Attribution.UNLIKELY.value: QT_TRANSLATE_NOOP("AdverseEventEditor", "unlikely"),
    Attribution.POSSIBLE.value: QT_TRANSLATE_NOOP("AdverseEventEditor", "possible"),
    Attribution.PROBABLE.value: QT_TRANSLATE_NOOP("AdverseEventEditor", "probable"),
    Attribution.DEFINITE.value: QT_TRANSLATE_NOOP("AdverseEventEditor", "definite"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdverseEventEditor", text)


def attribution_text(value: str) -> str:
    """The attribution in the GUI's language (the stored value when it is not known)."""
    word = ATTRIBUTION_WORDS.get(value)
    return _tr(str(word)) if word else value


@dataclass(frozen=True, slots=True)
class EventDraft:
    """One event as typed so far (the service checks it on saving)."""

    term: str
    grade: int
    attribution: str
    serious: bool
    started_on: dt.date
    ended_on: dt.date | None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()  # type: ignore[assignment]
    return value


class GradeBox(QSpinBox):
    """CTCAE grade 1-5; a typed grade outside it is refused with a reason, not ignored."""

    grade_was_refused = Signal(str)  # the refused text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*GRADES)

    def validate(self, text: str, pos: int) -> Any:  # noqa: D102 - Qt override
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        typed = text.strip()
        if state == QValidator.State.Invalid and typed.lstrip("-").isdigit():
            self.grade_was_refused.emit(typed)
        return result


class AdverseEventEditor(QWidget):
    events_did_change = Signal()
    grade_was_refused = Signal(str)  # a sentence for the dialog's message line

    def __init__(self, default_day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_day = default_day
        self.events: list[EventDraft] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.add_button = QPushButton(self.tr("Add adverse event"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("CTCAE v5 term, e.g. Diarrhea"))
        completer = QCompleter(list(COMMON_TERMS), self.term)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.term.setCompleter(completer)
        self.grade = GradeBox()
        self.attribution = QComboBox()
        for attribution in Attribution:
            self.attribution.addItem(attribution_text(attribution.value), attribution.value)
        self.serious = QCheckBox(self.tr("serious (SAE)"))
        self.started = self._date_edit()
        self.ongoing = QCheckBox(self.tr("ongoing"))
        self.ended = self._date_edit()
        self._build()
        self._connect()
        self._show_selected()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(table.fontMetrics().height() * 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        ended = QHBoxLayout()
        ended.addWidget(self.ended, 1)
        ended.addWidget(self.ongoing)
        form = QFormLayout()
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.tr("Grade (1–5)"), self.grade)
        form.addRow(self.tr("Attribution"), self.attribution)
        form.addRow("", self.serious)
        form.addRow(self.tr("Started"), self.started)
        form.addRow(self.tr("Ended"), ended)
        self.fields = QWidget()
        self.fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.fields)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_event)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.term.textEdited.connect(lambda _t: self._edit())
        self.grade.valueChanged.connect(lambda _v: self._edit())
        self.attribution.currentIndexChanged.connect(lambda _i: self._edit())
        self.serious.toggled.connect(lambda _b: self._edit())
        self.started.dateChanged.connect(lambda _d: self._edit())
        self.ended.dateChanged.connect(lambda _d: self._edit())
        self.ongoing.toggled.connect(self._ongoing_toggled)
        self.grade.grade_was_refused.connect(
            lambda typed: self.grade_was_refused.emit(
                self.tr("Grade %1 is not a CTCAE grade: choose 1 to 5.").replace("%1", typed)
            )
        )

    # -- the list ----------------------------------------------------------------
    def set_events(self, records: tuple[AdverseEventRecord, ...]) -> None:
        """Show the events recorded before (the dialog edits them; saving replaces them)."""
        self.events = [
            EventDraft(r.term, r.grade, r.attribution.value, r.serious, r.started_on, r.ended_on)
            for r in records
        ]
        self._refill()
        self.table.clearSelection()
        if self.events:
            self.table.selectRow(0)
        self._show_selected()

    def values(self) -> tuple[AdverseEventInput, ...]:
        from mtb_desk.services.visits import AdverseEventInput

        return tuple(
            AdverseEventInput(
                e.term.strip(), e.grade, e.attribution, e.started_on, e.serious, e.ended_on
            )  # fmt: skip
            for e in self.events
        )

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_event(self) -> None:
        """A new event (grade 1, possible, started on the visit day), its term to type next."""
        self.events.append(
            EventDraft("", 1, Attribution.POSSIBLE.value, False, self.default_day, None)
        )
        self._refill()
        self.table.selectRow(len(self.events) - 1)
        self.term.setFocus(Qt.FocusReason.OtherFocusReason)
        self.events_did_change.emit()

    def remove_selected(self) -> None:
        index = self.selected()
        if index is None:
            return
        del self.events[index]
        self._refill()
        if self.events:
            self.table.selectRow(min(index, len(self.events) - 1))
        self._show_selected()
        self.events_did_change.emit()

    def _refill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            self._fill_row(row, event)
        self.table.blockSignals(False)

    def _fill_row(self, row: int, e: EventDraft) -> None:
        cells = (
            e.term or self.tr("(term to type)"), str(e.grade), attribution_text(e.attribution),
            self.tr("yes") if e.serious else self.tr("no"), date_text(e.started_on),
            date_text(e.ended_on) if e.ended_on else self.tr("ongoing"),
        )  # fmt: skip
        for column, text in enumerate(cells):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(text or DASH)

    # -- the chosen event's fields ------------------------------------------------
    def _show_selected(self) -> None:
        index = self.selected()
        self.fields.setEnabled(index is not None)
        self.remove_button.setEnabled(index is not None)
        event = self.events[index] if index is not None else None
        widgets = (self.term, self.grade, self.attribution, self.serious, self.started,
                   self.ended, self.ongoing)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.term.setText(event.term if event else "")
        self.grade.setValue(event.grade if event else 1)
        self.attribution.setCurrentIndex(
            max(self.attribution.findData(event.attribution if event else "possible"), 0)
        )
        self.serious.setChecked(bool(event and event.serious))
        self.started.setDate(_qdate(event.started_on if event else self.default_day))
        ended = event.ended_on if event else None
        self.ongoing.setChecked(ended is None)
        self.ended.setDate(_qdate(ended or (event.started_on if event else self.default_day)))
        self.ended.setEnabled(ended is not None)
        for widget in widgets:
            widget.blockSignals(False)

    def _ongoing_toggled(self, ongoing: bool) -> None:
        self.ended.setEnabled(not ongoing)
        self._edit()

    def _edit(self) -> None:
        index = self.selected()
        if index is None:
            return
        self.events[index] = replace(
            self.events[index], term=self.term.text(), grade=self.grade.value(),
            attribution=str(self.attribution.currentData()), serious=self.serious.isChecked(),
            started_on=_day(self.started),
            ended_on=None if self.ongoing.isChecked() else _day(self.ended),
        )  # fmt: skip
        self._fill_row(index, self.events[index])
        self.events_did_change.emit()
