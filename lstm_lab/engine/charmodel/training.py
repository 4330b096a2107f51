"""Training a character model by truncated backpropagation through time: B streams of the
shuffled records side by side, T characters per step, the states carried from one piece to
the next (`train`, a generator: one batch per ``next()``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_lab.engine.charmodel.model import CharModel, ModelError, loss_and_grads
from lstm_lab.engine.layer import Workspace
from lstm_lab.engine.optim import Adam, clip_grad_norm

#: The fewest symbols (characters and markers) a text must have to be trained on.
MIN_TRAIN_SYMBOLS = 200


@dataclass(frozen=True)
class TrainSettings:
    batch: int = 32
    steps: int = 64  # characters per piece of truncated BPTT
    learning_rate: float = 2e-3
    clip_norm: float = 5.0
    seed: int = 0


@dataclass
class TrainReport:
    """One training step: its number, the loss of its batch, the epoch as a fraction."""

    step: int
    loss: float
    epoch: float
    grad_norm: float


def _stream(records: Sequence[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    order = rng.permutation(len(records))
    return np.concatenate([records[k] for k in order])


def train(
    model: CharModel,
    records: Sequence[np.ndarray],
    settings: TrainSettings = TrainSettings(),
    optimizer: Adam | None = None,
) -> Iterator[TrainReport | None]:
    """Train ``model`` in place, one batch per ``next()``, for ever (the caller stops).

    The first ``next()`` only prepares (and yields None); every later one trains a batch.

    Each epoch shuffles the records (with ``settings.seed``), joins them into one stream,
    cuts it into ``batch`` rows and walks along them ``steps`` characters at a time,
    carrying the states from piece to piece and resetting them at each new epoch.
    """
    if not records:
        raise ModelError("there is no text to train on")
    total = sum(len(r) for r in records)
    if total < MIN_TRAIN_SYMBOLS:
        raise ModelError(
            "the text is too short to train on ({count} characters; at least {most} are needed)",
            count=total - 2 * len(records),
            most=MIN_TRAIN_SYMBOLS,
        )
    batch = max(1, min(settings.batch, (total - 1) // (settings.steps + 1)))
    rng = np.random.default_rng(settings.seed)
    optimizer = optimizer or Adam(model.params, lr=settings.learning_rate)
    for array in (optimizer.m, optimizer.v, optimizer._grad, optimizer._work):
        array.fill(0.0)  # touch the fresh pages now, not inside the first step
    yield None
    workspace = Workspace()
    dtype = model.dtype
    step = 0
    epoch = 0
    while True:
        stream = _stream(records, rng)
        yield None
        length = (len(stream) - 1) // batch
        pieces = max(1, (length - 1) // settings.steps)
        rows_in = stream[: batch * length].reshape(batch, length).T  # (length, B)
        rows_out = stream[1 : batch * length + 1].reshape(batch, length).T
        h = np.zeros((batch, model.hidden), dtype)
        c = np.zeros((batch, model.hidden), dtype)
        for piece in range(pieces):
            cut = slice(piece * settings.steps, min(length, (piece + 1) * settings.steps))
            result = loss_and_grads(model, rows_in[cut], rows_out[cut], h, c, workspace)
            norm = clip_grad_norm(result.grads, settings.clip_norm)
            optimizer.step(result.grads)
            h, c = result.h_last, result.c_last
            if result.end_h is not None:
                _follow_start_state(model, result.end_h, result.end_c)
            step += 1
            yield TrainReport(step, result.loss, epoch + (piece + 1) / pieces, norm)
        epoch += 1


def _follow_start_state(model: CharModel, end_h: np.ndarray, end_c: np.ndarray) -> None:
    """Move the model's start state towards the mean state after an end marker."""
    if model.start_h is None or model.start_c is None:
        model.start_h, model.start_c = end_h.copy(), end_c.copy()
        return
    model.start_h += 0.05 * (end_h - model.start_h)
    model.start_c += 0.05 * (end_c - model.start_c)
