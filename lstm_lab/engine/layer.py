"""A layer of H LSTM units over batches of sequences, its exact gradient, and a Dense head.

The glass-box cell (`lstm.py`) is one unit with scalar weights; a layer holds H units that
read a D-wide input x(t) and each other's previous hidden states. Its weights are four arrays
in PyTorch's layout and gate order (i, f, g, o), so a state dict converts in both directions:

    weight_ih  (4H, D)    rows [W_xi; W_xf; W_xg; W_xo]
    weight_hh  (4H, H)    rows [W_hi; W_hf; W_hg; W_ho]
    bias_ih    (4H,)      PyTorch keeps two biases; only their sum matters
    bias_hh    (4H,)

Sequences are time-major: x is (T, B, D), hidden and cell states are (T, B, H). The dtype of
every result follows the weights: float64 for gradient checks, float32 for speed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.params import LSTMParams

#: The four arrays of a layer, named as in PyTorch's nn.LSTM (without the `_l0` suffix).
LAYER_KEYS: tuple[str, ...] = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
#: The two arrays of the Dense head y = h·W_outᵀ + b_out: weight_out (O, H), bias_out (O,).
HEAD_KEYS: tuple[str, ...] = ("weight_out", "bias_out")
#: PyTorch's gate order along the 4H axis.
LAYER_GATES: tuple[str, ...] = ("i", "f", "g", "o")

Weights = Mapping[str, np.ndarray]


@dataclass(eq=False)
class LayerTrace:
    """Everything the forward pass computed; arrays are views into a few private buffers.

    `h[t]`, `c[t]` (T, B, H) are h(t+1), C(t+1) for row t (0-based); `h0`, `c0` (B, H) are the
    states entering the first step. `i`, `f`, `g`, `o` (T, B, H) are the gate activations
    (`g` is the cell candidate C̃). The buffers behind them are unit-major, (T, 4H, B) and
    (T+1, H, B), with the gates in the order o, i, f, g (see `lstm_layer`).
    """

    xs: np.ndarray
    h0: np.ndarray
    c0: np.ndarray
    h: np.ndarray
    c: np.ndarray
    i: np.ndarray
    f: np.ndarray
    g: np.ndarray
    o: np.ndarray
    gates: np.ndarray = field(repr=False)  # (T, 4H, B): o, i, f, g stacked
    h_all: np.ndarray = field(repr=False)  # (T+1, H, B): h(0), h(1), …
    c_all: np.ndarray = field(repr=False)  # (T+1, H, B): C(0), C(1), …
    tanh_c: np.ndarray = field(repr=False)  # (T, H, B): tanh(C(t))
    inputs: np.ndarray = field(repr=False)  # (T, D+1, B): x(t) and a row of ones

    def __len__(self) -> int:
        return int(self.xs.shape[0])


@dataclass(eq=False)
class LayerGrads:
    """Gradients of a loss with respect to everything the layer's output depends on.

    `d_xs` is None when the input gradient was not asked for.
    """

    d_xs: np.ndarray | None
    d_weights: dict[str, np.ndarray]
    d_h0: np.ndarray
    d_c0: np.ndarray


class Workspace:
    """Buffers kept between calls, so that a training loop allocates nothing per step.

    Fresh arrays of a few hundred kilobytes come from the operating system as new pages on
    every call, and touching them costs more than the arithmetic. A trace computed with a
    workspace lives in its buffers: the next call with the same workspace overwrites it.
    """

    def __init__(self) -> None:
        self._buffers: dict[str, np.ndarray] = {}

    def get(self, name: str, shape: tuple[int, ...], dtype: Any) -> np.ndarray:
        """The buffer `name`, reused when its shape and dtype match (contents undefined)."""
        buffer = self._buffers.get(name)
        if buffer is None or buffer.shape != shape or buffer.dtype != dtype:
            buffer = self._buffers[name] = np.empty(shape, dtype)
        return buffer


def _buffer(
    workspace: Workspace | None, name: str, shape: tuple[int, ...], dtype: Any
) -> np.ndarray:
    if workspace is None:
        return np.empty(shape, dtype)
    return workspace.get(name, shape, dtype)


# OpenBLAS runs a matrix product on several threads once it has more than 4·65536
# multiply-adds (its SMP threshold). Products that small finish before the threads wake up
# on a busy machine, so the layer splits larger ones into single-threaded pieces.
_SINGLE_THREAD_WORK = 4 * 65536
# Pieces narrower than this cost more in calls and in BLAS efficiency than threads would
# (a layer of 128 units would be cut into pieces of 4 columns): such products stay whole.
_NARROWEST_PIECE = 16


def _matmul(left: np.ndarray, right: np.ndarray, out: np.ndarray) -> np.ndarray:
    """out = left·right (2-D), in column pieces small enough for one BLAS thread."""
    rows, inner = left.shape
    columns = right.shape[1]
    piece = max(1, _SINGLE_THREAD_WORK // max(1, rows * inner))
    if piece >= columns or piece < _NARROWEST_PIECE:
        return np.matmul(left, right, out=out)
    for start in range(0, columns, piece):
        part = slice(start, start + piece)
        np.matmul(left, right[:, part], out=out[:, part])
    return out


def _sum_of_products(
    left: np.ndarray, right: np.ndarray, workspace: Workspace | None, name: str
) -> np.ndarray:
    """Σ_t left[t]·right[t]ᵀ for left (T, M, B), right (T, N, B): a new (M, N) array.

    One BLAS call per step (numpy loops over the stack) when a step's product is small
    enough for one thread, otherwise pieces of B accumulated in Python, or one product over
    all steps when those pieces would be narrow.
    """
    steps, rows, batch = left.shape
    columns = right.shape[1]
    if rows * columns * batch <= _SINGLE_THREAD_WORK:
        stack = _buffer(workspace, name, (steps, rows, columns), left.dtype)
        np.matmul(left, right.transpose(0, 2, 1), out=stack)
        return stack.sum(axis=0)
    piece = max(1, _SINGLE_THREAD_WORK // (rows * columns))
    if piece < _NARROWEST_PIECE:
        # Large products: one matrix product over all steps, (M, T·B)·(T·B, N).
        flat_left = _buffer(workspace, name + "_left", (rows, steps, batch), left.dtype)
        flat_left[...] = left.transpose(1, 0, 2)
        flat_right = _buffer(workspace, name + "_right", (columns, steps, batch), left.dtype)
        flat_right[...] = right.transpose(1, 0, 2)
        return flat_left.reshape(rows, -1) @ flat_right.reshape(columns, -1).T
    total = np.zeros((rows, columns), left.dtype)
    part = np.empty((rows, columns), left.dtype)
    for t in range(steps):
        for start in range(0, batch, piece):
            cut = slice(start, start + piece)
            np.matmul(left[t][:, cut], right[t][:, cut].T, out=part)
            total += part
    return total


# ----------------------------------------------------------------------------- shapes
def layer_sizes(weights: Weights) -> tuple[int, int]:
    """(H, D) of a layer's weights; a missing array or a wrong shape is a ValueError."""
    missing = [key for key in LAYER_KEYS if key not in weights]
    if missing:
        raise ValueError(f"the layer weights lack {missing[0]!r}; they need {LAYER_KEYS}")
    shape_ih = np.shape(weights["weight_ih"])
    if len(shape_ih) != 2 or shape_ih[0] % 4 or shape_ih[0] == 0:
        raise ValueError(f"weight_ih must have shape (4H, D), not {shape_ih}")
    hidden, inputs = shape_ih[0] // 4, shape_ih[1]
    expected = {"weight_hh": (4 * hidden, hidden), "bias_ih": (4 * hidden,)}
    expected["bias_hh"] = expected["bias_ih"]
    for key, shape in expected.items():
        if np.shape(weights[key]) != shape:
            raise ValueError(
                f"{key} must have shape {shape} for H = {hidden}, not {np.shape(weights[key])}"
            )
    return hidden, inputs


