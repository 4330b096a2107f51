"""The time series: input, states, gates and output against t, up to the current step."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.engine import LSTM, ScalarCell
from lstm_lab.ui.axis_ticks import axis_ticks
from lstm_lab.ui.dense_lines import DENSE_WIDTH, decimate
from lstm_lab.ui.lines import MARKER_SIZE, Series, SeriesSample, mark, marker_index, series_pen
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

MAX_DOTS = 30
GATE_KEYS = tuple(  # the lines that live in 0…1 and get an axis of their own when needed
    spec.key for spec in LSTM.series if spec.key in LSTM.gates and spec.low == 0.0
)
#: Up to this many steps, the lines are stroked with Qt's dashes; longer ones are drawn with a
#: solid pen and their dashes as gaps along the time axis (`dense_lines`): Qt strokes a long
#: dashed line dash by dash (a third of a second at T = 10,000).
MAX_STYLED = 400

#: The dash pattern and marker of each line, so that no two lines share both and none is told
#: by its colour alone (the cell's own dash where it gives one: h dashed, y dotted).
LOOKS = {
    "x": ("solid", "s"),
    "c": ("solid", "o"),
    "h": ("dash", "h"),
    "f": ("dashdot", "t"),
    "i": ("dashdotdot", "t1"),
    "o": ("dot", "d"),
    "y": ("dot", "x"),
    "target": ("dash", "+"),
}
#: Line widths by colour role: the memory and the output stand out, the gates stay thin.
_WIDTHS = {"cell": 2.5, "output": 2.5, "forget": 1.5, "input_gate": 1.5, "output_gate": 1.5}


def series_rows(cell: ScalarCell) -> tuple[tuple[str, str, str, float], ...]:
    """(key in the trace, legend name, dash pattern, width) of every line, from the cell's own
    description of its trace, and the target last."""
    rows = tuple(
        (
            spec.key,
            f"{spec.symbol}(t) {spec.name}",
            LOOKS.get(spec.key, (spec.style, None))[0],
            _WIDTHS.get(spec.role, 2.0),
        )
        for spec in cell.series
    )
    return (*rows, ("target", "target", "dash", 2.0))


SERIES = series_rows(LSTM)
#: The words of the legend (the engine's names of the lines and "target"), marked for the
#: translation files; `TimeSeriesPlot` translates them where it shows them.
LEGEND_WORDS = (
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "input"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "cell state"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "hidden state"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "forget gate"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "input gate"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "output gate"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "output"),
    QT_TRANSLATE_NOOP("TimeSeriesPlot", "target"),
)


def padded_range(low: float, high: float) -> tuple[float, float]:
    """Rounded outwards to a coarse grid, so small changes (a slider drag, a training epoch)
    leave the axis alone: redrawing pyqtgraph's axis text is the plot's dearest part."""
    step = nice_step(high - low)
    return (
        math.floor(low / step) * step - 0.08 * step,
        math.ceil(high / step) * step + 0.08 * step,
    )


def nice_step(span: float) -> float:
    """A round grid step (1, 2 or 5 times a power of ten) giving about four steps over span."""
    raw = max(span, 1e-9) / 4
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


GATES_RANGE = padded_range(0.0, 1.0)


class TimeSeriesPlot(QWidget):
    """pyqtgraph plot of the trace; each new step adds a point, a cursor marks the step."""

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._theme = DARK
        self._dots = True
        self._text_scale = 1.0
        self._shown: dict[str, np.ndarray] = {}
        self._styled = True  # dashes and dots on h, y and the target (short sequences)
        self._dense = False  # more steps than pixel columns: thin lines
        self._columns = 0  # pixel columns of the plot the long lines were decimated for
        self._pinned: frozenset[str] = frozenset()
        self._x_range: tuple[float, float] | None = None
        self._y_range: tuple[float, float] | None = None
        # The legend sits in its own row above the plot, so it never hides a line.
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("timeSeriesPlot")
        self.setObjectName("timeSeriesPanel")
        self.plot_widget.setToolTip(
            self.tr(
                "Every quantity of the cell against the time step. Click a legend entry to hide "
                "or show its line. The vertical line is the current step."
            )
        )
        self.legend = pg.LegendItem(
            colCount=4, horSpacing=18, verSpacing=-6, sampleType=SeriesSample
        )
        self.plot_item = pg.PlotItem()
        self.plot_widget.addItem(self.legend, row=0, col=0)
        self.plot_widget.addItem(self.plot_item, row=1, col=0)
        self.plot_widget.ci.layout.setRowStretchFactor(1, 10)
        plot = self.plot_item
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        # Faint lines at 0 and 1, the range of every gate, instead of a grid (pyqtgraph's grid
        # costs more to paint than all the curves together).
        self.bounds = [pg.InfiniteLine(pos=v, angle=0, movable=False) for v in (0.0, 1.0)]
        plot.setLabel("bottom", self.tr("time step t"))
        # The gates (0…1) have an axis of their own on the right: a cell state that grows to
        # 5 would otherwise flatten them into a line along the bottom. While every value stays
        # near 0…1 both axes show the same range, so the picture is the plain one.
        self.gate_box = pg.ViewBox(enableMouse=False)
        self.gate_box.setMenuEnabled(False)
        plot.getAxis("right").linkToView(self.gate_box)
        plot.getAxis("right").setLabel(self.tr("gates f, i, o"))
        self.plot_widget.scene().addItem(self.gate_box)
        self.gate_box.setXLink(plot.vb)
        plot.vb.sigResized.connect(self._match_gate_box)
        self._gates_apart = False
        self._short_names = False  # the legend shows symbols only (low panel, large text)
        self._ticks_for: tuple | None = None  # (labels, y range, gates apart) of the ticks
        # A line and a row of dots per series, as two light items: pyqtgraph's PlotDataItem
        # does both but costs ten times as much per update, and a slider drag updates them all.
        self.curves: dict[str, pg.PlotCurveItem] = {}
        self.dots: dict[str, pg.ScatterPlotItem] = {}
        for line in self.bounds:
            self.gate_box.addItem(line, ignoreBounds=True)
        self._series: dict[str, Series] = {}
        for key, name, style, _width in SERIES:
            curve = pg.PlotCurveItem()
            curve.setProperty("series", key)
            self._series[key] = Series(key, name, key, style, LOOKS.get(key, (style, None))[1])
            mark(curve, self._series[key])
            box = self.gate_box if key in GATE_KEYS else plot.vb
            box.addItem(curve)
            self.curves[key] = curve
            curve.visibleChanged.connect(lambda k=key: self._style_entry(k))
            # Markers: at every step of a short sequence, thinned on a long one.
            dots = pg.ScatterPlotItem(symbol=self._series[key].marker or "o", size=MARKER_SIZE)
            box.addItem(dots)
            # The legend toggles the line; its markers follow.
            curve.visibleChanged.connect(lambda c=curve, d=dots: d.setVisible(c.isVisible()))
            self.dots[key] = dots
            self._add_entry(curve, name)
        self.cursor_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
        plot.addItem(self.cursor_line, ignoreBounds=True)

        self.overlay = QLabel(self.plot_widget)
        self.overlay.setObjectName("trainingOverlay")
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Opaque, and never shrinking while shown: a new epoch's text then repaints the label
        # alone, not the plot underneath it.
        self.overlay.setAutoFillBackground(True)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.overlay.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)

        state.cursorChanged.connect(self.refresh)
        state.gradientsChanged.connect(self.refresh)  # follows every trace or target change
        self.apply_theme(self._theme)

    # ------------------------------------------------------------------ public
    def set_text_scale(self, scale: float) -> None:
        """Axis numbers and legend grow with the rest of the text, for projectors."""
        self._text_scale = scale
        font = QFont()
        font.setPointSizeF(9 * scale)
        for axis in ("left", "bottom", "right"):
            self.plot_item.getAxis(axis).setStyle(tickFont=font)
            self.plot_item.getAxis(axis).label.setFont(font)
        self.legend.setLabelTextSize(f"{9 * scale:.1f}pt")
        for sample, _label in self.legend.items:
            self._style_entry(sample.item.property("series"))
        self.legend.updateSize()
        self._legend_changed()

    def set_overlay_text(self, text: str | None) -> None:
        """Training overlay (epoch, iteration, MSE) in the plot's top-right corner."""
        if not text:
            if not self.overlay.isHidden():
                self.overlay.hide()
                self.refresh()  # the x axis gives back the room it kept for the box
            return
        was_shown = self.overlay.isVisible()
        self.overlay.setText(text)
        hint = self.overlay.sizeHint()
        if was_shown:
            hint = hint.expandedTo(self.overlay.size())
        if hint != self.overlay.size():
            self.overlay.resize(hint)
        self._place_overlay()
        if self.overlay.isHidden():
            self.overlay.show()
            self.refresh()  # room on the right for the box
        self.overlay.raise_()

    def series_visible(self, key: str) -> bool:
        return self.curves[key].isVisible()

    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """Every line of the plot (`lstm_lab.ui.look.ShowsSeries`)."""
        return {self.plot_widget.objectName(): tuple(self._series.values())}

    # ------------------------------------------------------------------ drawing
    def refresh(self, *_args) -> None:
        state = self._state
        trace, t, length = state.trace, state.cursor, state.length
        steps = np.arange(1, t + 1, dtype=float)
        # A marker per step helps while stepping through a short sequence; long ones get a
        # marker every few dozen pixels, enough to tell the lines apart.
        dots = length <= MAX_DOTS
        if dots != self._dots:
            self._dots = dots
            self._shown.clear()
        self._label_pinned_gates(state.clamps)
        styled = length <= MAX_STYLED
        if styled != self._styled:
            self._styled = styled
            self._set_pens()
        columns = max(1, round(self.plot_item.vb.width()))
        if columns != self._columns:
            self._columns = columns
            self._shown.clear()
        dense = length > columns
        if dense != self._dense:
            self._dense = dense
            self._set_pens()
        for key, curve in self.curves.items():
            if key == "target":  # the whole target is known in advance: show all of it
                target = state.target
                self._show_target_in_legend(target is not None)
                ys = np.empty(0) if target is None else target
                xs = np.arange(1, len(ys) + 1, dtype=float)
            else:
                xs, ys = steps, getattr(trace, key)[:t]
            shown = self._shown.get(key)
            if shown is not None and len(shown) == len(ys) and np.array_equal(shown, ys):
                continue  # e.g. the input line while a weight moves: nothing to redraw
            self._shown[key] = ys.copy()
            gaps = self._series[key].dash if (dense or not styled) else "solid"
            curve.setData(
                *decimate(xs, ys, columns, gaps, always=not styled, span=max(length, 1)),
                connect="finite",
            )
            order = list(self.curves).index(key) / len(self.curves)
            marked = np.arange(len(ys)) if dots else marker_index(len(ys), columns, order)
            marked = marked[np.isfinite(ys[marked])] if len(marked) else marked
            self.dots[key].setData(xs[marked], ys[marked])
        self.cursor_line.setPos(t)
        plot = self.plot_item
        x_range = (0.0, (max(length, 1) + 0.5) * self._overlay_room())
        if x_range != self._x_range:
            self._x_range = x_range
            plot.setXRange(*x_range, padding=0.02)
        # The y range covers the whole trace so the axis does not jump while stepping.
        arrays = [getattr(trace, k) for k in ("x", "c", "h", "y")] + [np.array([0.0, 1.0])]
        if state.target is not None:
            arrays.append(state.target)
        low = min(float(np.min(a)) for a in arrays)
        high = max(float(np.max(a)) for a in arrays)
        if not (math.isfinite(low) and math.isfinite(high)):
            low, high = 0.0, 1.0
        y_range = padded_range(low, high)
        if y_range != self._y_range:
            self._y_range = y_range
            plot.setYRange(*y_range, padding=0)
            # Apart when the gates' 0…1 would take less than half of the height.
            apart = (y_range[1] - y_range[0]) > 2 * (GATES_RANGE[1] - GATES_RANGE[0])
            self._gates_apart = apart
            self.gate_box.setYRange(*(GATES_RANGE if apart else y_range), padding=0)
            # The second axis only when it says something the first does not.
            self.plot_item.showAxis("right", apart)
            self._fit_ticks()

    def _add_entry(self, curve: pg.PlotCurveItem, name: str) -> None:
        """A legend entry whose words toggle the line as its sample does."""
        self.legend.addItem(curve, name)
        sample, label = self.legend.items[-1]
        label.mouseClickEvent = sample.mouseClickEvent  # the scene calls it on a click
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        sample.setCursor(Qt.CursorShape.PointingHandCursor)
        self._style_entry(curve.property("series"))

    def _entry_text(self, key: str) -> str:
        names = {k: name for k, name, _style, _width in SERIES}
        symbol, _, words = names[key].partition(" ")
        if self._short_names or not words:
            name = self.tr(symbol)  # "x(t)" … stay; "target" is a word
        else:
            name = f"{symbol} {self.tr(words)}"
        return self.tr("{name} (pinned)").format(name=name) if key in self._pinned else name

    def _style_entry(self, key: str) -> None:
        """A hidden line's entry is greyed (its sample shows a closed eye)."""
        for sample, label in self.legend.items:
            if sample.item.property("series") != key:
                continue
            shown = sample.item.isVisible()
            label.setText(
                self._entry_text(key),
                color=self._theme.text if shown else self._theme.muted,
                size=f"{9 * self._text_scale:.1f}pt",
            )
            label.setOpacity(1.0 if shown else 0.8)
            sample.update()

    def _show_target_in_legend(self, shown: bool) -> None:
        curve = self.curves["target"]
        listed = any(sample.item is curve for sample, _label in self.legend.items)
        if shown and not listed:
            self._add_entry(curve, dict((k, n) for k, n, _s, _w in SERIES)["target"])
            self.set_text_scale(self._text_scale)
        elif listed and not shown:
            self.legend.removeItem(curve)
            self._legend_changed()

    def _label_pinned_gates(self, clamps: dict[str, float]) -> None:
        """A pinned gate says so in the legend."""
        pinned = frozenset(clamps)
        if pinned == self._pinned:
            return
        self._pinned = pinned
        for sample, _label in self.legend.items:
            self._style_entry(sample.item.property("series"))
        self._legend_changed()

    def _fit_legend(self) -> None:
        """As many legend columns as the plot's width holds, so no entry is ever cut off; and
        when the entries' full names would take more than a third of the panel's height (large
        text on a low panel), the symbols alone ("x(t)", "C(t)" …), so the plot keeps its room."""
        if not self.legend.items:
            return
        for short in (False, True):
            if short != self._short_names:
                self._short_names = short
                for sample, _label in self.legend.items:
                    self._style_entry(sample.item.property("series"))
            rows = math.ceil(len(self.legend.items) / self._legend_columns())
            height = max(label.item.boundingRect().height() for _s, label in self.legend.items)
            if rows * height <= self.plot_widget.viewport().height() / 3:
                break

    def _legend_columns(self) -> int:
        items = self.legend.items
        room = self.plot_widget.viewport().width() - 16
        spacing = self.legend.layout.horizontalSpacing()
        widths = [
            sample.boundingRect().width() + label.item.boundingRect().width() + 8
            for sample, label in items
        ]
        columns = 1
        for count in range(len(items), 0, -1):
            needed = sum(max(widths[c::count]) for c in range(count)) + spacing * (2 * count - 1)
            if needed <= room:
                columns = count
                break
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)
            self.legend.updateSize()
        return columns

    def _legend_changed(self) -> None:
        """Lay the legend out now and repaint the whole plot. Left to the event loop, its
        entries were seen to move without the places they left being repainted (pieces of the
        old entries stayed on screen when "(pinned)" went away). Rare, so the cost is no matter."""
        self._fit_legend()
        self.legend.layout.activate()
        # The layout keeps the width an earlier, wider legend needed until it is told again.
        self.plot_widget.ci.setGeometry(self.plot_widget.range)
        self.plot_widget.ci.layout.activate()
        self.plot_widget.viewport().update()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.plot_widget.setBackground(theme.background)
        plot = self.plot_item
        for axis in ("left", "bottom", "right"):
            ax = plot.getAxis(axis)
            ax.setPen(pg.mkPen(theme.muted))
            ax.setTextPen(pg.mkPen(theme.text))
        self._set_pens()
        for key in self.dots:
            colour = theme.series[key]
            self.dots[key].setBrush(pg.mkBrush(colour))
            self.dots[key].setPen(pg.mkPen(colour))
        # Solid and in the accent colour: the target is the dashed line, the step is not.
        self.cursor_line.setPen(pg.mkPen(theme.accent, width=1.5))
        for line in self.bounds:
            line.setPen(pg.mkPen(theme.grid, width=1))
        self.legend.setLabelTextColor(theme.text)
        for sample, _label in self.legend.items:
            self._style_entry(sample.item.property("series"))
        self.overlay.setStyleSheet(
            f"QLabel {{ background: {theme.surface_alt}; color: {theme.text}; "
            f"border: 1px solid {theme.accent}; padding: 4px 8px; "
            "font-family: monospace; }"
        )
        self.refresh()

    def _overlay_room(self) -> float:
        """While the training overlay shows, the x axis reaches further right by its width, so
        it never covers the last points."""
        if self.overlay.isHidden():
            return 1.0
        width = max(1.0, self.plot_item.vb.width())
        box = self.overlay.width() + 16
        return width / max(width - box, 0.35 * width)

    def _match_gate_box(self) -> None:
        self.gate_box.setGeometry(self.plot_item.vb.sceneBoundingRect())
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """As many labelled values on the y axes as the plot's height holds at this text
        size: pyqtgraph's own choice drops all but one label on a low plot at large text."""
        if self._y_range is None:
            return
        line = 9 * self._text_scale * 96 / 72  # the axis font's height in pixels
        most = max(2, min(6, int(self.plot_item.vb.height() / (2.2 * line))))
        if (most, self._y_range, self._gates_apart) == self._ticks_for:
            return
        self._ticks_for = (most, self._y_range, self._gates_apart)
        self.plot_item.getAxis("left").setTicks([axis_ticks(*self._y_range, most), []])
        gates = GATES_RANGE if self._gates_apart else self._y_range
        self.plot_item.getAxis("right").setTicks([axis_ticks(*gates, most), []])
        self.gate_box.linkedViewChanged(self.plot_item.vb, self.gate_box.XAxis)

    def _set_pens(self) -> None:
        for key, _name, style, width in SERIES:
            # A long line's dashes are gaps in its points (`refresh`), under a solid pen.
            shown = style if self._styled and not self._dense else "solid"
            wide = DENSE_WIDTH if self._dense else width
            self.curves[key].setPen(series_pen(self._theme.series[key], wide, shown))

    def _place_overlay(self) -> None:
        # Top-right corner of the plot area, under the legend.
        area = self.plot_widget.mapFromScene(self.plot_item.vb.sceneBoundingRect()).boundingRect()
        self.overlay.move(area.right() - self.overlay.width() - 8, area.top() + 6)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._legend_changed()
        self.refresh()  # long lines are decimated for the plot's width
        if self.overlay.isVisible():
            self._place_overlay()
