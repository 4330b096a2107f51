"""The candidates for one step of the text: the ten most likely next characters as bars, at
the temperature in use and at T = 1; a click on a bar takes that character instead."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lstm_lab.lessons.poetry.qt.painting import WRAP, poetry_font
from lstm_lab.lessons.poetry.session import Candidate
from lstm_lab.ui.speech import Speech
from lstm_lab.ui.theme import DARK, Theme

#: How many candidates a screen reader hears, most likely first.
SPOKEN = 5


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
        self.setToolTip(
            self.tr("Click a bar to take that character instead: the text branches there")
        )
        self.speech = Speech(self, self.spoken_words)
        self.speech.changed()

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
        self.speech.changed()

    def spoken_words(self) -> tuple[str, str]:
        """What a screen reader hears: the step, and the SPOKEN most likely characters with
        their probabilities as the bars write them, the one written marked."""
        if not self.candidates:
            return self.tr("Next-character candidates"), self.tr(
                "Press Write to see, at every character, the ten the model thought most likely."
            )
        if self.step is None:
            name = self.tr("Next-character candidates")
        else:
            name = self.tr("Candidates for character {number}").format(number=self.step + 1)
        said = []
        for rank, candidate in enumerate(self.candidates[:SPOKEN], start=1):
            words = self.tr("{rank}. {character} {probability}").format(
                rank=rank, character=candidate.label, probability=f"{candidate.p:.1%}"
            )
            if candidate.token == self.chosen:
                words = self.tr("{candidate}, written").format(candidate=words)
            said.append(words)
        if self.chosen is not None and all(
            c.token != self.chosen for c in self.candidates[:SPOKEN]
        ):
            taken = next((c for c in self.candidates if c.token == self.chosen), None)
            if taken is None:
                said.append(
                    self.tr("the character written is not among the {count} most likely").format(
                        count=len(self.candidates)
                    )
                )
            else:
                said.append(
                    self.tr("written: {character} {probability}").format(
                        character=taken.label, probability=f"{taken.p:.1%}"
                    )
                )
        if self.temperature < 1e-3:
            heading = self.tr("After “…{context}”, greedy: {candidates}.")
        else:
            heading = self.tr("After “…{context}”, at T = {temperature}: {candidates}.")
        return name, heading.format(
            context=self.context,
            temperature=f"{self.temperature:.2f}",
            candidates=self.tr("; ").join(said),
        )

    def label_font(self, candidate: Candidate | None = None, bold: bool = False) -> QFont:
        """The font of a bar's label: large for one character, smaller for a word."""
        single = candidate is None or len(candidate.label) == 1
        return poetry_font(self.scale, 15 if single else 9.5, bold)

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
        small, foot = poetry_font(scale, 9.5), poetry_font(scale, 8.5)
        if self.temperature < 1e-3:
            t_text = self.tr("greedy (T → 0)")
        else:
            t_text = self.tr("T = {temperature}").format(temperature=f"{self.temperature:.2f}")
        header = (
            self.tr("Character {number} of the text, after “…{context}”").format(
                number=self.step + 1, context=self.context
            )
            if self.step is not None
            else ""
        )
        line = self.line_height()
        total = len(self.candidates)
        count = total
        for _ in range(3):  # the count changes the words, the words the room: settles at once
            if count < total:
                legend = self.tr(
                    "solid: probability at {temperature} · faint: at T = 1 · the {count} most "
                    "likely of {total}"
                )
            else:
                legend = self.tr("solid: probability at {temperature} · faint: at T = 1")
            legend = legend.format(temperature=t_text, count=count, total=total)
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
            return self.tr("not written yet: click a bar to choose it yourself")
        if any(c.token == self.chosen for c in self.candidates[:shown]):
            return self.tr("framed: the character written; click another bar to branch")
        return self.tr("the character written is not among these {count}").format(count=shown)

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
        painter.setFont(poetry_font(scale, 9.5))
        width = self.width()
        if not self.candidates:
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                WRAP,
                self.tr(
                    "Press Write to see, at every character, the ten the model thought most likely."
                ),
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
            painter.setFont(poetry_font(scale, 9.5, is_chosen))
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

    def measured_texts(self) -> list[tuple[str, QFont, float]]:
        """Each shown bar's label and probability in their fonts (`lstm_lab.ui.diagram_text`)."""
        _top, _row, count = self._rows()
        found = []
        for candidate in self.candidates[:count]:
            found.append((candidate.label, self.label_font(candidate), 1.0))
            found.append((f"{candidate.p:.1%}", poetry_font(self.scale, 9.5), 1.0))
        return found

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()
