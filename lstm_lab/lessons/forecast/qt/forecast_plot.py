"""Step 3 in pictures: the test span's truth against the one-step, rolling and last-value
forecasts, and how far each is off at every step ahead."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import DARK, Theme

# key → (legend words, theme colour key, width, line style). The baseline is dashed and in a
# hue of its own, so it never passes for the truth, the line it copies one step late.
CURVES = (
    ("truth", "truth", "target", 2.0, Qt.PenStyle.SolidLine),
    ("one_step", "one-step", "i", 2.0, Qt.PenStyle.SolidLine),
    ("rolling", "rolling", "y", 2.5, Qt.PenStyle.SolidLine),
    ("last_value", "last value", "baseline", 2.0, Qt.PenStyle.DashLine),
)


class ForecastPlot(QWidget):
    """Top: the truth (the window before the test span and the span itself) and the three
    forecasts. Bottom: |forecast − truth| against the steps ahead, where the rolling
    forecast's error grows. A click on the top plot shows that value's window elsewhere."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastPlot")
        self._state = state
        self._theme = DARK
        self.view = pg.GraphicsLayoutWidget()
        self.view.setToolTip(
            "One-step: each prediction from the W true values before it. Rolling: each "
            "prediction fed back as the next input, so errors pile up. Last value: the "
            "baseline that predicts each value by the one before it. Click a point to see "
            "its window inside the model."
        )
        self.legend = pg.LegendItem(colCount=2, horSpacing=14, verSpacing=-6)
        self.view.addItem(self.legend, row=0, col=0)
        self.top = self.view.addPlot(row=1, col=0)
        self.bottom = self.view.addPlot(row=2, col=0)
        self.view.ci.layout.setRowStretchFactor(1, 3)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        for plot in (self.top, self.bottom):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.top.setLabel("bottom", "time step")
        self.bottom.setLabel("bottom", "steps ahead into the test span")
        self.split_line = pg.InfiniteLine(angle=90, movable=False)
        self.top.addItem(self.split_line, ignoreBounds=True)
        self.example_line = pg.InfiniteLine(angle=90, movable=False)
        self.top.addItem(self.example_line, ignoreBounds=True)
        self.curves: dict[str, pg.PlotCurveItem] = {}
        self.errors: dict[str, pg.PlotCurveItem] = {}
        for key, words, _colour, _width, _style in CURVES:
            curve = pg.PlotCurveItem()
            self.top.addItem(curve)
            self.curves[key] = curve
            self.legend.addItem(curve, words)
            if key != "truth":
                error = pg.PlotCurveItem()
                self.bottom.addItem(error)
                self.errors[key] = error
        self.hint = QLabel("Press Train: the model's forecasts appear here.", self)
        self.hint.setObjectName("forecastHint")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
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
        baseline = state.baseline()
        self.curves["last_value"].setData(x_test, baseline)
        targets = data.test_values
        ahead = np.arange(1, targets.shape[0] + 1, dtype=np.float64)
        self.errors["last_value"].setData(ahead, np.abs(baseline - targets))
        report = state.report()
        mses = None if report is None else report.mses
        for key in ("one_step", "rolling"):
            if report is None:
                self.curves[key].setData([], [])
                self.errors[key].setData([], [])
            else:
                values = getattr(report, key)
                self.curves[key].setData(x_test, values)
                self.errors[key].setData(ahead, np.abs(values - targets))
        base_mse = float(np.mean((baseline - targets) ** 2))
        # Fixed-width numbers: a legend that changes width lays the plot out again.
        names = {"truth": "truth", "last_value": f"last value (MSE {base_mse:.1e})"}
        for key in ("one_step", "rolling"):
            word = key.replace("_", "-")
            names[key] = word if mses is None else f"{word} (MSE {mses[key]:.1e})"
        for sample, label in self.legend.items:
            key = next(k for k, curve in self.curves.items() if curve is sample.item)
            label.setText(names[key], color=self._theme.text)
        self.hint.setVisible(report is None)
        self.split_line.setValue(data.split - 0.5)
        self.top.setXRange(first, n - 1, padding=0.02)
        self.bottom.setXRange(1, targets.shape[0], padding=0.02)
        self._fit_y(truth, report)
        self._show_example()

    def _fit_y(self, truth: np.ndarray, report) -> None:
        low, high = float(np.min(truth)), float(np.max(truth))
        span = high - low or 1.0
        if report is not None:  # a wild forecast must not squash the truth out of sight
            for values in (report.one_step, report.rolling):
                finite = values[np.isfinite(values)]
                if finite.size:
                    low = max(min(low, float(finite.min())), low - span)
                    high = min(max(high, float(finite.max())), high + span)
        pad = 0.08 * (high - low or 1.0)
        self.top.setYRange(low - pad, high + pad, padding=0)
        errors = [np.abs(self._state.baseline() - self._state.data.test_values)]
        if report is not None:
            errors += [np.abs(report.one_step - report.targets)]
            errors += [np.abs(report.rolling - report.targets)]
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

    # ------------------------------------------------------------------ looks
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.setBackground(theme.background)
        for key, _words, colour, width, style in CURVES:
            pen = pg.mkPen(theme.color(colour), width=width, style=style)
            self.curves[key].setPen(pen)
            if key in self.errors:
                self.errors[key].setPen(pen)
        self.split_line.setPen(pg.mkPen(theme.muted, width=1))
        self.example_line.setPen(pg.mkPen(theme.series["x"], width=1))
        for plot in (self.top, self.bottom):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.text))
        self.bottom.setTitle("|forecast − truth|", color=theme.text, size="10pt")
        self.hint.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.refresh()

    def set_text_scale(self, _scale: float) -> None:
        self._place_hint()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_hint()

    def _place_hint(self) -> None:
        self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, self.height() // 3)
