"""The enrolment dialog at 1280x720 with real clicks and keys: a refusal is shown in the dialog
in the GUI's language (before saving, and when the service refuses at the save), a cohort that
moved while the dialog was open gives the conflict dialog, roles that may not enrol see the
actions disabled with the reason, and on PostgreSQL the database's grants decide (real logins).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mtb_desk.db.engine import Database
from mtb_desk.db.models import Enrolment
from mtb_desk.db.unit_of_work import reading
from mtb_desk.domain.enums import Role
from mtb_desk.services.cohorts import cohort_enrolments, cohort_overview
from mtb_desk.services.demo import load_demo
from mtb_desk.services.enrolments import enrol
from mtb_desk.services.permissions import Actor
from mtb_desk.services.users import login
from tests.core.test_shared_mode import shared as shared  # noqa: F401 - fixture
from tests.ui.followup_user import click, type_into
from ui import translation
from ui.cohorts.enrol_dialog import EnrolDialog
from ui.cohorts.view import CohortsView
from ui.conflict_dialog import ConflictDialog
from ui.context import AppContext, ChangeBus
from ui.ops.op import process_until_idle
from ui.window.main_window import MainWindow

COHORT = "BRAF-V600-VEM-COBI"


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translation.install(qapp, request.param)
    yield str(request.param)
    translation.install(qapp, "en")


def main_window(qtbot: QtBot, database: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext(database, actor, ChangeBus()))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    return window


def cohort_screen(qtbot: QtBot, window: MainWindow, code: str) -> CohortsView:
    view = window.screens.show_cohorts()
    qtbot.waitUntil(lambda: view.cohorts.rowCount() > 0, timeout=10_000)
    view.select_cohort(code)
    qtbot.waitUntil(lambda: view.enrolments.code == code, timeout=10_000)
    assert process_until_idle()
    return view


def open_dialog(qtbot: QtBot, view: CohortsView, study_id: str) -> EnrolDialog:
    """The cohort screen's "Enrol in cohort…", then the study id typed and Enter."""
    click(qtbot, view.enrolments.enrol)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(EnrolDialog)))
    dialog = next(d for d in view.findChildren(EnrolDialog) if d.isVisible())
    assert dialog.cohort.currentData() == view.enrolments.code  # the cohort shown
    type_into(qtbot, dialog.case_edit, study_id)
    qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.study_id == study_id,
        timeout=10_000,
    )
    assert process_until_idle()
    return dialog


def chairs_dialog(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: Callable[..., Actor], study_id: str
) -> tuple[Actor, MainWindow, CohortsView, EnrolDialog]:
    """The demo data, the chair's window, the cohort screen and its dialog for `study_id`."""
    load_demo(db, actor)
    chair = make_actor("chair", Role.CHAIR)
    window = main_window(qtbot, db, chair)
    view = cohort_screen(qtbot, window, COHORT)
    return chair, window, view, open_dialog(qtbot, view, study_id)


def enrolments(database: Database) -> int:
    with reading(database) as session:
        return int(session.scalar(select(func.count()).select_from(Enrolment)) or 0)


REFUSED = {  # DEMO-012's hospital has no open trial site
    "en": "DEMO-012 cannot be enrolled in ALK-FUS-ALECTINIB: Sykehuset i Vestfold's trial "
    "site is not open.",
    "nb": "DEMO-012 kan ikke inkluderes i ALK-FUS-ALECTINIB: studiestedet ved Sykehuset i "
    "Vestfold er ikke åpnet.",
}
ALREADY = {
    "en": "DEMO-002 is already enrolled in cohort BRAF-V600-VEM-COBI (since",
    "nb": "DEMO-002 er allerede inkludert i kohort BRAF-V600-VEM-COBI (fra",
}


def test_refusals_are_shown_in_the_dialog_in_the_guis_language(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    make_actor: Callable[..., Actor],
    language: str,
) -> None:
    load_demo(db, actor)
    chair = make_actor("chair", Role.CHAIR)
    window = main_window(qtbot, db, chair)
    view = cohort_screen(qtbot, window, "ALK-FUS-ALECTINIB")
    dialog = open_dialog(qtbot, view, "DEMO-012")
    assert dialog.message.isVisible()
    assert dialog.message.text() == REFUSED[language]
    assert not dialog.enrol_button.isEnabled()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    view = cohort_screen(qtbot, window, COHORT)
    dialog = open_dialog(qtbot, view, "DEMO-002")
    assert dialog.message.isHidden()
    before = enrolments(db)
    enrol(db, chair, COHORT, "DEMO-002")  # someone else, while the dialog is open
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text().startswith(ALREADY[language])
    assert dialog.isVisible()  # what was chosen stays, nothing more was stored
    assert enrolments(db) == before + 1
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))


