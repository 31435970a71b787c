"""The recommendation editor below the findings.

The recommendation service is being built alongside the GUI. This pane already collects
what a recommendation holds (outcome, cohort and drugs from a chosen match, rationale,
supporting findings, further tests) into a `RecommendationDraft`; saving goes through the
`save` callable given to `set_saver`, which stays unset until the service lands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.domain.records import FindingView
from ui.case.findings_model import protein_text
from ui.case.matches import MatchLike
from ui.formatting import enum_text


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    outcome: RecommendationOutcome
    cohort: str
    drugs: tuple[str, ...]
    rationale: str
    supporting_findings: tuple[int, ...]
    further_tests: str


RecommendationSaver = Callable[[RecommendationDraft], None]


class RecommendationEditor(QGroupBox):
    draft_will_save = Signal(object)  # RecommendationDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recommendation"))
        self.outcome = QComboBox()
        for outcome in RecommendationOutcome:
            self.outcome.addItem(enum_text(outcome), outcome.value)
        self.cohort = QLineEdit()
        self.cohort.setPlaceholderText(self.tr("Choose a match, or type a cohort or trial id"))
        self.use_match = QPushButton(self.tr("Use selected match"))
        self.use_match.setEnabled(False)
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(self.tr("Rationale for the board's recommendation"))
        self.supporting = QListWidget()
        self.further_tests = QLineEdit()
        self.further_tests.setPlaceholderText(self.tr("e.g. IHC, germline testing, liquid biopsy"))
        self.save = QPushButton(self.tr("Save draft"))
        self.history = QLabel(self.tr("No revisions or signatures yet."))
        self.history.setWordWrap(True)
        self._drugs: tuple[str, ...] = ()
        self._selected_match: MatchLike | None = None
        self._saver: RecommendationSaver | None = None
        self._build()
        self.set_saver(None, self.tr("Recording recommendations arrives with the next version."))

    def _build(self) -> None:
        cohort_row = QHBoxLayout()
        cohort_row.addWidget(self.cohort, 1)
        cohort_row.addWidget(self.use_match)
        left = QFormLayout()
        left.addRow(self.tr("Outcome"), self.outcome)
        left.addRow(self.tr("Cohort / trial"), cohort_row)
        left.addRow(self.tr("Rationale"), self.rationale)
        left.addRow(self.tr("Further tests"), self.further_tests)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Supporting findings")))
        right.addWidget(self.supporting, 1)
        right.addWidget(self.history)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.use_match.clicked.connect(self.take_selected_match)
        self.save.clicked.connect(self._save_clicked)

    def set_saver(self, saver: RecommendationSaver | None, why_not: str | None = None) -> None:
        """Connect the recommendation service (the seam); None disables saving with a reason."""
        self._saver = saver
        self.save.setEnabled(saver is not None and why_not is None)
        self.save.setToolTip(why_not or "")

    def set_findings(self, findings: Sequence[FindingView]) -> None:
        self.supporting.clear()
        for finding in findings:
            text = " ".join(p for p in (finding.gene or "", protein_text(finding)) if p)
            item = QListWidgetItem(text or finding.kind.value.upper())
            item.setData(Qt.ItemDataRole.UserRole, finding.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.supporting.addItem(item)

    def set_selected_match(self, match: MatchLike | None) -> None:
        self._selected_match = match
        self.use_match.setEnabled(match is not None)

    def take_selected_match(self) -> None:
        """Prefill cohort, drugs, outcome and supporting findings from the chosen match."""
        match = self._selected_match
        if match is None:
            return
        self.cohort.setText(match.cohort)
        self._drugs = tuple(match.drugs)
        index = self.outcome.findData(RecommendationOutcome.IMPRESS_COHORT.value)
        self.outcome.setCurrentIndex(index)
        wanted = set(match.findings) | ({match.finding} if match.finding else set())
        for row in range(self.supporting.count()):
            item = self.supporting.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        if not self.rationale.toPlainText().strip():
            self.rationale.setPlainText(match.reason)

    def draft(self) -> RecommendationDraft:
        checked = tuple(
            int(self.supporting.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.supporting.count())
            if self.supporting.item(r).checkState() == Qt.CheckState.Checked
        )
        return RecommendationDraft(
            outcome=RecommendationOutcome(self.outcome.currentData()),
            cohort=self.cohort.text().strip(),
            drugs=self._drugs,
            rationale=self.rationale.toPlainText().strip(),
            supporting_findings=checked,
            further_tests=self.further_tests.text().strip(),
        )

    def _save_clicked(self) -> None:
        draft = self.draft()
        self.draft_will_save.emit(draft)
        if self._saver is not None:
            self._saver(draft)
