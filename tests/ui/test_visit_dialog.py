"""The visit dialog driven by mouse and keyboard at 1280x720: several adverse events added,
edited and removed, saved with the visit in one go; each kind of bad input shown on the
dialog's message line with nothing stored and the typed input kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.followup_records import TreatmentRecord, case_followup
from mtb_desk.services.permissions import Actor
from tests.db_snapshot import snapshot
from tests.ui.followup_user import (
    add_event,
    choose,
    click,
    click_row,
    save,
    set_grade,
    type_date,
    type_into,
)
from ui.context import AppContext
from ui.followup.panel import FollowUpView
from ui.followup.visit_dialog import VisitDialog

TODAY = dt.date.today()


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def shown_followup(qtbot: QtBot, context: AppContext, study_id: str) -> FollowUpView:
    view = FollowUpView(context, study_id)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        view.load()
    return view


def open_visit(qtbot: QtBot, view: FollowUpView) -> VisitDialog:
    click(qtbot, view.buttons["visit"])
    qtbot.waitUntil(lambda: bool(view.findChildren(VisitDialog)), timeout=5_000)
    return next(d for d in view.findChildren(VisitDialog) if d.isVisible())


def events_of(db: Database, study_id: str, week: int) -> list[tuple[object, ...]]:
    record: TreatmentRecord = case_followup(db, study_id).treatments[-1]
    visit = next(v for v in record.visits if v.week == week)
    return [(a.term, a.grade, a.attribution.value, a.serious, a.started_on, a.ended_on)
            for a in visit.adverse_events]  # fmt: skip


def saved(qtbot: QtBot, view: FollowUpView, dialog: VisitDialog) -> None:
    with qtbot.waitSignal(view.followup_did_load, timeout=10_000):
        save(qtbot, dialog)
    assert not dialog.isVisible()


def test_several_adverse_events_added_edited_and_removed_in_one_dialog(
    qtbot: QtBot, demo: Database, context: AppContext
) -> None:
    view = shown_followup(qtbot, context, "DEMO-010")
    dialog = open_visit(qtbot, view)
    assert dialog.week.currentData() == 8  # open visits first
    choose(qtbot, dialog.ecog, 1)
    choose(qtbot, dialog.response, "SD")
    add_event(qtbot, dialog, "Diarrhea", 2, attribution="probable")
    add_event(qtbot, dialog, "Fatigue", 1, started=TODAY - dt.timedelta(days=20))
    add_event(qtbot, dialog, "Febrile neutropenia", 3, attribution="definite", serious=True,
              started=TODAY - dt.timedelta(days=9), ended=TODAY - dt.timedelta(days=3))  # fmt: skip
    click_row(qtbot, dialog.events.table, 1)  # back to Fatigue: now grade 2, ended
    assert dialog.events.term.text() == "Fatigue"
    set_grade(qtbot, dialog, 2)
    click(qtbot, dialog.events.ongoing)
    type_date(qtbot, dialog.events.ended, TODAY - dt.timedelta(days=2))
    click_row(qtbot, dialog.events.table, 0)
    click(qtbot, dialog.events.remove_button)  # Diarrhea was a mistake
    assert dialog.events.table.rowCount() == 2
    saved(qtbot, view, dialog)
    assert events_of(demo, "DEMO-010", 8) == [
        ("Fatigue", 2, "possible", False, TODAY - dt.timedelta(days=20),
         TODAY - dt.timedelta(days=2)),
        ("Febrile neutropenia", 3, "definite", True, TODAY - dt.timedelta(days=9),
         TODAY - dt.timedelta(days=3)),
    ]  # fmt: skip
    assert view.table.item(1, 7).text() == (
        "Fatigue G2 (possible); Febrile neutropenia G3 (definite, SAE)"
    )
    again = open_visit(qtbot, view)  # the recorded visit opens with what was recorded
    choose(qtbot, again.week, 8)
    assert again.events.table.rowCount() == 2
    assert again.ecog.currentData() == 1
    click_row(qtbot, again.events.table, 1)
    click(qtbot, again.events.remove_button)
    saved(qtbot, view, again)
    assert [e[0] for e in events_of(demo, "DEMO-010", 8)] == ["Fatigue"]


def _grade_6(qtbot: QtBot, dialog: VisitDialog, start: dt.date) -> None:
    add_event(qtbot, dialog, "Diarrhea", 2)
    type_into(qtbot, dialog.events.grade, "6")
    assert dialog.events.grade.value() == 2  # refused, and said so (below)


def _ends_before_it_starts(qtbot: QtBot, dialog: VisitDialog, start: dt.date) -> None:
    add_event(qtbot, dialog, "Fatigue", 1)
    add_event(qtbot, dialog, "Nausea", 2, started=TODAY - dt.timedelta(days=5),
              ended=TODAY - dt.timedelta(days=7))  # fmt: skip
    save(qtbot, dialog)


def _before_the_start(qtbot: QtBot, dialog: VisitDialog, start: dt.date) -> None:
    type_date(qtbot, dialog.performed_on, start - dt.timedelta(days=1))
    add_event(qtbot, dialog, "Fatigue", 1)
    save(qtbot, dialog)


def _response_after_the_stop(qtbot: QtBot, dialog: VisitDialog, start: dt.date) -> None:
    type_date(qtbot, dialog.performed_on, TODAY)  # after the stop
    choose(qtbot, dialog.response, "SD")
    save(qtbot, dialog)


BAD: list[tuple[str, str, Callable[[QtBot, VisitDialog, dt.date], None], str]] = [
    ("grade 6", "DEMO-010", _grade_6, "Grade 6 is not a CTCAE grade"),
    ("event ends before it starts", "DEMO-010", _ends_before_it_starts,
     "adverse event 2 ('Nausea'): it ends"),
    ("visit before the treatment start", "DEMO-010", _before_the_start,
     "before the treatment start"),
    ("response on a stopped treatment", "DEMO-002", _response_after_the_stop,
     "a response on"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "study_id", "act", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_said_in_the_dialog_and_nothing_is_stored(
    qtbot: QtBot,
    demo: Database,
    context: AppContext,
    what: str,
    study_id: str,
    act: Callable[[QtBot, VisitDialog, dt.date], None],
    message: str,
) -> None:
    view = shown_followup(qtbot, context, study_id)
    record = view.current()
    assert record is not None
    assert record.started_on is not None
    before = snapshot(demo)
    dialog = open_visit(qtbot, view)
    typed_events = dialog.events.table.rowCount()
    act(qtbot, dialog, record.started_on)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert message in dialog.message.text()
    assert dialog.message.text().count("\n") == 0  # one line
    assert dialog.isVisible()  # still open, to correct
    assert dialog.buttons.isEnabled()
    assert dialog.events.table.rowCount() >= typed_events  # what was typed is still there
    assert snapshot(demo) == before
    dialog.reject()


def test_the_dialog_speaks_bokmal(
    qtbot: QtBot, qapp: QApplication, demo: Database, context: AppContext
) -> None:
    from ui import translation

    translation.install(qapp, "nb")
    try:
        view = shown_followup(qtbot, context, "DEMO-010")
        dialog = open_visit(qtbot, view)
        assert dialog.week.currentText().startswith("uke 8 (forfaller ")
        assert dialog.events.add_button.text() == "Legg til bivirkning"
        buttons = dialog.buttons
        assert buttons.button(buttons.StandardButton.Save).text() == "Lagre"
        assert buttons.button(buttons.StandardButton.Cancel).text() == "Avbryt"
        add_event(qtbot, dialog, "Diarrhea", 2)
        type_into(qtbot, dialog.events.grade, "6")
        assert dialog.message.text() == "Grad 6 er ikke en CTCAE-grad: velg 1 til 5."
        dialog.reject()
    finally:
        translation.install(qapp, "en")
