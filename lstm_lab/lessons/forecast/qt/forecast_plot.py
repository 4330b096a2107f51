"""Step 3 in pictures: the test span's truth against the LSTM's one-step and rolling forecasts
and the baselines' (last value; AR(W) one-step and rolling), how far each is off at every step
ahead, and their MSEs in a table below."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.lessons.forecast.qt.forecast_table import ForecastTable
from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.lines import (
    MARKER_SIZE,
    Series,
    SeriesSample,
    mark,
    marker_index,
    series_pen,
)
from lstm_lab.ui.speech import Speech
from lstm_lab.ui.theme import DARK, Theme

# key → (theme colour key, width, dash pattern, marker). No two lines share both their dash and
# their marker, so none is told by colour alone. The baseline is dashed and in a hue of its
# own, so it never passes for the truth, the line it copies one step late. AR's two lines
# share a hue no other line has, with a dash-dot or dotted line and a marker at every value:
# on a sine they lie on the truth, and the markers show them there. The LSTM's forecasts carry
# markers every few dozen pixels (they are drawn again at every epoch of training).
CURVES = (
    ("truth", "target", 2.0, "solid", None),
    ("one_step", "i", 2.0, "solid", "t1"),
    ("rolling", "y", 2.5, "dashdotdot", "s"),
    ("last_value", "baseline", 2.0, "dash", None),
    ("ar_one_step", "ar", 1.5, "dashdot", "x"),
    ("ar_rolling", "ar", 1.5, "dot", "o"),
)
#: The lines whose markers stand at every value (the rest: thinned, `lines.marker_index`).
EVERY_VALUE = ("ar_one_step", "ar_rolling")
#: The axes' numbers at 1× text, in points.
TICK_POINTS = 9.0
#: The forecasts that need no training, drawn from the start.
BASELINES = ("last_value", "ar_one_step", "ar_rolling")
#: The LSTM's forecasts, drawn once it is trained.
TRAINED = ("one_step", "rolling")


class ForecastPlot(QWidget):
    """Top: the truth (the window before the test span and the span itself) and the five
    forecasts. Middle: |forecast − truth| against the steps ahead, where the rolling
    forecasts' errors pile up. Bottom: the MSE table (`ForecastTable`). A click on the top
    plot shows that value's window elsewhere."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastPlot")
        self._state = state
        self._theme = DARK
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("forecastCurves")
        self.view.setToolTip(
            self.tr(
                "One-step: each prediction from the W true values before it. Rolling: each "
                "prediction fed back as the next input, so errors pile up. Last value: the "
                "baseline that predicts each value by the one before it. AR(W): the linear "
                "baseline, a weighted sum of the same W values plus a constant, fitted by "
                "least squares to the training windows (one-step and rolling, like the "
                "LSTM's). Click a point to see its window inside the model."
            )
        )
        self.legend = pg.LegendItem(
            colCount=2, horSpacing=14, verSpacing=-6, sampleType=SeriesSample
        )
        self.view.addItem(self.legend, row=0, col=0)
        self.top = self.view.addPlot(row=1, col=0)
        self.bottom = self.view.addPlot(row=2, col=0)
        self.view.ci.layout.setRowStretchFactor(1, 3)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        for plot in (self.top, self.bottom):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.top.setLabel("bottom", self.tr("time step"))
        self.bottom.setLabel("bottom", self.tr("steps ahead into the test span"))
        self.split_line = pg.InfiniteLine(angle=90, movable=False)
        self.top.addItem(self.split_line, ignoreBounds=True)
        self.example_line = pg.InfiniteLine(angle=90, movable=False)
        self.top.addItem(self.example_line, ignoreBounds=True)
        self.curves: dict[str, pg.PlotCurveItem | pg.PlotDataItem] = {}
        self.errors: dict[str, pg.PlotCurveItem] = {}
        #: The thinned markers of the LSTM's forecasts.
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        for key, colour, _width, style, marker in CURVES:
            # A line with a marker at every value is a PlotDataItem (a line and a scatter); the
            # rest are lines, with a scatter of their own for thinned markers.
            every = key in EVERY_VALUE
            curve = pg.PlotDataItem() if every else pg.PlotCurveItem()
            if every:  # under the other lines, which stay visible on top
                curve.setZValue(-1)
            mark(curve, Series(key, key, colour, style, marker))
            self.top.addItem(curve)
            self.curves[key] = curve
            if marker is not None and not every:
                dots = self.markers[key] = pg.ScatterPlotItem(symbol=marker, size=MARKER_SIZE)
                self.top.addItem(dots)
                curve.visibleChanged.connect(lambda c=curve, d=dots: d.setVisible(c.isVisible()))
            self.legend.addItem(curve, key)
            if key != "truth":
                error = pg.PlotCurveItem()
                mark(error, Series(key, key, colour, style))
                error.setZValue(curve.zValue())
                self.bottom.addItem(error)
                self.errors[key] = error
        self._drawn_baselines = None  # the baselines the curves show
        self.table = ForecastTable(state)
        self.speech = Speech(self.view, self.spoken_words)
        self.hint = QLabel(self.tr("Press Train: the model's forecasts appear here."), self)
        self.hint.setObjectName("forecastHint")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        state.dataChanged.connect(self.refresh)
        state.weightsChanged.connect(self.refresh)
        state.exampleChanged.connect(self._show_example)
        self.apply_theme(DARK)

    # ------------------------------------------------------------------ data
    def mses(self) -> dict[str, float] | None:
        report = self._state.report()
        return None if report is None else report.mses

    def refresh(self) -> None:
        state = self._state
        data = state.data
        window = state.window
        first = data.split - window
        n = data.series.shape[0]
        x_all = np.arange(first, n, dtype=np.float64)
        x_test = np.arange(data.split, n, dtype=np.float64)
        truth = data.series[first:]
        self.curves["truth"].setData(x_all, truth)
        targets = data.test_values
        ahead = np.arange(1, targets.shape[0] + 1, dtype=np.float64)
        base = state.baselines()
        if self._drawn_baselines is not base:  # they change with the data, not in training
            self._drawn_baselines = base
            for key in BASELINES:
                values = getattr(base, key)
                self.curves[key].setData(x_test, values)
                self.errors[key].setData(ahead, np.abs(values - targets))
        report = state.report()
        columns = max(200, round(self.top.vb.width()))
        for key in TRAINED:
            if report is None:
                self.curves[key].setData([], [])
                self.errors[key].setData([], [])
                self.markers[key].setData([], [])
            else:
                values = getattr(report, key)
                self.curves[key].setData(x_test, values)
                self.errors[key].setData(ahead, np.abs(values - targets))
                # Over the test span, which is about the last third of the plot's width.
                phase = TRAINED.index(key) / len(TRAINED)
                shown = marker_index(len(values), columns * len(values) // len(x_all), phase)
                shown = shown[np.isfinite(values[shown])]
                self.markers[key].setData(x_test[shown], values[shown])
        mses = state.forecast_mses()
        # Fixed-width numbers: a legend that changes width lays the plot out again.
        names = {
            "truth": self.tr("truth"),
            "one_step": self.tr("one-step"),
            "rolling": self.tr("rolling"),
            "last_value": self.tr("last value"),
            "ar_one_step": self.tr("AR({window}) one-step").format(window=window),
            "ar_rolling": self.tr("AR({window}) rolling").format(window=window),
        }
        for key, value in mses.items():
            if value is not None:
                names[key] = self.tr("{name} (MSE {mse})").format(
                    name=names[key], mse=f"{value:.1e}"
                )
        for sample, label in self.legend.items:
            key = next(k for k, curve in self.curves.items() if curve is sample.item)
            if (label.text, label.opts.get("color")) != (names[key], self._theme.text):
                label.setText(names[key], color=self._theme.text)
        self.table.refresh()
        self.hint.setVisible(report is None)
        self.split_line.setValue(data.split - 0.5)
        self.top.setXRange(first, n - 1, padding=0.02)
        self.bottom.setXRange(1, targets.shape[0], padding=0.02)
        self._fit_y(truth, report)
        self._show_example()
        self.speech.changed()

    def spoken_words(self) -> tuple[str, str]:
        """What a screen reader hears of the plot: the error of every forecast over the test
        span, as the table below it writes it."""
        return self.tr("Forecasts over the test span"), self.tr("Test MSE: {errors}").format(
            errors=self.table.spoken()
        )

    def _fit_y(self, truth: np.ndarray, report) -> None:
        low, high = float(np.min(truth)), float(np.max(truth))
        span = high - low or 1.0
        base = self._state.baselines()
        forecasts = [base.ar_one_step, base.ar_rolling]
        if report is not None:
            forecasts += [report.one_step, report.rolling]
        for values in forecasts:  # a wild forecast must not squash the truth out of sight
            finite = values[np.isfinite(values)]
            if finite.size:
                low = max(min(low, float(finite.min())), low - span)
                high = min(max(high, float(finite.max())), high + span)
        pad = 0.08 * (high - low or 1.0)
        self.top.setYRange(low - pad, high + pad, padding=0)
        targets = self._state.data.test_values
        errors = [np.abs(self._state.baseline() - targets)]
        errors += [np.abs(values - targets) for values in forecasts]
        top = max(float(np.nanmax(e)) if np.isfinite(e).any() else 0.0 for e in errors)
        self.bottom.setYRange(0, min(max(top, 1e-6), 2 * span) * 1.05, padding=0)

    def _show_example(self, *_args) -> None:
        _start, _stop, target = self._state.example_window()
        self.example_line.setValue(float(target))

    def _clicked(self, event) -> None:
        position = event.scenePos()
        if not self.top.sceneBoundingRect().contains(position):
            return
        x = self.top.vb.mapSceneToView(position).x()
        self._state.set_example(round(x) - self._state.window)

    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """The forecasts on the top plot and their errors below (`ShowsSeries`)."""
        return {
            "forecastTop": tuple(curve.lstm_series for curve in self.curves.values()),
            "forecastErrors": tuple(error.lstm_series for error in self.errors.values()),
        }

    # ------------------------------------------------------------------ looks
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.setBackground(theme.background)
        for key, colour, width, style, marker in CURVES:
            pen = series_pen(theme.color(colour), width, style)
            self.curves[key].setPen(pen)
            if key in self.errors:
                self.errors[key].setPen(pen)
            if key in self.markers:
                self.markers[key].setPen(pg.mkPen(theme.color(colour)))
                self.markers[key].setBrush(pg.mkBrush(theme.color(colour)))
            elif marker is not None:
                # Markers on the forecasts only: each one is painted again at every refresh
                # while the model trains; the error plot keeps the lines' own dashes.
                curve = self.curves[key]
                curve.setSymbol(marker)
                curve.setSymbolSize(6)
                curve.setSymbolPen(pg.mkPen(theme.color(colour), width=1.2))
                curve.setSymbolBrush(None if marker == "o" else theme.color(colour))
        self.split_line.setPen(pg.mkPen(theme.muted, width=1))
        self.example_line.setPen(pg.mkPen(theme.series["x"], width=1))
        for plot in (self.top, self.bottom):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.text))
        self.bottom.setTitle(self.tr("|forecast − truth|"), color=theme.text, size="10pt")
        self.hint.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.refresh()

    def set_text_scale(self, scale: float) -> None:
        """The axes' numbers and names grow with the text size (and in presenter mode)."""
        font = QFont()
        font.setPointSizeF(TICK_POINTS * scale)
        for plot in (self.top, self.bottom):
            for side in ("left", "bottom"):
                plot.getAxis(side).setTickFont(font)
                plot.getAxis(side).label.setFont(font)
        self.table.set_text_scale(scale)
        self._place_hint()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_hint()

    def _place_hint(self) -> None:
        self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, self.height() // 3)
