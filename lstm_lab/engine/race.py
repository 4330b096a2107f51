"""The race: the RNN, the LSTM and the GRU trained on the same delay-k echo task, with the same
optimiser, budget and seed, one epoch of each in turn.

The delay-k echo task: every sequence has k + 1 steps; the first is a pulse of random height
(uniform between 0 and 1), the others are 0. The output at the last step must repeat the input
from k steps earlier: y(k+1) = x(1). Only that step is scored (the steps before it have no
earlier input to repeat), so nothing but memory helps: a cell that forgets the pulse can do no
better than answer the pulses' mean, 1/2, whose mean squared error is their variance, 1/12.

Every cell starts from its default weights, except that the LSTM's forget-gate bias starts at
1, as LSTMs usually start training (Keras does so by default): from b_f = 0 its forget gate
sits near one half, so its cell state about halves at every step (started there, it failed the
delay-20 echo in each of the seeds 0 to 4, where from b_f = 1 it learns it in 5 of 5).

A cell *learnt* the task when its mean squared error on fresh sequences it never saw is below
`LEARNT_SHARE` of that baseline. A race may run over several seeds, one after the other
(`race_seeds`); `RaceTally` counts in how many each cell learnt, and keeps what the measure of
memory `echo_gradient` (how strongly the pulse moves the scored output: 1 for a perfect echo)
was at the start weights and at each seed's end, so a cell that failed can say how little of
the pulse reached its output. The cells have one unit each by default (the scalar cells of
`lstm_lab.engine.cells`); with ``units`` N from 2 to `MAX_UNITS` each is a layer of N units with
a linear read-out (`lstm_lab.engine.race_units`), trained with the same optimiser, learning
rate, budget and sequences and tested by the same rule. Nothing here imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.cells import CELLS, ScalarCell
from lstm_lab.engine.memory import input_gradients
from lstm_lab.engine.params import ParamSet
from lstm_lab.engine.race_units import (
    MAX_UNITS,
    check_units,
    echo_gradient_units,
    fit_units,
    start_weights,
)
from lstm_lab.engine.race_units import loss as units_loss
from lstm_lab.engine.training import TrainStep, fit

__all__ = [
    "BASELINE_MSE",
    "DEFAULT_EPOCHS",
    "DEFAULT_SEEDS",
    "LEARNING_RATE",
    "LEARNING_RATE_RANGE",
    "LEARNT_SHARE",
    "MAX_SEEDS",
    "MAX_UNITS",
    "RACE_ORDER",
    "TASKS",
    "EchoTask",
    "RaceStep",
    "RaceTally",
    "ScoredCell",
    "echo_gradient",
    "race",
    "race_seeds",
    "race_start",
    "race_settings",
    "test_mse",
]

RACE_ORDER = ("rnn", "lstm", "gru")
#: The race's default budget: epochs of each cell (one epoch: 32 sequences, batches of 8).
DEFAULT_EPOCHS = 250
#: Adam's default step size in the race.
LEARNING_RATE = 0.05
#: The learning rates a race accepts.
LEARNING_RATE_RANGE = (0.0001, 1.0)
#: Seeds a race runs by default, one after the other, and the most it runs.
DEFAULT_SEEDS = 5
MAX_SEEDS = 20
#: The pulse height `echo_gradient` measures at: the pulses' mean.
ECHO_HEIGHT = 0.5
#: Mean squared error of a cell that forgot: the variance of a uniform pulse in [0, 1].
BASELINE_MSE = 1.0 / 12.0
#: Learnt: a test MSE below this share of the baseline (a tenth of what forgetting costs).
LEARNT_SHARE = 0.1
TEST_SEQUENCES = 200
MAX_DELAY = 100


@dataclass(frozen=True)
class EchoTask:
    """The delay-k echo task as `fit` takes it: ``(rng, length, count) -> (inputs, targets)``.
    Targets are NaN where no step is scored."""

    delay: int

    def __post_init__(self) -> None:
        if isinstance(self.delay, bool) or not isinstance(self.delay, int):
            raise ValueError("the delay k must be a whole number")
        if not 1 <= self.delay <= MAX_DELAY:
            raise ValueError(f"the delay k must be from 1 to {MAX_DELAY}")

    @property
    def length(self) -> int:
        return self.delay + 1

    def inputs(self, rng: np.random.Generator, count: int) -> np.ndarray:
        inputs = np.zeros((count, self.length))
        inputs[:, 0] = rng.uniform(0.0, 1.0, size=count)
        return inputs

    def targets(self, inputs: np.ndarray) -> np.ndarray:
        """y(t) = x(t − k) where t > k; NaN (not scored) before."""
        inputs = np.asarray(inputs, dtype=np.float64)
        targets = np.full_like(inputs, math.nan)
        targets[..., self.delay :] = inputs[..., : -self.delay]
        return targets

    def __call__(
        self, rng: np.random.Generator, length: int, count: int
    ) -> tuple[np.ndarray, np.ndarray]:
        if length != self.length:
            raise ValueError(f"the delay-{self.delay} echo has sequences of {self.length} steps")
        inputs = self.inputs(rng, int(count))
        return inputs, self.targets(inputs)


#: The race's tasks by name, with what each asks (`lstm-lab race --list-tasks`).
TASKS = {
    "echo": "delay-k echo: a pulse of random height in [0, 1], then k zeros; the output at the "
    "last step must repeat the pulse (only that step is scored)"
}


@dataclass(frozen=True)
class ScoredCell:
    """A cell whose mean squared error counts only the steps with a target (not NaN).

    The wrapped cell's own backpropagation gives the gradient: at an unscored step the target
    is replaced by the cell's own output, so its error and its gradient are exactly 0; the MSE
    over all T steps is then rescaled by T / (scored steps).
    """

    cell: ScalarCell

    def __getattr__(self, name: str) -> Any:
        return getattr(self.cell, name)

    def _targets(self, params, xs, targets, kwargs) -> tuple[np.ndarray, np.ndarray]:
        targets = np.asarray(targets, dtype=np.float64)
        scored = ~np.isnan(targets)
        if scored.all():
            return targets, np.full(targets.shape[1:], 1.0)
        y = self.cell.run(params, xs, **kwargs).y
        filled = np.where(scored, targets, y)
        count = scored.sum(axis=0)
        if np.any(count == 0):
            raise ValueError("a sequence has no scored step")
        return filled, targets.shape[0] / count

    def loss_and_grads(self, params, xs, targets, **kwargs):
        filled, scale = self._targets(params, xs, targets, kwargs)
        loss, grads = self.cell.loss_and_grads(params, xs, filled, **kwargs)
        scaled = {name: value * scale for name, value in grads.to_dict().items()}
        value = loss * scale
        return (float(value) if np.ndim(value) == 0 else value), type(grads)(**scaled)

    def loss(self, params, xs, targets, **kwargs):
        filled, scale = self._targets(params, xs, targets, kwargs)
        value = self.cell.loss(params, xs, filled, **kwargs) * scale
        return float(value) if np.ndim(value) == 0 else value


def test_mse(cell: ScalarCell, params: ParamSet | Mapping, task: EchoTask, seed: int) -> float:
    """Mean squared error on `TEST_SEQUENCES` fresh sequences (their own seed). ``params`` are
    the one-unit cell's parameters or the weights of a cell of N units (`race_units`)."""
    rng = np.random.default_rng([seed, 1])
    inputs, targets = task(rng, task.length, TEST_SEQUENCES)
    with np.errstate(all="ignore"):
        if isinstance(params, Mapping):
            losses = units_loss(cell.name, params, inputs, targets)
        else:
            losses = ScoredCell(cell).loss(params, inputs.T, targets.T)
    value = float(np.mean(losses))
    return value if math.isfinite(value) else math.inf


