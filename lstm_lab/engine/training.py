"""Fitting the cell's parameters to a target: optimisers and the training loop as a generator.

`fit` is a plain generator: it yields one `TrainStep` per epoch (copies, safe to keep), and the
caller decides when to stop pulling. Nothing here knows about threads or Qt; a Qt worker drives
the generator in its own thread, and tests iterate it directly.

Gradient descent on the parameter vector θ = params.as_vector() of any cell of the engine
(`cells.py`: the LSTM's 14 parameters, the RNN's 4, the GRU's 11), with g = ∂MSE/∂θ from the
cell's own backpropagation through time (`Cell.loss_and_grads`):

    Adam:      m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,
               θ ← θ − η · m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵏ), v̂ = v/(1−β₂ᵏ)
    momentum:  u ← μu − ηg,  θ ← θ + u

Locked parameters get a zero gradient and are never written, so they stay exactly equal.
Gradient-norm clipping scales g down to ‖g‖ = clip_norm when it is longer.

One sequence: an epoch is one iteration (one gradient step on the whole sequence). The loss
reported with an epoch is the MSE at the parameters reported with it (after the step).

A task (many random sequences following a lesson's rule, see `tasks.py`): the training set is
drawn once per run; an epoch is one pass over it in a fresh random order, in mini-batches of
`batch_size` sequences, one iteration (gradient step on the batch's mean MSE) per mini-batch.
The loss reported with an epoch is the mean of the mini-batch losses met during the pass; the
validation loss is the MSE on held-out sequences the training never sees, at the epoch's end.

A run stops when the loss falls below `tolerance` ('converged'), after `max_epochs` epochs
('max_epochs'), or when a loss, gradient or parameter stops being a finite number ('diverged');
then the step carries the last parameters whose loss was finite.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Protocol

import numpy as np

from lstm_lab.engine.cells import Cell
from lstm_lab.engine.params import LSTMParams, ParamSet

__all__ = [
    "Adam",
    "OPTIMIZERS",
    "Optimizer",
    "SGDMomentum",
    "TrainStep",
    "fit",
    "make_optimizer",
    "run_to_end",
]

Status = Literal["running", "converged", "max_epochs", "diverged"]
TaskGenerator = Callable[[np.random.Generator, int, int], tuple[np.ndarray, np.ndarray]]

DEFAULT_TASK_SIZE = 32
DEFAULT_BATCH_SIZE = 8
DEFAULT_VALIDATION_SIZE = 16
DEFAULT_MAX_MAGNITUDE = 1e6


# ----------------------------------------------------------------------------- optimisers
class Optimizer(Protocol):
    learning_rate: float

    def step(self, gradient: np.ndarray) -> np.ndarray:
        """The change to add to the parameters for this gradient."""
        ...


class Adam:
    """Adam (Kingma & Ba): per-parameter steps of about η, scaled by the gradient's history."""

    def __init__(
        self,
        learning_rate: float = 0.05,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
    ) -> None:
        self.learning_rate = float(learning_rate)
        self.beta1 = float(beta1)
        self.beta2 = float(beta2)
        self.epsilon = float(epsilon)
        self.t = 0
        self.m: np.ndarray | None = None
        self.v: np.ndarray | None = None

    def step(self, gradient: np.ndarray) -> np.ndarray:
        if self.m is None or self.v is None:
            self.m = np.zeros_like(gradient)
            self.v = np.zeros_like(gradient)
        self.t += 1
        self.m = self.beta1 * self.m + (1.0 - self.beta1) * gradient
        self.v = self.beta2 * self.v + (1.0 - self.beta2) * (gradient * gradient)
        m_hat = self.m / (1.0 - self.beta1**self.t)
        v_hat = self.v / (1.0 - self.beta2**self.t)
        return -self.learning_rate * m_hat / (np.sqrt(v_hat) + self.epsilon)


class SGDMomentum:
    """Gradient descent with (heavy-ball) momentum: the step keeps a share μ of the last one."""

    def __init__(self, learning_rate: float = 0.05, momentum: float = 0.9) -> None:
        self.learning_rate = float(learning_rate)
        self.momentum = float(momentum)
        self.velocity: np.ndarray | None = None

    def step(self, gradient: np.ndarray) -> np.ndarray:
        if self.velocity is None:
            self.velocity = np.zeros_like(gradient)
        self.velocity = self.momentum * self.velocity - self.learning_rate * gradient
        return self.velocity.copy()


#: Names accepted by `make_optimizer` and `fit(optimizer=...)`, with the words the panel shows.
OPTIMIZERS: dict[str, str] = {"adam": "Adam", "sgd": "SGD with momentum (0.9)"}


