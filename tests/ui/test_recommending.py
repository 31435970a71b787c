"""Recording a recommendation from the case view: choose a match, save, finalise, history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort
from mtb_desk.db.unit_of_work import writing
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.services.access_log import case_access_log
from mtb_desk.services.cases import NewCase, create_case, get_case_by_id
from mtb_desk.services.demo import load_demo
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)
from mtb_desk.services.worklist import list_cases
from tests.ui.boxes import confirm, open_boxes
from ui.case.view import CaseView
from ui.conflict_dialog import ConflictDialog, Resolution
from ui.context import AppContext
from ui.ops.op import process_until_idle


def add_cohort(db: Database, code: str) -> None:
    with writing(db) as session:
        session.add(Cohort(code=code, name=f"{code} test cohort", rule={"gene": "BRAF"}))


def open_view(qtbot: QtBot, view: CaseView) -> CaseView:
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.recommending.history_did_load):
        view.load()
    return view


def test_choose_a_match_save_and_finalise(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    load_demo(db, actor)
    case = get_case_by_id(db, list_cases(db).items[0].id)
    target = case.findings[0]
    add_cohort(db, "C-TEST")

    class FakeMatch:
        cohort, drugs, status, reason = "C-TEST", ("dabrafenib",), "eligible", "BRAF V600E"
        finding, findings = target.id, (target.id,)
        approved_alternatives: tuple[str, ...] = ()
        not_tested_because: tuple[str, ...] = ()

        def reason_in(self, _lang: str) -> str:
            return self.reason

    view = CaseView(context, case.id, match_provider=lambda _d, _c: [FakeMatch()])
    open_view(qtbot, view)
    view.matches_table.selectRow(0)
    view.recommendation.use_match.click()
    sentence = view.recommendation.rationale.toPlainText()
    assert sentence.endswith("recommended for the IMPRESS cohort C-TEST with dabrafenib.")
    assert f"finding {target.id}" not in sentence  # no internal ids in the signed words
    assert view.recommendation.match_reason.text() == "Matching: BRAF V600E"
    with qtbot.waitSignal(view.recommending.recommendation_did_save):
        view.recommendation.save.click()
    assert process_until_idle()
    (draft,) = recommendation_history(db, case.study_id)
    assert (draft.state, draft.outcome, draft.cohort_code) == (
        RecommendationState.DRAFT,
        RecommendationOutcome.IMPRESS_COHORT,
        "C-TEST",
    )
    assert draft.finding_ids == (target.id,)
    assert draft.drugs == ("dabrafenib",)
    view.recommendation.rationale.setPlainText("BRAF V600E; cohort open.")
    view.recommendation.finalise.click()
    (box,) = open_boxes()  # finalising asks first; Enter means Cancel
    assert "cannot be edited" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert process_until_idle()
    assert recommendation_history(db, case.study_id)[0].state is RecommendationState.DRAFT
    view.recommendation.finalise.click()
    with qtbot.waitSignal(view.recommending.recommendation_did_save):
        confirm(qtbot)
    assert process_until_idle()
    (final,) = recommendation_history(db, case.study_id)
    assert final.state is RecommendationState.FINAL
    assert final.rationale == "BRAF V600E; cohort open."
    assert view.recommendation.history.count() == 1
    assert "final" in view.recommendation.history.item(0).text()
    # the final recommendation stays in view, read-only, with its supporting finding ticked
    editor = view.recommendation
    assert editor.read_only
    assert editor.rationale.isReadOnly()
    assert editor.rationale.toPlainText() == "BRAF V600E; cohort open."
    assert editor.draft().supporting_findings == (target.id,)
    assert not editor.finalise.isEnabled()
    assert not editor.revise.isHidden()


def test_opening_a_case_is_logged(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext
) -> None:
    case = create_case(db, actor, NewCase("ACC-1", "LUAD"))
    view = CaseView(context, case.id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.access_did_record):
        view.load()
    log = case_access_log(db, actor, "ACC-1")
    assert [(e.username, e.purpose) for e in log] == [(actor.username, "view")]


def test_stale_draft_opens_the_conflict_dialog(
    qtbot: QtBot,
    db: Database,
    make_actor: Callable[..., Actor],
    context_for: Callable[[Actor], AppContext],
) -> None:
    me, other = make_actor("leder", Role.CHAIR), make_actor("kliniker", Role.CLINICIAN)
    case = create_case(db, me, NewCase("REC-1", "LUAD"))
    record_recommendation(
        db, me, "REC-1", RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "First.")
    )
    view = open_view(qtbot, CaseView(context_for(me), case.id))
    record_recommendation(
        db, other, "REC-1", RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "Theirs.")
    )
    view.recommendation.rationale.setPlainText("Mine.")
    with qtbot.waitSignal(view.recommending.conflict_did_open) as opened:
        view.recommendation.save.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ConflictDialog)
    with qtbot.waitSignal(view.recommending.recommendation_did_save):
        dialog.choose(Resolution.MERGE)
    (latest,) = recommendation_history(db, "REC-1")
    assert latest.rationale == "Theirs.\n\nMine."
