"""Training in a worker thread, joined to the lab's state by a controller in the GUI thread.

- `TrainingThread` (a QThread) pulls epochs from the engine's `fit` generator as fast as it can
  and writes each one into a `TrainingProgress` buffer; it touches no widget and never waits for
  the GUI. Stop is a flag it checks between epochs.
- `TrainingController` (GUI thread) starts and stops runs, picks up the latest epoch from the
  buffer with a timer (at most about 30 times a second), hands the weights to
  `LabState.set_params` so every view follows, and says in words what is happening.
- `ParamLocks` is the set of parameters training must leave alone; slider lock toggles and the
  controller share it.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication

from lstm_lab.engine import LSTM, PARAM_NAMES, LSTMParams
from lstm_lab.engine.tasks import TrainingTask
from lstm_lab.engine.training import TrainStep, fit
from lstm_lab.state import LabState

__all__ = [
    "DIVERGED_MESSAGE",
    "ParamLocks",
    "TrainingController",
    "TrainingProgress",
    "TrainingSettings",
    "TrainingThread",
    "format_mse",
    "overlay_text",
    "status_text",
]

Reason = Literal["converged", "max_epochs", "diverged", "stopped", "paused", "failed"]

#: Views are refreshed at most this often while training (milliseconds between refreshes).
REFRESH_INTERVAL_MS = 33
#: The interpreter's thread switch interval while training (seconds; Python's default is 5 ms).
#: Every call from Qt into Python (a slot, a paint of a plot item) must win the GIL back from
#: the worker, which takes up to one switch interval; a shorter one keeps the GUI fluid.
TRAINING_SWITCH_INTERVAL = 0.001
#: How long a refresh waits for the worker to finish its epoch and step aside (seconds).
EPOCH_WAIT = 0.05
DIVERGED_MESSAGE = (
    "Training stopped: the error grew without bound (learning rate too high?). "
    "The last good weights are back."
)


# ----------------------------------------------------------------------------- locks
class ParamLocks(QObject):
    """Which parameters training leaves alone. Emits lockedChanged(name, locked)."""

    lockedChanged = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locked: set[str] = set()

    def set_locked(self, name: str, locked: bool = True) -> None:
        if name not in PARAM_NAMES:
            raise ValueError(f"unknown parameter {name!r}")
        if (name in self._locked) == bool(locked):
            return
        if locked:
            self._locked.add(name)
        else:
            self._locked.discard(name)
        self.lockedChanged.emit(name, bool(locked))

    def is_locked(self, name: str) -> bool:
        return name in self._locked

    def locked(self) -> frozenset[str]:
        return frozenset(self._locked)

    def unlock_all(self) -> None:
        for name in sorted(self._locked):
            self.set_locked(name, False)


# ----------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class TrainingSettings:
    """What the student chose in the training panel. ``task`` None: train on the one sequence
    in the lab; a lesson: train on ``task_size`` random sequences that follow its rule."""

    optimizer: str = "adam"
    learning_rate: float = 0.05
    max_epochs: int = 2000
    tolerance: float = 1e-4
    clip_norm: float = 0.0
    task: TrainingTask | None = None
    task_size: int = 32
    batch_size: int = 8

    def replace(self, **changes) -> TrainingSettings:
        return replace(self, **changes)


# ----------------------------------------------------------------------------- words
def format_mse(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0 or 1e-6 <= abs(value) < 1e4:
        return f"{value:.6f}"
    return f"{value:.3g}"


def overlay_text(step: TrainStep) -> str:
    """The time series' training overlay: epoch, iteration and MSE, one per line."""
    lines = [f"Epoch {step.epoch}", f"Iteration {step.iteration}", f"MSE {format_mse(step.loss)}"]
    if step.validation_loss is not None:
        lines.append(f"Held-out MSE {format_mse(step.validation_loss)}")
    return "\n".join(lines)


