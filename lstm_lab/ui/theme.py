"""Dark, light and high-contrast themes: palette, stylesheet and the colours of the lesson's
quantities, in the standard or the colour-blind-safe palette (`lstm_lab.core.colours`).

The dark theme follows the seed (black background, bright colours); the light theme darkens the
bright colours so that yellow and cyan stay readable on white under a projector; the
high-contrast theme (for projectors in bright rooms) puts pure white text and brighter lines on
black, every text colour at 7:1 or more (WCAG AAA).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from lstm_lab.core.colours import PALETTES, readable, series_colours
from lstm_lab.resources import resource_text


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    grid: str
    accent: str
    error: str
    # Colour of each quantity, keyed by the trace's field names (`lstm_lab.core.colours`).
    series: dict[str, str] = field(default_factory=dict)
    #: "standard" or "safe" (colour-blind safe): the palette ``series`` comes from.
    palette: str = "standard"
    #: The contrast every text colour keeps on the theme's backgrounds (WCAG 2.x).
    text_ratio: float = 4.5
    #: Each quantity's colour for text (a label, a number in a diagram): ``series`` made
    #: darker or lighter where it would not reach ``text_ratio`` on the backgrounds.
    labels: dict[str, str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        grounds = (self.background, self.surface, self.surface_alt)
        labels = {key: readable(c, grounds, self.text_ratio) for key, c in self.series.items()}
        object.__setattr__(self, "labels", labels)

    def color(self, key: str) -> QColor:
        return QColor(self.series.get(key) or getattr(self, key))

    def label(self, key: str, default: str | None = None) -> str:
        """The colour of text about quantity ``key`` ("#rrggbb"); ``default`` (or the text
        colour) for a key that is not a quantity."""
        return self.labels.get(key) or default or self.text

    def text_colours(self) -> dict[str, str]:
        """Every colour text is drawn in (besides ``labels``), by what it is for."""
        return {"text": self.text, "muted": self.muted, "accent": self.accent, "error": self.error}


DARK = Theme(
    name="dark",
    background="#000000",
    surface="#12141a",
    surface_alt="#1c1f27",
    text="#f2f2f2",
    muted="#a9afbd",
    grid="#3a3f4b",
    accent="#4da3ff",
    error="#ff6b6b",
    series=series_colours("dark", "standard"),
)

LIGHT = Theme(
    name="light",
    background="#ffffff",
    surface="#f4f5f8",
    surface_alt="#e6e8ee",
    text="#111111",
    muted="#4a4f5c",
    grid="#c4c8d2",
    accent="#0057c2",
    error="#c0001a",
    series=series_colours("light", "standard"),
)

HIGH_CONTRAST = Theme(
    name="contrast",
    background="#000000",
    surface="#000000",
    surface_alt="#141414",
    text="#ffffff",
    muted="#d6d6d6",
    grid="#9a9a9a",
    accent="#7cc4ff",
    error="#ff8f8f",
    series=series_colours("contrast", "standard"),
    text_ratio=7.0,
)

THEMES = {DARK.name: DARK, LIGHT.name: LIGHT, HIGH_CONTRAST.name: HIGH_CONTRAST}


def current_theme(app: QApplication | None = None) -> Theme:
    """The theme `apply_theme` last gave the application (dark before any)."""
    app = app or QApplication.instance()
    name = app.property("lstmLabTheme") if app is not None else None
    palette = app.property("lstmLabColours") if app is not None else None
    if name not in THEMES or palette not in PALETTES:
        return DARK
    return theme_for(name, palette)


def theme_for(name: str, palette: str = "standard") -> Theme:
    """The theme called ``name`` ("dark", "light", "contrast") with its quantities in
    ``palette`` ("standard", or "safe" for colour-blind students)."""
    if palette not in PALETTES:
        raise ValueError(f"unknown palette {palette!r}")
    base = THEMES[name]
    if palette == base.palette:
        return base
    return replace(base, palette=palette, series=series_colours(name, palette))


def apply_theme(app: QApplication, theme: Theme, point_size: float | None = None) -> None:
    """Set the application palette and stylesheet for ``theme``, with text of ``point_size``
    points (the stylesheet carries the size: widgets under a stylesheet ignore app fonts)."""
    if not app.property("lstmLabFusion"):  # under a stylesheet, style().name() hides it
        app.setStyle("Fusion")
        app.setProperty("lstmLabFusion", True)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.surface,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.surface_alt,
        QPalette.ColorRole.ToolTipBase: theme.surface_alt,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface_alt,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.error,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.background,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    app.setPalette(palette)
    # Painted views outside the lesson windows (the start screen's pictures) read the look here.
    app.setProperty("lstmLabTheme", theme.name)
    app.setProperty("lstmLabColours", theme.palette)
    stylesheet = resource_text("style.qss")
    # Longest names first, so @surface does not eat the start of @surface_alt.
    for key in ("surface_alt", "background", "surface", "text", "muted", "grid", "accent", "error"):
        stylesheet = stylesheet.replace("@" + key, getattr(theme, key))
    if point_size is not None:
        stylesheet = f"QWidget {{ font-size: {point_size:.1f}pt; }}\n" + stylesheet
    if stylesheet != app.styleSheet():  # restyling every widget is costly: only on a change
        app.setStyleSheet(stylesheet)


#: The text sizes View → Larger/Smaller text steps through (× the system's font size).
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def stepped_scale(scale: float, direction: int) -> float:
    """The text size one step larger (``direction`` +1) or smaller (-1) than ``scale``, kept
    within `TEXT_SCALES`."""
    index = min(range(len(TEXT_SCALES)), key=lambda k: abs(TEXT_SCALES[k] - scale)) + direction
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index))]
