"""The lab model: everything the student has chosen for one cell, and what follows from it.

Plain Python, no Qt. It holds the cell, its parameters, the input sequence, the target (typed,
or given by a training task's rule), the initial states, pinned gates, the parameters training
leaves alone (locks) and those the lesson fixes, the cursor, the lesson in effect, the views
the lesson shows and the training status. From those it computes the trace, the MSE and its
gradients, and the explanation of the step under the cursor, each once per change.

Every field has its own event (`model.events.params`, `.sequence`, …), so one slider move
refreshes each view once. Stepping only moves the cursor through a trace that is already
computed; any change of an input recomputes the whole trace at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import numpy as np

from lstm_lab.core.events import Events, event
from lstm_lab.core.training import TrainingSettings
from lstm_lab.engine import LSTM, ParamSet, ScalarCell, parse_sequence
from lstm_lab.engine.explain import StepExplanation, explain_step
from lstm_lab.engine.sequence import MAX_MAGNITUDE
from lstm_lab.engine.tasks import TrainingTask

DEFAULT_SEQUENCE_TEXT = "1, 0, 0, 0, 0"
MODES = ("simple", "full")
#: Initial-state names, as the engine takes them.
INITIAL_STATES = ("h0", "c0")

EVENTS = (
    event("params"),  # the parameters changed
    event("sequence"),  # the input sequence changed
    event("target"),  # the target changed (or went)
    event("clamps"),  # a gate was pinned or freed
    event("initial"),  # h(0) or C(0) changed
    event("trace"),  # the trace was recomputed (after params, sequence, clamps or initial)
    event("gradients"),  # MSE and gradients recomputed (after every trace or target change)
    event("cursor", int),  # (t,) the step shown
    event("locks", str, bool, signal="lockedChanged"),  # (name, locked) training leaves it alone
    event("fixed"),  # the lesson's fixed parameters changed
    event("task"),  # the training task (a lesson's rule) changed
    event("mode", str),  # (mode,) 'simple' or 'full' sliders
    event("views"),  # the hidden views changed
    event("lesson"),  # a lesson was loaded (everything may have changed)
    event("training", bool),  # (running,) a training run started or ended
    event("settings"),  # the training settings changed
)
EVENT_NAMES = tuple(spec.name for spec in EVENTS)


class LabModel:
    """Parameters, sequence, target, clamps, locks and cursor of one scalar cell.

    The cursor ``t`` runs from 0 (before the first step: h(0), C(0)) to T (the last step).
    """

    EVENTS = EVENTS  # the events a Qt adapter re-emits (lstm_lab.ui.adapter)

    def __init__(self, cell: ScalarCell = LSTM) -> None:
        self.events = Events(*EVENTS)
        self._cell = cell
        self._params: ParamSet = cell.defaults()
        self._sequence = parse_sequence(DEFAULT_SEQUENCE_TEXT)
        self._target: np.ndarray | None = None
        # A typed target the sequence's length made wrong: it comes back with that length.
        self._held_target: np.ndarray | None = None
        self._task: TrainingTask | None = None
        self._clamps: dict[str, float] = {}
        self._initial = dict.fromkeys(INITIAL_STATES, 0.0)
        self._locked: set[str] = set()
        self._fixed: frozenset[str] = frozenset()
        self._kept_locks: frozenset[str] = frozenset()
        self._hidden_views: frozenset[str] = frozenset()
        self._mode = "simple"
        self._cursor = 0
        self._training = False
        self._change_name: str | None = None
        self._training_settings = TrainingSettings()
        self._lesson: Any = None
        self._explained: tuple[int, int, StepExplanation | None] | None = None
        self._version = 0  # bumps with every recomputed trace
        self._recompute()

    # ----------------------------------------------------------------- read-only views
    @property
    def cell(self) -> ScalarCell:
        return self._cell

    @property
    def params(self) -> ParamSet:
        return self._params

    @property
    def sequence(self) -> np.ndarray:
        return self._sequence

    @property
    def target(self) -> np.ndarray | None:
        return self._target

    @property
    def task(self) -> TrainingTask | None:
        """The training task whose rule gives the target, or None for a typed target."""
        return self._task

    @property
    def clamps(self) -> dict[str, float]:
        return dict(self._clamps)

    @property
    def initial(self) -> dict[str, float]:
        """The initial states {'h0': h(0), 'c0': C(0)}."""
        return dict(self._initial)

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def trace(self) -> Any:
        return self._trace

    @property
    def length(self) -> int:
        return len(self._sequence)

    @property
    def mse(self) -> float | None:
        """Mean squared error of y against the target, or None without a target."""
        return self._mse

    @property
    def gradients(self) -> ParamSet | None:
        """∂MSE/∂parameter for every parameter, or None without a target."""
        return self._gradients

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def hidden_views(self) -> frozenset[str]:
        return self._hidden_views

    @property
    def fixed(self) -> frozenset[str]:
        """Parameters the lesson fixes: nothing changes them (`set_param`, `set_params`)."""
        return self._fixed

    @property
    def kept_locks(self) -> frozenset[str]:
        """Locks a locked exercise keeps: `set_locked` and `unlock_all` leave them on."""
        return self._kept_locks

    @property
    def training(self) -> bool:
        return self._training

    @property
    def training_settings(self) -> TrainingSettings:
        return self._training_settings

    @property
    def change_name(self) -> str | None:
        """What the student is doing, in words, while `named_change` runs; else None."""
        return self._change_name

    @property
    def lesson(self) -> Any:
        """The lesson loaded last (a `lstm_lab.core.lesson.Lesson`), or None."""
        return self._lesson

    @property
    def at_end(self) -> bool:
        return self._cursor >= self.length

    @property
    def explanation(self) -> StepExplanation | None:
        """The numbers of the step under the cursor (None at t = 0), computed once per change."""
        key = (self._version, self._cursor)
        if self._explained is None or self._explained[:2] != key:
            value = None
            if self._cursor > 0 and self._cell is LSTM:
                value = explain_step(self._params, self._trace, self._cursor)
            self._explained = (*key, value)
        return self._explained[2]

    # ----------------------------------------------------------------- parameters
    def set_param(self, name: str, value: float) -> None:
        """Set one parameter; a parameter the lesson fixes keeps its value."""
        if name not in self._cell.specs:
            raise ValueError(f"unknown parameter {name!r}")
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(f"{name} must be a finite number")
        if getattr(self._params, name) == value or name in self._fixed:
            return
        self._params = self._params.replace(**{name: value})
        self._params_changed()

    def set_params(self, params: ParamSet | Mapping[str, float]) -> None:
        """Set the parameters given; those the lesson fixes keep their values, whatever asks
        (a menu command, a training lesson's start, undo)."""
        if not isinstance(params, self._cell.params_type):
            params = self._params.replace(**dict(params))
        if self._fixed:
            params = params.replace(**{name: getattr(self._params, name) for name in self._fixed})
        if params == self._params:
            return
        self._params = params.copy()
        self._params_changed()

    def reset_params(self) -> None:
        self.set_params(self._cell.defaults())

    # ----------------------------------------------------------------- sequence and target
    def set_sequence(self, values: Iterable[float]) -> None:
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        if values.size == 0:
            raise ValueError("the sequence is empty")
        if not np.isfinite(values).all() or np.abs(values).max() > MAX_MAGNITUDE:
            raise ValueError(f"sequence values must be numbers within ±{MAX_MAGNITUDE:g}")
        if np.array_equal(values, self._sequence):
            return
        self._sequence = values.copy()
        old_target = self._target
        if self._task is not None:
            self._target = self._task.target_for(self._sequence)
        elif self._target is not None and len(self._target) != len(values):
            self._held_target, self._target = self._target, None
        elif self._held_target is not None and len(self._held_target) == len(values):
            self._target, self._held_target = self._held_target, None
        cursor_moved = self._cursor > len(values)
        self._cursor = min(self._cursor, len(values))
        self._recompute()
        self.events.sequence.emit()
        if old_target is not self._target:
            self.events.target.emit()
        self.events.trace.emit()
        self.events.gradients.emit()
        if cursor_moved:
            self.events.cursor.emit(self._cursor)

    def set_sequence_text(self, text: str) -> None:
        """Parse and apply; raises SequenceError (the current sequence stays) on bad text."""
        self.set_sequence(parse_sequence(text))

    def set_target(self, values: Iterable[float] | None) -> None:
        """A typed target (the training task, if any, no longer applies), or None for none."""
        task_dropped = self._task is not None
        if values is not None:
            values = np.asarray(values, dtype=np.float64).reshape(-1)
            if len(values) != len(self._sequence):
                raise ValueError(
                    f"the target has {len(values)} values but the input has {len(self._sequence)}"
                )
            if not np.isfinite(values).all():
                raise ValueError("target values must be finite numbers")
            if self._target is not None and np.array_equal(values, self._target):
                return  # the same numbers: a task whose rule gave them still applies
            values = values.copy()
        elif self._target is None:
            return
        if task_dropped:
            self._task = None
        self._target = values
        self._held_target = None
        self._recompute_gradients()
        if task_dropped:
            self.events.task.emit()
        self.events.target.emit()
        self.events.gradients.emit()

    def set_task(self, task: TrainingTask | None, *, use_example: bool = True) -> None:
        """Follow a training task: its example input becomes the sequence (``use_example``) and
        its rule gives the target for whatever sequence the student tries. None: no task (the
        target stays as it is, now the student's own)."""
        if task is self._task:
            return
        self._task = task
        self.events.task.emit()
        if task is None:
            return
        if use_example:
            self.set_sequence(np.asarray(task.example_input, dtype=np.float64))
        target = task.target_for(self._sequence)
        self._held_target = None
        if self._target is None or not np.array_equal(target, self._target):
            self._target = target
            self._recompute_gradients()
            self.events.target.emit()
            self.events.gradients.emit()

    # ----------------------------------------------------------------- clamps and states
    def set_clamp(self, gate: str, value: float | None) -> None:
        """Pin gate ``gate`` to ``value``, or free it with None."""
        if gate not in self._cell.gates:
            raise ValueError(f"unknown gate {gate!r}")
        if value is None:
            if gate not in self._clamps:
                return
            del self._clamps[gate]
        else:
            value = float(self._cell.check_clamps({gate: value})[gate])
            if self._clamps.get(gate) == value:
                return
            self._clamps[gate] = value
        self._recompute()
        self.events.clamps.emit()
        self.events.trace.emit()
        self.events.gradients.emit()

    def clear_clamps(self) -> None:
        """Free every pinned gate at once: one change (and one undo step), not one per gate."""
        if not self._clamps:
            return
        self._clamps.clear()
        self._recompute()
        self.events.clamps.emit()
        self.events.trace.emit()
        self.events.gradients.emit()

    def set_initial(self, name: str, value: float) -> None:
        """Set h(0) ('h0') or C(0) ('c0'); both lie in [−1, 1] for h and ±MAX for C."""
        if name not in INITIAL_STATES or (name == "c0" and "c" not in self._cell.states):
            raise ValueError(f"unknown initial state {name!r}")
        value = float(value)
        limit = 1.0 if name == "h0" else MAX_MAGNITUDE
        if not np.isfinite(value) or abs(value) > limit:
            raise ValueError(f"{name[0]}(0) must be a number from {-limit:g} to {limit:g}")
        if self._initial[name] == value:
            return
        self._initial[name] = value
        self._recompute()
        self.events.initial.emit()
        self.events.trace.emit()
        self.events.gradients.emit()

    # ----------------------------------------------------------------- locks and lesson
    def set_locked(self, name: str, locked: bool = True) -> None:
        """Training leaves a locked parameter exactly as it is. A lock the exercise keeps
        stays on (the event says so again, for a view that showed it off)."""
        if name not in self._cell.specs:
            raise ValueError(f"unknown parameter {name!r}")
        if not locked and name in self._kept_locks:
            self.events.locks.emit(name, True)
            return
        if (name in self._locked) == bool(locked):
            return
        if locked:
            self._locked.add(name)
        else:
            self._locked.discard(name)
        self.events.locks.emit(name, bool(locked))

    def is_locked(self, name: str) -> bool:
        return name in self._locked

    def locked(self) -> frozenset[str]:
        return frozenset(self._locked)

    def unlock_all(self) -> None:
        """Every lock off, but those the exercise keeps."""
        for name in sorted(self._locked - self._kept_locks):
            self.set_locked(name, False)

    def set_kept_locks(self, names: Iterable[str]) -> None:
        """A locked exercise's own locks: on, and kept on until this is called again."""
        names = frozenset(names)
        unknown = names - set(self._cell.specs)
        if unknown:
            raise ValueError(f"unknown parameter {sorted(unknown)[0]!r}")
        changed = names ^ self._kept_locks
        self._kept_locks = names
        for name in sorted(names):
            self.set_locked(name, True)
        for name in sorted(changed):  # the lock buttons follow what may now be changed
            self.events.locks.emit(name, name in self._locked)

    def set_fixed(self, names: Iterable[str]) -> None:
        names = frozenset(names)
        unknown = names - set(self._cell.specs)
        if unknown:
            raise ValueError(f"unknown parameter {sorted(unknown)[0]!r}")
        if names != self._fixed:
            self._fixed = names
            self.events.fixed.emit()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown slider mode {mode!r}")
        if mode != self._mode:
            self._mode = mode
            self.events.mode.emit(mode)

    def set_hidden_views(self, keys: Iterable[str]) -> None:
        keys = frozenset(keys)
        if keys != self._hidden_views:
            self._hidden_views = keys
            self.events.views.emit()

    def set_training(self, running: bool) -> None:
        if bool(running) != self._training:
            self._training = bool(running)
            self.events.training.emit(self._training)

    @contextmanager
    def named_change(self, words: str) -> Iterator[None]:
        """The changes made inside are one thing the student did, called ``words`` (Edit →
        Undo then reads "Undo <words>" instead of listing the fields that changed)."""
        outer, self._change_name = self._change_name, words
        try:
            yield
        finally:
            self._change_name = outer

    def set_training_settings(self, settings: TrainingSettings) -> None:
        if settings != self._training_settings:
            self._training_settings = settings
            self.events.settings.emit()

    def set_lesson_info(self, lesson: Any) -> None:
        """Remember which lesson is in effect (set by `apply_lesson`)."""
        self._lesson = lesson

    # ----------------------------------------------------------------- cursor
    def go_to(self, t: int) -> None:
        t = max(0, min(int(t), self.length))
        if t != self._cursor:
            self._cursor = t
            self.events.cursor.emit(t)

    def step_forward(self) -> bool:
        """Advance one step; False when already at the last step."""
        if self._cursor >= self.length:
            return False
        self.go_to(self._cursor + 1)
        return True

    def step_back(self) -> bool:
        if self._cursor <= 0:
            return False
        self.go_to(self._cursor - 1)
        return True

    def reset(self) -> None:
        """Back to t = 0; sequence and weights are kept."""
        self.go_to(0)

    def go_to_end(self) -> None:
        self.go_to(self.length)

    # ----------------------------------------------------------------- internals
    def _params_changed(self) -> None:
        self._recompute()
        self.events.params.emit()
        self.events.trace.emit()
        self.events.gradients.emit()

    def _recompute(self) -> None:
        clamps = self._clamps or None
        if self._target is None:
            self._trace = self._cell.run(
                self._params, self._sequence, clamps=clamps, **self._states()
            )
            self._mse, self._gradients = None, None
        else:  # the trace, the MSE and its gradients from one forward pass
            self._trace, mse, self._gradients = self._cell.run_with_grads(
                self._params, self._sequence, self._target, clamps=clamps, **self._states()
            )
            self._mse = float(mse)
        self._version += 1

    def _states(self) -> dict[str, float]:
        if "c" in self._cell.states:
            return dict(self._initial)
        return {"h0": self._initial["h0"]}

    def _recompute_gradients(self) -> None:
        if self._target is None:
            self._mse, self._gradients = None, None
            return
        mse, grads = self._cell.loss_and_grads(
            self._params,
            self._sequence,
            self._target,
            clamps=self._clamps or None,
            **self._states(),
        )
        self._mse, self._gradients = float(mse), grads
