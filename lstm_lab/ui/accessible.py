"""What assistive technology (Orca, NVDA, VoiceOver) is told about the controls beyond what Qt
tells it by itself: a slider's value in the units it sets (0.5, not the slider's position
50), and a control's name from the label that is its buddy (Qt names a combo box after its
current choice otherwise)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleValueInterface, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractSlider, QAccessibleWidget, QLabel, QWidget


def spoken_number(value: float) -> str:
    """A number as a screen reader should say it: shortest form, with a true minus sign."""
    return f"{value:g}".replace("-", "\u2212")


class _SliderValue(QAccessibleValueInterface):
    """A slider's value in its own units, read and set."""

    def __init__(self, slider: QAbstractSlider, scale: SliderScale) -> None:
        super().__init__()
        self._slider = slider
        self._scale = scale

    def currentValue(self) -> float:  # noqa: N802 (Qt override)
        return self._scale.value_of(self._slider.value())

    def setCurrentValue(self, value) -> None:  # noqa: N802 (Qt override)
        self._slider.setValue(self._scale.position_of(float(value)))

    def minimumValue(self) -> float:  # noqa: N802 (Qt override)
        return self._scale.value_of(self._slider.minimum())

    def maximumValue(self) -> float:  # noqa: N802 (Qt override)
        return self._scale.value_of(self._slider.maximum())

    def minimumStepSize(self) -> float:  # noqa: N802 (Qt override)
        return abs(self._scale.value_of(1) - self._scale.value_of(0))


class SliderScale:
    """How a slider's integer positions map to the values it sets."""

    def __init__(
        self, value_of: Callable[[int], float], position_of: Callable[[float], int]
    ) -> None:
        self.value_of = value_of
        self.position_of = position_of


class _ScaledSliderAccessible(QAccessibleWidget):
    def __init__(self, slider: QAbstractSlider, scale: SliderScale) -> None:
        super().__init__(slider, QAccessible.Role.Slider)
        self._value = _SliderValue(slider, scale)
        self._scale = scale

    def interface_cast(self, kind):  # Qt override
        if kind == QAccessible.InterfaceType.ValueInterface:
            return self._value
        return super().interface_cast(kind)

    def text(self, kind) -> str:  # Qt override
        if kind == QAccessible.Text.Value:
            return spoken_number(round(self._scale.value_of(self.widget().value()), 6))
        return super().text(kind)


def speak_slider_in(slider: QAbstractSlider, scale: SliderScale) -> None:
    """``slider`` tells its value in the units ``scale`` gives."""
    global _factory_installed
    if not _factory_installed:  # once the application exists: one installed before is lost
        QAccessible.installFactory(_accessible_for)
        _factory_installed = True
    slider._accessible_scale = scale
    # Qt makes (and keeps) a slider's interface at its first value change when assistive
    # technology is active: one made before the scale was known is replaced.
    face = QAccessible.queryAccessibleInterface(slider)
    if face is not None and not isinstance(face, _ScaledSliderAccessible):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(face))


def _accessible_for(_class_name: str, thing) -> QAccessibleWidget | None:
    scale = getattr(thing, "_accessible_scale", None)
    if isinstance(thing, QAbstractSlider) and scale is not None:
        return _ScaledSliderAccessible(thing, scale)
    return None


_factory_installed = False


def name_from_labels(root: QWidget) -> None:
    """Every control under ``root`` that a label is the buddy of (as a form's labels are),
    and that has no accessible name yet, is named by the label's text."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.accessibleName():
            continue
        text = label.text()
        if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        ):
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        text = text.rstrip(":").strip()
        if text:
            buddy.setAccessibleName(text)
