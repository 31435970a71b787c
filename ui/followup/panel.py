"""A case's follow-up: its treatments, the visits on the protocol's schedule with response
and adverse events, dose changes, the derived week-16 outcome and the chair's confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import TreatmentBasis
from mtb_desk.domain.followup import reason_words
from mtb_desk.services.permissions import Action
from ui import theme
from ui.context import AppContext, Changes
from ui.followup.adverse_events import attribution_text
from ui.followup.visit_saving import visit_label
from ui.formatting import DASH, date_text, ui_language
from ui.ops.op import Op, refusal_text

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.followup_records import CaseFollowUp, TreatmentRecord, VisitRecord

VISIT_COLUMNS = (
    str(QT_TRANSLATE_NOOP("FollowUpView", "Visit")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Due")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Window")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Done")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "ECOG")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Response")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Criteria")),
    str(QT_TRANSLATE_NOOP("FollowUpView", "Adverse events (CTCAE v5)")),
)
OUTCOME_WORDS = {
    None: QT_TRANSLATE_NOOP("FollowUpView", "pending"),
    "benefit": QT_TRANSLATE_NOOP("FollowUpView", "clinical benefit"),
    "no-benefit": QT_TRANSLATE_NOOP("FollowUpView", "no clinical benefit"),
    "not-evaluable": QT_TRANSLATE_NOOP("FollowUpView", "not evaluable"),
}
STATUS_WORDS = {
    "never started": QT_TRANSLATE_NOOP("FollowUpView", "never started"),
    "on treatment": QT_TRANSLATE_NOOP("FollowUpView", "on treatment"),
    "stopped": QT_TRANSLATE_NOOP("FollowUpView", "stopped"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpView", text)


def _visit_cells(visit: VisitRecord) -> tuple[str, ...]:
    events = "; ".join(
        f"{a.term} G{a.grade} ({attribution_text(a.attribution.value)}"
        f"{', SAE' if a.serious else ''})"
        for a in visit.adverse_events
    )
    return (
        visit_label(visit.week), date_text(visit.due_on),
        f"{date_text(visit.opens_on)} – {date_text(visit.closes_on)}",
        date_text(visit.performed_on) or DASH, DASH if visit.ecog is None else str(visit.ecog),
        visit.response.value if visit.response else DASH, visit.criteria, events or DASH,
    )  # fmt: skip


class FollowUpView(QWidget):
    followup_did_load = Signal(object)  # CaseFollowUp
    status_message = Signal(str)

    def __init__(self, context: AppContext, study_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.study_id = context, study_id
        self.data: CaseFollowUp | None = None
        self.heading = QLabel()
        self.heading.setFont(theme.title_font(self.font(), 1.2))
        self.chooser = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(VISIT_COLUMNS))
        self.buttons = {
            "start": QPushButton(self.tr("Start treatment…")),
            "visit": QPushButton(self.tr("Record visit…")),
            "dose": QPushButton(self.tr("Change dose…")),
            "stop": QPushButton(self.tr("Stop…")),
            "confirm": QPushButton(self.tr("Confirm week-16 outcome")),
        }
        from ui.followup.visit_saving import VisitSaver

        self.visits = VisitSaver(context, study_id, self)
        self.visits.status_message.connect(self.status_message.emit)
        self._build()
        self.chooser.currentIndexChanged.connect(lambda _i: self._show_current())
        self.buttons["start"].clicked.connect(self.ask_start)
        self.buttons["visit"].clicked.connect(self.ask_visit)
        self.buttons["dose"].clicked.connect(self.ask_dose)
        self.buttons["stop"].clicked.connect(self.ask_stop)
        self.buttons["confirm"].clicked.connect(self.confirm)
        context.bus.changes_did_happen.connect(self._changes_happened)

    def _build(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([_tr(c) for c in VISIT_COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Treatment")))
        row.addWidget(self.chooser, 1)
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)

    # -- loading ----------------------------------------------------------------
    def load(self) -> Op[CaseFollowUp]:
        from mtb_desk.services.followup_records import case_followup

        database, study_id = self.context.database, self.study_id
        return Op(self, lambda _p: case_followup(database, study_id)).success(self._fill).run()

    def _changes_happened(self, changes: Changes) -> None:
        if changes.cohorts:
            self.load()

    def _fill(self, data: CaseFollowUp) -> None:
        chosen = self.current()
        known = {r.id for r in self.data.treatments} if self.data else set()
        added = [r for r in data.treatments if r.id not in known]
        if added and self.data is not None:
            chosen = max(added, key=lambda r: r.id)  # show what was just recorded
        self.data = data
        self.heading.setText(self.tr("Follow-up · %1").replace("%1", data.study_id))
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for record in data.treatments:
            start = date_text(record.started_on) or self.tr("never started")
            self.chooser.addItem(f"{', '.join(record.drugs)} · {start}", record.id)
        running = [i for i, r in enumerate(data.treatments) if r.started_on and not r.stopped_on]
        index = next((i for i, r in enumerate(data.treatments) if chosen and r.id == chosen.id),
                     running[-1] if running else len(data.treatments) - 1)  # fmt: skip
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        self._show_current()
        self.followup_did_load.emit(data)

    def current(self) -> TreatmentRecord | None:
        index = self.chooser.currentIndex()
        if self.data is None or not 0 <= index < len(self.data.treatments):
            return None
        return self.data.treatments[index]

    def _show_current(self) -> None:
        record = self.current()
        self.summary.setText(self._summary(record) if record else self.tr("No treatment recorded."))
        visits = record.visits if record else ()
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            for column, text in enumerate(_visit_cells(visit)):
                item = QTableWidgetItem(text)
                if visit.performed_on is None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _summary(self, r: TreatmentRecord) -> str:
        basis = r.cohort or r.trial_id or r.basis.value
        lines = [
            f"<b>{', '.join(r.drugs)}</b> · {basis} · {_tr(str(STATUS_WORDS[r.status]))}",
            self.tr("Dose: %1").replace("%1", r.dose or DASH)
            + "".join(
                f" · {date_text(c.changed_on)}: {c.dose} ({c.reason})" for c in r.dose_changes
            ),  # fmt: skip
        ]
        if r.stopped_on:
            lines.append(self.tr("Stopped %1: %2").replace("%1", date_text(r.stopped_on))
                         .replace("%2", r.stop_reason.value if r.stop_reason else ""))  # fmt: skip
        derived = _tr(str(OUTCOME_WORDS[r.derived.outcome.value if r.derived.outcome else None]))
        confirmed = (
            self.tr("confirmed by %1").replace("%1", r.confirmed_by or "")
            if r.counts else self.tr("not confirmed by the chair")
        )  # fmt: skip
        lines.append(
            self.tr("Week-16 outcome: %1 (%2); %3")
            .replace("%1", f"<b>{derived}</b>")
            .replace("%2", reason_words(r.derived, ui_language()))
            .replace("%3", confirmed)
        )  # fmt: skip
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        actor, record = self.context.actor, self.current()
        may = refusal_text(actor, Action.RECORD_FOLLOWUP)
        may_confirm = refusal_text(actor, Action.CONFIRM_OUTCOME)
        started = record is not None and record.started_on is not None
        running = started and record is not None and not record.stopped_on
        enabled = {
            "start": may is None,
            "visit": may is None and started,  # a stopped treatment's visits may be corrected
            "dose": may is None and running,
            "stop": may is None and running,
            "confirm": may_confirm is None
            and record is not None and record.derived.outcome is not None and not record.counts,
        }  # fmt: skip
        for name, button in self.buttons.items():
            button.setEnabled(bool(enabled[name]))
            why = may_confirm if name == "confirm" else may
            button.setToolTip(why or "")

    # -- changing ---------------------------------------------------------------
    def ask_start(self) -> Any:
        from ui.followup.dialogs import StartDialog

        dialog = StartDialog(self.study_id, list(self.data.open_enrolments if self.data else ()),
                             self)  # fmt: skip
        dialog.accepted.connect(lambda: self.start(dialog.values()))
        dialog.open()
        return dialog

    def start(self, values: dict[str, Any]) -> None:
        from mtb_desk.services.treatments import NewTreatment, start_treatment

        new = NewTreatment(
            TreatmentBasis(values["basis"]), values["drugs"], values["cohort"], values["trial"]
        )
        db, actor, study_id = self.context.database, self.context.actor, self.study_id
        self._change(
            lambda _p: start_treatment(
                db, actor, study_id, new, started_on=values["started_on"], dose=values["dose"]
            ),  # fmt: skip
            self.tr("Treatment started for %1").replace("%1", study_id),
        )

    def ask_visit(self) -> Any:
        from ui.followup.visit_dialog import VisitDialog

        record = self.current()
        if record is None:
            return None
        dialog = VisitDialog(self.study_id, record.visits, self)
        self.visits.attach(dialog, record.id)
        dialog.open()
        return dialog

    def record_visit(self, data: Any, treatment_id: int, version: int | None = None) -> Any:
        """Record a visit; `version` is the one the user saw (a newer one is a conflict)."""
        return self.visits.save(data, treatment_id, version)

    def ask_dose(self) -> Any:
        from ui.followup.dialogs import DoseDialog

        record = self.current()
        dialog = DoseDialog(self.study_id, self)
        dialog.accepted.connect(lambda: self.change_dose(dialog.values(), record))
        dialog.open()
        return dialog

    def change_dose(self, values: dict[str, Any], record: TreatmentRecord | None) -> None:
        from mtb_desk.services.treatments import change_dose

        db, actor, study_id = self.context.database, self.context.actor, self.study_id
        tid = record.id if record else None
        self._change(
            lambda _p: change_dose(
                db,
                actor,
                study_id,
                on=values["on"],
                dose=values["dose"],
                reason=values["reason"],
                treatment_id=tid,
            ),  # fmt: skip
            self.tr("Dose changed for %1").replace("%1", study_id),
        )

    def ask_stop(self) -> Any:
        from ui.followup.dialogs import StopDialog

        record = self.current()
        dialog = StopDialog(self.study_id, self)
        dialog.accepted.connect(lambda: self.stop(dialog.values(), record))
        dialog.open()
        return dialog

    def stop(self, values: dict[str, Any], record: TreatmentRecord | None) -> None:
        from mtb_desk.services.treatments import stop_treatment

        db, actor, study_id = self.context.database, self.context.actor, self.study_id
        tid, version = (record.id, record.version) if record else (None, None)
        self._change(
            lambda _p: stop_treatment(
                db,
                actor,
                study_id,
                on=values["on"],
                reason=values["reason"],
                detail=values["detail"],
                treatment_id=tid,
                expected_version=version,
            ),  # fmt: skip
            self.tr("Treatment of %1 stopped").replace("%1", study_id),
        )

    def confirm(self) -> None:
        from mtb_desk.services.outcomes import confirm_outcome

        record = self.current()
        if record is None:
            return
        db, actor, study_id = self.context.database, self.context.actor, self.study_id
        self._change(
            lambda _p: confirm_outcome(
                db, actor, study_id, treatment_id=record.id, expected_version=record.version
            ),  # fmt: skip
            self.tr("Week-16 outcome of %1 confirmed").replace("%1", study_id),
        )

    def _change(self, work: Callable[[Progress], object], message: str) -> None:
        Op(self, work).success(lambda _r: self._changed(message)).writes().run()

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.context.bus.announce(Changes(cohorts=True, matches=True))
