"""Progress reporting and cancellation without Qt.

Long core operations (imports, matching over many cases, report building) take a `Progress`
and call `update()` between chunks and `cancelled()` to stop early. The GUI adapts this to
queued Qt signals; the CLI and tests use `NullProgress`.
"""

from __future__ import annotations

from typing import Protocol


class OperationCancelled(Exception):
    """Raised by core code that noticed `Progress.cancelled()`; nothing has been written."""


class Progress(Protocol):
    """`label` is English; mark it with `mtb_desk.i18n.N_` so a face can translate it."""

    def update(self, done: int, total: int | None, label: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Reports nowhere and never cancels."""

    def update(self, done: int, total: int | None, label: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise OperationCancelled("cancelled by the user")
