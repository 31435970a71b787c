"""After a decision: the decided case (read-only, signed), the supersede confirmation, batch
signing of a meeting's final decisions, and the minutes export dialog."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import Shots


def take(shots: Shots, study_id: str) -> None:
    _case_decided(shots, study_id)
    _confirmation(shots)
    _batch_sign(shots)
    _minutes_export(shots)


def _case_decided(shots: Shots, study_id: str) -> None:
    from ui.case.view import CaseView

    window = shots.window
    view = window.open_case(
        next(
            view.case_id
            for i in range(window.tabs.count())
            if isinstance(view := window.tabs.widget(i), CaseView)
            and view.case is not None
            and view.case.study_id == study_id
        )
    )
    view.load()
    process_until_idle()
    shots.grab(window, "case-decided")


def _confirmation(shots: Shots) -> None:
    from ui.case.view import CaseView

    view = shots.window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.recommendation.start_revision()
    view.recommendation.finalise.click()
    box = view.recommendation.confirmation
    assert box is not None
    process_until_idle()
    shots.grab(box, "confirm-supersede")
    box.reject()
    view.load()
    process_until_idle()


def _batch_sign(shots: Shots) -> None:
    from mtb_desk.domain.enums import RecommendationOutcome
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
    from ui.documents.batch_sign import BatchSignDialog

    window = shots.window
    view = window.screens.show_meetings()
    process_until_idle()
    assert view.loaded is not None
    context, meeting = shots.context, view.loaded.meeting
    for item, final in zip(meeting.agenda[:4], (True, True, True, False), strict=False):
        draft = RecommendationDraft(
            RecommendationOutcome.FURTHER_TESTING, "Germline testing first.", meeting_id=meeting.id
        )
        record_recommendation(context.database, context.actor, item.study_id, draft, final=final)
    dialog = window.screens.sign_meeting()
    assert isinstance(dialog, BatchSignDialog)
    process_until_idle()
    dialog.password.setText("••••••••")
    shots.grab(dialog, "batch-sign")
    dialog.close()


def _minutes_export(shots: Shots) -> None:
    from mtb_desk.services.meetings import get_meeting

    view = shots.window.screens.meetings
    assert view is not None
    assert view.loaded is not None
    meeting = get_meeting(shots.context.database, view.loaded.meeting.id)
    dialog = shots.window.screens.export_minutes(meeting)
    dialog.adjustSize()
    shots.grab(dialog, "minutes-export")
    dialog.close()
