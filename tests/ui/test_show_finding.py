"""Choosing a match (or a supporting finding) whose finding is not among the loaded rows of a
whole-genome case brings it into the findings table, selected and in view: the rows up to it
when they are few, else a page that starts at it; a gene filter that hides it is cleared with
a note. A real window at 1280x720, real clicks and keys, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.records import FindingView
from mtb_desk.services.demo_wgs import add_wgs_demo_case
from mtb_desk.services.permissions import Actor
from tests.core.test_finding_pages import reference
from tests.db_fixtures import BACKENDS
from ui.case.view import CaseView
from ui.context import AppContext

FINDINGS = 3_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Paging is SQL: this GUI test runs on both back ends."""
    return str(request.param)


@dataclass(frozen=True)
class PointingMatch:
    """A match naming one finding (the matching engine's rules are tested elsewhere)."""

    cohort: str
    finding: int
    drugs: tuple[str, ...] = ("testinib",)
    status: str = "eligible"
    approved_alternatives: tuple[str, ...] = ()
    not_tested_because: tuple[str, ...] = ()

    @property
    def findings(self) -> tuple[int, ...]:
        return (self.finding,)

    def reason_in(self, _lang: str) -> str:
        return f"finding {self.finding}"


@dataclass
class Wgs:
    view: CaseView
    order: list[FindingView]  # the case view's order, every finding


@pytest.fixture
def wgs(qtbot: QtBot, db: Database, actor: Actor, context: AppContext) -> Wgs:
    case_id = add_wgs_demo_case(db, actor, "WGS-SHOW-1", FINDINGS)
    order = reference(db, case_id)
    deep, near = order[2_400], order[330]  # past the reach of loading up to it; within it
    matches = [PointingMatch("DEEP", deep.id), PointingMatch("NEAR", near.id)]
    view = CaseView(context, case_id, match_provider=lambda _d, _c: matches)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    assert view.findings_model.rowCount() == 200
    return Wgs(view, order)


def click_match(qtbot: QtBot, view: CaseView, row: int) -> None:
    table = view.matches_table
    spot = table.visualRect(view.matches_model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def current_id(view: CaseView) -> int | None:
    index = view.findings_table.currentIndex()
    return view.findings_model.finding(index.row()).id if index.isValid() else None


def in_sight(table: QTableView, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return rect.isValid() and table.viewport().rect().contains(rect.center())


def assert_shown(view: CaseView, finding: FindingView) -> None:
    row = view.findings_model.row_of(finding.id)
    assert row is not None
    assert current_id(view) == finding.id
    assert view.findings_table.selectionModel().isRowSelected(row)
    assert in_sight(view.findings_table, row)


def shown_ids(view: CaseView) -> list[int]:
    model = view.findings_model
    return [model.finding(row).id for row in range(model.rowCount())]


def number(value: int) -> str:
    return QLocale().toString(value)


def test_a_match_deep_in_the_list_brings_its_page(qtbot: QtBot, wgs: Wgs) -> None:
    view, order = wgs.view, wgs.order
    deep = order[2_400]
    assert view.findings_model.row_of(deep.id) is None
    click_match(qtbot, view, 0)
    qtbot.waitUntil(lambda: current_id(view) == deep.id, timeout=10_000)
    assert_shown(view, deep)
    assert view.findings_model.start == 2_400
    assert shown_ids(view) == [f.id for f in order[2_400:2_600]]
    status = view.pager.status.text()
    assert status.startswith(f"Showing {number(2_401)}–{number(2_600)} of {number(FINDINGS)}")
    assert view.pager.top.isVisible()
    # scrolling on loads the next rows after them, in order
    qtbot.keyClick(view.findings_table, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: view.findings_model.rowCount() > 200, timeout=10_000)
    assert shown_ids(view)[200:] == [f.id for f in order[2_600 : 2_400 + view.findings_model.
                                                          rowCount()]]  # fmt: skip
    qtbot.mouseClick(view.pager.top, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findings_model.start == 0, timeout=10_000)
    assert shown_ids(view) == [f.id for f in order[:200]]
    assert not view.pager.top.isVisible()
    assert view.pager.status.text().startswith("Showing 1–200")


def test_a_match_a_little_further_on_loads_the_rows_up_to_it(qtbot: QtBot, wgs: Wgs) -> None:
    view, order = wgs.view, wgs.order
    near = order[330]
    click_match(qtbot, view, 1)
    qtbot.waitUntil(lambda: current_id(view) == near.id, timeout=10_000)
    assert_shown(view, near)
    assert view.findings_model.start == 0
    assert shown_ids(view) == [f.id for f in order[: view.findings_model.rowCount()]]
    assert view.findings_model.rowCount() > 330
    assert not view.pager.top.isVisible()


def test_a_filter_that_hides_the_finding_is_cleared_with_a_note(qtbot: QtBot, wgs: Wgs) -> None:
    view, order = wgs.view, wgs.order
    qtbot.mouseClick(view.pager.filter, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.pager.filter, "kras")
    qtbot.waitUntil(lambda: 0 < view.findings_model.total < 100, timeout=10_000)
    click_match(qtbot, view, 0)
    deep = order[2_400]
    qtbot.waitUntil(lambda: current_id(view) == deep.id, timeout=10_000)
    assert_shown(view, deep)
    assert view.pager.filter.text() == ""
    assert view.pager.note.isVisible()
    assert "“kras” hid the finding" in view.pager.note.text()
    assert view.findings_model.total == FINDINGS
    qtbot.wait(400)  # the filter's typing delay passes: the rows stay the finding's page
    assert current_id(view) == deep.id
    assert view.findings_model.start == 2_400


def test_annotating_the_finding_keeps_the_cursor_on_it(qtbot: QtBot, wgs: Wgs) -> None:
    """The save reloads the case: the rows stay around the finding, which moves up as its
    annotation now sorts it before the unannotated ones."""
    view, order = wgs.view, wgs.order
    deep = order[2_400]
    click_match(qtbot, view, 0)
    qtbot.waitUntil(lambda: current_id(view) == deep.id, timeout=10_000)
    view.findings_table.setFocus()
    with qtbot.waitSignal(view.case_did_load, timeout=10_000):
        qtbot.keyClick(view.findings_table, Qt.Key.Key_V)
    assert current_id(view) == deep.id
    note = view.findings_model.finding(view.findings_table.currentIndex().row()).annotation
    assert note is not None
    assert note.oncogenicity is not None
    assert in_sight(view.findings_table, view.findings_table.currentIndex().row())


def test_a_supporting_finding_chosen_in_the_recommendation_is_shown(qtbot: QtBot, wgs: Wgs) -> None:
    view, order = wgs.view, wgs.order
    deep = order[2_400]
    click_match(qtbot, view, 0)
    view.recommendation.use_match.click()  # the match's finding joins the supporting ones
    qtbot.mouseClick(view.pager.top, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findings_model.start == 0, timeout=10_000)
    listing = view.recommendation.supporting
    item = next(
        listing.item(i)
        for i in range(listing.count())
        if listing.item(i).data(Qt.ItemDataRole.UserRole) == deep.id
    )
    spot = listing.visualItemRect(item).center()
    spot.setX(spot.x() + 30)  # on the words, not the check box
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: current_id(view) == deep.id, timeout=10_000)
    assert_shown(view, deep)