def _dtype(weights: Weights) -> np.dtype:
    dtype = np.asarray(weights["weight_hh"]).dtype
    return dtype if dtype in (np.float32, np.float64) else np.dtype(np.float64)


def _state(value: Any, name: str, shape: tuple[int, int], dtype: np.dtype) -> np.ndarray:
    if value is None:
        return np.zeros(shape, dtype)
    array = np.asarray(value, dtype=dtype)
    if array.shape != shape:
        raise ValueError(f"{name} must have shape {shape}, not {array.shape}")
    return array


@functools.cache
def _order(hidden: int) -> tuple[np.ndarray, np.ndarray]:
    """Row permutations PyTorch's (i, f, g, o) → the inner (o, i, f, g), and back.

    Inside, the three σ gates are rows 0…3H−1 (one slice rescales them) and the three gates
    that multiply δC in the backward pass, i, f, g, are rows H…4H−1.
    """
    blocks = np.arange(4 * hidden).reshape(4, hidden)
    inner = np.concatenate([blocks[3], blocks[0], blocks[1], blocks[2]])
    return inner, np.argsort(inner)


# ----------------------------------------------------------------------------- forward
def lstm_layer(
    weights: Weights,
    xs: Any,
    h0: Any = None,
    c0: Any = None,
    workspace: Workspace | None = None,
) -> LayerTrace:
    """Run H LSTM units over B sequences `xs` (T, B, D) and return the whole trace.

    `h0`, `c0` (B, H) default to zeros. With a `workspace` the trace lives in its buffers.
    Row j of the gate blocks below is unit j; W_xi is rows 0…H−1 of weight_ih, W_xf rows
    H…2H−1, and so on (PyTorch's order i, f, g, o).

    Equations::

        z(t)  = W_ih·x(t) + b_ih + W_hh·h(t−1) + b_hh     4H pre-activations, one product
        i(t)  = σ(z_i(t))            σ(z) = ½·tanh(½·z) + ½ = 1 / (1 + e^(−z))
        f(t)  = σ(z_f(t))
        g(t)  = tanh(z_g(t))         the cell candidate C̃(t)
        o(t)  = σ(z_o(t))
        C(t)  = f(t)⊙C(t−1) + i(t)⊙g(t)
        h(t)  = o(t)⊙tanh(C(t))

    The input part W_ih·x(t) + b of all T steps is one matrix product before the loop. The
    states are stored unit-major, (H, B) per step, so each gate is a contiguous block of the
    step's (4H, B) pre-activations; the σ gates' rows of the weights are pre-multiplied by ½
    (exact in floating point) so that one tanh over all 4H rows serves the four gates.
    """
    hidden, inputs = layer_sizes(weights)
    dtype = _dtype(weights)
    inner, _ = _order(hidden)
    xs = np.asarray(xs, dtype=dtype)
    if xs.ndim != 3 or xs.shape[2] != inputs:
        raise ValueError(f"the inputs must have shape (T, B, {inputs}), not {xs.shape}")
    steps, batch, _ = xs.shape
    h0 = _state(h0, "h0", (batch, hidden), dtype)
    c0 = _state(c0, "c0", (batch, hidden), dtype)
    width = 4 * hidden
    sigma_rows = slice(0, 3 * hidden)
    # [W_ih | b_ih + b_hh] in the inner order, σ rows halved; it multiplies [x(t); 1].
    w_in = np.empty((width, inputs + 1), dtype)
    w_in[:, :inputs] = np.asarray(weights["weight_ih"], dtype)[inner]
    w_in[:, inputs] = (
        np.asarray(weights["bias_ih"], dtype) + np.asarray(weights["bias_hh"], dtype)
    )[inner]
    w_in[sigma_rows] *= 0.5
    w_rec = np.asarray(weights["weight_hh"], dtype)[inner]
    w_rec[sigma_rows] *= 0.5
    x_aug = _buffer(workspace, "x_aug", (steps, inputs + 1, batch), dtype)
    x_aug[:, :inputs] = xs.transpose(0, 2, 1)
    x_aug[:, inputs] = 1.0
    gates = _buffer(workspace, "gates", (steps, width, batch), dtype)
    np.matmul(w_in, x_aug, out=gates)
    h_all = _buffer(workspace, "h_all", (steps + 1, hidden, batch), dtype)
    c_all = _buffer(workspace, "c_all", (steps + 1, hidden, batch), dtype)
    tanh_c = _buffer(workspace, "tanh_c", (steps, hidden, batch), dtype)
    h_all[0] = h0.T
    c_all[0] = c0.T
    recurrent = _buffer(workspace, "recurrent", (width, batch), dtype)
    product = np.empty((hidden, batch), dtype)
    o_rows, i_rows = slice(0, hidden), slice(hidden, 2 * hidden)
    f_rows, g_rows = slice(2 * hidden, 3 * hidden), slice(3 * hidden, width)
    for t in range(steps):
        z = gates[t]
        _matmul(w_rec, h_all[t], out=recurrent)
        z += recurrent
        np.tanh(z, out=z)
        sigmas = z[sigma_rows]
        sigmas *= 0.5
        sigmas += 0.5
        c = c_all[t + 1]
        np.multiply(z[f_rows], c_all[t], out=c)
        np.multiply(z[i_rows], z[g_rows], out=product)
        c += product
        np.tanh(c, out=tanh_c[t])
        np.multiply(z[o_rows], tanh_c[t], out=h_all[t + 1])

    def per_unit(array: np.ndarray) -> np.ndarray:
        return array.transpose(0, 2, 1)  # (T, H, B) → (T, B, H), a view

    return LayerTrace(
        xs=xs,
        h0=h_all[0].T,
        c0=c_all[0].T,
        h=per_unit(h_all[1:]),
        c=per_unit(c_all[1:]),
        i=per_unit(gates[:, i_rows]),
        f=per_unit(gates[:, f_rows]),
        g=per_unit(gates[:, g_rows]),
        o=per_unit(gates[:, o_rows]),
        gates=gates,
        h_all=h_all,
        c_all=c_all,
        tanh_c=tanh_c,
        inputs=x_aug,
    )


