"""A plot under the words that define it: the whole definition where the panel's height leaves
the plot its room, a short one where it does not (a projector at large text), so the plot
never shrinks to a strip under a paragraph. The whole definition stays in the tooltip. A
``corner`` widget (a switch between two plots) sits at the words' right end, on their line, so
it costs the plot no height of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

MARGIN = 4
SPACING = 2


class PlotPanel(QWidget):
    """``words`` above ``plot``; ``short`` replaces them when they would take the plot's room
    (its minimum height); ``corner`` beside them, if given."""

    def __init__(
        self,
        words: str,
        short: str,
        plot: QWidget,
        parent: QWidget | None = None,
        *,
        corner: QWidget | None = None,
    ):
        super().__init__(parent)
        self.words, self.short = words, short
        self.label = QLabel(words, self)
        self.label.setWordWrap(True)
        self.label.setObjectName("definition")
        self.label.setToolTip(words)
        self.plot = plot
        plot.setParent(self)
        self.corner = corner
        if corner is not None:
            corner.setParent(self)

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

    def _corner_size(self) -> QSize:
        if self.corner is None:
            return QSize(0, 0)
        return self.corner.sizeHint().expandedTo(self.corner.minimumSizeHint())

    def _room(self) -> int:
        """The words' width: the panel's, less the corner's."""
        corner = self._corner_size().width()
        return self.width() - 2 * MARGIN - (corner + SPACING if corner else 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        plot = self.plot.sizeHint()
        words = self.label.fontMetrics().height() * 3
        return QSize(plot.width() + 2 * MARGIN, plot.height() + words + SPACING + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        plot = self.plot.minimumSizeHint().expandedTo(self.plot.minimumSize())
        corner = self._corner_size()
        beside = corner.width() + SPACING if corner.width() else 0
        width = max(plot.width(), 120 + beside) + 2 * MARGIN
        # The short words' lines at the width the panel has (at its least width Chinese words,
        # which break between any two characters, would take many lines and ask the dock for
        # a height it does not need); a new width asks again (resizeEvent).
        room = QRect(0, 0, max(width - 2 * MARGIN - beside, self._room()), 10_000)
        short = self.label.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, self.short)
        top = max(short.height(), corner.height())
        return QSize(width, plot.height() + top + SPACING + 2 * MARGIN)

    def layout_panel(self) -> None:
        room = max(self._room(), 1)
        corner = self._corner_size()
        plot_min = max(self.plot.minimumHeight(), self.plot.minimumSizeHint().height())
        free = self.height() - 2 * MARGIN - SPACING
        text = self.words
        height = self._label_height(text, room)
        if free - max(height, corner.height()) < plot_min:
            text = self.short
            height = self._label_height(text, room)
        self.label.setGeometry(MARGIN, MARGIN, room, height)
        if self.corner is not None:
            left = self.width() - MARGIN - corner.width()
            self.corner.setGeometry(left, MARGIN, corner.width(), corner.height())
            height = max(height, corner.height())
        top = MARGIN + height + SPACING
        width = max(self.width() - 2 * MARGIN, 1)
        self.plot.setGeometry(MARGIN, top, width, max(self.height() - top - MARGIN, 0))

    @property
    def showing_short(self) -> bool:
        return self.label.text() == self.short and self.short != self.words

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the short words' lines, and so the least height, change
        self.layout_panel()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # The plot needs another least height (its legend took another number of rows at
            # its new width): the words may have to make room for it.
            self.updateGeometry()
            self.layout_panel()
        return super().event(event)

    def set_text_scale(self, _scale: float) -> None:
        self.updateGeometry()
        self.layout_panel()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self.layout_panel()  # a new font: the words take another height
