"""Presentation mode: one case at a time in large type, for sharing the screen.

Right/PageDown go to the next case, Left/PageUp to the previous one, Esc leaves. The page
shows the case summary, the key findings and the matches; the decision is recorded on the
page itself (finalise, or defer with a reason), and the minutes follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import (
    ACTIONABLE_ONCOGENICITY,
    BIOMARKER_KINDS,
    AgendaStatus,
    RecommendationState,
)
from mtb_desk.domain.records import CaseDetail, FindingView
from mtb_desk.services.permissions import Action
from ui import theme
from ui.case.findings_model import protein_text
from ui.case.matches import MatchLike, MatchProvider, service_matches, status_text
from ui.case.recommendation import RecommendationDraft
from ui.context import AppContext, Changes
from ui.formatting import DASH, enum_text, number_text
from ui.meetings.data import MeetingWithDecisions
from ui.meetings.decision_panel import DecisionPanel
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.recommendations import RecommendationView

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
KEY_FINDINGS = 10


@dataclass(frozen=True, slots=True)
class PresentedCase:
    case: CaseDetail
    matches: tuple[MatchLike, ...]
    latest: RecommendationView | None


def load_page(database: Database, case_id: int, provider: MatchProvider) -> PresentedCase:
    from mtb_desk.services.cases import get_case_by_id
    from mtb_desk.services.recommendations import recommendation_history

    case = get_case_by_id(database, case_id)
    try:
        matches = tuple(provider(database, case))
    except Exception:  # noqa: BLE001 - a page must show even when matching fails
        matches = ()
    history = recommendation_history(database, case.study_id)
    return PresentedCase(case, matches, history[0] if history else None)


def key_findings(findings: Sequence[FindingView]) -> list[FindingView]:
    """Oncogenic first, then not yet annotated; VUS and benign left out; biomarkers apart."""

    def rank(finding: FindingView) -> int:
        annotation = finding.annotation
        if annotation is None or annotation.oncogenicity is None:
            return 1
        return 0 if annotation.oncogenicity in ACTIONABLE_ONCOGENICITY else 9

    chosen = [f for f in findings if f.kind not in BIOMARKER_KINDS and rank(f) < 9]
    return sorted(chosen, key=rank)[:KEY_FINDINGS]


def finding_line(finding: FindingView) -> str:
    words = [finding.gene or "", protein_text(finding) or finding.kind.value.upper()]
    annotation = finding.annotation
    if annotation is not None and annotation.oncogenicity is not None:
        words.append(f"· {enum_text(annotation.oncogenicity)}")
    if annotation is not None and annotation.escat_tier is not None:
        words.append(f"· ESCAT {annotation.escat_tier.value}")
    return " ".join(w for w in words if w)


class PresentationWindow(QWidget):
    case_did_show = Signal(int)  # index on the agenda
    decision_did_record = Signal(int)  # case id
    presentation_did_close = Signal()

    def __init__(
        self,
        context: AppContext,
        loaded: MeetingWithDecisions,
        *,
        match_provider: MatchProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentation — %1").replace("%1", loaded.meeting.title))
        self.context = context
        self.meeting = loaded.meeting
        self.agenda = list(loaded.meeting.agenda)
        self.index = -1
        self.page: PresentedCase | None = None
        self._provider = match_provider or service_matches
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.5) * 1.6)
        self.setFont(font)
        self.position = QLabel()
        self.hint = QLabel(self.tr("→ next   ← previous   Esc leave"))
        self.title = QLabel()
        self.title.setFont(theme.title_font(font, 1.3))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.matches = QListWidget()
        self.matches.setWordWrap(True)
        self.decision = DecisionPanel()
        for widget in (self.findings, self.matches):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._build()
        self.decision.decision_will_record.connect(self.record_decision)
        self.decision.deferral_will_record.connect(self.defer)
        self.matches.itemClicked.connect(lambda _i: self._use_match(self.matches.currentRow()))
        actor = context.actor
        self.decision.set_allowed(
            actor.why_not(Action.FINALISE_RECOMMENDATION), actor.why_not(Action.MANAGE_MEETINGS)
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.hint)
        self.hint.setStyleSheet(f"color: {theme.accent('muted', self).name()};")
        columns = QHBoxLayout()
        for caption, body in ((self.tr("Key findings"), self.findings),
                              (self.tr("Matching cohorts and drugs"), self.matches)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{caption}</b>"))
            column.addWidget(body, 1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addWidget(self.decision)

    # -- stepping ---------------------------------------------------------------
    def start(self, index: int = 0) -> None:
        if self.agenda:
            self.show_case(index)
        else:
            self.title.setText(self.tr("The agenda is empty."))

    def show_case(self, index: int) -> Op[PresentedCase] | None:
        if not 0 <= index < len(self.agenda) or index == self.index:
            return None
        self.index = index
        item = self.agenda[index]
        self.position.setText(
            self.tr("Case %1 of %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.agenda)))
            .replace("%3", self.meeting.title)
        )
        self.title.setText(f"{item.study_id} · {item.diagnosis_code}")
        self.decision.clear()
        database, provider = self.context.database, self._provider
        return (
            Op(self, lambda _p: load_page(database, item.case_id, provider))
            .success(lambda page: self._show_page(index, page))
            .run()
        )

    def step(self, delta: int) -> None:
        self.show_case(min(max(self.index + delta, 0), len(self.agenda) - 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # -- showing ----------------------------------------------------------------
    def _show_page(self, index: int, page: PresentedCase) -> None:
        if index != self.index:
            return
        self.page = page
        case = page.case
        tmb = number_text(case.tmb, 1, " mut/Mb") if case.tmb is not None else DASH
        facts = [
            case.diagnosis_text or case.diagnosis_code,
            self.tr("ECOG %1").replace("%1", DASH if case.ecog is None else str(case.ecog)),
            self.tr("%1 prior line(s)").replace(
                "%1", DASH if case.prior_lines is None else str(case.prior_lines)
            ),
            case.hospital_name or case.hospital_code or DASH,
            f"TMB {tmb}",
            f"MSI {enum_text(case.msi) if case.msi else DASH}",
        ]
        self.summary.setText(" · ".join(facts))
        self.findings.clear()
        for finding in key_findings(case.findings):
            self.findings.addItem(finding_line(finding))
        if not self.findings.count():
            self.findings.addItem(self.tr("No actionable finding."))
        self.matches.clear()
        for match in page.matches:
            drugs = ", ".join(match.drugs)
            self.matches.addItem(f"{match.cohort} · {drugs} · {status_text(match.status)}")
        if not page.matches:
            self.matches.addItem(self.tr("No cohort matches."))
        self._show_state(page.latest)
        self.case_did_show.emit(index)

    def _show_state(self, latest: RecommendationView | None) -> None:
        item = self.agenda[self.index]
        if item.status is AgendaStatus.DEFERRED:
            text = self.tr("Deferred: %1").replace("%1", item.note)
        elif latest is not None:
            text = (
                self.tr("Recorded: %1 (%2)")
                .replace("%1", enum_text(latest.outcome))
                .replace("%2", enum_text(latest.state))
            )
            if latest.state is RecommendationState.DRAFT:
                self.decision.rationale.setPlainText(latest.rationale)
        else:
            text = self.tr("No decision yet.")
        self.decision.state.setText(text)

    def _use_match(self, row: int) -> None:
        if self.page is None or not 0 <= row < len(self.page.matches):
            return
        match = self.page.matches[row]
        findings = tuple(match.findings) or ((match.finding,) if match.finding else ())
        self.decision.use_match(match.cohort, tuple(match.drugs), findings)

    # -- recording --------------------------------------------------------------
    def record_decision(self, form: RecommendationDraft) -> Op[object] | None:
        if self.index < 0:
            return None
        from ui.case.recommending import service_draft

        item, meeting_id = self.agenda[self.index], self.meeting.id
        database, actor = self.context.database, self.context.actor
        draft = service_draft(form, meeting_id)

        def work(_progress: Progress) -> object:
            from mtb_desk.services.recommendations import record_recommendation

            # Recording it at this meeting also marks the agenda item discussed, in the
            # same unit of work.
            return record_recommendation(database, actor, item.study_id, draft, final=True)

        return self._write(work, item.case_id, AgendaStatus.DISCUSSED, "")

    def defer(self, reason: str) -> Op[object] | None:
        if self.index < 0:
            return None
        from mtb_desk.services.meetings import set_agenda_status

        item, meeting_id = self.agenda[self.index], self.meeting.id
        database, actor = self.context.database, self.context.actor
        return self._write(
            lambda _p: set_agenda_status(
                database, actor, meeting_id, item.case_id, AgendaStatus.DEFERRED, note=reason
            ),
            item.case_id,
            AgendaStatus.DEFERRED,
            reason,
        )

    def _write(
        self, work: Callable[[Progress], object], case_id: int, status: AgendaStatus, note: str
    ) -> Op[object]:
        index = self.index

        def done(_result: object) -> None:
            from dataclasses import replace

            self.agenda[index] = replace(self.agenda[index], status=status, note=note)
            self.context.bus.announce(
                Changes(cases=frozenset({case_id}), recommendations=True, meetings=True)
            )
            self.decision_did_record.emit(case_id)
            if index == self.index:
                self.index = -1  # reload the page to show what was recorded
                self.show_case(index)
            self.setFocus()

        return Op(self, work).success(done).writes().run()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.presentation_did_close.emit()