def make_optimizer(name: str, learning_rate: float, momentum: float = 0.9) -> Optimizer:
    if name == "adam":
        return Adam(learning_rate)
    if name == "sgd":
        return SGDMomentum(learning_rate, momentum)
    raise ValueError(f"unknown optimiser {name!r}; choose one of {sorted(OPTIMIZERS)}")


# ----------------------------------------------------------------------------- steps
@dataclass(frozen=True)
class TrainStep:
    """What one epoch left behind. Arrays are private read-only copies.

    `params`/`grads` are built on first use from the parameter vectors, so yielding a step
    costs two small array copies rather than two dataclass constructions.
    """

    epoch: int
    iteration: int
    loss: float
    param_vector: np.ndarray = field(repr=False)
    grad_vector: np.ndarray = field(repr=False)
    validation_loss: float | None = None
    status: Status = "running"
    params_type: type[ParamSet] = field(default=LSTMParams, repr=False)

    @cached_property
    def params(self) -> ParamSet:
        return self.params_type.from_vector(self.param_vector)

    @cached_property
    def grads(self) -> ParamSet:
        """∂MSE/∂parameter at `params` (zero for locked parameters)."""
        return self.params_type(*map(float, self.grad_vector))

    @property
    def finished(self) -> bool:
        return self.status != "running"


def _frozen(vector: np.ndarray) -> np.ndarray:
    copy = np.array(vector, dtype=np.float64)
    copy.flags.writeable = False
    return copy


# ----------------------------------------------------------------------------- the objective
_NUMERIC_TROUBLE = (OverflowError, FloatingPointError, ZeroDivisionError)


class _Objective:
    """MSE of the cell's output against targets, on one sequence or a stack of them."""

    def __init__(
        self,
        cell: Cell,
        inputs: np.ndarray,
        targets: np.ndarray,
        clamps: Mapping[str, float] | None,
        initial: Mapping[str, float] | None = None,
    ) -> None:
        self.cell = cell
        self.initial = dict(initial or {})
        self.inputs = np.atleast_2d(np.asarray(inputs, dtype=np.float64))
        self.targets = np.atleast_2d(np.asarray(targets, dtype=np.float64))
        if self.inputs.shape != self.targets.shape:
            raise ValueError(
                f"the target has {self.targets.shape[-1]} values but the input has "
                f"{self.inputs.shape[-1]}"
            )
        if self.inputs.shape[-1] == 0:
            raise ValueError("the sequence is empty")
        self.clamps = dict(clamps) if clamps else None

    def __len__(self) -> int:
        return len(self.inputs)

    def loss_and_gradient(
        self, theta: np.ndarray, rows: np.ndarray | None = None
    ) -> tuple[float, np.ndarray]:
        """Mean MSE over the chosen sequences (all by default) and its gradient.

        Returns (nan, nan-vector) when the parameters, the loss or the arithmetic overflow.
        One sequence runs the engine's scalar path; several run at once as a (T, B) batch.
        """
        if not np.isfinite(theta).all():
            return math.nan, np.full_like(theta, math.nan)
        params = self.cell.params_type.from_vector(theta)
        inputs = self.inputs if rows is None else self.inputs[rows]
        targets = self.targets if rows is None else self.targets[rows]
        run = self.cell.loss_and_grads
        try:
            with np.errstate(all="ignore"):
                if len(inputs) == 1:
                    loss, grads = run(
                        params, inputs[0], targets[0], clamps=self.clamps, **self.initial
                    )
                    return float(loss), _vector(grads)
                losses, grads = run(params, inputs.T, targets.T, clamps=self.clamps, **self.initial)
                return float(np.mean(losses)), _vector(grads).mean(axis=1)
        except _NUMERIC_TROUBLE:
            return math.nan, np.full_like(theta, math.nan)

    def loss(self, theta: np.ndarray) -> float:
        """Mean MSE over all sequences (forward pass only); nan when not finite."""
        if not np.isfinite(theta).all():
            return math.nan
        params = self.cell.params_type.from_vector(theta)
        loss = self.cell.loss
        try:
            with np.errstate(all="ignore"):
                if len(self.inputs) == 1:
                    return float(
                        loss(
                            params,
                            self.inputs[0],
                            self.targets[0],
                            clamps=self.clamps,
                            **self.initial,
                        )
                    )
                losses = loss(
                    params, self.inputs.T, self.targets.T, clamps=self.clamps, **self.initial
                )
                return float(np.mean(losses))
        except _NUMERIC_TROUBLE:
            return math.nan


def _vector(grads: ParamSet) -> np.ndarray:
    """The gradient as a (P,) or (P, B) array, without as_vector's broadcasting machinery."""
    return np.array([getattr(grads, name) for name in grads.names()], dtype=np.float64)


