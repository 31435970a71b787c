"""A demo patient followed end to end in the main window at 1280x720, with real mouse clicks
and key presses, on a SQLite file and on PostgreSQL: the chair records the board's
recommendation and enrols the patient through the enrolment dialog (Follow-up › Enrol in
cohort, from the case); the study nurse starts the treatment and records day 1, week 8 and
week 16 (responses and several adverse events); the chair confirms the derived week-16 outcome,
and the cohort's two-stage state moves. The nurse's own limits are checked on the way:
follow-up yes; enrolling, annotating, deciding and confirming no (disabled with the reason, and
refused by the services).

The dates are months back (entered from the clinic's records afterwards): a week-16
assessment cannot be recorded before day 112.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import AuditEvent
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import RecommendationOutcome, RecommendationState, Role
from mtb_desk.errors import PermissionDenied
from mtb_desk.services.cohorts import cohort_overview
from mtb_desk.services.demo import load_demo
from mtb_desk.services.followup_records import case_followup
from mtb_desk.services.permissions import Actor
from mtb_desk.services.recommendations import recommendation_history
from tests.db_fixtures import BACKENDS
from tests.ui.boxes import button, open_boxes
from tests.ui.followup_user import add_event, choose, click, save, type_date, type_into
from tests.ui.test_keyboard_flow import row_centre
from ui.case.view import CaseView
from ui.cohorts.enrol_dialog import EnrolDialog
from ui.context import AppContext, ChangeBus
from ui.followup.dialogs import StartDialog
from ui.followup.panel import FollowUpView
from ui.followup.visit_dialog import VisitDialog
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow

COHORT = "BRAF-V600-VEM-COBI"
START = dt.date.today() - dt.timedelta(days=130)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def open_case(qtbot: QtBot, window: MainWindow, study_id: str) -> CaseView:
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.worklist_model.rowCount() > 0, timeout=10_000)
    at = row_centre(window, study_id)
    table = window.worklist.table.viewport()
    qtbot.mouseClick(table, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(table, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CaseView), timeout=10_000)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.case is not None and view.matches_model.rowCount() > 0,
                    timeout=10_000)  # fmt: skip
    assert process_until_idle()
    return view


def open_followup(qtbot: QtBot, window: MainWindow, study_id: str) -> FollowUpView:
    """From the case's tab, Ctrl+Shift+F (Follow-up › Follow-up of this case)."""
    case = open_case(qtbot, window, study_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the boxes are gone
    case.findings_table.setFocus()
    qtbot.keyClick(case.findings_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), FollowUpView),
                    timeout=10_000)  # fmt: skip
    view = window.tabs.currentWidget()
    assert isinstance(view, FollowUpView)
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert process_until_idle()
    return view


def recommend_top_match(qtbot: QtBot, window: MainWindow) -> None:
    view = open_case(qtbot, window, "DEMO-002")
    view.findings_table.setFocus()
    qtbot.keyClick(view.findings_table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert view.recommendation.cohort.text() == COHORT
    qtbot.keyClick(view.findings_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_boxes()) == 1)
    (box,) = open_boxes()
    with qtbot.waitSignal(view.recommending.recommendation_did_save, timeout=10_000):
        click(qtbot, button(box, QMessageBox.ButtonRole.AcceptRole))  # "Finalise"
    assert process_until_idle()


def enrolment_dialog(qtbot: QtBot, window: MainWindow, study_id: str) -> EnrolDialog:
    """From the case's tab, Ctrl+Shift+N (Follow-up › Enrol in cohort…), its preview loaded."""
    case = open_case(qtbot, window, study_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    case.findings_table.setFocus()
    qtbot.keyClick(case.findings_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(EnrolDialog)))
    dialog = next(d for d in window.findChildren(EnrolDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert process_until_idle()
    return dialog


def enrol_in_dialog(qtbot: QtBot, window: MainWindow, decision_id: int) -> None:
    """The chair enrols DEMO-002 in the recommended cohort; the nurse will start treatment."""
    dialog = enrolment_dialog(qtbot, window, "DEMO-002")
    assert dialog.cohort.currentData() == COHORT  # the cohort the recommendation names
    assert "Stage 1 of 2: 0 of 8 enrolled" in dialog.stage.text()
    assert "8 places left" in dialog.stage.text()
    assert "Revision 1 (final)" in dialog.recommendation.text()
    type_date(qtbot, dialog.enrolled_on, START)
    assert process_until_idle()
    assert dialog.message.isHidden(), dialog.message.text()
    click(qtbot, dialog.then_start)  # unticked: the study nurse records the start
    case = window.tabs.currentWidget()
    assert isinstance(case, CaseView)
    with qtbot.waitSignal(case.case_did_load, timeout=10_000):  # the case view reloads
        click(qtbot, dialog.enrol_button)
    assert not dialog.isVisible()
    assert COHORT in case.header.history.text()
    with reading(window.context.database) as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "enrol").order_by(AuditEvent.id.desc())
        ).first()
        assert event is not None
        assert (event.entity_id, event.actor) == (f"{COHORT}/DEMO-002", "chair")
        assert (event.after or {})["recommendation_id"] == decision_id


def start_treatment(qtbot: QtBot, view: FollowUpView) -> None:
    click(qtbot, view.buttons["start"])
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(StartDialog)))
    dialog = next(d for d in view.findChildren(StartDialog) if d.isVisible())
    assert dialog.cohort.currentData() == COHORT  # the open enrolment is offered
    type_date(qtbot, dialog.started_on, START)
    type_into(qtbot, dialog.dose, "960 mg BID + 60 mg daily")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        click(qtbot, ok)


