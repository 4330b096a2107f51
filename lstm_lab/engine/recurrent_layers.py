"""Layers of H plain tanh RNN units and of H GRU units, with exact gradients (BPTT).

They are written in the style of the LSTM layer (`layer.py`) so that the three cells can be
trained side by side: time-major inputs x (T, B, D), hidden states (T, B, H), float64 for
gradient checks or float32 for speed, an optional `Workspace` so that a training loop
allocates nothing per step, and weights in PyTorch's layout, so that a state dict of nn.RNN
(nonlinearity tanh) or nn.GRU converts name for name (without the `_l0` suffix):

    RNN   weight_ih (H, D)    weight_hh (H, H)    bias_ih (H,)    bias_hh (H,)
    GRU   weight_ih (3H, D)   weight_hh (3H, H)   bias_ih (3H,)   bias_hh (3H,)
          rows in PyTorch's gate order (r, z, n)

For the RNN only the sum of the two biases matters; for the GRU the two biases of the
candidate n differ, since b_hn sits inside the reset gate's product.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.layer import (
    LAYER_KEYS,
    LayerGrads,
    Weights,
    Workspace,
    _buffer,
    _matmul,
    _sum_of_products,
)

__all__ = [
    "GRU_GATES",
    "RecurrentTrace",
    "gru_layer",
    "gru_layer_backward",
    "gru_layer_sizes",
    "init_gru_layer",
    "init_rnn_layer",
    "rnn_layer",
    "rnn_layer_backward",
    "rnn_layer_sizes",
]

#: PyTorch's gate order along the GRU's 3H axis.
GRU_GATES: tuple[str, ...] = ("r", "z", "n")


@dataclass(eq=False)
class RecurrentTrace:
    """What the forward pass of an RNN or GRU layer computed.

    `h[t]` (T, B, H) is h(t+1) for row t (0-based) and `h0` (B, H) the state entering the first
    step. For the GRU, `r`, `z`, `n` (T, B, H) are the reset gate, the update gate and the
    candidate; for the RNN they are None. The private buffers behind them are unit-major:
    (T+1, H, B) for the states, (T, 3H, B) for the GRU's gates in the order r, z, n.
    """

    xs: np.ndarray
    h0: np.ndarray
    h: np.ndarray
    r: np.ndarray | None = None
    z: np.ndarray | None = None
    n: np.ndarray | None = None
    h_all: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]
    gates: np.ndarray | None = field(default=None, repr=False)  # GRU: (T, 3H, B)
    hidden_n: np.ndarray | None = field(default=None, repr=False)  # GRU: W_hn·h + b_hn
    inputs: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]

    def __len__(self) -> int:
        return int(self.xs.shape[0])


# ----------------------------------------------------------------------------- shapes
def _sizes(weights: Weights, blocks: int, cell: str) -> tuple[int, int]:
    missing = [key for key in LAYER_KEYS if key not in weights]
    if missing:
        raise ValueError(f"the {cell} weights lack {missing[0]!r}; they need {LAYER_KEYS}")
    shape_ih = np.shape(weights["weight_ih"])
    rows = "H" if blocks == 1 else f"{blocks}H"
    if len(shape_ih) != 2 or shape_ih[0] % blocks or shape_ih[0] == 0:
        raise ValueError(f"the {cell}'s weight_ih must have shape ({rows}, D), not {shape_ih}")
    hidden, inputs = shape_ih[0] // blocks, shape_ih[1]
    expected = {
        "weight_hh": (blocks * hidden, hidden),
        "bias_ih": (blocks * hidden,),
        "bias_hh": (blocks * hidden,),
    }
    for key, shape in expected.items():
        if np.shape(weights[key]) != shape:
            raise ValueError(
                f"the {cell}'s {key} must have shape {shape} for H = {hidden}, "
                f"not {np.shape(weights[key])}"
            )
    return hidden, inputs


def rnn_layer_sizes(weights: Weights) -> tuple[int, int]:
    """(H, D) of an RNN layer's weights; a missing array or a wrong shape is a ValueError."""
    return _sizes(weights, 1, "RNN")


def gru_layer_sizes(weights: Weights) -> tuple[int, int]:
    """(H, D) of a GRU layer's weights; a missing array or a wrong shape is a ValueError."""
    return _sizes(weights, 3, "GRU")


