"""Step 1 in pictures: the series before and after normalisation, the test span shaded, and
one window highlighted as xs → y."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import DARK, Theme


def signed(value: float) -> str:
    """ "− 0.500" for +0.5 and "+ 0.500" for −0.5: the subtraction of ``value``, written out."""
    shown = round(value, 3)
    return f"+ {-shown:.3f}" if shown < 0 else f"− {abs(shown):.3f}"


class _Panel:
    """One plot: the series, the test span, the example window and its target."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        self.test_span = pg.LinearRegionItem(movable=False)
        self.test_span.setZValue(-10)
        plot.addItem(self.test_span, ignoreBounds=True)
        self.series = pg.PlotCurveItem()
        self.window = pg.PlotCurveItem()
        self.target = pg.ScatterPlotItem(size=11)
        for item in (self.series, self.window, self.target):
            plot.addItem(item)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        plot.addItem(self.zero, ignoreBounds=True)


class SeriesPlot(QWidget):
    """Two plots over the time index: the series in its own units and z-scored."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesPlot")
        self._state = state
        self._theme = DARK
        self.view = pg.GraphicsLayoutWidget()
        self.after_view = pg.GraphicsLayoutWidget()
        self.view.setToolTip(
            self.tr(
                "Top: the series as it is. Bottom: the same series z-scored with the training "
                "part's mean and standard deviation, as the model sees it. The shaded part is "
                "the test span; the thick green stretch is one window xs and the orange dot the "
                "value y it must predict."
            )
        )
        self.after_view.setToolTip(self.view.toolTip())
        self.before = _Panel(self.view.addPlot())
        self.after = _Panel(self.after_view.addPlot())
        self.after.plot.setXLink(self.before.plot)
        self.after.plot.setLabel("bottom", self.tr("time step"))
        # Titles are labels, not plot titles: a long plot title sets the plot's least width.
        self.before_title = QLabel()
        self.before_title.setObjectName("seriesBeforeTitle")
        self.after_title = QLabel()
        self.after_title.setObjectName("seriesAfterTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        for widget in (self.before_title, self.view, self.after_title, self.after_view):
            widget.setMinimumWidth(0)
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                layout.addWidget(widget)
            else:
                layout.addWidget(widget, 1)
        state.dataChanged.connect(self.refresh)
        state.exampleChanged.connect(self._show_example)
        self.apply_theme(DARK)

    def refresh(self) -> None:
        data = self._state.data
        n = data.series.shape[0]
        x = np.arange(n, dtype=np.float64)
        for panel, values in ((self.before, data.series), (self.after, data.scaled)):
            panel.series.setData(x, values)
            panel.test_span.setRegion((data.split - 0.5, n - 0.5))
            panel.plot.setXRange(0, n - 1, padding=0.01)
            low, high = float(np.min(values)), float(np.max(values))
            pad = 0.08 * (high - low or 1.0)
            panel.plot.setYRange(low - pad, high + pad, padding=0)
        mean, std = data.normaliser.mean, data.normaliser.std
        self._titles(mean, std)
        self._show_example()

    def _titles(self, mean: float, std: float) -> None:
        self.before_title.setText(
            self.tr("<b>Before:</b> the series x(t) in its own units; shaded: the test span")
        )
        self.after_title.setText(
            self.tr(
                "<b>After:</b> z(t) = (x(t) {mean}) / {std}, z-scored with the training part's "
                "mean and std, as the model sees it"
            ).format(mean=signed(mean), std=f"{std:.3f}")
        )

    def _show_example(self, *_args) -> None:
        state = self._state
        data = state.data
        start, stop, target = state.example_window()
        x = np.arange(start, stop, dtype=np.float64)
        for panel, values in ((self.before, data.series), (self.after, data.scaled)):
            panel.window.setData(x, values[start:stop])
            panel.target.setData([float(target)], [float(values[target])])

    # ------------------------------------------------------------------ looks
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.setBackground(theme.background)
        self.after_view.setBackground(theme.background)
        span = QColor(theme.muted)
        span.setAlpha(45)
        for panel in (self.before, self.after):
            panel.series.setPen(pg.mkPen(theme.series["c"], width=1.5))
            panel.window.setPen(pg.mkPen(theme.series["x"], width=5))
            panel.target.setBrush(pg.mkBrush(theme.series["y"]))
            panel.target.setPen(pg.mkPen(theme.text, width=1))
            panel.test_span.setBrush(pg.mkBrush(span))
            for line in panel.test_span.lines:
                line.setPen(pg.mkPen(theme.muted, width=1))
            panel.zero.setPen(pg.mkPen(theme.grid, width=1))
            for name in ("left", "bottom"):
                axis = panel.plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.text))
        self.refresh()

    def set_text_scale(self, _scale: float) -> None:
        pass
