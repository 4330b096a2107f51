"""The input-sequence field with presets and an inline error under it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.engine import parse_sequence
from lstm_lab.ui.number_list_edit import NumberListEdit
from lstm_lab.ui.state import LabState

# (name shown, sequence): the seed's four, then a few that show memory at work.
PRESETS = (
    (QT_TRANSLATE_NOOP("SequenceInput", "Single pulse"), "1, 0, 0, 0, 0"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Early burst"), "1, 1, 1, 0, 0"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Alternating"), "1, 0, 1, 0, 1"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Late pulse"), "0, 0, 0, 1, 0"),
    (
        QT_TRANSLATE_NOOP("SequenceInput", "Long memory"),
        "1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0",
    ),
    (QT_TRANSLATE_NOOP("SequenceInput", "Two pulses"), "1, 0, 0, 0, 1, 0, 0, 0"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Negative pulse"), "-1, 0, 0, 0, 0"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Steady input"), "1, 1, 1, 1, 1, 1, 1, 1"),
    (QT_TRANSLATE_NOOP("SequenceInput", "Ramp"), "0, 0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25, 0"),
)


class SequenceInput(QWidget):
    """Text applies when the student commits it (Enter or leaving the field). Bad text shows
    its error under the field, the field is marked and the last good sequence stays; once an
    error shows, the text is checked as it is typed, so fixing it applies it at once."""

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.field = NumberListEdit(
            title=self.tr("Input sequence x(t)"),
            noun=self.tr("sequence"),
            edit_name="sequenceEdit",
            error_name="sequenceError",
            placeholder=self.tr("e.g. 1, 0, 0, 0, 0"),
            tooltip=self.tr(
                "The input x(t), one number per time step, separated by commas, spaces or "
                "semicolons; decimals take a point, e.g. 0.5. Press Enter to apply."
            ),
        )
        self.edit = self.field.edit
        self.error = self.field.error
        self.presets = QComboBox()
        self.presets.setObjectName("presetCombo")
        self.presets.setToolTip(self.tr("Ready-made input sequences"))
        self.presets.setAccessibleName(self.tr("Ready-made input sequences"))
        self.presets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.presets.setMinimumContentsLength(8)
        self.presets.addItem(self.tr("Presets…"), None)
        self._preset_values = [parse_sequence(text) for _name, text in PRESETS]
        for name, text in PRESETS:
            # The name alone fits the closed list; the numbers are in the field beside it and
            # in the item's tooltip.
            self.presets.addItem(self.tr(name), text)
            self.presets.setItemData(self.presets.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.field.add_beside(self.presets, 2, field_stretch=3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)

        self.field.valuesEntered.connect(state.set_sequence)
        self.presets.activated.connect(self._on_preset)
        state.sequenceChanged.connect(self._sync_from_state)
        self._sync_from_state()

    def error_text(self) -> str:
        return self.field.error_text()

    def _on_preset(self, index: int) -> None:
        text = self.presets.itemData(index)
        if text is None:
            return
        self.edit.setText(text)
        self.field.commit()

    def _sync_from_state(self) -> None:
        """The field shows the sequence; the list names its preset, if it is one, so the arrow
        keys step through the presets from there ("Presets…" for a sequence of one's own)."""
        sequence = self._state.sequence
        self.field.set_values(sequence)
        index = next(
            (
                k + 1
                for k, values in enumerate(self._preset_values)
                if len(values) == len(sequence) and np.array_equal(values, sequence)
            ),
            0,
        )
        with QSignalBlocker(self.presets):
            self.presets.setCurrentIndex(index)
