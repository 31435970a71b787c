"""The trial's funnel as a Qt Charts bar chart, with the table of counts, percentages and
the reasons cases drop at each step; export to XLSX or CSV."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import settings, theme
from ui.followup.dialogs import date_edit, date_of
from ui.followup.lists import fill, make_table
from ui.formatting import count_text, points_text, ui_language
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.funnel import Funnel
    from ui.context import AppContext

STEP_WORDS = (
    str(QT_TRANSLATE_NOOP("FunnelView", "Profiled")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Discussed at a board")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Actionable finding")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Matched (cohort or trial)")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Treatment recommended")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Started treatment")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Evaluable at week 16")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Disease control at week 16")),
)
TABLE_COLUMNS = (
    str(QT_TRANSLATE_NOOP("FunnelView", "Group")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Step")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Cases")),
    str(QT_TRANSLATE_NOOP("FunnelView", "% of profiled")),
    str(QT_TRANSLATE_NOOP("FunnelView", "% of previous")),
    str(QT_TRANSLATE_NOOP("FunnelView", "Why cases dropped")),
)
MAX_GROUPS_IN_CHART = 6


_LITERALS = (  # what `_tr` is called with, marked for lupdate (it cannot see through `_tr`)
    QT_TRANSLATE_NOOP("FunnelView", "all"),
    QT_TRANSLATE_NOOP("FunnelView", "all cases"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FunnelView", text)


class FunnelView(QWidget):
    funnel_did_load = Signal(object)  # Funnel

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.funnel: Funnel | None = None
        heading = QLabel(self.tr("Trial funnel: from profiling to disease control at week 16"))
        heading.setFont(theme.title_font(self.font(), 1.2))
        self.use_from, self.start = QCheckBox(self.tr("From")), date_edit(dt.date(2025, 1, 1))
        self.use_to, self.end = QCheckBox(self.tr("to")), date_edit()
        self.by = QComboBox()
        for text, data in (
            (self.tr("Overall"), None),
            (self.tr("By hospital"), "hospital"),
            (self.tr("By tumour type"), "tumour"),
            (self.tr("By cohort"), "cohort"),
        ):
            self.by.addItem(text, data)  # fmt: skip
        self.export = QPushButton(self.tr("Export…"))
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.table = make_table("FunnelView", TABLE_COLUMNS)
        row = QHBoxLayout()
        for widget in (self.use_from, self.start, self.use_to, self.end, self.by):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setSizes([380, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.use_from, self.use_to):
            box.toggled.connect(lambda _c: self.refresh())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.export.clicked.connect(self.ask_export)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        start = date_of(self.start) if self.use_from.isChecked() else None
        end = date_of(self.end) if self.use_to.isChecked() else None
        return start, end

    def refresh(self) -> Op[Funnel]:
        from mtb_desk.services.funnel import trial_funnel

        database, (start, end), by = self.context.database, self.period(), self.by.currentData()
        return (
            Op(self, lambda _p: trial_funnel(database, start=start, end=end, by=by))
            .success(self.show_funnel)
            .run()
        )

    def show_funnel(self, funnel: Funnel) -> None:
        from mtb_desk.domain.funnel import drop_words, group_label

        lang = ui_language()
        self.funnel = funnel
        self.chart_view.setChart(self._chart(funnel))
        fill(self.table, [
            (group_label(g.name, lang), _tr(s.label), count_text(s.count),
             points_text(s.percent_of_first), points_text(s.percent_of_previous) if i else "",
             "; ".join(f"{drop_words(code, lang)}: {count_text(n)}" for code, n in s.drops))
            for g in funnel.groups for i, s in enumerate(g.steps)
        ])  # fmt: skip
        self.funnel_did_load.emit(funnel)

    def _chart(self, funnel: Funnel) -> QChart:
        """Overall: one horizontal bar per step. By group: per group, a bar per step."""
        chart = QChart()
        chart.setTitle(
            self.tr("%1 cases referred in the period").replace("%1", count_text(funnel.cases))
        )
        steps = funnel.groups[0].steps
        if funnel.by:
            groups = funnel.groups[1 : 1 + MAX_GROUPS_IN_CHART]
            series: QBarSeries | QHorizontalBarSeries = QBarSeries()
            for index, step in enumerate(steps):
                bars = QBarSet(_tr(step.label))
                for group in groups:
                    bars.append(group.steps[index].count)
                series.append(bars)
            categories = [g.name for g in groups]
            top = max((s.count for g in groups for s in g.steps), default=1)
        else:
            series = QHorizontalBarSeries()
            bars = QBarSet(_tr("all cases"))
            for step in reversed(steps):
                bars.append(step.count)
            series.append(bars)
            categories = [
                f"{_tr(s.label)}: {count_text(s.count)} ({points_text(s.percent_of_first, 0)})"
                for s in reversed(steps)
            ]
            top = max((s.count for s in steps), default=1)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        groups_axis = QBarCategoryAxis()
        groups_axis.append(categories)
        counts_axis = QValueAxis()
        counts_axis.setRange(0, max(1, top) * 1.1)
        counts_axis.setLabelFormat("%d")
        horizontal = not funnel.by
        chart.addAxis(groups_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)  # fmt: skip
        chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)  # fmt: skip
        series.attachAxis(groups_axis)
        series.attachAxis(counts_axis)
        chart.legend().setVisible(bool(funnel.by))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export funnel"), settings.export_folder() + "/funnel.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> Op[None]:
        from pathlib import Path

        from mtb_desk.reports.tables import write_table
        from mtb_desk.services.funnel import funnel_rows

        if self.funnel is None:
            raise RuntimeError("no funnel loaded")
        workbook = path.lower().endswith(".xlsx")  # a person reads it: words and % in the
        rows = funnel_rows(self.funnel, ui_language(), for_people=workbook)  # reader's language
        return Op(self, lambda _p: write_table(Path(path), {"Funnel": rows})).on_file_pool().run()
