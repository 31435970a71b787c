"""The worklist table model: pages of 200 case summaries, fetched off the GUI thread.

The model keeps only the rows fetched so far. `fetchMore` asks the op helper for the next
page; a new query (search, filter, sort) bumps a generation number so that late answers
to an old query are dropped instead of mixed in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mtb_desk.domain.records import CaseSummary, Page
from mtb_desk.services.worklist import CaseQuery, SortKey, sort_value
from ui.formatting import date_text, datetime_text, enum_text
from ui.ops.op import Op

PAGE_SIZE = 200
Fetch = Callable[[CaseQuery], Page[CaseSummary]]
Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _hospital(case: CaseSummary) -> str:
    return case.hospital_code or ""


COLUMNS: tuple[tuple[str, SortKey | None, Callable[[CaseSummary], str]], ...] = (
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Study id")),
        SortKey.STUDY_ID,
        lambda c: c.study_id,
    ),
    (str(QT_TRANSLATE_NOOP("WorklistTableModel", "Patient")), None, lambda c: c.patient_name or ""),
    (str(QT_TRANSLATE_NOOP("WorklistTableModel", "Hospital")), SortKey.HOSPITAL, _hospital),
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Diagnosis")),
        SortKey.DIAGNOSIS,
        lambda c: c.diagnosis_code + (f" – {c.diagnosis_text}" if c.diagnosis_text else ""),
    ),
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Status")),
        SortKey.STATUS,
        lambda c: enum_text(c.status),
    ),
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Referred")),
        SortKey.REFERRAL_DATE,
        lambda c: date_text(c.referral_date),
    ),
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Next meeting")),
        None,
        lambda c: date_text(c.next_meeting),
    ),
    (
        str(QT_TRANSLATE_NOOP("WorklistTableModel", "Last change")),
        SortKey.UPDATED,
        lambda c: datetime_text(c.updated_at),
    ),
)


class WorklistTableModel(QAbstractTableModel):
    """Rows are `CaseSummary` records; ids, not ORM objects."""

    page_did_load = Signal()
    counts_did_change = Signal(int, int)  # loaded, total
    load_did_fail = Signal(str)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._query = CaseQuery(limit=PAGE_SIZE)
        self._generation = 0
        self._loading = False

    # -- queries ----------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: CaseQuery) -> None:
        """Start over with `query` (its offset and limit are the model's business)."""
        self._query = dataclasses.replace(query, offset=0, limit=PAGE_SIZE, with_total=True)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._loading = False
        self._load(0)

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), None)

    # -- lazy fetching ----------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._load(len(self._rows))

    def _load(self, offset: int) -> None:
        self._loading = True
        generation = self._generation
        last = self._rows[offset - 1] if 0 < offset <= len(self._rows) else None
        after = None if last is None else (sort_value(last, self._query.sort), last.id)
        query = dataclasses.replace(self._query, offset=offset, with_total=offset == 0, after=after)
        fetch = self._fetch
        (
            Op(self, lambda _p: fetch(query))
            .success(lambda page: self._page_loaded(generation, page))
            .failure(lambda error: self._page_failed(generation, error))
            .run()
        )

    def _page_loaded(self, generation: int, page: Page[CaseSummary]) -> None:
        if generation != self._generation:
            return  # an answer to a query the user has already changed
        self._loading = False
        if page.offset == 0:
            self._total = page.total
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()
        if len(page.items) < page.limit:  # the data shrank under us: what we have is all
            self._total = len(self._rows)
        self.counts_did_change.emit(len(self._rows), self._total)
        self.page_did_load.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            from ui.ops.op import describe_error

            self.load_did_fail.emit(describe_error(error))

    # -- the table --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][2](self._rows[index.row()])
        if role == CASE_ID_ROLE:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self._rows[index.row()].hospital_name
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("WorklistTableModel", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return QCoreApplication.translate("WorklistTableModel", "This column cannot be sorted")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key is self._query.sort and descending == self._query.descending:
            return
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c[1] is self._query.sort)
