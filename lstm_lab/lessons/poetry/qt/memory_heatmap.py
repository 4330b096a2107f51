"""The memory inside the model: the state of every unit after each character as a heatmap;
a click on a unit's row marks the characters where it is most active. `MemoryPanel` is the
view of the window: the choice of states, a caption and the heatmap, bound to the lesson's
model (`PoetryState`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lstm_lab.lessons.poetry.qt.painting import poetry_font
from lstm_lab.ui.theme import DARK, Theme


def _diverging(values: np.ndarray, theme: Theme) -> np.ndarray:
    """RGB bytes for values in [−1, 1]: blue below zero, red above, the background at zero."""
    v = np.clip(values, -1.0, 1.0)[..., None]
    base = np.array(QColor(theme.background).getRgb()[:3], dtype=np.float64)
    red = np.array([255.0, 80.0, 60.0])
    blue = np.array([60.0, 140.0, 255.0])
    out = np.where(v >= 0, base + (red - base) * v, base + (blue - base) * (-v))
    return out.astype(np.uint8)


class StateHeatmap(QWidget):
    """The state of every unit (rows) after each character (columns); click a unit's row to
    mark the characters where it is most active. ``unitClicked(unit)``."""

    unitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateHeatmap")
        self.setMinimumHeight(150)
        self.theme: Theme = DARK
        self.scale = 1.0
        self.states = np.zeros((0, 1))
        self.chars: list[str] = []
        self.which = "hidden"
        self.unit: int | None = None
        self.highlighted: set[int] = set()
        self._image: QImage | None = None
        self._first = 0
        self.setToolTip(
            self.tr(
                "Each row is one unit of the LSTM layer, each column one character; "
                "click a row to mark where that unit is most active"
            )
        )

    def show_states(self, states: np.ndarray, chars: list[str], which: str) -> None:
        self.states, self.chars, self.which = states, chars, which
        self._image = None
        self.update()

    def set_unit(self, unit: int | None, highlighted: set[int]) -> None:
        self.unit, self.highlighted = unit, highlighted
        self.update()

    def _geometry(self) -> tuple[float, float, float, float, int]:
        """(left, top, column width, row height, first column shown)."""
        left, top = 64 * self.scale, 8.0
        bottom = 30 * self.scale + QFontMetricsF(poetry_font(self.scale, 8)).lineSpacing()
        count = len(self.chars)
        column = 18 * self.scale
        fit = max(1, int((self.width() - left - 8) // column))
        first = max(0, count - fit)
        units = max(1, self.states.shape[1] if self.states.ndim == 2 else 1)
        row = max(0.5, (self.height() - top - bottom) / units)
        return left, top, column, row, first

    def shown_range(self) -> tuple[int, int]:
        """The first character shown and how many there are (the last ones fit)."""
        return self._geometry()[4], len(self.chars)

    def range_text(self) -> str:
        """Which characters the columns are: all, or the last that fit the width."""
        first, count = self.shown_range()
        if not count:
            return ""
        if first == 0:
            if count > 1:
                return self.tr("all {count} characters").format(count=count)
            return self.tr("1 character")
        return self.tr(
            "the last {shown} of {count} characters (the first {first} do not fit)"
        ).format(shown=count - first, count=count, first=first)

    def unit_at(self, y: float) -> int | None:
        _left, top, _column, row, _first = self._geometry()
        unit = int((y - top) // row)
        units = self.states.shape[1] if self.states.ndim == 2 else 0
        return unit if 0 <= unit < units and y >= top else None

    def row_centre(self, unit: int) -> QPointF:
        left, top, _column, row, _first = self._geometry()
        return QPointF(left + 4, top + (unit + 0.5) * row)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        unit = self.unit_at(event.position().y())
        if unit is not None:
            self.unitClicked.emit(unit)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        theme, scale = self.theme, self.scale
        painter.fillRect(self.rect(), QColor(theme.background))
        left, top, column, row, first = self._geometry()
        if self.states.ndim != 2 or not len(self.states):
            painter.setPen(QColor(theme.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No text yet"))
            return
        shown = self.states[first:]
        units = shown.shape[1]
        if self._image is None or self._first != first:
            # The cell state is unbounded: squashed into −1 … 1 for its colours only.
            values = shown.T if self.which == "hidden" else np.tanh(shown.T / 2.0)
            rgb = np.ascontiguousarray(_diverging(values, theme))
            height, width = rgb.shape[:2]
            image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
            self._image = image.copy()
            self._first = first
        target = QRectF(left, top, column * len(shown), row * units)
        painter.drawImage(target, self._image)
        painter.setPen(QColor(theme.muted))
        painter.setFont(poetry_font(scale, 8))
        if self.unit is None or self.unit * row > 20 * scale:
            painter.drawText(
                QRectF(0, top, left - 6, 16 * scale),
                Qt.AlignmentFlag.AlignRight,
                self.tr("unit {unit}").format(unit=0),
            )
        painter.drawText(
            QRectF(0, top + row * units - 16 * scale, left - 6, 16 * scale),
            Qt.AlignmentFlag.AlignRight,
            self.tr("unit {unit}").format(unit=units - 1),
        )
        if self.unit is not None and 0 <= self.unit < units:
            painter.setPen(QPen(QColor("#ffd60a"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(left - 2, top + self.unit * row - 1, target.width() + 4, row + 2)
            )
            painter.drawText(
                QRectF(0, top + self.unit * row - 8 * scale, left - 6, 16 * scale),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{self.unit} ▶",
            )
        painter.setFont(poetry_font(scale, 11))
        base = top + row * units + 4
        for k, ch in enumerate(self.chars[first:]):
            index = first + k
            cell = QRectF(left + k * column, base, column, 22 * scale)
            if index in self.highlighted:
                painter.fillRect(cell, QColor("#806a00"))
            painter.setPen(QColor(theme.text))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "⏎" if ch == "⏎ end" else ch)
        painter.setPen(QColor(theme.muted))
        painter.setFont(poetry_font(scale, 8))
        painter.drawText(
            QRectF(left, base + 24 * scale, self.width() - left - 8, self.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            ("◀ " if first else "") + self.range_text(),
        )

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._image = None
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()


class MemoryPanel(QWidget):
    """The view "The memory inside": which states, what they mean, the heatmap."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        memory = QVBoxLayout(self)
        memory.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.setAccessibleName(self.tr("The state shown"))
        self.state_combo.addItem(self.tr("hidden state h(t)"), "hidden")
        self.state_combo.addItem(self.tr("cell state C(t)"), "cell")
        self.caption = QLabel()
        self.caption.setObjectName("memoryCaption")
        self.caption.setWordWrap(True)
        top.addWidget(QLabel(self.tr("Showing:")))
        top.addWidget(self.state_combo)
        top.addStretch(1)
        memory.addLayout(top)
        memory.addWidget(self.caption)  # under the choice: the whole width, fewer lines
        self.heatmap = StateHeatmap()
        memory.addWidget(self.heatmap, 1)

        self.state_combo.currentIndexChanged.connect(
            lambda _index: state.set_states_shown(self.state_combo.currentData())
        )
        self.heatmap.unitClicked.connect(state.select_unit)
        state.statesChanged.connect(self.refresh)
        for signal in (state.textChanged, state.charModelChanged, state.unitChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        state = self.state
        which = state.states_shown
        with QSignalBlocker(self.state_combo):
            self.state_combo.setCurrentIndex(0 if which == "hidden" else 1)
        session = state.session
        self.heatmap.show_states(session.states(which), session.chars(), which)
        unit = state.unit
        self.heatmap.set_unit(unit, state.marked_in_heatmap())
        if which == "hidden":
            words = self.tr(
                "the hidden state h(t) of each of the {units} units{layers} after each "
                "character: red positive, blue negative."
            )
        else:
            words = self.tr(
                "the cell state C(t) of each of the {units} units{layers} after each character: "
                "red positive, blue negative (colour = tanh(C/2), so large values do not "
                "saturate)."
            )
        model = state.char_model
        layers = (
            self.tr(" ({count} layers one after another)").format(count=model.layers)
            if model.layers > 1
            else ""
        )
        if unit is not None:
            sentences = self.tr("{caption} Unit {unit}: its 8 strongest characters are marked.")
        else:
            sentences = self.tr("{caption} Click a row to mark where that unit is most active.")
        caption = words.format(units=model.hidden * model.layers, layers=layers)
        self.caption.setText(sentences.format(caption=caption, unit=unit))
