"""Shape handling shared by the cells written directly in numpy (RNN, GRU)."""

from __future__ import annotations

from typing import Any

import numpy as np

from lstm_lab.engine.params import ParamSet


def prepare(params: ParamSet, xs: Any, *others: Any) -> tuple[np.ndarray, tuple[int, ...]]:
    xs = np.asarray(xs, dtype=float)
    if xs.ndim not in (1, 2):
        raise ValueError(f"the input sequence must have shape (T,) or (T, B), not {xs.shape}")
    shapes = [np.shape(getattr(params, name)) for name in params.names()]
    shape = np.broadcast_shapes(*shapes, xs.shape[1:], *(np.shape(v) for v in others))
    if len(shape) > 1:
        raise ValueError(f"batched parameters must have shape (B,), not {shape}")
    return xs, shape


def targets_like(targets: Any, xs: np.ndarray) -> np.ndarray:
    if xs.shape[0] == 0:
        raise ValueError("the input sequence is empty, so it has no mean squared error")
    array = np.asarray(targets, dtype=float)
    if array.ndim not in (1, 2) or array.shape[0] != xs.shape[0]:
        raise ValueError(
            f"the target must have the input's length {xs.shape[0]}, not shape {array.shape}"
        )
    return array


def columns(array: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """A (T,) or (T, B) array broadcast to (T, *shape)."""
    if not shape:
        return array
    width = array.shape[1] if array.ndim == 2 else 1
    return np.broadcast_to(array.reshape(array.shape[0], width), (array.shape[0], *shape))


def time_total(array: np.ndarray) -> float | np.ndarray:
    """Sum over time: a float for one cell, an array (B,) for a batch."""
    total = array.sum(axis=0)
    return float(total) if np.ndim(total) == 0 else total
