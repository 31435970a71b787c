"""The funnel and supply screens in bokmål and English: the core's words (drop reasons, the
overall group, payer and notes) in the GUI's language, counts and percentages by QLocale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from tests.ui.test_followup import demo as demo  # noqa: F401 - fixture
from ui import translation
from ui.context import AppContext
from ui.followup.funnel_view import FunnelView
from ui.followup.lists import SupplyView

NBSP = "\u00a0"


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


EXPECTED = {
    "en": {"group": "All", "first": "100.0%", "bar": "Profiled: 14 (100%)",
           "drop": "not on an agenda yet: ", "payer": "public payer",
           "note": "clinical benefit at week 16"},
    "nb": {"group": "Alle", "first": f"100,0{NBSP}%", "bar": f"Profilert: 14 (100{NBSP}%)",
           "drop": "ikke på en saksliste ennå: ", "payer": "det offentlige",
           "note": "klinisk nytte i uke 16"},
}  # fmt: skip


def test_funnel_and_supply_speak_the_language(
    qtbot: QtBot,
    demo: Database,  # noqa: F811
    context: AppContext,
    language: str,
) -> None:
    words = EXPECTED[language]
    funnel = FunnelView(context)
    qtbot.addWidget(funnel)
    with qtbot.waitSignal(funnel.funnel_did_load, timeout=10_000):
        funnel.refresh()
    first = [funnel.table.item(0, c).text() for c in range(4)]
    assert (first[0], first[2], first[3]) == (words["group"], "14", words["first"])
    assert funnel.funnel is not None
    share = f"{funnel.funnel.groups[0].steps[1].percent_of_first:.1f}"
    expected = share + "%" if language == "en" else share.replace(".", ",") + NBSP + "%"
    assert funnel.table.item(1, 3).text() == expected
    assert words["drop"] in funnel.table.item(1, 5).text()
    axis = funnel.chart_view.chart().axes()[0]
    assert words["bar"] in axis.categories()
    supply = SupplyView(context)
    qtbot.addWidget(supply)
    with qtbot.waitSignal(supply.supply_did_load, timeout=10_000):
        supply.refresh()
    row = [supply.patients.item(0, c).text() for c in (0, 4, 5)]
    assert row == ["DEMO-007", words["payer"], words["note"]]