# ----------------------------------------------------------------------------- the loop
def fit(
    cell: Cell,
    params: ParamSet,
    xs: np.ndarray,
    targets: np.ndarray | None,
    *,
    optimizer: str | Optimizer = "adam",
    learning_rate: float = 0.05,
    momentum: float = 0.9,
    max_epochs: int = 2000,
    tolerance: float = 1e-4,
    clip_norm: float | None = None,
    locked: Collection[str] = frozenset(),
    clamps: Mapping[str, float] | None = None,
    rng: np.random.Generator | None = None,
    task: TaskGenerator | None = None,
    task_size: int = DEFAULT_TASK_SIZE,
    batch_size: int = DEFAULT_BATCH_SIZE,
    validation: tuple[np.ndarray, np.ndarray] | None = None,
    validation_size: int = DEFAULT_VALIDATION_SIZE,
    max_magnitude: float = DEFAULT_MAX_MAGNITUDE,
    initial: Mapping[str, float] | None = None,
) -> Iterator[TrainStep]:
    """Fit ``params`` of ``cell`` (one of `cells.CELLS`) so that its output y follows
    ``targets``, with the cell's own loss and gradients; yield once per epoch.

    On one sequence, ``xs`` and ``targets`` have shape (T,). With ``task`` (a callable
    ``(rng, length, count) -> (inputs, targets)`` such as a `TrainingTask`), ``task_size``
    sequences of ``len(xs)`` steps are drawn from ``rng`` for training and ``validation_size``
    more for the held-out loss, and ``targets`` may be None. ``validation`` gives held-out
    ``(inputs, targets)`` explicitly ((T,) or (N, T)); its MSE is reported every epoch.

    ``optimizer`` is 'adam', 'sgd' (momentum ``momentum``) or an object with ``step(gradient)``.
    ``locked`` names parameters that training leaves exactly as they are. ``clip_norm`` None or 0
    means no clipping; ``tolerance`` 0 means never stop early. ``clamps`` pins gates as in
    `run_lstm` (for a cell with gates to pin). ``initial`` gives the initial states
    (``{"h0": …, "c0": …}``, zero by default). A parameter growing past ``max_magnitude``
    counts as diverging, like a NaN: the cell's output is bounded, so weights that large only
    mean the steps are running away.
    The generator checks its arguments when it is created.
    """
    if not isinstance(params, cell.params_type):
        raise ValueError(f"these are not the parameters of the {cell.title}")
    names = cell.param_names
    theta0 = np.asarray(params.as_vector(), dtype=np.float64)
    if theta0.shape != (len(names),):
        raise ValueError("training needs one cell's parameters, not a batch")
    unknown = set(locked) - set(names)
    if unknown:
        raise ValueError(f"unknown parameter {sorted(unknown)[0]!r} in the locked set")
    if max_epochs < 1:
        raise ValueError("max_epochs must be at least 1")
    if learning_rate <= 0 or not math.isfinite(learning_rate):
        raise ValueError("the learning rate must be a positive number")
    free = np.array([name not in locked for name in names])
    xs = np.asarray(xs, dtype=np.float64).reshape(-1)
    rng = rng if rng is not None else np.random.default_rng()

    if task is not None:
        train_inputs, train_targets = task(rng, len(xs), task_size)
        objective = _Objective(cell, train_inputs, train_targets, clamps, initial)
        if validation is None:
            validation = task(rng, len(xs), validation_size)
    else:
        if targets is None:
            raise ValueError("there is no target to train towards")
        targets = np.asarray(targets, dtype=np.float64).reshape(-1)
        objective = _Objective(cell, xs, targets, clamps, initial)
    held_out = _Objective(cell, *validation, clamps, initial) if validation is not None else None
    if isinstance(optimizer, str):
        optimizer = make_optimizer(optimizer, learning_rate, momentum)

    run = _run_task if task is not None else _run_sequence
    return run(
        cell.params_type,
        theta0,
        objective,
        held_out,
        optimizer=optimizer,
        free=free,
        max_epochs=int(max_epochs),
        tolerance=float(tolerance),
        clip_norm=float(clip_norm) if clip_norm else None,
        rng=rng,
        batch_size=max(1, int(batch_size)),
        max_magnitude=float(max_magnitude),
    )


def _healthy(loss: float, gradient: np.ndarray, theta: np.ndarray, max_magnitude: float) -> bool:
    """Finite loss and gradient, and parameters that are finite and within ±max_magnitude."""
    return (
        math.isfinite(loss)
        and bool(np.isfinite(gradient).all())
        and bool((np.abs(theta) <= max_magnitude).all())  # False for nan and inf too
    )


