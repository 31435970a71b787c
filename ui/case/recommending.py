"""Saving the recommendation editor through the recommendation service.

Draft saves edit the current draft in place (its version checked); "Finalise" records and
finalises in one unit of work. A stale draft opens the conflict dialog: keep mine, take
theirs, or merge the text fields. The history of revisions and signatures is reloaded after
every save.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState
from mtb_desk.errors import ConflictError
from mtb_desk.services.permissions import Action
from ui.case.recommendation import RecommendationDraft, RecommendationEditor
from ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from ui.context import AppContext, Changes
from ui.formatting import enum_text
from ui.ops.op import Op, show_error

if TYPE_CHECKING:  # the service loads with the first save or history, not at start-up
    from mtb_desk.progress import Progress
    from mtb_desk.services.recommendations import RecommendationDraft as ServiceDraft
    from mtb_desk.services.recommendations import RecommendationView


def service_draft(form: RecommendationDraft, meeting_id: int | None = None) -> ServiceDraft:
    """The form's "cohort / trial" field is a cohort code, a trial id, or a drug list,
    depending on the outcome chosen."""
    from mtb_desk.services.recommendations import RecommendationDraft as ServiceDraft

    target = form.cohort.strip()
    cohort = target if form.outcome is RecommendationOutcome.IMPRESS_COHORT and target else None
    trial = target if form.outcome is RecommendationOutcome.OTHER_TRIAL and target else None
    drugs = form.drugs
    if target and cohort is None and trial is None and not drugs:
        drugs = tuple(d.strip() for d in target.split(",") if d.strip())
    return ServiceDraft(
        outcome=form.outcome,
        rationale=form.rationale,
        meeting_id=meeting_id,
        cohort_code=cohort,
        trial_id=trial,
        drugs=drugs,
        finding_ids=form.supporting_findings,
        further_tests=form.further_tests,
    )


def form_of(view: RecommendationView) -> RecommendationDraft:
    return RecommendationDraft(
        outcome=view.outcome,
        cohort=view.cohort_code or view.trial_id or "",
        drugs=view.drugs,
        rationale=view.rationale,
        supporting_findings=view.finding_ids,
        further_tests=view.further_tests,
    )


class RecommendationController(QObject):
    """Owns the editor's saver: one per case view (or presentation page)."""

    recommendation_did_save = Signal(object)  # RecommendationView
    history_did_load = Signal(object)  # tuple[RecommendationView, ...]
    conflict_did_open = Signal(object)  # ConflictDialog
    status_message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        editor: RecommendationEditor,
        parent: QWidget,
        *,
        meeting_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._editor = editor
        self._widget = parent
        self.meeting_id = meeting_id
        self.study_id: str | None = None
        self.revisions: tuple[RecommendationView, ...] = ()
        why_not = context.actor.why_not(Action.RECORD_RECOMMENDATION)
        editor.set_saver(self.save if why_not is None else None, why_not)
        editor.set_finalise_allowed(context.actor.why_not(Action.FINALISE_RECOMMENDATION))

    def load(self, study_id: str) -> Op[list[RecommendationView]]:
        from mtb_desk.services.recommendations import recommendation_history

        self.study_id = study_id
        database = self._context.database
        return (
            Op(self, lambda _p: recommendation_history(database, study_id))
            .success(self._show_history)
            .run()
        )

    def _show_history(self, revisions: Sequence[RecommendationView]) -> None:
        self.revisions = tuple(revisions)
        self._editor.show_history(self.revisions)
        self.history_did_load.emit(self.revisions)

    def _expected_version(self) -> int | None:
        latest = self.revisions[0] if self.revisions else None
        if latest is not None and latest.state is RecommendationState.DRAFT:
            return latest.version
        return None

    def save(self, form: RecommendationDraft, final: bool) -> None:
        self._save(form, final, self._expected_version())

    def _save(self, form: RecommendationDraft, final: bool, expected: int | None) -> None:
        study_id = self.study_id
        if study_id is None:
            return
        context, draft = self._context, service_draft(form, self.meeting_id)

        def work(_progress: Progress) -> RecommendationView:
            from mtb_desk.services.recommendations import record_recommendation

            return record_recommendation(
                context.database,
                context.actor,
                study_id,
                draft,
                final=final,
                expected_version=expected,
            )

        self._editor.set_busy(True)
        (
            Op(self, work)
            .success(self._saved)
            .failure(lambda error: self._failed(form, final, error))
            .finally_(lambda: self._editor.set_busy(False))
            .writes()
            .run()
        )

    def _saved(self, view: RecommendationView) -> None:
        final = view.state is not RecommendationState.DRAFT
        message = (
            self.tr("Recommendation revision %1 finalised")
            if final
            else self.tr("Recommendation draft saved (revision %1)")
        )
        self.status_message.emit(message.replace("%1", str(view.revision)))
        self._context.bus.announce(Changes(cases=frozenset({view.case_id}), recommendations=True))
        self.recommendation_did_save.emit(view)
        if self.study_id is not None:
            self.load(self.study_id)

    def _failed(self, mine: RecommendationDraft, final: bool, error: BaseException) -> None:
        if not isinstance(error, ConflictError) or self.study_id is None:
            show_error(self._widget, error)
            return
        from mtb_desk.services.recommendations import recommendation_history

        database, study_id = self._context.database, self.study_id
        (
            Op(self, lambda _p: recommendation_history(database, study_id))
            .success(lambda revisions: self._ask(mine, final, revisions))
            .run()
        )

    def _ask(
        self, mine: RecommendationDraft, final: bool, revisions: Sequence[RecommendationView]
    ) -> None:
        self._show_history(revisions)
        theirs = revisions[0] if revisions else None
        record = self.tr("The draft recommendation for %1").replace("%1", self.study_id or "")
        who = theirs.created_by if theirs else None
        fields = conflict_fields(mine, form_of(theirs) if theirs else None)
        dialog = ConflictDialog(record, who, fields, self._widget)
        dialog.accepted.connect(lambda: self._resolved(mine, final, dialog, theirs))
        dialog.open()
        self.conflict_did_open.emit(dialog)

    def _resolved(
        self,
        mine: RecommendationDraft,
        final: bool,
        dialog: ConflictDialog,
        theirs: RecommendationView | None,
    ) -> None:
        if dialog.resolution is Resolution.TAKE_THEIRS or theirs is None:
            if theirs is not None:
                self._editor.fill_from(theirs)
            return
        chosen = dialog.values()
        merged = RecommendationDraft(
            outcome=RecommendationOutcome(chosen["outcome"] or mine.outcome.value),
            cohort=chosen["cohort"],
            drugs=mine.drugs,
            rationale=chosen["rationale"],
            supporting_findings=mine.supporting_findings,
            further_tests=chosen["further_tests"],
        )
        expected = theirs.version if theirs.state is RecommendationState.DRAFT else None
        self._save(merged, final, expected)


def conflict_fields(
    mine: RecommendationDraft, theirs: RecommendationDraft | None
) -> list[ConflictField]:
    other = theirs or RecommendationDraft(mine.outcome, "", (), "", (), "")
    outcomes = tuple((enum_text(o), o.value) for o in RecommendationOutcome)
    return [
        ConflictField(
            "outcome",
            QCoreApplication.translate("RecommendationController", "Outcome"),
            mine.outcome.value,
            other.outcome.value,
            outcomes,
        ),
        ConflictField(
            "cohort",
            QCoreApplication.translate("RecommendationController", "Cohort / trial"),
            mine.cohort,
            other.cohort,
        ),
        ConflictField(
            "rationale",
            QCoreApplication.translate("RecommendationController", "Rationale"),
            mine.rationale,
            other.rationale,
        ),
        ConflictField(
            "further_tests",
            QCoreApplication.translate("RecommendationController", "Further tests"),
            mine.further_tests,
            other.further_tests,
        ),
    ]
