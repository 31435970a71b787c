"""Finding and answering the app's message boxes in GUI tests (real clicks, real keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.case.confirming import CONFIRM_BOX_NAME


def open_boxes(name: str = CONFIRM_BOX_NAME) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def button(box: QMessageBox, role: QMessageBox.ButtonRole) -> QAbstractButton:
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def confirm(qtbot: QtBot, role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole) -> None:
    """Click the confirming button of the one open confirmation (a mouse click)."""
    qtbot.waitUntil(lambda: len(open_boxes()) == 1)
    (box,) = open_boxes()
    qtbot.mouseClick(button(box, role), Qt.MouseButton.LeftButton)
