"""Pulling epochs out of the engine's `fit` generator while the window stays responsive.

Two ways are kept, with the same interface, so `benchmarks/bench_train.py` can measure them
against each other:

- `TimerPump` (used by the app): the GUI thread itself steps the generator from a zero-interval
  QTimer, for at most ``budget_ms`` per tick, then returns to the event loop, which paints and
  handles input before the next tick. One thread, no locks: no widget can ever be touched from
  another thread, and Stop takes effect at the next tick.
- `ThreadPump`: a QThread steps the generator and the GUI picks the newest epoch up from a
  timer. Python runs one thread at a time, so every call from Qt into Python on the GUI thread
  (each paint of a plot item) waits for the worker to hand over the interpreter lock.

Both write every epoch into a `TrainingProgress` and emit ``finished`` once, in the GUI thread.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal

from lstm_lab.engine.training import TrainStep

#: Time the GUI thread spends on epochs per timer tick (ms); the rest is the event loop's.
TICK_BUDGET_MS = 8.0


class TrainingProgress:
    """The newest epoch and the loss history of one run (safe to read from any thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: TrainStep | None = None
        self._epochs: list[int] = []
        self._losses: list[float] = []
        self._validation: list[float] = []

    def push(self, step: TrainStep) -> None:
        with self._lock:
            self._latest = step
            self._epochs.append(step.epoch)
            self._losses.append(step.loss)
            self._validation.append(
                math.nan if step.validation_loss is None else step.validation_loss
            )

    @property
    def latest(self) -> TrainStep | None:
        with self._lock:
            return self._latest

    def __len__(self) -> int:
        with self._lock:
            return len(self._epochs)

    def history(self, start: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, losses, held-out losses) from entry ``start`` on; held-out is nan if none."""
        with self._lock:
            return (
                np.array(self._epochs[start:], dtype=np.float64),
                np.array(self._losses[start:], dtype=np.float64),
                np.array(self._validation[start:], dtype=np.float64),
            )


class _Pump(QObject):
    """What both pumps share: the stop flag, the epoch count, how the run ended."""

    finished = Signal()

    def __init__(
        self,
        steps: Iterator[TrainStep],
        progress: TrainingProgress,
        max_epochs: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._progress = progress
        self._max_epochs = max_epochs
        self._stop = threading.Event()
        self.epochs_done = 0
        self.exhausted = False
        self.error: BaseException | None = None
        self.thread_ident: int | None = None

    def request_stop(self) -> None:
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def _run_epochs(self, deadline: float | None, hand_over: bool = False) -> bool:
        """Pull epochs until the deadline (None: until the run ends); True when it ended.
        ``hand_over``: offer the interpreter lock to other threads after every epoch."""
        self.thread_ident = threading.get_ident()
        steps, progress, clock = self._steps, self._progress, time.perf_counter
        try:
            while True:
                if self._stop.is_set():
                    return True
                if self._max_epochs is not None and self.epochs_done >= self._max_epochs:
                    return True
                step = next(steps, None)
                if step is None:
                    self.exhausted = True
                    return True
                progress.push(step)
                self.epochs_done += 1
                if step.finished:
                    self.exhausted = True
                    return True
                if deadline is not None and clock() >= deadline:
                    return False
                if hand_over:
                    time.sleep(0)
        except Exception as error:  # reported in words by the controller, never as a traceback
            self.error = error
            return True


class TimerPump(_Pump):
    """Steps the generator in the GUI thread, ``budget_ms`` at a time (see the module)."""

    def __init__(self, *args, budget_ms: float = TICK_BUDGET_MS, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._budget = budget_ms / 1000.0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._timer.start()

    def isRunning(self) -> bool:  # noqa: N802 (the QThread spelling, shared with ThreadPump)
        return self._running

    def wait(self, _timeout_ms: int = 0) -> bool:
        """Nothing runs outside the GUI thread: ending is immediate."""
        if self._running:
            self._stop.set()
            self._end()
        return True

    def _tick(self) -> None:
        if self._run_epochs(time.perf_counter() + self._budget):
            self._end()

    def _end(self) -> None:
        if self._running:
            self._running = False
            self._timer.stop()
            self.finished.emit()


class _EpochThread(QThread):
    def __init__(self, pump: ThreadPump) -> None:
        super().__init__(pump)
        self.setObjectName("trainingThread")
        self._pump = pump

    def run(self) -> None:
        self._pump._run_epochs(None, hand_over=True)


class ThreadPump(_Pump):
    """Steps the generator in a QThread of its own as fast as it can (see the module)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._thread = _EpochThread(self)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def isRunning(self) -> bool:  # noqa: N802
        return self._thread.isRunning()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        self._stop.set()
        return self._thread.wait(timeout_ms)
