"""The recommendation editor below the findings.

The pane collects what a recommendation holds (outcome, cohort and drugs from a chosen
match, rationale, supporting findings, further tests) into a `RecommendationDraft`; saving
goes through the `save` callable given to `set_saver` (``ui.case.recommending`` connects it
to the recommendation service). Below the form, the history of revisions and signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from mtb_desk.domain.enums import (
    ACTIONABLE_ONCOGENICITY,
    BIOMARKER_KINDS,
    RecommendationOutcome,
    RecommendationState,
)
from mtb_desk.domain.records import FindingView
from ui.case.findings_model import protein_text
from ui.case.matches import MatchLike
from ui.formatting import datetime_text, enum_text
from ui.formatting import tr as value_text

if TYPE_CHECKING:
    from mtb_desk.services.recommendations import RecommendationView


@dataclass(frozen=True, slots=True)
class RecommendationDraft:
    """What the form holds; ``ui.case.recommending`` turns it into the service's draft."""

    outcome: RecommendationOutcome
    cohort: str
    drugs: tuple[str, ...]
    rationale: str
    supporting_findings: tuple[int, ...]
    further_tests: str


RecommendationSaver = Callable[[RecommendationDraft, bool], None]  # (draft, final)
SUPPORTING_LIMIT = 200


def is_candidate(finding: FindingView) -> bool:
    """A finding a recommendation may rest on: a biomarker, or not annotated as VUS/benign
    and not filtered out by the lab; annotated actionable findings come first in practice."""
    if finding.kind in BIOMARKER_KINDS:
        return True
    annotation = finding.annotation
    if annotation is not None and annotation.oncogenicity is not None:
        return annotation.oncogenicity in ACTIONABLE_ONCOGENICITY
    return not finding.is_filtered


