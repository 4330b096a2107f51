"""The input-sequence field with presets and an inline error under it."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lstm_lab.engine import SequenceError, format_sequence, parse_sequence
from lstm_lab.state import LabState

# (name shown, sequence): the seed's four, then a few that show memory at work.
PRESETS = (
    ("Single pulse", "1, 0, 0, 0, 0"),
    ("Early burst", "1, 1, 1, 0, 0"),
    ("Alternating", "1, 0, 1, 0, 1"),
    ("Late pulse", "0, 0, 0, 1, 0"),
    ("Long memory", "1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0"),
    ("Two pulses", "1, 0, 0, 0, 1, 0, 0, 0"),
    ("Negative pulse", "-1, 0, 0, 0, 0"),
    ("Steady input", "1, 1, 1, 1, 1, 1, 1, 1"),
    ("Ramp", "0, 0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25, 0"),
)


class SequenceInput(QWidget):
    """Text applies when the student commits it (Enter or leaving the field). Bad text shows
    its error under the field, the field is marked and the last good sequence stays; once an
    error shows, the text is checked as it is typed, so fixing it applies it at once."""

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.edit = QLineEdit()
        self.edit.setObjectName("sequenceEdit")
        self.edit.setPlaceholderText("e.g. 1, 0, 0, 0, 0")
        self.edit.setToolTip(
            "The input x(t), one number per time step, separated by commas, spaces or "
            "semicolons. Press Enter to apply."
        )
        self.presets = QComboBox()
        self.presets.setObjectName("presetCombo")
        self.presets.setToolTip("Ready-made input sequences")
        self.presets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.presets.setMinimumContentsLength(8)
        self.presets.addItem("Presets…", None)
        for name, text in PRESETS:
            self.presets.addItem(f"{name}: {text if len(text) < 22 else text[:20] + '…'}", text)
        self.error = QLabel()
        self.error.setObjectName("sequenceError")
        self.error.setWordWrap(True)
        self.error.hide()

        title = QLabel("Input sequence x(t)")
        title.setBuddy(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.edit, 3)
        row.addWidget(self.presets, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_commit)
        self.presets.activated.connect(self._on_preset)
        state.sequenceChanged.connect(self._sync_from_state)
        self._sync_from_state()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _on_text_edited(self, text: str) -> None:
        if self.error.isHidden():
            return  # half-typed text is not judged until it is committed
        try:
            values = parse_sequence(text)
        except SequenceError as error:
            self._show_error(str(error))
            return
        self._clear_error()
        self._state.set_sequence(values)

    def _on_commit(self) -> None:
        try:
            values = parse_sequence(self.edit.text())
        except SequenceError as error:
            self._show_error(str(error))
            return
        self._clear_error()
        self._state.set_sequence(values)

    def _on_preset(self, index: int) -> None:
        text = self.presets.itemData(index)
        if text is None:
            return
        self.edit.setText(text)
        self._on_commit()
        with QSignalBlocker(self.presets):
            self.presets.setCurrentIndex(0)

    def _show_error(self, message: str) -> None:
        self.error.setText(
            f"{message[0].upper()}{message[1:]}. The last good sequence is still in use."
        )
        self.error.show()
        self._mark(True)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self._mark(False)

    def _mark(self, invalid: bool) -> None:
        self.edit.setProperty("invalid", invalid)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _sync_from_state(self) -> None:
        """Show the state's sequence unless the field holds the same numbers or a pending edit."""
        try:
            shown = parse_sequence(self.edit.text())
        except SequenceError:
            shown = None
        sequence = self._state.sequence
        if shown is not None and len(shown) == len(sequence) and (shown == sequence).all():
            return
        if self.edit.hasFocus() and not self.error.isHidden():
            return
        self.edit.setText(format_sequence(sequence))
        self._clear_error()
