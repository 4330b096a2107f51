"""The thin Qt adapter around the forecasting lesson's model: its events as Qt signals.

`ForecastState` owns a `lstm_lab.lab.forecast_model.ForecastModel` (plain Python) and re-emits
each of its per-field events as a Qt signal; every public attribute of the model is reached
through the state as well, so the widgets keep one object to talk to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from lstm_lab.lab.forecast_model import ForecastModel

#: model event → the adapter's signal that carries it.
_SIGNALS = {
    "options": "optionsChanged",
    "data": "dataChanged",
    "weights": "weightsChanged",
    "progress": "progressed",
    "history": "historyChanged",
    "example": "exampleChanged",
    "unit": "unitChanged",
    "training": "trainingChanged",
    "status": "statusChanged",
    "views": "viewsChanged",
    "lesson": "lessonChanged",
}


class ForecastState(QObject):
    """The forecast model as Qt signals; see `ForecastModel` for the fields."""

    optionsChanged = Signal()
    dataChanged = Signal()
    weightsChanged = Signal()
    progressed = Signal()
    historyChanged = Signal()
    exampleChanged = Signal(int)
    unitChanged = Signal(int)
    trainingChanged = Signal(bool)
    statusChanged = Signal(str)
    viewsChanged = Signal()
    lessonChanged = Signal()

    def __init__(self, parent: QObject | None = None, *, model: ForecastModel | None = None):
        super().__init__(parent)
        self.model = model if model is not None else ForecastModel()
        for event, signal in _SIGNALS.items():
            getattr(self.model.events, event).connect(getattr(self, signal).emit)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the QObject itself does not have: the model's fields.
        if name.startswith("_") or name == "model":
            raise AttributeError(name)
        return getattr(self.model, name)
