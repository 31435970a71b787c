"""Look: Fusion everywhere, colours taken from the palette so a dark palette stays readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def prepare_high_dpi() -> None:
    """Before the QApplication exists: fractional scale factors stay crisp (125 %, 150 %)."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
        app.setFont(font)


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(widget: QWidget | None, role: QPalette.ColorRole, alpha: int) -> QColor:
    """A palette colour made translucent: a highlight that works on light and dark bases."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    color = QColor(palette.color(role))
    color.setAlpha(alpha)
    return color


def accent(kind: str, widget: QWidget | None = None) -> QColor:
    """Status colours tuned per palette: "warn", "ok", "muted"."""
    dark = is_dark(widget)
    colours = {
        "warn": ("#b35c00", "#ffb35c"),
        "ok": ("#2e7d32", "#81c784"),
        "muted": ("#666666", "#a0a0a0"),
    }
    light_hex, dark_hex = colours[kind]
    return QColor(dark_hex if dark else light_hex)


def title_font(base: QFont, scale: float = 1.35) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font
