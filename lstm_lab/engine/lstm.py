"""The scalar LSTM cell: forward trace, mean squared error and its exact gradient.

Two code paths compute the same thing. When every parameter is a float the recurrence runs
as a plain-Python loop over floats (per-step numpy calls would cost more than the arithmetic)
and everything else as whole-sequence numpy.
When any parameter is an array of shape (B,), or the inputs are (T, B), B cells run at once
with numpy, looping over time only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.messages import Refusal
from lstm_lab.engine.params import GATE_SPECS, PARAM_NAMES, LSTMParams, ParamValue

GATES: tuple[str, ...] = tuple(GATE_SPECS)  # ("f", "i", "g", "o")
SIGMOID_GATES = frozenset(g for g, spec in GATE_SPECS.items() if spec.activation == "σ")
GATE_NAMES: dict[str, str] = {g: spec.name for g, spec in GATE_SPECS.items()}
_GATE_PARAMS = {g: spec.params for g, spec in GATE_SPECS.items()}
# Internal order of the batched path: the three sigmoid gates first, so one slice covers them.
_ORDER = ("f", "i", "o", "g")


@dataclass(eq=False)
class Trace:
    """Everything the cell computed, step by step; arrays of shape (T,) or (T, B).

    Row k (0-based) is time step t = k + 1. `h_prev[k]`, `c_prev[k]` are h(t−1), C(t−1)
    entering that step (so `h_prev[0]` is h(0)). `g` is the cell candidate C̃(t); `zf`…`zo`
    are the gates' pre-activations (computed even for a clamped gate); `clamps` records the
    gates that were pinned.
    """

    x: np.ndarray
    f: np.ndarray
    i: np.ndarray
    g: np.ndarray
    o: np.ndarray
    c: np.ndarray
    h: np.ndarray
    y: np.ndarray
    zf: np.ndarray
    zi: np.ndarray
    zg: np.ndarray
    zo: np.ndarray
    h_prev: np.ndarray
    c_prev: np.ndarray
    clamps: dict[str, float] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.x.shape[0])

    @property
    def batch_shape(self) -> tuple[int, ...]:
        return tuple(self.h.shape[1:])


def check_clamps(clamps: Mapping[str, Any] | None) -> dict[str, ParamValue]:
    """Validate a clamps mapping: gates 'f', 'i', 'o' in [0, 1], 'g' in [−1, 1]."""
    if not clamps:
        return {}
    checked: dict[str, ParamValue] = {}
    for gate, value in clamps.items():
        if gate not in GATE_NAMES:
            raise Refusal(
                "unknown gate {gate} to clamp; the gates are 'f', 'i', 'g', 'o'", gate=repr(gate)
            )
        if value is None:
            continue
        low = 0.0 if gate in SIGMOID_GATES else -1.0
        array = np.asarray(value, dtype=float)
        if not np.all((array >= low) & (array <= 1.0)):
            raise Refusal(
                "the {gate} can only be clamped to values from {low} to 1",
                gate=GATE_NAMES[gate],
                low=f"{low:g}",
            )
        checked[gate] = float(array) if array.ndim == 0 else array
    return checked


def _as_inputs(xs: Any) -> np.ndarray:
    array = np.asarray(xs, dtype=float)
    if array.ndim not in (1, 2):
        raise ValueError(f"the input sequence must have shape (T,) or (T, B), not {array.shape}")
    return array


def _is_scalar_case(params: LSTMParams, xs: np.ndarray, *others: Any) -> bool:
    if xs.ndim != 1:
        return False
    values = [getattr(params, name) for name in PARAM_NAMES]
    values += others
    # Python floats are the common case; np.ndim costs a microsecond per call.
    return all(type(value) is float or np.ndim(value) == 0 for value in values)


def run_lstm(
    params: LSTMParams,
    xs: Any,
    h0: ParamValue = 0.0,
    c0: ParamValue = 0.0,
    clamps: Mapping[str, Any] | None = None,
) -> Trace:
    """Run the cell over the input sequence `xs` and return the whole trace.

    `clamps` maps gates ('f', 'i', 'g', 'o') to a value that replaces the gate's activation
    at every step. Any parameter (and h0, c0, a clamp value) may be an array of shape (B,),
    and `xs` may be (T, B): B cells then run at once and the trace arrays are (T, B).

    Equations::

        zf(t) = w_xf·x(t) + w_hf·h(t−1) + b_f
        zi(t) = w_xi·x(t) + w_hi·h(t−1) + b_i
        zg(t) = w_xc·x(t) + w_hc·h(t−1) + b_c
        zo(t) = w_xo·x(t) + w_ho·h(t−1) + b_o
        f(t)  = σ(zf(t))            σ(z) = ½·tanh(½·z) + ½ = 1 / (1 + e^(−z))
        i(t)  = σ(zi(t))
        g(t)  = tanh(zg(t))         the cell candidate C̃(t)
        o(t)  = σ(zo(t))
        C(t)  = f(t)·C(t−1) + i(t)·g(t)
        h(t)  = o(t)·tanh(C(t))
        y(t)  = w_out·h(t) + b_out
    """
    xs = _as_inputs(xs)
    checked = check_clamps(clamps)
    if _is_scalar_case(params, xs, h0, c0, *checked.values()):
        return _forward_scalar(params, xs, float(h0), float(c0), checked).trace
    return _forward_batched(params, xs, h0, c0, checked).trace


@dataclass
class _ScalarForward:
    """A single cell's forward pass as arrays (T,), plus tanh(C(t)) for backward."""

    trace: Trace
    tanh_c: np.ndarray


