"""A plot's legend in a row of its own above the plot, in the plot's pyqtgraph GraphicsLayout,
so it never covers a curve; as many entries side by side as the width holds, so none is cut
off, and rows only as high as their words. The entries run down each column, then on to the
next, so that entries of a kind (the three cells, then the reference lines) share a column and
its width: six entries in two columns fit where, row by row, they needed one."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)

from lstm_lab.ui.lines import SeriesSample

#: Pixels between a line's sample and its words, and between one entry and the next.
SAMPLE_GAP = 4
ENTRY_GAP = 14


def add_legend_row(layout: pg.GraphicsLayout) -> pg.LegendItem:
    """A legend in row 0 of ``layout``, centred; the plots go in the rows below it."""
    legend = pg.LegendItem(
        colCount=1, horSpacing=SAMPLE_GAP, verSpacing=-6, sampleType=SeriesSample
    )
    legend.layout.setContentsMargins(0, 0, 0, 0)
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    layout.addItem(legend, row=0, col=0)
    layout.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter)
    return legend


def _widths(legend: pg.LegendItem) -> list[float]:
    return [
        sample.boundingRect().width() + SAMPLE_GAP + label.item.boundingRect().width()
        for sample, label in legend.items
    ]


def _columns_of(widths: list[float], count: int) -> list[list[float]]:
    """The entries' widths in columns of at most ``count``, filled top to bottom."""
    rows = math.ceil(len(widths) / count)
    return [widths[start : start + rows] for start in range(0, len(widths), rows)]


def legend_columns(legend: pg.LegendItem, room: float) -> int:
    """The most columns whose widest entries fit ``room`` pixels side by side (at least
    one)."""
    widths = _widths(legend)
    for count in range(len(widths), 1, -1):
        columns = _columns_of(widths, count)
        if sum(max(c) for c in columns) + ENTRY_GAP * (len(columns) - 1) <= room:
            return len(columns)
    return 1


def _place_down_columns(legend: pg.LegendItem) -> None:
    """Each entry of ``legend`` in its row and column, filled column by column."""
    rows = math.ceil(len(legend.items) / legend.columnCount)
    grid = legend.layout
    for index in range(grid.count() - 1, -1, -1):
        grid.removeAt(index)
    for k, (sample, label) in enumerate(legend.items):
        row, column = k % rows, 2 * (k // rows)
        grid.addItem(sample, row, column, alignment=Qt.AlignmentFlag.AlignVCenter)
        grid.addItem(label, row, column + 1)
    legend.rowCount = rows


def fit_legend(legend: pg.LegendItem, room: float) -> bool:
    """Give ``legend`` the columns ``room`` holds; True if they changed."""
    if not legend.items:
        return False
    columns = legend_columns(legend, room)
    spaced = False
    for column in range(1, 2 * columns - 1, 2):  # after each entry's words
        if legend.layout.columnSpacing(column) != ENTRY_GAP:
            legend.layout.setColumnSpacing(column, ENTRY_GAP)
            spaced = True
    if columns == legend.columnCount:
        if spaced:  # wider by the gaps: the legend's size and place follow
            legend.updateGeometry()
        return spaced
    legend.setColumnCount(columns)
    _place_down_columns(legend)
    legend.updateSize()
    legend.updateGeometry()
    return True
