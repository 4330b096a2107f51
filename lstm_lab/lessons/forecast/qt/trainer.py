"""Train / Stop for the forecasting lesson, in the GUI thread, a few mini-batches per tick.

The model's `training_steps()` run on the one pump (`lstm_lab.ui.pump.Pump`): a zero-interval
QTimer pulls mini-batches for at most ``budget_ms`` per tick, then returns to the event loop,
which paints and handles input before the next tick. No other thread exists, so no widget is
ever touched from one; Stop takes effect before the next mini-batch (the click is handled
between two ticks). Epochs are recorded by the model as they end and announced to the views
at most about 30 times a second (`ForecastModel.publish`, on the pump's ``refreshed``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, Signal

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.pump import Pump

#: Time the GUI thread spends on mini-batches per timer tick (ms). Less than the cell's 8 ms
#: (`pump.TICK_BUDGET_MS`): a refresh here repaints a pyqtgraph view and its dock (10–17 ms
#: offscreen), and an event-loop gap can hold two ticks and a repaint.
TICK_BUDGET_MS = 5.0


class ForecastTrainer(QObject):
    """Runs the model's training on the pump (see the module).

    ``runningChanged(bool)``: a run started or ended. ``finished(str)``: a run ended, with the
    reason: 'finished' (all its epochs), 'stopped', 'diverged' or 'failed'.
    """

    runningChanged = Signal(bool)
    finished = Signal(str)

    def __init__(
        self, state: ForecastState, parent: QObject | None = None, budget_ms: float = TICK_BUDGET_MS
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._shut_down = False
        self.pump = Pump(self, budget_ms=budget_ms)
        self.pump.refreshed.connect(self._refresh)
        self.pump.finished.connect(self._end)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def is_running(self) -> bool:
        return self.pump.is_running

    @property
    def batches(self) -> int:
        """Mini-batches trained in the last run."""
        return self.pump.items

    @property
    def batches_after_stop(self) -> int:
        """Mini-batches trained after the last run's Stop was asked for (tests)."""
        return self.pump.items_after_stop

    def train(self) -> bool:
        """Start a run of the lesson's epochs from the current weights; False if running."""
        if self.pump.is_running or self._shut_down:
            return False
        steps = self._state.training_steps()
        self._state.set_training(True)
        self._state.set_status_running()
        self.runningChanged.emit(True)
        return self.pump.start(steps, self._check)

    def stop(self) -> None:
        """The run ends before its next mini-batch."""
        self.pump.stop()

    def stop_now(self) -> None:
        """End a run at once (a lesson is being replaced, the window closes)."""
        self.pump.stop_now()

    def shutdown(self) -> None:
        self._shut_down = True
        self.stop_now()

    @staticmethod
    def _check(step) -> str | None:
        result = step.epoch_result
        if result is not None and not (
            math.isfinite(result.train_loss) and math.isfinite(result.test_loss)
        ):
            return "diverged"
        return None

    def _refresh(self) -> None:
        if self.pump.is_running and self._state.publish():
            self._state.set_status_running()

    def _end(self, reason: str) -> None:
        error = self.pump.error
        problem = (str(error) or type(error).__name__) if error is not None else ""
        self._state.end_training(reason, problem)
        self.runningChanged.emit(False)
        self.finished.emit(reason)
