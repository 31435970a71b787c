"""Recording the board's decision inside presentation mode: outcome, target, rationale;
finalise, or defer with a reason. Big type, few controls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from mtb_desk.domain.enums import RecommendationOutcome
from ui.case.recommendation import RecommendationDraft
from ui.formatting import enum_text


class DecisionPanel(QFrame):
    """`decision_will_record(draft)` on Finalise; `deferral_will_record(reason)` on Defer."""

    decision_will_record = Signal(object)  # ui.case.recommendation.RecommendationDraft
    deferral_will_record = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome = QComboBox()
        for outcome in RecommendationOutcome:
            self.outcome.addItem(enum_text(outcome), outcome.value)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Cohort, trial id or drug (click a match)"))
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(self.tr("Rationale"))
        self.rationale.setTabChangesFocus(True)
        self.finalise = QPushButton(self.tr("Finalise decision"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason to defer, e.g. awaiting germline result"))
        self.defer = QPushButton(self.tr("Defer"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self._drugs: tuple[str, ...] = ()
        self._findings: tuple[int, ...] = ()
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Decision")), 0, 0)
        grid.addWidget(self.outcome, 0, 1)
        grid.addWidget(self.target, 0, 2)
        grid.addWidget(self.rationale, 1, 0, 1, 3)
        grid.addWidget(self.finalise, 0, 3, 2, 1)
        grid.addWidget(self.reason, 2, 0, 1, 3)
        grid.addWidget(self.defer, 2, 3)
        grid.addWidget(self.state, 3, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.rationale.setMaximumHeight(self.fontMetrics().height() * 4)
        self.finalise.clicked.connect(self._finalise_clicked)
        self.defer.clicked.connect(self._defer_clicked)

    def clear(self) -> None:
        self.outcome.setCurrentIndex(0)
        self.target.clear()
        self.rationale.clear()
        self.reason.clear()
        self.state.clear()
        self._drugs, self._findings = (), ()

    def use_match(self, cohort: str, drugs: tuple[str, ...], findings: tuple[int, ...]) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(RecommendationOutcome.IMPRESS_COHORT))
        self.target.setText(cohort)
        self._drugs, self._findings = drugs, findings

    def set_allowed(self, decide_why_not: str | None, defer_why_not: str | None) -> None:
        self.finalise.setEnabled(decide_why_not is None)
        self.finalise.setToolTip(decide_why_not or "")
        self.defer.setEnabled(defer_why_not is None)
        self.defer.setToolTip(defer_why_not or "")

    def draft(self) -> RecommendationDraft:
        return RecommendationDraft(
            outcome=RecommendationOutcome(self.outcome.currentData()),
            cohort=self.target.text().strip(),
            drugs=self._drugs,
            rationale=self.rationale.toPlainText().strip(),
            supporting_findings=self._findings,
            further_tests="",
        )

    def _finalise_clicked(self) -> None:
        if not self.rationale.toPlainText().strip():
            self.state.setText(self.tr("Write the rationale first."))
            self.rationale.setFocus()
            return
        self.decision_will_record.emit(self.draft())

    def _defer_clicked(self) -> None:
        if not self.reason.text().strip():
            self.state.setText(self.tr("Say why the case is deferred."))
            self.reason.setFocus()
            return
        self.deferral_will_record.emit(self.reason.text().strip())
