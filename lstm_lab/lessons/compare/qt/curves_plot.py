"""A plot of a few named curves against one axis, linear or logarithmic: the three cells' hidden
states, their retention and gradients after a pulse, their losses in the race."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)

from lstm_lab.lessons.compare.qt.legend_row import add_legend_row, fit_legend
from lstm_lab.ui.axis_ticks import axis_ticks, font_pixels, log_axis_ticks, ticks_that_fit
from lstm_lab.ui.dense_lines import DENSE_WIDTH, decimate
from lstm_lab.ui.lines import DASHES, MARKER_SIZE, Series, mark, marker_index, series_pen
from lstm_lab.ui.theme import DARK, Theme

#: A log axis cannot show 0: smaller values are drawn at this floor.
LOG_FLOOR = 1e-12
#: The axis numbers' and the legend's size at text size 1×, in points.
FONT_POINTS = 9.0
#: The least height of the data area, in pixels: the curves and their numbers stay readable.
PLOT_HEIGHT = 120
#: A curve's line style by name: the curves of a plot differ in dashes and markers as well as
#: in colour (`lstm_lab.ui.lines`).
PEN_STYLES = DASHES


class CurvesPlot(pg.GraphicsLayoutWidget):
    """Curves keyed by name, each in a theme colour role; ``log_y`` draws a log y axis whose
    range follows the data in whole decades (at least ``min_decades`` of them). The legend has
    a row of its own above the plot (`legend_row`), so it never covers a curve; the y axis has
    as many numbers as its height holds at the text size (`axis_ticks`), never piled up."""

    def __init__(
        self,
        object_name: str,
        x_label: str,
        y_label: str,
        *,
        log_y: bool = False,
        y_range: tuple[float, float] | None = None,
        min_decades: int = 3,
        tooltip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setToolTip(tooltip)
        self.setMinimumWidth(220)
        self.ci.layout.setContentsMargins(2, 2, 2, 2)
        self.ci.layout.setVerticalSpacing(0)
        self.legend = add_legend_row(self.ci)
        self.plot_item = self.addPlot(row=1, col=0)
        self._log = log_y
        self._y_range = y_range
        self._min_decades = min_decades
        self._theme = DARK
        self._scale = 1.0
        plot = self.plot_item
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setLogMode(x=False, y=log_y)
        plot.setLabel("bottom", x_label)
        plot.setLabel("left", y_label)
        # Tick labels are the values themselves: pyqtgraph's automatic unit prefix wrote
        # "(x0.001)" after the name and 0.1 for an MSE of 0.0001.
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.disableAutoRange()
        self.curves: dict[str, pg.PlotDataItem] = {}
        #: Each curve's markers, thinned to a readable spacing (`lines.marker_index`).
        self.markers: dict[str, pg.PlotDataItem] = {}
        self._series: dict[str, Series] = {}  # the curves with a legend entry
        self._roles: dict[str, tuple[str, str, float | None]] = {}
        self._fitted: set[str] = set()  # the curves the axes follow
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # every point, as given
        self._columns = 0  # pixel columns the long curves were decimated for (0: none yet)
        self._dense: set[str] = set()  # the curves with more points than pixel columns
        self._shown: tuple[float, float, float, float] | None = None
        self._y_shown: tuple[float, float] = (-min_decades, 0.0) if log_y else (0.0, 1.0)
        self._ticks_for: tuple | None = None
        plot.setYRange(*self._y_shown, padding=0.04)  # (log10 units if log) until there is data
        plot.vb.sigResized.connect(self._fit_ticks)
        plot.vb.sigResized.connect(self._follow_width)
        self.set_text_scale(1.0)

    def add_curve(
        self,
        key: str,
        name: str,
        role: str,
        dashed: bool = False,
        *,
        style: str | None = None,
        width: float | None = None,
        marker: str | None = None,
        legend: bool = True,
        fits: bool = True,
    ) -> None:
        """A curve in the theme colour ``role``, drawn ``style`` ("solid", "dash", "dot",
        "dashdot", "dashdotdot"; ``dashed`` is "dash"), with ``marker`` (a pyqtgraph symbol,
        `lines.MARKERS`) along it. ``legend``: it has an entry in the legend, which shows the
        dashes and the marker; ``fits``: the axes follow it (a reference line that leaves the
        data's range is cut off by the view instead)."""
        chosen = style or ("dash" if dashed else "solid")
        series = Series(key, name, role, chosen, marker)  # (refuses unknown styles)
        curve = self.plot_item.plot([], [])
        self.curves[key] = curve
        mark(curve, series)
        if marker is not None:  # (a data item: it follows the log axis as the curve does)
            dots = self.plot_item.plot([], [], pen=None, symbol=marker, symbolSize=MARKER_SIZE)
            curve.visibleChanged.connect(lambda c=curve, d=dots: d.setVisible(c.isVisible()))
            self.markers[key] = dots
        if legend:
            self._series[key] = series
        self._roles[key] = (role, chosen, width)
        self._data[key] = (np.empty(0), np.empty(0))
        if fits:
            self._fitted.add(key)
        self._pen(key)
        if legend:
            self.legend.addItem(curve, name)
            self._style_legend()

    def style_of(self, key: str) -> str:
        """The line style curve ``key`` was given ("solid", "dash", "dot" or "dashdot")."""
        return self._roles[key][1]

    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """The curves with a legend entry (`lstm_lab.ui.look.ShowsSeries`)."""
        return {self.objectName(): tuple(self._series.values())}

    def set_data(self, key: str, x, y) -> None:
        """Show ``y`` against ``x``; a curve with more points than the plot has pixel columns
        is drawn as the lowest and highest value in each column, thin (`dense_lines`)."""
        y = np.asarray(y, dtype=np.float64)
        if self._log:
            y = np.where(np.isfinite(y), np.maximum(y, LOG_FLOOR), np.nan)
        self._data[key] = (np.asarray(x, dtype=np.float64), y)
        self._draw(key)

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Every point of curve ``key`` as given (the log floor applied), drawn or not."""
        return self._data[key]

    def _draw(self, key: str) -> None:
        x, y = self._data[key]
        dense = len(x) > self._columns > 0
        if dense != (key in self._dense):
            if dense:
                self._dense.add(key)
            else:
                self._dense.discard(key)
            self._pen(key)
        style = self._roles[key][1] if dense else "solid"  # (a thin line keeps its dashes)
        self.curves[key].setData(*decimate(x, y, self._columns, style), connect="finite")
        dots = self.markers.get(key)
        if dots is not None:
            keys = list(self.curves)
            shown = marker_index(len(x), max(self._columns, 200), keys.index(key) / len(keys))
            finite = shown[np.isfinite(y[shown])] if len(shown) else shown
            dots.setData(x[finite], y[finite])

    def _follow_width(self, *_args) -> None:
        """The view's width in pixel columns: long curves are decimated for it."""
        columns = max(1, round(self.plot_item.vb.width()))
        if columns != self._columns:
            self._columns = columns
            for key in self.curves:
                self._draw(key)

    def fit(self) -> None:
        """Fit the axes to every visible curve, changing them only when they must change:
        redrawing the axes is most of the cost of an update."""
        xs, ys = [], []
        for key, curve in self.curves.items():
            if not curve.isVisible() or key not in self._fitted:
                continue
            x, y = self._data[key]
            if len(x):
                xs.append(x)
                ys.append(y[np.isfinite(y)])
        if not xs:
            return
        x_all = np.concatenate(xs)
        y_all = np.concatenate(ys) if ys else np.empty(0)
        x_low, x_high = float(x_all.min()), float(max(x_all.max(), x_all.min() + 1))
        if self._y_range is not None:
            y_low, y_high = self._y_range
        elif self._log:
            positive = y_all[y_all > 0]
            if not len(positive):
                positive = np.array([1.0])
            y_high = float(np.ceil(np.log10(positive.max())))
            y_low = float(np.floor(np.log10(positive.min())))
            y_low = min(y_low, y_high - self._min_decades)
            y_low = max(y_low, y_high - 12)
        else:
            y_low = float(min(y_all.min(), 0.0)) if len(y_all) else 0.0
            y_high = float(max(y_all.max(), 0.0)) if len(y_all) else 1.0
            if y_high - y_low < 1e-9:
                y_high = y_low + 1.0
        shown = (x_low, x_high, y_low, y_high)
        if shown != self._shown:
            self._shown = shown
            plot = self.plot_item
            plot.setXRange(x_low, x_high, padding=0.02)
            plot.setYRange(y_low, y_high, padding=0.04)
            self._y_shown = (y_low, y_high)
            self._fit_ticks()

    def _fit_ticks(self, *_args) -> None:
        """Round numbers on the y axis, as many as its height holds at the text size."""
        line = font_pixels(FONT_POINTS * self._scale)
        most = ticks_that_fit(self.plot_item.vb.height(), line)
        key = (most, self._y_shown)
        if key == self._ticks_for:
            return
        self._ticks_for = key
        ticks = log_axis_ticks if self._log else axis_ticks
        self.plot_item.getAxis("left").setTicks([ticks(*self._y_shown, most), []])

    # ------------------------------------------------------------------ look
    def _pen(self, key: str) -> None:
        role, style, width = self._roles[key]
        colour = QColor(self._theme.series.get(role) or getattr(self._theme, role, "#888888"))
        dots = self.markers.get(key)
        if dots is not None:
            dots.setSymbolPen(pg.mkPen(colour))
            dots.setSymbolBrush(pg.mkBrush(colour))
        if key in self._dense:  # dashes as gaps in the decimated line (`dense_lines`)
            self.curves[key].setPen(pg.mkPen(colour, width=DENSE_WIDTH))
            return
        if width is None:
            width = 2.5 if style == "solid" else 1.5
        self.curves[key].setPen(series_pen(colour, width, style))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setBackground(QColor(theme.background))
        text = QColor(theme.text)
        plot = self.plot_item
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(pg.mkPen(QColor(theme.grid)))
            axis.setTextPen(pg.mkPen(text))
            axis.label.setDefaultTextColor(text)
        for key in self.curves:
            self._pen(key)
        self._style_legend()

    def set_text_scale(self, scale: float) -> None:
        self._scale = scale
        font = QFont()
        font.setPointSizeF(FONT_POINTS * scale)
        plot = self.plot_item
        for side in ("left", "bottom"):
            plot.getAxis(side).setTickFont(font)
            plot.getAxis(side).label.setFont(font)
        self._style_legend()
        self._fit_ticks()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Room for PLOT_HEIGHT pixels of data under the legend (as many rows as it has at
        this width) and above the x axis, at this text size."""
        legend = self.legend.boundingRect().height() if self.legend.items else 0.0
        axis = self.plot_item.getAxis("bottom")
        line = font_pixels(FONT_POINTS * self._scale)
        below = max(axis.height(), 2.6 * line)  # its numbers and its name
        return QSize(220, round(PLOT_HEIGHT + legend + below + 8))

    def _style_legend(self) -> None:
        """The entries' words in the theme's text colour and the text size (a LegendItem's own
        setters reach only the entries added after them), as many side by side as fit."""
        for _sample, label in self.legend.items:
            label.setText(
                label.text, color=self._theme.text, size=f"{FONT_POINTS * self._scale:.1f}pt"
            )
        # New words are new widths: the legend's size and its place in the row follow them
        # even when the number of columns stays.
        self.legend.updateGeometry()
        self._fit_legend()

    def _fit_legend(self) -> None:
        if fit_legend(self.legend, self.viewport().width() - 8):
            # Fewer columns make the legend narrower: the plot's item may shrink back to the
            # view (it had to be as wide as the widest legend, and the view sets its size only
            # when it is resized).
            self.ci.layout.invalidate()
            self.ci.setGeometry(self.range)
            self.updateGeometry()  # another number of rows: another least height

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if hasattr(self, "legend"):  # (the base class resizes while it is being built)
            self._fit_legend()