# ----------------------------------------------------------------------------- backward
def lstm_layer_backward(
    weights: Weights,
    trace: LayerTrace,
    d_h: Any,
    d_c_last: Any = None,
    input_grad: bool = True,
    workspace: Workspace | None = None,
) -> LayerGrads:
    """Backpropagation through time: the exact gradients given ∂L/∂h(t) for every step.

    `d_h` (T, B, H) is the gradient flowing into each h(t) from outside the layer (a head, a
    loss); `d_c_last` (B, H) optionally the gradient into the last cell state. With
    `input_grad` False the (T, B, D) input gradient is skipped. A `workspace` holds the
    temporaries between calls; the gradients returned are always new arrays.

    Equations::

        δh(t)   = d_h(t) + W_hhᵀ·δz(t+1)                      δz(T+1) = 0
        δC(t)   = δh(t)⊙o(t)⊙(1 − tanh²C(t)) + δC(t+1)⊙f(t+1)   δC(T+1)⊙f(T+1) = d_c_last
        δz_i(t) = δC(t)⊙g(t)⊙i(t)⊙(1 − i(t))
        δz_f(t) = δC(t)⊙C(t−1)⊙f(t)⊙(1 − f(t))
        δz_g(t) = δC(t)⊙i(t)⊙(1 − g(t)²)
        δz_o(t) = δh(t)⊙tanh(C(t))⊙o(t)⊙(1 − o(t))
        ∂L/∂W_ih = Σ_t δz(t)·x(t)ᵀ      ∂L/∂W_hh = Σ_t δz(t)·h(t−1)ᵀ
        ∂L/∂b_ih = ∂L/∂b_hh = Σ_t δz(t)   ∂L/∂x(t) = W_ihᵀ·δz(t)
        ∂L/∂h(0) = W_hhᵀ·δz(1)           ∂L/∂C(0) = δC(1)⊙f(1)

    The factors that do not depend on δ (the products after δC(t) and δh(t) above) are
    computed for all steps at once; the loop over time holds only what the recursion needs.
    """
    hidden, inputs = layer_sizes(weights)
    gates, tanh_c = trace.gates, trace.tanh_c
    dtype = gates.dtype
    steps, width, batch = gates.shape
    inner, outer = _order(hidden)
    d_h = np.asarray(d_h, dtype=dtype)
    if d_h.shape != (steps, batch, hidden):
        raise ValueError(f"d_h must have shape {(steps, batch, hidden)}, not {d_h.shape}")
    d_h_units = _buffer(workspace, "d_h_units", (steps, hidden, batch), dtype)
    d_h_units[...] = d_h.transpose(0, 2, 1)
    o_rows, i_rows = slice(0, hidden), slice(hidden, 2 * hidden)
    f_rows, g_rows = slice(2 * hidden, 3 * hidden), slice(3 * hidden, width)
    # factors: rows o multiply δh(t), rows i, f, g multiply δC(t), to give δz(t).
    factors = _buffer(workspace, "factors", gates.shape, dtype)
    np.subtract(1, gates, out=factors)
    factors *= gates  # a·(1 − a): σ′ on the rows o, i, f
    g = gates[:, g_rows]
    np.multiply(g, g, out=factors[:, g_rows])
    np.subtract(1, factors[:, g_rows], out=factors[:, g_rows])  # 1 − g²: tanh′
    factors[:, o_rows] *= tanh_c
    factors[:, i_rows] *= g
    factors[:, f_rows] *= trace.c_all[:-1]
    factors[:, g_rows] *= gates[:, i_rows]
    cell_factors = factors[:, hidden:].reshape(steps, 3, hidden, batch)
    # δC(t) gets δh(t)⊙o(t)⊙(1 − tanh²C(t)).
    through_c = _buffer(workspace, "through_c", tanh_c.shape, dtype)
    np.multiply(tanh_c, tanh_c, out=through_c)
    np.subtract(1, through_c, out=through_c)
    through_c *= gates[:, o_rows]
    forget = gates[:, f_rows]
    w_back = np.asarray(weights["weight_hh"], dtype)[inner].T  # (H, 4H)

    d_z = _buffer(workspace, "d_z", (steps, width, batch), dtype)
    d_cell = d_z[:, hidden:].reshape(steps, 3, hidden, batch)
    dh = np.empty((hidden, batch), dtype)
    dh_rec = np.zeros((hidden, batch), dtype)
    dc = _state(d_c_last, "d_c_last", (batch, hidden), dtype).T.copy()
    product = np.empty((hidden, batch), dtype)
    for t in range(steps - 1, -1, -1):
        np.add(d_h_units[t], dh_rec, out=dh)
        np.multiply(dh, through_c[t], out=product)
        dc += product
        np.multiply(cell_factors[t], dc, out=d_cell[t])
        np.multiply(factors[t, o_rows], dh, out=d_z[t, o_rows])
        dc *= forget[t]
        _matmul(w_back, d_z[t], out=dh_rec)

    # Σ_t δz(t)·[h(t−1); x(t); 1]ᵀ gives ∂L/∂W_hh, ∂L/∂W_ih and the bias gradient.
    d_weight_hh = _sum_of_products(d_z, trace.h_all[:-1], workspace, "d_weight_hh")[outer]
    d_input = _sum_of_products(d_z, trace.inputs, workspace, "d_input")[outer]
    d_weight_ih = d_input[:, :inputs].copy()
    d_bias = d_input[:, inputs].copy()
    d_xs = None
    if input_grad:
        weight_ih_t = np.asarray(weights["weight_ih"], dtype)[inner].T  # (D, 4H)
        d_xs = np.matmul(weight_ih_t, d_z).transpose(0, 2, 1).copy()
    d_weights = {
        "weight_ih": d_weight_ih,
        "weight_hh": d_weight_hh,
        "bias_ih": d_bias,
        "bias_hh": d_bias.copy(),
    }
    return LayerGrads(d_xs=d_xs, d_weights=d_weights, d_h0=dh_rec.T.copy(), d_c0=dc.T.copy())


