"""The playback keys do what the screen says, after any use of the mouse.

Left, Right, Space, Home and End step through the sequence (the math panel says "Press Step ▶
(or the Right key)"). A control the mouse used does not keep the keyboard: sliders, buttons,
check boxes and lists take the keyboard from Tab alone, and then show a focus frame
(style.qss) and use the keys themselves; a text field hands the keys back once its text is
taken (Enter); Esc hands them back from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP

#: Controls a click must not hand the keyboard to (Tab still does).
_CLICKED_NOT_TYPED = (QAbstractButton, QAbstractSlider, QComboBox)

#: What Help → Keyboard shortcuts says about the keys, under the list of shortcuts (the
#: shortcuts' dialog translates it, `lstm_lab.shell.lesson_window.show_shortcuts`).
KEYS_NOTE = QT_TRANSLATE_NOOP(
    "PlaybackKeys",
    "<p>After any click, the arrow keys, Space, Home and End step through the sequence. "
    "To move a slider or press a button with the keyboard, press <b>Tab</b> until it shows "
    "a coloured frame; the arrows then move it (Page Up and Page Down in larger steps). "
    "<b>Esc</b> gives the keys back to the steps; so does <b>Enter</b> in a text box once "
    "its text is taken.</p>",
)


def keys_follow_the_screen(window: QWidget, home: QWidget) -> None:
    """Set up ``window``'s controls as the module says. ``home`` (a view that uses no playback
    key) holds the keyboard when no control does: from the start, since Qt would otherwise
    give it to the first control Tab reaches (a button that Space would then press)."""
    window.keys_home = home
    home.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    home.setFocus(Qt.FocusReason.OtherFocusReason)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _CLICKED_NOT_TYPED):
            continue
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A click does not move the keyboard here, so a text field being typed in would keep
        # it: using another control with the mouse takes the text (as leaving the field does).
        if isinstance(widget, QAbstractButton):
            widget.pressed.connect(lambda w=window: _leave_text_field(w))
        elif isinstance(widget, QAbstractSlider):
            widget.actionTriggered.connect(lambda _action, w=window: _leave_text_field(w))
    for edit in window.findChildren(QLineEdit):
        if edit.isReadOnly():
            continue
        edit.returnPressed.connect(lambda e=edit: QTimer.singleShot(0, e, lambda: _taken(e)))


def _taken(edit: QLineEdit) -> None:
    """After Enter: text that was taken gives the keys back; refused text keeps them, so the
    student can correct it."""
    try:
        owner = edit.parent() if isinstance(edit.parent(), QAbstractSpinBox) else edit
        if edit.hasFocus() and not owner.property("invalid") and not edit.property("invalid"):
            release_keyboard(edit.window())
    except RuntimeError:  # the field is gone (its window closed)
        pass


def _leave_text_field(window: QWidget) -> None:
    focus = QApplication.focusWidget()
    if (
        isinstance(focus, (QLineEdit, QAbstractSpinBox))
        and not (isinstance(focus, QLineEdit) and focus.isReadOnly())
        and focus.window() is window
    ):
        release_keyboard(window)


def release_keyboard(window: QWidget) -> None:
    """No control keeps the keyboard: the playback keys work again."""
    home = getattr(window, "keys_home", None)
    if home is not None:
        home.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        focus.clearFocus()
