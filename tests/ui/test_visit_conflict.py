"""Two study nurses edit the same visit from two sessions on one database (a SQLite file and a
real PostgreSQL server): the second save opens the conflict dialog, naming the first nurse,
and nothing the first nurse saved is overwritten unless the second one chooses so."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import Role
from mtb_desk.services.database import open_database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.followup_records import case_followup
from mtb_desk.services.permissions import Actor
from tests.db_fixtures import BACKENDS
from tests.db_snapshot import snapshot
from tests.ui.followup_user import add_event, choose, click, save
from tests.ui.test_visit_dialog import open_visit, shown_followup
from ui.conflict_dialog import ConflictDialog
from ui.context import AppContext, ChangeBus
from ui.followup.panel import FollowUpView
from ui.followup.visit_dialog import VisitDialog
from ui.ops.op import process_until_idle


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """This test runs on both back ends: the conflict is the database's to detect."""
    return str(request.param)


@pytest.fixture
def second_session(db: Database) -> Iterator[Database]:
    """Another connection pool to the same database, as on a second computer."""
    other = open_database(db.url)
    yield other
    other.dispose()


def week8(db: Database) -> tuple[int | None, str | None, list[str], int]:
    visit = next(v for v in case_followup(db, "DEMO-010").treatments[-1].visits if v.week == 8)
    return visit.ecog, visit.recorded_by, [a.term for a in visit.adverse_events], visit.version


def two_nurses(
    qtbot: QtBot,
    db: Database,
    second_session: Database,
    actor: Actor,
    make_actor: Callable[..., Actor],
) -> tuple[FollowUpView, FollowUpView, VisitDialog, VisitDialog]:
    """Anna (first session) and Berit (second) both open DEMO-010's week-8 visit."""
    load_demo(db, actor)
    anna, berit = make_actor("anna", Role.STUDY_NURSE), make_actor("berit", Role.STUDY_NURSE)
    first = shown_followup(qtbot, AppContext(db, anna, ChangeBus()), "DEMO-010")
    second = shown_followup(qtbot, AppContext(second_session, berit, ChangeBus()), "DEMO-010")
    mine, theirs = open_visit(qtbot, second), open_visit(qtbot, first)  # both see version 1
    return first, second, mine, theirs


def test_second_save_of_the_same_visit_is_a_conflict_and_overwrites_nothing(
    qtbot: QtBot,
    db: Database,
    second_session: Database,
    actor: Actor,
    make_actor: Callable[..., Actor],
) -> None:
    first, second, mine, theirs = two_nurses(qtbot, db, second_session, actor, make_actor)
    choose(qtbot, theirs.ecog, 1)
    add_event(qtbot, theirs, "Fatigue", 2)
    with qtbot.waitSignal(first.followup_did_load, timeout=10_000):
        save(qtbot, theirs)
    stored = snapshot(db)
    assert week8(db)[:3] == (1, "anna", ["Fatigue"])
    choose(qtbot, mine.ecog, 2)
    add_event(qtbot, mine, "Nausea", 1)
    with qtbot.waitSignal(second.visits.conflict_did_open, timeout=10_000) as opened:
        save(qtbot, mine)
    dialog: ConflictDialog = opened.args[0]
    assert dialog.isVisible()
    shown = _labels(dialog)
    assert "The week 8 visit of DEMO-010 was saved by anna" in shown
    assert "Fatigue G2" in shown  # theirs
    assert "Nausea G1" in shown  # mine
    assert snapshot(db) == stored  # nothing overwritten
    click(qtbot, dialog.take_theirs)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert process_until_idle()
    assert snapshot(db) == stored
    assert week8(second_session)[:3] == (1, "anna", ["Fatigue"])


def test_keeping_mine_after_a_conflict_saves_over_the_version_seen_in_the_dialog(
    qtbot: QtBot,
    db: Database,
    second_session: Database,
    actor: Actor,
    make_actor: Callable[..., Actor],
) -> None:
    first, second, mine, theirs = two_nurses(qtbot, db, second_session, actor, make_actor)
    add_event(qtbot, theirs, "Fatigue", 2)
    with qtbot.waitSignal(first.followup_did_load, timeout=10_000):
        save(qtbot, theirs)
    version = week8(db)[3]
    add_event(qtbot, mine, "Nausea", 1)
    add_event(qtbot, mine, "Vomiting", 1)
    with qtbot.waitSignal(second.visits.conflict_did_open, timeout=10_000) as opened:
        save(qtbot, mine)
    dialog: ConflictDialog = opened.args[0]
    with qtbot.waitSignal(second.followup_did_load, timeout=10_000):
        click(qtbot, dialog.keep_mine)
    assert week8(db) == (None, "berit", ["Nausea", "Vomiting"], version + 1)


def _labels(dialog: ConflictDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))
