"""The worklist: lazy paging, debounced search, filters, sort, counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import CaseStatus
from mtb_desk.services.cases import NewCase, create_case, update_case
from mtb_desk.services.hospitals import create_hospital
from mtb_desk.services.permissions import Actor
from mtb_desk.services.worklist import list_cases
from ui.worklist.model import PAGE_SIZE, WorklistTableModel
from ui.worklist.view import WorklistView

CASES = 450


@pytest.fixture
def many_cases(db: Database, actor: Actor) -> Database:
    create_hospital(db, actor, "OUS", "Oslo universitetssykehus")
    create_hospital(db, actor, "HUS", "Haukeland universitetssjukehus")
    for number in range(CASES):
        hospital = "OUS" if number % 3 else "HUS"
        create_case(
            db,
            actor,
            NewCase(f"S-{number:04d}", "LUAD" if number % 2 else "CHOL", hospital_code=hospital),
        )
    return db


@pytest.fixture
def view(qtbot: QtBot, many_cases: Database) -> WorklistView:
    model = WorklistTableModel(lambda query: list_cases(many_cases, query))
    view = WorklistView(model)
    qtbot.addWidget(view)
    with qtbot.waitSignal(model.page_did_load):
        model.refresh()
    return view


def test_first_page_only_then_more_on_demand(qtbot: QtBot, view: WorklistView) -> None:
    model = view.model
    assert (model.rowCount(), model.total) == (PAGE_SIZE, CASES)
    assert model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_did_load):
            model.fetchMore()
    assert model.rowCount() == CASES
    assert view.counts.text() == f"{CASES} case(s)"


def test_scrolling_fetches_the_next_page(qtbot: QtBot, view: WorklistView) -> None:
    view.show()
    with qtbot.waitSignal(view.model.page_did_load):
        view.table.scrollToBottom()
    assert view.model.rowCount() == 2 * PAGE_SIZE


def test_search_is_debounced_and_filters(qtbot: QtBot, view: WorklistView) -> None:
    model = view.model
    with qtbot.waitSignal(model.page_did_load, timeout=3000):
        qtbot.keyClicks(view.search, "S-01")
    assert model.query.text == "S-01"
    assert model.total == 100
    assert all(model.case_at(r).study_id.startswith("S-01") for r in range(model.rowCount()))
    assert view.counts.text() == "100 case(s)"


def test_filters_by_hospital_and_status(
    qtbot: QtBot, view: WorklistView, many_cases: Database, actor: Actor
) -> None:
    model = view.model
    with qtbot.waitSignal(model.page_did_load):
        view.set_hospitals([])  # keeps "All"
        view.hospital_filter.addItem("HUS", "HUS")
        view.hospital_filter.setCurrentIndex(view.hospital_filter.findData("HUS"))
    assert model.total == CASES // 3
    first = model.case_at(0)
    update_case(many_cases, actor, first.id, first.version, {"status": CaseStatus.CLOSED})
    with qtbot.waitSignal(model.page_did_load):
        view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert [model.case_at(r).study_id for r in range(model.rowCount())] == [first.study_id]


def test_sort_by_header(qtbot: QtBot, view: WorklistView) -> None:
    model = view.model
    with qtbot.waitSignal(model.page_did_load):
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.case_at(0).study_id == "S-0000"
    with qtbot.waitSignal(model.page_did_load):
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.case_at(0).study_id == f"S-{CASES - 1:04d}"


def test_double_click_chooses_the_case(qtbot: QtBot, view: WorklistView) -> None:
    view.show()
    index = view.model.index(3, 0)
    with qtbot.waitSignal(view.case_was_chosen) as chosen:
        view.table.activated.emit(index)
    assert chosen.args == [view.model.case_at(3).id]