def _descent_step(
    theta: np.ndarray,
    gradient: np.ndarray,
    optimizer: Optimizer,
    free: np.ndarray,
    clip_norm: float | None,
) -> np.ndarray:
    gradient = np.where(free, gradient, 0.0)
    if clip_norm is not None:
        norm = float(np.sqrt(gradient @ gradient))
        if norm > clip_norm:
            gradient = gradient * (clip_norm / norm)
    with np.errstate(all="ignore"):
        change = optimizer.step(gradient)
    new_theta = theta.copy()
    new_theta[free] += change[free]
    return new_theta


def _run_sequence(
    params_type: type[ParamSet],
    theta: np.ndarray,
    objective: _Objective,
    held_out: _Objective | None,
    *,
    optimizer: Optimizer,
    free: np.ndarray,
    max_epochs: int,
    tolerance: float,
    clip_norm: float | None,
    rng: np.random.Generator,
    batch_size: int,
    max_magnitude: float,
) -> Iterator[TrainStep]:
    def shown(gradient: np.ndarray) -> np.ndarray:
        return _frozen(np.where(free, gradient, 0.0))

    loss, gradient = objective.loss_and_gradient(theta)
    if not _healthy(loss, gradient, theta, max_magnitude):
        yield TrainStep(0, 0, loss, _frozen(theta), shown(gradient), None, "diverged", params_type)
        return
    if loss < tolerance:
        validation_loss = held_out.loss(theta) if held_out is not None else None
        yield TrainStep(
            0,
            0,
            loss,
            _frozen(theta),
            shown(gradient),
            validation_loss,
            "converged",
            params_type,
        )
        return
    for epoch in range(1, max_epochs + 1):
        new_theta = _descent_step(theta, gradient, optimizer, free, clip_norm)
        new_loss, new_gradient = objective.loss_and_gradient(new_theta)
        if not _healthy(new_loss, new_gradient, new_theta, max_magnitude):
            validation_loss = held_out.loss(theta) if held_out is not None else None
            yield TrainStep(
                epoch,
                epoch,
                loss,
                _frozen(theta),
                shown(gradient),
                validation_loss,
                "diverged",
                params_type,
            )
            return
        theta, loss, gradient = new_theta, new_loss, new_gradient
        status: Status = "running"
        if loss < tolerance:
            status = "converged"
        elif epoch == max_epochs:
            status = "max_epochs"
        validation_loss = held_out.loss(theta) if held_out is not None else None
        yield TrainStep(
            epoch,
            epoch,
            loss,
            _frozen(theta),
            shown(gradient),
            validation_loss,
            status,
            params_type,
        )
        if status != "running":
            return


def _run_task(
    params_type: type[ParamSet],
    theta: np.ndarray,
    objective: _Objective,
    held_out: _Objective | None,
    *,
    optimizer: Optimizer,
    free: np.ndarray,
    max_epochs: int,
    tolerance: float,
    clip_norm: float | None,
    rng: np.random.Generator,
    batch_size: int,
    max_magnitude: float,
) -> Iterator[TrainStep]:
    def step(
        epoch: int,
        iteration: int,
        loss: float,
        theta: np.ndarray,
        gradient: np.ndarray,
        status: Status,
    ) -> TrainStep:
        validation_loss = held_out.loss(theta) if held_out is not None else None
        return TrainStep(
            epoch,
            iteration,
            loss,
            _frozen(theta),
            _frozen(np.where(free, gradient, 0.0)),
            validation_loss,
            status,
            params_type,
        )

    iteration = 0
    # The last parameters whose mini-batch loss was finite, with that loss and gradient.
    good_theta, good_loss, good_gradient = theta, math.nan, np.zeros_like(theta)
    for epoch in range(1, max_epochs + 1):
        order = rng.permutation(len(objective))
        losses: list[float] = []
        for start in range(0, len(order), batch_size):
            loss, gradient = objective.loss_and_gradient(theta, order[start : start + batch_size])
            if not _healthy(loss, gradient, theta, max_magnitude):
                yield step(epoch, iteration, good_loss, good_theta, good_gradient, "diverged")
                return
            good_theta, good_loss, good_gradient = theta, loss, gradient
            theta = _descent_step(theta, gradient, optimizer, free, clip_norm)
            iteration += 1
            losses.append(loss)
        epoch_loss = float(np.mean(losses))
        if not _healthy(epoch_loss, good_gradient, theta, max_magnitude):
            yield step(epoch, iteration, good_loss, good_theta, good_gradient, "diverged")
            return
        status: Status = "running"
        if epoch_loss < tolerance:
            status = "converged"
        elif epoch == max_epochs:
            status = "max_epochs"
        yield step(epoch, iteration, epoch_loss, theta, good_gradient, status)
        if status != "running":
            return


def run_to_end(steps: Iterator[TrainStep]) -> TrainStep:
    """Drive a `fit` generator to its end and return its last step."""
    last = deque(steps, maxlen=1)
    if not last:
        raise ValueError("the training run yielded no step")
    return last[0]