def _forward_scalar(
    p: LSTMParams, xs: np.ndarray, h: float, c: float, clamps: Mapping[str, float]
) -> _ScalarForward:
    """Equations of `run_lstm` for one cell of Python floats.

    Only the recurrence is a Python loop, and it keeps only C(t) and h(t): every other column
    (pre-activations, gates, y) follows from h(t−1) and C(t−1) with whole-array numpy, which
    makes a 10,000-step sequence about three times faster than computing all of it per step.
    The loop's pre-activation is the array's, halved for the σ gates (½·tanh(½·z) + ½ = σ(z);
    halving is exact), so both give the same numbers.
    """
    weights = {g: tuple(float(getattr(p, name)) for name in _GATE_PARAMS[g]) for g in GATES}
    # Input part w_x·x + b of each gate's pre-activation, for every step at once.
    inputs = {g: w_x * xs + b for g, (w_x, _w_h, b) in weights.items()}
    n = len(xs)
    hs: list[float] = []
    cs: list[float] = []
    if n:
        if clamps:
            _recur_clamped(weights, inputs, h, c, clamps, hs, cs)
        else:
            _recur(weights, inputs, h, c, hs, cs)
    h_array, c_array = np.array(hs, float), np.array(cs, float)
    h_prev = np.empty(n)
    c_prev = np.empty(n)
    if n:
        h_prev[0], c_prev[0] = h, c
        h_prev[1:], c_prev[1:] = h_array[:-1], c_array[:-1]
    z = {g: inputs[g] + weights[g][1] * h_prev for g in GATES}
    acts = {}
    for g in GATES:
        if g in clamps:
            acts[g] = np.full(n, float(clamps[g]))
        elif g in SIGMOID_GATES:
            acts[g] = 0.5 * np.tanh(0.5 * z[g]) + 0.5
        else:
            acts[g] = np.tanh(z[g])
    y = float(p.w_out) * h_array + float(p.b_out)
    trace = Trace(
        xs.copy(), acts["f"], acts["i"], acts["g"], acts["o"], c_array, h_array, y,
        z["f"], z["i"], z["g"], z["o"], h_prev, c_prev, dict(clamps),
    )  # fmt: skip
    return _ScalarForward(trace, np.tanh(c_array))


