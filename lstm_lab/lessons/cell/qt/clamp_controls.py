"""Gate clamps: pin a gate open or shut, or to a value of the student's choice."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.engine import GATES
from lstm_lab.ui.state import LabState

CHOICES = {
    "f": (
        (QT_TRANSLATE_NOOP("ClampControls", "free"), None),
        (QT_TRANSLATE_NOOP("ClampControls", "open: f = 1"), 1.0),
        (QT_TRANSLATE_NOOP("ClampControls", "half: f = 0.5"), 0.5),
        (QT_TRANSLATE_NOOP("ClampControls", "shut: f = 0"), 0.0),
    ),
    "i": (
        (QT_TRANSLATE_NOOP("ClampControls", "free"), None),
        (QT_TRANSLATE_NOOP("ClampControls", "open: i = 1"), 1.0),
        (QT_TRANSLATE_NOOP("ClampControls", "half: i = 0.5"), 0.5),
        (QT_TRANSLATE_NOOP("ClampControls", "shut: i = 0"), 0.0),
    ),
    "g": (
        (QT_TRANSLATE_NOOP("ClampControls", "free"), None),
        ("C̃ = 1", 1.0),
        ("C̃ = 0", 0.0),
        ("C̃ = −1", -1.0),
    ),
    "o": (
        (QT_TRANSLATE_NOOP("ClampControls", "free"), None),
        (QT_TRANSLATE_NOOP("ClampControls", "open: o = 1"), 1.0),
        (QT_TRANSLATE_NOOP("ClampControls", "half: o = 0.5"), 0.5),
        (QT_TRANSLATE_NOOP("ClampControls", "shut: o = 0"), 0.0),
    ),
}
NAMES = {
    "f": QT_TRANSLATE_NOOP("ClampControls", "Forget gate"),
    "i": QT_TRANSLATE_NOOP("ClampControls", "Input gate"),
    "g": QT_TRANSLATE_NOOP("ClampControls", "Candidate C̃"),
    "o": QT_TRANSLATE_NOOP("ClampControls", "Output gate"),
}
TIPS = {
    "f": QT_TRANSLATE_NOOP(
        "ClampControls",
        "Pin the forget gate. Open (1) keeps all of C(t−1), while the input gate may still "
        "add to it. Shut (0) wipes it at every step.",
    ),
    "i": QT_TRANSLATE_NOOP(
        "ClampControls", "Pin the input gate. Shut (0) lets nothing new into the cell state."
    ),
    "g": QT_TRANSLATE_NOOP(
        "ClampControls",
        "Pin the candidate value C̃ that the input gate may write into the cell state.",
    ),
    "o": QT_TRANSLATE_NOOP(
        "ClampControls",
        "Pin the output gate. Shut (0) hides the cell state: h(t) = 0 whatever C(t) holds.",
    ),
}


class ClampControls(QWidget):
    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.combos: dict[str, QComboBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(3)
        for index, gate in enumerate(GATES):
            name, tip = self.tr(NAMES[gate]), self.tr(TIPS[gate])
            label = QLabel(name)
            combo = QComboBox()
            combo.setObjectName(f"clampCombo_{gate}")
            combo.setToolTip(tip)
            combo.setAccessibleName(self.tr("Pin the {gate}").format(gate=name.lower()))
            combo.setAccessibleDescription(tip)
            label.setBuddy(combo)
            label.setToolTip(tip)
            for text, value in CHOICES[gate]:
                combo.addItem(self.tr(text), value)
            combo.currentIndexChanged.connect(lambda _i, g=gate: self._on_choice(g))
            layout.addWidget(label, index, 0)
            layout.addWidget(combo, index, 1)
            self.combos[gate] = combo
        free_all = QPushButton(self.tr("Free all gates"))
        free_all.setObjectName("freeGatesButton")
        free_all.setToolTip(self.tr("Let every gate follow its weights again"))
        free_all.clicked.connect(state.clear_clamps)
        layout.addWidget(free_all, len(GATES), 0, 1, 2)
        layout.setColumnStretch(1, 1)
        state.clampsChanged.connect(self._sync_from_state)

    def _on_choice(self, gate: str) -> None:
        self._state.set_clamp(gate, self.combos[gate].currentData())

    def _sync_from_state(self) -> None:
        clamps = self._state.clamps
        for gate, combo in self.combos.items():
            index = combo.findData(clamps[gate]) if gate in clamps else 0
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(index, 0))
