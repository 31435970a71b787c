"""The findings table's paging: a filter box by gene, what part of the findings is shown
("Showing 1–200 of 1,000,000 findings"), and the next page fetched off the GUI thread when
the table scrolls to its end. The database sorts and filters (`finding_pages`).

A finding asked for that is not loaded (a match's, deep in a whole-genome case) is brought in
(`show_finding`, placed by `finding_place`): the rows up to it when they are few, else a page
that starts at it ("Showing 40,001–40,200 of …", with a button back to the top); a gene filter
that hides it is cleared, and a note says so."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mtb_desk.services.finding_pages import (
    PAGE_SIZE,
    FindingPage,
    FindingPageQuery,
    SortKey,
    finding_page,
)
from mtb_desk.services.finding_place import FindingPlace, Shown, finding_place
from ui import theme
from ui.case.findings_model import FindingsTableModel
from ui.context import AppContext
from ui.ops.op import Op, show_error

FILTER_DELAY_MS = 250  # typing a gene waits this long after the last key before asking


class FindingPager(QObject):
    page_did_load = Signal()  # a filtered first page or a further page is in the model
    finding_did_show = Signal(int)  # the finding `show_finding` brought in is in the model

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
        self.top = QPushButton(self.tr("Back to the top"))
        self.top.setObjectName("finding_top")
        self.top.setToolTip(self.tr("Show the findings from the first one again"))
        self.top.clicked.connect(self.apply_filter)
        self.top.hide()
        self.note = QLabel()
        self.note.setObjectName("finding_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.bar = QWidget()
        outer = QVBoxLayout(self.bar)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.addWidget(self.filter)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.top)
        outer.addLayout(layout)
        outer.addWidget(self.note)
        self._asked = 0  # each request's number: an answer to an older one is dropped
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

    def _ask(self) -> int:
        self._asked += 1
        return self._asked

    def apply_filter(self) -> None:
        """Ask for the first page of the findings the filter box names."""
        self._timer.stop()
        self._say_note("")
        gene, asked = self.gene, self._ask()
        database, case_id = self._context.database, self._case_id
        query = FindingPageQuery(gene=gene, limit=self.page_size)
        (
            Op(self, lambda _p: finding_page(database, case_id, query))
            .success(lambda page: self._show_first(asked, page))
            .run()
        )

    def _show_first(self, asked: int, page: FindingPage) -> None:
        if asked != self._asked:  # the user typed on: a newer request is on its way
            return
        self._model.set_page(page.findings, page.total, more=page.more)
        self.page_did_load.emit()

    def _fetch_more(self, after: SortKey) -> None:
        gene, total, asked = self.gene, self._model.total, self._asked
        database, case_id = self._context.database, self._case_id
        query = FindingPageQuery(gene=gene, after=after, limit=self.page_size)
        (
            Op(self, lambda _p: finding_page(database, case_id, query, total))
            .success(lambda page: self._append(asked, page))
            .failure(self._failed)
            .run()
        )

    def _append(self, asked: int, page: FindingPage) -> None:
        if asked != self._asked:  # the rows were replaced meanwhile
            self._model.fetch_failed()
            return
        self._model.append_page(page.findings, more=page.more)
        self.page_did_load.emit()

    def show_finding(self, finding_ids: frozenset[int]) -> None:
        """Bring the first of these findings (in the table's order) into the table, off the
        GUI thread; `finding_did_show` says which when it is there."""
        self._timer.stop()  # a filter still being typed would replace the rows again
        model, asked = self._model, self._ask()
        shown = Shown(self.gene, model.start, model.end, model.last_key())
        database, case_id, limit = self._context.database, self._case_id, self.page_size
        (
            Op(self, lambda _p: finding_place(database, case_id, sorted(finding_ids), shown, limit))
            .success(lambda place: self._show_place(asked, place))
            .run()
        )

    def _show_place(self, asked: int, place: FindingPlace | None) -> None:
        if asked != self._asked:
            return
        if place is None:
            self._say_note(self.tr("That finding is no longer part of this case."))
            return
        if place.gene != self.gene:
            hidden_by = self.gene
            self.filter.setText(place.gene)
            self._timer.stop()  # the rows below are already those of the cleared filter
            text = self.tr("The filter “%1” hid the finding asked for, so it was cleared.")
            self._say_note(text.replace("%1", hidden_by))
        page = place.page
        if place.continues:
            self._model.append_page(page.findings, more=page.more)
        else:
            self._model.set_page(page.findings, page.total, more=page.more, start=place.start)
        self.page_did_load.emit()
        self.finding_did_show.emit(place.finding_id)

    def _say_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {theme.accent('warn', self.note).name()};")
        self.note.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        self._model.fetch_failed()
        show_error(self._widget, error)

    def _say(self) -> None:
        self.status.setText(self.status_text())
        self.top.setVisible(self._model.start > 0)

    def status_text(self) -> str:
        start, shown = self._model.start, self._model.rowCount()
        total, gene = self._model.total, self.gene
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
            text.replace("%1", locale.toString(start + 1 if shown else 0))
            .replace("%2", locale.toString(start + shown))
            .replace("%3", locale.toString(total))
        )
        if self._model.more:
            text += " " + self.tr("(scroll down for more)")
        return text
