"""The colour of each quantity in the dark and the light theme, as "#rrggbb", keyed by the
trace's field names (target: the training target; baseline: the forecast that repeats the
last value, a hue no other forecast line has; ar: the linear AR(W) forecast, a hue of its own
too). No Qt: the windows' themes (`lstm_lab.ui.theme`) and the printed worksheet, which uses
the light colours on paper, read the same tables.

The dark colours follow the seed (bright on black); the light ones are darker, so that yellow
and cyan stay readable on white under a projector.
"""

from __future__ import annotations

DARK_SERIES: dict[str, str] = {
    "x": "#39e639",
    "c": "#3d8bff",
    "h": "#c77dff",
    "f": "#ffe14d",
    "i": "#33e0ff",
    "g": "#ff8080",
    "o": "#ff4dff",
    "y": "#ff9900",
    "target": "#ffffff",
    "out": "#ff9900",
    "baseline": "#b266ff",
    "ar": "#ff4d6d",
}

LIGHT_SERIES: dict[str, str] = {
    "x": "#0a8a0a",
    "c": "#0047d6",
    "h": "#7a1fc2",
    "f": "#9a7400",
    "i": "#007a94",
    "g": "#c0392b",
    "o": "#b0009e",
    "y": "#c25e00",
    "target": "#111111",
    "out": "#c25e00",
    "baseline": "#8a2be2",
    "ar": "#c2185b",
}
