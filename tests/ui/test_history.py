"""The patient's own history is in view: the case header and presentation mode say that the
patient was enrolled before and progressed, and when."""

from __future__ import annotations

import datetime as dt
import re

from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.services.cases import get_case
from mtb_desk.services.demo import load_demo
from mtb_desk.services.meetings import add_to_agenda, create_meeting
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
from ui.case.view import CaseView
from ui.context import AppContext
from ui.meetings.data import load_meeting
from ui.meetings.presentation import PresentationWindow
from ui.ops.op import process_until_idle

# the demo's DEMO-003 progressed on palbociclib (the week comes from its follow-up visits)
EXPECTED = re.compile(
    r"enrolled in CDK-PALBOCICLIB \(palbociclib\) \d{4}-\d{2}, progressive disease at week \d+"
)


def progressed_case(db: Database, actor: Actor) -> int:
    load_demo(db, actor)
    draft = RecommendationDraft(
        RecommendationOutcome.IMPRESS_COHORT, "CDK4 amplification.", cohort_code="CDK-PALBOCICLIB"
    )
    record_recommendation(db, actor, "DEMO-003", draft, final=True)
    record_recommendation(
        db, actor, "DEMO-003", RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "Again.")
    )
    return get_case(db, "DEMO-003").id


def test_case_header_shows_earlier_enrolment_and_outcome(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    case_id = progressed_case(db, actor)
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    text = view.header.history.text()
    assert not view.header.history.isHidden()
    assert EXPECTED.search(text), text
    assert "revision 1" in view.header.history.toolTip()  # the earlier, final recommendation
    assert not view.use_top_match()  # the only eligible cohort is the one it progressed on
    assert process_until_idle()


def test_presentation_shows_history_vaf_and_why_not(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    case_id = progressed_case(db, actor)
    meeting = create_meeting(db, actor, dt.date(2026, 6, 1), "History board")
    add_to_agenda(db, actor, meeting.id, case_id)
    window = PresentationWindow(context, load_meeting(db, meeting.id))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_did_show):
        window.start(0)
    assert EXPECTED.search(window.earlier.text())
    findings = [window.findings.item(r).text() for r in range(window.findings.count())]
    assert any("CN" in f or "VAF" in f for f in findings), findings
    matches = [window.matches.item(r).text() for r in range(window.matches.count())]
    assert any("\nWhy" in m for m in matches), matches
    assert process_until_idle()