def record_visit(
    qtbot: QtBot, view: FollowUpView, week: int, day: int, response: str | None,
    events: list[tuple[str, int]],
) -> None:  # fmt: skip
    click(qtbot, view.buttons["visit"])
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(VisitDialog)))
    dialog = next(d for d in view.findChildren(VisitDialog) if d.isVisible())
    choose(qtbot, dialog.week, week)
    type_date(qtbot, dialog.performed_on, START + dt.timedelta(days=day))
    choose(qtbot, dialog.ecog, 1)
    if response:
        choose(qtbot, dialog.response, response)
    for term, grade in events:
        add_event(qtbot, dialog, term, grade, started=START + dt.timedelta(days=day - 10))
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()


def check_nurse_limits(qtbot: QtBot, window: MainWindow, db: Database, nurse: Actor) -> None:
    """Follow-up yes; enrolling, annotating, deciding, confirming no: disabled, with why."""
    from mtb_desk.services.annotations import AnnotationInput, annotate_finding
    from mtb_desk.services.outcomes import confirm_outcome
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
    from ui.case.findings_model import COL_ANNOTATION

    case = open_case(qtbot, window, "DEMO-002")
    enrolling = window.followup.actions["enrol"]
    assert not enrolling.isEnabled()
    assert "may not enrol patients" in enrolling.toolTip()
    (on_matches,) = case.matches_table.actions()
    assert not on_matches.isEnabled()
    assert "may not enrol patients" in on_matches.toolTip()
    model = case.findings_model
    cell = model.index(0, COL_ANNOTATION, QModelIndex())
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert "may not annotate" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    for decide, why in (
        (case.recommendation.save, "may not record recommendations"),
        (case.recommendation.finalise, "may not finalise recommendations"),
    ):
        assert not decide.isEnabled()
        assert why in decide.toolTip()  # fmt: skip
    finding_id = case.case.findings[0].id if case.case else 0
    with pytest.raises(PermissionDenied, match="may not annotate"):
        annotate_finding(db, nurse, finding_id, AnnotationInput(None, None, True, "x"))
    draft = RecommendationDraft(RecommendationOutcome.IMPRESS_COHORT, "x", cohort_code=COHORT)
    with pytest.raises(PermissionDenied, match="may not record recommendations"):
        record_recommendation(db, nurse, "DEMO-002", draft, final=True)
    with pytest.raises(PermissionDenied, match="confirm week-16 outcomes"):
        confirm_outcome(db, nurse, "DEMO-002")


def test_a_demo_patient_from_recommendation_to_a_confirmed_week16_outcome(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    load_demo(db, actor)
    chair, nurse = make_actor("chair", Role.CHAIR), make_actor("nurse", Role.STUDY_NURSE)
    window = MainWindow(AppContext(db, chair, ChangeBus()))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    recommend_top_match(qtbot, window)
    (decision,) = recommendation_history(db, "DEMO-002")
    assert (decision.state, decision.cohort_code) == (RecommendationState.FINAL, COHORT)
    enrol_in_dialog(qtbot, window, decision.id)
    before = next(c for c in cohort_overview(db) if c.code == COHORT)
    assert (before.phase, before.benefit) == ("open (stage 1)", 0)

    window.set_context(AppContext(db, nurse, ChangeBus()))  # the study nurse takes over
    check_nurse_limits(qtbot, window, db, nurse)
    view = open_followup(qtbot, window, "DEMO-002")
    start_treatment(qtbot, view)
    record = view.current()
    assert record is not None
    assert (record.cohort, record.started_on, record.recommendation_id) == (
        COHORT, START, decision.id)  # fmt: skip
    record_visit(qtbot, view, 0, 0, None, [])
    record_visit(qtbot, view, 8, 56, "SD", [("Rash maculo-papular", 2), ("Arthralgia", 1)])
    record_visit(qtbot, view, 16, 114, "PR", [("Fatigue", 1), ("Dry skin", 1)])
    assert "clinical benefit" in view.summary.text()
    assert "not confirmed by the chair" in view.summary.text()
    assert not view.buttons["confirm"].isEnabled()
    assert "confirm week-16 outcomes" in view.buttons["confirm"].toolTip()
    (treatment,) = [t for t in case_followup(db, "DEMO-002").treatments if t.id == record.id]
    visits = treatment.visits
    assert [len(v.adverse_events) for v in visits[:3]] == [0, 2, 2]
    unchanged = next(c for c in cohort_overview(db) if c.code == COHORT)
    assert unchanged.benefit == 0  # not before the chair confirms

    window.set_context(AppContext(db, chair, ChangeBus()))  # the chair confirms
    view = open_followup(qtbot, window, "DEMO-002")
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        click(qtbot, view.buttons["confirm"])
    assert "confirmed by chair" in view.summary.text()
    cohorts = window.screens.show_cohorts()
    qtbot.waitUntil(lambda: cohorts.cohorts.rowCount() > 0, timeout=10_000)
    assert process_until_idle()
    row = next(r for r in range(cohorts.cohorts.rowCount())
               if cohorts.cohorts.item(r, 0).text() == COHORT)  # fmt: skip
    assert cohorts.cohorts.item(row, 2).text() == "expanded (stage 2)"
    assert cohorts.cohorts.item(row, 4).text() == "1"
    after = next(c for c in cohort_overview(db) if c.code == COHORT)
    assert (after.phase, after.benefit) == ("expanded (stage 2)", 1)
    assert process_until_idle()