def _recur(
    weights: Mapping[str, tuple[float, float, float]],
    inputs: Mapping[str, np.ndarray],
    h: float,
    c: float,
    hs: list[float],
    cs: list[float],
) -> None:
    """The recurrence with no gate pinned: C(t) and h(t) appended to cs and hs."""
    tanh = math.tanh
    hf, hi, hc, ho = (
        0.5 * weights["f"][1], 0.5 * weights["i"][1], weights["g"][1], 0.5 * weights["o"][1]
    )  # fmt: skip
    put_h, put_c = hs.append, cs.append
    columns = (
        (0.5 * inputs["f"]).tolist(),
        (0.5 * inputs["i"]).tolist(),
        inputs["g"].tolist(),
        (0.5 * inputs["o"]).tolist(),
    )
    for af, ai, ag, ao in zip(*columns, strict=True):
        c = (0.5 * tanh(af + hf * h) + 0.5) * c + (  # f·C(t−1) + i·C̃
            0.5 * tanh(ai + hi * h) + 0.5
        ) * tanh(ag + hc * h)
        h = (0.5 * tanh(ao + ho * h) + 0.5) * tanh(c)
        put_h(h)
        put_c(c)


def _recur_clamped(
    weights: Mapping[str, tuple[float, float, float]],
    inputs: Mapping[str, np.ndarray],
    h: float,
    c: float,
    clamps: Mapping[str, float],
    hs: list[float],
    cs: list[float],
) -> None:
    """The recurrence with pinned gates: a pinned gate's activation is its value."""
    tanh = math.tanh
    pin_f, pin_i, pin_g, pin_o = (g in clamps for g in GATES)
    f, i, g, o = (float(clamps.get(gate, 0.0)) for gate in GATES)
    hf, hi, hc, ho = (
        0.5 * weights["f"][1], 0.5 * weights["i"][1], weights["g"][1], 0.5 * weights["o"][1]
    )  # fmt: skip
    columns = (
        (0.5 * inputs["f"]).tolist(),
        (0.5 * inputs["i"]).tolist(),
        inputs["g"].tolist(),
        (0.5 * inputs["o"]).tolist(),
    )
    put_h, put_c = hs.append, cs.append
    for af, ai, ag, ao in zip(*columns, strict=True):
        if not pin_f:
            f = 0.5 * tanh(af + hf * h) + 0.5
        if not pin_i:
            i = 0.5 * tanh(ai + hi * h) + 0.5
        if not pin_g:
            g = tanh(ag + hc * h)
        if not pin_o:
            o = 0.5 * tanh(ao + ho * h) + 0.5
        c = f * c + i * g
        h = o * tanh(c)
        put_h(h)
        put_c(c)


@dataclass
class _BatchedForward:
    trace: Trace
    acts: np.ndarray  # (T, 4, B) gate activations in _ORDER
    tanh_c: np.ndarray  # (T, B)
    w_h: np.ndarray  # (4, B) true recurrent weights in _ORDER
    w_out: np.ndarray  # (B,)


def _stack(params: LSTMParams, kind: int, shape: tuple[int, ...]) -> np.ndarray:
    """Rows in _ORDER of one kind of gate parameter (0 input weight, 1 recurrent, 2 bias)."""
    return np.array(
        [np.broadcast_to(getattr(params, _GATE_PARAMS[g][kind]), shape) for g in _ORDER],
        dtype=float,
    )


def _batch_shape(params: LSTMParams, xs: np.ndarray, *others: Any) -> tuple[int, ...]:
    shapes = [np.shape(getattr(params, name)) for name in PARAM_NAMES]
    shapes += [xs.shape[1:]] + [np.shape(value) for value in others]
    shape = np.broadcast_shapes(*shapes)
    if len(shape) != 1:
        raise ValueError(f"batched parameters must have shape (B,), not {shape}")
    return shape


# Sigmoid gates' parameters are pre-multiplied by ½ so that one tanh call serves all four
# gates: σ(z) = ½·tanh(½·z) + ½. Scaling by ½ (and back by 2) is exact in floating point.
_HALF = np.array([0.5, 0.5, 0.5, 1.0])[:, None]


