"""Starts, stops and follows training runs for one lab state (GUI thread).

The window owns the controller; the training panel only shows it. Epochs come from the
engine's `fit` generator through a pump (`pump.py`). As fast as possible, the newest one is
handed to the lab's state at most about 30 times a second; at a set speed (`set_speed`, so
many epochs a second, paced by the pump's timer) every epoch is, so a class sees each step
of the weights. When a run ends, `changes` holds what it did to every weight (after −
before) until a weight changes otherwise or the next run starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.training import (
    TRAINING_SPEEDS,
    Reason,
    TrainingSettings,
    overlay_text,
    status_text,
    weight_changes,
)
from lstm_lab.engine.training import TrainStep, fit
from lstm_lab.ui.pump import TimerPump, TrainingProgress
from lstm_lab.ui.state import LabState

RESTORED = QT_TRANSLATE_NOOP("TrainingController", "The weights from before training are back.")
#: Restore, as Edit → Undo names it.
RESTORE_WORDS = QT_TRANSLATE_NOOP("TrainingController", "Restore the weights from before training")
#: Views are refreshed at most this often while training (milliseconds between refreshes).
REFRESH_INTERVAL_MS = 33


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
    - ``speedChanged(object)``: the speed, epochs a second (None: as fast as possible).
    - ``changesChanged(object)``: what the last run did to each weight, {name: after −
      before}, when it ends; None when a weight changes otherwise or a run starts.

    The settings are the lab's (``state.training_settings``); the locks are the lab's too.
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
    speedChanged = Signal(object)
    changesChanged = Signal(object)

    #: The pump class; `benchmarks/bench_train.py` swaps it to compare the two designs.
    pump_type: type = TimerPump

    def __init__(
        self,
        state: LabState,
        parent: QObject | None = None,
        *,
        rng: np.random.Generator | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._rng = rng if rng is not None else np.random.default_rng()
        self._session: _Session | None = None
        self._pump = None
        self._problem_changed = False
        self._seen = 0  # history entries already announced
        self._last_shown: TrainStep | None = None
        self._before_training = None  # the weights Restore brings back
        self._after_training = None  # the weights the last run left
        self._restore_available = False
        self._epochs_before_run = 0  # epochs of the session before the run going on
        self._applying = False
        self._shut_down = False
        self._status = ""
        self._overlay = ""
        self._speed: int | None = None  # epochs a second; None: as fast as possible
        self._run_start = None  # the weights the run going on started from
        self._moved_during_run = False  # a weight was set from outside while it ran
        self._changes: dict[str, float] | None = None
        #: threading.get_ident() of the thread that ran the last run (for tests and checks).
        self.last_worker_ident: int | None = None

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self._show_progress)

        state.paramsChanged.connect(self._on_params_changed)
        state.sequenceChanged.connect(self._on_problem_changed)
        state.targetChanged.connect(self._on_problem_changed)
        state.clampsChanged.connect(self._on_problem_changed)
        state.initialChanged.connect(self._on_problem_changed)
        state.lockedChanged.connect(self._close_session)
        state.fixedChanged.connect(self._close_session)
        state.settingsChanged.connect(self._on_settings_changed)
        state.taskChanged.connect(self._on_settings_changed)
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
        return self._state.training_settings

    def set_settings(self, settings: TrainingSettings) -> None:
        """New settings apply from the next run (a running run keeps its own)."""
        self._state.set_training_settings(settings)

    @property
    def is_running(self) -> bool:
        return self._pump is not None

    @property
    def status_text(self) -> str:
        return self._status

    @property
    def overlay_text(self) -> str:
        return self._overlay

    @property
    def last_step(self) -> TrainStep | None:
        """The newest epoch shown (it may lag the pump by up to one refresh while running)."""
        return self._last_shown

    def history(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, training MSE, held-out MSE or nan) of the current run so far."""
        if self._session is None:
            empty = np.empty(0)
            return empty, empty, empty
        return self._session.progress.history()

    def uses_task(self) -> bool:
        """Training follows the lab's task on many random sequences."""
        return self.settings.many_sequences and self._state.task is not None

    def can_train(self) -> bool:
        return self._state.target is not None or self.uses_task()

    @property
    def can_restore(self) -> bool:
        return self._restore_available

    @property
    def speed(self) -> int | None:
        """Epochs a second (one of `TRAINING_SPEEDS`); None: as fast as possible."""
        return self._speed

    def set_speed(self, speed: int | None) -> None:
        """Train at ``speed`` epochs a second (None: as fast as possible), from the next epoch
        on: a run going on changes pace at once."""
        if speed not in TRAINING_SPEEDS:
            raise ValueError(f"unknown training speed {speed!r}")
        if speed == self._speed:
            return
        self._speed = speed
        if self._pump is not None:
            self._pump.set_pace(speed)
        self.speedChanged.emit(speed)

    @property
    def changes(self) -> dict[str, float] | None:
        """{name: after − before} of the last run, until a weight changes otherwise or the
        next run starts; None meanwhile."""
        return None if self._changes is None else dict(self._changes)

    # ------------------------------------------------------------------ actions
    def train(self) -> bool:
        """Start a fresh run of up to ``max_epochs`` epochs; False if there is nothing to fit."""
        return self._start(fresh=True, max_epochs=None)

    def train_one_epoch(self) -> bool:
        """Train exactly one more epoch, continuing the last run when nothing changed since."""
        return self._start(fresh=False, max_epochs=1)

    def stop(self) -> None:
        """Ask the pump to stop; it does so before its next epoch."""
        if self._pump is not None:
            self._pump.request_stop()

    def restore_weights(self) -> None:
        """Back to the weights the lab had before the last Train."""
        if self._pump is not None or self._before_training is None:
            return
        with self._state.named_change(self.tr(RESTORE_WORDS)):
            self._state.set_params(self._before_training)
        self._set_status(self.tr(RESTORED))
        self._update_restore_available()

    def forget_restore_point(self) -> None:
        """Another lesson opens: there is nothing of it to restore, nor a change to show."""
        self._before_training = self._after_training = None
        self._update_restore_available()
        self._set_changes(None)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop a run and wait for it to end (window closing, application quitting).

        The controller starts no run afterwards.
        """
        self._shut_down = True
        self._timer.stop()
        pump = self._pump
        if pump is None:
            return
        pump.request_stop()
        pump.wait(timeout_ms)

    # ------------------------------------------------------------------ running
    def _start(self, *, fresh: bool, max_epochs: int | None) -> bool:
        if self._pump is not None or self._shut_down:
            return False
        if not self.can_train():
            self._set_status(
                self.tr("Set a target first: type one in the Target field or pick a lesson.")
            )
            return False
        session = self._session
        if fresh or session is None or session.closed:
            try:
                session = self._new_session()
            except ValueError as error:
                self._set_status(self.tr("Cannot train: {error}.").format(error=error))
                return False
            # A run that goes on from where the last one left the weights keeps the restore
            # point: Restore still brings back the weights from before training began.
            if self._after_training is None or self._after_training != self._state.params:
                self._before_training = self._state.params.copy()
        self._epochs_before_run = len(session.progress)
        self._run_start = self._state.params.copy()
        self._moved_during_run = False
        self._set_changes(None)
        pump = self.pump_type(
            session.steps, session.progress, max_epochs, parent=self, pace=self._speed
        )
        pump.finished.connect(self._on_pump_finished)
        pump.stepped.connect(self._on_epoch)
        self._pump = pump
        self._problem_changed = False
        self._update_restore_available()
        self._state.set_training(True)
        self.runningChanged.emit(True)
        pump.start()
        self._timer.start(REFRESH_INTERVAL_MS)
        return True

    def _new_session(self) -> _Session:
        settings = self.settings
        state = self._state
        task = state.task if self.uses_task() else None
        steps = fit(
            state.cell,
            state.params,
            state.sequence,
            None if task is not None else state.target,
            optimizer=settings.optimizer,
            learning_rate=settings.learning_rate,
            max_epochs=settings.max_epochs,
            tolerance=settings.tolerance,
            clip_norm=settings.clip_norm or None,
            locked=state.locked() | state.fixed,  # a lesson's fixed sliders stay as set
            clamps=state.clamps or None,
            rng=self._rng,
            task=task,
            task_size=settings.task_size,
            batch_size=settings.batch_size,
            initial=state.initial if "c" in state.cell.states else {"h0": state.initial["h0"]},
        )
        self._session = _Session(steps, TrainingProgress(), settings)
        self._seen = 0
        self._last_shown = None
        self.historyChanged.emit()
        return self._session

    def _show_progress(self, reason: Reason | None = None) -> None:
        """Hand the newest epoch to the lab's state and the views (GUI thread, throttled)."""
        session = self._session
        if session is None or self._problem_changed:
            return
        step = session.progress.latest
        if step is None or (step is self._last_shown and reason is None):
            return
        # Every view first, ``progressed`` last: whoever follows it sees one epoch everywhere.
        if len(session.progress) != self._seen:
            self._seen = len(session.progress)
            self.historyChanged.emit()
        new = step is not self._last_shown
        if new:
            self._last_shown = step
            self._applying = True
            try:
                self._state.set_params(step.params)
            finally:
                self._applying = False
        self._set_overlay(overlay_text(step))
        self._set_status(status_text(step, reason or "running", session.settings))
        if new:
            self.progressed.emit(step)

    def _on_epoch(self) -> None:
        """At a set speed every epoch reaches the views (as fast as possible, the refresh
        timer hands them the newest)."""
        if self._speed is not None:
            self._show_progress()

    def _on_pump_finished(self) -> None:
        pump = self._pump
        if pump is None or self.sender() is not pump:
            return
        pump.wait()
        pump.deleteLater()
        self._timer.stop()
        self._pump = None
        self.last_worker_ident = pump.thread_ident
        session = self._session
        step = session.progress.latest if session is not None else None
        if pump.error is not None:
            reason: Reason = "failed"
        elif self._problem_changed:
            reason = "stopped"
        elif step is not None and step.finished:
            reason = step.status  # type: ignore[assignment]
        elif pump.stop_requested:
            reason = "stopped"
        else:
            reason = "paused"
        if session is not None and (pump.exhausted or reason in ("failed", "diverged")):
            session.closed = True
        if reason == "failed":
            self._set_status(self.tr("Training stopped: {error}").format(error=pump.error))
        elif self._problem_changed:
            self._set_status(
                self.tr("Training stopped: the sequence, the target or a pinned gate changed.")
            )
        elif step is not None:
            self._show_progress(reason)
        self._after_training = self._state.params.copy()
        self._update_restore_available()
        epochs = len(session.progress) - self._epochs_before_run if session is not None else 0
        if epochs and self._run_start is not None and not self._moved_during_run:
            self._set_changes(weight_changes(self._run_start, self._after_training))
        self._run_start = None
        name = (
            self.tr("training (1 epoch)")
            if epochs == 1
            else self.tr("training ({epochs} epochs)").format(epochs=epochs)
        )
        with self._state.named_change(name):
            self._state.set_training(False)
        self.runningChanged.emit(False)
        self.finished.emit(reason, step)

    # ------------------------------------------------------------------ the lab changed
    def _on_params_changed(self) -> None:
        if self._applying:
            return
        if self._pump is not None:
            self._moved_during_run = True
        self._set_changes(None)  # the weights are no longer those the last run left
        self._close_session()
        self._update_restore_available()
        # The weights changed from outside (a slider, Undo, Restore): the last run's words no
        # longer describe them.
        if self._pump is None:
            self._show_idle_status()

    def _on_problem_changed(self) -> None:
        """Sequence, target or a pinned gate changed: the run's goal is gone, so stop it."""
        if self._pump is not None:
            self._pump.request_stop()
            self._problem_changed = True
        self._close_session()
        self._show_idle_status()

    def _on_settings_changed(self) -> None:
        self._close_session()
        self._show_idle_status()

    def _close_session(self, *_args) -> None:
        """The next epoch starts a fresh run; the overlay no longer describes the weights."""
        if self._session is not None:
            self._session.closed = True
        if self._pump is None:
            self._set_overlay("")

    def _show_idle_status(self) -> None:
        if self._pump is not None:
            return
        if self.can_train():
            self._set_status(self.tr("Ready: press Train to fit the weights to the target."))
        else:
            self._set_status(self.tr("Set a target (or pick a lesson), then press Train."))

    def _update_restore_available(self) -> None:
        available = (
            self._pump is None
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

    def _set_changes(self, changes: dict[str, float] | None) -> None:
        if changes != self._changes:
            self._changes = changes
            self.changesChanged.emit(self.changes)

    def _set_overlay(self, text: str) -> None:
        if text != self._overlay:
            self._overlay = text
            self.overlayTextChanged.emit(text)
