"""Train / Stop for the forecasting lesson, in the GUI thread, a few mini-batches per tick.

The same design as `pump.TimerPump`: a zero-interval QTimer pulls mini-batches from the
model's `training_steps()` for at most ``budget_ms`` per tick, then returns to the event loop,
which paints and handles input before the next tick. No other thread exists, so no widget is
ever touched from one; Stop takes effect before the next mini-batch (the click is handled
between two ticks). Epochs are recorded by the model as they end and announced to the views
at most about 30 times a second (`ForecastModel.publish`).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from lstm_lab.lessons.forecast.qt.state import ForecastState

#: Time the GUI thread spends on mini-batches per timer tick (ms). Less than the cell's 8 ms
#: (`pump.TICK_BUDGET_MS`): a refresh here repaints a pyqtgraph view and its dock (10–17 ms
#: offscreen), and an event-loop gap can hold two ticks and a repaint.
TICK_BUDGET_MS = 5.0
#: Views are refreshed at most this often while training (milliseconds between refreshes).
REFRESH_INTERVAL_MS = 33


class ForecastTrainer(QObject):
    """Runs the model's training from a timer in the GUI thread (see the module).

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
        self._budget = budget_ms / 1000.0
        self._steps = None
        self._stop_requested = False
        self._shut_down = False
        #: Mini-batches trained in the last run, and after its Stop was requested (tests).
        self.batches = 0
        self.batches_after_stop = 0
        self._batches_at_stop: int | None = None
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(0)
        self._tick_timer.timeout.connect(self._tick)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def is_running(self) -> bool:
        return self._steps is not None

    def train(self) -> bool:
        """Start a run of the lesson's epochs from the current weights; False if running."""
        if self._steps is not None or self._shut_down:
            return False
        self._steps = self._state.training_steps()
        self._stop_requested = False
        self.batches = 0
        self.batches_after_stop = 0
        self._batches_at_stop: int | None = None
        self._state.set_training(True)
        self._state.set_status_running()
        self.runningChanged.emit(True)
        self._tick_timer.start()
        self._refresh_timer.start()
        return True

    def stop(self) -> None:
        """The run ends before its next mini-batch."""
        if self._steps is not None and not self._stop_requested:
            self._stop_requested = True
            self._batches_at_stop = self.batches

    def stop_now(self) -> None:
        """End a run at once (a lesson is being replaced, the window closes)."""
        if self._steps is not None:
            self.stop()
            self._end("stopped")

    def shutdown(self) -> None:
        self._shut_down = True
        self.stop_now()

    def _tick(self) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + self._budget
        try:
            while True:
                if self._stop_requested:
                    self._end("stopped")
                    return
                step = next(steps, None)
                if step is None:
                    self._end("finished")
                    return
                self.batches += 1
                result = step.epoch_result
                if result is not None and not (
                    math.isfinite(result.train_loss) and math.isfinite(result.test_loss)
                ):
                    self._end("diverged")
                    return
                if time.perf_counter() >= deadline:
                    return
        except Exception as error:  # reported in words, never as a traceback
            self._end("failed", str(error) or type(error).__name__)

    def _refresh(self) -> None:
        if self._steps is not None and self._state.publish():
            self._state.set_status_running()

    def _end(self, reason: str, problem: str = "") -> None:
        steps = self._steps
        if steps is None:
            return
        self._steps = None
        if self._batches_at_stop is not None:
            self.batches_after_stop = self.batches - self._batches_at_stop
        self._tick_timer.stop()
        self._refresh_timer.stop()
        steps.close()
        self._state.end_training(reason, problem)
        self.runningChanged.emit(False)
        self.finished.emit(reason)
