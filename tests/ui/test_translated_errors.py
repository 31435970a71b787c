"""The GUI in bokmål shows the core's errors in bokmål, in its own words (no CLI options)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

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


@pytest.mark.usefixtures("bokmal")
def test_a_stale_edit_is_explained_in_bokmal(qtbot: QtBot, db: Database, actor: Actor) -> None:
    from mtb_desk.services.cases import update_case

    case = create_case(db, actor, NewCase(study_id="NB-2", diagnosis_code="LUAD"))
    update_case(db, actor, case.id, case.version, {"ecog": 1})  # someone else saved first
    parent = QWidget()
    qtbot.addWidget(parent)
    Op(parent, lambda _p: update_case(db, actor, case.id, case.version, {"ecog": 2})).run()
    assert shown_message(qtbot, parent) == (
        f"Noen andre endret sak NB-2 først: du redigerte versjon {case.version}, nå er den på "
        f"versjon {case.version + 1}. Ingenting ble lagret; last inn på nytt og prøv igjen."
    )


@pytest.mark.usefixtures("bokmal")
def test_a_bad_import_file_and_its_warnings_are_told_in_bokmal(
    qtbot: QtBot, db: Database, actor: Actor, context: AppContext, tmp_path: Path
) -> None:
    case = create_case(db, actor, NewCase(study_id="NB-3", diagnosis_code="LUAD"))
    view = CaseView(context, case.id, match_provider=lambda _d, _c: ())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.case_did_load):
        view.load()
    broken = tmp_path / "cna.txt"  # a cBioPortal CNA matrix with a call out of range
    broken.write_text("Hugo_Symbol\tNB-3\nERBB2\t7\n", encoding="utf-8")
    with qtbot.waitSignal(view.importer.import_did_fail, timeout=10_000) as failed:
        assert view.import_files([str(broken)])
    message = failed.args[0]
    assert "cna.txt, linje 2" in message
    assert "Ingenting ble importert." in message
    assert "outside" not in message
    assert "line" not in message
    assert shown_message(qtbot, view) == message  # the box says it; closing it goes on
    shown = tmp_path / "calls.txt"  # a row without a gene symbol: skipped with a warning
    shown.write_text("Hugo_Symbol\tNB-3\nERBB2\t2\nNA\t-2\n", encoding="utf-8")
    with qtbot.waitSignal(view.importer.preview_did_open, timeout=10_000) as opened:
        assert view.import_files([str(shown)])
    dialog = opened.args[0]
    warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert "linje 3: intet gensymbol; raden er hoppet over" in warnings
    dialog.reject()