def _dtype(weights: Weights) -> np.dtype:
    dtype = np.asarray(weights["weight_hh"]).dtype
    return dtype if dtype in (np.float32, np.float64) else np.dtype(np.float64)


def _inputs(
    xs: Any, inputs: int, dtype: np.dtype, workspace: Workspace | None
) -> tuple[np.ndarray, np.ndarray]:
    """xs as an array, and [x(t); 1] unit-major (T, D+1, B) for one product with [W | b]."""
    xs = np.asarray(xs, dtype=dtype)
    if xs.ndim != 3 or xs.shape[2] != inputs:
        raise ValueError(f"the inputs must have shape (T, B, {inputs}), not {xs.shape}")
    steps, batch, _ = xs.shape
    x_aug = _buffer(workspace, "x_aug", (steps, inputs + 1, batch), dtype)
    x_aug[:, :inputs] = xs.transpose(0, 2, 1)
    x_aug[:, inputs] = 1.0
    return xs, x_aug


def _h0(value: Any, shape: tuple[int, int], dtype: np.dtype) -> np.ndarray:
    if value is None:
        return np.zeros(shape, dtype)
    array = np.asarray(value, dtype=dtype)
    if array.shape != shape:
        raise ValueError(f"h0 must have shape {shape}, not {array.shape}")
    return array


def _per_unit(array: np.ndarray) -> np.ndarray:
    return array.transpose(0, 2, 1)  # (T, H, B) → (T, B, H), a view


def _d_h_units(d_h: Any, shape: tuple[int, int, int], dtype, workspace) -> np.ndarray:
    steps, hidden, batch = shape
    d_h = np.asarray(d_h, dtype=dtype)
    if d_h.shape != (steps, batch, hidden):
        raise ValueError(f"d_h must have shape {(steps, batch, hidden)}, not {d_h.shape}")
    units = _buffer(workspace, "d_h_units", shape, dtype)
    units[...] = d_h.transpose(0, 2, 1)
    return units


# ----------------------------------------------------------------------------- RNN
def rnn_layer(
    weights: Weights, xs: Any, h0: Any = None, workspace: Workspace | None = None
) -> RecurrentTrace:
    """Run H tanh RNN units (PyTorch's nn.RNN) over B sequences `xs` (T, B, D).

    `h0` (B, H) defaults to zeros. With a `workspace` the trace lives in its buffers.

    Equations::

        h(t) = tanh(W_ih·x(t) + b_ih + W_hh·h(t−1) + b_hh)

    The input part of all T steps is one matrix product before the loop.
    """
    hidden, inputs = rnn_layer_sizes(weights)
    dtype = _dtype(weights)
    xs, x_aug = _inputs(xs, inputs, dtype, workspace)
    steps, batch, _ = xs.shape
    h0 = _h0(h0, (batch, hidden), dtype)
    w_in = np.empty((hidden, inputs + 1), dtype)
    w_in[:, :inputs] = np.asarray(weights["weight_ih"], dtype)
    w_in[:, inputs] = np.asarray(weights["bias_ih"], dtype) + np.asarray(weights["bias_hh"], dtype)
    w_rec = np.asarray(weights["weight_hh"], dtype)
    h_all = _buffer(workspace, "h_all", (steps + 1, hidden, batch), dtype)
    h_all[0] = h0.T
    np.matmul(w_in, x_aug, out=h_all[1:])
    recurrent = _buffer(workspace, "recurrent", (hidden, batch), dtype)
    for t in range(steps):
        z = h_all[t + 1]
        _matmul(w_rec, h_all[t], out=recurrent)
        z += recurrent
        np.tanh(z, out=z)
    return RecurrentTrace(xs=xs, h0=h_all[0].T, h=_per_unit(h_all[1:]), h_all=h_all, inputs=x_aug)


