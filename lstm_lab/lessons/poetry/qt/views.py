"""The poetry lesson's views: the written text, the candidates' probability bars, the heatmap
of the states inside the model, and a loss curve. Each paints itself; none holds the model."""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QTextBrowser, QWidget

from lstm_lab.lessons.poetry.model import Candidate
from lstm_lab.ui.fonts import chinese_font
from lstm_lab.ui.theme import DARK, Theme

#: Painted text wraps at word ends (and between Chinese characters).
WRAP = Qt.TextFlag.TextWordWrap
#: Characters that end a line of a poem laid out as a poem.
LINE_ENDS = "。？！"


def _font(scale: float, size: float, bold: bool = False) -> QFont:
    """The app's font with the shipped Chinese font after it (`lstm_lab.ui.fonts`)."""
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
        self._shown: tuple = ()
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
        self._shown = (prompt, written, branched, selected, highlighted, poem, finished)
        content = (prompt, tuple(written), tuple(branched), selected, frozenset(highlighted))
        content += (poem, finished, self.theme.name, self.scale, self.width())
        if content == self._content:
            return
        self._content = content
        theme = self.theme
        text = prompt + "".join("⏎" if ch == "⏎ end" else ch for ch in written)
        size = self._poem_size(text) if poem else 14 * self.scale
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
            self._scroll_to_end()

    def _poem_size(self, text: str) -> float:
        """The poem's size in points: 22 at 1× text, smaller where its longest line would not
        fit the box whole (a line of a poem broken in two reads as two lines)."""
        size = 22 * self.scale
        lines = [line for line in _poem_line_texts(text) if line]
        if not lines:
            return size
        font = chinese_font()
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 2 * self.frameWidth() - bar - 2 * self.document().documentMargin()
        room -= 4  # a little air
        if needed > room > 0:
            size = max(9.0, math.floor(size * room / needed * 2) / 2)
        return size

    def line_boxes(self) -> list[QRectF]:
        """The box of every line of text, in the document's coordinates (the vertical scroll
        bar's value is the top of what is shown)."""
        boxes = []
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            origin = layout.position()
            for k in range(layout.lineCount()):
                line = layout.lineAt(k)
                boxes.append(QRectF(origin.x(), origin.y() + line.y(), line.width(), line.height()))
            block = block.next()
        return boxes

    def _scroll_to_end(self) -> None:
        """Show the end, with the first line in view whole: the room below the last line grows
        by the part of the line the top edge would cut (less than a line)."""
        document = self.document()
        root = document.rootFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(document.documentMargin())
        root.setFrameFormat(frame)
        bar = self.verticalScrollBar()
        top = bar.maximum()
        for box in self.line_boxes():
            if box.top() < top < box.bottom():
                frame.setBottomMargin(document.documentMargin() + math.ceil(box.bottom() - top))
                root.setFrameFormat(frame)
                break
        bar.setValue(bar.maximum())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown and event.size().width() != event.oldSize().width():
            self.show_text(*self._shown)  # the poem's size follows the width

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._content = ()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._content = ()


