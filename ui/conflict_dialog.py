"""When someone else saved first: show both versions, let the user choose, lose nothing.

The dialog is generic over a record's fields. Text fields get an editable merge of both
versions; choice fields a combo preset to the user's own value. The user then keeps their
own version, takes the other one, or saves the merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import PreservedDialog


@dataclass(frozen=True, slots=True)
class ConflictField:
    name: str
    label: str
    mine: str
    theirs: str
    choices: tuple[tuple[str, str], ...] = ()  # (text, value); empty: a text field


class Resolution(StrEnum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    MERGE = "merge"


def merge_text(mine: str, theirs: str) -> str:
    """Both texts, neither lost: one if they agree or one is empty, else theirs then mine."""
    mine, theirs = mine.strip(), theirs.strip()
    if not mine or mine == theirs or mine in theirs:
        return theirs
    if not theirs or theirs in mine:
        return mine
    return f"{theirs}\n\n{mine}"


class ConflictDialog(PreservedDialog):
    """After `exec()`, `resolution` says what the user chose and `values()` the result."""

    def __init__(
        self,
        record: str,
        other_user: str | None,
        fields: Sequence[ConflictField],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this first"))
        self.fields = tuple(fields)
        self.resolution: Resolution | None = None
        self._editors: dict[str, QComboBox | QPlainTextEdit] = {}
        who = other_user or self.tr("another user")
        intro = QLabel(
            self.tr("%1 was saved by %2 while you were editing it. Nothing has been lost:")
            .replace("%1", record)
            .replace("%2", who)
            + " "
            + self.tr("choose which version to keep, or merge them.")
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Field"), self.tr("Mine"), self.tr("Theirs"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        grid.addWidget(QLabel("<b>" + self.tr("Merged") + "</b>"), 0, 3)
        for row, item in enumerate(self.fields, start=1):
            self._add_row(grid, row, item)
        grid.setColumnStretch(3, 1)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.save_merged = QPushButton(self.tr("Save merged"))
        buttons = QDialogButtonBox()
        for button, resolution in (
            (self.keep_mine, Resolution.KEEP_MINE),
            (self.take_theirs, Resolution.TAKE_THEIRS),
            (self.save_merged, Resolution.MERGE),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, r=resolution: self.choose(r))
        self.save_merged.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _add_row(self, grid: QGridLayout, row: int, item: ConflictField) -> None:
        grid.addWidget(QLabel(item.label), row, 0)
        for column, text in ((1, item.mine), (2, item.theirs)):
            shown = dict((v, t) for t, v in item.choices).get(text, text) if item.choices else text
            label = QLabel(shown or "–")
            label.setWordWrap(True)
            label.setEnabled(item.mine != item.theirs or column == 1)
            grid.addWidget(label, row, column)
        editor: QComboBox | QPlainTextEdit
        if item.choices:
            editor = QComboBox()
            for text, value in item.choices:
                editor.addItem(text, value)
            editor.setCurrentIndex(max(editor.findData(item.mine), 0))
        else:
            editor = QPlainTextEdit(merge_text(item.mine, item.theirs))
            editor.setMaximumHeight(editor.fontMetrics().height() * 5)
        self._editors[item.name] = editor
        grid.addWidget(editor, row, 3)

    def choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def merged_values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for name, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                result[name] = str(editor.currentData() or "")
            else:
                result[name] = editor.toPlainText()
        return result

    def values(self) -> dict[str, str]:
        """The field values the user chose (their own, the other, or the merge)."""
        if self.resolution is Resolution.KEEP_MINE:
            return {f.name: f.mine for f in self.fields}
        if self.resolution is Resolution.TAKE_THEIRS:
            return {f.name: f.theirs for f in self.fields}
        return self.merged_values()
