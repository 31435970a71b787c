"""The agenda: drag to reorder, or move with the buttons; each move saves the new order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import AgendaStatus
from mtb_desk.domain.records import AgendaItemView
from ui import theme
from ui.formatting import enum_text


class AgendaList(QWidget):
    """`order_did_change(case_ids)` after a drag or a button move; `case_was_chosen(id)`."""

    order_did_change = Signal(list)
    case_was_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QListWidget()
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setAlternatingRowColors(True)
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.add = QPushButton(self.tr("Add case…"))
        buttons = QHBoxLayout()
        for button in (self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.items.model().rowsMoved.connect(lambda *_a: self.order_did_change.emit(self.order()))
        self.items.itemActivated.connect(
            lambda item: self.case_was_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

    def set_agenda(self, agenda: Sequence[AgendaItemView]) -> None:
        current = self.current_case()
        self.items.blockSignals(True)
        self.items.clear()
        for position, item in enumerate(agenda, start=1):
            text = f"{position}. {item.study_id} · {item.diagnosis_code} · {enum_text(item.status)}"
            if item.status is AgendaStatus.DEFERRED and item.note:
                text += f" ({item.note})"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.case_id)
            if item.status is not AgendaStatus.PENDING:
                kind = "ok" if item.status is AgendaStatus.DISCUSSED else "warn"
                row.setForeground(QBrush(theme.accent(kind, self)))
            self.items.addItem(row)
            if item.case_id == current:
                self.items.setCurrentItem(row)
        self.items.blockSignals(False)

    def order(self) -> list[int]:
        return [
            int(self.items.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.items.count())
        ]

    def current_case(self) -> int | None:
        item = self.items.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def move_current(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)
        self.order_did_change.emit(self.order())

    def set_editable(self, why_not: str | None) -> None:
        for button in (self.up, self.down, self.add):
            button.setEnabled(why_not is None)
            button.setToolTip(why_not or "")
        mode = QAbstractItemView.DragDropMode
        self.items.setDragDropMode(mode.NoDragDrop if why_not else mode.InternalMove)
