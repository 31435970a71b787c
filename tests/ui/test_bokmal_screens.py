"""Every screen the screenshots visit, in bokmål: no English word a reader would notice in
any visible label, button, tab, tooltip, table cell or header (1280x720, the demo data).

What stays English by design is data, not words of the app: OncoTree names, the regulator's
label wording, and what the demo's users typed (doses, comments); the word list below is
chosen so those never trip it, and each word was seen leaking at least once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from ui import translation
from ui.screenshots import capture, take_screenshots

ENGLISH = re.compile(
    r"\b(with benefit|without|pending|enrolled|free|open|closed|stage|visit|week|recommended|"
    r"warning|would|imported|findings?|eligible|annotation|nothing|saved|someone|changed|"
    r"select|loading|none|yet|not|benefit|treated|cohort)\b",
    re.IGNORECASE,
)
ROWS = 40  # table rows read per view (the first ones are the ones on screen)


def _model_texts(view: QAbstractItemView) -> Iterator[object]:
    model = view.model()
    try:
        columns = model.columnCount()
    except TypeError:  # a list model
        columns = 1
    for column in range(columns):
        yield model.headerData(column, Qt.Orientation.Horizontal)
    for row in range(min(model.rowCount(), ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            yield index.data()
            yield index.data(Qt.ItemDataRole.ToolTipRole)


def visible_texts(widget: QWidget) -> Iterator[str]:
    for shown in (widget, *widget.findChildren(QWidget)):
        if not shown.isVisible():
            continue
        texts: list[object] = [shown.toolTip()]
        if isinstance(shown, QLabel | QAbstractButton):
            texts.append(shown.text())
        if isinstance(shown, QGroupBox):
            texts.append(shown.title())
        if isinstance(shown, QTabWidget):
            texts += [shown.tabText(i) for i in range(shown.count())]
        if isinstance(shown, QLineEdit):
            texts.append(shown.placeholderText())
        if isinstance(shown, QComboBox):
            texts += [shown.itemText(i) for i in range(shown.count())]
        if isinstance(shown, QAbstractItemView) and shown.model() is not None:
            texts += list(_model_texts(shown))
        yield from (str(t) for t in texts if t)


@pytest.fixture
def seen(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Text shown → the first screen it was seen on, for every screenshot taken."""
    found: dict[str, str] = {}
    grab = capture.Shots.grab

    def grab_and_read(shots: capture.Shots, widget: QWidget, name: str) -> Path:
        for text in visible_texts(widget):
            found.setdefault(text, name)
        return grab(shots, widget, name)

    monkeypatch.setattr(capture.Shots, "grab", grab_and_read)
    yield found
    translation.install(qapp, "en")


def test_no_english_word_on_any_screen_in_bokmal(seen: dict[str, str], tmp_path: Path) -> None:
    shots = take_screenshots(tmp_path, language="nb")
    assert len(shots) > 20
    assert len(seen) > 300  # the collector reads the screens
    assert any("funn" in text for text in seen)
    leaks = [
        f"[{screen}] {ENGLISH.findall(text)}: {text[:160]!r}"
        for text, screen in seen.items()
        if ENGLISH.search(text)
    ]
    assert leaks == [], "\n".join(leaks)
