"""Tick labels a plot's axis can hold: pyqtgraph's own choice piles the numbers of a low plot
on top of each other at large text (1.0 0.8 0.6 0.4 0.2 in 40 pixels), so the plots give their
axes explicit ticks, round values thinned to what the axis length holds at the font size."""

from __future__ import annotations

import math

#: Pixels of axis per tick label: the label's own line and more than one line of gap.
LINES_PER_TICK = 2.2
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def font_pixels(point_size: float) -> float:
    """The height of a line of text of ``point_size`` points, in pixels (96 per inch)."""
    return point_size * 96 / 72


def ticks_that_fit(length: float, line: float, fewest: int = 2, most: int = 6) -> int:
    """How many labelled ticks an axis ``length`` pixels long holds with labels ``line``
    pixels high, each with more than a line of room: between ``fewest`` and ``most``."""
    return max(fewest, min(most, int(length / (LINES_PER_TICK * max(line, 1.0)))))


def axis_ticks(low: float, high: float, most: int) -> list[tuple[float, str]]:
    """Round values between low and high, at least two where the range allows and at most
    `most`, each labelled with just the digits it needs (0, 0.5, 1 or 0, 2, 4 …)."""
    span = max(high - low, 1e-9)
    power = 10.0 ** math.floor(math.log10(span / max(most, 2)))
    steps = [m * power * 10**k for k in range(3) for m in (1, 2, 5)]
    for step in steps:  # the finest round step whose ticks are few enough
        first, last = math.ceil(low / step), math.floor(high / step)
        if last - first + 1 <= most:
            break
    ticks = []
    for k in range(first, last + 1):
        value = k * step
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        ticks.append((value, "0" if text in ("-0", "") else text))
    return ticks


def decade_label(exponent: int) -> str:
    """10^exponent as a student reads it: 0.001 … 1000 in digits, 10⁻⁶ beyond."""
    if -3 <= exponent <= 3:
        return f"{10.0**exponent:.{max(0, -exponent)}f}"
    return "10" + str(exponent).translate(_SUPERSCRIPT)


def log_axis_ticks(low: float, high: float, most: int) -> list[tuple[float, str]]:
    """Ticks of a log axis whose range is ``low`` … ``high`` in log10 units (pyqtgraph's log
    mode): whole decades, every one, every second, … whichever gives at most ``most``, always
    including the top decade."""
    top, bottom = math.floor(high + 1e-9), math.ceil(low - 1e-9)
    if top < bottom:
        return [(float(top), decade_label(top))]
    for step in (1, 2, 3, 4, 5, 6, 10, 20, 50):
        if (top - bottom) // step + 1 <= most:
            break
    return [(float(e), decade_label(e)) for e in range(top, bottom - 1, -step)][::-1]
