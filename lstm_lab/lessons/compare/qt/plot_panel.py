"""A plot under the words that define it: the whole definition where the panel's height leaves
the plot its room, a short one where it does not (a projector at large text), so the plot
never shrinks to a strip under a paragraph. The whole definition stays in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

MARGIN = 4
SPACING = 2


class PlotPanel(QWidget):
    """``words`` above ``plot``; ``short`` replaces them when they would take the plot's room
    (its minimum height)."""

    def __init__(self, words: str, short: str, plot: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.words, self.short = words, short
        self.label = QLabel(words, self)
        self.label.setWordWrap(True)
        self.label.setObjectName("definition")
        self.label.setToolTip(words)
        self.plot = plot
        plot.setParent(self)

    def set_words(self, words: str, short: str) -> None:
        """Other words above the plot (it shows another quantity)."""
        self.words, self.short = words, short
        self.label.setToolTip(words)
        self.updateGeometry()
        self.layout_panel()

    def _label_height(self, text: str, width: int) -> int:
        if self.label.text() != text:
            self.label.setText(text)
        return self.label.heightForWidth(width)

    def _room(self) -> int:
        return self.width() - 2 * MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        plot = self.plot.sizeHint()
        words = self.label.fontMetrics().height() * 3
        return QSize(plot.width() + 2 * MARGIN, plot.height() + words + SPACING + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        plot = self.plot.minimumSizeHint().expandedTo(self.plot.minimumSize())
        width = max(plot.width(), 120) + 2 * MARGIN
        room = QRect(0, 0, width - 2 * MARGIN, 10_000)
        short = self.label.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, self.short)
        return QSize(width, plot.height() + short.height() + SPACING + 2 * MARGIN)

    def layout_panel(self) -> None:
        room = max(self._room(), 1)
        plot_min = max(self.plot.minimumHeight(), self.plot.minimumSizeHint().height())
        free = self.height() - 2 * MARGIN - SPACING
        text = self.words
        height = self._label_height(text, room)
        if free - height < plot_min:
            text = self.short
            height = self._label_height(text, room)
        self.label.setGeometry(MARGIN, MARGIN, room, height)
        top = MARGIN + height + SPACING
        self.plot.setGeometry(MARGIN, top, room, max(self.height() - top - MARGIN, 0))

    @property
    def showing_short(self) -> bool:
        return self.label.text() == self.short and self.short != self.words

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.layout_panel()

    def set_text_scale(self, _scale: float) -> None:
        self.updateGeometry()
        self.layout_panel()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.layout_panel()  # a new font: the words take another height
