"""The cohort overview: each cohort's enrolments, outcomes and two-stage state, a chart of
the selected cohort against the thresholds, and the drug catalogue beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.cohorts.chart import TwoStageChart
from ui.cohorts.enrolments import EnrolmentsPanel
from ui.context import AppContext, Changes
from ui.formatting import DASH, phrase_text
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.cohorts import CatalogueOverview, CohortOverview, DrugView

COHORT_COLUMNS = (
    str(QT_TRANSLATE_NOOP("CohortsView", "Cohort")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Drugs")),
    str(QT_TRANSLATE_NOOP("CohortsView", "State")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Enrolled")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Benefit")),
    str(QT_TRANSLATE_NOOP("CohortsView", "No benefit")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Awaiting")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Free places")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Why")),
)
DRUG_COLUMNS = (
    str(QT_TRANSLATE_NOOP("CohortsView", "Drug")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Brand")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Company")),
    str(QT_TRANSLATE_NOOP("CohortsView", "Targets")),
    str(QT_TRANSLATE_NOOP("CohortsView", "On-label")),
)
PHASE_WORDS = (
    str(QT_TRANSLATE_NOOP("CohortsView", "open (stage 1)")),
    str(QT_TRANSLATE_NOOP("CohortsView", "awaiting stage-1 outcomes")),
    str(QT_TRANSLATE_NOOP("CohortsView", "expanded (stage 2)")),
    str(QT_TRANSLATE_NOOP("CohortsView", "awaiting stage-2 outcomes")),
    str(QT_TRANSLATE_NOOP("CohortsView", "positive")),
    str(QT_TRANSLATE_NOOP("CohortsView", "closed: negative")),
    str(QT_TRANSLATE_NOOP("CohortsView", "suspended")),
    str(QT_TRANSLATE_NOOP("CohortsView", "other trial")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CohortsView", text)


def _table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([_tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(value: Any, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(DASH if value is None else str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class CohortsView(QWidget):
    overview_did_load = Signal(object)  # CatalogueOverview

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: CatalogueOverview | None = None
        self.heading = QLabel()
        self.heading.setFont(theme.title_font(self.font(), 1.2))
        self.cohorts = _table(COHORT_COLUMNS)
        self.chart = TwoStageChart()
        self.enrolments = EnrolmentsPanel(context)
        self.drugs = _table(DRUG_COLUMNS)
        self.agreements = QLabel()
        self.agreements.setWordWrap(True)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel("<b>" + self.tr("Cohorts") + "</b>"))
        top_layout.addWidget(self.cohorts, 1)
        top_layout.addWidget(self.chart)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(self.enrolments)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>" + self.tr("Drug catalogue") + "</b>"))
        right_layout.addWidget(self.drugs, 1)
        right_layout.addWidget(self.agreements)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([940, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        for column, width in enumerate((200, 170, 160)):
            self.cohorts.setColumnWidth(column, width)
        header = self.cohorts.horizontalHeader()
        for column in range(3, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in enumerate((110, 90, 110, 110)):
            self.drugs.setColumnWidth(column, width)
        self.cohorts.currentCellChanged.connect(lambda row, *_a: self._chart_row(row))
        context.bus.changes_did_happen.connect(self._changes_happened)

    def refresh(self) -> Op[CatalogueOverview]:
        from mtb_desk.services.cohorts import catalogue_overview

        database = self.context.database
        return Op(self, lambda _p: catalogue_overview(database)).success(self.show_overview).run()

    def _changes_happened(self, changes: Changes) -> None:
        if changes.matches or changes.recommendations or changes.cohorts:
            self.refresh()

    def show_overview(self, overview: CatalogueOverview) -> None:
        chosen = self.current_code()
        self.overview = overview
        if overview.version is None:
            self.heading.setText(self.tr("No drug catalogue loaded in this database."))
        else:
            self.heading.setText(
                self.tr("%1 · catalogue version %2")
                .replace("%1", overview.title or self.tr("Drug catalogue"))
                .replace("%2", overview.version)
            )
        self._fill_cohorts(overview.cohorts)
        self._fill_drugs(overview.drugs)
        lines = [
            self.tr("%1 (%2): %3 of %4 places left")
            .replace("%1", a.name)
            .replace("%2", a.company)
            .replace("%3", str(a.places_left))
            .replace("%4", str(a.max_patients))
            for a in overview.agreements
        ]
        self.agreements.setText("<br>".join(lines))
        if overview.cohorts:
            codes = [c.code for c in overview.cohorts]
            row = codes.index(chosen) if chosen in codes else 0
            if row == self.cohorts.currentRow():
                self._chart_row(row)  # same row: no currentCellChanged to redraw it
            self.cohorts.selectRow(row)
        self.overview_did_load.emit(overview)

    def current_code(self) -> str | None:
        row = self.cohorts.currentRow()
        if self.overview is None or not 0 <= row < len(self.overview.cohorts):
            return None
        return self.overview.cohorts[row].code

    def select_cohort(self, code: str) -> None:
        codes = [c.code for c in self.overview.cohorts] if self.overview else []
        if code in codes:
            self.cohorts.selectRow(codes.index(code))

    def _fill_cohorts(self, cohorts: Sequence[CohortOverview]) -> None:
        self.cohorts.setRowCount(len(cohorts))
        for row, cohort in enumerate(cohorts):
            state = _cell(_tr(cohort.phase))
            kind = "ok" if cohort.accepting else "muted"
            state.setForeground(theme.accent(kind, self))
            values = [
                _cell(cohort.code),
                _cell(", ".join(cohort.drugs)),
                state,
                _cell(cohort.enrolled, number=True),
                _cell(cohort.benefit, number=True),
                _cell(cohort.no_benefit, number=True),
                _cell(cohort.pending, number=True),
                _cell(cohort.free_slots, number=True),
                _cell(phrase_text(cohort.why) or cohort.reason),
            ]
            for column, item in enumerate(values):
                item.setToolTip(f"{cohort.name}\n{phrase_text(cohort.why) or cohort.reason}")
                self.cohorts.setItem(row, column, item)

    def _fill_drugs(self, drugs: Sequence[DrugView]) -> None:
        self.drugs.setRowCount(len(drugs))
        for row, drug in enumerate(drugs):
            on_label = "; ".join(drug.on_label)
            values = (drug.inn, drug.brand, drug.company, ", ".join(drug.targets), on_label)
            for column, value in enumerate(values):
                item = _cell(value)
                item.setToolTip(on_label or drug.inn)
                self.drugs.setItem(row, column, item)

    def _chart_row(self, row: int) -> None:
        if self.overview is None or not 0 <= row < len(self.overview.cohorts):
            return
        cohort = self.overview.cohorts[row]
        design = (
            cohort.stage1_size, cohort.stage1_min_benefit,
            cohort.total_size, cohort.total_min_benefit,
        )  # fmt: skip
        self.chart.set_counts(
            cohort.code, cohort.benefit, cohort.no_benefit, cohort.pending, design
        )
        self.enrolments.load(cohort.code)
