"""The cell diagram: the LSTM cell drawn once, its colours and numbers updated every step,
with the shared diagram kit (`diagram_kit.py`).

Layout (scene units, the view scales it to the window):

    C(t−1) ──────(×)────────────(+)──────────┬──────────── C(t)
                  │              │           tanh
                  │     ┌──────►(×)          │
                  │     │        │   ┌─────►(×)───► h(t) ──► y(t)
                 [σ f] [σ i] [tanh C̃] [σ o]
    h(t−1) ═══════╧═════╧════════╧═════╧   (bus to every gate)
    x(t)   ═══════╧═════╧════════╧═════╧
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from lstm_lab.core.engine_words import gate_short
from lstm_lab.engine import GATE_SPECS
from lstm_lab.ui.diagram_kit import (
    SpokenCell,
    TextBoost,
    add_circle,
    add_text,
    add_wire,
    digit_shape,
    fitting_box_size,
    fitting_point_size,
    glow_fill,
    place_text,
    scene_view,
    show_text,
    style_frame,
    text_colour_on,
)
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

SCENE_RECT = QRectF(0, 0, 1180, 600)
#: Text inside a circle, and the labels in the row of gates (145 units apart), grow at most
#: this much: the circles and the gaps keep their size.
NODE_BOOST_MAX = 1.25
HIGHWAY_Y = 110
GATE_Y = 390
H_BUS_Y = 462
X_BUS_Y = 500
GATE_R = 40
OP_R = 18
NODE_R = 44
GATE_X = {"f": 300, "i": 445, "g": 590, "o": 745}
FORGET_MUL = QPointF(GATE_X["f"], HIGHWAY_Y)
INPUT_MUL = QPointF(GATE_X["g"], 250)
ADD = QPointF(GATE_X["g"], HIGHWAY_Y)
TANH_C = QPointF(850, 190)
OUTPUT_MUL = QPointF(850, 285)
C_PREV = QPointF(70, HIGHWAY_Y)
H_PREV = QPointF(70, H_BUS_Y)
X_IN = QPointF(170, 552)
C_OUT = QPointF(1080, HIGHWAY_Y)
H_OUT = QPointF(950, 285)
Y_OUT = QPointF(1080, 285)
CELL_BOX = QRectF(150, 55, 760, 480)
TITLE_Y = 30
#: Room for a gate's weights between its wire and the previous gate's (145 apart).
WEIGHTS_WIDTH = 122
#: ... and from the gate up to below the × of the input gate's wire (the candidate's label).
WEIGHTS_HEIGHT = (GATE_Y - GATE_R - 4) - (INPUT_MUL.y() + OP_R + 4)
#: The room of each number written beside a wire (scene rect) and the point of that room its
#: text is anchored to (see `CellDiagram._place`); a larger text size shrinks back into it.
LABEL_ROOMS: dict[str, tuple[QRectF, str]] = {
    # Above the highway, from the forget gate's × to the + of the input, under the title.
    "f_times_c": (
        QRectF(QPointF(FORGET_MUL.x() + OP_R + 8, 50), QPointF(ADD.x() - OP_R - 6, HIGHWAY_Y - 8)),
        "lb",
    ),
    # Above the input gate's wire into the ×, right of the forget gate's wire.
    "i_times_g": (
        QRectF(
            QPointF(GATE_X["f"] + 10, HIGHWAY_Y + 10),
            QPointF(INPUT_MUL.x() - 22, INPUT_MUL.y() - 6),
        ),
        "rb",
    ),
    # Left of tanh, right of the g wire.
    "tanh_c": (
        QRectF(
            QPointF(GATE_X["g"] + 10, HIGHWAY_Y + 10), QPointF(TANH_C.x() - 30, TANH_C.y() + 70)
        ),
        "r",
    ),
    # Right of the h wire down to the next step, under h(t) and y(t), above "h(t) → step t+1".
    "w_out": (
        QRectF(
            QPointF(H_OUT.x() + 14, H_OUT.y() + NODE_R + 8),
            QPointF(SCENE_RECT.right() - 4, H_BUS_Y + 16),
        ),
        "l",
    ),
}


def _room_size(key: str) -> tuple[float, float]:
    room = LABEL_ROOMS[key][0]
    return room.width(), room.height()


def _fmt(value: float) -> str:
    return f"{value:.3f}"


#: Offsets of a node's symbol and value from its centre, in radii.
SYMBOL_DY, VALUE_DY = -0.46, 0.14


@dataclass
class _Node:
    circle: QGraphicsEllipseItem
    symbol: QGraphicsSimpleTextItem
    value: QGraphicsSimpleTextItem | None
    caption: QGraphicsSimpleTextItem | None
    key: str
    value_dy: float = VALUE_DY  # the value's offset from the centre, in radii
    symbol_inside: bool = True  # False: the name stands beside the circle

    def inside_texts(self) -> list[QGraphicsSimpleTextItem]:
        """The texts drawn inside the circle."""
        texts = [self.symbol] if self.symbol_inside else []
        return texts + ([self.value] if self.value is not None else [])


class CellDiagram(SpokenCell, TextBoost, QGraphicsView):
    """QGraphicsView of one LSTM cell at the current step; built once, restyled per step, and
    its values said to a screen reader (`SpokenCell`)."""

    cell_name = "LSTM"

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellDiagram")
        self.setToolTip(
            QCoreApplication.translate(
                "CellDiagram",
                "The LSTM cell at the current step. The blue highway at the top carries the cell "
                "state C; a gate glows brighter the more it is open. Every number is the value "
                "flowing there at this step.",
            )
        )
        self._state = state
        self._theme = DARK
        self._scene = scene_view(self, SCENE_RECT, (360, 220))

        self._wires: list[tuple[QGraphicsPathItem, str, float]] = []
        self._texts: list[tuple[QGraphicsSimpleTextItem, str]] = []
        self._sizes: dict[QGraphicsSimpleTextItem, float] = {}  # designed point sizes
        self._anchors: dict[QGraphicsSimpleTextItem, tuple[float, float, str]] = {}
        self._text_scale = 1.0
        self._boost = 1.0
        self._inside_sizes: dict[tuple[int, str, float], float] = {}
        self.gate_nodes: dict[str, _Node] = {}
        self.value_labels: dict[str, QGraphicsSimpleTextItem] = {}
        #: Behind each gate's name, in the cell's colour: the wires from the buses up to the
        #: gate pass under the name instead of through its letters.
        self._backdrops: dict[str, QGraphicsRectItem] = {}
        self._build()

        # Every change of parameters, clamps or sequence ends in traceChanged.
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)
        self.start_speaking()
        self.apply_theme(self._theme)

    # ------------------------------------------------------------------ building
    def _text(self, text: str, size: float, key: str = "text", bold: bool = False):
        item = add_text(self._scene, text, size, bold)
        self._texts.append((item, key))
        self._sizes[item] = size
        return item

    def _place(self, item: QGraphicsSimpleTextItem, x: float, y: float, anchor: str = "c") -> None:
        """Position text by its centre ('c'), left edge ('l') or right edge ('r') at (x, y),
        its middle at y, or its bottom with a second letter 'b' ('rb')."""
        self._anchors[item] = (x, y, anchor)
        # Never past the scene's edges (a name beside a node at the edge, at large text).
        place_text(item, x, y, anchor, within=SCENE_RECT)

    def _wire(self, points: list[tuple[float, float]], key: str, width: float = 3.0):
        item = add_wire(self._scene, points)
        self._wires.append((item, key, width))
        return item

    def _node(
        self,
        centre: QPointF,
        radius: float,
        symbol: str,
        key: str,
        symbol_size: float = 20,
        value: bool = True,
        caption: str | None = None,
        name_at: str | None = None,
    ) -> _Node:
        """A circle with its symbol and value inside; ``name_at`` ("above", "left") puts the
        symbol beside the circle instead, so the value has the whole circle."""
        circle = add_circle(self._scene, centre, radius)
        sym = self._text(symbol, symbol_size, key="node_text", bold=True)
        sym.setZValue(6)
        value_item = None
        value_dy = VALUE_DY
        if name_at == "above":
            self._place(sym, centre.x(), centre.y() - radius - 3, "cb")
        elif name_at == "left":
            self._place(sym, centre.x() - radius - 8, centre.y(), "r")
        elif value:
            self._place(sym, centre.x(), centre.y() + radius * SYMBOL_DY)
        else:
            self._place(sym, centre.x(), centre.y())
        if value:
            if name_at is not None:
                value_dy = 0.0
            value_item = self._text("", 16, key="node_text", bold=True)
            value_item.setZValue(6)
        caption_item = None
        if caption:
            caption_item = self._text(caption, 12, key="muted")
            self._place(caption_item, centre.x(), centre.y() + radius + 14)
        return _Node(circle, sym, value_item, caption_item, key, value_dy, name_at is None)

    def _build(self) -> None:
        box = QGraphicsRectItem(CELL_BOX)
        box.setZValue(0)
        box.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._scene.addItem(box)
        self._box = box
        title = self._text(
            QCoreApplication.translate("CellDiagram", "LSTM cell"), 13, key="muted", bold=True
        )
        # Title and step above the box, where no wire or label runs.
        self._place(title, CELL_BOX.left() + 50, TITLE_Y, "l")  # clear of the name C(t−1)
        self._step_label = self._text("t = 0", 15, key="text", bold=True)
        self._place(self._step_label, CELL_BOX.right() - 4, TITLE_Y, "r")

        # Cell-state highway along the top.
        self._wire([(C_PREV.x(), HIGHWAY_Y), (C_OUT.x(), HIGHWAY_Y)], "c", 6)
        # Gate outputs up to the operations.
        fx, ix, gx, ox = (GATE_X[k] for k in "figo")
        self._wire([(fx, GATE_Y - GATE_R), (fx, HIGHWAY_Y + OP_R)], "f")
        self._wire([(ix, GATE_Y - GATE_R), (ix, INPUT_MUL.y()), (gx - OP_R, INPUT_MUL.y())], "i")
        self._wire([(gx, GATE_Y - GATE_R), (gx, INPUT_MUL.y() + OP_R)], "g")
        self._wire([(gx, INPUT_MUL.y() - OP_R), (gx, HIGHWAY_Y + OP_R)], "g")
        self._wire(
            [(ox, GATE_Y - GATE_R), (ox, OUTPUT_MUL.y()), (OUTPUT_MUL.x() - OP_R, OUTPUT_MUL.y())],
            "o",
        )
        # C(t) down through tanh to the output multiplication, then h(t) out and to y(t).
        self._wire([(TANH_C.x(), HIGHWAY_Y), (TANH_C.x(), TANH_C.y() - OP_R - 6)], "c", 3)
        self._wire(
            [(TANH_C.x(), TANH_C.y() + OP_R + 6), (OUTPUT_MUL.x(), OUTPUT_MUL.y() - OP_R)], "h"
        )
        self._wire([(OUTPUT_MUL.x() + OP_R, OUTPUT_MUL.y()), (H_OUT.x() - NODE_R, H_OUT.y())], "h")
        self._wire([(H_OUT.x() + NODE_R, H_OUT.y()), (Y_OUT.x() - NODE_R, Y_OUT.y())], "y")
        # h(t) also leaves downwards towards the next step.
        self._wire([(H_OUT.x(), H_OUT.y() + NODE_R), (H_OUT.x(), H_BUS_Y + 40)], "h", 2)
        next_label = self._text(
            QCoreApplication.translate("CellDiagram", "h(t) → step t+1"), 13, key="muted"
        )
        self._place(next_label, H_OUT.x() + 6, H_BUS_Y + 56, "c")

        # Input buses: h(t−1) and x(t) run under the gates; each gate taps both.
        self._wire([(H_PREV.x() + NODE_R, H_BUS_Y), (ox + 12, H_BUS_Y)], "h", 3)
        self._wire([(X_IN.x(), X_IN.y() - NODE_R), (X_IN.x(), X_BUS_Y), (ox + 12, X_BUS_Y)], "x", 3)
        for gx_ in GATE_X.values():
            self._wire([(gx_ - 12, H_BUS_Y), (gx_ - 12, GATE_Y + GATE_R - 4)], "h", 2)
            self._wire([(gx_ + 12, X_BUS_Y), (gx_ + 12, GATE_Y + GATE_R - 4)], "x", 2)

        # Gates.
        for gate, gx_ in GATE_X.items():
            spec = GATE_SPECS[gate]
            symbol, caption = spec.activation, f"{gate_short(gate)} {spec.symbol}"
            node = self._node(
                QPointF(gx_, GATE_Y),
                GATE_R,
                symbol,
                gate,
                symbol_size=14 if symbol == "σ" else 11,
                caption=None,
            )
            weights = self._text("", 13, key="weights")
            weights.setData(0, gate)
            node.caption = self._text(caption, 14, key=gate, bold=True)
            backdrop = QGraphicsRectItem()
            backdrop.setPen(QPen(Qt.PenStyle.NoPen))
            backdrop.setZValue(2)  # over the wires (1), under the texts (5)
            self._scene.addItem(backdrop)
            self._backdrops[gate] = backdrop
            self.gate_nodes[gate] = node
            self.value_labels[f"weights_{gate}"] = weights

        # Operations on the highway and the output path.
        self._ops = [
            self._node(FORGET_MUL, OP_R, "×", "op", symbol_size=16, value=False),
            self._node(INPUT_MUL, OP_R, "×", "op", symbol_size=16, value=False),
            self._node(ADD, OP_R, "+", "op", symbol_size=16, value=False),
            self._node(OUTPUT_MUL, OP_R, "×", "op", symbol_size=16, value=False),
        ]
        tanh_box = self._node(TANH_C, OP_R + 6, "tanh", "op", symbol_size=11, value=False)
        self._ops.append(tanh_box)

        # Inputs and outputs.
        self._io = {
            # Names beside the circles, so each value has a whole circle to be read in.
            "c_prev": self._node(C_PREV, NODE_R, "C(t−1)", "c", 13, name_at="above"),
            "h_prev": self._node(H_PREV, NODE_R, "h(t−1)", "h", 13, name_at="above"),
            "x": self._node(X_IN, NODE_R, "x(t)", "x", 13, name_at="left"),
            "c": self._node(C_OUT, NODE_R, "C(t)", "c", 13, name_at="above"),
            "h": self._node(H_OUT, NODE_R, "h(t)", "h", 13, name_at="above"),
            "y": self._node(Y_OUT, NODE_R, "y(t)", "y", 13, name_at="above"),
        }

        # Values at wire ends: what each operation produces at this step.
        for key in ("f_times_c", "i_times_g", "tanh_c", "w_out"):
            self.value_labels[key] = self._text("", 14, key="text")

    @property
    def io_nodes(self) -> dict[str, _Node]:
        """The inputs and outputs (c_prev, h_prev, x, c, h, y), for the data-flow animation."""
        return self._io

    # ------------------------------------------------------------------ updating
    def refresh(self, *_args) -> None:
        state = self._state
        t = state.cursor
        trace = state.trace
        clamps = state.clamps
        params = state.params
        self._show_text(self._step_label, f"t = {t}", CELL_BOX.right() - 4, TITLE_Y, "r")

        for gate, node in self.gate_nodes.items():
            w_x, w_h, b = (getattr(params, name) for name in GATE_SPECS[gate].params)
            label = self.value_labels[f"weights_{gate}"]
            if gate in clamps:
                text = f"pinned\nat {clamps[gate]:g}"
            else:  # the seed's row vector W = [w_h, w_x] acting on [h(t−1), x(t)]
                text = f"w_h {w_h:.2f}\nw_x {w_x:.2f}\nb   {b:.2f}"
            gx_ = GATE_X[gate]
            # Left of the gate's own wire (on the right, the output gate's label would meet
            # its wire to the × of h(t)), standing on the gate; as large as the text size
            # asks while it fits between two gates' wires.
            self._set_point_size(
                label, self._fitted_size(label, text, WEIGHTS_WIDTH, WEIGHTS_HEIGHT)
            )
            self._show_text(label, text, gx_ - 10, GATE_Y - GATE_R - 4, "rb")
            if t == 0:
                self._set_node_value(node, "–")
                self._style_gate(node, None, gate in clamps)
            else:
                value = float(getattr(trace, gate)[t - 1])
                self._set_node_value(node, _fmt(value))
                self._style_gate(node, value, gate in clamps)
            # The name's letters begin just under the gate, however tall the script's letters
            self._place(node.caption, gx_, GATE_Y + GATE_R + 5, "ct")
            self._backdrops[gate].setRect(self._ink(node.caption))

        if t == 0:
            c0, h0 = float(trace.c_prev[0]), float(trace.h_prev[0])  # the state before step 1
            values = {"c_prev": c0, "h_prev": h0, "x": None, "c": c0, "h": h0, "y": None}
        else:
            k = t - 1
            values = {
                "c_prev": float(trace.c_prev[k]),
                "h_prev": float(trace.h_prev[k]),
                "x": float(trace.x[k]),
                "c": float(trace.c[k]),
                "h": float(trace.h[k]),
                "y": float(trace.y[k]),
            }
        for key, node in self._io.items():
            value = values[key]
            self._set_node_value(node, "–" if value is None else _fmt(value))

        labels = self.value_labels
        texts = dict.fromkeys(("f_times_c", "i_times_g", "tanh_c", "w_out"), "")
        if t > 0:
            ex = self._state.explanation  # computed once per change, shared by the views
            texts["f_times_c"] = f"f·C(t−1) = {ex.forget_part:.3f}"
            texts["i_times_g"] = f"i·C̃ = {ex.input_part:.3f}"
            texts["tanh_c"] = f"tanh C = {ex.tanh_c:.3f}"
            texts["w_out"] = f"w_out {params.w_out:.2f}\nb_out {params.b_out:.2f}"
        # The numbers on the wires read as one set: one size, the largest that fits them all.
        share = min(
            (
                self._fitted_size(labels[key], text, *_room_size(key)) / self._sizes[labels[key]]
                for key, text in texts.items()
                if text
            ),
            default=None,
        )
        for key, text in texts.items():
            room, anchor = LABEL_ROOMS[key]
            if share is not None:
                self._set_point_size(labels[key], self._sizes[labels[key]] * share)
            x = {"l": room.left(), "r": room.right(), "c": room.center().x()}[anchor[0]]
            y = room.bottom() if anchor[1:] == "b" else room.center().y()
            self._show_text(labels[key], text, x, y, anchor)

    def spoken_values(self) -> list[tuple[str, str]]:
        """The values the diagram writes at this step, in reading order: the input, the gates
        (a pinned gate says so), the new state and output, then the state it started from."""
        state = self._state
        trace = state.trace
        t = state.cursor
        if t == 0:
            return [
                (
                    QCoreApplication.translate("CellDiagram", "cell state C(t)"),
                    _fmt(float(trace.c_prev[0])),
                ),
                (
                    QCoreApplication.translate("CellDiagram", "hidden state h(t)"),
                    _fmt(float(trace.h_prev[0])),
                ),
            ]
        k = t - 1
        gates = {
            "f": QCoreApplication.translate("CellDiagram", "forget gate f(t)"),
            "i": QCoreApplication.translate("CellDiagram", "input gate i(t)"),
            "g": QCoreApplication.translate("CellDiagram", "candidate C̃(t)"),
            "o": QCoreApplication.translate("CellDiagram", "output gate o(t)"),
        }
        said = [(QCoreApplication.translate("CellDiagram", "input x(t)"), _fmt(float(trace.x[k])))]
        for gate, what in gates.items():
            value = _fmt(float(getattr(trace, gate)[k]))
            if gate in state.clamps:
                value = QCoreApplication.translate("CellDiagram", "{value}, pinned").format(
                    value=value
                )
            said.append((what, value))
        return said + [
            (QCoreApplication.translate("CellDiagram", "cell state C(t)"), _fmt(float(trace.c[k]))),
            (
                QCoreApplication.translate("CellDiagram", "hidden state h(t)"),
                _fmt(float(trace.h[k])),
            ),
            (QCoreApplication.translate("CellDiagram", "output y(t)"), _fmt(float(trace.y[k]))),
            (
                QCoreApplication.translate("CellDiagram", "previous cell state C(t−1)"),
                _fmt(float(trace.c_prev[k])),
            ),
            (
                QCoreApplication.translate("CellDiagram", "previous hidden state h(t−1)"),
                _fmt(float(trace.h_prev[k])),
            ),
        ]

    def _set_node_value(self, node: _Node, text: str) -> None:
        if node.value is None:
            return
        rect = node.circle.rect()
        radius = rect.width() / 2
        shape = digit_shape(text)
        key = (id(node.value), shape, self._boost)
        size = self._inside_sizes.get(key)
        if size is None:
            wanted = self._sizes[node.value] * min(self._boost, NODE_BOOST_MAX)
            dy = radius * node.value_dy
            size = fitting_point_size(node.value.font(), shape, radius, dy, wanted)
            self._inside_sizes[key] = size
        if node.value.font().pointSizeF() != size:
            font = node.value.font()
            font.setPointSizeF(size)
            node.value.setFont(font)
            node.value.setText("")  # placed again below at its new size
        self._show_text(
            node.value, text, rect.center().x(), rect.center().y() + radius * node.value_dy
        )

    def _fitted_size(
        self, label: QGraphicsSimpleTextItem, text: str, width: float, height: float = 1e9
    ) -> float:
        """The text size asks for `label`'s designed size × the boost; this is as much of that
        as lets `text` fit `width` × `height` scene units."""
        shape = digit_shape(text)
        key = (id(label), shape, self._boost)
        size = self._inside_sizes.get(key)
        if size is None:
            wanted = self._sizes[label] * self._boost
            size = fitting_box_size(label.font(), shape, width, height, wanted)
            self._inside_sizes[key] = size
        return size

    def _set_point_size(self, label: QGraphicsSimpleTextItem, size: float) -> None:
        if label.font().pointSizeF() != size:
            if label.text():
                self._scene.update(label.sceneBoundingRect())  # (see `_show_text`)
            font = label.font()
            font.setPointSizeF(size)
            label.setFont(font)
            label.setText("")  # placed again at its new size

    def _show_text(
        self, item: QGraphicsSimpleTextItem, text: str, x: float, y: float, anchor: str = "c"
    ) -> None:
        """New text for a label, placed at its anchor (see `diagram_kit.show_text`)."""
        show_text(item, text, lambda: self._place(item, x, y, anchor))

    def _style_gate(self, node: _Node, activation: float | None, pinned: bool) -> None:
        """Brightness follows the activation: bright = open, dim = shut."""
        base = self._theme.color(node.key)
        level = 0.0 if activation is None else min(1.0, abs(activation))
        fill = glow_fill(base, QColor(self._theme.surface), level)
        node.circle.setBrush(QBrush(fill))
        pen = QPen(base, 5 if pinned else 2.5)
        if pinned:
            pen.setStyle(Qt.PenStyle.DashLine)
        node.circle.setPen(pen)
        text_colour = text_colour_on(fill)
        node.symbol.setBrush(text_colour)
        if node.value is not None:
            node.value.setBrush(text_colour)

    # ------------------------------------------------------------------ theme and size
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        style_frame(self, self._box, self._wires, theme)
        for backdrop in self._backdrops.values():
            backdrop.setBrush(QColor(theme.surface))
        for item, key in self._texts:
            if key == "node_text":
                continue
            if key == "weights":  # read from the back of the room: its gate's colour, not grey
                colour = theme.label(item.data(0))
            else:
                colour = theme.labels.get(key) or getattr(theme, key, theme.text)
            item.setBrush(QColor(colour))
        for node in self._ops:
            node.circle.setBrush(QColor(theme.surface_alt))
            node.circle.setPen(QPen(QColor(theme.text), 2))
            node.symbol.setBrush(QColor(theme.text))
        for node in self._io.values():
            colour = theme.color(node.key)
            node.circle.setBrush(QColor(theme.surface_alt))
            node.circle.setPen(QPen(colour, 3))
            node.symbol.setBrush(QColor(theme.label(node.key)))
            if node.value is not None:
                node.value.setBrush(QColor(theme.text))
        self.refresh()

    def _fit_text(self) -> None:
        """Font sizes for this view scale and text size (see `diagram_kit`)."""
        boost = self._new_boost()
        if boost is None:
            return
        inside = {text for node in self._all_nodes() for text in node.inside_texts()}
        inside |= {node.caption for node in self.gate_nodes.values()}
        symbols = {node.symbol: node for node in self._all_nodes() if node.symbol_inside}
        for item, size in self._sizes.items():
            font = item.font()
            wanted = size * (min(boost, NODE_BOOST_MAX) if item in inside else boost)
            node = symbols.get(item)
            if node is not None:  # a symbol stays inside its circle
                radius = node.circle.rect().width() / 2
                dy = radius * SYMBOL_DY if node.value is not None else 0.0
                wanted = fitting_point_size(font, item.text(), radius, dy, wanted)
            font.setPointSizeF(wanted)
            item.setFont(font)
            anchor = self._anchors.get(item)
            if anchor is not None:
                self._place(item, *anchor)
        self.refresh()  # values and weights fitted to their room at the new size
        self._scene.update()

    @staticmethod
    def _ink(item: QGraphicsSimpleTextItem) -> QRectF:
        """Where ``item``'s letters are, in the scene, with a little margin."""
        ink = QFontMetricsF(item.font()).tightBoundingRect(item.text())
        box = item.sceneBoundingRect()
        top = box.top() + QFontMetricsF(item.font()).ascent() + ink.top()
        return QRectF(box.left() - 3, top - 2, box.width() + 6, ink.height() + 4)

    def _all_nodes(self) -> list[_Node]:
        return [*self.gate_nodes.values(), *self._ops, *self._io.values()]

    def _fit(self) -> None:
        self.fitInView(SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()
