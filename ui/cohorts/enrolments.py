"""The enrolled patients of one cohort, with their week-16 outcomes and withdrawals.

The week-16 outcome is derived from the treatment's visits (recorded in the case's follow-up);
the chair confirms it here, and only confirmed outcomes move the cohort. Users who may enrol
withdraw a patient from here; each is one service call through the op helper, and a refusal
is shown in the service's own words. "Enrol in cohort…" opens the enrolment dialog for the
cohort shown (`ui.cohorts.enrolling`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.services.permissions import Action
from ui.cohorts.enrolling import EnrolmentFlow
from ui.context import AppContext, Changes
from ui.formatting import DASH, date_text, ui_language
from ui.ops.op import Op, refusal_text
from ui.translation import localise_buttons

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.cohorts import EnrolmentView
    from ui.cohorts.dialogs import WithdrawDialog

COLUMNS = (
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Study id")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Hospital")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Enrolled")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Week-16 outcome")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Response")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Evaluated")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Withdrawn")),
    str(QT_TRANSLATE_NOOP("EnrolmentsPanel", "Reason")),
)


_LITERALS = (  # what `_tr` is called with, marked for lupdate (it cannot see through `_tr`)
    QT_TRANSLATE_NOOP("EnrolmentsPanel", "awaiting week 16"),
    QT_TRANSLATE_NOOP("EnrolmentsPanel", "awaiting the chair's confirmation"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrolmentsPanel", text)


OUTCOME_WORDS = {
    "benefit": QT_TRANSLATE_NOOP("EnrolmentsPanel", "benefit"),
    "no-benefit": QT_TRANSLATE_NOOP("EnrolmentsPanel", "no benefit"),
    "not-evaluable": QT_TRANSLATE_NOOP("EnrolmentsPanel", "not evaluable"),
}


def _benefit_text(row: EnrolmentView) -> str:
    if row.outcome is not None:
        return _tr(str(OUTCOME_WORDS[row.outcome]))
    if row.awaiting_confirmation:
        return _tr("awaiting the chair's confirmation")
    return _tr("awaiting week 16")


def _cells(row: EnrolmentView) -> tuple[str, ...]:
    withdrawn = date_text(row.withdrawn_on)
    benefit = DASH if withdrawn and row.outcome is None else _benefit_text(row)
    return (
        row.study_id,
        row.hospital or DASH,
        date_text(row.enrolled_on),
        benefit,
        row.response.value if row.response else DASH,
        date_text(row.evaluated_on) or DASH,
        withdrawn or DASH,
        row.withdrawal_reason or DASH,
    )


class EnrolmentsPanel(QWidget):
    enrolments_did_load = Signal(str)  # cohort code
    enrolment_did_change = Signal(str)  # a sentence for the status bar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = ""
        self.rows: list[EnrolmentView] = []
        self.heading = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.record = QPushButton(self.tr("Confirm week-16 outcome…"))
        self.withdraw = QPushButton(self.tr("Withdraw…"))
        self.enrol = QPushButton(self.tr("Enrol in cohort…"))
        self.flow = EnrolmentFlow(context, self)
        self.flow.enrolment_did_save.connect(lambda view: self.select_later(view.study_id))
        self._build()
        self.enrol.clicked.connect(lambda: self.flow.ask(cohort=self.code or None))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.record.clicked.connect(self.ask_outcome)
        self.withdraw.clicked.connect(self.ask_withdrawal)
        self._update_buttons()

    def _build(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.enrol)
        buttons.addWidget(self.record)
        buttons.addWidget(self.withdraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(table, 1)

    # -- loading ----------------------------------------------------------------
    def load(self, code: str) -> Op[list[EnrolmentView]]:
        from mtb_desk.services.cohorts import cohort_enrolments

        self.code = code
        database = self.context.database
        return Op(self, lambda _p: cohort_enrolments(database, code)).success(self._fill).run()

    def _fill(self, rows: Sequence[EnrolmentView]) -> None:
        if rows and rows[0].cohort != self.code:
            return  # an older load finished after a newer choice
        current = self.current()
        wanted = current.study_id if current is not None else None
        self.rows = list(rows)
        heading = self.tr("Enrolled in %1 (%2)").replace("%1", self.code)
        self.heading.setText("<b>" + heading.replace("%2", str(len(rows))) + "</b>")
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate(_cells(row)):
                item = QTableWidgetItem(text)
                if row.withdrawn_on is not None:
                    item.setForeground(self.palette().placeholderText())
                item.setToolTip(
                    "\n".join(
                        t
                        for t in (row.derived_in(ui_language()), row.withdrawal_reason,
                                  row.cohort_state_in(ui_language()))
                        if t
                    )
                )
                self.table.setItem(index, column, item)
            if row.study_id == wanted:
                self.table.selectRow(index)
        self._update_buttons()
        self.enrolments_did_load.emit(self.code)

    def current(self) -> EnrolmentView | None:
        index = self.table.currentRow()
        selected = bool(self.table.selectedItems())
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def select_later(self, study_id: str) -> None:
        """Select this patient once the enrolments have reloaded (after an enrolment)."""

        def pick(_code: str) -> None:
            self.enrolments_did_load.disconnect(pick)
            self.select(study_id)

        self.enrolments_did_load.connect(pick)

    def select(self, study_id: str) -> None:
        for index, row in enumerate(self.rows):
            if row.study_id == study_id:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        why_not = refusal_text(self.context.actor, Action.ENROL)
        may_confirm = refusal_text(self.context.actor, Action.CONFIRM_OUTCOME)
        row = self.current()
        open_row = row is not None and row.withdrawn_on is None
        awaiting = row is not None and row.withdrawn_on is None and row.awaiting_confirmation
        self.record.setEnabled(may_confirm is None and awaiting)
        self.record.setToolTip(
            may_confirm or (row.derived_in(ui_language()) if row is not None else "")
        )
        self.withdraw.setEnabled(why_not is None and open_row)
        self.withdraw.setToolTip(why_not or "")
        self.enrol.setEnabled(why_not is None and bool(self.code))
        self.enrol.setToolTip(why_not or "")

    # -- changing ---------------------------------------------------------------
    def ask_outcome(self) -> QMessageBox | None:
        """Ask the chair to confirm the outcome the visits give (there is no typed outcome)."""
        row = self.current()
        if row is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confirm week-16 outcome"),
            self.tr("%1 in %2: the visits give %3.\n\nConfirm this outcome? It then counts in "
                    "the cohort's two-stage rule.")
            .replace("%1", row.study_id).replace("%2", self.code)
            .replace("%3", row.derived_in(ui_language())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        localise_buttons(box)
        box.accepted.connect(lambda: self.record_outcome(row.study_id))
        box.open()
        return box

    def ask_withdrawal(self) -> WithdrawDialog | None:
        from ui.cohorts.dialogs import WithdrawDialog

        row = self.current()
        if row is None:
            return None
        dialog = WithdrawDialog(row.study_id, row.enrolled_on, self)
        dialog.accepted.connect(lambda: self.withdraw_patient(row.study_id, *dialog.values()))
        dialog.open()
        return dialog

    def record_outcome(self, study_id: str) -> None:
        from mtb_desk.services.enrolments import record_outcome

        database, actor, code = self.context.database, self.context.actor, self.code
        self._change(
            lambda _p: record_outcome(database, actor, code, study_id),
            self.tr("Week-16 outcome of %1 confirmed").replace("%1", study_id),
        )

    def withdraw_patient(self, study_id: str, reason: str, on: object) -> None:
        from mtb_desk.services.enrolments import withdraw

        database, actor, code = self.context.database, self.context.actor, self.code
        self._change(
            lambda _p: withdraw(database, actor, code, study_id, reason, on=on),  # type: ignore[arg-type]
            self.tr("%1 withdrawn from %2").replace("%1", study_id).replace("%2", code),
        )

    def _change(self, work: Callable[[Progress], EnrolmentView], message: str) -> None:
        Op(self, work).success(lambda _v: self._changed(message)).writes().run()

    def _changed(self, message: str) -> None:
        self.enrolment_did_change.emit(message)
        self.context.bus.announce(Changes(matches=True, cohorts=True))
