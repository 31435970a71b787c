"""The worklist screen: search (debounced), filters, the lazily paged table and its counts."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import CaseStatus
from mtb_desk.domain.records import HospitalView, MeetingSummary
from ui.formatting import date_text, enum_text
from ui.worklist.model import CASE_ID_ROLE, WorklistTableModel

SEARCH_DELAY_MS = 250
_WIDTHS = (110, 170, 80, 320, 100, 100, 110, 140)


class WorklistView(QWidget):
    """Emits `case_was_chosen(case_id)` on double-click or Enter."""

    case_was_chosen = Signal(int)

    def __init__(self, model: WorklistTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search study id, patient or diagnosis…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.hospital_filter = QComboBox()
        self.meeting_filter = QComboBox()
        self.counts = QLabel()
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table = QTableView()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._open_single_hit = False
        self._build_layout()
        self._fill_status_filter()
        self.set_hospitals([])
        self.set_meetings([])
        self._connect()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("Status"), self.status_filter),
            (self.tr("Hospital"), self.hospital_filter),
            (self.tr("Meeting"), self.meeting_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(combo, 1)
        bar.addWidget(self.counts, 1)
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_WIDTHS):
            table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(table)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_now)
        self._debounce.timeout.connect(self.apply_filters)
        for combo in (self.status_filter, self.hospital_filter, self.meeting_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.doubleClicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.model.counts_did_change.connect(self._show_counts)
        self.model.page_did_load.connect(self._page_loaded)
        self.search.installEventFilter(self)
        self.model.modelReset.connect(lambda: self.counts.setText(self.tr("Loading…")))
        self.model.load_did_fail.connect(self.counts.setText)

    # -- filters ----------------------------------------------------------------
    def _fill_status_filter(self) -> None:
        self.status_filter.addItem(self.tr("All"), None)
        for status in CaseStatus:
            self.status_filter.addItem(enum_text(status), status.value)

    def set_hospitals(self, hospitals: Sequence[HospitalView]) -> None:
        self._refill(self.hospital_filter, [(f"{h.code} – {h.name}", h.code) for h in hospitals])

    def set_meetings(self, meetings: Sequence[MeetingSummary]) -> None:
        items = [(f"{date_text(m.held_on)} {m.title}", m.id) for m in meetings]
        self._refill(self.meeting_filter, items)

    def _refill(self, combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _apply_now(self) -> None:
        """Enter in the search box: search now; the only hit opens at once."""
        self._debounce.stop()
        self._open_single_hit = True
        before = self.model.query
        self.apply_filters()
        if self.model.query == before and not self.model.loading:
            self._page_loaded()

    def _page_loaded(self) -> None:
        if self._open_single_hit and self.model.total == 1 and self.model.rowCount() == 1:
            self._open_single_hit = False
            self._chosen(self.model.index(0, 0))
            return
        self._open_single_hit = False
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)  # Enter in the table opens the case under the cursor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search box moves into the results."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def apply_filters(self) -> None:
        status = self.status_filter.currentData()
        hospital = self.hospital_filter.currentData()
        meeting = self.meeting_filter.currentData()
        query = dataclasses.replace(
            self.model.query,
            text=self.search.text().strip(),
            statuses=frozenset({CaseStatus(status)}) if status else frozenset(),
            hospital_codes=frozenset({hospital}) if hospital else frozenset(),
            meeting_id=meeting,
        )
        if query != self.model.query:
            self.model.set_query(query)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole):
            header = self.table.horizontalHeader()  # not sortable: put the indicator back
            header.blockSignals(True)
            previous = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(self.model.sort_column(), previous)
            header.blockSignals(False)

    def _show_counts(self, loaded: int, total: int) -> None:
        if total == 0:
            self.counts.setText(self.tr("No cases match"))
        elif loaded >= total:
            self.counts.setText(self.tr("%n case(s)", "", total))
        else:
            text = self.tr("%1 of %2 cases loaded")
            self.counts.setText(text.replace("%1", f"{loaded:n}").replace("%2", f"{total:n}"))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_was_chosen.emit(int(self.model.data(index, CASE_ID_ROLE)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
