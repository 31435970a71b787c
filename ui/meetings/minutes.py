"""The minutes as they fill in during the meeting: attendance, each case's outcome."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from mtb_desk.domain.enums import AgendaStatus
from ui.formatting import date_text, enum_text
from ui.formatting import tr as value_text
from ui.meetings.data import MeetingWithDecisions


def minutes_html(loaded: MeetingWithDecisions) -> str:
    meeting = loaded.meeting
    present = [a for a in meeting.attendees if a.present]
    absent = [a for a in meeting.attendees if not a.present]
    parts = [f"<h3>{html.escape(meeting.title)} · {date_text(meeting.held_on)}</h3>"]
    people = ", ".join(f"{html.escape(a.name)} ({value_text(a.role.value)})" for a in present)
    present_word = QCoreApplication.translate("MeetingMinutes", "Present")
    parts.append(f"<p><b>{present_word}:</b> {people or '–'}</p>")
    if absent:
        names = ", ".join(html.escape(a.name) for a in absent)
        absent_word = QCoreApplication.translate("MeetingMinutes", "Absent")
        parts.append(f"<p><b>{absent_word}:</b> {names}</p>")
    parts.append("<ol>")
    for item in meeting.agenda:
        line = f"<b>{html.escape(item.study_id)}</b> ({html.escape(item.diagnosis_code)}) — "
        decision = loaded.decisions.get(item.case_id)
        if item.status is AgendaStatus.DEFERRED:
            line += QCoreApplication.translate("MeetingMinutes", "deferred")
            line += f": {html.escape(item.note)}" if item.note else ""
        elif decision is not None:
            target = decision.cohort_code or decision.trial_id or ", ".join(decision.drugs)
            line += enum_text(decision.outcome) + (f" ({html.escape(target)})" if target else "")
            line += f" · {enum_text(decision.state)}"
        else:
            line += QCoreApplication.translate("MeetingMinutes", "not yet discussed")
        parts.append(f"<li>{line}</li>")
    parts.append("</ol>")
    return "".join(parts)