def revision_text(view: RecommendationView) -> str:
    """One revision in the history list: state, outcome, who, and its signatures."""
    target = view.cohort_code or view.trial_id or ", ".join(view.drugs)
    head = (
        QCoreApplication.translate("RecommendationEditor", "Revision %1 · %2 · %3")
        .replace("%1", str(view.revision))
        .replace("%2", enum_text(view.state))
        .replace("%3", enum_text(view.outcome) + (f" ({target})" if target else ""))
    )
    who = (
        QCoreApplication.translate("RecommendationEditor", "recorded by %1, %2")
        .replace("%1", view.created_by)
        .replace("%2", datetime_text(view.created_at))
    )
    lines = [head, who]
    if view.finalised_by:
        lines.append(
            QCoreApplication.translate("RecommendationEditor", "finalised by %1, %2")
            .replace("%1", view.finalised_by)
            .replace("%2", datetime_text(view.finalised_at))
        )
    for signature in view.signatures:
        lines.append(
            QCoreApplication.translate("RecommendationEditor", "signed by %1 (%2), %3")
            .replace("%1", signature.signer_name)
            .replace("%2", value_text(signature.signer_role))
            .replace("%3", datetime_text(signature.signed_at))
        )
    return "\n".join(lines)


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
        self.finalise = QPushButton(self.tr("Finalise"))
        self.state = QLabel(self.tr("No recommendation recorded yet."))
        self.state.setWordWrap(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self._drugs: tuple[str, ...] = ()
        self._findings: dict[int, FindingView] = {}
        self._selected_match: MatchLike | None = None
        self._saver: RecommendationSaver | None = None
        self._build()
        self.set_saver(None, self.tr("Recording recommendations is not connected."))

    def _build(self) -> None:
        cohort_row = QHBoxLayout()
        cohort_row.addWidget(self.cohort, 1)
        cohort_row.addWidget(self.use_match)
        left = QFormLayout()
        left.addRow(self.tr("Outcome"), self.outcome)
        left.addRow(self.tr("Cohort / trial"), cohort_row)
        left.addRow(self.tr("Rationale"), self.rationale)
        left.addRow(self.tr("Further tests"), self.further_tests)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Supporting findings")))
        middle.addWidget(self.supporting, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.finalise)
        middle.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Revisions and signatures")))
        right.addWidget(self.history, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(middle, 2)
        layout.addLayout(right, 2)
        self.use_match.clicked.connect(self.take_selected_match)
        self.save.clicked.connect(lambda: self._save_clicked(False))
        self.finalise.clicked.connect(lambda: self._save_clicked(True))

    def set_saver(self, saver: RecommendationSaver | None, why_not: str | None = None) -> None:
        """Connect the recommendation service (the seam); None disables saving with a reason."""
        self._saver = saver
        for button in (self.save, self.finalise):
            button.setEnabled(saver is not None and why_not is None)
            button.setToolTip(why_not or "")

    def set_finalise_allowed(self, why_not: str | None) -> None:
        if why_not:
            self.finalise.setEnabled(False)
            self.finalise.setToolTip(why_not)

    def set_busy(self, busy: bool) -> None:
        enabled = not busy and self._saver is not None
        for button in (self.save, self.finalise):
            if not button.toolTip():
                button.setEnabled(enabled)

    def set_findings(self, findings: Sequence[FindingView]) -> None:
        """List the candidates only (annotated as actionable, biomarkers), at most
        `SUPPORTING_LIMIT`: a whole-genome VCF must not fill the list with passengers. A
        match's findings are added when the match is taken."""
        self._findings = {f.id: f for f in findings}
        self.supporting.clear()
        for finding in [f for f in findings if is_candidate(f)][:SUPPORTING_LIMIT]:
            self._add_finding(finding)

    def _add_finding(self, finding: FindingView) -> QListWidgetItem:
        text = " ".join(p for p in (finding.gene or "", protein_text(finding)) if p)
        item = QListWidgetItem(text or finding.kind.value.upper())
        item.setData(Qt.ItemDataRole.UserRole, finding.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.supporting.addItem(item)
        return item

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
        self._check_findings(set(match.findings) | ({match.finding} if match.finding else set()))
        if not self.rationale.toPlainText().strip():
            self.rationale.setPlainText(match.reason)

    def _check_findings(self, wanted: set[int]) -> None:
        missing = set(wanted)
        for row in range(self.supporting.count()):
            item = self.supporting.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
                missing.discard(item.data(Qt.ItemDataRole.UserRole))
        for finding_id in sorted(missing):
            if finding_id in self._findings:
                self._add_finding(self._findings[finding_id]).setCheckState(Qt.CheckState.Checked)

    def show_history(self, revisions: Sequence[RecommendationView]) -> None:
        """Revisions newest first; the latest draft (if any) fills the form."""
        self.history.clear()
        for view in revisions:
            self.history.addItem(QListWidgetItem(revision_text(view)))
        if not revisions:
            self.history.addItem(self.tr("No revisions or signatures yet."))
            self.state.setText(self.tr("No recommendation recorded yet."))
            return
        latest = revisions[0]
        self.state.setText(
            self.tr("Revision %1 is %2.")
            .replace("%1", str(latest.revision))
            .replace("%2", enum_text(latest.state))
        )
        if latest.state is RecommendationState.DRAFT:
            self.fill_from(latest)

    def fill_from(self, view: RecommendationView) -> None:
        self.outcome.setCurrentIndex(max(self.outcome.findData(view.outcome.value), 0))
        self.cohort.setText(view.cohort_code or view.trial_id or "")
        self._drugs = tuple(view.drugs)
        self.rationale.setPlainText(view.rationale)
        self.further_tests.setText(view.further_tests)
        for row in range(self.supporting.count()):
            self.supporting.item(row).setCheckState(Qt.CheckState.Unchecked)
        self._check_findings(set(view.finding_ids))

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

    def _save_clicked(self, final: bool) -> None:
        draft = self.draft()
        self.draft_will_save.emit(draft)
        if self._saver is not None:
            self._saver(draft, final)
