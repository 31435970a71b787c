"""The case view pages its findings: the first page in the database's order, more on scroll,
and a gene filter typed into its box, on SQLite and PostgreSQL (a real window, 1280x720)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.services.cases import get_case_by_id
from mtb_desk.services.finding_pages import sort_key
from mtb_desk.services.permissions import Actor
from tests.core.finding_page_data import make_case
from tests.db_fixtures import BACKENDS
from ui.case.view import CaseView
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Paging is SQL: this GUI test runs on both back ends."""
    return str(request.param)


def scroll_to_the_end(qtbot: QtBot, view: CaseView, wanted: int) -> None:
    """Click the first row, then Ctrl+End until `wanted` rows are loaded (a page a time)."""
    table = view.findings_table
    first = table.visualRect(view.findings_model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    while view.findings_model.rowCount() < wanted:
        before = view.findings_model.rowCount()
        qtbot.keyClick(table, Qt.Key.Key_End, CTRL)
        qtbot.waitUntil(lambda n=before: view.findings_model.rowCount() > n, timeout=5000)


def shown_ids(view: CaseView) -> list[int]:
    model = view.findings_model
    return [model.finding(row).id for row in range(model.rowCount())]


@pytest.fixture
def paged_view(qtbot: QtBot, db: Database, actor: Actor, context: AppContext) -> CaseView:
    case_id = make_case(db, actor, seed=21, findings=60)
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    view.pager.page_size = 8
    view.resize(1280, 720)
    view.show()
    view.findings_table.setFixedHeight(150)  # a few rows visible: the rest come on scrolling
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    return view


def test_pages_come_in_order_as_the_table_scrolls(
    qtbot: QtBot, db: Database, paged_view: CaseView
) -> None:
    view = paged_view
    everything = sorted(get_case_by_id(db, view.case_id).findings, key=sort_key)
    assert shown_ids(view)[:8] == [f.id for f in everything[:8]]
    assert view.pager.status.text().startswith("Showing 1–")
    assert "of 60 findings" in view.pager.status.text()
    scroll_to_the_end(qtbot, view, len(everything))
    assert shown_ids(view) == [f.id for f in everything]
    assert view.pager.status.text() == "Showing 1–60 of 60 findings"


def test_typing_a_gene_narrows_the_table(
    qtbot: QtBot, db: Database, paged_view: CaseView
) -> None:
    view = paged_view
    qtbot.mouseClick(view.pager.filter, Qt.MouseButton.LeftButton)
    assert view.pager.filter.hasFocus()
    qtbot.keyClicks(view.pager.filter, "brca2")
    wanted = sorted(
        (f for f in get_case_by_id(db, view.case_id).findings if f.gene == "BRCA2"), key=sort_key
    )
    assert wanted, "the generated case has BRCA2 findings"
    qtbot.waitUntil(lambda: view.findings_model.total == len(wanted), timeout=5000)
    scroll_to_the_end(qtbot, view, len(wanted))
    assert shown_ids(view) == [f.id for f in wanted]
    assert "of genes starting with “brca2”" in view.pager.status.text()
    qtbot.keyClick(view.pager.filter, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(view.pager.filter, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: view.findings_model.total == 60, timeout=5000)
    qtbot.keyClicks(view.pager.filter, "zz")
    qtbot.waitUntil(lambda: view.findings_model.total == 0, timeout=5000)
    assert view.pager.status.text() == "No finding of a gene starting with “zz”."
