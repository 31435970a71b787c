"""The one operation helper: run a function off the GUI thread, call back on it.

After Anki's ``CollectionOp``/``QueryOp``::

    Op(parent, lambda progress: list_cases(db, query)).success(show).run()

``fn`` runs on a worker thread and never touches widgets; it receives a `Progress`
(``mtb_desk.progress``) to report on and to poll for cancellation. ``success`` and
``failure`` callbacks run on the GUI thread, and only while ``parent`` is alive. Errors
are shown in a message box unless a failure callback takes them. Reads share a small pool;
``.writes()`` sends the work to one single-worker pool so that SQLite writes queue up (as
Anki's task manager does). A progress dialog appears only if the work takes over 500 ms.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mtb_desk.i18n import translator
from mtb_desk.progress import OperationCancelled, Progress
from mtb_desk.services.permissions import Action, Actor
from ui.errors import describe_error as describe_error
from ui.errors import present_error

T = TypeVar("T")
log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
_pools: dict[str, QThreadPool] = {}
_running: set[Op[Any]] = set()


def pool(kind: str) -> QThreadPool:
    """``read`` (a few workers), ``write`` (exactly one) or ``files`` (parsing, PDFs)."""
    if kind not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount({"read": 3, "write": 1, "files": 2}[kind])
        created.setExpiryTimeout(2000)
        _pools[kind] = created
    return _pools[kind]


def running_count() -> int:
    """Operations started and not yet finished (their callbacks not yet run)."""
    return len(_running)


def wait_for_pools(timeout_ms: int = 5000) -> bool:
    """Block until every worker thread is idle; True if they all finished in time."""
    return all(p.waitForDone(timeout_ms) for p in _pools.values())


class _ProgressRelay(QObject):
    """Lives on the GUI thread; workers emit into it, Qt queues the calls across."""

    progress_did_change = Signal(int, int, str)
    work_did_end = Signal()  # the outcome waits in the job; Python objects never ride signals


class _QueuedProgress:
    """`Progress` for a worker: emits only when the percentage or label changes (Orange)."""

    def __init__(self, relay: _ProgressRelay, cancel: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel
        self._last: tuple[int, str] | None = None

    def update(self, done: int, total: int | None, label: str = "") -> None:
        """`label` is the core's English text; marked ones are shown in the GUI's language."""
        percent = int(100 * done / total) if total else -1
        if label:
            from ui.translation import current_language

            label = translator(current_language()).gettext(label)
        if (percent, label) != self._last:
            self._last = (percent, label)
            self._relay.progress_did_change.emit(percent, 100 if total else 0, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    """Runs `fn` and keeps its outcome; the GUI thread reads it after `work_did_end`."""

    def __init__(self, fn: Callable[[Progress], Any], progress: _QueuedProgress) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._progress = progress
        self._relay = progress._relay
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every error goes to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.error = exc
        self._relay.work_did_end.emit()


class Op(Generic[T]):
    """One piece of work off the GUI thread; build it, then `run()` it once."""

    def __init__(self, parent: QObject, fn: Callable[[Progress], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_finally: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._pool = "read"
        self._cancel = threading.Event()
        self._relay = _ProgressRelay()
        self._dialog: QProgressDialog | None = None
        self._reported: tuple[int, int, str] | None = None  # last progress from the work
        self._timer: QTimer | None = None
        self._job: _Job | None = None

    # -- building ---------------------------------------------------------------
    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def finally_(self, callback: Callable[[], None]) -> Op[T]:
        self._on_finally = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Op[T]:
        self._label = label
        self._cancellable = cancellable
        return self

    def writes(self) -> Op[T]:
        """Queue on the single database-writer thread."""
        self._pool = "write"
        return self

    def on_file_pool(self) -> Op[T]:
        """File parsing and PDF rendering: a pool of its own, so reads are not starved."""
        self._pool = "files"
        return self

    # -- running ----------------------------------------------------------------
    def run(self) -> Op[T]:
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.work_did_end.connect(self._ended, queued)
        self._relay.progress_did_change.connect(self._progressed, queued)
        if self._label is not None:
            self._timer = QTimer(self._relay)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(PROGRESS_DELAY_MS)
        _running.add(self)
        self._job = _Job(self._fn, _QueuedProgress(self._relay, self._cancel))
        pool(self._pool).start(self._job)
        return self

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _ended(self) -> None:
        job = self._job
        self._job = None
        if job is None:
            return
        if job.error is not None:
            self._failed(job.error)
        else:
            self._finished(job.result)

    def cancel(self) -> None:
        """Ask the work to stop; it notices at its next `Progress.cancelled()` check."""
        self._cancel.set()

    def _alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    def _show_dialog(self) -> None:
        if self not in _running or not self._alive():
            return
        parent = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(self._label or "", "", 0, 0, parent)
        dialog.setWindowTitle(self._label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Op", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialog = dialog
        if self._reported is not None:  # what the work said before the dialog appeared
            self._progressed(*self._reported)

    def _progressed(self, percent: int, maximum: int, label: str) -> None:
        self._reported = (percent, maximum, label or (self._reported or (0, 0, ""))[2])
        if self._dialog is None:
            return
        self._dialog.setMaximum(maximum)
        if maximum:
            self._dialog.setValue(max(percent, 0))
        if label:
            self._dialog.setLabelText(label)

    def _finish_common(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _finished(self, result: T) -> None:
        self._finish_common()
        if not self._alive():
            return
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            if self._on_finally is not None:
                self._on_finally()

    def _failed(self, error: BaseException) -> None:
        self._finish_common()
        if not self._alive():
            return
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            elif not isinstance(error, OperationCancelled):
                show_error(self._parent, error)
        finally:
            if self._on_finally is not None:
                self._on_finally()


def refusal_text(actor: Actor, action: Action) -> str | None:
    """None when `actor` may do `action`, else why not, in the GUI's words and language."""
    refusal = actor.refusal(action)
    return None if refusal is None else describe_error(refusal)


def show_error(parent: QObject, error: BaseException) -> None:
    """Kept for callers: the one error presenter (``ui.errors``) shows it."""
    present_error(parent, error)


def process_until_idle(timeout_s: float = 10.0) -> bool:
    """Pump the GUI event loop until no operation is running (scripts, screenshots, tests)."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not _running:
            QCoreApplication.processEvents()
            if not _running:
                return True
        time.sleep(0.002)
    return False
