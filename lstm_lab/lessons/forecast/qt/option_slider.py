"""A labelled slider for one numeric option of a lesson: its name, the slider, its value."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from lstm_lab.ui.accessible import SliderScale, speak_slider_in


class OptionSlider(QWidget):
    """A slider over ``low`` … ``high`` in steps of ``step``; ``valueChanged(float)`` when the
    student moves it (not when `set_value` puts a value)."""

    valueChanged = Signal(float)

    def __init__(
        self,
        label: str,
        low: float,
        high: float,
        step: float,
        decimals: int = 0,
        tip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._low, self._step, self._decimals = low, step, decimals
        self.label = QLabel(label)
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((high - low) / step))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(max(1, self.slider.maximum() // 10))
        self.slider.setAccessibleName(label)
        speak_slider_in(  # a screen reader hears the option's value, not the position
            self.slider,
            SliderScale(
                lambda position: self._low + position * self._step,
                lambda value: round((value - self._low) / self._step),
            ),
        )
        self.value_label = QLabel()
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        width = self.value_label.fontMetrics().horizontalAdvance(self._text(high) + "0")
        self.value_label.setMinimumWidth(width)
        if tip:
            for widget in (self.label, self.slider, self.value_label):
                widget.setToolTip(tip)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._moved)
        self._show(low)

    def value(self) -> float:
        return self._low + self.slider.value() * self._step

    def set_value(self, value: float) -> None:
        """Show ``value`` (the nearest step on the slider, the exact value in the label)."""
        with QSignalBlocker(self.slider):
            self.slider.setValue(round((value - self._low) / self._step))
        self._show(value)

    def _text(self, value: float) -> str:
        return f"{value:,.{self._decimals}f}"

    def _show(self, value: float) -> None:
        self.value_label.setText(self._text(value))

    def _moved(self, _position: int) -> None:
        value = round(self.value(), 6)
        self._show(value)
        self.valueChanged.emit(value)
