"""A small chart of one cohort against its two-stage design (IMPRESS: 1 of 8, then 5 of 24)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

DEFAULT_DESIGN = (8, 1, 24, 5)  # stage-1 size, benefit needed in it, total size, needed in all


class TwoStageChart(QWidget):
    """Two tracks: evaluated patients against the stage-1 and total sizes; patients with
    benefit against the thresholds needed among the first stage and among all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cohort = ""
        self.evaluated = 0
        self.benefit = 0
        self.pending = 0
        self.design = DEFAULT_DESIGN
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 170)

    def set_counts(
        self,
        cohort: str,
        benefit: int,
        no_benefit: int,
        pending: int,
        design: tuple[int, int, int, int] = DEFAULT_DESIGN,
    ) -> None:
        self.cohort = cohort
        self.benefit, self.evaluated, self.pending = benefit, benefit + no_benefit, pending
        self.design = design
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
        stage1, stage1_min, total, total_min = (str(n) for n in self.design)
        sizes = [
            (self.design[0], self.tr("stage 1: %1").replace("%1", stage1)),
            (self.design[2], total),
        ]
        self._track(painter, top, evaluated, self.evaluated, highlight, sizes)
        benefit = self.tr("With clinical benefit: %1").replace("%1", str(self.benefit))
        of = self.tr("≥%1 of %2")
        marks = [
            (self.design[1], of.replace("%1", stage1_min).replace("%2", stage1)),
            (self.design[3], of.replace("%1", total_min).replace("%2", total)),
        ]
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
        total = max(self.design[2], 1)
        filled.setWidth(width * min(value, total) / total)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 3, 3)
        pen = QPen(theme.accent("warn", self))
        pen.setWidthF(2)
        for at, label in marks:
            x = left + width * at / total
            painter.setPen(pen)
            painter.drawLine(int(x), int(bar.top() - 3), int(x), int(bar.bottom() + 3))
            painter.setPen(text)
            label_box = QRectF(x - 60, bar.bottom() + 2, 120, line)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter, label)
