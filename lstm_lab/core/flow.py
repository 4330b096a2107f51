"""The data flow through the LSTM's gates, phase by phase: what "Animate this step" shows.

Each phase names what is computed, in the order the engine computes it, and its value read from
the step's `StepExplanation` (the numbers the engine already computed; nothing is recomputed
here). `math_lines` finds the lines of the math panel that compute a phase, so the panel can
highlight the equation being computed at that moment. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.core.report import CELL_STATE, GATE_TITLES, HIDDEN_STATE, OUTPUT
from lstm_lab.engine.explain import StepExplanation
from lstm_lab.engine.params import GATE_SPECS


@dataclass(frozen=True)
class Phase:
    key: str  # "inputs", "f", "i", "g", "o", "forget_part", "input_part", "c", "tanh_c", "h", "y"
    words: str  # what happens, in words (marked for translation: translate("Flow", words))
    symbol: str  # the quantity it computes, e.g. "f(t)"


PHASES: tuple[Phase, ...] = (
    Phase(
        "inputs",
        QT_TRANSLATE_NOOP("Flow", "x(t) and h(t−1) travel along their wires to the four gates"),
        "x(t)",
    ),
    Phase(
        "f",
        QT_TRANSLATE_NOOP("Flow", "the forget gate lights up: how much of C(t−1) to keep"),
        "f(t)",
    ),
    Phase(
        "i",
        QT_TRANSLATE_NOOP("Flow", "the input gate lights up: how much of the candidate to write"),
        "i(t)",
    ),
    Phase(
        "g",
        QT_TRANSLATE_NOOP("Flow", "the candidate C̃(t) lights up: the new value on offer"),
        "C̃(t)",
    ),
    Phase(
        "o",
        QT_TRANSLATE_NOOP("Flow", "the output gate lights up: how much of the memory to show"),
        "o(t)",
    ),
    Phase(
        "forget_part",
        QT_TRANSLATE_NOOP("Flow", "f·C(t−1) forms on the highway: the memory kept"),
        "f·C(t−1)",
    ),
    Phase("input_part", QT_TRANSLATE_NOOP("Flow", "i·C̃ forms: the new memory written"), "i·C̃(t)"),
    Phase("c", QT_TRANSLATE_NOOP("Flow", "their sum is the new cell state C(t)"), "C(t)"),
    Phase("tanh_c", QT_TRANSLATE_NOOP("Flow", "tanh squashes C(t) into −1…1"), "tanh C(t)"),
    Phase("h", QT_TRANSLATE_NOOP("Flow", "times o(t) gives the hidden state h(t)"), "h(t)"),
    Phase("y", QT_TRANSLATE_NOOP("Flow", "y(t) leaves the cell"), "y(t)"),
)
PHASE_KEYS = tuple(phase.key for phase in PHASES)


def phase_values(ex: StepExplanation) -> dict[str, float]:
    """The value each phase reveals, from the engine's explanation of the step."""
    values = {"inputs": ex.x}
    values.update({gate: ex.gates[gate].value for gate in ("f", "i", "g", "o")})
    values.update(
        forget_part=ex.forget_part,
        input_part=ex.input_part,
        c=ex.c,
        tanh_c=ex.tanh_c,
        h=ex.h,
        y=ex.y,
    )
    return values


def math_lines(lines: list[str], key: str) -> list[int]:
    """Indices of the math panel's lines (`MathPanel.lines`) that compute phase ``key``."""

    def start(prefix: str) -> int:
        for index, line in enumerate(lines):
            if line.startswith(prefix):
                return index
        return -1

    if key == "inputs":
        return [1] if len(lines) > 1 else []
    if key in GATE_SPECS:
        first = start(translate("Report", GATE_TITLES[key]))
        return [] if first < 0 else [first, first + 1, first + 2]
    cell = start(translate("Report", CELL_STATE))
    hidden = start(translate("Report", HIDDEN_STATE))
    output = start(translate("Report", OUTPUT))
    table = {
        "forget_part": [cell, cell + 1],
        "input_part": [cell, cell + 1],
        "c": [cell + 2],
        "tanh_c": [hidden, hidden + 1],
        "h": [hidden, hidden + 1],
        "y": [output, output + 1],
    }
    found = table.get(key, [])
    return [] if any(index < 0 for index in found) else found
