"""Presentation mode: one case at a time in large type, for sharing the screen.

Right/PageDown go to the next case, Left/PageUp to the previous one, Esc leaves. The page
shows the case summary, the key findings, the matches and what this board did before with
the same alterations (loaded with the page, so prefetched too); the decision is recorded on the
page itself (finalise, or defer with a reason), and the minutes follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from mtb_desk.domain.enums import (
    AgendaStatus,
    RecommendationState,
)
from mtb_desk.services.permissions import Action
from ui import settings, theme
from ui.case.history_text import history_lines, needs_attention
from ui.case.matches import MatchProvider, service_matches
from ui.case.recommendation import RecommendationDraft
from ui.context import AppContext, Changes
from ui.followup.history import BoardHistoryWidget
from ui.formatting import DASH, enum_text, number_text
from ui.meetings.data import MeetingWithDecisions
from ui.meetings.decision_panel import DecisionPanel
from ui.meetings.presentation_data import PresentedCase, key_findings, load_page
from ui.meetings.presentation_text import decided_text, finding_line, match_line
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.recommendations import RecommendationView

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
BOARD_LINES = 3  # key findings with earlier cases shown; the rest counted (shared screen)


class PresentationWindow(QWidget):
    case_did_show = Signal(int)  # index on the agenda
    sign_wanted = Signal(str)  # study id
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
        self.hint = QLabel(self.tr("→ next   ← previous   Enter use match   Esc leave"))
        self.title = QLabel()
        self.title.setFont(theme.title_font(font, 1.3))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.hide()
        self.board = BoardHistoryWidget(context, limit=BOARD_LINES)
        self.board.setObjectName("presentation_board_history")
        self.findings = QListWidget()
        self.matches = QListWidget()
        self.matches.setWordWrap(True)
        self.decision = DecisionPanel()
        self.findings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.installEventFilter(self)  # it takes the focus; ← → Esc still step/leave
        self._build()
        self.decision.decision_will_record.connect(self._confirm_decision)
        self.decision.deferral_will_record.connect(self.defer)
        self.matches.itemClicked.connect(lambda _i: self._use_match(self.matches.currentRow()))
        self.matches.itemActivated.connect(lambda _i: self._use_match(self.matches.currentRow()))
        self._sign_after_record = False
        self._prefetched: dict[int, PresentedCase] = {}
        self.leave_question: QMessageBox | None = None
        sign = QAction(self.tr("Sign this decision…"), self)
        sign.setShortcut(QKeySequence("Ctrl+Shift+E"))
        sign.triggered.connect(self.sign_current)
        self.addAction(sign)
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
        layout.addWidget(self.earlier)
        layout.addLayout(columns, 1)
        layout.addWidget(self.board)
        layout.addWidget(self.decision)

    # -- stepping ---------------------------------------------------------------
    def start(self, index: int | None = None) -> None:
        """Show `index`, or the case shown last time for this meeting (remembered)."""
        if not self.agenda:
            self.title.setText(self.tr("The agenda is empty."))
            return
        if index is None:
            saved = settings.settings().value(self._position_key(), 0)
            index = int(str(saved)) if str(saved).isdigit() else 0
        self.show_case(min(max(index, 0), len(self.agenda) - 1))

    def _position_key(self) -> str:
        return f"presentation/meeting-{self.meeting.id}"

    def show_case(self, index: int) -> Op[PresentedCase] | None:
        if not 0 <= index < len(self.agenda) or index == self.index:
            return None
        self.index = index
        settings.set_value(self._position_key(), index)
        item = self.agenda[index]
        self.position.setText(
            self.tr("Case %1 of %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.agenda)))
            .replace("%3", self.meeting.title)
        )
        self.title.setText(f"{item.study_id} · {item.diagnosis_code}")
        self.decision.clear()
        ready = self._prefetched.pop(index, None)
        if ready is not None:  # loaded in the background while the previous case was shown
            self._show_page(index, ready)
            return None
        database, provider = self.context.database, self._provider
        return (
            Op(self, lambda _p: load_page(database, item.case_id, provider))
            .success(lambda page: self._show_page(index, page))
            .run()
        )

    def _prefetch(self, index: int) -> None:
        """Load the next case's page in the background, so → shows it at once."""
        if not 0 <= index < len(self.agenda) or index in self._prefetched:
            return
        case_id, database, provider = (
            self.agenda[index].case_id,
            self.context.database,
            self._provider,
        )
        (
            Op(self, lambda _p: load_page(database, case_id, provider))
            .success(lambda page: self._prefetched.__setitem__(index, page))
            .failure(lambda _error: None)  # shown when the case itself is loaded
            .run()
        )

    def step(self, delta: int) -> None:
        self.show_case(min(max(self.index + delta, 0), len(self.agenda) - 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._stepping_key(event.key()):
            super().keyPressEvent(event)

    def _stepping_key(self, key: int) -> bool:
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Escape:
            self.ask_to_leave()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The match list has the focus but ← → PageUp PageDown Esc still drive the show."""
        if (
            watched is self.matches
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (*NEXT_KEYS, *PREVIOUS_KEYS, Qt.Key.Key_Escape)
        ):
            return self._stepping_key(event.key())
        return super().eventFilter(watched, event)

    def sign_current(self) -> bool:
        """Sign the shown case's final decision now (the batch can do it later)."""
        latest = self.page.latest if self.page is not None else None
        if latest is None or latest.state is RecommendationState.DRAFT or self.index < 0:
            self.decision.state.setText(self.tr("Finalise the decision before signing it."))
            return False
        self.sign_wanted.emit(self.agenda[self.index].study_id)
        return True

    def reload(self) -> None:
        """Show the current case again (after signing: its signatures)."""
        self._prefetched.pop(self.index, None)
        index, self.index = self.index, -1
        self.show_case(index)

    def unsaved_text(self) -> bool:
        latest = self.page.latest if self.page is not None else None
        recorded = latest.rationale if latest is not None else ""
        typed = self.decision.rationale.toPlainText().strip()
        return bool(self.decision.reason.text().strip()) or (bool(typed) and typed != recorded)

    def ask_to_leave(self) -> QMessageBox | None:
        """Esc: leave at once, or ask first when a rationale or reason was typed."""
        if not self.unsaved_text():
            self.close()
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the presentation?"))
        box.setText(self.tr("The text typed for this case is not recorded yet. Leave and lose it?"))
        leave = box.addButton(
            self.tr("Leave and lose the text"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        leave.clicked.connect(self.close)
        box.open()
        self.leave_question = box
        return box

    # -- showing ----------------------------------------------------------------
    def _show_page(self, index: int, page: PresentedCase) -> None:
        if index != self.index:
            return
        self.page = page
        # After this page is painted: the next page's loading (a worker thread) would
        # otherwise compete with this paint for the interpreter.
        QTimer.singleShot(0, self, lambda: self._prefetch(index + 1))
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
        lines = history_lines(page.history)
        self.earlier.setVisible(bool(lines))
        self.earlier.setText(
            self.tr("Earlier for this patient: %1").replace("%1", "; ".join(lines))
        )
        kind = "warn" if needs_attention(page.history) else "muted"
        self.earlier.setStyleSheet(f"color: {theme.accent(kind, self).name()};")
        self.findings.clear()
        for finding in key_findings(case.findings):
            self.findings.addItem(finding_line(finding))
        if not self.findings.count():
            self.findings.addItem(self.tr("No actionable finding."))
        self.matches.clear()
        for match in page.matches:
            self.matches.addItem(match_line(match))
        self.matches.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if page.matches else Qt.FocusPolicy.NoFocus
        )
        if not page.matches:
            self.matches.addItem(self.tr("No cohort matches."))
        self.board.show_histories(page.board)
        self._show_state(page.latest)
        self.case_did_show.emit(index)

    def _show_state(self, latest: RecommendationView | None) -> None:
        item = self.agenda[self.index]
        if item.status is AgendaStatus.DEFERRED:
            text = self.tr("Deferred: %1").replace("%1", item.note)
        elif latest is not None:
            text = decided_text(latest)
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
    def _confirm_decision(self, form: RecommendationDraft) -> None:
        """Finalising asks first (Cancel is the default); "Finalise and sign…" signs next."""
        from ui.case.confirming import confirm_save

        latest = self.page.latest if self.page is not None else None
        if latest is not None and latest.state is RecommendationState.DRAFT:
            latest = None

        def go(sign: bool) -> None:
            self._sign_after_record = sign
            self.record_decision(form)

        self.confirmation = confirm_save(
            self, True, latest, go, may_sign=self.context.actor.may(Action.EXPORT)
        )

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
            if self._sign_after_record:
                self._sign_after_record = False
                self.sign_wanted.emit(self.agenda[index].study_id)
            self._prefetched.pop(index, None)
            if index == self.index:
                self.index = -1  # reload the page to show what was recorded
                self.show_case(index)
            self.setFocus()

        return Op(self, work).success(done).writes().run()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.presentation_did_close.emit()
