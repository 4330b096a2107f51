"""A refused paste into the single-cell window's input sequence: none of it applies (no prefix,
not the good items), the sequence in effect stays, the field keeps the pasted text to be fixed,
and the message under it names the item that is wrong."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

KEPT = "The last good sequence is still in use."


@pytest.fixture
def window(open_window):
    win = open_window(size=(1440, 900))
    # A target to keep as well: the training panel's first preset, chosen as a student does.
    combo = win.findChild(QComboBox, "targetPresetCombo")
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert win.state.target is not None
    return win


def paste(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all in the field and paste ``text`` with the keyboard, as a student does."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def what_is_in_effect(win) -> tuple:
    state = win.state
    target = None if state.target is None else state.target.copy()
    return state.sequence.copy(), target, state.trace.h.copy(), state.cursor


def assert_unchanged(win, before: tuple) -> None:
    sequence, target, h, cursor = what_is_in_effect(win)
    np.testing.assert_array_equal(sequence, before[0])
    assert (target is None) == (before[1] is None)
    if target is not None:
        np.testing.assert_array_equal(target, before[1])
    np.testing.assert_array_equal(h, before[2])
    assert cursor == before[3]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1, 0.5, 3000000, 0, 1", 'Item 3, "3000000", is too large'),
        ("1, 0.5, abc, 0, 1", 'Item 3, "abc", is not a number'),
        ("0.25\n0.5\nn/a\n1\n", 'Item 3, "n/a", is not a number'),
        ("1 0 0 1e7", 'Item 4, "1e7", is too large'),
        ("0.5, 1, , 0", "Item 3 is empty: there is nothing between two commas"),
        ("1, 0, inf, 1", 'Item 3, "inf", is not a finite number'),
    ],
)
def test_a_refused_paste_applies_nothing_and_stays_to_be_fixed(qtbot, window, text, message):
    edit = window.findChild(QLineEdit, "sequenceEdit")
    error = window.findChild(QLabel, "sequenceError")
    before = what_is_in_effect(window)
    steps = window.history.stack.count()
    undo = window.actions_by_key["undo"].text()
    changes = []
    window.state.sequenceChanged.connect(lambda: changes.append("sequence"))
    window.state.targetChanged.connect(lambda: changes.append("target"))

    paste(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert changes == []
    assert_unchanged(window, before)
    assert edit.text() == text  # the student's text, to be fixed
    assert edit.property("invalid") is True
    assert not error.isHidden()
    assert error.text().startswith(message) and error.text().endswith(KEPT)
    assert window.history.stack.count() == steps  # nothing to undo either
    assert window.actions_by_key["undo"].text() == undo

    # Leaving the field (Tab) does not apply it either, and keeps the text and the message.
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    assert changes == []
    assert_unchanged(window, before)
    assert edit.text() == text
    assert error.text().startswith(message)


def test_a_second_refused_paste_while_the_first_is_shown_applies_nothing(qtbot, window):
    edit = window.findChild(QLineEdit, "sequenceEdit")
    before = what_is_in_effect(window)
    paste(qtbot, edit, "1, 0, x, 0")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "x" in window.sequence_input.error_text()
    # With a message shown the text is judged as it changes: a paste is judged whole.
    paste(qtbot, edit, "0.5, 0.5, 0.5, 2e6, 0.5, 0.5")
    assert_unchanged(window, before)
    assert edit.text() == "0.5, 0.5, 0.5, 2e6, 0.5, 0.5"
    assert window.sequence_input.error_text().startswith('Item 4, "2e6", is too large')
    # Fixing the one wrong item applies the whole sequence at once.
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(len("0.5, 0.5, 0.5, 2e6")):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # "2e6" → "2e"
    assert_unchanged(window, before)
    assert window.sequence_input.error_text().startswith('Item 4, "2e", is not a number')
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # "2"
    np.testing.assert_array_equal(window.state.sequence, [0.5, 0.5, 0.5, 2.0, 0.5, 0.5])
    assert window.sequence_input.error_text() == ""
    assert edit.property("invalid") is False
