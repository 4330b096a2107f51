"""Inside the model, one unit: its forget, input and output gates and its cell state over the
window being predicted (the glass-box cell, picked out of the layer)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.layout import WholeLabel
from lstm_lab.ui.lines import Series, glyph, mark, series_pen
from lstm_lab.ui.theme import DARK, Theme

# key in the activity → legend words (translated where shown), width
SERIES = (
    ("f", QT_TRANSLATE_NOOP("UnitDetailPlot", "forget gate f"), 1.5),
    ("i", QT_TRANSLATE_NOOP("UnitDetailPlot", "input gate i"), 1.5),
    ("o", QT_TRANSLATE_NOOP("UnitDetailPlot", "output gate o"), 1.5),
    ("c", QT_TRANSLATE_NOOP("UnitDetailPlot", "cell state C"), 2.5),
)
#: Each line's dash pattern and marker, as in the single cell's time series.
LOOKS = {"f": ("dashdot", "t"), "i": ("dashdotdot", "t1"), "o": ("dot", "d"), "c": ("solid", "o")}


class UnitDetailPlot(QWidget):
    """f(t), i(t), o(t) and C(t) of the unit chosen on the heatmap, t = 1 … W."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDetailPlot")
        self._state = state
        self._theme = DARK
        self.view = pg.GraphicsLayoutWidget()
        self.view.setToolTip(
            self.tr(
                "The unit picked on the heatmap: how open its forget, input and output gates "
                "are (0 to 1) at each step of the window, and its cell state C."
            )
        )
        self.plot = self.view.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", self.tr("step t of the window"))
        self.curves: dict[str, pg.PlotDataItem] = {}
        for key, words, _width in SERIES:
            dash, marker = LOOKS[key]
            curve = pg.PlotDataItem(symbol=marker, symbolSize=6)
            name = QCoreApplication.translate("UnitDetailPlot", words)
            mark(curve, Series(key, name, key, dash, marker))
            self.plot.addItem(curve)
            self.curves[key] = curve
        self.title = WholeLabel()  # as many lines as its width needs: never cut
        self.title.setObjectName("unitDetailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        for signal in (
            state.weightsChanged,
            state.exampleChanged,
            state.dataChanged,
            state.unitChanged,
        ):
            signal.connect(self.refresh)
        self.set_text_scale(1.0)
        self.apply_theme(DARK)

    def series(self) -> dict[str, np.ndarray]:
        """What is drawn for the chosen unit: f, i, o and C over the window, (W,) each."""
        activity = self._state.activity()
        unit = self._state.unit
        return {key: np.asarray(activity[key][:, unit], dtype=np.float64) for key, *_ in SERIES}

    def refresh(self, *_args) -> None:
        values = self.series()
        steps = np.arange(1, self._state.window + 1, dtype=np.float64)
        for key, curve in self.curves.items():
            curve.setData(steps, values[key])
        low = min(0.0, float(values["c"].min()))
        high = max(1.0, float(values["c"].max()))
        self.plot.setYRange(low - 0.05, high + 0.05, padding=0)
        self.plot.setXRange(0.5, steps[-1] + 0.5, padding=0)
        theme = self._theme
        names = ", ".join(
            f'<span style="color:{theme.label(key)}"><b>'
            f"{QCoreApplication.translate('UnitDetailPlot', words)}</b> "
            f"{glyph(self.curves[key].lstm_series)}</span>"
            for key, words, _width in SERIES
        )
        self.title.setText(
            self.tr("Unit {unit} over the window: {names}").format(
                unit=self._state.unit, names=names
            )
        )

    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """The unit's gates and cell state (`lstm_lab.ui.look.ShowsSeries`)."""
        return {self.objectName(): tuple(curve.lstm_series for curve in self.curves.values())}

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.setBackground(theme.background)
        for key, _words, width in SERIES:
            colour = theme.series[key]
            curve = self.curves[key]
            curve.setPen(series_pen(colour, width, LOOKS[key][0]))
            curve.setSymbolBrush(pg.mkBrush(colour))
            curve.setSymbolPen(pg.mkPen(colour))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
        self.refresh()

    def set_text_scale(self, _scale: float) -> None:
        """The title's lines follow the font (`WholeLabel`); the plot keeps six lines of
        height (the dock scrolls where it is short of them)."""
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