@dataclass
class RaceStep:
    """One round of the race: one epoch of every cell still running.

    ``steps`` holds each cell's newest `TrainStep`; ``test`` each finished cell's test MSE.
    ``epoch``, ``loss``, ``validation_loss`` and ``finished`` let a training pump treat a round
    like an epoch of one run.
    """

    epoch: int
    steps: dict[str, TrainStep]
    test: dict[str, float] = field(default_factory=dict)
    finished: bool = False
    validation_loss: float | None = None

    @property
    def loss(self) -> float:
        losses = [step.loss for step in self.steps.values()]
        return float(min(losses)) if losses else math.nan

    def learnt(self, name: str) -> bool | None:
        """Whether ``name`` learnt the task (None while it runs)."""
        if name not in self.test:
            return None
        return self.test[name] < LEARNT_SHARE * BASELINE_MSE


def echo_gradient(
    name: str, params: ParamSet | Mapping, delay: int, height: float = ECHO_HEIGHT
) -> float:
    """|∂y(k+1)/∂x(1)| of the cell ``name`` at ``params`` on a pulse of ``height`` followed by
    ``delay`` zeros: how strongly the pulse moves the one output the echo scores. An exact
    echo (y(k+1) = x(1)) has 1; a cell whose output no longer depends on the pulse, about 0.
    ``params`` may be the weights of a cell of N units (`race_units`)."""
    if isinstance(params, Mapping):
        return echo_gradient_units(name, params, delay, height)
    xs = np.zeros(EchoTask(delay).length)
    xs[0] = height
    with np.errstate(all="ignore"):
        value = abs(float(input_gradients(CELLS[name], params, xs)[0]))
    return value if math.isfinite(value) else math.inf


