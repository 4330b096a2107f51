"""The thin Qt adapter around the lab model: the same fields, as Qt signals for the widgets.

`LabState` owns a `lstm_lab.lab.LabModel` (plain Python) and re-emits each of the model's
per-field events as a Qt signal. Reading and writing go straight to the model: every public
attribute the model has (``params``, ``set_param``, ``go_to``, ``explanation``…) is reached
through the state as well, so the widgets keep one object to talk to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from lstm_lab.engine import LSTM, ScalarCell
from lstm_lab.lab.model import DEFAULT_SEQUENCE_TEXT, LabModel

__all__ = ["DEFAULT_SEQUENCE_TEXT", "LabState"]

#: model event → the adapter's signal that carries it.
_SIGNALS = {
    "params": "paramsChanged",
    "sequence": "sequenceChanged",
    "target": "targetChanged",
    "clamps": "clampsChanged",
    "initial": "initialChanged",
    "trace": "traceChanged",
    "gradients": "gradientsChanged",
    "cursor": "cursorChanged",
    "locks": "lockedChanged",
    "fixed": "fixedChanged",
    "task": "taskChanged",
    "mode": "modeChanged",
    "views": "viewsChanged",
    "lesson": "lessonChanged",
    "training": "trainingChanged",
    "settings": "settingsChanged",
}


class LabState(QObject):
    """The lab model as Qt signals; see `LabModel` for the fields and their meaning."""

    paramsChanged = Signal()
    sequenceChanged = Signal()
    targetChanged = Signal()
    clampsChanged = Signal()
    initialChanged = Signal()
    traceChanged = Signal()
    gradientsChanged = Signal()
    cursorChanged = Signal(int)
    lockedChanged = Signal(str, bool)
    fixedChanged = Signal()
    taskChanged = Signal()
    modeChanged = Signal(str)
    viewsChanged = Signal()
    lessonChanged = Signal()
    trainingChanged = Signal(bool)
    settingsChanged = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        model: LabModel | None = None,
        cell: ScalarCell = LSTM,
    ) -> None:
        super().__init__(parent)
        self.model = model if model is not None else LabModel(cell)
        for event, signal in _SIGNALS.items():
            getattr(self.model.events, event).connect(getattr(self, signal).emit)
        # The model's methods, bound once: a slider move calls them without a detour.
        for name in dir(LabModel):
            if not name.startswith("_") and callable(getattr(LabModel, name)):
                setattr(self, name, getattr(self.model, name))

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the QObject itself does not have: the model's other fields.
        if name.startswith("_") or name == "model":
            raise AttributeError(name)
        return getattr(self.model, name)


def _forward(name: str) -> property:
    return property(lambda self: getattr(self.model, name), doc=f"The model's {name}.")


# The fields the views read most, as properties: no failed lookup before __getattr__.
for _name, _value in vars(LabModel).items():
    if isinstance(_value, property):
        setattr(LabState, _name, _forward(_name))
