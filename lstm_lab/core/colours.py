"""The colour of each quantity in each theme and palette, as "#rrggbb", keyed by the
trace's field names (target: the training target; baseline: the forecast that repeats the
last value, a hue no other forecast line has; ar: the linear AR(W) forecast, a hue of its own
too). No Qt: the windows' themes (`lstm_lab.ui.theme`) and the printed worksheet, which uses
the light colours on paper, read the same tables.

The dark colours follow the seed (bright on black); the light ones are darker, so that yellow
and cyan stay readable on white under a projector.

Two palettes: "standard" (the colours above) and "safe", which students with any of the
common colour-vision deficiencies can tell apart. The safe palette starts from the Okabe–Ito
colours (M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and
presentations that are friendly to colorblind people", 2008: orange #E69F00, sky blue
#56B4E9, bluish green #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00, reddish
purple #CC79A7, black). On black (the dark theme) they are used as they are; the
high-contrast theme lightens the blue, and the light theme darkens them, each only as far as
a line needs to stand out on the background (WCAG 2.x non-text contrast, 3:1; the light
theme's orange reaches 2.8:1, and its forget gate is dark brown: no yellow line shows on
white). Every pair of colours that share a plot stays at least 10 CIEDE2000 apart under
simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009,
severity 1), which ``tests/test_colours_access.py`` checks. The cell diagram shows eight
quantities, one more than Okabe and Ito's seven hues, so the hidden state has a colour of its
own, found the same way: a pale blue-grey on black, a dark violet on white. The RNN shares
vermillion with the candidate C̃, and the baseline reddish purple with the output gate: no
plot shows both of a pair.

Text drawn in a quantity's colour uses `readable`, which darkens or lightens that colour until
it reaches the theme's text contrast (WCAG 2.x) on each of the theme's backgrounds.
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

HIGH_CONTRAST_SERIES: dict[str, str] = {
    "x": "#33ff66",
    "c": "#66b3ff",
    "h": "#e0b3ff",
    "f": "#fff04d",
    "i": "#4df0ff",
    "g": "#ff9999",
    "o": "#ff80ff",
    "y": "#ffb13d",
    "target": "#ffffff",
    "out": "#ffb13d",
    "baseline": "#c9a6ff",
    "ar": "#ff7a96",
}

SAFE_DARK_SERIES: dict[str, str] = {
    "x": "#009e73",
    "c": "#0072b2",
    "h": "#c5d2e5",
    "f": "#f0e442",
    "i": "#56b4e9",
    "g": "#d55e00",
    "o": "#cc79a7",
    "y": "#e69f00",
    "target": "#f2f2f2",
    "out": "#e69f00",
    "baseline": "#cc79a7",
    "ar": "#d55e00",
}

SAFE_LIGHT_SERIES: dict[str, str] = {
    "x": "#069d73",
    "c": "#0871b0",
    "h": "#4b2a80",
    "f": "#54312b",
    "i": "#098efb",
    "g": "#c65a01",
    "o": "#c0739e",
    "y": "#e67f04",
    "target": "#111111",
    "out": "#e67f04",
    "baseline": "#c0739e",
    "ar": "#c65a01",
}

SAFE_HIGH_CONTRAST_SERIES: dict[str, str] = {
    "x": "#009e73",
    "c": "#6080c5",
    "h": "#c5d2e5",
    "f": "#f0e442",
    "i": "#56b4e9",
    "g": "#d55e00",
    "o": "#c97ba3",
    "y": "#e69f00",
    "target": "#ffffff",
    "out": "#e69f00",
    "baseline": "#c97ba3",
    "ar": "#d55e00",
}

#: The palettes View → Colours offers: standard, and safe for colour-blind students.
PALETTES = ("standard", "safe")
#: The themes the series tables are made for (see `lstm_lab.ui.theme`).
SERIES_TABLES: dict[tuple[str, str], dict[str, str]] = {
    ("dark", "standard"): DARK_SERIES,
    ("light", "standard"): LIGHT_SERIES,
    ("contrast", "standard"): HIGH_CONTRAST_SERIES,
    ("dark", "safe"): SAFE_DARK_SERIES,
    ("light", "safe"): SAFE_LIGHT_SERIES,
    ("contrast", "safe"): SAFE_HIGH_CONTRAST_SERIES,
}


def series_colours(theme: str, palette: str) -> dict[str, str]:
    """The colour of each quantity in ``theme`` ("dark", "light", "contrast") and ``palette``
    ("standard", "safe")."""
    return dict(SERIES_TABLES[(theme, palette)])


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of "#rrggbb" (WCAG 2.x)."""
    r, g, b = (_linear(int(colour[k : k + 2], 16) / 255) for k in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG 2.x contrast ratio of two "#rrggbb" colours: 1 (the same) to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: str, backgrounds: tuple[str, ...], ratio: float) -> str:
    """``colour``, mixed with black (on light backgrounds) or white (on dark ones) just enough
    to reach contrast ``ratio`` on every one of ``backgrounds``; unchanged if it does."""
    if all(contrast(colour, back) >= ratio for back in backgrounds):
        return colour
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    toward = (255, 255, 255) if dark_ground else (0, 0, 0)
    start = [int(colour[k : k + 2], 16) for k in (1, 3, 5)]
    mixed = colour
    for step in range(1, 101):
        share = step / 100
        mixed = "#" + "".join(
            f"{round(c + (t - c) * share):02x}" for c, t in zip(start, toward, strict=True)
        )
        if all(contrast(mixed, back) >= ratio for back in backgrounds):
            break
    return mixed
