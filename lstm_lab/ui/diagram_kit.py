"""What every cell diagram is drawn with: the scene and its view, the texts, wires and circles
on it, gates that glow with their value, and text that grows with the text size and with a view
drawn smaller than designed while it keeps to its circle or its room.

The LSTM's diagram (`cell_diagram.py`) and the RNN's and the GRU's (the comparison lesson's
`small_diagram.py`) are built from these, so they share one visual language: a cell box, wires
in the theme's colours, gates as circles that glow brighter the more they are open, values
written where they flow; and each says its step and those values to a screen reader
(`SpokenCell`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from lstm_lab.ui.speech import Speech
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import Theme

#: The view scale at which the designed font sizes read well (the default window, 1440×900).
#: A smaller view enlarges the text in the scene to make up for it, up to FONT_BOOST_MAX
#: times, and a larger text size (View → Larger text) enlarges it further: the labels on
#: screen never shrink with the window and always grow with the text size.
READABLE_VIEW_SCALE = 0.6
FONT_BOOST_MAX = 1.7


# ---------------------------------------------------------------------- text that fits
def digit_shape(text: str) -> str:
    """``text`` with every digit a 0: digits share one width, so the size that fits this
    shape of number fits every number of that shape."""
    return "".join("0" if ch.isdigit() else ch for ch in text)


def fitting_box_size(font: QFont, text: str, width: float, height: float, wanted: float) -> float:
    """The largest point size up to `wanted` at which `text` (its lines under each other, as a
    QGraphicsSimpleTextItem sets them) is at most `width` wide and `height` high."""
    trial = QFont(font)
    size = wanted
    lines = text.split("\n")
    for _ in range(20):
        trial.setPointSizeF(size)
        metrics = QFontMetricsF(trial)
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        if wide <= width and len(lines) * metrics.height() <= height:
            break
        size *= 0.94
    return size


def fitting_point_size(font: QFont, text: str, radius: float, dy: float, wanted: float) -> float:
    """The largest point size up to `wanted` at which `text`, centred `dy` below a circle's
    centre, lies wholly inside the circle (its ring of 3 units left clear)."""
    trial = QFont(font)
    size = wanted
    for _ in range(20):
        trial.setPointSizeF(size)
        ink = QFontMetricsF(trial).tightBoundingRect(text)
        far_x, far_y = ink.width() / 2, abs(dy) + ink.height() / 2
        if far_x * far_x + far_y * far_y <= (radius - 3) ** 2:
            break
        size *= 0.94
    return size


class TextBoost:
    """Text that grows with the text size, and with a view drawn smaller than it was designed
    for, up to a limit: a diagram view's `readable_view_scale` and `font_boost_max`."""

    readable_view_scale = READABLE_VIEW_SCALE
    font_boost_max = FONT_BOOST_MAX
    _text_scale = 1.0
    _boost = 1.0

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self._fit_text()

    def font_pixels(self, item: QGraphicsSimpleTextItem) -> float:
        """The height of ``item``'s text on screen, in pixels (its font's pixel size there)."""
        return item.font().pointSizeF() * 96 / 72 * self.transform().m11()

    def _new_boost(self) -> float | None:
        """The boost for the view's scale and the text size now, or None when it is (about)
        the one the texts already have."""
        view = self.transform().m11()
        if view <= 0:
            return None
        boost = self._text_scale * min(
            self.font_boost_max, max(1.0, self.readable_view_scale / view)
        )
        if abs(boost - self._boost) < 0.02:
            return None
        self._boost = boost
        return boost

    def _fit_text(self) -> None:
        raise NotImplementedError


# ---------------------------------------------------------------------- what it says
class SpokenCell:
    """A cell diagram that says its step and the values it draws to a screen reader
    (`lstm_lab.ui.speech`): its accessible name is the cell and the step ("LSTM cell, step 3
    of 12"), its description every value as the diagram writes it, renewed and announced after
    every change of the trace or the step. A diagram names its cell in ``cell_name`` and lists
    its values in `spoken_values`."""

    cell_name = ""
    _state: LabState

    def start_speaking(self) -> None:
        """Say the values from now on, after every change of the trace or the step."""
        self.speech = Speech(self, self.spoken_words)
        self._state.traceChanged.connect(self.speech.changed)
        self._state.cursorChanged.connect(self.speech.changed)
        self.speech.changed()

    def spoken_values(self) -> list[tuple[str, str]]:
        """(what, its value as drawn) for every value the diagram shows at this step."""
        raise NotImplementedError

    def spoken_words(self) -> tuple[str, str]:
        """The accessible name and description for the step under the cursor."""
        state = self._state
        if state.cursor == 0:
            name = QCoreApplication.translate(
                "CellDiagram", "{cell} cell, before step 1 of {steps}"
            )
        else:
            name = QCoreApplication.translate("CellDiagram", "{cell} cell, step {step} of {steps}")
        name = name.format(cell=self.cell_name, step=state.cursor, steps=state.length)
        values = QCoreApplication.translate("CellDiagram", "; ").join(
            QCoreApplication.translate("CellDiagram", "{what} = {value}").format(
                what=what, value=value
            )
            for what, value in self.spoken_values()
        )
        return name, values + "."


