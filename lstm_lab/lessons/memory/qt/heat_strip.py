"""The LSTM's cell state over one sentence: a row per unit, a column per step, coloured by
C(t) (blue below zero, red above), the unit that carries the country marked."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)

from lstm_lab.ui.theme import DARK, Theme

FONT_POINTS = 9.0


class HeatStrip(pg.GraphicsLayoutWidget):
    """C(t) of every unit (rows) over every step (columns); see the module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellStateStrip")
        self.ci.layout.setContentsMargins(2, 2, 2, 2)
        self.plot_item = self.addPlot()
        plot = self.plot_item
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.invertY(True)
        plot.setLabel("bottom", self.tr("step t (0: the country, last: “speak”)"))
        plot.setLabel("left", self.tr("unit"))
        self.image = pg.ImageItem()
        plot.addItem(self.image)
        self.marker = pg.PlotDataItem([], [], pen=pg.mkPen("#ffffff", width=2))
        plot.addItem(self.marker)
        colours = [(40, 90, 255), (20, 20, 30), (255, 70, 50)]
        self.image.setLookupTable(
            pg.ColorMap([0.0, 0.5, 1.0], colours).getLookupTable(0.0, 1.0, 256)
        )
        self.states = np.zeros((1, 1))
        self.unit = 0
        self._theme = DARK
        self.set_text_scale(1.0)

    def show_states(self, states: np.ndarray, unit: int) -> None:
        """``states`` (H, T): C(t) of each unit; ``unit`` (0-based) is marked."""
        self.states = np.asarray(states, dtype=np.float64)
        self.unit = unit
        units, steps = self.states.shape
        bound = float(np.max(np.abs(self.states))) or 1.0
        # ImageItem's first axis is x: a column per step, a row per unit.
        self.image.setImage(self.states.T, levels=(-bound, bound), autoLevels=False)
        self.image.setRect(-0.5, 0.5, steps, units)
        top, bottom = unit + 0.5, unit + 1.5
        self.marker.setData(
            [-0.5, steps - 0.5, steps - 0.5, -0.5, -0.5], [top, top, bottom, bottom, top]
        )
        plot = self.plot_item
        plot.setXRange(-0.5, steps - 0.5, padding=0)
        plot.setYRange(0.5, units + 0.5, padding=0)
        self._place_ticks()

    def _place_ticks(self) -> None:
        """A number on every unit's row where the rows are tall enough to hold one; otherwise
        on every fourth (and the first), so that numbers never overlap."""
        units = self.states.shape[0]
        row = self.plot_item.vb.height() / max(units, 1)
        every = 1 if row >= QFontMetrics(self._font).height() else 4
        ticks = [(k, str(k)) for k in range(1, units + 1) if k == 1 or k % every == 0]
        self.plot_item.getAxis("left").setTicks([ticks, []])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if hasattr(self, "_font"):  # pyqtgraph resizes once while it is being built
            self._place_ticks()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setBackground(QColor(theme.background))
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(QColor(theme.grid)))
            axis.setTextPen(pg.mkPen(QColor(theme.text)))
            axis.label.setDefaultTextColor(QColor(theme.text))
        self.marker.setPen(pg.mkPen(QColor(theme.text), width=2))

    def set_text_scale(self, scale: float) -> None:
        font = QFont()
        font.setPointSizeF(FONT_POINTS * scale)
        self._font = font
        for side in ("left", "bottom"):
            self.plot_item.getAxis(side).setTickFont(font)
            self.plot_item.getAxis(side).label.setFont(font)
        self._place_ticks()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 150)
