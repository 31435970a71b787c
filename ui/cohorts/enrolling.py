"""The enrolment flow behind every "Enrol in cohort…" (case view, follow-up menu, cohort
screen): it opens the `EnrolDialog`, loads the preview off the GUI thread whenever a choice
changes, saves through the enrolment service on the database-writer thread, and announces the
change once, so the cohort screen, the case view and the follow-up update from the same data.

A refusal is shown on the dialog in the GUI's language. When the cohort's counts changed while
the dialog was open (others enrolled, withdrew, or had outcomes confirmed), the conflict
dialog shows what was seen and what holds now: enrol all the same (the service checks every
rule again) or look at the new state first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.errors import CohortMovedError
from mtb_desk.services.permissions import Action
from ui.cohorts.enrol_dialog import EnrolDialog
from ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from ui.context import AppContext, Changes
from ui.errors import describe_error
from ui.formatting import phrase_text
from ui.ops.op import Op, refusal_text


class EnrolmentFlow(QObject):
    enrolment_did_save = Signal(object)  # EnrolmentView
    followup_wanted = Signal(str)  # study id: record the treatment start next
    conflict_did_open = Signal(object)  # ConflictDialog (tests, status bar)
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self._widget = context, parent
        self._loads = 0  # the newest preview wins; older ones finishing late are dropped

    @staticmethod
    def why_not(context: AppContext) -> str | None:
        """None when the person may enrol, else why not (for a disabled action's tooltip)."""
        return refusal_text(context.actor, Action.ENROL)

    def ask(self, *, cohort: str | None = None, study_id: str | None = None) -> EnrolDialog:
        dialog = EnrolDialog(self._widget)
        dialog.cohort.blockSignals(True)
        if cohort:  # chosen at once: a case typed before the preview arrives keeps it
            dialog.cohort.addItem(cohort, cohort)
        if study_id:
            dialog.case.setEditText(study_id)
        dialog.cohort.blockSignals(False)
        dialog.then_start.setVisible(self.context.actor.may(Action.RECORD_FOLLOWUP))
        dialog.choice_did_change.connect(lambda: self.load(dialog))
        dialog.enrolment_will_save.connect(lambda values: self.save(dialog, values))
        dialog.open()
        self.load(dialog, cohort=cohort, study_id=study_id)
        return dialog

    def load(
        self, dialog: EnrolDialog, *, cohort: str | None = None, study_id: str | None = None
    ) -> Op[Any]:
        """The preview for the dialog's choices (or the given ones, when it opens)."""
        from mtb_desk.services.enrolment_preview import enrolment_preview

        chosen_cohort, chosen_case, on = dialog.chosen()
        cohort, study_id = cohort or chosen_cohort, study_id or chosen_case
        db, actor = self.context.database, self.context.actor
        self._loads += 1
        number = self._loads

        def show(preview: Any) -> None:
            if number == self._loads:
                dialog.show_preview(preview)

        def failed(error: BaseException) -> None:
            if number == self._loads:
                dialog.show_refusal(describe_error(error))

        return (
            Op(
                dialog,
                lambda _p: enrolment_preview(db, actor, cohort=cohort, study_id=study_id, on=on),
            )  # fmt: skip
            .success(show)
            .failure(failed)
            .run()
        )

    def save(self, dialog: EnrolDialog, values: dict[str, Any]) -> Op[Any]:
        from mtb_desk.services.enrolments import enrol

        db, actor = self.context.database, self.context.actor
        return (
            Op(
                dialog,
                lambda _p: enrol(
                    db,
                    actor,
                    values["cohort"],
                    values["study_id"],
                    on=values["on"],
                    override_reason=values["override"],
                    expected_state=values["token"],
                ),
            )  # fmt: skip
            .success(lambda view: self._saved(dialog, view))
            .failure(lambda error: self._failed(dialog, values, error))
            .writes()
            .run()
        )

    def _saved(self, dialog: EnrolDialog, view: Any) -> None:
        preview = dialog.preview
        start = dialog.then_start.isVisible() and dialog.then_start.isChecked()
        dialog.saved()
        self.status_message.emit(
            self.tr("%1 enrolled in %2 on %3")
            .replace("%1", view.study_id)
            .replace("%2", view.cohort)
            .replace("%3", view.enrolled_on.isoformat())
        )
        cases = frozenset({preview.case_id}) if preview and preview.case_id else frozenset()
        self.context.bus.announce(Changes(cases=cases, matches=True, cohorts=True))
        self.enrolment_did_save.emit(view)
        if start:
            self.followup_wanted.emit(view.study_id)

    def _failed(self, dialog: EnrolDialog, values: dict[str, Any], error: BaseException) -> None:
        if not isinstance(error, CohortMovedError):
            dialog.show_refusal(describe_error(error))
            return
        dialog.set_busy(False)
        code = str(error.params["cohort"])
        fields = [ConflictField("state", self.tr("Two-stage counts"),
                                phrase_text(error.seen), phrase_text(error.now))]  # fmt: skip
        record = self.tr("Cohort %1").replace("%1", code)
        conflict = ConflictDialog(record, None, fields, dialog)
        conflict.setObjectName("enrolment_conflict")
        conflict.keep_mine.setText(self.tr("Enrol all the same"))
        conflict.take_theirs.setText(self.tr("Look at the new state first"))
        conflict.save_merged.hide()
        conflict.accepted.connect(lambda: self._resolved(dialog, values, conflict))
        conflict.open()
        self.conflict_did_open.emit(conflict)

    def _resolved(
        self, dialog: EnrolDialog, values: dict[str, Any], conflict: ConflictDialog
    ) -> None:
        self.context.bus.announce(Changes(cohorts=True))  # the screens show the new state
        if conflict.resolution is Resolution.KEEP_MINE:
            self.save(dialog, {**values, "token": None})  # every rule is checked again
        else:
            self.load(dialog)