def _poem_line_texts(text: str) -> list[str]:
    """The lines of a text laid out as a poem: each ends at 。？！ or a line break; the ⏎ of
    the end stays on the line it ends."""
    lines, line = [], ""
    for ch in text:
        if ch == "⏎" and not line and lines:
            lines[-1] += ch
            continue
        if ch == "\n":
            lines.append(line)
            line = ""
            continue
        line += ch
        if ch in LINE_ENDS:
            lines.append(line)
            line = ""
    return [*lines, line]


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

    def label_font(self, candidate: Candidate | None = None, bold: bool = False) -> QFont:
        """The font of a bar's label: large for one character, smaller for a word."""
        single = candidate is None or len(candidate.label) == 1
        return _font(self.scale, 15 if single else 9.5, bold)

    def texts(self) -> list[tuple[str, QRectF, QFont]]:
        """The words around the bars (header, legend, footer), each with the room it wraps
        in and its font."""
        return self._plan()[0]

    def _plan(self) -> tuple[list[tuple[str, QRectF, QFont]], float, float, int]:
        """The words around the bars; the top of the bars, the height of each and how many
        are shown: as many as the height holds, each at least one line of its label high."""
        if not self.candidates:
            return [], 64 * self.scale, 18.0, 0
        width, scale = self.width(), self.scale
        small, foot = _font(scale, 9.5), _font(scale, 8.5)
        t_text = "greedy (T → 0)" if self.temperature < 1e-3 else f"T = {self.temperature:.2f}"
        header = (
            f"Character {self.step + 1} of the text, after “…{self.context}”"
            if self.step is not None
            else ""
        )
        line = self.line_height()
        total = len(self.candidates)
        count = total
        for _ in range(3):  # the count changes the words, the words the room: settles at once
            legend = f"solid: probability at {t_text} · faint: at T = 1"
            if count < total:
                legend += f" · the {count} most likely of {total}"
            footer = self._footer(count)
            boxes = []
            y = 4.0
            for text, font in ((header, small), (legend, small)):
                height = self._wrapped_height(text, font)
                boxes.append((text, QRectF(10, y, width - 20, height), font))
                y += height + 2
            height = self._wrapped_height(footer, foot)
            boxes.append((footer, QRectF(10, self.height() - height - 4, width - 20, height), foot))
            top = y + 2 + 10 * scale
            bottom = boxes[2][1].top() - 6
            fits = max(1, min(total, int(max(0.0, bottom - top) // line)))
            if fits == count:
                break
            count = fits
        row = max(line, min((bottom - top) / count, 46 * scale))
        return boxes, top, row, count

    def _footer(self, shown: int) -> str:
        if self.chosen is None:
            return "not written yet: click a bar to choose it yourself"
        if any(c.token == self.chosen for c in self.candidates[:shown]):
            return "framed: the character written; click another bar to branch"
        return f"the character written is not among these {shown}"

    def _wrapped_height(self, text: str, font: QFont) -> float:
        room = QRectF(0, 0, max(10, self.width() - 20), 10_000)
        return QFontMetricsF(font).boundingRect(room, WRAP, text).height() if text else 0.0

    def line_height(self) -> float:
        """The least height of a bar: one line of its label."""
        return QFontMetricsF(self.label_font()).lineSpacing()

    def _rows(self) -> tuple[float, float, int]:
        """The top of the bars, the height of each and how many are shown."""
        _texts, top, row, count = self._plan()
        return top, row, count

    def label_rects(self) -> list[QRectF]:
        """Where the bars' labels are drawn, one a bar (for tests)."""
        top, height, count = self._rows()
        return [QRectF(10, top + row * height, 70 * self.scale - 8, height) for row in range(count)]

    def _row_at(self, y: float) -> int | None:
        top, height, count = self._rows()
        row = int((y - top) // height)
        return row if 0 <= row < count and y >= top else None

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
        top, height, _count = self._rows()
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
                WRAP,
                "Press Write to see, at every character, the ten the model thought most likely.",
            )
            return
        texts, top, height, count = self._plan()
        for text, room, font in texts[:2]:
            painter.setFont(font)
            painter.drawText(room, WRAP, text)
        shown = self.candidates[:count]
        # Bars are drawn against the largest probability shown (the percentages say how much).
        largest = max(max(c.p, c.p1) for c in shown) or 1.0
        label_width = 70 * scale
        percent_width = 58 * scale
        left = 10 + label_width
        span = max(10.0, width - left - percent_width - 14)
        bar_colour = QColor(theme.series.get("h", theme.accent))
        faint = QColor(theme.muted)
        faint.setAlpha(70)
        for row, candidate in enumerate(shown):
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
            painter.setFont(self.label_font(candidate, is_chosen))
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
        text, room, font = texts[2]
        painter.setFont(font)
        painter.drawText(room, WRAP, text)

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
        self.setMinimumHeight(150)
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
        bottom = 30 * self.scale + QFontMetricsF(_font(self.scale, 8)).lineSpacing()
        count = len(self.chars)
        column = 18 * self.scale
        fit = max(1, int((self.width() - left - 8) // column))
        first = max(0, count - fit)
        units = max(1, self.states.shape[1] if self.states.ndim == 2 else 1)
        row = max(0.5, (self.height() - top - bottom) / units)
        return left, top, column, row, first

    def shown_range(self) -> tuple[int, int]:
        """The first character shown and how many there are (the last ones fit)."""
        return self._geometry()[4], len(self.chars)

    def range_text(self) -> str:
        """Which characters the columns are: all, or the last that fit the width."""
        first, count = self.shown_range()
        if not count:
            return ""
        if first == 0:
            return f"all {count} characters" if count > 1 else "1 character"
        return f"the last {count - first} of {count} characters (the first {first} do not fit)"

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
        painter.setPen(QColor(theme.muted))
        painter.setFont(_font(scale, 8))
        painter.drawText(
            QRectF(left, base + 24 * scale, self.width() - left - 8, self.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            ("◀ " if first else "") + self.range_text(),
        )

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
