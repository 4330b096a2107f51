"""The race with cells of N units (N > 1): a layer of N RNN, LSTM or GRU units and a linear
read-out, trained on the delay-k echo as the one-unit cells are (`lstm_lab.engine.race`).

The layers are the many-unit ones of `lstm_lab.engine.layer` (LSTM) and
`lstm_lab.engine.recurrent_layers` (RNN, GRU), in PyTorch's layout; the read-out is

    y = W_out·h(T) + b_out        W_out (1, N), b_out (1,)

scored by the squared error at the last step only (the one step the echo scores; its targets
are NaN elsewhere), averaged over the sequences of a batch:

    L = (1/B)·Σ_b (y_b − target_b)²      ∂L/∂y_b = 2·(y_b − target_b)/B

Training follows `lstm_lab.engine.training.fit` on a task step for step: the same generator
draws the 32 training sequences, then 16 held-out ones, then each epoch's order; batches of 8;
Adam (`lstm_lab.engine.optim.Adam`) at the race's learning rate after clipping the joint
gradient norm to the race's ``clip_norm``; a loss that stops being finite, or a weight beyond
``max_magnitude``, ends the run as diverged with the last good weights.

Start weights are drawn as PyTorch draws them (uniform on ±1/√N, the read-out too) from a
generator with a fixed seed, so every seed of a race starts from the same weights, as the
one-unit cells do; the LSTM's forget-gate bias starts at 1 (bias_ih = 1, bias_hh = 0 on the
forget rows). Everything is float64. Nothing here imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from lstm_lab.engine.layer import Workspace, init_layer, lstm_layer, lstm_layer_backward
from lstm_lab.engine.optim import Adam, clip_grad_norm
from lstm_lab.engine.recurrent_layers import (
    gru_layer,
    gru_layer_backward,
    init_gru_layer,
    init_rnn_layer,
    rnn_layer,
    rnn_layer_backward,
)

__all__ = [
    "MAX_UNITS",
    "UNIT_START_SEED",
    "Weights",
    "UnitStep",
    "check_units",
    "echo_gradient_units",
    "fit_units",
    "loss_and_grads",
    "predict",
    "start_weights",
]

#: The most units a race cell may have.
MAX_UNITS = 8
#: The seed of the generator the start weights are drawn from (the same for every race seed).
UNIT_START_SEED = 0

Weights = dict[str, np.ndarray]

_LAYERS: dict[str, tuple[Callable, Callable]] = {
    "rnn": (rnn_layer, rnn_layer_backward),
    "lstm": (lstm_layer, lstm_layer_backward),
    "gru": (gru_layer, gru_layer_backward),
}


def check_units(units: object) -> int:
    """``units`` as a whole number from 1 to `MAX_UNITS` (ValueError otherwise)."""
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
        raise ValueError(f"the number of units must be a whole number from 1 to {MAX_UNITS}")
    return int(units)


def _cell(name: str) -> str:
    if name not in _LAYERS:
        raise ValueError(f"the cell must be one of {', '.join(_LAYERS)}, not {name!r}")
    return name


def start_weights(name: str, units: int) -> Weights:
    """Where a cell of ``units`` units starts the race (see the module)."""
    _cell(name)
    units = check_units(units)
    rng = np.random.default_rng([UNIT_START_SEED, units])
    if name == "lstm":
        weights = init_layer(units, 1, rng, dtype=np.float64)
        forget = slice(units, 2 * units)  # PyTorch's order i, f, g, o
        weights["bias_ih"][forget] = 1.0
        weights["bias_hh"][forget] = 0.0
    elif name == "gru":
        weights = init_gru_layer(units, 1, rng, dtype=np.float64)
    else:
        weights = init_rnn_layer(units, 1, rng, dtype=np.float64)
    bound = 1.0 / math.sqrt(units)
    weights["weight_out"] = rng.uniform(-bound, bound, size=(1, units))
    weights["bias_out"] = rng.uniform(-bound, bound, size=1)
    return weights


def _time_major(inputs: np.ndarray) -> np.ndarray:
    """Sequences (B, T) as the layers take them, (T, B, 1)."""
    inputs = np.asarray(inputs, dtype=np.float64)
    return inputs.T[:, :, None]


def predict(name: str, weights: Mapping[str, np.ndarray], inputs: np.ndarray) -> np.ndarray:
    """The read-out y at the last step of each sequence of ``inputs`` (B, T): shape (B,)."""
    forward, _ = _LAYERS[_cell(name)]
    trace = forward(weights, _time_major(inputs))
    return (trace.h[-1] @ weights["weight_out"].T + weights["bias_out"])[:, 0]


def _last_targets(targets: np.ndarray) -> np.ndarray:
    targets = np.asarray(targets, dtype=np.float64)
    if not np.isnan(targets[:, :-1]).all():
        raise ValueError("only the last step of a sequence may be scored")
    last = targets[:, -1]
    if np.isnan(last).any():
        raise ValueError("a sequence has no scored step")
    return last


def loss(name: str, weights: Mapping[str, np.ndarray], inputs, targets) -> np.ndarray:
    """Each sequence's squared error at its last step (B,): ``inputs``, ``targets`` (B, T)."""
    return (predict(name, weights, inputs) - _last_targets(targets)) ** 2


