"""Step 2 in a picture: LSTM(H) + Dense(1) as blocks, each with its parameter count."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import DARK, Theme

#: Space around the diagram and inside each block beside its words, in pixels.
MARGIN = 10.0
PADDING = 6.0


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
            self.tr(
                "The model: an LSTM layer of H units reads the window one value at a time "
                "(D = 1 input); a Dense layer turns the last hidden state h(W) into the "
                "forecast ŷ. PyTorch keeps two bias vectors per LSTM, hence the + 2."
            )
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
        out.append(self.tr("{total} parameters in all").format(total=f"{total:,}"))
        return out

    def _texts(self) -> list[list[str]]:
        """The words of each block: input, LSTM, Dense, output."""
        lstm, dense = self._state.parameter_table()
        return [
            [f"x(1…{self._state.window})", "D = 1"],
            [lstm.name, lstm.formula, lstm.numbers],
            [dense.name, dense.formula, dense.numbers],
            ["ŷ", self.tr("next value")],
        ]

    def _needed_widths(self, font: QFont) -> list[float]:
        """How wide each block must be for its words at ``font`` (the first line bold)."""
        bold = QFont(font)
        bold.setBold(True)
        plain, strong = QFontMetricsF(font), QFontMetricsF(bold)
        return [
            max(
                strong.horizontalAdvance(texts[0]), *(plain.horizontalAdvance(t) for t in texts[1:])
            )
            + 2 * PADDING
            for texts in self._texts()
        ]

    def _fitted_font(self) -> QFont:
        """The widget's font, made smaller only where the blocks' words would not fit the
        width (a narrow window at large text); never cut."""
        font = QFont(self.font())
        room = self.width() - 2 * MARGIN - 3 * self._arrow()
        size = font.pointSizeF()
        while room > 0 and size > 4 and sum(self._needed_widths(font)) > room:
            size *= 0.95  # widths shrink with the size, not exactly in proportion
            font.setPointSizeF(size)
        return font

    def _arrow(self) -> float:
        """An arrow's length: room for its label ("h(W)") above it."""
        label = QFontMetricsF(self.font()).horizontalAdvance("h(W)") + 12
        return max(36.0, self.width() * 0.05, label)

    def layout(self) -> list[tuple[QRectF, list[str], QFont]]:
        """Each block's place, words and font, as painted."""
        font = self._fitted_font()
        line = QFontMetricsF(font).lineSpacing()
        needed = self._needed_widths(font)
        arrow = self._arrow()
        room = self.width() - 2 * MARGIN - 3 * arrow
        extra = max(0.0, room - sum(needed))
        # The spare width goes to the two layers, which carry the sums.
        widths = [needed[0], needed[1] + extra * 0.58, needed[2] + extra * 0.42, needed[3]]
        block_h = line * 4.2
        top = max(MARGIN, (self.height() - block_h - line * 1.8) / 2)
        x, out = MARGIN, []
        for w, texts in zip(widths, self._texts(), strict=True):
            out.append((QRectF(x, top, w, block_h), texts, font))
            x += w + arrow
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
        blocks = self.layout()
        font = blocks[0][2]
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).lineSpacing()
        arrow = self._arrow()
        colours = [theme.series["x"], theme.series["h"], theme.series["y"], theme.series["y"]]
        labels = ["x(t)", "h(W)", ""]
        for k, (rect, texts, _font) in enumerate(blocks):
            painter.setPen(QPen(QColor(colours[k]), 2))
            fill = QColor(colours[k])
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor(theme.text))
            y = rect.top() + (rect.height() - line * len(texts)) / 2
            for j, text in enumerate(texts):
                painter.setFont(bold if j == 0 else font)
                painter.drawText(
                    QRectF(rect.left() + PADDING, y, rect.width() - 2 * PADDING, line),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
                y += line
            if k < len(labels):
                self._draw_arrow(painter, rect.right(), rect.center().y(), arrow, labels[k], font)
        lstm, dense = rows
        top = blocks[0][0].bottom()
        painter.setFont(bold)
        painter.setPen(QColor(theme.text))
        painter.drawText(
            QRectF(MARGIN, top + line * 0.4, self.width() - 2 * MARGIN, line * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("{lstm} + {dense} = {total} parameters in all").format(
                lstm=f"{lstm.count:,}", dense=f"{dense.count:,}", total=f"{total:,}"
            ),
        )

    def _draw_arrow(self, painter, left: float, y: float, arrow: float, label: str, font) -> None:
        theme = self._theme
        line = QFontMetricsF(font).lineSpacing()
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
        painter.drawText(
            QRectF(left - 10, y - line * 1.3, arrow + 20, line), Qt.AlignmentFlag.AlignCenter, label
        )

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_text_scale(self, _scale: float) -> None:
        self.updateGeometry()
        self.update()
