"""What the RNN's and the GRU's diagrams share with the LSTM's (`cell_diagram.py`): the same
visual language — a cell box, wires in the theme's colours, gates as circles that glow brighter
the more they are open, values written where they flow — on a smaller scene."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from lstm_lab.state import LabState
from lstm_lab.theme import DARK, Theme
from lstm_lab.widgets.cell_diagram import style_frame


def fmt(value: float) -> str:
    return f"{value:.3f}"


class SmallDiagram(QGraphicsView):
    """A cell drawn once on a ``rect`` scene; a subclass builds it in `build` and writes the
    step's numbers in `refresh` (after every trace or cursor change)."""

    SCENE = QRectF(0, 0, 700, 420)

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._theme = DARK
        self._scene = QGraphicsScene(self.SCENE, self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(220, 140)
        self._wires: list[tuple[QGraphicsPathItem, str, float]] = []
        self._texts: list[tuple[QGraphicsSimpleTextItem, str]] = []
        self._gates: dict[str, tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, str]] = {}
        self._ops: list[tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem]] = []
        self._ends: list[tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, str]] = []
        self.values: dict[str, QGraphicsSimpleTextItem] = {}
        self._box = QGraphicsRectItem(self.SCENE.adjusted(70, 20, -70, -20))
        self._box.setZValue(0)
        self._scene.addItem(self._box)
        self.build()
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)
        self.apply_theme(self._theme)

    # ------------------------------------------------------------------ building
    def build(self) -> None:
        raise NotImplementedError

    def refresh(self, *_args) -> None:
        raise NotImplementedError

    def text(self, text: str, size: float, key: str = "text", bold: bool = False):
        item = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setZValue(5)
        self._scene.addItem(item)
        self._texts.append((item, key))
        return item

    @staticmethod
    def place(item: QGraphicsSimpleTextItem, x: float, y: float, anchor: str = "c") -> None:
        rect = item.boundingRect()
        dx = {"c": rect.width() / 2, "l": 0.0, "r": rect.width()}[anchor]
        item.setPos(x - dx, y - rect.height() / 2)

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

    def gate(self, key: str, x: float, y: float, symbol: str, caption: str, role: str) -> None:
        """A gate: a circle that glows with its value, its function inside, its name below."""
        circle = self._circle(x, y, 34)
        sym = self.text(symbol, 15 if symbol == "σ" else 12, "node_text", bold=True)
        sym.setZValue(6)
        self.place(sym, x, y - 10)
        value = self.text("", 12.5, "node_text", bold=True)
        value.setZValue(6)
        self.values[key] = value
        label = self.text(caption, 12, role, bold=True)
        self.place(label, x, y + 50)
        self._gates[key] = (circle, sym, role)

    def op(self, x: float, y: float, symbol: str, r: float = 18) -> None:
        circle = self._circle(x, y, r)
        sym = self.text(symbol, 14 if len(symbol) == 1 else 10, "text", bold=True)
        sym.setZValue(6)
        self.place(sym, x, y)
        self._ops.append((circle, sym))

    def end(self, key: str, x: float, y: float, label: str, role: str) -> None:
        """An input or output: a ringed circle with its name and value."""
        circle = self._circle(x, y, 32)
        sym = self.text(label, 10.5, role, bold=True)
        sym.setZValue(6)
        self.place(sym, x, y - 9)
        value = self.text("", 11.5, "text", bold=True)
        value.setZValue(6)
        self.values[key] = value
        self._ends.append((circle, sym, role))

    def set_gate(self, key: str, value: float | None) -> None:
        circle, sym, role = self._gates[key]
        rect = circle.rect()
        self.put(
            key, "–" if value is None else fmt(value), rect.center().x(), rect.center().y() + 11
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
        self.put(key, "–" if value is None else fmt(value), x, y + 11)

    # ------------------------------------------------------------------ theme and size
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        style_frame(self, self._box, self._wires, theme)
        for item, key in self._texts:
            if key != "node_text":
                item.setBrush(QColor(theme.series.get(key) or getattr(theme, key, theme.text)))
        for circle, sym in self._ops:
            circle.setBrush(QColor(theme.surface_alt))
            circle.setPen(QPen(QColor(theme.text), 2))
            sym.setBrush(QColor(theme.text))
        for circle, _sym, role in self._ends:
            circle.setBrush(QColor(theme.surface_alt))
            circle.setPen(QPen(theme.color(role), 3))
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fitInView(self.SCENE, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.fitInView(self.SCENE, Qt.AspectRatioMode.KeepAspectRatio)