def status_text(
    step: TrainStep, reason: Reason | Literal["running"], settings: TrainingSettings
) -> str:
    """One line for the student: epoch, MSE and what training is doing or why it stopped."""
    if reason == "diverged":
        return DIVERGED_MESSAGE
    parts = [f"Epoch {step.epoch}", f"MSE {format_mse(step.loss)}"]
    if step.validation_loss is not None:
        parts.append(f"held-out MSE {format_mse(step.validation_loss)}")
    parts.append(
        {
            "running": "training…",
            "converged": "reached the goal",
            "max_epochs": (
                f"stopped after {step.epoch} epochs without reaching the goal "
                f"(MSE below {settings.tolerance:g})"
            ),
            "stopped": "stopped",
            "paused": "one epoch done",
            "failed": "stopped",
        }[reason]
    )
    return " — ".join(parts)


# ----------------------------------------------------------------------------- the worker
class TrainingProgress:
    """The newest epoch and the loss history, written by the worker and read by the GUI.

    Appending to lists under a lock costs the worker a microsecond per epoch, and the GUI reads
    only what is new since its last look.
    """

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


class TrainingThread(QThread):
    """Pulls epochs from a `fit` generator until it ends, ``max_epochs`` more are done, or
    `request_stop` is called (checked between epochs). Emits only its own `finished`.

    Python runs one thread at a time (the GIL). Each time Qt calls into Python to redraw, the
    GUI thread has to win the GIL back from this busy thread, which costs up to the
    interpreter's switch interval (5 ms) per call; a plot repaint makes dozens of such calls.
    So while the GUI refreshes and repaints the views (at most ~30 times a second, and at most
    a third of the time) it asks this thread to step aside (`hold`, `wait_until_parked`,
    `release`): the worker then waits between epochs, without the GIL, for at most `MAX_HOLD`
    seconds. Otherwise it never waits for the GUI.
    """

    MAX_HOLD = 0.5

    def __init__(
        self,
        steps: Iterator[TrainStep],
        progress: TrainingProgress,
        max_epochs: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingThread")
        self._steps = steps
        self._progress = progress
        self._max_epochs = max_epochs
        self._stop = threading.Event()
        self._go = threading.Event()
        self._go.set()
        self._parked = threading.Event()
        self.epochs_done = 0
        self.exhausted = False
        self.error: BaseException | None = None
        self.thread_ident: int | None = None

    def request_stop(self) -> None:
        self._stop.set()
        self._go.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def hold(self) -> None:
        """Ask the worker to pause before its next epoch (for at most MAX_HOLD seconds)."""
        self._go.clear()

    def wait_until_parked(self, timeout: float) -> bool:
        """After `hold`: wait (without the GIL) until the worker has finished its epoch."""
        return self._parked.wait(timeout)

    def release(self) -> None:
        self._go.set()

    def run(self) -> None:
        self.thread_ident = threading.get_ident()
        progress, stop, go, parked, steps = (
            self._progress,
            self._stop,
            self._go,
            self._parked,
            self._steps,
        )
        max_hold = self.MAX_HOLD
        try:
            while not stop.is_set():
                if self._max_epochs is not None and self.epochs_done >= self._max_epochs:
                    break
                step = next(steps, None)
                if step is None:
                    self.exhausted = True
                    break
                progress.push(step)
                self.epochs_done += 1
                if step.finished:
                    self.exhausted = True
                    break
                if not go.is_set():
                    parked.set()
                    go.wait(max_hold)
                    parked.clear()
                else:
                    # Hand the GIL over between epochs: the GUI thread's Python code (paint
                    # events, timers) otherwise waits a whole switch interval at every call.
                    time.sleep(0)
        except Exception as error:  # reported in words by the controller, never as a traceback
            self.error = error
        finally:
            parked.set()  # an ended worker holds nothing up


def _repaint_now() -> None:
    """Deliver pending updates and paint the windows' dirty regions now, not on Qt's next
    frame timer."""
    QCoreApplication.sendPostedEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.UpdateRequest))