def loss_and_grads(
    name: str,
    weights: Mapping[str, np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    workspace: Workspace | None = None,
) -> tuple[float, Weights]:
    """The batch's mean squared error at the last step (see the module) and its exact
    gradients, one array per weight. ``inputs``, ``targets`` (B, T); targets NaN except at
    the last step.

    Equations::

        y_b = W_out·h_b(T) + b_out      L = (1/B)·Σ_b (y_b − target_b)²
        ∂L/∂y_b = 2·(y_b − target_b)/B    ∂L/∂h_b(T) = ∂L/∂y_b·W_out    ∂L/∂h(t) = 0 for t < T
        ∂L/∂W_out = Σ_b ∂L/∂y_b·h_b(T)ᵀ   ∂L/∂b_out = Σ_b ∂L/∂y_b
    """
    forward, backward = _LAYERS[_cell(name)]
    target = _last_targets(targets)
    trace = forward(weights, _time_major(inputs), workspace=workspace)
    h_last = np.array(trace.h[-1])
    y = (h_last @ weights["weight_out"].T + weights["bias_out"])[:, 0]
    error = y - target
    batch = len(target)
    value = float(np.mean(error * error))
    d_y = (2.0 / batch) * error[:, None]  # (B, 1)
    d_h = np.zeros(trace.h.shape, np.float64)
    d_h[-1] = d_y @ weights["weight_out"]
    grads = backward(weights, trace, d_h, input_grad=False, workspace=workspace).d_weights
    grads["weight_out"] = d_y.T @ h_last
    grads["bias_out"] = d_y.sum(axis=0)
    return value, grads


def echo_gradient_units(
    name: str, weights: Mapping[str, np.ndarray], delay: int, height: float
) -> float:
    """|∂y(k+1)/∂x(1)| of the layer and read-out on a pulse of ``height`` and ``delay`` zeros."""
    forward, backward = _LAYERS[_cell(name)]
    xs = np.zeros((delay + 1, 1, 1))
    xs[0, 0, 0] = height
    with np.errstate(all="ignore"):
        trace = forward(weights, xs)
        d_h = np.zeros(trace.h.shape, np.float64)
        d_h[-1] = weights["weight_out"]
        d_xs = backward(weights, trace, d_h, input_grad=True).d_xs
        value = abs(float(d_xs[0, 0, 0]))
    return value if math.isfinite(value) else math.inf


@dataclass
class UnitStep:
    """What one epoch of a cell of N units left behind, read as `training.TrainStep` is:
    ``params`` are the weights (private copies)."""

    epoch: int
    iteration: int
    loss: float
    params: Weights = field(repr=False)
    validation_loss: float | None = None
    status: str = "running"

    @property
    def finished(self) -> bool:
        return self.status != "running"


def _healthy(value: float, weights: Mapping[str, np.ndarray], max_magnitude: float) -> bool:
    if not math.isfinite(value):
        return False
    return all(np.isfinite(w).all() and np.abs(w).max() <= max_magnitude for w in weights.values())


def fit_units(
    name: str,
    weights: Mapping[str, np.ndarray],
    task: Callable[[np.random.Generator, int, int], tuple[np.ndarray, np.ndarray]],
    length: int,
    *,
    rng: np.random.Generator,
    learning_rate: float,
    max_epochs: int,
    clip_norm: float = 1.0,
    task_size: int = 32,
    batch_size: int = 8,
    validation_size: int = 16,
    max_magnitude: float = 1e6,
    **_ignored: object,
) -> Iterator[UnitStep]:
    """Train a copy of ``weights`` of the cell ``name`` on ``task`` (sequences of ``length``
    steps), one `UnitStep` per epoch, as `training.fit` trains a one-unit cell (see the
    module). ``_ignored`` takes the race settings that have no meaning here (the optimiser's
    name, the tolerance 0)."""
    _cell(name)
    if max_epochs < 1:
        raise ValueError("max_epochs must be at least 1")
    weights = {key: np.array(value, dtype=np.float64) for key, value in weights.items()}
    train_inputs, train_targets = task(rng, length, task_size)
    held_inputs, held_targets = task(rng, length, validation_size)
    return _run(
        name,
        weights,
        (train_inputs, train_targets),
        (held_inputs, held_targets),
        rng=rng,
        optimizer=Adam(weights, lr=learning_rate),
        max_epochs=int(max_epochs),
        clip_norm=float(clip_norm),
        batch_size=max(1, int(batch_size)),
        max_magnitude=float(max_magnitude),
    )


def _copy(weights: Mapping[str, np.ndarray]) -> Weights:
    return {key: np.array(value) for key, value in weights.items()}


def _run(
    name: str,
    weights: Weights,
    train: tuple[np.ndarray, np.ndarray],
    held: tuple[np.ndarray, np.ndarray],
    *,
    rng: np.random.Generator,
    optimizer: Adam,
    max_epochs: int,
    clip_norm: float,
    batch_size: int,
    max_magnitude: float,
) -> Iterator[UnitStep]:
    inputs, targets = train
    workspace = Workspace()

    def held_out(current: Mapping[str, np.ndarray]) -> float:
        with np.errstate(all="ignore"):
            value = float(np.mean(loss(name, current, *held)))
        return value if math.isfinite(value) else math.nan

    iteration = 0
    good_weights, good_loss = _copy(weights), math.nan
    for epoch in range(1, max_epochs + 1):
        order = rng.permutation(len(inputs))
        losses: list[float] = []
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            with np.errstate(all="ignore"):
                value, grads = loss_and_grads(name, weights, inputs[rows], targets[rows], workspace)
            finite = all(np.isfinite(g).all() for g in grads.values())
            if not finite or not _healthy(value, weights, max_magnitude):
                yield UnitStep(
                    epoch, iteration, good_loss, good_weights, held_out(good_weights), "diverged"
                )
                return
            good_weights, good_loss = _copy(weights), value
            clip_grad_norm(grads, clip_norm)
            with np.errstate(all="ignore"):
                optimizer.step(grads)
            iteration += 1
            losses.append(value)
        epoch_loss = float(np.mean(losses))
        if not _healthy(epoch_loss, weights, max_magnitude):
            yield UnitStep(
                epoch, iteration, good_loss, good_weights, held_out(good_weights), "diverged"
            )
            return
        status = "max_epochs" if epoch == max_epochs else "running"
        yield UnitStep(epoch, iteration, epoch_loss, _copy(weights), held_out(weights), status)
        if status != "running":
            return
