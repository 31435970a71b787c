"""What the meeting screens load off the GUI thread: a meeting with each case's decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtb_desk.db.engine import Database

if TYPE_CHECKING:
    from mtb_desk.services.meetings import MeetingDetail
    from mtb_desk.services.recommendations import RecommendationView


@dataclass(frozen=True, slots=True)
class MeetingWithDecisions:
    meeting: MeetingDetail
    decisions: dict[int, RecommendationView]  # case id → latest revision


def load_meeting(database: Database, meeting_id: int) -> MeetingWithDecisions:
    from mtb_desk.services.meetings import get_meeting
    from mtb_desk.services.recommendations import recommendation_history

    meeting = get_meeting(database, meeting_id)
    decisions = {}
    for item in meeting.agenda:
        history = recommendation_history(database, item.study_id)
        if history:
            decisions[item.case_id] = history[0]
    return MeetingWithDecisions(meeting, decisions)
