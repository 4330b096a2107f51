"""The mouse wheel scrolls a panel, and changes a control only once the control is chosen.

A student scrolling the training panel with the wheel passed over the optimiser box and turned
Adam into SGD without a word. In a panel that scrolls, a drop-down, number box or slider that
does not have the keyboard focus passes the wheel on to the panel; a click (or Tab) on it
first, and the wheel changes it as before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def scrolling_panel(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest panel around ``widget`` that scrolls, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Watches the controls `guard_controls` gives it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, _CONTROLS)
            and not isinstance(watched, QScrollBar)
            and not watched.hasFocus()
        ):
            panel = scrolling_panel(watched)
            if panel is not None:
                QApplication.sendEvent(panel.verticalScrollBar(), event)
                return True
        return False


def guard_controls(root: QWidget) -> int:
    """Guard every control in a scrolling panel under ``root`` (a filter on each control, not
    on the application: that would cost a Python call for every event of the app). Returns
    how many controls are guarded."""
    guard = root.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(root)
    count = 0
    for widget in root.findChildren(QWidget):
        if isinstance(widget, _CONTROLS) and scrolling_panel(widget) is not None:
            widget.removeEventFilter(guard)  # never twice
            widget.installEventFilter(guard)
            count += 1
    return count
