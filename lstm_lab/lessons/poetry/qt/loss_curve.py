"""The loss of a training run in the Train view, growing as the run goes on."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from lstm_lab.lessons.poetry.qt.painting import poetry_font
from lstm_lab.ui.theme import DARK, Theme


class LossCurve(QWidget):
    """Training loss (cross-entropy per symbol of a batch, nats) against the step, growing
    live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poetryLoss")
        self.setMinimumHeight(140)
        self.theme: Theme = DARK
        self.scale = 1.0
        self.steps: list[int] = []
        self.losses: list[float] = []

    def clear(self) -> None:
        self.steps, self.losses = [], []
        self.update()

    def add(self, step: int, loss: float) -> None:
        self.steps.append(step)
        self.losses.append(loss)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.theme
        painter.fillRect(self.rect(), QColor(theme.background))
        painter.setFont(poetry_font(self.scale, 8.5))
        area = QRectF(48 * self.scale, 10, self.width() - 58 * self.scale, self.height() - 34)
        painter.setPen(QColor(theme.grid))
        painter.drawRect(area)
        painter.setPen(QColor(theme.muted))
        if not self.losses:
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("Press Train to watch the loss fall")
            )
            return
        high = max(self.losses[: max(1, len(self.losses))])
        low = min(self.losses)
        if math.isclose(high, low):
            high = low + 1.0
        last = max(self.steps[-1], 1)
        path = QPainterPath()
        for k, (step, loss) in enumerate(zip(self.steps, self.losses, strict=True)):
            point = QPointF(
                area.left() + area.width() * step / last,
                area.bottom() - area.height() * (loss - low) / (high - low),
            )
            path.moveTo(point) if k == 0 else path.lineTo(point)
        painter.drawText(
            QRectF(0, area.top() - 6, area.left() - 4, 14),
            Qt.AlignmentFlag.AlignRight,
            f"{high:.2f}",
        )
        painter.drawText(
            QRectF(0, area.bottom() - 8, area.left() - 4, 14),
            Qt.AlignmentFlag.AlignRight,
            f"{low:.2f}",
        )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 16),
            Qt.AlignmentFlag.AlignRight,
            self.tr("step {step}  ·  loss (nats per symbol)").format(step=last),
        )
        painter.setPen(QPen(QColor(theme.series.get("y", theme.accent)), 2))
        painter.drawPath(path)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()
