"""Lines that differ by more than colour: each series of a plot has a dash pattern and a marker
of its own, so a student who cannot tell two colours apart still tells the lines apart, on the
plot and in its legend.

A plot that shows several series says which (`lstm_lab.ui.look.ShowsSeries`): the tests check
from that list that no two series of one plot share their (dash, marker) pair, and that their
colours stay apart for colour-blind eyes (`tests/test_colours_access.py`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)
from pyqtgraph.graphicsItems.LegendItem import ItemSample  # isort: skip
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol  # isort: skip

#: Qt's pen style for each dash pattern a series may have.
DASHES: dict[str, Qt.PenStyle] = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
}
#: The markers a series may have (pyqtgraph's symbol names), None for none.
MARKERS = ("o", "s", "t", "t1", "d", "+", "x", "p", "h", "star")
#: Pixels between two markers of one line: close enough to follow the line, far enough apart
#: to stay readable on a line of 10,000 steps.
MARKER_SPACING = 64
#: Marker size in pixels.
MARKER_SIZE = 7
#: Width of a legend's sample, long enough to show a whole dash-dot pattern and a marker.
SAMPLE_WIDTH = 34


@dataclass(frozen=True)
class Series:
    """One line of a plot: its key, legend words, colour role (a key of ``Theme.series`` or a
    theme colour), dash pattern (a key of `DASHES`) and marker (one of `MARKERS` or None)."""

    key: str
    name: str
    role: str
    dash: str = "solid"
    marker: str | None = None

    def __post_init__(self) -> None:
        if self.dash not in DASHES:
            raise ValueError(f"unknown dash pattern {self.dash!r}")
        if self.marker is not None and self.marker not in MARKERS:
            raise ValueError(f"unknown marker {self.marker!r}")


#: A line's dash pattern and marker as characters, for words that name a line (a title that
#: stands in for a legend).
DASH_GLYPHS = {"solid": "━━", "dash": "╍╍", "dot": "┅┅", "dashdot": "━·━", "dashdotdot": "━··"}
MARKER_GLYPHS = {"o": "●", "s": "■", "t": "▼", "t1": "▲", "d": "◆", "+": "+", "x": "×"}


def glyph(series: Series) -> str:
    """``series``' line as characters: its dashes with its marker in the middle."""
    dashes = DASH_GLYPHS[series.dash]
    if series.marker is None:
        return dashes
    half = len(dashes) // 2 or 1
    return dashes[:half] + MARKER_GLYPHS.get(series.marker, "•") + dashes[half:]


def series_pen(colour, width: float, dash: str) -> QPen:
    """A pen of ``colour`` and ``width`` with dash pattern ``dash``."""
    return pg.mkPen(QColor(colour), width=width, style=DASHES[dash])


def marker_index(count: int, columns: int, phase: float = 0.0) -> np.ndarray:
    """The points of a line of ``count`` evenly spaced points across ``columns`` pixels that
    carry a marker: about one every `MARKER_SPACING` pixels, every point on a short line.
    ``phase`` (0 … 1) shifts them along, so the markers of two lines that lie on each other
    do not hide each other."""
    if count <= 0:
        return np.empty(0, dtype=np.intp)
    every = max(1, math.ceil(count * MARKER_SPACING / max(columns, 1)))
    start = int(round(phase * every)) % every
    return np.arange(start, count, every, dtype=np.intp)


def mark(item, series: Series) -> None:
    """Tell ``item`` (a pyqtgraph curve) its series, for its legend sample."""
    item.lstm_series = series


class SeriesSample(ItemSample):
    """A legend sample that shows the series' dash pattern whole and its marker: pyqtgraph's
    own is 20 pixels of the line's current pen (a dense line's pen is solid) and shows a marker
    only for a line that draws one at every point."""

    def __init__(self, item) -> None:
        super().__init__(item)
        self.setFixedWidth(SAMPLE_WIDTH)

    def boundingRect(self):  # noqa: N802 (pyqtgraph override)
        rect = super().boundingRect()
        rect.setWidth(SAMPLE_WIDTH)
        return rect

    def paint(self, painter, *args) -> None:
        series: Series | None = getattr(self.item, "lstm_series", None)
        if series is None or not self.item.isVisible():
            super().paint(painter, *args)
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        pen = QPen(pg.mkPen(self.item.opts["pen"]))
        pen.setStyle(DASHES[series.dash])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, 11), QPointF(SAMPLE_WIDTH, 11))
        if series.marker is not None:
            painter.translate(SAMPLE_WIDTH / 2, 11)
            colour = pen.color()
            drawSymbol(painter, series.marker, MARKER_SIZE, pg.mkPen(colour), pg.mkBrush(colour))