def rnn_layer_backward(
    weights: Weights,
    trace: RecurrentTrace,
    d_h: Any,
    input_grad: bool = True,
    workspace: Workspace | None = None,
) -> LayerGrads:
    """Backpropagation through time for `rnn_layer`, given ∂L/∂h(t) (T, B, H) for every step.

    With `input_grad` False the (T, B, D) input gradient is skipped; `d_c0` of the result is
    None (an RNN has no cell state).

    Equations::

        δh(t) = d_h(t) + W_hhᵀ·δz(t+1)          δz(T+1) = 0
        δz(t) = δh(t)⊙(1 − h(t)²)
        ∂L/∂W_ih = Σ_t δz(t)·x(t)ᵀ      ∂L/∂W_hh = Σ_t δz(t)·h(t−1)ᵀ
        ∂L/∂b_ih = ∂L/∂b_hh = Σ_t δz(t)   ∂L/∂x(t) = W_ihᵀ·δz(t)   ∂L/∂h(0) = W_hhᵀ·δz(1)
    """
    hidden, inputs = rnn_layer_sizes(weights)
    h_all = trace.h_all
    dtype = h_all.dtype
    steps, batch = h_all.shape[0] - 1, h_all.shape[2]
    d_h_units = _d_h_units(d_h, (steps, hidden, batch), dtype, workspace)
    d_z = _buffer(workspace, "d_z", (steps, hidden, batch), dtype)
    np.multiply(h_all[1:], h_all[1:], out=d_z)
    np.subtract(1, d_z, out=d_z)  # 1 − h², filled with δz(t) in the loop
    w_back = np.asarray(weights["weight_hh"], dtype).T
    dh_rec = np.zeros((hidden, batch), dtype)
    for t in range(steps - 1, -1, -1):
        dz = d_z[t]
        dz *= d_h_units[t] + dh_rec
        _matmul(w_back, dz, out=dh_rec)
    d_weight_hh = _sum_of_products(d_z, h_all[:-1], workspace, "d_weight_hh")
    d_input = _sum_of_products(d_z, trace.inputs, workspace, "d_input")
    d_bias = d_input[:, inputs].copy()
    d_xs = None
    if input_grad:
        weight_ih_t = np.asarray(weights["weight_ih"], dtype).T
        d_xs = np.matmul(weight_ih_t, d_z).transpose(0, 2, 1).copy()
    d_weights = {
        "weight_ih": d_input[:, :inputs].copy(),
        "weight_hh": np.array(d_weight_hh),
        "bias_ih": d_bias,
        "bias_hh": d_bias.copy(),
    }
    return LayerGrads(d_xs=d_xs, d_weights=d_weights, d_h0=dh_rec.T.copy(), d_c0=None)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- GRU
