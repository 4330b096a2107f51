"""The poetry lesson's views: the written text, the candidates' probability bars, the heatmap
of the states inside the model, and a loss curve. Each paints itself; none holds the model."""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from lstm_lab.fonts import chinese_font
from lstm_lab.lab.poetry import Candidate
from lstm_lab.theme import DARK, Theme

#: Characters that end a line of a poem laid out as a poem.
LINE_ENDS = "。？！"


def _font(scale: float, size: float, bold: bool = False) -> QFont:
    """The app's font with the shipped Chinese font after it (`lstm_lab.fonts`)."""
    font = chinese_font()
    font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font


class PoemView(QTextBrowser):
    """The prompt and what the model wrote; click a character to see the choice behind it.

    ``stepClicked(k)``: the student clicked generated character k.
    """

    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poemView")
        self.setFont(chinese_font())
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.theme: Theme = DARK
        self.scale = 1.0
        self._content: tuple = ()
        self.setToolTip("Click a character the model wrote to see what else it could have written")

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("s"):
            self.stepClicked.emit(int(text[1:]))

    def show_text(
        self,
        prompt: str,
        written: list[str],
        branched: list[bool],
        selected: int | None,
        highlighted: set[int],
        poem: bool,
        finished: bool,
    ) -> None:
        """``highlighted``: indexes into prompt + written (the heatmap's unit is active)."""
        content = (prompt, tuple(written), tuple(branched), selected, frozenset(highlighted))
        content += (poem, finished, self.theme.name, self.scale)
        if content == self._content:
            return
        self._content = content
        theme = self.theme
        size = 22 * self.scale if poem else 14 * self.scale
        parts = [f'<div style="font-size:{size:.0f}pt; line-height:150%;">']
        offset = len(prompt)

        def char_html(ch: str) -> str:
            if ch == "\n":
                return "<br>"
            return html.escape(ch).replace(" ", "&nbsp;")

        for k, ch in enumerate(prompt):
            style = f"color:{theme.muted};"
            if k in highlighted:
                style += "background:#806a00;"
            parts.append(f'<span style="{style}">{char_html(ch)}</span>')
            if poem and ch in LINE_ENDS:
                parts.append("<br>")
        for k, ch in enumerate(written):
            style = f"color:{theme.text}; text-decoration:none;"
            if branched[k]:
                style = f"color:{theme.accent}; text-decoration:underline;"
            if offset + k in highlighted:
                style += "background:#806a00;"
            if k == selected:
                style += f"background:{theme.surface_alt}; border:1px solid {theme.accent};"
            shown = "⏎" if ch == "⏎ end" else char_html(ch)
            parts.append(f'<a href="s{k}" style="{style}">{shown}</a>')
            ends_next = k + 1 < len(written) and written[k + 1] == "⏎ end"
            if poem and ch in LINE_ENDS and not ends_next:
                parts.append("<br>")
        if finished and written and written[-1] == "⏎ end":
            parts.append(f'<br><span style="color:{theme.muted}; font-size:60%;">(the end)</span>')
        parts.append("</div>")
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.setHtml("".join(parts))
        if at_end:
            bar.setValue(bar.maximum())

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._content = ()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._content = ()


