"""Lines with more points than their plot has pixel columns (a sequence of 10,000 steps).

Each pixel column of such a line holds several steps, so the line is already a band from their
lowest to their highest value: `decimate` keeps just those two points per column (the picture
is the same, Qt strokes a fraction of the points), and the line is drawn `DENSE_WIDTH` wide with
a solid pen: a wide pen adds nothing to see there, and Qt strokes wide lines as polygons and
dashed ones dash by dash along the whole zigzag, while 1-pixel lines are drawn directly.

A dashed or dotted series keeps its pattern all the same: `decimate` given its ``dash`` leaves
out the pixel columns that fall in the pattern's gaps (`GAPS`), so the solid pen draws dashes
along the time axis at almost no cost (``benchmarks/bench_dense_lines.py`` measures it).
"""

from __future__ import annotations

import math

import numpy as np

#: Width of a line with more points than the plot has pixel columns.
DENSE_WIDTH = 1.0
#: Points per pixel column a long line keeps (its lowest and highest there): a line of 10,000
#: steps on a plot 600 pixels wide draws 1,200 points that look exactly the same.
POINTS_PER_PIXEL = 2
#: Each dash pattern of `lstm_lab.ui.lines.DASHES` as pixel columns drawn and left out, in
#: turn: longer than Qt's own (a dense line is a band, and short dashes of a band blur).
GAPS: dict[str, tuple[int, ...]] = {
    "dash": (9, 5),
    "dot": (2, 4),
    "dashdot": (9, 4, 2, 4),
    "dashdotdot": (9, 3, 2, 3, 2, 3),
}


def decimate(
    xs: np.ndarray,
    ys: np.ndarray,
    columns: int,
    dash: str = "solid",
    *,
    always: bool = False,
    span: float | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """At most ``2 * columns`` points that draw the same line: each run of steps that falls in
    one pixel column keeps its lowest and its highest value, in the order they came. A run
    holding a value that is not a number keeps that one (the line has a gap there). A line so
    long that it is decimated, of a ``dash`` other than "solid", has its pattern's gaps as
    values that are not numbers (draw it with ``connect="finite"``); ``always``: a shorter one
    too (a line drawn with a solid pen for speed). ``span``: how far along x the ``columns``
    reach (a line drawn up to the current step of a longer sequence), else the line's own
    length."""
    n = len(ys)
    if columns < 1 or n <= POINTS_PER_PIXEL * columns:
        if not (always and dash in GAPS and n > 1 and columns >= 1):
            return xs, ys
        index = np.arange(n)
    else:
        index = _kept(ys, columns)
    kept_x, kept_y = xs[index], ys[index].astype(np.float64, copy=True)
    if dash in GAPS:
        reach = span if span is not None and span > 0 else n
        kept_y[_in_gaps((index * columns / reach).astype(np.intp), GAPS[dash])] = np.nan
    return kept_x, kept_y


def _in_gaps(column: np.ndarray, pattern: tuple[int, ...]) -> np.ndarray:
    """Which of the pixel columns ``column`` fall in a gap of ``pattern`` (drawn, left out, …)."""
    bounds = np.cumsum(pattern)
    part = np.searchsorted(bounds, column % bounds[-1], side="right")
    return part % 2 == 1


def _kept(ys: np.ndarray, columns: int) -> np.ndarray:
    """The indices `decimate` keeps."""
    n = len(ys)
    per = math.ceil(n / columns)
    whole = (n // per) * per
    blocks = ys[:whole].reshape(-1, per)
    low, high = blocks.argmin(axis=1), blocks.argmax(axis=1)
    first, second = np.minimum(low, high), np.maximum(low, high)
    starts = np.arange(0, whole, per)
    index = np.empty(2 * len(starts), dtype=np.intp)
    index[0::2], index[1::2] = starts + first, starts + second
    if whole < n:  # the last, shorter block
        tail = ys[whole:]
        index = np.concatenate(
            [index, np.sort([whole + int(tail.argmin()), whole + int(tail.argmax())])]
        )
    return np.concatenate([[0], index, [n - 1]])  # the ends stay where they are
