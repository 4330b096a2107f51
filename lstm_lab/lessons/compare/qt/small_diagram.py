"""What the RNN's and the GRU's diagrams share with the LSTM's (`cell_diagram.py`): the same
visual language — a cell box, wires in the theme's colours, gates as circles that glow brighter
the more they are open, values written where they flow — on a smaller scene.

Their text grows as the LSTM's does: a view scaled down (a narrow column) enlarges it in the
scene, up to FONT_BOOST_MAX times, and a larger text size (View → Larger text) enlarges it
further; a text inside a circle stays inside it, and a label beside a wire keeps to its room
(`fitting_point_size`, `fitting_box_size`)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from lstm_lab.ui.diagram_kit import (
    SpokenCell,
    TextBoost,
    fitting_box_size,
    fitting_point_size,
    place_text,
    scene_view,
    style_frame,
)
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

#: The view scale at which the designed point sizes read well; see the module.
READABLE_VIEW_SCALE = 0.8
FONT_BOOST_MAX = 1.8
GATE_R = 46
END_R = 42
#: Offsets of a circle's name and value from its centre, in radii.
SYMBOL_DY, VALUE_DY = -0.3, 0.3
#: The height of a circle's half its name or its value may take, in radii.
HALF = 0.58
#: The widest number a circle shows.
WIDEST = "-0.000"


def fmt(value: float) -> str:
    return f"{value:.3f}"


class Node(NamedTuple):
    """A circle and the texts inside it (as the LSTM diagram's nodes, for the tests' checks)."""

    circle: QGraphicsEllipseItem
    symbol: QGraphicsSimpleTextItem
    value: QGraphicsSimpleTextItem | None


class SmallDiagram(SpokenCell, TextBoost, QGraphicsView):
    """A cell drawn once on a ``rect`` scene; a subclass builds it in `build`, writes the
    step's numbers in `refresh` (after every trace or cursor change) and lists them for a
    screen reader in `spoken_values`."""

    SCENE = QRectF(0, 0, 700, 420)
    readable_view_scale = READABLE_VIEW_SCALE
    font_boost_max = FONT_BOOST_MAX
    #: The scene of another cell (the LSTM's) whose scale this view keeps to, as if that scene
    #: filled it (`keep_scale_of`); None: its own scene fills the view.
    scale_of: QRectF | None = None

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._theme = DARK
        self._scene = scene_view(self, self.SCENE, (220, 140))
        self._wires: list[tuple[QGraphicsPathItem, str, float]] = []
        self._texts: list[tuple[QGraphicsSimpleTextItem, str]] = []
        self._gates: dict[str, tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, str]] = {}
        self.captions: dict[str, QGraphicsSimpleTextItem] = {}
        self._ops: list[tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem]] = []
        self._ends: list[tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, str]] = []
        self.values: dict[str, QGraphicsSimpleTextItem] = {}
        self.gate_nodes: dict[str, Node] = {}
        self.io_nodes: dict[str, Node] = {}
        #: Designed point size, room (width, height) and widest text of every text.
        self._sizes: dict[QGraphicsSimpleTextItem, tuple[float, tuple[float, float], str]] = {}
        #: Texts inside a circle: the circle's radius and the text's offset from its centre.
        self._inside: dict[QGraphicsSimpleTextItem, tuple[float, float]] = {}
        self._anchors: dict[QGraphicsSimpleTextItem, tuple[float, float, str]] = {}
        self._text_scale = 1.0
        self._boost = 1.0
        self._box = QGraphicsRectItem(self.SCENE.adjusted(70, 20, -70, -20))
        self._box.setZValue(0)
        self._scene.addItem(self._box)
        self.build()
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)
        self.apply_theme(self._theme)
        self.start_speaking()

    # ------------------------------------------------------------------ building
    def build(self) -> None:
        raise NotImplementedError

    def title_and_step(self, name: str, room: float) -> None:
        """The cell's name at the top left (in ``room`` units of width), and the step's
        number at the top right (`show_step` writes it)."""
        title = self.text(name, 13, "muted", bold=True, room=(room, 34.0))
        self.place(title, 82, 40, "l")
        self.values["step"] = self.text(
            "", 14, "text", bold=True, room=(130, 34), widest="t = 0000"
        )

    def show_step(self, t: int) -> None:
        self.put("step", f"t = {t}", 618, 40, "r")

    def refresh(self, *_args) -> None:
        raise NotImplementedError

    def text(
        self,
        text: str,
        size: float,
        key: str = "text",
        bold: bool = False,
        room: tuple[float, float] = (160.0, 40.0),
        widest: str = "",
    ):
        """A text of ``size`` points at text size 1×, never wider or higher than ``room`` with
        its ``widest`` text (default: its own)."""
        item = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setZValue(5)
        self._scene.addItem(item)
        self._texts.append((item, key))
        self._sizes[item] = (size, room, widest or text)
        return item

    def place(self, item: QGraphicsSimpleTextItem, x: float, y: float, anchor: str = "c") -> None:
        """``item`` by its centre ('c'), left ('l') or right ('r') edge at x, its middle at y,
        or the top of its letters with a second letter 't' ('ct')."""
        self._anchors[item] = (x, y, anchor)
        place_text(item, x, y, anchor)

    def put(self, key: str, text: str, x: float, y: float, anchor: str = "c") -> None:
        item = self.values[key]
        if item.text() != text:
            old = item.sceneBoundingRect()
            item.setText(text)
            self.place(item, x, y, anchor)
            if not old.isEmpty():
                self._scene.update(old)

    def wire(self, points: list[tuple[float, float]], key: str, width: float = 3.0) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(QPointF(*point))
        item = QGraphicsPathItem(path)
        item.setZValue(1)
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._scene.addItem(item)
        self._wires.append((item, key, width))

    def _circle(self, x: float, y: float, r: float) -> QGraphicsEllipseItem:
        circle = QGraphicsEllipseItem(QRectF(x - r, y - r, 2 * r, 2 * r))
        circle.setZValue(3)
        self._scene.addItem(circle)
        return circle

    def gate(
        self,
        key: str,
        x: float,
        y: float,
        symbol: str,
        caption: str,
        role: str,
        caption_room: tuple[float, float] = (112.0, 30.0),
    ) -> None:
        """A gate: a circle that glows with its value, its function inside, its name below."""
        circle = self._circle(x, y, GATE_R)
        sym = self.text(symbol, 15 if symbol == "σ" else 12, "node_text", bold=True)
        sym.setZValue(6)
        self._inside[sym] = (GATE_R, GATE_R * SYMBOL_DY)
        self.place(sym, x, y + GATE_R * SYMBOL_DY)
        value = self.text("", 12.5, "node_text", bold=True, widest=WIDEST)
        value.setZValue(6)
        self._inside[value] = (GATE_R, GATE_R * VALUE_DY)
        self.values[key] = value
        self.captions[key] = self.text(caption, 12, role, bold=True, room=caption_room)
        self.place_caption(key, x, y)
        self._gates[key] = (circle, sym, role)
        self.gate_nodes[key] = Node(circle, sym, value)

    def place_caption(self, key: str, x: float, y: float) -> None:
        """A gate's name under it (a subclass with wires there puts it elsewhere)."""
        self.place(self.captions[key], x, y + GATE_R + 8, "ct")  # its letters just under it

    def op(self, x: float, y: float, symbol: str, r: float = 18) -> None:
        circle = self._circle(x, y, r)
        sym = self.text(symbol, 14 if len(symbol) == 1 else 10, "text", bold=True)
        sym.setZValue(6)
        self._inside[sym] = (r, 0.0)
        self.place(sym, x, y)
        self._ops.append((circle, sym))

    def end(self, key: str, x: float, y: float, label: str, role: str) -> None:
        """An input or output: a ringed circle with its name and value."""
        circle = self._circle(x, y, END_R)
        sym = self.text(label, 10.5, role, bold=True)
        sym.setZValue(6)
        self._inside[sym] = (END_R, END_R * SYMBOL_DY)
        self.place(sym, x, y + END_R * SYMBOL_DY)
        value = self.text("", 11.5, "text", bold=True, widest=WIDEST)
        value.setZValue(6)
        self._inside[value] = (END_R, END_R * VALUE_DY)
        self.values[key] = value
        self._ends.append((circle, sym, role))
        self.io_nodes[key] = Node(circle, sym, value)

    def set_gate(self, key: str, value: float | None) -> None:
        circle, sym, role = self._gates[key]
        rect = circle.rect()
        self.put(
            key,
            "–" if value is None else fmt(value),
            rect.center().x(),
            rect.center().y() + GATE_R * VALUE_DY,
        )
        base = self._theme.color(role)
        background = QColor(self._theme.surface)
        mix = 0.12 + 0.88 * (0.0 if value is None else min(1.0, abs(value)))
        fill = QColor()
        fill.setRgbF(
            background.redF() + (base.redF() - background.redF()) * mix,
            background.greenF() + (base.greenF() - background.greenF()) * mix,
            background.blueF() + (base.blueF() - background.blueF()) * mix,
        )
        circle.setBrush(QBrush(fill))
        circle.setPen(QPen(base, 2.5))
        colour = QColor("#000000") if fill.lightnessF() > 0.55 else QColor("#ffffff")
        sym.setBrush(colour)
        self.values[key].setBrush(colour)

    def set_end(self, key: str, value: float | None, x: float, y: float) -> None:
        self.put(key, "–" if value is None else fmt(value), x, y + END_R * VALUE_DY)

    # ------------------------------------------------------------------ theme and size
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        style_frame(self, self._box, self._wires, theme)
        for item, key in self._texts:
            if key != "node_text":
                item.setBrush(QColor(theme.labels.get(key) or getattr(theme, key, theme.text)))
        for circle, sym in self._ops:
            circle.setBrush(QColor(theme.surface_alt))
            circle.setPen(QPen(QColor(theme.text), 2))
            sym.setBrush(QColor(theme.text))
        for circle, _sym, role in self._ends:
            circle.setBrush(QColor(theme.surface_alt))
            circle.setPen(QPen(theme.color(role), 3))
        self.refresh()

    def _fit_text(self) -> None:
        """Point sizes for this view scale and text size (see the module)."""
        boost = self._new_boost()
        if boost is None:
            return
        for item, (size, room, widest) in self._sizes.items():
            font = item.font()
            shape = "".join("0" if ch.isdigit() else ch for ch in widest)
            inside = self._inside.get(item)
            if inside is not None:  # in the circle, and in its own half of it
                radius, dy = inside
                wanted = fitting_point_size(font, shape, radius, dy, size * boost)
                if dy:
                    wanted = fitting_box_size(font, shape, 2 * radius, HALF * radius, wanted)
            else:
                wanted = fitting_box_size(font, shape, *room, size * boost)
            if font.pointSizeF() != wanted:
                font.setPointSizeF(wanted)
                item.setFont(font)
                anchor = self._anchors.get(item)
                if anchor is not None:
                    self.place(item, *anchor)
        for item in self.values.values():
            item.setText("")  # placed again at its new size
        self.refresh()
        self._scene.update()

    def keep_scale_of(self, scene: QRectF | None) -> None:
        """Draw the cell at the scale ``scene`` would have in this view (None: as large as
        the view allows): shown alone in a room sized for the LSTM, the cell keeps the LSTM's
        scale, as it has beside it."""
        self.scale_of = scene
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.SCENE, Qt.AspectRatioMode.KeepAspectRatio)
        other = self.scale_of
        if other is not None:
            room = self.viewport().rect()
            # As fitInView fits a scene: two pixels of margin on each side.
            most = min((room.width() - 4) / other.width(), (room.height() - 4) / other.height())
            if 0 < most < self.transform().m11():
                self.setTransform(QTransform.fromScale(most, most))
                self.centerOn(self.SCENE.center())
        self._fit_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()
