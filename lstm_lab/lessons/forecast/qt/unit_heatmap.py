"""Inside the model: the hidden state of every unit over the window being predicted, as a
heatmap (a row per unit, a column per step). A click on a row picks that unit."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.layout import WholeLabel
from lstm_lab.ui.theme import DARK, Theme


def plain(value: float) -> str:
    """Three decimals, without the minus of a value that rounds to zero."""
    text = f"{value:.3f}"
    return text[1:] if text == "-0.000" else text


class UnitHeatmap(QWidget):
    """h(t) of the H units over the highlighted window, blue (negative) to orange."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitHeatmap")
        self._state = state
        self._theme = DARK
        self.view = pg.GraphicsLayoutWidget()
        self.view.setToolTip(
            self.tr(
                "Each row is one unit of the LSTM layer, each column one step of the window the "
                "model reads before its prediction. Orange: h near +1, blue: near −1. Click a "
                "row to see that unit's gates and cell state."
            )
        )
        self.plot = self.view.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setLabel("bottom", self.tr("step t of the window"))
        self.plot.setLabel("left", self.tr("unit"))
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setLevels((-1.0, 1.0))
        self.plot.addItem(self.image)
        self.marker = QGraphicsRectItem()
        self.plot.addItem(self.marker)
        self.title = WholeLabel()  # as many lines as its width needs: never cut
        self.title.setObjectName("heatmapTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        for signal in (state.weightsChanged, state.exampleChanged, state.dataChanged):
            signal.connect(self.refresh)
        state.unitChanged.connect(self._show_unit)
        self.set_text_scale(1.0)
        self.apply_theme(DARK)

    def values(self) -> np.ndarray:
        """What is drawn: h, (W, H)."""
        return self._state.activity()["h"]

    def refresh(self, *_args) -> None:
        state = self._state
        h = np.asarray(self.values(), dtype=np.float64)
        steps, units = h.shape
        # Symmetric levels in quarters: a trained layer's h often stays within ±0.5.
        self.level = max(0.25, float(np.ceil(np.abs(h).max() * 4) / 4)) if h.size else 1.0
        self.image.setImage(h, levels=(-self.level, self.level), autoLevels=False)
        # Columns are the steps 1…W, rows the units 0…H−1.
        self.image.setRect(QRectF(0.5, -0.5, steps, units))
        self.plot.setXRange(0.5, steps + 0.5, padding=0)
        self.plot.setYRange(-0.5, units - 0.5, padding=0)
        start, stop, target = state.example_window()
        activity = state.activity()
        truth = float(state.data.series[target])
        self.title.setText(
            self.tr(
                "h(t) of the {units} units over the window x({start}) … x({last}); the model "
                "predicts ŷ = {prediction}, the true x({target}) = {truth}. Blue −{level} … "
                "orange +{level}. Click a unit."
            ).format(
                units=units,
                start=start,
                last=stop - 1,
                prediction=plain(float(activity["prediction"])),
                target=target,
                truth=plain(truth),
                level=f"{self.level:g}",
            )
        )
        self._show_unit()

    def _show_unit(self, *_args) -> None:
        steps = self._state.window
        unit = self._state.unit
        self.marker.setRect(QRectF(0.5, unit - 0.5, steps, 1.0))

    def _clicked(self, event) -> None:
        position = event.scenePos()
        if not self.plot.vb.sceneBoundingRect().contains(position):
            return
        y = self.plot.vb.mapSceneToView(position).y()
        self._state.set_unit(int(np.floor(y + 0.5)))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.setBackground(theme.background)
        colours = [QColor("#2f6bff"), QColor(theme.background), QColor("#ff9900")]
        if theme.name == "light":
            colours = [QColor("#0047d6"), QColor("#f4f5f8"), QColor("#c25e00")]
        lut = pg.ColorMap([0.0, 0.5, 1.0], colours).getLookupTable(0.0, 1.0, 256)
        self.image.setLookupTable(lut)
        pen = pg.mkPen(theme.text, width=2)
        self.marker.setPen(pen)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
        self.refresh()

    def set_text_scale(self, _scale: float) -> None:
        """The title's lines follow the font (`WholeLabel`); the plot keeps six lines of
        height (the dock scrolls where it is short of them)."""
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