def gru_layer(
    weights: Weights, xs: Any, h0: Any = None, workspace: Workspace | None = None
) -> RecurrentTrace:
    """Run H GRU units (PyTorch's nn.GRU) over B sequences `xs` (T, B, D).

    `h0` (B, H) defaults to zeros. With a `workspace` the trace lives in its buffers.

    Equations (PyTorch's; its gate order r, z, n)::

        r(t) = σ(W_ir·x(t) + b_ir + W_hr·h(t−1) + b_hr)      reset gate
        z(t) = σ(W_iz·x(t) + b_iz + W_hz·h(t−1) + b_hz)      update gate
        n(t) = tanh(W_in·x(t) + b_in + r(t)⊙(W_hn·h(t−1) + b_hn))   candidate
        h(t) = (1 − z(t))⊙n(t) + z(t)⊙h(t−1)

    z(t) near 1 keeps the old state: it is the GRU's way of remembering. The input part of
    all T steps is one matrix product before the loop; the σ rows are computed as
    ½·tanh(½·a) + ½ with the ½ folded into the weights (exact in floating point).
    """
    hidden, inputs = gru_layer_sizes(weights)
    dtype = _dtype(weights)
    xs, x_aug = _inputs(xs, inputs, dtype, workspace)
    steps, batch, _ = xs.shape
    h0 = _h0(h0, (batch, hidden), dtype)
    width = 3 * hidden
    rz, n_rows = slice(0, 2 * hidden), slice(2 * hidden, width)
    bias_ih = np.asarray(weights["bias_ih"], dtype)
    bias_hh = np.asarray(weights["bias_hh"], dtype)
    # [W_ih | b_ih + (b_hr, b_hz, 0)] multiplies [x(t); 1]; b_hn stays inside r⊙(…).
    w_in = np.empty((width, inputs + 1), dtype)
    w_in[:, :inputs] = np.asarray(weights["weight_ih"], dtype)
    w_in[:, inputs] = bias_ih
    w_in[rz, inputs] += bias_hh[rz]
    w_in[rz] *= 0.5
    w_rec = np.array(weights["weight_hh"], dtype)
    w_rec[rz] *= 0.5
    b_hn = bias_hh[n_rows, None]
    gates = _buffer(workspace, "gates", (steps, width, batch), dtype)
    np.matmul(w_in, x_aug, out=gates)
    hidden_n = _buffer(workspace, "hidden_n", (steps, hidden, batch), dtype)
    h_all = _buffer(workspace, "h_all", (steps + 1, hidden, batch), dtype)
    h_all[0] = h0.T
    recurrent = _buffer(workspace, "recurrent", (width, batch), dtype)
    product = np.empty((hidden, batch), dtype)
    r_rows, z_rows = slice(0, hidden), slice(hidden, 2 * hidden)
    for t in range(steps):
        g = gates[t]
        h_prev = h_all[t]
        _matmul(w_rec, h_prev, out=recurrent)
        sigmas = g[rz]
        sigmas += recurrent[rz]
        np.tanh(sigmas, out=sigmas)
        sigmas *= 0.5
        sigmas += 0.5
        hn = hidden_n[t]
        np.add(recurrent[n_rows], b_hn, out=hn)
        n = g[n_rows]
        np.multiply(g[r_rows], hn, out=product)
        n += product
        np.tanh(n, out=n)
        h = h_all[t + 1]  # h = n + z⊙(h(t−1) − n)
        np.subtract(h_prev, n, out=h)
        h *= g[z_rows]
        h += n
    return RecurrentTrace(
        xs=xs,
        h0=h_all[0].T,
        h=_per_unit(h_all[1:]),
        r=_per_unit(gates[:, r_rows]),
        z=_per_unit(gates[:, z_rows]),
        n=_per_unit(gates[:, n_rows]),
        h_all=h_all,
        gates=gates,
        hidden_n=hidden_n,
        inputs=x_aug,
    )


