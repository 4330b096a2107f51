"""Statistics: the values of the current step, as large selectable text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

#: Characters every value label has room for ("−0.0000"); more while a longer number shows.
MIN_CHARS = len("−0.0000")

# (key, label); the key is the trace field, or 't' / 'mse'.
ROWS = (
    ("t", "t"),
    ("x", "x(t)"),
    ("c", "C(t)"),
    ("h", "h(t)"),
    ("f", "f(t)"),
    ("i", "i(t)"),
    ("o", "o(t)"),
    ("y", "y(t)"),
    ("mse", "MSE"),
)


class StatsPanel(QWidget):
    """t, x(t), C(t), h(t), f(t), i(t), o(t), y(t) at 4 decimals, and the MSE with a target."""

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self.setToolTip(self.tr("The numbers of the current step. Select them to copy."))
        self._state = state
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._base_size = max(mono.pointSizeF(), 10.0) * 1.15
        self._family = mono.family()
        self._scale = 1.0
        self._theme = DARK
        mono.setPointSizeF(self._base_size)
        layout = self._grid = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(2)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key, text in ROWS:
            name = QLabel(text)
            name.setFont(mono)
            value = QLabel()
            value.setObjectName(f"stat_{key}")
            value.setFont(mono)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.names[key], self.values[key] = name, value
        # Value labels have a fixed size, so a new number repaints the label alone instead of
        # asking the dock for a new layout; the size grows when a longer number arrives.
        self._chars = MIN_CHARS
        self._columns = 0
        self._place(columns=2)
        state.cursorChanged.connect(self.refresh)
        state.gradientsChanged.connect(self.refresh)  # follows every trace or target change
        self.apply_theme(DARK)

    def refresh(self, *_args) -> None:
        state = self._state
        t = state.cursor
        self.values["t"].setText(str(t))
        if t == 0:
            start = {"c": float(state.trace.c_prev[0]), "h": float(state.trace.h_prev[0])}
            for key in ("x", "c", "h", "f", "i", "o", "y"):
                value = start.get(key)
                self.values[key].setText("–" if value is None else f"{value:.4f}")
        else:
            for key in ("x", "c", "h", "f", "i", "o", "y"):
                self.values[key].setText(f"{float(getattr(state.trace, key)[t - 1]):.4f}")
        mse = state.mse
        self.values["mse"].setText("–" if mse is None else f"{mse:.6f}")
        tip = (
            self.tr("no target set")
            if mse is None
            else self.tr("mean squared error of y against the target, on the input sequence shown")
        )
        self.values["mse"].setToolTip(tip)
        # Room for the longest number shown, and no more: after a huge input the panel gives
        # the room back and the columns are laid out again for it.
        longest = max(MIN_CHARS, *(len(label.text()) for label in self.values.values()))
        if longest != self._chars:
            self._chars = longest
            self._size_values()
            self._fit_columns()

    def _size_values(self) -> None:
        for label in self.values.values():
            label.ensurePolished()
            metrics = label.fontMetrics()
            label.setFixedSize(
                metrics.horizontalAdvance("0" * self._chars) + 2,
                metrics.height() + label.contentsMargins().top() + label.contentsMargins().bottom(),
            )

    def _needed_width(self, columns: int) -> int:
        """The width `columns` columns of 'name value' take at the current text size."""
        name = max(label.sizeHint().width() for label in self.names.values())
        value = max(label.width() for label in self.values.values())
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        return (
            columns * (name + value)
            + (2 * columns - 1) * spacing
            + margins.left()
            + margins.right()
        )

    def _fit_columns(self) -> None:
        """Two columns when the panel is wide enough for them (short and easy to scan), else
        one; the panel may always be narrowed to one column's width."""
        self.setMinimumWidth(self._needed_width(1))
        columns = 2 if self.width() >= self._needed_width(2) else 1
        if columns != self._columns:
            self._place(columns)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _place(self, columns: int) -> None:
        """Lay the rows out in one or two columns of 'name value'."""
        self._columns = columns
        for row, (key, _text) in enumerate(ROWS):
            for widget in (self.names[key], self.values[key]):
                self._grid.removeWidget(widget)
            self._grid.addWidget(self.names[key], row // columns, (row % columns) * 2)
            self._grid.addWidget(
                self.values[key],
                row // columns,
                (row % columns) * 2 + 1,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column % 2 and column < 2 * columns else 0)

    def set_text_scale(self, scale: float) -> None:
        self._scale = scale
        self.apply_theme(self._theme)
        self._fit_columns()

    def text(self) -> str:
        """The panel as plain text, one 'name = value' per line."""
        return "\n".join(f"{self.names[key].text()} = {self.values[key].text()}" for key, _ in ROWS)

    def apply_theme(self, theme: Theme) -> None:
        # The size goes in the stylesheet: the application's stylesheet sets every widget's
        # font size, and a widget's own stylesheet is the one thing that overrides it.
        self._theme = theme
        font = f"font-family: '{self._family}'; font-size: {self._base_size * self._scale:.1f}pt;"
        for key, label in self.names.items():
            colour = theme.label(key, theme.muted)
            label.setStyleSheet(f"color: {colour}; {font}")
        for label in self.values.values():
            label.setStyleSheet(f"color: {theme.text}; font-weight: bold; {font}")
        self._size_values()
        self.refresh()
