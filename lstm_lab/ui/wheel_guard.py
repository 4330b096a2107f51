"""The mouse wheel scrolls a panel, and changes a control only once the control is chosen.

A student scrolling the training panel with the wheel passed over the optimiser box and turned
Adam into SGD without a word. A drop-down, number box or slider that does not have the keyboard
focus passes the wheel on to the panel that scrolls around it (or to nothing, outside such a
panel); a click (or Tab) on it first, and the wheel changes it as before.

One filter on the application guards every control of every window and dialog, those made
after a window was built too (a lesson's own panels, a page shown later). Qt gives a number
box or drop-down the focus when the wheel turns over it (their focus policy is
``Qt.WheelFocus``), before any filter sees the wheel, so the guard also takes the wheel out of
each control's focus policy when the control is first shown (``QEvent.Polish``): a click or Tab
still chooses it. A Python filter on the application costs about 3 µs an event, a few hundred
events a second while a lesson trains (`benchmarks/bench_wheel_guard.py`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def scrolling_panel(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest panel around ``widget`` that scrolls, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def is_guarded_control(widget: QObject) -> bool:
    """A control whose value the wheel would change (a scroll bar scrolls: not one)."""
    return isinstance(widget, _CONTROLS) and not isinstance(widget, QScrollBar)


def without_wheel_focus(widget: QWidget) -> None:
    """The wheel no longer gives ``widget`` the focus; a click or Tab still does."""
    policy = widget.focusPolicy()
    if policy == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """The application's filter (see the module)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == _WHEEL:
            if is_guarded_control(watched) and not watched.hasFocus():
                panel = scrolling_panel(watched)
                if panel is not None:
                    QApplication.sendEvent(panel.verticalScrollBar(), event)
                return True  # the control keeps its value
        elif kind == _POLISH and is_guarded_control(watched):
            without_wheel_focus(watched)
        return False


def guard_application() -> WheelGuard | None:
    """Guard every control of the application, once (None without a QApplication)."""
    app = QApplication.instance()
    if app is None:
        return None
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        # Controls shown before the guard came are polished already.
        for widget in QApplication.allWidgets():
            if is_guarded_control(widget):
                without_wheel_focus(widget)
    return guard
