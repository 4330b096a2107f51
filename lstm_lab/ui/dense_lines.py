"""Lines with more points than their plot has pixel columns (a sequence of 10,000 steps).

Each pixel column of such a line holds several steps, so the line is already a band from their
lowest to their highest value: `decimate` keeps just those two points per column (the picture
is the same, Qt strokes a fraction of the points), and the line is drawn `DENSE_WIDTH` wide and
solid: a wide pen adds nothing to see there, and Qt strokes wide lines as polygons and dashed
ones dash by dash, while 1-pixel lines are drawn directly.
"""

from __future__ import annotations

import math

import numpy as np

#: Width of a line with more points than the plot has pixel columns.
DENSE_WIDTH = 1.0
#: Points per pixel column a long line keeps (its lowest and highest there): a line of 10,000
#: steps on a plot 600 pixels wide draws 1,200 points that look exactly the same.
POINTS_PER_PIXEL = 2


def decimate(xs: np.ndarray, ys: np.ndarray, columns: int) -> tuple[np.ndarray, np.ndarray]:
    """At most ``2 * columns`` points that draw the same line: each run of steps that falls in
    one pixel column keeps its lowest and its highest value, in the order they came. A run
    holding a value that is not a number keeps that one (the line has a gap there)."""
    n = len(ys)
    if columns < 1 or n <= POINTS_PER_PIXEL * columns:
        return xs, ys
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
    index = np.concatenate([[0], index, [n - 1]])  # the ends stay where they are
    return xs[index], ys[index]