# ---------------------------------------------------------------------- the scene
def scene_view(view: QGraphicsView, rect: QRectF, least: tuple[int, int]) -> QGraphicsScene:
    """Set up ``view`` as a diagram of ``rect`` (drawn smooth, no scroll bars or frame, at
    least ``least`` pixels) and return its scene."""
    scene = QGraphicsScene(rect, view)
    # Texts move a little every step; a spatial index would be rebuilt each time.
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    view.setScene(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.setMinimumSize(*least)
    return scene


def add_text(
    scene: QGraphicsScene, text: str, size: float, bold: bool = False
) -> QGraphicsSimpleTextItem:
    """A text of ``size`` points on ``scene``, above the wires and the circles."""
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setZValue(5)
    scene.addItem(item)
    return item


def place_text(
    item: QGraphicsSimpleTextItem,
    x: float,
    y: float,
    anchor: str = "c",
    within: QRectF | None = None,
) -> None:
    """Position text by its centre ('c'), left edge ('l') or right edge ('r') at (x, y), its
    middle at y, its bottom with a second letter 'b' ('rb'), or the top of its letters with a
    second letter 't' ('ct'); never past the left or right edge of ``within`` when given."""
    rect = item.boundingRect()
    dx = {"c": rect.width() / 2, "l": 0.0, "r": rect.width()}[anchor[0]]
    dy = {"b": rect.height(), "t": ink_top(item), "": rect.height() / 2}[anchor[1:]]
    left = x - dx
    if within is not None:
        left = min(max(left, within.left() + 2), within.right() - 2 - rect.width())
    item.setPos(left, y - dy)


def ink_top(item: QGraphicsSimpleTextItem) -> float:
    """How far below the top of ``item``'s box its first line's letters begin. A name placed
    by its letters stands as far from a circle above it in any script: Chinese characters
    (drawn from a fallback font) reach higher in the line than Latin letters."""
    metrics = QFontMetricsF(item.font())
    first = item.text().split("\n", 1)[0]
    return metrics.ascent() + metrics.tightBoundingRect(first).top() if first else 0.0


def show_text(item: QGraphicsSimpleTextItem, text: str, place: Callable[[], None]) -> None:
    """New text for a label, placed again by ``place()``. Where its old text was is repainted
    explicitly: Qt was seen to leave corners of a three-line label on screen when it became a
    two-line label and moved up (a gate pinned right after a step)."""
    if text == item.text():
        return
    old_area = item.sceneBoundingRect()
    item.setText(text)
    place()
    if not old_area.isEmpty() and item.sceneBoundingRect() != old_area:
        item.scene().update(old_area)  # (an empty rect here would mean the whole scene)


def add_wire(scene: QGraphicsScene, points: list[tuple[float, float]]) -> QGraphicsPathItem:
    """A wire through ``points`` on ``scene``, under everything else (`style_frame` gives it
    its colour and width)."""
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    item = QGraphicsPathItem(path)
    item.setZValue(1)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # wires never change
    scene.addItem(item)
    return item


def add_circle(scene: QGraphicsScene, centre: QPointF, radius: float) -> QGraphicsEllipseItem:
    """A circle (a gate, an operation, an input or output) on ``scene``, over the wires."""
    circle = QGraphicsEllipseItem(
        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    )
    circle.setZValue(3)
    scene.addItem(circle)
    return circle


# ---------------------------------------------------------------------- colours
def style_frame(view, box, wires, theme: Theme) -> None:
    """What every cell diagram shares in a theme: the background, the cell's box, and each wire
    (``wires``: item, colour key, width) in its quantity's colour, with square ends."""
    view.setBackgroundBrush(QColor(theme.background))
    box.setBrush(QColor(theme.surface))
    box.setPen(QPen(QColor(theme.grid), 2))
    for item, key, width in wires:
        item.setPen(
            QPen(
                theme.color(key),
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
                Qt.PenJoinStyle.MiterJoin,
            )
        )


def glow_fill(base: QColor, background: QColor, level: float) -> QColor:
    """A gate's fill at ``level`` (0 shut … 1 open): its colour ``base`` mixed into the
    ``background``, dim when shut, bright when open."""
    mix = 0.12 + 0.88 * level
    fill = QColor(base)
    fill.setRgbF(
        background.redF() + (base.redF() - background.redF()) * mix,
        background.greenF() + (base.greenF() - background.greenF()) * mix,
        background.blueF() + (base.blueF() - background.blueF()) * mix,
    )
    return fill


def text_colour_on(fill: QColor) -> QColor:
    """Dark text on a bright fill, light text on a dim one."""
    return QColor("#000000") if fill.lightnessF() > 0.55 else QColor("#ffffff")
