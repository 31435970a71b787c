"""The GUI in bokmål shows the core's errors in bokmål, in its own words (no CLI options)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome
from mtb_desk.i18n import N_
from mtb_desk.progress import Progress
from mtb_desk.services.cases import NewCase, create_case
from mtb_desk.services.permissions import Action, Actor, require
from ui import translation
from ui.case.view import CaseView
from ui.context import AppContext
from ui.ops.op import Op


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    translation.install(qapp, "nb")
    yield
    translation.install(qapp, "en")


def shown_message(qtbot: QtBot, widget: QWidget) -> str:
    qtbot.waitUntil(lambda: bool(widget.findChildren(QMessageBox)))
    (box,) = widget.findChildren(QMessageBox)
    text = box.text()
    box.close()
    return text


@pytest.mark.usefixtures("bokmal")
@pytest.mark.parametrize(
    ("outcome", "rationale", "expected"),
    [
        (
            RecommendationOutcome.IMPRESS_COHORT,
            "BRAF V600E",
            "Velg en kohort: konklusjonen «Aktuell for IMPRESS-kohort» krever det.",
        ),
        (
            RecommendationOutcome.NO_ACTIONABLE,
            "",
            "Skriv tumorboardets begrunnelse for anbefalingen.",
        ),
    ],
)
def test_saving_an_incomplete_recommendation_explains_in_bokmal(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    context: AppContext,
    outcome: RecommendationOutcome,
    rationale: str,
    expected: str,
) -> None:
    case = create_case(db, actor, NewCase(study_id="NB-1", diagnosis_code="LUAD"))
    view = CaseView(context, case.id, match_provider=lambda _d, _c: ())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.recommending.history_did_load):
        view.load()
    editor = view.recommendation
    editor.outcome.setCurrentIndex(editor.outcome.findData(outcome.value))
    editor.rationale.setPlainText(rationale)
    editor.save.click()
    message = shown_message(qtbot, view)
    assert message == expected
    assert "--" not in message


@pytest.mark.usefixtures("bokmal")
def test_a_refused_action_is_explained_in_bokmal(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reader = Actor("lesar", frozenset())
    Op(parent, lambda _p: require(reader, Action.ANNOTATE)).run()
    assert shown_message(qtbot, parent) == (
        "lesar kan ikke annotere funn: det krever rollen Patolog."
    )


@pytest.mark.usefixtures("bokmal")
def test_the_cores_progress_labels_are_shown_in_bokmal(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(progress: Progress) -> None:
        progress.update(0, None, N_("Saving findings"))
        release.wait(10)

    running = Op(parent, work).with_progress("…").run()
    qtbot.waitUntil(lambda: running.progress_dialog is not None, timeout=5000)
    qtbot.waitUntil(lambda: running.progress_dialog.labelText() == "Lagrer funn", timeout=5000)
    release.set()
