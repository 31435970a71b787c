"""The case view — the core screen: header, findings beside matches, recommendation below."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.records import CaseDetail
from mtb_desk.services.finding_pages import FindingPageQuery
from mtb_desk.services.permissions import Action
from ui import settings, theme
from ui.case.annotating import AnnotationSaver
from ui.case.delegates import ChoiceDelegate
from ui.case.finding_pager import FindingPager
from ui.case.findings_model import COL_ALTERATION, FindingsTableModel
from ui.case.header import CaseHeader
from ui.case.loading import LoadedCase, load_case
from ui.case.matches import MatchesTableModel, MatchLike, MatchProvider, service_matches
from ui.case.recommendation import RecommendationEditor
from ui.case.recommending import RecommendationController
from ui.context import AppContext, Changes
from ui.imports.flow import ImportFlow
from ui.ops.op import Op

if TYPE_CHECKING:  # loaded with the first case, not at start-up
    from mtb_desk.services.patient_history import PatientHistory

_FINDING_WIDTHS = (66, 50, 62, 170, 54, 96, 108, 40, 86, 120)  # # fits a 7-digit id
_MATCH_WIDTHS = (150, 120, 90, 220)

__all__ = ["CaseView", "LoadedCase"]


def _table(selection_mode: QAbstractItemView.SelectionMode) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection_mode)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setTabKeyNavigation(False)  # Tab leaves the table (it never traps the focus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [u.toLocalFile() for u in data.urls() if u.isLocalFile() and u.toLocalFile()]


class CaseView(QWidget):
    case_did_load = Signal(object)  # CaseDetail
    sign_wanted = Signal(str)  # study id: "Finalise and sign…" was chosen and saved
    access_did_record = Signal(int)  # case id
    status_message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        parent: QWidget | None = None,
        *,
        match_provider: MatchProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.case: CaseDetail | None = None
        self._provider = match_provider or service_matches
        self._syncing = False
        self._wanted: frozenset[int] = frozenset()  # the findings shown for a match
        self.header = CaseHeader()
        self.review_count = QLabel()
        self.findings_model = FindingsTableModel(self)
        self.findings_table = _table(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches_model = MatchesTableModel(self)
        self.matches_table = _table(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches_note = QLabel()
        self.recommendation = RecommendationEditor()
        self.saver = AnnotationSaver(context, case_id, self.findings_model, self)
        self.pager = FindingPager(context, case_id, self.findings_model, self)
        self.recommending = RecommendationController(context, self.recommendation, self)
        self.importer = ImportFlow(context, self)
        self._access_recorded = False
        self._history: PatientHistory | None = None
        self.setAcceptDrops(True)
        self._build()
        self._connect()
        self._apply_permissions()
        from ui.case.keys import install_case_keys

        self.key_actions = install_case_keys(self)

    # -- building ---------------------------------------------------------------
    def _build(self) -> None:
        brush = QBrush(theme.tint(self, QPalette.ColorRole.Highlight, 70))
        self.findings_model.highlight_brush = brush
        self.matches_model.highlight_brush = brush
        self.findings_table.setModel(self.findings_model)
        self.findings_table.setItemDelegate(ChoiceDelegate(self.findings_table))
        self.findings_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.matches_table.setModel(self.matches_model)
        self.match_detail = QLabel()
        self.match_detail.setWordWrap(True)
        self.match_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for table, widths in (
            (self.findings_table, _FINDING_WIDTHS),
            (self.matches_table, _MATCH_WIDTHS),
        ):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        self.matches_note.setWordWrap(True)
        self.matches_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matches_page = QSplitter(Qt.Orientation.Vertical)
        self.matches_page.addWidget(self.matches_table)
        self.matches_page.addWidget(self.match_detail)
        self.matches_page.setSizes([260, 140])
        self.matches_stack = QStackedWidget()
        self.matches_stack.addWidget(self.matches_page)
        self.matches_stack.addWidget(self.matches_note)
        findings_box = self._titled(self.tr("Findings"), self.findings_table, self.review_count)
        findings_box.layout().insertWidget(2, self.pager.bar)  # type: ignore[union-attr]
        matches_box = self._titled(self.tr("Matching cohorts and drugs"), self.matches_stack)
        from ui.followup.history import BoardHistoryWidget

        self.board_history = BoardHistoryWidget(self.context)
        matches_box.layout().addWidget(self.board_history)  # type: ignore[union-attr]
        self.side_by_side = QSplitter(Qt.Orientation.Horizontal)
        self.side_by_side.addWidget(findings_box)
        self.side_by_side.addWidget(matches_box)
        self.side_by_side.setStretchFactor(0, 3)
        self.side_by_side.setStretchFactor(1, 2)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.side_by_side)
        self.vertical.addWidget(self.recommendation)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.vertical, 1)
        self._restore_splitters()

    def _titled(self, title: str, body: QWidget, extra: QWidget | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(body, 1)
        return box

    def _connect(self) -> None:
        self.findings_model.review_count_did_change.connect(self._show_review_count)
        self.findings_table.selectionModel().selectionChanged.connect(self._finding_selected)
        self.matches_table.selectionModel().selectionChanged.connect(self._match_selected)
        self.saver.status_message.connect(self.status_message)
        self.recommending.status_message.connect(self.status_message)
        self.importer.status_message.connect(self.status_message)
        self.context.bus.changes_did_happen.connect(self._changes_happened)
        self.recommending.recommendation_did_save.connect(self._recommendation_saved)
        self.recommendation.finding_wanted.connect(lambda i: self.show_findings(frozenset({i})))
        self.pager.finding_did_show.connect(self._finding_brought_in)

    def _apply_permissions(self) -> None:
        actor = self.context.actor
        self.findings_model.set_edit_permission(actor.why_not(Action.ANNOTATE))

    def _restore_splitters(self) -> None:
        store = settings.settings()
        for name, splitter in (("side", self.side_by_side), ("vertical", self.vertical)):
            state = store.value(f"case_view/{name}")
            if state is None or not splitter.restoreState(state):
                splitter.setSizes([820, 600] if name == "side" else [560, 240])
            splitter.splitterMoved.connect(
                lambda *_a, n=name, s=splitter: self._save_splitter(n, s)
            )

    @staticmethod
    def _save_splitter(name: str, splitter: QSplitter) -> None:
        settings.set_value(f"case_view/{name}", splitter.saveState())

    # -- loading ----------------------------------------------------------------
    def load(self) -> Op[LoadedCase]:
        """(Re)load the case; a reload keeps the filter and as many findings as were shown."""
        database, case_id, provider = self.context.database, self.case_id, self._provider
        model = self.findings_model
        shown = max(self.pager.page_size, model.rowCount())
        query = FindingPageQuery(gene=self.pager.gene, limit=shown)
        around = None  # rows that begin further on stay where the cursor is
        if model.start > 0 and model.rowCount():
            current = self.findings_table.currentIndex()
            around = model.finding(current.row() if current.isValid() else 0).id
        fetch = lambda _p: load_case(database, case_id, provider, query, around)  # noqa: E731
        return Op(self, fetch).success(self.show_loaded).run()

    def show_loaded(self, loaded: LoadedCase) -> None:
        self.case = loaded.case
        self.header.show_case(loaded.case)
        self.header.show_history(loaded.history)
        self._history = loaded.history
        page, counts = loaded.page, (loaded.counts.to_review, loaded.counts.total)
        self._keep_cursor(
            lambda: self.findings_model.set_page(
                page.findings, page.total, more=page.more, counts=counts, start=loaded.start
            )
        )
        named = {f.id for f in loaded.named}
        shown = [f for f in page.findings if f.id not in named]
        self.recommendation.set_findings([*loaded.named, *shown])
        case = loaded.case
        self.recommendation.set_tumour(case.diagnosis_text or case.diagnosis_code)
        self.show_matches(loaded.matches, loaded.matches_error)
        self.recommending.load(loaded.case.study_id)
        self.board_history.load(loaded.case.study_id)
        self.recommendation.may_sign = self.context.actor.may(Action.EXPORT)
        self._record_access()
        self.case_did_load.emit(loaded.case)

    def _keep_cursor(self, reload: Callable[[], None]) -> None:
        """Reloading keeps the findings table's cursor on the same finding (annotating by
        key goes on where it was, after the save's reload)."""
        current = self.findings_table.currentIndex()
        finding_id = self.findings_model.finding(current.row()).id if current.isValid() else None
        reload()
        row = self.findings_model.row_of(finding_id) if finding_id is not None else None
        if row is not None:
            self.findings_table.setCurrentIndex(self.findings_model.index(row, current.column()))

    def _record_access(self) -> None:
        """Opening a case views personal data: the access log says who (once per opening)."""
        if self._access_recorded:
            return
        self._access_recorded = True
        from mtb_desk.services.access_log import record_access

        database, actor, case_id = self.context.database, self.context.actor, self.case_id
        (
            Op(self, lambda _p: record_access(database, actor, case_id, "view"))
            .success(lambda _r: self.access_did_record.emit(case_id))
            .writes()
            .run()
        )

    # -- importing: menu or drag-and-drop --------------------------------------------
    def import_files(self, paths: Sequence[str]) -> bool:
        """Start the import flow (dry run and preview first); False if not allowed now."""
        if self.case is None or not paths:
            return False
        why_not = self.context.actor.why_not(Action.IMPORT_REPORT)
        if why_not:
            self.status_message.emit(why_not)
            return False
        self.importer.start(self.case_id, self.case.study_id, paths)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_files(event) and self.context.actor.may(Action.IMPORT_REPORT):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = dropped_files(event)
        if paths and self.import_files(paths):
            event.acceptProposedAction()

    def show_matches(self, matches: Sequence[MatchLike], error: str | None = None) -> None:
        self.matches_model.set_matches(matches)
        if matches:
            self.match_detail.setText(self.tr("Select a match to see why it matches."))
            self.matches_stack.setCurrentWidget(self.matches_page)
            return
        if error:
            self.matches_note.setText(self.tr("Matching failed: %1").replace("%1", error))
        else:
            self.matches_note.setText(self.tr("No cohort in the catalogue matches this case."))
        self.matches_stack.setCurrentWidget(self.matches_note)

    def _changes_happened(self, changes: Changes) -> None:
        if self.case is None:
            return
        if self.case_id in changes.cases or (changes.findings and changes.matches):
            self.load()
        elif changes.recommendations:  # signed elsewhere (export, batch): new signatures
            self.recommending.load(self.case.study_id)

    def _recommendation_saved(self, view: object) -> None:
        del view
        if self.recommendation.sign_after_save and self.case is not None:
            self.recommendation.sign_after_save = False
            self.sign_wanted.emit(self.case.study_id)

    def use_top_match(self) -> bool:
        """Select the first eligible match and take it into the form (Ctrl+M)."""
        if self.recommendation.read_only:
            self.status_message.emit(
                self.tr("The recommendation is final; choose New revision to change it.")
            )
            return False
        tried = self._history_cohorts()
        for row in range(self.matches_model.rowCount()):
            match = self.matches_model.match(row)
            status = str(getattr(match.status, "value", match.status))
            if status == "eligible" and match.cohort not in tried:
                self.matches_table.selectRow(row)
                self.recommendation.take_selected_match()
                self.recommendation.rationale.setFocus()
                return True
        message = self.tr("No eligible match for this case.")
        if tried:
            message += " " + self.tr("Already enrolled before: %1.").replace("%1", ", ".join(tried))
        self.status_message.emit(message)
        return False

    def _history_cohorts(self) -> list[str]:
        history = self._history
        return [e.cohort for e in history.enrolments] if history is not None else []

    def _show_review_count(self, open_count: int, total: int) -> None:
        if total == 0:
            self.review_count.setText(self.tr("No findings imported yet."))
            return
        number = QLocale().toString
        text = self.tr("%1 of %2 findings still to review").replace("%1", number(open_count))
        self.review_count.setText(text.replace("%2", number(total)))
        kind = "warn" if open_count else "ok"
        self.review_count.setStyleSheet(f"color: {theme.accent(kind, self).name()};")

    # -- selection: a match highlights its finding and vice versa -------------------
    def _finding_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self._syncing:
            return
        rows = {i.row() for i in selected.indexes()}
        finding_ids = {self.findings_model.finding(r).id for r in rows}
        match_rows: set[int] = set()
        for finding_id in finding_ids:
            match_rows.update(self.matches_model.rows_for_finding(finding_id))
        self.findings_model.set_highlighted(frozenset())
        self.matches_model.set_highlighted(frozenset(match_rows))
        if match_rows:
            self._syncing = True
            self.matches_table.scrollTo(self.matches_model.index(min(match_rows), 0))
            self._syncing = False

    def _detail_html(self, match: Any) -> str:
        """The match's reason, then approved alternatives and what was not tested."""
        from html import escape

        from ui.case.matches import extra_lines, reason_text

        lines = [f"<b>{escape(match.cohort)}</b> — {escape(reason_text(match))}"]
        alternatives, untested = extra_lines(match)
        approved, not_tested = self.tr("Approved alternative"), self.tr("Not tested")
        lines += [f"{approved}: {escape(text)}" for text in alternatives]
        lines += [f"{not_tested}: {escape(text)}" for text in untested]
        return "<br>".join(lines)

    def _match_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self._syncing:
            return
        rows = sorted({i.row() for i in selected.indexes()})
        match = self.matches_model.match(rows[0]) if rows else None
        self.recommendation.set_selected_match(match)
        if match is not None:
            self.match_detail.setText(self._detail_html(match))
        ids: set[int] = set()
        if match is not None:
            ids = set(match.findings) | ({match.finding} if match.finding else set())
        self.matches_model.set_highlighted(frozenset())
        self.show_findings(frozenset(ids))

    def show_findings(self, ids: frozenset[int]) -> None:
        """Highlight these findings and select the first in the table; one that is not loaded
        (deep in a whole-genome case, or hidden by the gene filter) is brought in first."""
        self._wanted = ids
        self.findings_model.set_highlighted(ids)
        rows_found = [r for i in ids if (r := self.findings_model.row_of(i)) is not None]
        if rows_found:
            self._select_finding_row(min(rows_found))
        elif ids:
            self.status_message.emit(self.tr("Loading the page that holds the finding…"))
            self.pager.show_finding(ids)

    def _finding_brought_in(self, finding_id: int) -> None:
        self.findings_model.set_highlighted(self._wanted)
        row = self.findings_model.row_of(finding_id)
        if row is not None:
            self._select_finding_row(row)
            self.status_message.emit("")

    def _select_finding_row(self, row: int) -> None:
        """Make the row current and selected, and highlight the matches that name it (as
        choosing the row does), without the selection reaching back to the matches table."""
        index = self.findings_model.index(row, COL_ALTERATION)
        finding_id = self.findings_model.finding(row).id
        self.matches_model.set_highlighted(
            frozenset(self.matches_model.rows_for_finding(finding_id))
        )
        self._syncing = True
        try:
            self.findings_table.setCurrentIndex(index)
        finally:
            self._syncing = False
        self.findings_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
