"""Step 2 in a picture: LSTM(H) + Dense(1) as blocks, each with its parameter count."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import DARK, Theme


class ModelDiagram(QWidget):
    """x(1…W) → LSTM(H) → h(W) → Dense(1) → ŷ, the counts 4H(D + H + 2) and H + 1 worked out
    for the units chosen, and their sum."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelDiagram")
        self._state = state
        self._theme = DARK
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(
            "The model: an LSTM layer of H units reads the window one value at a time "
            "(D = 1 input); a Dense layer turns the last hidden state h(W) into the forecast ŷ. "
            "PyTorch keeps two bias vectors per LSTM, hence the + 2."
        )
        state.optionsChanged.connect(self._changed)

    def _changed(self) -> None:
        self.updateGeometry()
        self.update()

    def lines(self) -> list[str]:
        """The diagram's words, for tests and screen readers."""
        rows = self._state.parameter_table()
        total = sum(row.count for row in rows)
        out = []
        for row in rows:
            out += [row.name, row.formula, row.numbers]
        out.append(f"{total:,} parameters in all")
        return out

    def sizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetricsF(self.font()).lineSpacing()
        return QSize(560, round(line * 8.5))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetricsF(self.font()).lineSpacing()
        return QSize(420, round(line * 8.5))

    def paintEvent(self, _event) -> None:  # noqa: N802
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.background))
        rows = self._state.parameter_table()
        total = sum(row.count for row in rows)
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        width, height = float(self.width()), float(self.height())
        margin = 10.0
        block_h = line * 4.2
        window = self._state.window
        top = max(margin, (height - block_h - line * 1.8) / 2)
        # widths: input, arrow, LSTM, arrow, Dense, arrow, output
        arrow = max(36.0, width * 0.07)
        io_w = max(
            QFontMetricsF(bold).horizontalAdvance(f"x(1…{self._state.window})") + 16,
            metrics.horizontalAdvance("next value") + 16,
            width * 0.09,
        )
        rest = width - 2 * margin - 2 * io_w - 3 * arrow
        lstm_w, dense_w = rest * 0.58, rest * 0.42
        x = margin
        mid = top + block_h / 2

        def box(left: float, w: float, colour: str, texts: list[tuple[str, QFont]]) -> None:
            rect = QRectF(left, top, w, block_h)
            painter.setPen(QPen(QColor(colour), 2))
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor(theme.text))
            y = top + (block_h - line * len(texts)) / 2
            for text, text_font in texts:
                painter.setFont(text_font)
                painter.drawText(
                    QRectF(left + 4, y, w - 8, line), Qt.AlignmentFlag.AlignCenter, text
                )
                y += line

        def arrow_to(left: float, label: str) -> None:
            y = mid
            painter.setPen(QPen(QColor(theme.muted), 2))
            painter.drawLine(QPointF(left + 3, y), QPointF(left + arrow - 6, y))
            head = QPainterPath()
            head.moveTo(left + arrow - 3, y)
            head.lineTo(left + arrow - 11, y - 5)
            head.lineTo(left + arrow - 11, y + 5)
            head.closeSubpath()
            painter.setBrush(QColor(theme.muted))
            painter.drawPath(head)
            painter.setFont(font)
            painter.setPen(QColor(theme.muted))
            painter.drawText(
                QRectF(left - 10, y - line * 1.3, arrow + 20, line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

        box(x, io_w, theme.series["x"], [(f"x(1…{window})", bold), ("D = 1", font)])
        x += io_w
        arrow_to(x, "x(t)")
        x += arrow
        lstm, dense = rows
        box(
            x,
            lstm_w,
            theme.series["h"],
            [(lstm.name, bold), (lstm.formula, font), (lstm.numbers, font)],
        )
        x += lstm_w
        arrow_to(x, "h(W)")
        x += arrow
        box(
            x,
            dense_w,
            theme.series["y"],
            [(dense.name, bold), (dense.formula, font), (dense.numbers, font)],
        )
        x += dense_w
        arrow_to(x, "")
        x += arrow
        box(x, io_w, theme.series["y"], [("ŷ", bold), ("next value", font)])
        painter.setFont(bold)
        painter.setPen(QColor(theme.text))
        painter.drawText(
            QRectF(margin, top + block_h + line * 0.4, width - 2 * margin, line * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            f"{lstm.count:,} + {dense.count:,} = {total:,} parameters in all",
        )

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_text_scale(self, _scale: float) -> None:
        self.updateGeometry()
        self.update()
