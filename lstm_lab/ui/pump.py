"""The one pump: long work (training, a race, writing a poem) run in the GUI thread, a slice at
a time, while the window stays responsive.

`Pump` drives any iterator: a zero-interval QTimer pulls items for at most ``budget_ms`` per
tick (or, with a ``pace``, as many as are due at that many items a second, the timer then
waking when the next one is due), then returns to the event loop, which paints and handles
input before the next tick. One thread, no locks: no
widget can ever be touched from another thread, and Stop takes effect before the next item. An
item's callback may end the run by returning a reason; an exception ends it as "failed" with
the error kept for a message in words. ``refreshed`` is emitted at most every ``refresh_ms``
while it runs, for views that follow the work; ``finished(reason)`` once at the end. Every
lesson kind's training, racing and writing runs on it.

For the single cell's training two ways are kept, with the same interface, so
`benchmarks/bench_train.py` can measure them against each other:

- `TimerPump` (used by the app): the epochs run on a `Pump` in the GUI thread, ``budget_ms``
  at a time, or at a ``pace`` of so many epochs a second with ``stepped`` after each, so the
  views can follow every one; Stop takes effect before the next epoch.
- `ThreadPump`: a QThread steps the generator and the GUI picks the newest epoch up from a
  timer. Python runs one thread at a time, so every call from Qt into Python on the GUI thread
  (each paint of a plot item) waits for the worker to hand over the interpreter lock.

Both write every epoch into a `TrainingProgress` and emit ``finished`` once, in the GUI thread.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal

from lstm_lab.engine.training import TrainStep

#: Time the GUI thread spends on epochs per timer tick (ms); the rest is the event loop's.
TICK_BUDGET_MS = 8.0
#: Views following a run are refreshed at most this often (milliseconds between refreshes).
REFRESH_INTERVAL_MS = 33


class Pump(QObject):
    """Runs an iterator from a timer in the GUI thread (see the module).

    ``start(work, on_item)`` begins; ``on_item(item)`` is called for each item and may return a
    reason (a string) to end the run. Reasons: "finished" (the iterator ran out), "stopped"
    (`stop`), "failed" (an exception: ``error``), or the callback's own."""

    finished = Signal(str)
    refreshed = Signal()
    runningChanged = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        budget_ms: float = TICK_BUDGET_MS,
        refresh_ms: int | None = REFRESH_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.budget_ms = budget_ms
        self._work: Iterator | None = None
        self._on_item: Callable[[object], str | None] | None = None
        self._stop_requested = False
        self._pace: float | None = None
        self._paced_since = 0.0
        self._paced_done = 0
        self.items = 0
        self.items_after_stop = 0
        self._items_at_stop: int | None = None
        self.longest_tick = 0.0
        self.error: BaseException | None = None
        self.reason = ""
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._refresh = QTimer(self)
        if refresh_ms is not None:
            self._refresh.setInterval(refresh_ms)
            self._refresh.timeout.connect(self.refreshed)

    @property
    def is_running(self) -> bool:
        return self._work is not None

    def start(
        self,
        work: Iterator,
        on_item: Callable[[object], str | None] | None = None,
        *,
        pace: float | None = None,
    ) -> bool:
        """Run ``work``; ``pace``: at most this many items a second (None: as fast as the
        budget allows). False if a run is going on."""
        if self._work is not None:
            return False
        self._work, self._on_item = work, on_item
        self._stop_requested = False
        self._pace = pace
        self._paced_since, self._paced_done = time.perf_counter(), 0
        self.items = self.items_after_stop = 0
        self._items_at_stop = None
        self.longest_tick = 0.0
        self.error = None
        self.reason = ""
        self._timer.start(0)
        if self._refresh.interval() > 0:
            self._refresh.start()
        self.runningChanged.emit(True)
        return True

    def set_pace(self, pace: float | None) -> None:
        """A new pace from now on (a speed slider moved while writing)."""
        self._pace = pace
        self._paced_since, self._paced_done = time.perf_counter(), 0
        if self._work is not None:
            self._timer.start(0)  # the first item at the new pace is due now

    def stop(self) -> None:
        """The run ends before its next item."""
        if self._work is not None and not self._stop_requested:
            self._stop_requested = True
            self._items_at_stop = self.items

    def stop_now(self) -> None:
        """End a run at once (a lesson is being replaced, the window closes)."""
        if self._work is not None:
            self.stop()
            self._end("stopped")

    def _due(self, now: float) -> int | None:
        if self._pace is None:
            return None
        return max(0, int((now - self._paced_since) * self._pace) + 1 - self._paced_done)

    def _tick(self) -> None:
        work = self._work
        if work is None:
            return
        start = time.perf_counter()
        deadline = start + self.budget_ms / 1000.0
        due = self._due(start)
        try:
            while True:
                if self._stop_requested:
                    self._end("stopped")
                    break
                if due is not None:
                    if due <= 0:
                        break
                    due -= 1
                    self._paced_done += 1
                item = next(work, _END)
                if item is _END:
                    self._end("finished")
                    break
                self.items += 1
                reason = self._on_item(item) if self._on_item is not None else None
                if reason:
                    self._end(reason)
                    break
                if time.perf_counter() >= deadline:
                    break
        except Exception as error:  # reported in words by the owner, never as a traceback
            self.error = error
            self._end("failed")
        now = time.perf_counter()
        self.longest_tick = max(self.longest_tick, now - start)
        if self._work is not None and self._pace is not None:
            self._wait_for_next_item(now)

    def _wait_for_next_item(self, now: float) -> None:
        """At a pace, the timer wakes when the next item is due, not at every turn of the
        event loop: between items the GUI thread idles instead of spinning."""
        due_at = self._paced_since + self._paced_done / self._pace
        wait_ms = max(0, math.ceil((due_at - now) * 1000.0))
        if wait_ms != self._timer.interval():
            self._timer.start(wait_ms)

    def _end(self, reason: str) -> None:
        work = self._work
        if work is None:
            return
        self._work = None
        if self._items_at_stop is not None:
            self.items_after_stop = self.items - self._items_at_stop
        self._timer.stop()
        self._refresh.stop()
        close = getattr(work, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # a generator that fails while closing has ended anyway
                pass
        self.reason = reason
        self.runningChanged.emit(False)
        self.finished.emit(reason)


_END = object()


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
    """What both pumps share: the stop flag, the epoch count, how the run ended.

    ``stepped`` is emitted after each epoch (`TimerPump`: in the GUI thread, so a view may
    follow every epoch at a pace); ``pace``: at most that many epochs a second (None: as fast
    as possible)."""

    finished = Signal()
    stepped = Signal()

    def __init__(
        self,
        steps: Iterator[TrainStep],
        progress: TrainingProgress,
        max_epochs: int | None = None,
        parent: QObject | None = None,
        *,
        pace: float | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._progress = progress
        self._max_epochs = max_epochs
        self._pace = pace
        self._stop = threading.Event()
        self.epochs_done = 0
        self.exhausted = False
        self.error: BaseException | None = None
        self.thread_ident: int | None = None

    def request_stop(self) -> None:
        self._stop.set()

    def set_pace(self, pace: float | None) -> None:
        """At most ``pace`` epochs a second from now on (None: as fast as possible)."""
        self._pace = pace

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def _enough(self) -> bool:
        """The run has had its ``max_epochs``."""
        return self._max_epochs is not None and self.epochs_done >= self._max_epochs

    def _record(self, step: TrainStep) -> bool:
        """Note one epoch; True when it was the generator's last (it converged, diverged or
        reached its own maximum)."""
        self._progress.push(step)
        self.epochs_done += 1
        if step.finished:
            self.exhausted = True
        return step.finished


class TimerPump(_Pump):
    """Steps the generator in the GUI thread on a `Pump`, ``budget_ms`` at a time (see the
    module)."""

    def __init__(self, *args, budget_ms: float = TICK_BUDGET_MS, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pump = Pump(self, budget_ms=budget_ms, refresh_ms=None)
        self._pump.finished.connect(self._ended)

    def start(self) -> None:
        # The session keeps its generator to go on epoch by epoch: the pump gets an iterator
        # over it with nothing to close, so the end of this run leaves the generator open.
        self._pump.start(iter(self._steps.__next__, None), self._on_step, pace=self._pace)
        if self._stop.is_set():
            self._pump.stop()

    def request_stop(self) -> None:
        super().request_stop()
        self._pump.stop()

    def set_pace(self, pace: float | None) -> None:
        super().set_pace(pace)
        if self._pump.is_running:
            self._pump.set_pace(pace)

    def isRunning(self) -> bool:  # noqa: N802 (the QThread spelling, shared with ThreadPump)
        return self._pump.is_running

    def wait(self, _timeout_ms: int = 0) -> bool:
        """Nothing runs outside the GUI thread: ending is immediate."""
        if self._pump.is_running:
            self._stop.set()
            self._pump.stop_now()
        return True

    def _on_step(self, step: TrainStep) -> str | None:
        self.thread_ident = threading.get_ident()
        last = self._record(step)
        self.stepped.emit()
        if last:
            return "exhausted"
        return "enough" if self._enough() else None

    def _ended(self, reason: str) -> None:
        if reason == "finished":  # the generator ran out
            self.exhausted = True
        elif reason == "failed":  # reported in words by the controller, never as a traceback
            self.error = self._pump.error
        self.finished.emit()


class _EpochThread(QThread):
    def __init__(self, pump: ThreadPump) -> None:
        super().__init__(pump)
        self.setObjectName("trainingThread")
        self._pump = pump

    def run(self) -> None:
        self._pump._run_epochs()


class ThreadPump(_Pump):
    """Steps the generator in a QThread of its own as fast as it can (see the module); it
    keeps no pace and emits no ``stepped`` (it is kept for the benchmark only)."""

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

    def _run_epochs(self) -> None:
        """Pull epochs until the run ends, offering the interpreter lock to other threads
        after every epoch (in the worker thread)."""
        self.thread_ident = threading.get_ident()
        steps = self._steps
        try:
            while not self._stop.is_set() and not self._enough():
                step = next(steps, None)
                if step is None:
                    self.exhausted = True
                    return
                if self._record(step):
                    return
                time.sleep(0)
        except Exception as error:  # reported in words by the controller, never as a traceback
            self.error = error