def race_start(name: str, units: int = 1) -> ParamSet | dict[str, np.ndarray]:
    """Where ``name`` starts the race: its defaults (the LSTM with b_f = 1, see the module);
    with more than one unit, `race_units.start_weights`."""
    if check_units(units) > 1:
        return start_weights(name, units)
    params = CELLS[name].defaults()
    return params.replace(b_f=1.0) if name == "lstm" else params


def _check_learning_rate(learning_rate: Any) -> float:
    low, high = LEARNING_RATE_RANGE
    if isinstance(learning_rate, bool) or not isinstance(learning_rate, int | float):
        raise ValueError(f"the learning rate must be a number from {low:g} to {high:g}")
    if not low <= learning_rate <= high:
        raise ValueError(
            f"the learning rate must be from {low:g} to {high:g}, not {learning_rate!r}"
        )
    return float(learning_rate)


def race_settings(
    delay: int, epochs: int = DEFAULT_EPOCHS, learning_rate: float = LEARNING_RATE
) -> dict[str, Any]:
    """The settings every cell trains with (the same for all three)."""
    return {
        "optimizer": "adam",
        "learning_rate": _check_learning_rate(learning_rate),
        "max_epochs": int(epochs),
        "tolerance": 0.0,
        "clip_norm": 1.0,
        "task_size": 32,
        "batch_size": 8,
    }


def race(
    delay: int,
    *,
    seed: int = 0,
    epochs: int = DEFAULT_EPOCHS,
    start: Mapping[str, ParamSet] | None = None,
    cells: tuple[str, ...] = RACE_ORDER,
    learning_rate: float = LEARNING_RATE,
    units: int = 1,
) -> Iterator[RaceStep]:
    """Train ``cells`` of ``units`` units on the delay-``delay`` echo task, one epoch of each
    per round.

    Every cell starts from ``start[name]`` (`race_start` otherwise) and draws its training
    sequences from a generator seeded with ``seed``, so all three see the same sequences in the
    same order. After the last round every cell has its test MSE.
    """
    if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
        raise ValueError("the budget must be at least one epoch")
    units = check_units(units)
    task = EchoTask(delay)
    settings = race_settings(delay, epochs, learning_rate)
    runs: dict[str, Iterator[TrainStep]] = {}
    for name in cells:
        cell = CELLS[name]
        params = _start(start, name, units)
        if units > 1:
            runs[name] = fit_units(  # type: ignore[assignment]
                name, params, task, task.length, rng=np.random.default_rng(seed), **settings
            )
            continue
        runs[name] = fit(
            ScoredCell(cell),  # type: ignore[arg-type]
            params,
            np.zeros(task.length),
            None,
            task=task,
            rng=np.random.default_rng(seed),
            **settings,
        )
    return _rounds(runs, task, seed)


def _start(start: Mapping[str, Any] | None, name: str, units: int) -> Any:
    given = (start or {}).get(name)
    return given if given is not None else race_start(name, units)


def _rounds(runs: dict[str, Iterator[TrainStep]], task: EchoTask, seed: int) -> Iterator[RaceStep]:
    latest: dict[str, TrainStep] = {}
    test: dict[str, float] = {}
    running = dict(runs)
    epoch = 0
    while running:
        epoch += 1
        for name, steps in list(running.items()):
            step = next(steps, None)
            if step is not None:
                latest[name] = step
            if step is None or step.finished:
                del running[name]
                if name in latest:
                    test[name] = test_mse(CELLS[name], latest[name].params, task, seed)
        yield RaceStep(epoch, dict(latest), dict(test), finished=not running)