def lstm_layer_grads(
    weights: Weights, trace: LayerTrace, d_h: Any
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """(∂L/∂xs, {key: ∂L/∂weights[key]}) given ∂L/∂h(t) (T, B, H); see `lstm_layer_backward`."""
    grads = lstm_layer_backward(weights, trace, d_h)
    assert grads.d_xs is not None
    return grads.d_xs, grads.d_weights


# ----------------------------------------------------------------------------- Dense head
def dense(weights: Weights, h: Any) -> np.ndarray:
    """The Dense head on hidden states h (…, H): y = h·W_outᵀ + b_out, shape (…, O).

    Equations::

        y = W_out·h + b_out
    """
    weight, bias = weights["weight_out"], weights["bias_out"]
    return np.asarray(h, dtype=weight.dtype) @ weight.T + bias


def dense_grads(weights: Weights, h: Any, d_y: Any) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """(∂L/∂h, {weight_out, bias_out gradients}) given ∂L/∂y for inputs h (N, H), y (N, O).

    Equations::

        ∂L/∂h = ∂L/∂y·W_out      ∂L/∂W_out = (∂L/∂y)ᵀ·h      ∂L/∂b_out = Σ_n ∂L/∂y_n
    """
    weight = weights["weight_out"]
    h = np.asarray(h, dtype=weight.dtype)
    d_y = np.asarray(d_y, dtype=weight.dtype)
    return d_y @ weight, {"weight_out": d_y.T @ h, "bias_out": d_y.sum(axis=0)}


# ----------------------------------------------------------------------------- conversions
def init_layer(
    hidden: int,
    inputs: int,
    rng: np.random.Generator,
    outputs: int | None = None,
    dtype: Any = np.float32,
) -> dict[str, np.ndarray]:
    """Random weights drawn as PyTorch draws them for a new nn.LSTM (and nn.Linear head).

    Every layer array is uniform on [−1/√H, 1/√H]; with `outputs`, the head's weight and bias
    are uniform on [−1/√H, 1/√H] too (nn.Linear's default for H inputs).
    """
    if hidden < 1 or inputs < 1:
        raise ValueError(f"a layer needs H ≥ 1 and D ≥ 1, not H = {hidden}, D = {inputs}")
    bound = 1.0 / np.sqrt(hidden)
    shapes = {
        "weight_ih": (4 * hidden, inputs),
        "weight_hh": (4 * hidden, hidden),
        "bias_ih": (4 * hidden,),
        "bias_hh": (4 * hidden,),
    }
    if outputs is not None:
        shapes["weight_out"] = (outputs, hidden)
        shapes["bias_out"] = (outputs,)
    return {
        key: rng.uniform(-bound, bound, size=shape).astype(dtype) for key, shape in shapes.items()
    }


def to_state_dict(
    weights: Weights, layer_prefix: str = "", head_prefix: str = ""
) -> dict[str, np.ndarray]:
    """PyTorch state-dict names for the layer (and head, when present), as numpy copies.

    A bare nn.LSTM uses `weight_ih_l0` …; a model holding `self.lstm` and `self.head` uses
    layer_prefix "lstm." and head_prefix "head.". Pass each array to torch.from_numpy.
    """
    layer_sizes(weights)
    state = {f"{layer_prefix}{key}_l0": np.array(weights[key]) for key in LAYER_KEYS}
    if "weight_out" in weights:
        state[f"{head_prefix}weight"] = np.array(weights["weight_out"])
        state[f"{head_prefix}bias"] = np.array(weights["bias_out"])
    return state


def _plain_array(value: Any) -> np.ndarray:
    """A numpy copy of an array or of a tensor (by its detach/cpu/numpy methods, no import)."""
    detach = getattr(value, "detach", None)
    if callable(detach):
        value = detach().cpu().numpy()
    return np.array(value)


def from_state_dict(
    state: Mapping[str, Any], layer_prefix: str = "", head_prefix: str = ""
) -> dict[str, np.ndarray]:
    """The inverse of `to_state_dict`: numpy copies from a state dict of arrays or tensors.

    Only a one-layer, one-direction LSTM converts; its head is read when `head_prefix`weight
    is present.
    """
    names = [name for name in state if name.startswith(layer_prefix)]
    extra = [name for name in names if name.endswith("_reverse") or "_l1" in name]
    if extra:
        raise ValueError(f"{extra[0]!r}: only a one-layer, one-direction LSTM converts")
    weights: dict[str, np.ndarray] = {}
    for key in LAYER_KEYS:
        name = f"{layer_prefix}{key}_l0"
        if name not in state:
            raise ValueError(f"the state dict has no {name!r}")
        weights[key] = _plain_array(state[name])
    hidden, _ = layer_sizes(weights)
    if f"{head_prefix}weight" in state:
        weights["weight_out"] = _plain_array(state[f"{head_prefix}weight"])
        weights["bias_out"] = _plain_array(state[f"{head_prefix}bias"])
        if weights["weight_out"].ndim != 2 or weights["weight_out"].shape[1] != hidden:
            raise ValueError(
                f"the head's weight must have shape (O, {hidden}), "
                f"not {weights['weight_out'].shape}"
            )
    return weights


# PyTorch's gate order, with the glass-box cell's parameter names (its g gate is 'c').
_SCALAR_ROWS = (
    ("w_xi", "w_hi", "b_i"),
    ("w_xf", "w_hf", "b_f"),
    ("w_xc", "w_hc", "b_c"),
    ("w_xo", "w_ho", "b_o"),
)


def from_scalar_params(params: LSTMParams, dtype: Any = np.float64) -> dict[str, np.ndarray]:
    """The glass-box cell's 14 parameters as a layer with H = 1, D = 1 and a Dense(1) head.

    The cell has one bias per gate: it goes to bias_ih, and bias_hh is zero.
    """
    if params.is_batched:
        raise ValueError("only one cell (float parameters) converts to a layer")
    rows = [[float(getattr(params, name)) for name in row] for row in _SCALAR_ROWS]
    table = np.array(rows, dtype=dtype)  # (4, 3): input weight, recurrent weight, bias
    return {
        "weight_ih": table[:, 0:1].copy(),
        "weight_hh": table[:, 1:2].copy(),
        "bias_ih": table[:, 2].copy(),
        "bias_hh": np.zeros(4, dtype),
        "weight_out": np.array([[float(params.w_out)]], dtype),
        "bias_out": np.array([float(params.b_out)], dtype),
    }


def to_scalar_params(weights: Weights) -> LSTMParams:
    """The inverse of `from_scalar_params`: a layer with H = 1, D = 1 as the 14 parameters.

    The cell's bias of each gate is bias_ih + bias_hh. Without a head, w_out = 1, b_out = 0.
    """
    if layer_sizes(weights) != (1, 1):
        raise ValueError("only a layer with H = 1 and D = 1 is one glass-box cell")
    bias = np.asarray(weights["bias_ih"], float) + np.asarray(weights["bias_hh"], float)
    values: dict[str, float] = {}
    for row, (w_x, w_h, b) in enumerate(_SCALAR_ROWS):
        values[w_x] = float(np.asarray(weights["weight_ih"])[row, 0])
        values[w_h] = float(np.asarray(weights["weight_hh"])[row, 0])
        values[b] = float(bias[row])
    if "weight_out" in weights:
        values["w_out"] = float(np.asarray(weights["weight_out"]).reshape(-1)[0])
        values["b_out"] = float(np.asarray(weights["bias_out"]).reshape(-1)[0])
    return LSTMParams(**values)