def gru_layer_backward(
    weights: Weights,
    trace: RecurrentTrace,
    d_h: Any,
    input_grad: bool = True,
    workspace: Workspace | None = None,
) -> LayerGrads:
    """Backpropagation through time for `gru_layer`, given ∂L/∂h(t) (T, B, H) for every step.

    With `input_grad` False the (T, B, D) input gradient is skipped; `d_c0` of the result is
    None (a GRU has no cell state). a_r, a_z, a_n are the pre-activations of r, z, n.

    Equations::

        δh(t)   = d_h(t) + δh(t)|from step t+1                     (zero after the last step)
        δa_n(t) = δh(t)⊙(1 − z(t))⊙(1 − n(t)²)
        δa_z(t) = δh(t)⊙(h(t−1) − n(t))⊙z(t)⊙(1 − z(t))
        δa_r(t) = δa_n(t)⊙(W_hn·h(t−1) + b_hn)⊙r(t)⊙(1 − r(t))
        δu_n(t) = δa_n(t)⊙r(t)          (u_n = W_hn·h(t−1) + b_hn)
        δh(t−1)|from step t = δh(t)⊙z(t) + W_hhᵀ·[δa_r; δa_z; δu_n](t)
        ∂L/∂W_ih = Σ_t [δa_r; δa_z; δa_n](t)·x(t)ᵀ    ∂L/∂b_ih = Σ_t [δa_r; δa_z; δa_n](t)
        ∂L/∂W_hh = Σ_t [δa_r; δa_z; δu_n](t)·h(t−1)ᵀ  ∂L/∂b_hh = Σ_t [δa_r; δa_z; δu_n](t)
        ∂L/∂x(t) = W_ihᵀ·[δa_r; δa_z; δa_n](t)

    The factors that do not depend on δ are computed for all steps at once.
    """
    hidden, inputs = gru_layer_sizes(weights)
    gates, hidden_n, h_all = trace.gates, trace.hidden_n, trace.h_all
    if gates is None or hidden_n is None:
        raise ValueError("the trace is not a GRU layer's")
    dtype = gates.dtype
    steps, width, batch = gates.shape
    d_h_units = _d_h_units(d_h, (steps, hidden, batch), dtype, workspace)
    r_rows, z_rows, n_rows = (slice(k * hidden, (k + 1) * hidden) for k in range(3))
    r, z, n = gates[:, r_rows], gates[:, z_rows], gates[:, n_rows]
    # factor_n = (1 − z)(1 − n²); factor_z = (h(t−1) − n)·z(1 − z); factor_r = u_n·r(1 − r)
    factors = _buffer(workspace, "factors", (steps, width, batch), dtype)
    factor_r, factor_z, factor_n = factors[:, r_rows], factors[:, z_rows], factors[:, n_rows]
    work = _buffer(workspace, "work", (steps, hidden, batch), dtype)
    np.multiply(n, n, out=factor_n)
    np.subtract(1, factor_n, out=factor_n)
    np.subtract(1, z, out=work)
    factor_n *= work
    np.multiply(work, z, out=factor_z)
    np.subtract(h_all[:-1], n, out=work)
    factor_z *= work
    np.subtract(1, r, out=factor_r)
    factor_r *= r
    factor_r *= hidden_n
    w_back = np.asarray(weights["weight_hh"], dtype).T  # (H, 3H)

    d_in = _buffer(workspace, "d_in", (steps, width, batch), dtype)  # [δa_r; δa_z; δa_n]
    d_rec = _buffer(workspace, "d_rec", (steps, width, batch), dtype)  # [δa_r; δa_z; δu_n]
    dh = np.empty((hidden, batch), dtype)
    dh_rec = np.zeros((hidden, batch), dtype)
    for t in range(steps - 1, -1, -1):
        np.add(d_h_units[t], dh_rec, out=dh)
        d_a_n = d_in[t, n_rows]
        np.multiply(dh, factor_n[t], out=d_a_n)
        np.multiply(dh, factor_z[t], out=d_in[t, z_rows])
        np.multiply(d_a_n, factor_r[t], out=d_in[t, r_rows])
        d_rec[t, : 2 * hidden] = d_in[t, : 2 * hidden]
        np.multiply(d_a_n, r[t], out=d_rec[t, n_rows])
        _matmul(w_back, d_rec[t], out=dh_rec)
        dh *= z[t]
        dh_rec += dh

    d_weight_hh = _sum_of_products(d_rec, h_all[:-1], workspace, "d_weight_hh")
    d_input = _sum_of_products(d_in, trace.inputs, workspace, "d_input")
    d_xs = None
    if input_grad:
        weight_ih_t = np.asarray(weights["weight_ih"], dtype).T
        d_xs = np.matmul(weight_ih_t, d_in).transpose(0, 2, 1).copy()
    d_weights = {
        "weight_ih": d_input[:, :inputs].copy(),
        "weight_hh": np.array(d_weight_hh),
        "bias_ih": d_input[:, inputs].copy(),
        "bias_hh": d_rec.sum(axis=(0, 2)),
    }
    return LayerGrads(d_xs=d_xs, d_weights=d_weights, d_h0=dh_rec.T.copy(), d_c0=None)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- init
def _init(blocks: int, hidden: int, inputs: int, rng: np.random.Generator, dtype: Any):
    if hidden < 1 or inputs < 1:
        raise ValueError(f"a layer needs H ≥ 1 and D ≥ 1, not H = {hidden}, D = {inputs}")
    bound = 1.0 / np.sqrt(hidden)
    shapes = {
        "weight_ih": (blocks * hidden, inputs),
        "weight_hh": (blocks * hidden, hidden),
        "bias_ih": (blocks * hidden,),
        "bias_hh": (blocks * hidden,),
    }
    return {
        key: rng.uniform(-bound, bound, size=shape).astype(dtype) for key, shape in shapes.items()
    }


def init_rnn_layer(
    hidden: int, inputs: int, rng: np.random.Generator, dtype: Any = np.float32
) -> dict[str, np.ndarray]:
    """Random weights drawn as PyTorch draws them for a new nn.RNN: uniform on ±1/√H."""
    return _init(1, hidden, inputs, rng, dtype)


def init_gru_layer(
    hidden: int, inputs: int, rng: np.random.Generator, dtype: Any = np.float32
) -> dict[str, np.ndarray]:
    """Random weights drawn as PyTorch draws them for a new nn.GRU: uniform on ±1/√H."""
    return _init(3, hidden, inputs, rng, dtype)