@dataclass
class RaceTally:
    """What a race over several seeds found so far: each cell's test MSE for every seed that
    has ended (in the order run), `echo_gradient` at its start weights and at each seed's end.
    """

    delay: int
    seeds: tuple[int, ...]
    learning_rate: float
    epochs: int
    cells: tuple[str, ...]
    start_gradient: dict[str, float]
    test: dict[str, list[float]] = field(default_factory=dict)
    end_gradient: dict[str, list[float]] = field(default_factory=dict)
    units: int = 1

    @property
    def threshold(self) -> float:
        """Learnt: a test MSE below this."""
        return LEARNT_SHARE * BASELINE_MSE

    def tested(self, name: str) -> int:
        """Seeds whose end ``name`` has been tested at."""
        return len(self.test.get(name, []))

    def learnt(self, name: str) -> int:
        """In how many of the tested seeds ``name`` learnt the task."""
        return sum(1 for mse in self.test.get(name, []) if mse < self.threshold)

    def median_mse(self, name: str) -> float:
        values = self.test.get(name, [])
        return float(np.median(values)) if values else math.nan

    def failed_end_gradient(self, name: str) -> float:
        """The median `echo_gradient` at the end of the seeds ``name`` did not learn (NaN if
        it learnt in all)."""
        values = [
            g
            for g, mse in zip(self.end_gradient.get(name, []), self.test.get(name, []), strict=True)
            if not mse < self.threshold
        ]
        return float(np.median(values)) if values else math.nan

    def add(self, name: str, mse: float, params: ParamSet) -> None:
        """Record the end of one seed of ``name``: its test MSE at ``params``."""
        self.test.setdefault(name, []).append(mse)
        self.end_gradient.setdefault(name, []).append(echo_gradient(name, params, self.delay))

    def copy(self) -> RaceTally:
        return RaceTally(
            self.delay,
            self.seeds,
            self.learning_rate,
            self.epochs,
            self.cells,
            dict(self.start_gradient),
            {name: list(values) for name, values in self.test.items()},
            {name: list(values) for name, values in self.end_gradient.items()},
            self.units,
        )


@dataclass
class SeedStep(RaceStep):
    """A round of a race over several seeds: one epoch of every cell still running in the
    seed `seed` (the ``seed_index``-th, from 0). ``tally`` counts the seeds that have ended,
    this one included once its last round is reached; ``finished`` is the whole race's."""

    seed: int = 0
    seed_index: int = 0
    tally: RaceTally | None = None


def race_seeds(
    delay: int,
    *,
    seeds: tuple[int, ...] | list[int] | range = tuple(range(1, DEFAULT_SEEDS + 1)),
    epochs: int = DEFAULT_EPOCHS,
    learning_rate: float = LEARNING_RATE,
    start: Mapping[str, ParamSet] | None = None,
    cells: tuple[str, ...] = RACE_ORDER,
    units: int = 1,
) -> Iterator[SeedStep]:
    """`race` once for each of ``seeds``, one after the other, as one iterator of rounds.

    Each seed's race starts from the same weights (``start`` or `race_start`). The last round
    of each seed carries a tally with that seed's test MSEs added; the very last round is
    ``finished`` and its tally holds every seed."""
    seeds = tuple(int(seed) for seed in seeds)
    if not 1 <= len(seeds) <= MAX_SEEDS:
        raise ValueError(f"a race runs from 1 to {MAX_SEEDS} seeds")
    learning_rate = _check_learning_rate(learning_rate)
    units = check_units(units)
    starts = {name: _start(start, name, units) for name in cells}
    tally = RaceTally(
        delay=EchoTask(delay).delay,
        seeds=seeds,
        learning_rate=learning_rate,
        epochs=int(epochs),
        cells=tuple(cells),
        start_gradient={name: echo_gradient(name, starts[name], delay) for name in cells},
        units=units,
    )
    # checks the arguments
    race(delay, seed=seeds[0], epochs=epochs, start=starts, cells=cells, units=units)
    settings = {
        "epochs": epochs,
        "start": starts,
        "cells": cells,
        "learning_rate": learning_rate,
        "units": units,
    }
    return _seed_rounds(delay, seeds, settings, tally)


def _seed_rounds(
    delay: int, seeds: tuple[int, ...], settings: dict[str, Any], tally: RaceTally
) -> Iterator[SeedStep]:
    for index, seed in enumerate(seeds):
        for step in race(delay, seed=seed, **settings):
            if step.finished:
                for name in tally.cells:
                    if name in step.test:
                        tally.add(name, step.test[name], step.steps[name].params)
            yield SeedStep(
                step.epoch,
                step.steps,
                step.test,
                finished=step.finished and index == len(seeds) - 1,
                validation_loss=step.validation_loss,
                seed=seed,
                seed_index=index,
                tally=tally.copy(),
            )