def _stop_and_wait(threads: list[TrainingThread], timeout_ms: int = 10_000) -> None:
    for thread in list(threads):
        thread.request_stop()
    for thread in list(threads):
        thread.wait(timeout_ms)


# ----------------------------------------------------------------------------- the controller
@dataclass
class _Session:
    """One training run: its generator (kept to continue epoch by epoch) and its history.

    A closed session is only kept for its history: its generator ended, or the lab, the
    settings or the locks changed since, so the next epoch starts a fresh run.
    """

    steps: Iterator[TrainStep]
    progress: TrainingProgress
    settings: TrainingSettings
    closed: bool = False


class TrainingController(QObject):
    """Starts, stops and follows training runs for a `LabState` (lives in the GUI thread).

    Signals (all emitted in the GUI thread):

    - ``runningChanged(bool)``: a run started or ended.
    - ``progressed(object)``: the newest `TrainStep`, at most about 30 times a second.
    - ``historyChanged()``: the loss history grew or was cleared (see `history`).
    - ``finished(str, object)``: a run ended; reason ('converged', 'max_epochs', 'diverged',
      'stopped', 'paused' after one epoch, 'failed') and the last `TrainStep` (or None).
    - ``statusTextChanged(str)``: the status line ("Epoch 312 — MSE 0.000098 — reached the goal").
    - ``overlayTextChanged(str)``: text for the time series' training overlay; "" hides it.
    - ``restoreAvailableChanged(bool)``: whether `restore_weights` would change anything.

    Changing the sequence, the target or a pinned gate stops a run (its goal is gone); moving a
    weight does not stop it, but the next single epoch then starts a fresh run from there.
    """

    runningChanged = Signal(bool)
    progressed = Signal(object)
    historyChanged = Signal()
    finished = Signal(str, object)
    statusTextChanged = Signal(str)
    overlayTextChanged = Signal(str)
    restoreAvailableChanged = Signal(bool)

    def __init__(
        self,
        state: LabState,
        locks: ParamLocks | None = None,
        parent: QObject | None = None,
        *,
        rng: np.random.Generator | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.locks = locks if locks is not None else ParamLocks(self)
        self._rng = rng if rng is not None else np.random.default_rng()
        self._settings = TrainingSettings()
        self._session: _Session | None = None
        self._thread: TrainingThread | None = None
        self._problem_changed = False
        self._seen = 0  # history entries already announced
        self._last_shown: TrainStep | None = None
        self._before_training: LSTMParams | None = None
        self._restore_available = False
        self._applying = False
        self._shut_down = False
        self._saved_switch_interval: float | None = None
        self._status = ""
        self._overlay = ""
        #: threading.get_ident() of the thread that ran the last run (for tests and checks).
        self.last_worker_ident: int | None = None
        # Threads are the controller's Qt children, so Python's garbage collector never deletes
        # one; when the controller itself goes (its panel or window closing), the threads are
        # stopped before Qt deletes them. The hook must not hold the controller itself.
        self._running_threads: list[TrainingThread] = []
        running = self._running_threads
        self.destroyed.connect(lambda *_: _stop_and_wait(running))

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self._refresh)

        state.paramsChanged.connect(self._on_params_changed)
        state.sequenceChanged.connect(self._on_problem_changed)
        state.targetChanged.connect(self._on_problem_changed)
        state.clampsChanged.connect(self._on_problem_changed)
        self.locks.lockedChanged.connect(self._on_locks_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._show_idle_status()

    # ------------------------------------------------------------------ settings and queries
    @property
    def state(self) -> LabState:
        return self._state

    @property
    def settings(self) -> TrainingSettings:
        return self._settings

    def set_settings(self, settings: TrainingSettings) -> None:
        """New settings apply from the next run (a running run keeps its own)."""
        if settings != self._settings:
            task_changed = settings.task is not self._settings.task
            self._settings = settings
            self._close_session()
            if task_changed:
                self._show_idle_status()

    @property
    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def status_text(self) -> str:
        return self._status

    @property
    def overlay_text(self) -> str:
        return self._overlay

    @property
    def last_step(self) -> TrainStep | None:
        """The newest epoch shown (it may lag the worker by up to one refresh while running)."""
        return self._last_shown

    def history(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, training MSE, held-out MSE or nan) of the current run so far."""
        if self._session is None:
            empty = np.empty(0)
            return empty, empty, empty
        return self._session.progress.history()

    def can_train(self) -> bool:
        return self._state.target is not None or self._settings.task is not None

    @property
    def can_restore(self) -> bool:
        return self._restore_available

    # ------------------------------------------------------------------ actions
    def train(self) -> bool:
        """Start a fresh run of up to ``max_epochs`` epochs; False if there is nothing to fit."""
        return self._start(fresh=True, max_epochs=None)

    def train_one_epoch(self) -> bool:
        """Train exactly one more epoch, continuing the last run when nothing changed since."""
        return self._start(fresh=False, max_epochs=1)

    def stop(self) -> None:
        """Ask the worker to stop; it does so before its next epoch."""
        if self._thread is not None:
            self._thread.request_stop()

    def restore_weights(self) -> None:
        """Back to the weights the lab had before the last Train."""
        if self._thread is not None or self._before_training is None:
            return
        self._state.set_params(self._before_training)
        self._set_status("The weights from before training are back.")
        self._update_restore_available()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop a run and wait for its thread to end (window closing, application quitting).

        The controller starts no run afterwards.
        """
        self._shut_down = True
        self._timer.stop()
        thread = self._thread
        if thread is None:
            return
        _stop_and_wait(self._running_threads, timeout_ms)
        self._running_threads[:] = [t for t in self._running_threads if t.isRunning()]
        self._thread = None
        self._restore_switch_interval()

    # ------------------------------------------------------------------ running
    def _start(self, *, fresh: bool, max_epochs: int | None) -> bool:
        if self._thread is not None or self._shut_down:
            return False
        if not self.can_train():
            self._set_status("Set a target first: type one in the Target field or pick a lesson.")
            return False
        session = self._session
        if fresh or session is None or session.closed:
            try:
                session = self._new_session()
            except ValueError as error:
                self._set_status(f"Cannot train: {error}.")
                return False
            self._before_training = self._state.params.copy()
        thread = TrainingThread(session.steps, session.progress, max_epochs, parent=self)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        self._running_threads.append(thread)
        self._problem_changed = False
        self._update_restore_available()
        self.runningChanged.emit(True)
        self._saved_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._saved_switch_interval, TRAINING_SWITCH_INTERVAL))
        thread.start()
        self._timer.start(REFRESH_INTERVAL_MS)
        return True

    def _restore_switch_interval(self) -> None:
        if self._saved_switch_interval is not None:
            sys.setswitchinterval(self._saved_switch_interval)
            self._saved_switch_interval = None

    def _new_session(self) -> _Session:
        settings = self._settings
        state = self._state
        steps = fit(
            LSTM,
            state.params,
            state.sequence,
            None if settings.task is not None else state.target,
            optimizer=settings.optimizer,
            learning_rate=settings.learning_rate,
            max_epochs=settings.max_epochs,
            tolerance=settings.tolerance,
            clip_norm=settings.clip_norm or None,
            locked=self.locks.locked(),
            clamps=state.clamps or None,
            rng=self._rng,
            task=settings.task,
            task_size=settings.task_size,
            batch_size=settings.batch_size,
        )
        self._session = _Session(steps, TrainingProgress(), settings)
        self._seen = 0
        self._last_shown = None
        self.historyChanged.emit()
        return self._session

    def _refresh(self) -> None:
        """Timer tick: show the newest epoch while the worker steps aside (see TrainingThread).

        The views are repainted right here, before the worker goes on, so that the paint runs
        without competing for the GIL. The next refresh comes after at least twice the time
        this one took: redrawing never takes more than a third of the time.
        """
        thread = self._thread
        if thread is None:
            return
        clock = QElapsedTimer()
        clock.start()
        thread.hold()
        try:
            thread.wait_until_parked(EPOCH_WAIT)
            self._show_progress()
            _repaint_now()
        finally:
            thread.release()
        self._timer.setInterval(max(REFRESH_INTERVAL_MS, 2 * clock.elapsed()))

    def _show_progress(self, reason: Reason | None = None) -> None:
        """Hand the newest epoch to the lab's state and the views (GUI thread, throttled)."""
        session = self._session
        if session is None or self._problem_changed:
            return
        step = session.progress.latest
        if step is None or (step is self._last_shown and reason is None):
            return
        if step is not self._last_shown:
            self._last_shown = step
            self._applying = True
            try:
                self._state.set_params(step.params)
            finally:
                self._applying = False
            self.progressed.emit(step)
        if len(session.progress) != self._seen:
            self._seen = len(session.progress)
            self.historyChanged.emit()
        self._set_overlay(overlay_text(step))
        self._set_status(status_text(step, reason or "running", session.settings))

    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None or self.sender() is not thread:
            return  # a run already ended by shutdown()
        thread.wait()
        self._running_threads.remove(thread)
        thread.deleteLater()
        self._timer.stop()
        self._thread = None
        self._restore_switch_interval()
        self.last_worker_ident = thread.thread_ident
        session = self._session
        step = session.progress.latest if session is not None else None
        if thread.error is not None:
            reason: Reason = "failed"
        elif self._problem_changed:
            reason = "stopped"
        elif step is not None and step.finished:
            reason = step.status  # type: ignore[assignment]
        elif thread.stop_requested:
            reason = "stopped"
        else:
            reason = "paused"
        if session is not None and (thread.exhausted or reason in ("failed", "diverged")):
            session.closed = True
        if reason == "failed":
            self._set_status(f"Training stopped: {thread.error}")
        elif self._problem_changed:
            self._set_status("Training stopped: the sequence, the target or a pinned gate changed.")
        elif step is not None:
            self._show_progress(reason)
        self._update_restore_available()
        self.runningChanged.emit(False)
        self.finished.emit(reason, step)

    # ------------------------------------------------------------------ the lab changed
    def _on_params_changed(self) -> None:
        if self._applying:
            return
        self._close_session()
        self._update_restore_available()

    def _on_problem_changed(self) -> None:
        """Sequence, target or a pinned gate changed: the run's goal is gone, so stop it."""
        if self._thread is not None:
            self._thread.request_stop()
            self._problem_changed = True
        self._close_session()
        self._show_idle_status()

    def _on_locks_changed(self, _name: str, _locked: bool) -> None:
        self._close_session()

    def _close_session(self) -> None:
        """The next epoch starts a fresh run; the overlay no longer describes the weights."""
        if self._session is not None:
            self._session.closed = True
        if self._thread is None:
            self._set_overlay("")

    def _show_idle_status(self) -> None:
        if self._thread is not None:
            return
        if self.can_train():
            self._set_status("Ready: press Train to fit the weights to the target.")
        else:
            self._set_status("Set a target (or pick a lesson), then press Train.")

    def _update_restore_available(self) -> None:
        available = (
            self._thread is None
            and self._before_training is not None
            and self._before_training != self._state.params
        )
        if available != self._restore_available:
            self._restore_available = available
            self.restoreAvailableChanged.emit(available)

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusTextChanged.emit(text)

    def _set_overlay(self, text: str) -> None:
        if text != self._overlay:
            self._overlay = text
            self.overlayTextChanged.emit(text)
