"""The loss curve of a training run: MSE per epoch on a log scale, growing live."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)

from lstm_lab.ui.lines import Series, SeriesSample, mark  # isort: skip

# A log axis cannot show 0: an exact fit is drawn at this floor instead.
LOSS_FLOOR = 1e-12


class DecadeAxis(pg.AxisItem):
    """A log axis that writes only whole decades (1e-3, 0.01, 0.1, 1): pyqtgraph also writes
    2 … 9 between them, which pile up on top of each other on a short plot."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        strings = super().logTickStrings(values, scale, spacing)
        return [
            text if abs(value - round(value)) < 1e-9 else ""
            for value, text in zip(values, strings, strict=False)
        ]


class LossPlot(pg.PlotWidget):
    """Training MSE (solid) and held-out MSE (dashed, on a task) against the epoch.

    The y axis is logarithmic, so the curve keeps falling visibly as the error shrinks by
    orders of magnitude. Colours come from the widget's palette (dark or light theme), or from
    a theme passed to `apply_theme`. Before any training it is empty (`MayBeEmpty`): no axes,
    only the hint that says what will appear, as low as the hint; ``emptyChanged`` says when
    that changes.
    """

    emptyChanged = Signal(bool)
    #: The least height with a curve to show: room for the axes and a few decades.
    PLOT_HEIGHT = 140

    def __init__(
        self,
        parent: QWidget | None = None,
        names: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent, axisItems={"left": DecadeAxis("left")})
        if names is None:
            names = (self.tr("training MSE"), self.tr("held-out MSE"))
        self.setObjectName("lossPlot")
        self.setToolTip(
            self.tr(
                "How far the output still is from the target (mean squared error) after each "
                "epoch of training. The scale is logarithmic: each step down the axis is ten "
                "times smaller. On a lesson the dashed line is the error on fresh sequences the "
                "cell never trained on."
            )
        )
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self._empty: bool | None = None
        self.setMinimumHeight(self.PLOT_HEIGHT)
        plot = self.getPlotItem()
        plot.setLogMode(x=False, y=True)
        # No grid: pyqtgraph draws it with the axes, and a grid makes every new point repaint
        # the axes' text, the dearest part of the plot.
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setLabel("left", "MSE")
        # Tick labels are the values themselves: pyqtgraph's automatic unit prefix wrote
        # "(x0.001)" after the name and 0.1 for an MSE of 0.0001.
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = plot.addLegend(offset=(-8, 8), sampleType=SeriesSample)
        self.training_curve = plot.plot([], [], name=names[0])
        self.validation_curve = plot.plot([], [], name=names[1])
        mark(self.training_curve, Series("training", names[0], "y", "solid"))
        mark(self.validation_curve, Series("validation", names[1], "text", "dash"))
        for curve in (self.training_curve, self.validation_curve):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        plot.disableAutoRange()
        self.empty_hint = QLabel(self.tr("Press Train to watch the error fall."), self)
        self.empty_hint.setObjectName("lossPlotHint")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.setWordWrap(True)  # a narrow plot at large text: lines, never cut
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._colours: dict[str, QColor] | None = None
        self._apply_colours()
        self.clear_history()

    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """The training and the held-out error (`lstm_lab.ui.look.ShowsSeries`)."""
        curves = (self.training_curve, self.validation_curve)
        return {self.objectName(): tuple(curve.lstm_series for curve in curves)}

    # ------------------------------------------------------------------ data
    def set_history(
        self, epochs: np.ndarray, losses: np.ndarray, validation: np.ndarray | None = None
    ) -> None:
        """Show the whole history; held-out values that are nan (none reported) are hidden."""
        epochs = np.asarray(epochs, dtype=np.float64)
        losses = np.maximum(np.asarray(losses, dtype=np.float64), LOSS_FLOOR)
        finite = np.isfinite(losses)
        self.training_curve.setData(epochs[finite], losses[finite])
        shown_values = [losses[finite]]
        if validation is None:
            self.validation_curve.setData([], [])
            has_validation = False
        else:
            validation = np.asarray(validation, dtype=np.float64)
            shown = np.isfinite(validation)
            values = np.maximum(validation[shown], LOSS_FLOOR)
            self.validation_curve.setData(epochs[shown], values)
            shown_values.append(values)
            has_validation = bool(shown.any())
        self.validation_curve.setVisible(has_validation)
        self.empty_hint.setVisible(not len(epochs))
        self.legend.setVisible(has_validation)
        self._fit_ranges(epochs, np.concatenate(shown_values))
        self._show_empty(not len(epochs))

    def is_empty(self) -> bool:
        """No epoch to draw yet (`lstm_lab.ui.look.MayBeEmpty`)."""
        return bool(self._empty)

    def _show_empty(self, empty: bool) -> None:
        """Empty: the hint alone, without axes, and only as high as the hint; with a curve,
        the axes and the plot's own height."""
        if empty == self._empty:
            return
        self._empty = empty
        plot = self.getPlotItem()
        for side in ("left", "bottom"):
            plot.showAxis(side, not empty)
        self._fit_empty_height()
        self.emptyChanged.emit(empty)

    def _fit_empty_height(self) -> None:
        if not self._empty:
            self.setMinimumHeight(self.PLOT_HEIGHT)
            return
        self.setMinimumHeight(self.empty_height())

    def empty_height(self) -> int:
        """The height of the empty plot: its hint in two lines, with a margin around it."""
        return self.empty_hint.fontMetrics().lineSpacing() * 2 + 16

    def clear_history(self) -> None:
        self._x_max: float | None = None
        self._decades: tuple[int, int] | None = None
        self.set_history(np.empty(0), np.empty(0))

    def point_count(self) -> int:
        """Number of epochs drawn on the training curve."""
        x, _ = self.training_curve.getOriginalDataset()
        return 0 if x is None else len(x)

    def _fit_ranges(self, epochs: np.ndarray, values: np.ndarray) -> None:
        """Grow the axes in coarse steps (x: 1-2-5 series, y: whole decades) and only when the
        curve leaves them: redrawing the axes is most of the cost of a live update."""
        last = float(epochs.max()) if len(epochs) else 0.0
        x_max = _nice_ceiling(max(last, 10.0))
        if self._x_max is None or x_max > self._x_max:
            self._x_max = x_max
            self.getPlotItem().setXRange(0, x_max, padding=0.02)
        if len(values):
            low = int(np.floor(np.log10(values.min())))
            high = max(int(np.ceil(np.log10(values.max()))), low + 1)
            if self._decades is not None:
                low, high = min(low, self._decades[0]), max(high, self._decades[1])
            if (low, high) != self._decades:
                self._decades = (low, high)
                self.getPlotItem().setYRange(low, high, padding=0.02)  # log10 units

    # ------------------------------------------------------------------ text size
    def set_text_scale(self, scale: float) -> None:
        """Axis numbers, axis names and legend grow with the rest of the text (projectors)."""
        font = QFont()
        font.setPointSizeF(9.0 * scale)
        plot = self.getPlotItem()
        for side in ("left", "bottom"):
            plot.getAxis(side).setTickFont(font)
            plot.getAxis(side).label.setFont(font)
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{9.0 * scale:.1f}pt")

    # ------------------------------------------------------------------ colours
    def apply_theme(self, theme) -> None:
        """Use an `lstm_lab.ui.theme.Theme`'s colours instead of the palette's."""
        self._colours = {
            "background": QColor(theme.background),
            "text": QColor(theme.text),
            "muted": QColor(theme.muted),
            "training": QColor(theme.series.get("y", theme.accent)),
            "validation": QColor(theme.text),
        }
        self._apply_colours()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # getattr: Qt sends palette changes while the base class is still being built.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_colours", 1) is None:
            self._apply_colours()
        if event.type() == QEvent.Type.FontChange:  # Larger text: the hint's lines change
            self.place_hint()
            if "_empty" in self.__dict__:
                self._fit_empty_height()

    def _apply_colours(self) -> None:
        palette = self.palette()
        colours = self._colours or {
            "background": palette.color(QPalette.ColorRole.Base),
            "text": palette.color(QPalette.ColorRole.Text),
            "muted": palette.color(QPalette.ColorRole.PlaceholderText),
            "training": palette.color(QPalette.ColorRole.Highlight),
            "validation": palette.color(QPalette.ColorRole.Text),
        }
        self.setBackground(colours["background"])
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours["muted"]))
            axis.setTextPen(pg.mkPen(colours["text"]))
        self.training_curve.setPen(pg.mkPen(colours["training"], width=2))
        self.validation_curve.setPen(
            pg.mkPen(colours["validation"], width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.legend.setLabelTextColor(colours["text"])
        for _sample, label in self.legend.items:  # (the setter reaches only later entries)
            label.setText(label.text, color=colours["text"])
        self.empty_hint.setStyleSheet(f"color: {colours['muted'].name()}; background: transparent;")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.place_hint()

    def place_hint(self) -> None:
        """The empty plot's hint in the middle, in as many lines as the plot's width needs."""
        if "empty_hint" not in self.__dict__:  # pyqtgraph calls this while it is being built
            return
        hint = self.empty_hint
        one_line = hint.fontMetrics().horizontalAdvance(hint.text()) + 8
        width = max(1, min(one_line, self.width() - 16))
        hint.resize(width, hint.heightForWidth(width))
        self.empty_hint.move(
            (self.width() - self.empty_hint.width()) // 2,
            (self.height() - self.empty_hint.height()) // 2,
        )


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, … that is at least ``value``."""
    decade = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * decade >= value:
            return step * decade
    return 10.0 * decade
