"""The one place that shows an operation's error to a person.

Every failure path (the op helper's default, controllers' own failure callbacks, dialogs that
check input) goes through `present_error`. The box belongs to the window the operation came
from: an owner that is not a widget (a controller, an exporter) is followed up its parents to
the first widget, and only when there is none the active window is used. A box is never left
without a parent for Python to collect while it is on screen (the old failure: a wrong
password closed the sign dialog and nothing was shown, so the chair believed it was signed).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mtb_desk.errors import MtbDeskError, connection_lost, describe

log = logging.getLogger(__name__)
ERROR_BOX_NAME = "error_box"
_unowned: set[QMessageBox] = set()  # boxes with no window to hold them, kept until closed


def owner_window(owner: QObject | None) -> QWidget | None:
    """The top-level window an operation belongs to (None only with no window at all)."""
    current = owner
    while current is not None:
        if isinstance(current, QWidget):
            return current.window()
        current = current.parent()
    app = QApplication.instance()
    return QApplication.activeWindow() if isinstance(app, QApplication) else None


def describe_error(error: BaseException) -> str:
    """The sentence to show a person: our own errors as written, others named plainly."""
    if isinstance(error, MtbDeskError):  # the GUI's words, in the GUI's language
        from ui.translation import current_language

        return describe(error, current_language(), "gui")
    if connection_lost(error):
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return QCoreApplication.translate(
            "Errors",
            "The connection to the database was lost; nothing was saved. Check the network "
            "or the server and try again. (%1)",
        ).replace("%1", first[:160])
    detail = getattr(error, "__traceback_text__", "")
    log.error("unexpected error in an operation:\n%s", detail or repr(error))
    first = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {first}"


def present_error(owner: QObject | None, error: BaseException | str) -> QMessageBox:
    """Show `error` in a window-modal warning box over the owner's window; returns the box.

    Non-blocking (``open()``), so tests and event loops keep running."""
    parent = owner_window(owner)
    text = error if isinstance(error, str) else describe_error(error)
    box = QMessageBox(parent)
    box.setObjectName(ERROR_BOX_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "MTB Desk — not done"))
    box.setText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _unowned.add(box)
        box.finished.connect(lambda _r, b=box: _unowned.discard(b))
    else:
        box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def visible_errors() -> list[str]:
    """The texts of the error boxes on screen now (tests, screenshots)."""
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == ERROR_BOX_NAME and w.isVisible()
    ]
