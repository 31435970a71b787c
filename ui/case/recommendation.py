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
    QMessageBox,
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
from ui.case.matches import MatchLike
from ui.case.revision_text import revision_text
from ui.formatting import enum_text, ui_language

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


class RecommendationEditor(QGroupBox):
    """Edits the current draft; shows a final or signed revision read-only until "New
    revision" is chosen (saving it then supersedes, after a confirmation)."""

    draft_will_save = Signal(object)  # RecommendationDraft
    sign_wanted = Signal()  # "Finalise and sign…" was chosen; the save comes first
    finding_wanted = Signal(int)  # the user chose a supporting finding: show it in the table

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
        self.rationale.setTabChangesFocus(True)
        self.match_reason = QLabel()
        self.match_reason.setWordWrap(True)
        self.match_reason.setObjectName("match_reason")
        self.match_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.supporting = QListWidget()
        self.further_tests = QLineEdit()
        self.further_tests.setPlaceholderText(self.tr("e.g. IHC, germline testing, liquid biopsy"))
        self.save = QPushButton(self.tr("Save draft"))
        self.finalise = QPushButton(self.tr("Finalise"))
        self.finalise.setToolTip(self.tr("Finalise (Ctrl+Enter)"))
        self.revise = QPushButton(self.tr("New revision"))
        self.revise.setToolTip(self.tr("Edit a new revision that will supersede this one"))
        self.revise.hide()
        self.state = QLabel(self.tr("No recommendation recorded yet."))
        self.state.setWordWrap(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self._drugs: tuple[str, ...] = ()
        self._findings: dict[int, FindingView] = {}
        self._selected_match: MatchLike | None = None
        self._saver: RecommendationSaver | None = None
        self._latest: RecommendationView | None = None
        self._revisions: tuple[RecommendationView, ...] = ()
        self.read_only = False
        self.may_sign = False
        self.sign_after_save = False
        self._suggested = ""
        self._tumour = ""
        self.confirmation: QMessageBox | None = None
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
        left.addRow("", self.match_reason)
        left.addRow(self.tr("Further tests"), self.further_tests)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Supporting findings")))
        middle.addWidget(self.supporting, 1)
        middle.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revise)
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
        self.revise.clicked.connect(self.start_revision)
        self.history.currentRowChanged.connect(self._revision_chosen)
        self.supporting.currentItemChanged.connect(self._supporting_chosen)

    def _supporting_chosen(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and self.supporting.hasFocus():  # the user's choice, not a refill
            self.finding_wanted.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def set_saver(self, saver: RecommendationSaver | None, why_not: str | None = None) -> None:
        """Connect the recommendation service (the seam); None disables saving with a reason."""
        self._saver = saver
        for button in (self.save, self.finalise):
            button.setEnabled(saver is not None and why_not is None)
            button.setProperty("why_not", why_not)
            if why_not:
                button.setToolTip(why_not)

    def set_finalise_allowed(self, why_not: str | None) -> None:
        if why_not:
            self.finalise.setEnabled(False)
            self.finalise.setToolTip(why_not)
            self.finalise.setProperty("why_not", why_not)

    def set_busy(self, busy: bool) -> None:
        enabled = not busy and self._saver is not None and not self.read_only
        self.save.setEnabled(enabled and self._may_save)
        self.finalise.setEnabled(enabled and self._may_finalise)

    @property
    def _may_save(self) -> bool:
        return self._saver is not None and self.save.property("why_not") is None

    @property
    def _may_finalise(self) -> bool:
        return self._may_save and self.finalise.property("why_not") is None

    def set_read_only(self, read_only: bool) -> None:
        """Lock the form while it shows a final or signed revision (or an older one)."""
        self.read_only = read_only
        self.outcome.setEnabled(not read_only)
        for edit in (self.cohort, self.further_tests):
            edit.setReadOnly(read_only)
        self.rationale.setReadOnly(read_only)
        self.supporting.setEnabled(True)
        for row in range(self.supporting.count()):
            item = self.supporting.item(row)
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.use_match.setEnabled(not read_only and self._selected_match is not None)
        self.revise.setVisible(read_only and self._may_save)
        self.set_busy(False)

    def start_revision(self) -> None:
        """Edit a copy of the latest revision; saving it supersedes (after asking)."""
        if self._latest is not None:
            self.fill_from(self._latest)
        self.set_read_only(False)
        self.state.setText(
            self.tr("Editing a new revision; saving it supersedes revision %1.").replace(
                "%1", str(self._latest.revision if self._latest else 0)
            )
        )
        self.rationale.setFocus()

    def set_findings(self, findings: Sequence[FindingView]) -> None:
        """List the candidates only (annotated as actionable, biomarkers), at most
        `SUPPORTING_LIMIT`: a whole-genome VCF must not fill the list with passengers. A
        match's findings are added when the match is taken."""
        self._findings = {f.id: f for f in findings}
        self.supporting.clear()
        for finding in [f for f in findings if is_candidate(f)][:SUPPORTING_LIMIT]:
            self._add_finding(finding)

    def _add_finding(self, finding: FindingView) -> QListWidgetItem:
        from mtb_desk.domain.labels import finding_label

        item = QListWidgetItem(finding_label(finding, ui_language()))
        item.setData(Qt.ItemDataRole.UserRole, finding.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.supporting.addItem(item)
        return item

    def set_selected_match(self, match: MatchLike | None) -> None:
        self._selected_match = match
        self.use_match.setEnabled(match is not None and not self.read_only)

    def take_selected_match(self) -> None:
        """Prefill cohort, drugs, outcome and supporting findings from the chosen match; the
        rationale gets a clinician's sentence in the document's language, and the machine's
        reason is shown beside it (never written into the rationale)."""
        match = self._selected_match
        if match is None or self.read_only:
            return
        self.cohort.setText(match.cohort)
        self._drugs = tuple(match.drugs)
        index = self.outcome.findData(RecommendationOutcome.IMPRESS_COHORT.value)
        self.outcome.setCurrentIndex(index)
        ids = set(match.findings) | ({match.finding} if match.finding else set())
        self._check_findings(ids)
        current = self.rationale.toPlainText().strip()
        if not current or current == self._suggested:
            self._suggested = self._sentence(match, sorted(ids))
            self.rationale.setPlainText(self._suggested)
        from ui.case.matches import reason_text

        self.match_reason.setText(self.tr("Matching: %1").replace("%1", reason_text(match)))

    def set_tumour(self, tumour: str) -> None:
        """The diagnosis in words, for the suggested rationale."""
        self._tumour = tumour

    def _sentence(self, match: MatchLike, finding_ids: Sequence[int]) -> str:
        from mtb_desk.domain.labels import finding_label
        from mtb_desk.domain.wording import match_rationale
        from ui import settings

        lang = settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")
        labels = [
            finding_label(self._findings[i], lang) for i in finding_ids if i in self._findings
        ]
        return match_rationale(labels, self._tumour, match.cohort, match.drugs, lang)

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
        """Revisions newest first. The latest draft fills the form for editing; a final or
        signed one fills it read-only (rationale, target, supporting findings)."""
        self._revisions = tuple(revisions)
        self.history.blockSignals(True)
        self.history.clear()
        for view in revisions:
            self.history.addItem(QListWidgetItem(revision_text(view)))
        self.history.blockSignals(False)
        self._latest = revisions[0] if revisions else None
        if not revisions:
            self.history.addItem(self.tr("No revisions or signatures yet."))
            self.state.setText(self.tr("No recommendation recorded yet."))
            self.set_read_only(False)
            return
        latest = revisions[0]
        self.fill_from(latest)
        self.set_read_only(latest.state is not RecommendationState.DRAFT)
        self._say_state(latest)

    def _say_state(self, view: RecommendationView) -> None:
        text = (
            self.tr("Revision %1 is %2.")
            .replace("%1", str(view.revision))
            .replace("%2", enum_text(view.state))
        )
        if view.signatures:
            text += " " + self.tr("Signed by %1.").replace(
                "%1", ", ".join(s.signer_name for s in view.signatures)
            )
        elif view.state is RecommendationState.FINAL:
            text += " " + self.tr("Not signed yet.")
        if self._latest is not None and view.revision != self._latest.revision:
            text += " " + self.tr("Superseded by revision %1.").replace(
                "%1", str(self._latest.revision)
            )
        self.state.setText(text)

    def _revision_chosen(self, row: int) -> None:
        """Clicking a revision shows it read-only; the latest draft stays editable."""
        if not 0 <= row < len(self._revisions):
            return
        view = self._revisions[row]
        self.fill_from(view)
        self.set_read_only(row > 0 or view.state is not RecommendationState.DRAFT)
        self._say_state(view)

    @property
    def latest(self) -> RecommendationView | None:
        return self._latest

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
        """Ask first when the save finalises or supersedes (`ui.case.confirming`)."""
        from ui.case.confirming import confirm_save

        if self.read_only or self._saver is None:
            return
        if final and not self._may_finalise:
            return
        latest = self._latest
        if latest is not None and latest.state is RecommendationState.DRAFT:
            latest = None
        self.confirmation = confirm_save(
            self, final, latest, lambda sign: self._save_now(final, sign), may_sign=self.may_sign
        )

    def _save_now(self, final: bool, sign_next: bool) -> None:
        draft = self.draft()
        self.draft_will_save.emit(draft)
        self.sign_after_save = sign_next
        if self._saver is not None:
            self._saver(draft, final)
