"""The findings table's paging: a filter box by gene, what part of the findings is shown
("Showing 1–200 of 1,000,000 findings"), and the next page fetched off the GUI thread when
the table scrolls to its end. The database sorts and filters (`finding_pages`)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from mtb_desk.services.finding_pages import (
    PAGE_SIZE,
    FindingPage,
    FindingPageQuery,
    SortKey,
    finding_page,
)
from ui.case.findings_model import FindingsTableModel
from ui.context import AppContext
from ui.ops.op import Op, show_error

FILTER_DELAY_MS = 250  # typing a gene waits this long after the last key before asking


class FindingPager(QObject):
    page_did_load = Signal()  # a filtered first page or a further page is in the model

    def __init__(
        self, context: AppContext, case_id: int, model: FindingsTableModel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context, self._case_id, self._model, self._widget = context, case_id, model, parent
        self.page_size = PAGE_SIZE
        self.filter = QLineEdit()
        self.filter.setObjectName("finding_filter")
        self.filter.setPlaceholderText(self.tr("Filter by gene…"))
        self.filter.setToolTip(self.tr("Show the findings whose gene starts with this text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(220)
        self.status = QLabel()
        self.status.setObjectName("finding_status")
        self.status.setToolTip(
            self.tr("Reportable findings first, then PASS, coding and annotated ones")
        )
        self.bar = QWidget()
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.status, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._timer.start())
        model.more_wanted.connect(self._fetch_more)
        model.modelReset.connect(self._say)
        model.rowsInserted.connect(self._say)

    @property
    def gene(self) -> str:
        return self.filter.text().strip()

    def apply_filter(self) -> None:
        """Ask for the first page of the findings the filter box names."""
        self._timer.stop()
        gene = self.gene
        database, case_id = self._context.database, self._case_id
        query = FindingPageQuery(gene=gene, limit=self.page_size)
        (
            Op(self, lambda _p: finding_page(database, case_id, query))
            .success(lambda page: self._show_first(gene, page))
            .run()
        )

    def _show_first(self, gene: str, page: FindingPage) -> None:
        if gene != self.gene:  # the user typed on: a newer request is on its way
            return
        self._model.set_page(page.findings, page.total, more=page.more)
        self.page_did_load.emit()

    def _fetch_more(self, after: SortKey) -> None:
        gene, total = self.gene, self._model.total
        database, case_id = self._context.database, self._case_id
        query = FindingPageQuery(gene=gene, after=after, limit=self.page_size)
        (
            Op(self, lambda _p: finding_page(database, case_id, query, total))
            .success(lambda page: self._append(gene, page))
            .failure(self._failed)
            .run()
        )

    def _append(self, gene: str, page: FindingPage) -> None:
        if gene != self.gene:
            self._model.fetch_failed()
            return
        self._model.append_page(page.findings, more=page.more)
        self.page_did_load.emit()

    def _failed(self, error: BaseException) -> None:
        self._model.fetch_failed()
        show_error(self._widget, error)

    def _say(self) -> None:
        self.status.setText(self.status_text())

    def status_text(self) -> str:
        shown, total, gene = self._model.rowCount(), self._model.total, self.gene
        if total == 0:
            if not gene:
                return ""
            return self.tr("No finding of a gene starting with “%1”.").replace("%1", gene)
        locale = QLocale()
        if gene:
            text = self.tr("Showing %1–%2 of %3 findings of genes starting with “%4”")
            text = text.replace("%4", gene)
        else:
            text = self.tr("Showing %1–%2 of %3 findings")
        text = (
            text.replace("%1", locale.toString(1 if shown else 0))
            .replace("%2", locale.toString(shown))
            .replace("%3", locale.toString(total))
        )
        if self._model.more:
            text += " " + self.tr("(scroll down for more)")
        return text
