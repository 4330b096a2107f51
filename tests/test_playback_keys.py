"""The playback keys do what the screen says after any use of the mouse, and a slider can still
be moved with the keyboard alone (Tab to it, then the arrows). Real key events throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QSlider, QWidget


@pytest.fixture
def window(open_window):
    win = open_window(size=(1440, 900))
    win.activateWindow()
    win.state.set_sequence_text("1, 0, 0, 0, 0, 0, 0, 0")
    return win


def press(qtbot, window, key) -> None:
    """A key as the keyboard sends it: to whatever has the focus (the window if nothing)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def drag(qtbot, slider: QSlider, dx: int) -> None:
    handle = slider.rect().center()
    span = max(1, slider.maximum() - slider.minimum())
    handle.setX(round(slider.width() * (slider.value() - slider.minimum()) / span))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(slider, handle + QPoint(dx // 2, 0))
    qtbot.mouseMove(slider, handle + QPoint(dx, 0))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=handle + QPoint(dx, 0))


def weight_slider(window, name="w_f") -> QSlider:
    return window.findChild(QWidget, f"paramSlider_{name}").findChild(QSlider)


def test_space_and_end_work_in_a_fresh_window(qtbot, window):
    press(qtbot, window, Qt.Key.Key_End)
    assert window.state.cursor == window.state.length
    press(qtbot, window, Qt.Key.Key_Home)
    assert window.state.cursor == 0
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.playback.is_playing()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.playback.is_playing()


def test_after_dragging_a_slider_the_keys_step(qtbot, window):
    slider = weight_slider(window)
    before = window.state.params.w_xf
    drag(qtbot, slider, 30)
    moved = window.state.params.w_xf
    assert moved != before  # the drag moved the weight
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.cursor == 1 and window.state.params.w_xf == moved
    press(qtbot, window, Qt.Key.Key_End)
    assert window.state.cursor == window.state.length
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.state.cursor == window.state.length - 1
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.playback.is_playing()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.playback.is_playing()
    assert window.state.params.w_xf == moved


def test_after_clicking_a_button_space_plays(qtbot, window):
    button = window.findChild(QPushButton, "freeGatesButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.playback.is_playing()
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.mouseClick(window.findChild(QPushButton, "stepForwardButton"), Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.cursor == 2


def test_after_enter_in_the_sequence_field_right_steps(qtbot, window):
    edit = window.findChild(QLineEdit, "sequenceEdit")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert edit.hasFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1, 0, 0")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not edit.hasFocus(), timeout=1000)
    assert window.state.length == 3
    assert "Right key" in window.math_panel.toPlainText()
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.cursor == 1


def test_refused_text_keeps_the_keyboard_for_a_correction(qtbot, window):
    edit = window.findChild(QLineEdit, "sequenceEdit")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, "1, x")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert edit.hasFocus()


def test_enter_in_a_weight_box_gives_the_keys_back(qtbot, window):
    box = window.findChild(QLineEdit, "paramValue_w_f")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    box.selectAll()
    qtbot.keyClicks(box, "0.75")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.hasFocus(), timeout=1000)
    assert window.state.params.w_xf == 0.75
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.cursor == 1 and window.state.params.w_xf == 0.75


def test_a_slider_moves_with_the_keyboard_alone_and_shows_it(qtbot, window):
    slider = weight_slider(window, "b_f")
    plain = slider.grab().toImage()
    for _ in range(200):  # Tab through the controls until the slider has the keyboard
        if slider.hasFocus():
            break
        press(qtbot, window, Qt.Key.Key_Tab)
    assert slider.hasFocus()
    assert slider.grab().toImage() != plain  # a focus frame shows who has the keyboard
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.params.b_f == pytest.approx(0.01) and window.state.cursor == 0
    # Esc gives the keys back to the steps; the slider's focus frame goes away.
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not slider.hasFocus()
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.cursor == 1 and window.state.params.b_f == pytest.approx(0.01)


def test_help_says_how_the_keys_work(qtbot, window):
    window.act_shortcuts.trigger()
    box = window.findChild(QWidget, "shortcutsDialog")
    assert "Tab" in box.note.text() and "Esc" in box.note.text()
    box.close()