def _forward_batched(
    params: LSTMParams,
    xs: np.ndarray,
    h0: ParamValue,
    c0: ParamValue,
    clamps: Mapping[str, ParamValue],
) -> _BatchedForward:
    """Equations of `run_lstm` on arrays of shape (B,), looping over time only."""
    shape = _batch_shape(params, xs, h0, c0, *clamps.values())
    (batch,) = shape
    steps = xs.shape[0]
    w_h = _stack(params, 1, shape)
    half_w_h = w_h * _HALF
    x_cols = np.broadcast_to(xs.reshape(steps, xs.shape[1] if xs.ndim == 2 else 1), (steps, batch))
    # Input contributions of every step at once, (T, 4, B); the loop adds the recurrent part.
    pre = x_cols[:, None, :] * (_stack(params, 0, shape) * _HALF) + _stack(params, 2, shape) * _HALF
    acts = np.empty((steps, 4, batch))
    cs = np.empty((steps, batch))
    hs = np.empty((steps, batch))
    tanh_c = np.empty((steps, batch))
    h_prev = np.empty((steps, batch))
    c_prev = np.empty((steps, batch))
    h = np.array(np.broadcast_to(np.asarray(h0, float), shape))
    c = np.array(np.broadcast_to(np.asarray(c0, float), shape))
    if steps:
        h_prev[0], c_prev[0] = h, c
    recurrent = np.empty((4, batch))
    scratch = np.empty(batch)
    clamp_rows = [(_ORDER.index(g), np.broadcast_to(v, shape)) for g, v in clamps.items()]
    for t in range(steps):
        z, a = pre[t], acts[t]
        np.multiply(half_w_h, h, out=recurrent)
        np.add(z, recurrent, out=z)
        np.tanh(z, out=a)
        np.multiply(a[:3], 0.5, out=a[:3])
        np.add(a[:3], 0.5, out=a[:3])
        for row, value in clamp_rows:
            a[row] = value
        np.multiply(a[0], c, out=cs[t])
        np.multiply(a[1], a[3], out=scratch)
        np.add(cs[t], scratch, out=cs[t])
        np.tanh(cs[t], out=tanh_c[t])
        np.multiply(a[2], tanh_c[t], out=hs[t])
        h, c = hs[t], cs[t]
    h_prev[1:] = hs[:-1]
    c_prev[1:] = cs[:-1]
    w_out = np.array(np.broadcast_to(np.asarray(params.w_out, float), shape))
    pre /= _HALF[None]
    trace = Trace(
        x=np.array(x_cols),
        f=acts[:, 0],
        i=acts[:, 1],
        g=acts[:, 3],
        o=acts[:, 2],
        c=cs,
        h=hs,
        y=hs * w_out + np.asarray(params.b_out, float),
        zf=pre[:, 0],
        zi=pre[:, 1],
        zg=pre[:, 3],
        zo=pre[:, 2],
        h_prev=h_prev,
        c_prev=c_prev,
        clamps=dict(clamps),
    )
    return _BatchedForward(trace, acts, tanh_c, w_h, w_out)


