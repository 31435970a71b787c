"""The study nurses' due list (visits due this week or overdue, per hospital) and the supply
agreements report (places, patients on drug, who pays now, outcomes; study ids only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings, theme
from ui.context import AppContext, Changes
from ui.formatting import DASH, count_text, date_text, ui_language
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.supply import SupplyReport
    from mtb_desk.services.visits import DueVisit

DUE_COLUMNS = (
    str(QT_TRANSLATE_NOOP("DueListView", "Study id")),
    str(QT_TRANSLATE_NOOP("DueListView", "Hospital")),
    str(QT_TRANSLATE_NOOP("DueListView", "Visit")),
    str(QT_TRANSLATE_NOOP("DueListView", "Due")),
    str(QT_TRANSLATE_NOOP("DueListView", "Window")),
    str(QT_TRANSLATE_NOOP("DueListView", "State")),
    str(QT_TRANSLATE_NOOP("DueListView", "Drugs")),
)
SUPPLY_COLUMNS = (
    str(QT_TRANSLATE_NOOP("SupplyView", "Agreement")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Drugs")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Agreed")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Used")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Left")),
    str(QT_TRANSLATE_NOOP("SupplyView", "On drug")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Company pays")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Public payer")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Benefit")),
    str(QT_TRANSLATE_NOOP("SupplyView", "No benefit")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Not evaluable")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Pending")),
)
PATIENT_COLUMNS = (
    str(QT_TRANSLATE_NOOP("SupplyView", "Study id")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Cohort")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Started")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Week-16 outcome")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Pays now")),
    str(QT_TRANSLATE_NOOP("SupplyView", "Why")),
)


def make_table(context: str, columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([QCoreApplication.translate(context, c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(DASH if value is None else str(value)))


class DueListView(QWidget):
    due_did_load = Signal(object)  # list[DueVisit]
    followup_wanted = Signal(str)  # study id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[DueVisit] = []
        heading = QLabel(self.tr("Visits due this week or overdue"))
        heading.setFont(theme.title_font(self.font(), 1.2))
        self.hospital = QComboBox()
        self.hospital.addItem(self.tr("All hospitals"), None)
        self.table = make_table("DueListView", DUE_COLUMNS)
        self.count = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Hospital")))
        row.addWidget(self.hospital)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.hospital.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.cellDoubleClicked.connect(self._open)
        context.bus.changes_did_happen.connect(self._changes)

    def _changes(self, changes: Changes) -> None:
        if changes.cohorts:
            self.refresh()

    def load_hospitals(self) -> None:
        from mtb_desk.services.hospitals import list_hospitals

        database = self.context.database
        Op(self, lambda _p: list_hospitals(database)).success(self._hospitals).run()

    def _hospitals(self, hospitals: Sequence[object]) -> None:
        for hospital in hospitals:
            self.hospital.addItem(str(getattr(hospital, "name", "")), getattr(hospital, "code", ""))

    def refresh(self) -> Op[list[DueVisit]]:
        from mtb_desk.services.visits import due_visits

        database, code = self.context.database, self.hospital.currentData()
        return Op(self, lambda _p: due_visits(database, hospital=code)).success(self._fill).run()

    def _fill(self, rows: list[DueVisit]) -> None:
        from mtb_desk.domain.followup import visit_label

        self.rows = rows
        overdue, due = self.tr("overdue"), self.tr("due")
        fill(self.table, [
            (r.study_id, r.hospital, visit_label(r.week, ui_language()), date_text(r.due_on),
             f"{date_text(r.opens_on)} – {date_text(r.closes_on)}",
             overdue if r.overdue else due, ", ".join(r.drugs))
            for r in rows
        ])  # fmt: skip
        for index, row in enumerate(rows):
            item = self.table.item(index, 5)
            if row.overdue and item is not None:
                item.setForeground(theme.accent("warn", self))
        self.count.setText(self.tr("%1 visits").replace("%1", str(len(rows))))
        self.due_did_load.emit(rows)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.followup_wanted.emit(self.rows[row].study_id)


class SupplyView(QWidget):
    supply_did_load = Signal(object)  # list[SupplyReport]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reports: list[SupplyReport] = []
        heading = QLabel(self.tr("Drug supply agreements"))
        heading.setFont(theme.title_font(self.font(), 1.2))
        note = QLabel(self.tr("The company supplies the drug for the first 16 weeks; the public "
                              "payer takes over for patients with clinical benefit. Study ids "
                              "only: no names or national ids."))  # fmt: skip
        note.setWordWrap(True)
        self.table = make_table("SupplyView", SUPPLY_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 220)  # drug lists are long: the tooltip has them whole
        self.patients = make_table("SupplyView", PATIENT_COLUMNS)
        self.export = QPushButton(self.tr("Export…"))
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.patients, 1)
        self.export.clicked.connect(self.ask_export)

    def refresh(self) -> Op[list[SupplyReport]]:
        from mtb_desk.services.supply import supply_report

        database = self.context.database
        return Op(self, lambda _p: supply_report(database)).success(self._fill).run()

    def _fill(self, reports: list[SupplyReport]) -> None:
        self.reports = reports
        fill(self.table, [
            (r.agreement, ", ".join(r.drugs), *map(count_text, (
                r.places_agreed, r.places_used, r.places_left, r.on_drug, r.company_pays,
                r.public_pays, r.benefit, r.no_benefit, r.not_evaluable, r.pending)))
            for r in reports
        ])  # fmt: skip
        for row, report in enumerate(reports):
            item = self.table.item(row, 1)
            if item is not None:
                item.setToolTip(", ".join(report.drugs))
        from mtb_desk.i18n.terms import term
        from mtb_desk.services.supply import note_words, payer_words

        lang = ui_language()
        fill(self.patients, [
            (p.study_id, p.cohort, date_text(p.started_on), term("week16", p.week16_outcome, lang),
             payer_words(p.payer, lang) or None, note_words(p.note_code, lang))
            for r in reports for p in r.patients
        ])  # fmt: skip
        self.supply_did_load.emit(reports)

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export supply report"), settings.export_folder() + "/supply.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> Op[None]:
        from pathlib import Path

        from mtb_desk.reports.tables import write_table
        from mtb_desk.services.supply import supply_patient_rows, supply_rows

        reports = self.reports
        lang, workbook = ui_language(), path.lower().endswith(".xlsx")
        sheets = {
            "Agreements": supply_rows(reports, lang, for_people=workbook),
            "Patients": supply_patient_rows(reports, lang, for_people=workbook),
        }
        return Op(self, lambda _p: write_table(Path(path), sheets)).on_file_pool().run()
