"""How large the numbers of a lesson's main picture are on screen, in pixels: the figure a
projector's back row depends on.

A number's height is its font's height (`QFontMetricsF.height`) times the scale its item is
drawn at in its scene times the scale of the view that shows the scene. `number_heights` finds
the numbers of a view and its visible children:

- a view that lists its own texts (`MeasuresText`: a painted view, a text box) gives them;
- a pyqtgraph plot's numbers are its axes' tick labels, in the axis's tick font;
- any other graphics view's numbers are the text items on its scene that hold a number.

A lesson window names its main picture in `LessonWindow.main_views`; the tests and
``benchmarks/diagram_text_heights.py`` measure it with `window_number_heights`.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)


@runtime_checkable
class MeasuresText(Protocol):
    def measured_texts(self) -> list[tuple[str, QFont, float]]:
        """Every number (or character) the view shows: its text, its font and the scale it is
        drawn at (1.0 for a widget that paints at its own size)."""


#: A number: digits that are not an index or an offset of a name ("h(t−1)", "t+1", "w2").
_NUMBER = re.compile(r"(?<![\w.+\-−(])[-−]?\d")


def has_number(text: str) -> bool:
    """Whether ``text`` shows a number ("0.522", "w_h 0.50", "t = 2", "27.4%"), not only a
    name with an index ("C(t−1)", "h(t) → step t+1")."""
    return _NUMBER.search(text) is not None


def font_height(font: QFont) -> float:
    return QFontMetricsF(font).height()


def _axis_heights(view: QGraphicsView) -> list[tuple[str, float]] | None:
    """The tick labels of a pyqtgraph view's visible axes, or None for another kind of view."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover (a dependency of the app)
        return None
    if not isinstance(view, pg.GraphicsView):
        return None
    found = []
    view_scale = view.transform().m22()
    for item in view.scene().items():
        if not isinstance(item, pg.AxisItem) or not item.isVisible():
            continue
        if not item.style.get("showValues", True):
            continue
        font = item.style.get("tickFont") or QApplication.font()
        height = font_height(font) * abs(item.sceneTransform().m22()) * view_scale
        found.append((f"{item.orientation} axis", height))
    return found


def _scene_heights(view: QGraphicsView) -> list[tuple[str, float]]:
    """The text items with a digit on the scene of ``view``, as the view draws them."""
    scene = view.scene()
    if scene is None:
        return []
    view_scale = abs(view.transform().m22())
    found = []
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        elif isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        else:
            continue
        if not item.isVisible() or not has_number(text):
            continue
        scale = abs(item.sceneTransform().m22()) * view_scale
        found.append((text.replace("\n", " "), font_height(item.font()) * scale))
    return found


def number_heights(widget: QWidget) -> list[tuple[str, float]]:
    """(what, its height on screen in pixels) for every number ``widget`` and its visible
    children show (see the module); nothing for a hidden widget."""
    if not widget.isVisible():
        return []
    if isinstance(widget, MeasuresText):
        return [(text, font_height(font) * scale) for text, font, scale in widget.measured_texts()]
    if isinstance(widget, QGraphicsView):
        axes = _axis_heights(widget)
        return axes if axes is not None else _scene_heights(widget)
    found = []
    for child in widget.findChildren(QWidget):
        if child.parentWidget() is widget:
            found += number_heights(child)
    return found


def window_number_heights(window) -> list[tuple[str, float]]:
    """The numbers of a lesson window's main picture (`LessonWindow.main_views`)."""
    QApplication.processEvents()
    found = []
    for view in window.main_views():
        found += number_heights(view)
    return found


def smallest(heights: list[tuple[str, float]]) -> float:
    """The smallest height of ``heights`` (0.0 when there are none: nothing to read)."""
    return min((height for _, height in heights), default=0.0)
