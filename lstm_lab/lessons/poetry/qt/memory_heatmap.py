"""The memory inside the model: the state of every unit after each character as a heatmap;
a click on a unit's row marks the characters where it is most active. A unit's row in the
heatmap is often under a pixel high (128 units), so `UnitList` beside it lists every unit with
a row of its own, the most active first, to pick one by mouse or keyboard. `MemoryPanel` is
the view of the window: the choice of states, a caption, the heatmap and the list, bound to
the lesson's model (`PoetryState`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.lessons.poetry.qt.painting import poetry_font
from lstm_lab.lessons.poetry.session import units_by_strength
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
        font = poetry_font(scale, 8)
        painter.setFont(font)
        # From the left edge (nothing stands under the unit labels): whole where it fits,
        # else without its last words, never cut.
        room = self.width() - 12
        metrics = QFontMetricsF(font)
        words = ("◀ " if first else "") + self.range_text()
        if metrics.horizontalAdvance(words) > room:
            words = words.split(" (", 1)[0]
        words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRectF(4, base + 24 * scale, room, self.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            words,
        )

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._image = None
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()


#: How the list shows a character of the text that has no mark of its own.
_SHOWN_CHAR = {" ": "␣", "\n": "↵", "\t": "⇥", "⏎ end": "⏎"}


class UnitRanking(QAbstractTableModel):
    """The rows of `UnitList`: every unit, the most active first (`units_by_strength`), with
    its strongest state and the character after which it has it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ranked: list[tuple[int, float, int]] = []
        self.chars: list[str] = []
        self.value_name = "h"
        self._headers = (self.tr("Unit"), self.tr("Strongest"), self.tr("After"))

    def rank(self, states: np.ndarray, chars: list[str], which: str) -> None:
        """Rank the units of ``states`` (characters, units) after the text ``chars``."""
        ranked = units_by_strength(states)
        rows_changed = len(ranked) != len(self.ranked)
        if rows_changed:
            self.beginResetModel()
        self.ranked, self.chars = ranked, chars
        self.value_name = "h" if which == "hidden" else "C"
        if rows_changed:
            self.endResetModel()
        elif ranked:  # one change for the whole list, not one per row
            self.dataChanged.emit(self.index(0, 0), self.index(len(ranked) - 1, 2))

    def unit_at(self, row: int) -> int:
        return self.ranked[row][0]

    def row_of(self, unit: int) -> int | None:
        for row, (each, _value, _at) in enumerate(self.ranked):
            if each == unit:
                return row
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.ranked)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else 3

    def texts(self, row: int) -> tuple[str, str, str]:
        unit, value, at = self.ranked[row]
        char = self.chars[at] if at < len(self.chars) else ""
        return str(unit), f"{value:+.3f}".replace("-", "\u2212"), _SHOWN_CHAR.get(char, char)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column < 2 else Qt.AlignmentFlag.AlignHCenter
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            unit, value, char = self.texts(row)
            return self.tr("Unit {unit}: strongest {name} {value} after {char}").format(
                unit=unit, name=self.value_name, value=value, char=char
            )
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class UnitList(QTableView):
    """Every unit with a row of its own, the most active first (`units_by_strength`: by the
    magnitude of its strongest state over the text, largest first): the unit, that state and
    the character after which it has it. Clicking a row, or moving to it with the arrow keys,
    picks the unit: ``unitChosen(unit)``."""

    unitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitList")
        self.ranking = UnitRanking(self)
        self.setModel(self.ranking)
        self.setAccessibleName(self.tr("Units, the most active first"))
        self.setToolTip(
            self.tr(
                "Every unit, the one whose state is largest in magnitude somewhere in the text "
                "first: its strongest value and the character after which it has it. Click a "
                "row, or move to it with the arrow keys, to mark where that unit is most "
                "active."
            )
        )
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.setWordWrap(False)
        # Widths from the text size, not from the rows: measuring 128 rows at every character
        # written would cost more than writing it.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()
        self.selectionModel().currentRowChanged.connect(self._on_current)

    @property
    def units(self) -> list[int]:
        """The units in the order of the rows."""
        return [unit for unit, _value, _at in self.ranking.ranked]

    def show_units(self, states: np.ndarray, chars: list[str], which: str) -> None:
        """List the units of ``states`` (characters, units) in `units_by_strength` order."""
        with QSignalBlocker(self.selectionModel()):
            self.ranking.rank(states, chars, which)
        self.setVisible(bool(self.ranking.ranked))
        self.updateGeometry()  # the columns' widths follow what they hold

    def set_unit(self, unit: int | None) -> None:
        """Show ``unit`` as the one picked (None: none), without picking it again."""
        row = self.ranking.row_of(unit) if unit is not None else None
        current = self.currentIndex().row() if self.currentIndex().isValid() else None
        selection = self.selectionModel()
        with QSignalBlocker(selection):
            if row is None:
                selection.clear()
            elif row != current or not selection.isRowSelected(row, QModelIndex()):
                index = self.ranking.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
        self.viewport().update()

    def _on_current(self, index: QModelIndex, before: QModelIndex) -> None:
        if index.isValid() and index.row() != before.row():
            self.unitChosen.emit(self.ranking.unit_at(index.row()))

    def _fit_rows(self) -> None:
        """Rows a line of text high (and a little) and columns as wide as the widest thing
        each holds, at every text size."""
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(round(metrics.lineSpacing() * 1.4))
        header = self.horizontalHeader()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        for column, samples in enumerate((("0000",), ("−00.000",), ("⏎", "春", "W"))):
            widest = max(metrics.horizontalAdvance(text) for text in samples) + pad
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # text size
            self._fit_rows()
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As wide as its columns and the scroll bar: never scrolled sideways, never cut."""
        columns = self.horizontalHeader().length()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(columns + bar + 2 * self.frameWidth() + 2, super().minimumSizeHint().height())


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
        self.unit_list = UnitList()
        self.unit_label = QLabel(self.tr("Most active units"))
        self.unit_label.setBuddy(self.unit_list)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.unit_label)
        side.addWidget(self.unit_list, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heatmap, 1)
        body.addLayout(side)
        memory.addLayout(body, 1)

        self.state_combo.currentIndexChanged.connect(
            lambda _index: state.set_states_shown(self.state_combo.currentData())
        )
        self.heatmap.unitClicked.connect(state.select_unit)
        self.unit_list.unitChosen.connect(self._pick_unit)
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
        states, chars = session.states(which), session.chars()
        self.heatmap.show_states(states, chars, which)
        self.unit_list.show_units(states, chars, which)
        self.unit_label.setVisible(not self.unit_list.isHidden())
        unit = state.unit
        self.heatmap.set_unit(unit, state.marked_in_heatmap())
        self.unit_list.set_unit(unit)
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

    def _pick_unit(self, unit: int) -> None:
        """A row of the list picked: that unit is marked (a click on it again keeps it)."""
        if unit != self.state.unit:
            self.state.select_unit(unit)