class ProbabilityBars(QWidget):
    """The ten most likely next characters: a bar each at the temperature in use, a faint bar
    at T = 1, the one taken marked. Clicking a bar emits ``candidateClicked(step, token)``."""

    candidateClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("probabilityBars")
        self.setMinimumSize(220, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.theme: Theme = DARK
        self.scale = 1.0
        self.step: int | None = None
        self.candidates: list[Candidate] = []
        self.chosen: int | None = None
        self.temperature = 1.0
        self.context = ""
        self._hover: int | None = None
        self.setToolTip("Click a bar to take that character instead: the text branches there")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(340, 420)

    def show_step(
        self,
        step: int | None,
        candidates: list[Candidate],
        chosen: int | None,
        temperature: float,
        context: str,
    ) -> None:
        self.step, self.candidates, self.chosen = step, candidates, chosen
        self.temperature, self.context = temperature, context
        self.update()

    def _rows(self) -> tuple[float, float]:
        top = 64 * self.scale
        height = max(18.0, (self.height() - top - 28 * self.scale) / max(1, len(self.candidates)))
        return top, min(height, 46 * self.scale)

    def _row_at(self, y: float) -> int | None:
        top, height = self._rows()
        row = int((y - top) // height)
        return row if 0 <= row < len(self.candidates) and y >= top else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self._row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if row is not None else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, _event) -> None:  # noqa: N802
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self._row_at(event.position().y())
        if (
            row is not None
            and self.step is not None
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.candidateClicked.emit(self.step, self.candidates[row].token)

    def bar_centre(self, row: int) -> QPointF:
        """Where row ``row`` is on screen (for tests)."""
        top, height = self._rows()
        return QPointF(self.width() / 2, top + (row + 0.5) * height)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme, scale = self.theme, self.scale
        painter.fillRect(self.rect(), QColor(theme.background))
        painter.setPen(QColor(theme.muted))
        painter.setFont(_font(scale, 9.5))
        width = self.width()
        if not self.candidates:
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.TextFlag.TextWordWrap,
                "Press Write to see, at every character, the ten the model thought most likely.",
            )
            return
        t_text = "greedy (T → 0)" if self.temperature < 1e-3 else f"T = {self.temperature:.2f}"
        header = (
            f"Character {self.step + 1} of the text, after “…{self.context}”"
            if self.step is not None
            else ""
        )
        painter.drawText(QRectF(10, 4, width - 20, 22 * scale), Qt.AlignmentFlag.AlignLeft, header)
        painter.drawText(
            QRectF(10, 26 * scale, width - 20, 22 * scale),
            Qt.AlignmentFlag.AlignLeft,
            f"solid: probability at {t_text}   faint: at T = 1",
        )
        top, height = self._rows()
        # Bars are drawn against the largest probability shown (the percentages say how much).
        largest = max(max(c.p, c.p1) for c in self.candidates) or 1.0
        label_width = 70 * scale
        percent_width = 58 * scale
        left = 10 + label_width
        span = max(10.0, width - left - percent_width - 14)
        bar_colour = QColor(theme.series.get("h", theme.accent))
        faint = QColor(theme.muted)
        faint.setAlpha(70)
        for row, candidate in enumerate(self.candidates):
            y = top + row * height
            box = QRectF(left, y + height * 0.18, span, height * 0.64)
            if row == self._hover:
                painter.fillRect(QRectF(0, y, width, height), QColor(theme.surface_alt))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faint)
            painter.drawRect(
                QRectF(box.left(), box.top(), span * candidate.p1 / largest, box.height())
            )
            painter.setBrush(bar_colour)
            painter.drawRect(
                QRectF(
                    box.left(),
                    box.top() + box.height() * 0.2,
                    span * candidate.p / largest,
                    box.height() * 0.6,
                )
            )
            is_chosen = candidate.token == self.chosen
            painter.setPen(QColor(theme.accent if is_chosen else theme.text))
            painter.setFont(_font(scale, 15 if len(candidate.label) == 1 else 9.5, is_chosen))
            painter.drawText(
                QRectF(10, y, label_width - 8, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                candidate.label,
            )
            painter.setFont(_font(scale, 9.5, is_chosen))
            painter.drawText(
                QRectF(width - percent_width - 6, y, percent_width, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                f"{candidate.p:.1%}",
            )
            if is_chosen:
                pen = QPen(QColor(theme.accent), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(4, y + 1, width - 8, height - 2))
        painter.setPen(QColor(theme.muted))
        painter.setFont(_font(scale, 8.5))
        if self.chosen is None:
            chosen_text = "not written yet: click a bar to choose it yourself"
        elif any(c.token == self.chosen for c in self.candidates):
            chosen_text = "framed: the character written; click another bar to branch"
        else:
            chosen_text = "the character written is not among these ten"
        painter.drawText(
            QRectF(10, self.height() - 24 * scale, width - 20, 22 * scale),
            Qt.AlignmentFlag.AlignLeft,
            chosen_text,
        )

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()


def _diverging(values: np.ndarray, theme: Theme) -> np.ndarray:
    """RGB bytes for values in [−1, 1]: blue below zero, red above, the background at zero."""
    v = np.clip(values, -1.0, 1.0)[..., None]
    base = np.array(QColor(theme.background).getRgb()[:3], dtype=np.float64)
    red = np.array([255.0, 80.0, 60.0])
    blue = np.array([60.0, 140.0, 255.0])
    out = np.where(v >= 0, base + (red - base) * v, base + (blue - base) * (-v))
    return out.astype(np.uint8)


class StateHeatmap(QWidget):
    """The state of every unit (rows) after each character (columns); click a unit's row to
    mark the characters where it is most active. ``unitClicked(unit)``."""

    unitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateHeatmap")
        self.setMinimumHeight(180)
        self.theme: Theme = DARK
        self.scale = 1.0
        self.states = np.zeros((0, 1))
        self.chars: list[str] = []
        self.which = "hidden"
        self.unit: int | None = None
        self.highlighted: set[int] = set()
        self._image: QImage | None = None
        self._first = 0
        self.setToolTip(
            "Each row is one unit of the LSTM layer, each column one character; "
            "click a row to mark where that unit is most active"
        )

    def show_states(self, states: np.ndarray, chars: list[str], which: str) -> None:
        self.states, self.chars, self.which = states, chars, which
        self._image = None
        self.update()

    def set_unit(self, unit: int | None, highlighted: set[int]) -> None:
        self.unit, self.highlighted = unit, highlighted
        self.update()

    def _geometry(self) -> tuple[float, float, float, float, int]:
        """(left, top, column width, row height, first column shown)."""
        left, top = 64 * self.scale, 8.0
        bottom = 44 * self.scale
        count = len(self.chars)
        column = 18 * self.scale
        fit = max(1, int((self.width() - left - 8) // column))
        first = max(0, count - fit)
        units = max(1, self.states.shape[1] if self.states.ndim == 2 else 1)
        row = max(0.5, (self.height() - top - bottom) / units)
        return left, top, column, row, first

    def unit_at(self, y: float) -> int | None:
        _left, top, _column, row, _first = self._geometry()
        unit = int((y - top) // row)
        units = self.states.shape[1] if self.states.ndim == 2 else 0
        return unit if 0 <= unit < units and y >= top else None

    def row_centre(self, unit: int) -> QPointF:
        left, top, _column, row, _first = self._geometry()
        return QPointF(left + 4, top + (unit + 0.5) * row)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        unit = self.unit_at(event.position().y())
        if unit is not None:
            self.unitClicked.emit(unit)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        theme, scale = self.theme, self.scale
        painter.fillRect(self.rect(), QColor(theme.background))
        left, top, column, row, first = self._geometry()
        if self.states.ndim != 2 or not len(self.states):
            painter.setPen(QColor(theme.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No text yet")
            return
        shown = self.states[first:]
        units = shown.shape[1]
        if self._image is None or self._first != first:
            # The cell state is unbounded: squashed into −1 … 1 for its colours only.
            values = shown.T if self.which == "hidden" else np.tanh(shown.T / 2.0)
            rgb = np.ascontiguousarray(_diverging(values, theme))
            height, width = rgb.shape[:2]
            image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
            self._image = image.copy()
            self._first = first
        target = QRectF(left, top, column * len(shown), row * units)
        painter.drawImage(target, self._image)
        painter.setPen(QColor(theme.muted))
        painter.setFont(_font(scale, 8))
        if self.unit is None or self.unit * row > 20 * scale:
            painter.drawText(
                QRectF(0, top, left - 6, 16 * scale), Qt.AlignmentFlag.AlignRight, "unit 0"
            )
        painter.drawText(
            QRectF(0, top + row * units - 16 * scale, left - 6, 16 * scale),
            Qt.AlignmentFlag.AlignRight,
            f"unit {units - 1}",
        )
        if self.unit is not None and 0 <= self.unit < units:
            painter.setPen(QPen(QColor("#ffd60a"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(left - 2, top + self.unit * row - 1, target.width() + 4, row + 2)
            )
            painter.drawText(
                QRectF(0, top + self.unit * row - 8 * scale, left - 6, 16 * scale),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{self.unit} ▶",
            )
        painter.setFont(_font(scale, 11))
        base = top + row * units + 4
        for k, ch in enumerate(self.chars[first:]):
            index = first + k
            cell = QRectF(left + k * column, base, column, 22 * scale)
            if index in self.highlighted:
                painter.fillRect(cell, QColor("#806a00"))
            painter.setPen(QColor(theme.text))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "⏎" if ch == "⏎ end" else ch)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._image = None
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()


class LossCurve(QWidget):
    """Training loss (cross-entropy per character, nats) against the step, growing live."""

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
        painter.setFont(_font(self.scale, 8.5))
        area = QRectF(48 * self.scale, 10, self.width() - 58 * self.scale, self.height() - 34)
        painter.setPen(QColor(theme.grid))
        painter.drawRect(area)
        painter.setPen(QColor(theme.muted))
        if not self.losses:
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, "Press Train to watch the loss fall"
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
            f"step {last}  ·  loss (nats per character)",
        )
        painter.setPen(QPen(QColor(theme.series.get("y", theme.accent)), 2))
        painter.drawPath(path)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()
