"""Training joined to the window: the epoch pumps and the controller (Qt, GUI thread).

- `pump.py`: drives the engine's `fit` generator, epoch by epoch, and keeps the history.
- `controller.py`: starts, stops and follows runs for one lab state, and says in words what
  is happening (the words themselves are `lstm_lab.lab.training`).
"""

from lstm_lab.lab.training import (
    DIVERGED_MESSAGE,
    TrainingSettings,
    format_mse,
    overlay_text,
    status_text,
)
from lstm_lab.training.controller import TrainingController
from lstm_lab.training.pump import TimerPump, TrainingProgress

__all__ = [
    "DIVERGED_MESSAGE",
    "TimerPump",
    "TrainingController",
    "TrainingProgress",
    "TrainingSettings",
    "format_mse",
    "overlay_text",
    "status_text",
]
