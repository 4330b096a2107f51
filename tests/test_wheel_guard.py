"""The mouse wheel changes no control that the student has not chosen, in every panel and
page of every built-in lesson's window; once chosen (focused), it does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.builtin import builtin_lessons

CONTROLS = (QAbstractSpinBox, QAbstractSlider, QComboBox)


def value(control) -> object:
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    return control.value()


def wheel(control, steps: int) -> None:
    """The wheel turned over ``control``, as a student scrolling a panel turns it."""
    centre = QPointF(control.rect().center())
    event = QWheelEvent(
        centre, QPointF(control.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(control, event)
    QApplication.processEvents()


def shown_controls(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QScrollBar)
        and widget.isVisible()
        and widget.isEnabled()
    ]


def pages(root: QWidget):
    """Each page of each tab or stack in ``root`` brought forward in turn (None: as it is)."""
    yield None
    for book in root.findChildren(QWidget):
        if isinstance(book, (QTabWidget, QStackedWidget)) and book.isVisible():
            for index in range(book.count()):
                book.setCurrentIndex(index)
                QApplication.processEvents()
                yield book, index


def every_panel(window):
    """Every dock of ``window`` in front in turn, and every page in it."""
    for key, dock in window.docks.items():
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        for page in pages(dock):
            yield key, page


@pytest.mark.parametrize("kind", sorted({lesson.kind for lesson in builtin_lessons()}))
def test_the_wheel_changes_no_control_without_focus(qtbot, open_window, kind):
    window = None
    checked = changed_with_focus = 0
    for lesson in (lesson for lesson in builtin_lessons() if lesson.kind == kind):
        if window is None:
            window = open_window(lesson.name, size=(1024, 768))
        else:
            window.open_lesson(lesson)
        for key, page in every_panel(window):
            for control in shown_controls(window.docks[key]):
                window.setFocus()
                assert not control.hasFocus()
                assert control.focusPolicy() != Qt.FocusPolicy.WheelFocus, (
                    f"{lesson.name}: the wheel would give {control.objectName()} the focus"
                )
                before = value(control)
                for steps in (1, -1):
                    wheel(control, steps)
                    assert value(control) == before, (
                        f"{lesson.name}, {key} {page}: {type(control).__name__} "
                        f"{control.objectName()!r} changed under the wheel without focus"
                    )
                checked += 1
    assert checked > 0
    # Chosen, a control follows the wheel as before.
    for key, _page in every_panel(window):
        for control in shown_controls(window.docks[key]):
            if isinstance(control, QSpinBox) and control.minimum() < control.value():
                control.setFocus()
                before = value(control)
                wheel(control, -1)
                changed_with_focus += value(control) != before
                control.setValue(control.value() + control.singleStep())
                break
    assert changed_with_focus > 0


def test_a_control_made_after_the_window_is_guarded_too(qtbot, open_window):
    window = open_window(kind="forecast", size=(1024, 768))
    holder = QWidget()
    QVBoxLayout(holder)
    box = QSpinBox()
    box.setRange(0, 10)
    box.setValue(5)
    holder.layout().addWidget(box)
    window.docks[next(iter(window.docks))].setWidget(holder)
    QApplication.processEvents()
    window.setFocus()
    assert box.isVisible() and not box.hasFocus()
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a click or Tab, not the wheel
    wheel(box, 1)
    assert box.value() == 5
    box.setFocus()
    wheel(box, 1)
    assert box.value() == 6