def _mse_batched(
    params: LSTMParams,
    xs: np.ndarray,
    targets: np.ndarray,
    h0: ParamValue,
    c0: ParamValue,
    clamps: Mapping[str, ParamValue],
    dtype: type[np.floating],
) -> np.ndarray:
    """Equations of `run_lstm` on arrays (B,), keeping only the running squared error.

    Built for the loss landscape (40,000 cells): no trace is stored, and the σ gates' affine
    ½·tanh + ½ is folded into the following products. The loop carries h̄ = 2·h and gate rows
    2f, 2i, 2o (exact rescalings by powers of two):

        a       = tanh(¼·W_h·h̄ + ½·(w_x·x(t) + b))     rows for f, i, o;  g row unhalved
        2f, 2i, 2o = 1 + a
        C(t)    = ½·(2f·C(t−1) + 2i·g)
        h̄(t)    = 2o·tanh(C(t))
        y(t)    = ½·w_out·h̄(t) + b_out
    """
    shape = _batch_shape(params, xs, h0, c0, *clamps.values())
    (batch,) = shape
    steps = xs.shape[0]
    recurrent = (_stack(params, 1, shape) * (_HALF * 0.5)).astype(dtype)
    # Input weight and bias broadcast over the batch only where they vary.
    half_w_x = _rows(params, 0) * _HALF
    half_bias = _rows(params, 2) * _HALF
    x_cols = xs.reshape(steps, -1)
    target_cols = targets.reshape(steps, -1)
    half_w_out = np.asarray(params.w_out, dtype) * dtype(0.5)
    b_out = np.asarray(params.b_out, float)
    h = np.array(np.broadcast_to(np.asarray(h0, float) * 2.0, shape), dtype)
    c = np.array(np.broadcast_to(np.asarray(c0, float), shape), dtype)
    a = np.empty((4, batch), dtype)
    sigmoid_rows, f_row, i_row, o_row, g_row = a[:3], a[0], a[1], a[2], a[3]
    scratch = np.empty(batch, dtype)
    total = np.zeros(batch, dtype)
    half, one = dtype(0.5), dtype(1.0)
    clamp_rows = [
        (a[_ORDER.index(g)], np.asarray(v, dtype) * (2 if g in SIGMOID_GATES else 1))
        for g, v in clamps.items()
    ]
    # Input contributions ½·(w_x·x(t) + b) of each distinct input value, computed once:
    # inputs are mostly a handful of values such as 0 and 1.
    contributions: dict[float, np.ndarray] = {}
    for t in range(steps):
        if x_cols.shape[1] == 1:
            x = float(x_cols[t, 0])
            contribution = contributions.get(x)
            if contribution is None:
                contribution = (half_w_x * x + half_bias).astype(dtype)
                if len(contributions) < 64:
                    contributions[x] = contribution
        else:
            contribution = (half_w_x * x_cols[t] + half_bias).astype(dtype)
        np.multiply(recurrent, h, out=a)
        a += contribution
        np.tanh(a, out=a)
        sigmoid_rows += one
        for row, value in clamp_rows:
            row[...] = value
        c *= f_row
        np.multiply(i_row, g_row, out=scratch)
        c += scratch
        c *= half
        np.tanh(c, out=h)
        h *= o_row
        np.multiply(h, half_w_out, out=scratch)
        scratch += (b_out - target_cols[t]).astype(dtype)
        scratch *= scratch
        total += scratch
    return total.astype(float) / steps


def _rows(params: LSTMParams, kind: int) -> np.ndarray:
    """One kind of gate parameter in _ORDER as (4, 1), or (4, B) when any of them is batched."""
    values = [np.asarray(getattr(params, _GATE_PARAMS[g][kind]), float) for g in _ORDER]
    width = np.broadcast_shapes(*(v.shape for v in values))
    return np.array([np.broadcast_to(v, width) for v in values]).reshape(4, -1)


def _as_targets(targets: Any, xs: np.ndarray) -> np.ndarray:
    if xs.shape[0] == 0:
        raise ValueError("the input sequence is empty, so it has no mean squared error")
    array = np.asarray(targets, dtype=float)
    if array.shape[:1] != xs.shape[:1]:
        raise ValueError(
            f"the target has {array.shape[0] if array.ndim else 1} values but the input "
            f"sequence has {xs.shape[0]}; they must be the same length"
        )
    if array.ndim not in (1, 2):
        raise ValueError(f"the target must have shape (T,) or (T, B), not {array.shape}")
    return array


def _inputs_and_targets(xs: Any, targets: Any) -> tuple[np.ndarray, np.ndarray]:
    """Inputs and targets as arrays; one input sequence serves B target sequences (T, B)."""
    xs = _as_inputs(xs)
    targets = _as_targets(targets, xs)
    if targets.ndim == 2 and xs.ndim == 1:
        xs = np.broadcast_to(xs[:, None], targets.shape)
    return xs, targets


