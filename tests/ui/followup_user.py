"""A study nurse's hands for the follow-up tests: real mouse clicks and key presses on the
widgets of the follow-up screen and the visit dialog (dates typed section by section)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QStyle,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.followup.visit_dialog import VisitDialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget!r} is not on screen"
    assert widget.isEnabled(), f"{widget!r} is disabled: {widget.toolTip()}"
    at = widget.rect().center()
    if isinstance(widget, QCheckBox):  # on its box, not on the empty end of a wide row
        at = QPoint(widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 1,
                    at.y())  # fmt: skip
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what the field holds and type `text` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def type_date(qtbot: QtBot, edit: QDateEdit, day: dt.date) -> None:
    """Select the year section, then type the digits (the sections advance by themselves)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    shown = edit.date().toPython()
    assert shown == day, f"typed {day}, the field shows {shown}"


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Step the closed combo with the arrow keys until it shows `data`."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def click_row(qtbot: QtBot, table: QTableWidget, row: int, column: int = 0) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_event(
    qtbot: QtBot,
    dialog: VisitDialog,
    term: str,
    grade: int,
    *,
    attribution: str | None = None,
    serious: bool = False,
    started: dt.date | None = None,
    ended: dt.date | None = None,
) -> None:
    """Add one adverse event through the dialog's event editor, as a nurse would."""
    editor = dialog.events
    click(qtbot, editor.add_button)
    qtbot.keyClicks(editor.term, term)
    set_grade(qtbot, dialog, grade)
    if attribution is not None:
        choose(qtbot, editor.attribution, attribution)
    if serious:
        click(qtbot, editor.serious)
    if started is not None:
        type_date(qtbot, editor.started, started)
    if ended is not None:
        click(qtbot, editor.ongoing)
        type_date(qtbot, editor.ended, ended)


def set_grade(qtbot: QtBot, dialog: VisitDialog, grade: int) -> None:
    box: QAbstractSpinBox = dialog.events.grade
    type_into(qtbot, box, str(grade))


def save(qtbot: QtBot, dialog: VisitDialog) -> None:
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
