"""A field for a list of numbers ("1, 0, 0.5"), with its error shown right under it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lstm_lab.core.engine_words import error_text
from lstm_lab.engine import SequenceError, format_sequence, parse_sequence

# QLineEdit cuts text silently at 32,767 characters unless told otherwise: 10,000 numbers of
# a few digits each are far longer. The item limit is the parser's, and it says so in words.
_NO_TEXT_LIMIT = 2**31 - 1
# Past this length the field's undo history is dropped after each edit: QLineEdit keeps every
# pasted character in it for ever, over a megabyte per large paste.
_UNDO_LIMIT = 10_000


class NumberListEdit(QWidget):
    """Title, line edit and an error label under it, for one list of numbers.

    Text counts when the student commits it (Enter or leaving the field): good text is emitted
    with ``valuesEntered``; bad text shows its error under the field, marks the field (the
    ``invalid`` property that the style sheet colours) and the last good values stay in effect.
    Once an error shows, the text is checked as it is typed, so fixing it applies it at once.

    ``apply_as_typed``: good text applies at every keystroke, and a complaint still waits for
    Enter or leaving. ``allow_empty``: an empty field means "no values" and emits None.
    ``check(values)`` returns a complaint about numbers that parse, or None when they will do.
    The owner mirrors its model into the field with ``set_values``.
    """

    valuesEntered = Signal(object)  # np.ndarray, or None for an empty field that allows it
    textEdited = Signal(str)  # the student changed the text; emitted before it is judged

    def __init__(
        self,
        *,
        title: str,
        noun: str,
        edit_name: str,
        error_name: str,
        placeholder: str,
        tooltip: str,
        allow_empty: bool = False,
        apply_as_typed: bool = False,
        check: Callable[[np.ndarray], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._noun = noun
        self._allow_empty = allow_empty
        self._apply_as_typed = apply_as_typed
        self._check = check
        self._values: np.ndarray | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName(edit_name)
        self.edit.setMaxLength(_NO_TEXT_LIMIT)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setToolTip(tooltip)
        self.error = QLabel()
        self.error.setObjectName(error_name)
        self.error.setWordWrap(True)
        self.error.hide()
        self.title = QLabel(title)
        self.title.setBuddy(self.edit)
        # A screen reader hears the field's title, what it takes, and, once there is one,
        # why the text was refused.
        self.edit.setAccessibleName(title.rstrip(": "))
        self._description = tooltip
        self.edit.setAccessibleDescription(tooltip)

        self._row = QHBoxLayout()
        self._row.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(self._row)
        layout.addWidget(self.error)

        self.edit.textEdited.connect(self._on_text_edited)
        # Enter emits editingFinished too, even when the text is unchanged.
        self.edit.editingFinished.connect(self.commit)

    # ------------------------------------------------------------------ public
    def add_beside(self, widget: QWidget, stretch: int, *, field_stretch: int) -> None:
        """Put ``widget`` to the right of the field; the error stays under both."""
        self._row.setStretch(0, field_stretch)
        self._row.addWidget(widget, stretch)

    def values(self) -> np.ndarray | None:
        """The values in effect: the last good ones entered, or set with ``set_values``."""
        return self._values

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def commit(self) -> None:
        """Judge the text as if the student had pressed Enter."""
        values, problem = self._judge(self.edit.text())
        if problem is not None:
            self._show_error(problem)
            return
        self._accept(values)

    def set_values(self, values: np.ndarray | None) -> None:
        """Show the model's values, unless the field already holds the same numbers or an edit
        the student is still fixing. With None, text that reads as numbers but fails ``check``
        stays with its complaint (a target the input's new length made wrong); else it goes."""
        self._values = None if values is None else np.array(values, dtype=np.float64)
        shown = self._shown_values()
        if values is None:
            if shown is not None and self._complaint(shown) is not None:
                self.commit()
                return
            if self.edit.text():
                self.edit.clear()
            self._clear_error()
            return
        if shown is not None and np.array_equal(shown, values):
            self._clear_error()
            return
        if self.edit.hasFocus() and not self.error.isHidden():
            return
        self.edit.setText(format_sequence(values))
        self._clear_error()

    # ------------------------------------------------------------------ internals
    def _judge(self, text: str) -> tuple[np.ndarray | None, str | None]:
        """(values, None) for good text, where values is None for an allowed empty field;
        (None, complaint) for bad text."""
        if self._allow_empty and not text.strip():
            return None, None
        try:
            values = parse_sequence(text)
        except SequenceError as error:
            return None, error_text(error)
        problem = self._complaint(values)
        return (None, problem) if problem is not None else (values, None)

    def _complaint(self, values: np.ndarray) -> str | None:
        return self._check(values) if self._check is not None else None

    def _shown_values(self) -> np.ndarray | None:
        try:
            return parse_sequence(self.edit.text())
        except SequenceError:
            return None

    def _on_text_edited(self, text: str) -> None:
        if len(text) > _UNDO_LIMIT:
            self._drop_undo_history()
        self.textEdited.emit(text)
        error_shown = not self.error.isHidden()
        if not (self._apply_as_typed or error_shown):
            return  # half-typed text is not judged until it is committed
        values, problem = self._judge(text)
        if problem is None:
            self._accept(values)
        elif error_shown and not self._apply_as_typed:
            self._show_error(problem)

    def _drop_undo_history(self) -> None:
        """Setting the same text again empties the history; the cursor stays where it was."""
        edit = self.edit
        cursor, modified = edit.cursorPosition(), edit.isModified()
        edit.setText(edit.text())
        edit.setCursorPosition(cursor)
        edit.setModified(modified)

    def _accept(self, values: np.ndarray | None) -> None:
        self._values = values
        self._clear_error()
        self.valuesEntered.emit(values)

    def _show_error(self, message: str) -> None:
        said = (
            self.tr("{problem}. The last good {noun} is still in use.")
            if self._values is not None
            else self.tr("{problem}. There is no {noun} until this is fixed.")
        )
        self.error.setText(
            said.format(problem=f"{message[0].upper()}{message[1:]}", noun=self._noun)
        )
        self.error.show()
        self.edit.setAccessibleDescription(f"{self.error.text()}\n{self._description}")
        self._mark(True)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.edit.setAccessibleDescription(self._description)
        self._mark(False)

    def _mark(self, invalid: bool) -> None:
        if self.edit.property("invalid") == invalid:
            return
        self.edit.setProperty("invalid", invalid)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