def lstm_mse(
    params: LSTMParams,
    xs: Any,
    targets: Any,
    clamps: Mapping[str, Any] | None = None,
    h0: ParamValue = 0.0,
    c0: ParamValue = 0.0,
    dtype: type[np.floating] = np.float64,
    workers: int = 1,
) -> float | np.ndarray:
    """Mean over the T steps of (y(t) − target(t))², without gradients: a float, or an array
    of shape (B,) for batched parameters (the loss landscape evaluates 40,000 cells at once).

    `dtype=np.float32` computes a batch in single precision, about 3× faster (relative error
    around 1e-6, plenty for a picture of the landscape); the result is float64 either way.
    `workers` > 1 splits a batch across that many threads (numpy releases the GIL inside
    each operation), which pays on an idle multi-core machine for batches of thousands.
    """
    xs, targets = _inputs_and_targets(xs, targets)
    checked = check_clamps(clamps)
    if _is_scalar_case(params, xs, h0, c0, *checked.values()) and targets.ndim == 1:
        trace = _forward_scalar(params, xs, float(h0), float(c0), checked).trace
        return _scalar_mse(trace.y, targets)
    kind = np.dtype(dtype).type
    (batch,) = _batch_shape(params, xs, h0, c0, *checked.values())
    parts = max(1, min(int(workers), batch // 1024))
    if parts == 1:
        return _mse_batched(params, xs, targets, h0, c0, checked, kind)
    bounds = np.linspace(0, batch, parts + 1).astype(int)

    def part(k: int) -> np.ndarray:
        piece = slice(bounds[k], bounds[k + 1])
        return _mse_batched(
            _slice_params(params, piece),
            xs if xs.ndim == 1 else xs[:, piece],
            targets if targets.ndim == 1 else targets[:, piece],
            _slice_value(h0, piece),
            _slice_value(c0, piece),
            {gate: _slice_value(value, piece) for gate, value in checked.items()},
            kind,
        )

    with ThreadPoolExecutor(max_workers=parts) as pool:
        return np.concatenate(list(pool.map(part, range(parts))))


def _slice_value(value: ParamValue, piece: slice) -> ParamValue:
    return value[piece] if np.ndim(value) else value


def _slice_params(params: LSTMParams, piece: slice) -> LSTMParams:
    return LSTMParams(*(_slice_value(getattr(params, name), piece) for name in PARAM_NAMES))


def mse_and_grads(
    params: LSTMParams,
    xs: Any,
    targets: Any,
    clamps: Mapping[str, Any] | None = None,
    h0: ParamValue = 0.0,
    c0: ParamValue = 0.0,
) -> tuple[float | np.ndarray, LSTMParams]:
    """Mean squared error of y over the T steps and its exact gradient for all 14 parameters,
    by backpropagation through time over the forward trace. A clamped gate's parameters get
    zero gradient. Batched parameters give an mse of shape (B,) and gradient arrays (B,).

    Equations::

        E       = (1/T)·Σ_t (y(t) − target(t))²
        dy(t)   = 2·(y(t) − target(t)) / T
        dh(t)   = w_out·dy(t) + dh_rec(t)                      dh_rec(T) = 0
        dC(t)   = dC_rec(t) + dh(t)·o(t)·(1 − tanh²(C(t)))     dC_rec(T) = 0
        dzf(t)  = dC(t)·C(t−1)·f(t)·(1 − f(t))
        dzi(t)  = dC(t)·g(t)·i(t)·(1 − i(t))
        dzg(t)  = dC(t)·i(t)·(1 − g(t)²)
        dzo(t)  = dh(t)·tanh(C(t))·o(t)·(1 − o(t))
        dh_rec(t−1) = w_hf·dzf(t) + w_hi·dzi(t) + w_hc·dzg(t) + w_ho·dzo(t)
        dC_rec(t−1) = dC(t)·f(t)
        ∂E/∂w_x* = Σ_t dz*(t)·x(t);  ∂E/∂w_h* = Σ_t dz*(t)·h(t−1);  ∂E/∂b_* = Σ_t dz*(t)
        ∂E/∂w_out = Σ_t dy(t)·h(t);  ∂E/∂b_out = Σ_t dy(t)
    """
    xs, targets = _inputs_and_targets(xs, targets)
    checked = check_clamps(clamps)
    if _is_scalar_case(params, xs, h0, c0, *checked.values()) and targets.ndim == 1:
        return _mse_and_grads_scalar(params, xs, targets, h0, c0, checked)
    return _mse_and_grads_batched(params, xs, targets, h0, c0, checked)


def _mse_and_grads_scalar(
    p: LSTMParams,
    xs: np.ndarray,
    targets: np.ndarray,
    h0: ParamValue,
    c0: ParamValue,
    clamps: Mapping[str, float],
) -> tuple[float, LSTMParams]:
    """Equations of `mse_and_grads` for one cell of Python floats."""
    return _backward_scalar(p, _forward_scalar(p, xs, float(h0), float(c0), clamps), targets)


def _scalar_mse(ys: np.ndarray, targets: np.ndarray) -> float:
    """The mean squared error, summed exactly: every path of the lab shows the same digits."""
    errors = ys - targets
    return math.fsum((errors * errors).tolist()) / len(ys)


def _backward_scalar(
    p: LSTMParams, forward: _ScalarForward, targets: np.ndarray
) -> tuple[float, LSTMParams]:
    """Backpropagation through time over one cell's forward pass.

    Given the forward pass, the backward recurrence is linear in (dh, dC), so everything
    but the two running sums is computed for all steps at once::

        dh(t)        = w_out·dy(t) + dh_rec(t)
        dC(t)        = dC_rec(t) + dh(t)·K(t)          K(t) = o(t)·(1 − tanh²C(t))
        dh_rec(t−1)  = dC(t)·P(t) + dh(t)·Q(t)         P = Σ w_h·∂z/∂C over f, i, g;  Q for o
        dC_rec(t−1)  = dC(t)·f(t)

    and then dz*(t) = dC(t)·(its factor) or dh(t)·(its factor), summed with numpy.
    """
    trace = forward.trace
    n = len(trace)
    f, i, g, o, tanh_c = trace.f, trace.i, trace.g, trace.o, forward.tanh_c
    clamps = trace.clamps
    errors = trace.y - targets
    dys = errors * (2.0 / n)
    zero = np.zeros(n)
    # dz of each gate per unit of dC (f, i, g) or of dh (o); 0 for a pinned gate.
    per_dc = {
        "f": zero if "f" in clamps else trace.c_prev * f * (1.0 - f),
        "i": zero if "i" in clamps else g * i * (1.0 - i),
        "g": zero if "g" in clamps else i * (1.0 - g * g),
    }
    per_dh_o = zero if "o" in clamps else tanh_c * o * (1.0 - o)
    w_h = {gate: float(getattr(p, _GATE_PARAMS[gate][1])) for gate in GATES}
    from_dc = w_h["f"] * per_dc["f"] + w_h["i"] * per_dc["i"] + w_h["g"] * per_dc["g"]
    from_dh = w_h["o"] * per_dh_o
    into_c = o * (1.0 - tanh_c * tanh_c)
    direct = float(p.w_out) * dys
    dh_list: list[float] = []
    dc_list: list[float] = []
    put_dh, put_dc = dh_list.append, dc_list.append
    dh_rec = dc_rec = 0.0
    for a, k, pc, qh, keep in zip(
        direct[::-1].tolist(),
        into_c[::-1].tolist(),
        from_dc[::-1].tolist(),
        from_dh[::-1].tolist(),
        f[::-1].tolist(),
        strict=True,
    ):
        dh = a + dh_rec
        dc = dc_rec + dh * k
        put_dh(dh)
        put_dc(dc)
        dh_rec = dc * pc + dh * qh
        dc_rec = dc * keep
    dh_all = np.array(dh_list[::-1], float)
    dc_all = np.array(dc_list[::-1], float)
    dz = {gate: dc_all * per_dc[gate] for gate in ("f", "i", "g")}
    dz["o"] = dh_all * per_dh_o
    values: dict[str, float] = {}
    for gate in GATES:
        w_x_name, w_h_name, b_name = _GATE_PARAMS[gate]
        values[w_x_name] = float(dz[gate] @ trace.x)
        values[w_h_name] = float(dz[gate] @ trace.h_prev)
        values[b_name] = float(dz[gate].sum())
    values["w_out"] = float(dys @ trace.h)
    values["b_out"] = float(dys.sum())
    return _scalar_mse(trace.y, targets), LSTMParams(**values)


def run_lstm_with_grads(
    params: LSTMParams,
    xs: Any,
    targets: Any,
    clamps: Mapping[str, Any] | None = None,
    h0: ParamValue = 0.0,
    c0: ParamValue = 0.0,
) -> tuple[Trace, float | np.ndarray, LSTMParams]:
    """`run_lstm` and `mse_and_grads` together, sharing one forward pass when the cell is a
    single scalar one (the lab's case: a long sequence then costs one pass less per change)."""
    xs_array = _as_inputs(xs)
    checked = check_clamps(clamps)
    target_array = _as_targets(targets, xs_array)
    if _is_scalar_case(params, xs_array, h0, c0, *checked.values()) and target_array.ndim == 1:
        forward = _forward_scalar(params, xs_array, float(h0), float(c0), checked)
        mse, grads = _backward_scalar(params, forward, target_array)
        return forward.trace, mse, grads
    trace = run_lstm(params, xs, h0, c0, clamps)
    mse, grads = mse_and_grads(params, xs, targets, clamps, h0, c0)
    return trace, mse, grads


def _mse_and_grads_batched(
    params: LSTMParams,
    xs: np.ndarray,
    targets: np.ndarray,
    h0: ParamValue,
    c0: ParamValue,
    clamps: Mapping[str, ParamValue],
) -> tuple[np.ndarray, LSTMParams]:
    """Equations of `mse_and_grads` on arrays of shape (B,), looping over time only."""
    forward = _forward_batched(params, xs, h0, c0, clamps)
    trace = forward.trace
    steps, batch = trace.h.shape
    acts = forward.acts
    errors = trace.y - (targets if targets.ndim == 2 else targets[:, None])
    mse = np.einsum("tb,tb->b", errors, errors) / steps
    dys = errors * (2.0 / steps)
    # Derivative of each activation with respect to its true pre-activation, 0 when clamped.
    slopes = np.empty_like(acts)
    np.multiply(acts[:, :3], 1.0 - acts[:, :3], out=slopes[:, :3])
    np.multiply(acts[:, 3], acts[:, 3], out=slopes[:, 3])
    np.subtract(1.0, slopes[:, 3], out=slopes[:, 3])
    for gate in clamps:
        slopes[:, _ORDER.index(gate)] = 0.0
    # dC(t) receives dh(t)·o(t)·(1 − tanh²C(t)).
    c_from_h = acts[:, 2] * (1.0 - forward.tanh_c * forward.tanh_c)
    w_h_true = forward.w_h
    w_out = forward.w_out
    d_pre = np.empty((steps, 4, batch))
    dh_rec = np.zeros(batch)
    dc_rec = np.zeros(batch)
    dh = np.empty(batch)
    dc = np.empty(batch)
    weighted = np.empty((4, batch))
    c_prev, tanh_c = trace.c_prev, forward.tanh_c
    for t in range(steps - 1, -1, -1):
        a = acts[t]
        d = d_pre[t]
        np.multiply(w_out, dys[t], out=dh)
        dh += dh_rec
        np.multiply(dh, c_from_h[t], out=dc)
        dc += dc_rec
        np.multiply(dc, c_prev[t], out=d[0])
        np.multiply(dc, a[3], out=d[1])
        np.multiply(dh, tanh_c[t], out=d[2])
        np.multiply(dc, a[1], out=d[3])
        d *= slopes[t]
        np.multiply(w_h_true, d, out=weighted)
        np.sum(weighted, axis=0, out=dh_rec)
        np.multiply(dc, a[0], out=dc_rec)
    x_cols = trace.x
    grad_x = np.einsum("tkb,tb->kb", d_pre, x_cols)
    grad_h = np.einsum("tkb,tb->kb", d_pre, trace.h_prev)
    grad_b = d_pre.sum(axis=0)
    values: dict[str, np.ndarray] = {}
    for row, gate in enumerate(_ORDER):
        w_x_name, w_h_name, b_name = _GATE_PARAMS[gate]
        values[w_x_name] = grad_x[row]
        values[w_h_name] = grad_h[row]
        values[b_name] = grad_b[row]
    values["w_out"] = np.einsum("tb,tb->b", dys, trace.h)
    values["b_out"] = dys.sum(axis=0)
    return mse, LSTMParams(**values)
