"""A small chart of one cohort against the two-stage rule (1 of 8, then 5 of 24)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

STAGE1_SIZE, STAGE1_MIN = 8, 1
TOTAL_SIZE, TOTAL_MIN = 24, 5


class TwoStageChart(QWidget):
    """Two tracks: evaluated patients against 8 and 24; patients with benefit against the
    thresholds 1 (needed among the first 8) and 5 (needed among all 24)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cohort = ""
        self.evaluated = 0
        self.benefit = 0
        self.pending = 0
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 170)

    def set_counts(self, cohort: str, benefit: int, no_benefit: int, pending: int) -> None:
        self.cohort = cohort
        self.benefit, self.evaluated, self.pending = benefit, benefit + no_benefit, pending
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        left, right = 12.0, float(self.width() - 12)
        painter.setPen(text)
        title = self.tr("%1: benefit against the two-stage rule")
        painter.drawText(QRectF(left, 0, right - left, line + 4), title.replace("%1", self.cohort))
        top = line + 12
        evaluated = self.tr("Evaluated %1 (+%2 awaiting week 16)")
        evaluated = evaluated.replace("%1", str(self.evaluated)).replace("%2", str(self.pending))
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        sizes = [(STAGE1_SIZE, self.tr("stage 1: 8")), (TOTAL_SIZE, self.tr("24"))]
        self._track(painter, top, evaluated, self.evaluated, highlight, sizes)
        benefit = self.tr("With clinical benefit: %1").replace("%1", str(self.benefit))
        marks = [(STAGE1_MIN, self.tr("≥1 of 8")), (TOTAL_MIN, self.tr("≥5 of 24"))]
        ok = theme.accent("ok", self)
        self._track(painter, top + 2.6 * line + 8, benefit, self.benefit, ok, marks)
        painter.end()

    def _track(
        self,
        painter: QPainter,
        top: float,
        caption: str,
        value: int,
        colour: QColor,
        marks: list[tuple[int, str]],
    ) -> None:
        line = self.fontMetrics().height()
        left, width = 12.0, float(self.width() - 24)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        painter.drawText(QRectF(left, top, width, line), caption)
        bar = QRectF(left, top + line + 2, width, line * 0.9)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.tint(self, QPalette.ColorRole.WindowText, 30))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar)
        filled.setWidth(width * min(value, TOTAL_SIZE) / TOTAL_SIZE)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 3, 3)
        pen = QPen(theme.accent("warn", self))
        pen.setWidthF(2)
        for at, label in marks:
            x = left + width * at / TOTAL_SIZE
            painter.setPen(pen)
            painter.drawLine(int(x), int(bar.top() - 3), int(x), int(bar.bottom() + 3))
            painter.setPen(text)
            label_box = QRectF(x - 60, bar.bottom() + 2, 120, line)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter, label)
