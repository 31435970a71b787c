"""The operation helper: work off the GUI thread, callbacks on it, errors, cancellation."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mtb_desk.errors import ValidationError
from mtb_desk.progress import OperationCancelled, Progress, check_cancelled
from ui.ops import op
from ui.ops.op import Op


def test_work_runs_off_the_gui_thread_and_callback_on_it(qtbot: QtBot) -> None:
    parent = QObject()
    seen: dict[str, object] = {}

    def work(_progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_gui"] = QThread.currentThread() is parent.thread()

    Op(parent, work).success(done).run()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": False, "value": 42, "callback_on_gui": True}


def test_failure_reaches_the_failure_callback(qtbot: QtBot) -> None:
    parent = QObject()
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise ValidationError("bad input")

    Op(parent, work).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "bad input"


def test_errors_are_shown_by_default(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: Progress) -> None:
        raise ValidationError("the study id is already in use")

    Op(parent, work).run()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    assert box.text() == "the study id is already in use"
    box.close()


def test_no_callback_after_the_parent_is_gone(qtbot: QtBot) -> None:
    parent = QObject()
    called: list[int] = []
    gate = threading.Event()
    Op(parent, lambda _p: gate.wait(5) and 1).success(called.append).run()
    parent.deleteLater()
    qtbot.wait(10)
    gate.set()
    assert op.process_until_idle(5)
    assert called == []


def test_slow_work_shows_a_cancellable_progress_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        for step in range(400):
            progress.update(step, 400, "working")
            check_cancelled(progress)
            time.sleep(0.01)

    running = (
        Op(parent, work)
        .with_progress("Slow work", cancellable=True)
        .failure(lambda e: outcome.append(type(e).__name__))
        .run()
    )
    qtbot.waitUntil(lambda: running.progress_dialog is not None, timeout=3000)
    running.progress_dialog.canceled.emit()
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert outcome == [OperationCancelled.__name__]


@pytest.mark.parametrize("kind", ["read", "write"])
def test_writes_are_serialised_on_one_thread(kind: str) -> None:
    assert op.pool("write").maxThreadCount() == 1
    assert op.pool(kind).maxThreadCount() >= 1