def test_a_cohort_that_moved_meanwhile_gives_the_conflict_dialog(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    chair, window, view, dialog = chairs_dialog(qtbot, db, actor, make_actor, "DEMO-002")
    assert "0 of 8 enrolled" in dialog.stage.text()
    enrol(db, chair, COHORT, "DEMO-001", override_reason="seen by the chair")  # meanwhile
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in dialog.findChildren(ConflictDialog)), timeout=10_000
    )
    conflict = next(c for c in dialog.findChildren(ConflictDialog) if c.isVisible())
    (field,) = conflict.fields
    assert field.mine.startswith("0 enrolled")
    assert field.theirs.startswith("1 enrolled")
    assert not conflict.save_merged.isVisible()
    with qtbot.waitSignal(view.enrolments.enrolments_did_load, timeout=10_000):
        click(qtbot, conflict.keep_mine)  # "Enrol all the same": every rule checked again
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert process_until_idle()
    assert [r.study_id for r in view.enrolments.rows] == ["DEMO-001", "DEMO-002"]
    row = next(c for c in cohort_overview(db) if c.code == COHORT)
    assert (row.enrolled, row.free_slots) == (2, 6)


def test_roles_that_may_not_enrol_see_the_actions_disabled_with_the_reason(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    load_demo(db, actor)
    for role, allowed in ((Role.STUDY_NURSE, False), (Role.PATHOLOGIST, False),
                          (Role.SECRETARY, True), (Role.CLINICIAN, True)):  # fmt: skip
        person = make_actor(role.value.replace(" ", "-"), role)
        window = main_window(qtbot, db, person)
        view = cohort_screen(qtbot, window, COHORT)
        for action in (view.enrolments.enrol, window.followup.actions["enrol"]):
            assert action.isEnabled() is allowed, role
            assert ("may not enrol patients" in action.toolTip()) is not allowed, role
        window.close()


def test_on_postgresql_the_grants_decide(
    qtbot: QtBot,
    shared: tuple[Database, Callable[..., Database]],  # noqa: F811
) -> None:
    owner, connect = shared
    clinician_db = connect(Role.CLINICIAN)
    clinician = login(clinician_db, None, None)
    window = main_window(qtbot, clinician_db, clinician)
    view = cohort_screen(qtbot, window, COHORT)
    dialog = open_dialog(qtbot, view, "DEMO-002")
    assert dialog.message.isHidden(), dialog.message.text()
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.message.isVisible(), timeout=10_000)
    assert not dialog.isVisible(), dialog.message.text()
    qtbot.waitUntil(lambda: [r.study_id for r in view.enrolments.rows] == ["DEMO-002"],
                    timeout=10_000)  # fmt: skip
    window.close()

    nurse_db = connect(Role.STUDY_NURSE)
    nurse = login(nurse_db, None, None)
    window = main_window(qtbot, nurse_db, nurse)
    view = cohort_screen(qtbot, window, COHORT)
    assert not view.enrolments.enrol.isEnabled()
    assert "may not enrol patients" in view.enrolments.enrol.toolTip()
    window.close()
    lying = Actor(nurse.username, frozenset({Role.CLINICIAN}))  # the app fooled, not the database
    window = main_window(qtbot, nurse_db, lying)
    view = cohort_screen(qtbot, window, "PIK3CA-ALPELISIB")
    before = enrolments(owner)
    dialog = open_dialog(qtbot, view, "DEMO-008")
    assert dialog.message.isHidden()  # the app sees a clinician and no objection
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "permission denied" in dialog.message.text()
    assert enrolments(owner) == before
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))


def test_the_chair_overrides_a_non_eligible_match_and_the_treatment_start_follows(
    qtbot: QtBot, db: Database, actor: Actor, make_actor: Callable[..., Actor]
) -> None:
    from ui.followup.dialogs import StartDialog
    from ui.followup.panel import FollowUpView

    _, window, _, dialog = chairs_dialog(qtbot, db, actor, make_actor, "DEMO-001")  # no match
    assert "the case does not match the cohort" in dialog.message.text()
    assert "As chair you may enrol with a written reason." in dialog.message.text()
    assert dialog.override.isVisible()
    assert not dialog.enrol_button.isEnabled()
    type_into(qtbot, dialog.override, "BRAF V600E confirmed by ddPCR, seen by the board")
    assert dialog.enrol_button.isEnabled()
    assert dialog.then_start.isChecked()  # the chair records follow-up too: the start is next
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(StartDialog)),
                    timeout=10_000)  # fmt: skip
    followup = window.tabs.currentWidget()
    assert isinstance(followup, FollowUpView)
    assert followup.study_id == "DEMO-001"
    start = next(d for d in window.findChildren(StartDialog) if d.isVisible())
    assert start.cohort.currentData() == COHORT  # the new enrolment is offered
    assert start.basis.currentData() == "enrolment"
    click(qtbot, start.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))
    (row,) = [r for r in cohort_enrolments(db, COHORT) if r.study_id == "DEMO-001"]
    assert row.override_reason == "BRAF V600E confirmed by ddPCR, seen by the board"
