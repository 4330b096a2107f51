"""Gate clamps: pin a gate open or shut, or to a value of the student's choice."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from lstm_lab.engine import GATES
from lstm_lab.ui.state import LabState

CHOICES = {
    "f": (("free", None), ("open: f = 1", 1.0), ("half: f = 0.5", 0.5), ("shut: f = 0", 0.0)),
    "i": (("free", None), ("open: i = 1", 1.0), ("half: i = 0.5", 0.5), ("shut: i = 0", 0.0)),
    "g": (("free", None), ("C̃ = 1", 1.0), ("C̃ = 0", 0.0), ("C̃ = −1", -1.0)),
    "o": (("free", None), ("open: o = 1", 1.0), ("half: o = 0.5", 0.5), ("shut: o = 0", 0.0)),
}
NAMES = {"f": "Forget gate", "i": "Input gate", "g": "Candidate C̃", "o": "Output gate"}
TIPS = {
    "f": "Pin the forget gate. Open (1) keeps all of C(t−1), while the input gate may still "
    "add to it. Shut (0) wipes it at every step.",
    "i": "Pin the input gate. Shut (0) lets nothing new into the cell state.",
    "g": "Pin the candidate value C̃ that the input gate may write into the cell state.",
    "o": "Pin the output gate. Shut (0) hides the cell state: h(t) = 0 whatever C(t) holds.",
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
            label = QLabel(NAMES[gate])
            combo = QComboBox()
            combo.setObjectName(f"clampCombo_{gate}")
            combo.setToolTip(TIPS[gate])
            combo.setAccessibleName(self.tr("Pin the {0}").format(NAMES[gate].lower()))
            combo.setAccessibleDescription(TIPS[gate])
            label.setBuddy(combo)
            label.setToolTip(TIPS[gate])
            for text, value in CHOICES[gate]:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i, g=gate: self._on_choice(g))
            layout.addWidget(label, index, 0)
            layout.addWidget(combo, index, 1)
            self.combos[gate] = combo
        free_all = QPushButton("Free all gates")
        free_all.setObjectName("freeGatesButton")
        free_all.setToolTip("Let every gate follow its weights again")
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
