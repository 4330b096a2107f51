"""How long a cell remembers: retention after a pulse, the gradient of the last output with
respect to every earlier input (exact backpropagation through time), and parameter counts.

    retention(k) = |h_A(k) − h_B(k)|,  k = 1 … T
        run A has the sequence as given, run B the same sequence with its first value set to 0:
        how much of the first input can still be seen in the hidden state at step k. Both are
        the cell's own run (run A is the trace the lesson shows); run B stops where its state
        has become run A's exactly, since from there on both runs are one and retention is 0.
    remembers for N steps: the last k at which retention(k) ≥ 1% of retention(1).
    read-out R²(k),  k = 1 … T
        whether the first input's value can still be read from h(k), not only that it left a
        trace: the sequence is run with its first value set to each of `READOUT_HEIGHTS`, and
        R²(k) is the share of the heights' variance that the best straight line from h(k) to
        the height explains, with h(k) read through noise of standard deviation
        `READOUT_NOISE` (see `readout_r2`). A cell that ends in one state whatever the height
        (a latch) has a large retention and a small R² (`latch_from`).
    readable for N steps: the first N steps all have R²(k) ≥ `READABLE_R2`.
    gradient(k) = |∂y(T)/∂x(T−k)|,  k = 0 … T−1
        how strongly the last output can still learn from the input k steps back.
    reference lines of gradient(k) (`gradient_references`):
        tanh RNN  |w_in·w_out|·|w_hh|^k·Π_{t=T−k}^{T} (1 − h(t)²): the one path there is, so
                  it equals gradient(k); and |w_in·w_out|·|w_hh|^k, its bound (1 − h² ≤ 1).
        LSTM      |∂y(T)/∂C(T)|·Π_{t=T−k+1}^{T} f(t)·|∂C(T−k)/∂x(T−k)|: the part of gradient(k)
                  that runs along the cell state alone, multiplied by f(t) at every step; it
                  is the whole gradient when h feeds back into nothing.

Parameter counts of a recurrent layer of n units reading m inputs, one bias per gate:
RNN n(n+m+1), LSTM 4n(n+m+1), GRU 3n(n+m+1). PyTorch keeps two bias vectors per gate
(b_ih and b_hh), so its layers have n(n+m+2) per gate.
Nothing here imports Qt.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from lstm_lab.engine.cells import CELLS, ScalarCell
from lstm_lab.engine.gru import GRUParams, run_gru
from lstm_lab.engine.lstm import run_lstm
from lstm_lab.engine.params import LSTMParams, ParamSet
from lstm_lab.engine.rnn import RNNParams, run_rnn

__all__ = [
    "GATE_COUNTS",
    "LATCH_R2",
    "LATCH_RETENTION",
    "READABLE_R2",
    "READOUT_HEIGHTS",
    "READOUT_NOISE",
    "REFERENCE_NAMES",
    "REMEMBER_SHARE",
    "direct_param_count",
    "gradient_profile",
    "gradient_references",
    "input_gradients",
    "latch_from",
    "param_count",
    "readable_for",
    "readout_r2",
    "remembers_for",
    "retention",
    "torch_param_count",
]

#: Weight blocks (gates) of each cell: the LSTM has f, i, C̃, o; the GRU z, r, h̃; the RNN one.
GATE_COUNTS = {"rnn": 1, "lstm": 4, "gru": 3}
#: A cell still remembers at step k while retention(k) is at least this share of retention(1).
REMEMBER_SHARE = 0.01
#: The first input's heights the read-out tells apart: 8 evenly spaced from 0.1 to 1.
READOUT_HEIGHTS = tuple(float(v) for v in np.linspace(0.1, 1.0, 8))
#: The read-out sees h(k) through noise of this standard deviation: a difference in h far
#: below it tells nothing (h is shown to four decimals; a network computes with rounding).
READOUT_NOISE = 0.001
#: Readable at step k: R²(k) at least this.
READABLE_R2 = 0.9
#: A latch at step k: the cell still remembers, by a difference in h well above the read-out's
#: noise (retention(k) ≥ `LATCH_RETENTION`), but R²(k) is below `LATCH_R2`.
LATCH_R2 = 0.5
LATCH_RETENTION = 10 * READOUT_NOISE
#: The reference lines each cell has on the gradient plot (`gradient_references`).
REFERENCE_NAMES = {"rnn": ("rnn_path", "rnn_bound"), "lstm": ("lstm_cell_path",), "gru": ()}


# ----------------------------------------------------------------------------- gradients
def _rnn_input_gradients(p: RNNParams, xs: np.ndarray, h0: float, trace: Any) -> np.ndarray:
    """∂y(T)/∂x(t), t = 1 … T:  dh(T) = w_out;  dz(t) = dh(t)·(1 − h(t)²);
    ∂y(T)/∂x(t) = w_in·dz(t);  dh(t−1) = w_hh·dz(t)."""
    trace = run_rnn(p, xs, h0) if trace is None else trace
    h = trace.h.tolist()
    w_in, w_hh = float(p.w_in), float(p.w_hh)
    out = [0.0] * len(h)
    dh = float(p.w_out)
    for t in range(len(h) - 1, -1, -1):
        dz = dh * (1.0 - h[t] * h[t])
        out[t] = w_in * dz
        dh = w_hh * dz
    return np.array(out)


def _gru_input_gradients(p: GRUParams, xs: np.ndarray, h0: float, trace: Any) -> np.ndarray:
    """∂y(T)/∂x(t) by the GRU's backward pass (see `gru_mse_and_grads`), seeded with
    dh(T) = w_out:  ∂y(T)/∂x(t) = w_xz·dzz(t) + w_xr·dzr(t) + w_xc·dzg(t)."""
    tr = run_gru(p, xs, h0) if trace is None else trace
    z, r, g, hp = tr.z.tolist(), tr.r.tolist(), tr.g.tolist(), tr.h_prev.tolist()
    w_xz, w_hz, w_xr, w_hr = float(p.w_xz), float(p.w_hz), float(p.w_xr), float(p.w_hr)
    w_xc, w_hc = float(p.w_xc), float(p.w_hc)
    out = [0.0] * len(z)
    dh = float(p.w_out)
    for t in range(len(z) - 1, -1, -1):
        dzg = dh * z[t] * (1.0 - g[t] * g[t])
        dzz = dh * (g[t] - hp[t]) * z[t] * (1.0 - z[t])
        dzr = dzg * w_hc * hp[t] * r[t] * (1.0 - r[t])
        out[t] = w_xz * dzz + w_xr * dzr + w_xc * dzg
        dh = dh * (1.0 - z[t]) + dzg * w_hc * r[t] + dzz * w_hz + dzr * w_hr
    return np.array(out)


def _lstm_input_gradients(
    p: LSTMParams, xs: np.ndarray, h0: float, c0: float, trace: Any
) -> np.ndarray:
    """∂y(T)/∂x(t) by backpropagation through time, seeded with dh(T) = w_out, dC(T) = 0:

    dC      = dC(t) + dh(t)·o·(1 − tanh²C(t))
    dzo = dh(t)·tanh C(t)·o(1−o);  dzf = dC·C(t−1)·f(1−f)
    dzi = dC·C̃·i(1−i);            dzg = dC·i·(1 − C̃²)
    ∂y(T)/∂x(t) = w_xf·dzf + w_xi·dzi + w_xc·dzg + w_xo·dzo
    dh(t−1) = w_hf·dzf + w_hi·dzi + w_hc·dzg + w_ho·dzo;   dC(t−1) = dC·f
    """
    tr = run_lstm(p, xs, h0, c0) if trace is None else trace
    f, i, g, o = tr.f.tolist(), tr.i.tolist(), tr.g.tolist(), tr.o.tolist()
    c, cp = tr.c.tolist(), tr.c_prev.tolist()
    wx = [float(p.w_xf), float(p.w_xi), float(p.w_xc), float(p.w_xo)]
    wh = [float(p.w_hf), float(p.w_hi), float(p.w_hc), float(p.w_ho)]
    out = [0.0] * len(f)
    dh, dc_next = float(p.w_out), 0.0
    for t in range(len(f) - 1, -1, -1):
        tanh_c = math.tanh(c[t])
        dc = dc_next + dh * o[t] * (1.0 - tanh_c * tanh_c)
        dzf = dc * cp[t] * f[t] * (1.0 - f[t])
        dzi = dc * g[t] * i[t] * (1.0 - i[t])
        dzg = dc * i[t] * (1.0 - g[t] * g[t])
        dzo = dh * tanh_c * o[t] * (1.0 - o[t])
        out[t] = wx[0] * dzf + wx[1] * dzi + wx[2] * dzg + wx[3] * dzo
        dh = wh[0] * dzf + wh[1] * dzi + wh[2] * dzg + wh[3] * dzo
        dc_next = dc * f[t]
    return np.array(out)


def input_gradients(
    cell: ScalarCell,
    params: ParamSet,
    xs: Any,
    *,
    h0: float = 0.0,
    c0: float = 0.0,
    trace: Any = None,
) -> np.ndarray:
    """The signed ∂y(T)/∂x(t) for t = 1 … T (exact backpropagation through time).

    ``trace``: the cell's run over ``xs`` from ``h0`` and ``c0`` where the caller has it
    already (`ScalarCell.run`); the backward pass then needs no forward pass of its own."""
    xs = _sequence(xs)
    if cell.name == "rnn":
        return _rnn_input_gradients(params, xs, float(h0), trace)
    if cell.name == "gru":
        return _gru_input_gradients(params, xs, float(h0), trace)
    if cell.name == "lstm":
        return _lstm_input_gradients(params, xs, float(h0), float(c0), trace)
    raise ValueError(f"no input gradient for the cell {cell.name!r}")


def gradient_profile(
    cell: ScalarCell,
    params: ParamSet,
    xs: Any,
    *,
    h0: float = 0.0,
    c0: float = 0.0,
    trace: Any = None,
) -> np.ndarray:
    """gradient(k) = |∂y(T)/∂x(T−k)| for k = 0 … T−1 (``trace``: see `input_gradients`)."""
    grads = input_gradients(cell, params, xs, h0=h0, c0=c0, trace=trace)
    return np.abs(grads)[::-1].copy()


# ----------------------------------------------------------------------------- retention
#: Run B's first stretch, in steps; each next one is twice as long (see `retention`).
FIRST_STRETCH = 64


def retention(
    cell: ScalarCell,
    params: ParamSet,
    xs: Any,
    *,
    h0: float = 0.0,
    c0: float = 0.0,
    trace: Any = None,
) -> np.ndarray:
    """retention(k) = |h_A(k) − h_B(k)| for k = 1 … T (see the module).

    Run A is ``trace`` where the caller has it (the cell's run over ``xs`` from ``h0`` and
    ``c0``), else run here. Run B goes in stretches of growing length, each from the state the
    last one ended in (the same numbers as one run); it ends early where its state has become
    run A's exactly, as the rest of both runs is then the same. A cell that forgets the first
    input within a few steps costs one run, not two, however long the sequence."""
    xs = _sequence(xs)
    states = {"h0": float(h0), "c0": float(c0)} if "c" in cell.states else {"h0": float(h0)}
    run_a = cell.run(params, xs, **states) if trace is None else trace
    h_a = np.asarray(run_a.h, dtype=np.float64)
    states_a = [np.asarray(getattr(run_a, name), dtype=np.float64) for name in cell.states]
    kept = np.zeros(len(xs))
    xs_b = xs.copy()
    xs_b[0] = 0.0
    start, stretch = 0, FIRST_STRETCH
    while start < len(xs):
        stop = min(len(xs), start + stretch)
        run_b = cell.run(params, xs_b[start:stop], **states)
        kept[start:stop] = np.abs(h_a[start:stop] - run_b.h)
        ends_b = [float(getattr(run_b, name)[-1]) for name in cell.states]
        if all(b == a[stop - 1] for b, a in zip(ends_b, states_a, strict=True)):
            break  # one run from here on: retention stays 0
        states = {f"{name}0": value for name, value in zip(cell.states, ends_b, strict=True)}
        start, stretch = stop, 2 * stretch
    return kept


def remembers_for(values: Any, share: float = REMEMBER_SHARE) -> int:
    """The last k (1-based) at which retention(k) ≥ share·retention(1); 0 when retention(1) is
    0 (the first input leaves no trace at all)."""
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0 or not values[0] > 0.0:
        return 0
    above = np.flatnonzero(values >= share * values[0])
    return int(above[-1]) + 1


# ----------------------------------------------------------------------------- reference lines
def _rnn_references(p: RNNParams, trace: Any) -> dict[str, np.ndarray]:
    h = np.asarray(trace.h, dtype=np.float64)[::-1]  # h(T), h(T−1), …
    scale = abs(float(p.w_in) * float(p.w_out))
    w_hh = abs(float(p.w_hh))
    steps = np.ones(len(h))
    steps[1:] = w_hh  # one w_hh per step back, none at k = 0
    path = scale * np.cumprod(steps * (1.0 - h * h))
    bound = scale * np.cumprod(steps)
    return {"rnn_path": path, "rnn_bound": bound}


def _lstm_references(p: LSTMParams, trace: Any) -> dict[str, np.ndarray]:
    f, i, g = (np.asarray(getattr(trace, k), dtype=np.float64) for k in ("f", "i", "g"))
    c, c_prev = np.asarray(trace.c, dtype=np.float64), np.asarray(trace.c_prev, dtype=np.float64)
    tanh_c = math.tanh(float(c[-1]))
    reach = abs(float(p.w_out) * float(trace.o[-1]) * (1.0 - tanh_c * tanh_c))  # |∂y(T)/∂C(T)|
    # ∂C(t)/∂x(t) with h(t−1) and C(t−1) held: through f, i and C̃ of step t.
    local = np.abs(
        float(p.w_xf) * c_prev * f * (1.0 - f)
        + float(p.w_xi) * g * i * (1.0 - i)
        + float(p.w_xc) * i * (1.0 - g * g)
    )
    forget = np.ones(len(f))
    forget[1:] = f[::-1][:-1]  # f(T), f(T−1), …, f(2): one per step back
    return {"lstm_cell_path": reach * np.cumprod(forget) * local[::-1]}


def gradient_references(
    cell: ScalarCell,
    params: ParamSet,
    xs: Any,
    *,
    h0: float = 0.0,
    c0: float = 0.0,
    trace: Any = None,
) -> dict[str, np.ndarray]:
    """The reference lines of gradient(k), k = 0 … T−1, that hold for ``cell`` (see the
    module): ``rnn_path`` and ``rnn_bound`` for the tanh RNN, ``lstm_cell_path`` for the LSTM,
    none for the GRU. ``trace``: see `input_gradients`."""
    xs = _sequence(xs)
    if cell.name not in REFERENCE_NAMES:
        raise ValueError(f"no reference lines for the cell {cell.name!r}")
    if not REFERENCE_NAMES[cell.name]:
        return {}
    states = {"h0": float(h0), "c0": float(c0)} if "c" in cell.states else {"h0": float(h0)}
    trace = cell.run(params, xs, **states) if trace is None else trace
    with np.errstate(all="ignore"):
        if cell.name == "rnn":
            return _rnn_references(params, trace)
        return _lstm_references(params, trace)


# ----------------------------------------------------------------------------- the read-out
def readout_r2(
    cell: ScalarCell,
    params: ParamSet,
    xs: Any,
    *,
    heights: Any = READOUT_HEIGHTS,
    noise: float = READOUT_NOISE,
    h0: float = 0.0,
    c0: float = 0.0,
) -> np.ndarray:
    """R²(k) for k = 1 … T: how much of the first input's height a straight line from h(k)
    gives back.

    The sequence ``xs`` is run once for each of ``heights`` as its first value (the rest as
    given). At each step k, with a the heights and h the hidden states at k (one per height),
    the least-squares line from h to a explains the share

        R²(k) = cov(h, a)² / (var(a)·(var(h) + noise²))

    of the heights' variance: the squared correlation of a with h read through noise of
    standard deviation ``noise`` (the R² such a line reaches on many noisy readings). With
    ``noise`` 0 it is the plain R² of the line: 1 for a cell whose h(k) is a straight-line
    function of the height, 0 where h(k) is the same for every height. The runs go in
    stretches like retention's and end where every run is in the same state, after which R²
    is 0."""
    xs = _sequence(xs)
    heights = np.asarray(heights, dtype=np.float64).reshape(-1)
    if heights.size < 2 or np.ptp(heights) == 0.0:
        raise ValueError("the read-out needs at least two different heights")
    if not noise >= 0.0:
        raise ValueError("the read-out noise must be 0 or more")
    count = heights.size
    inputs = np.repeat(xs[:, None], count, axis=1)
    inputs[0] = heights
    a = heights - heights.mean()
    var_a = float(np.mean(a * a))
    states = {f"{name}0": np.full(count, value) for name, value in (("h", h0), ("c", c0))}
    states = {key: value for key, value in states.items() if key[0] in cell.states}
    r2 = np.zeros(len(xs))
    start, stretch = 0, FIRST_STRETCH
    with np.errstate(all="ignore"):
        while start < len(xs):
            stop = min(len(xs), start + stretch)
            run = cell.run(params, inputs[start:stop], **states)
            h = np.asarray(run.h, dtype=np.float64).reshape(stop - start, count)
            centred = h - h.mean(axis=1, keepdims=True)
            cov = centred @ a / count
            var_h = np.mean(centred * centred, axis=1)
            denominator = var_a * (var_h + noise * noise)
            shares = np.where(denominator > 0.0, cov * cov / denominator, 0.0)
            r2[start:stop] = np.clip(np.nan_to_num(shares, nan=0.0), 0.0, 1.0)
            ends = [np.asarray(getattr(run, name), dtype=np.float64)[-1] for name in cell.states]
            if all(np.all(end == end[0]) for end in ends):
                break  # every run in one state: nothing tells the heights apart from here on
            states = {f"{name}0": end for name, end in zip(cell.states, ends, strict=True)}
            start, stretch = stop, 2 * stretch
    return r2


def readable_for(r2: Any, threshold: float = READABLE_R2) -> int:
    """How many steps from the first the height stays readable: the first k with
    R²(k) < ``threshold``, less one (all T when none is)."""
    r2 = np.asarray(r2, dtype=np.float64)
    below = np.flatnonzero(~(r2 >= threshold))
    return int(below[0]) if len(below) else int(r2.size)


def latch_from(
    retention_values: Any,
    r2: Any,
    share: float = REMEMBER_SHARE,
    threshold: float = LATCH_R2,
    least: float = LATCH_RETENTION,
) -> int:
    """The first step k (1-based) at which the cell is a latch: it still remembers
    (retention(k) ≥ ``share``·retention(1)), by a difference in h far above the read-out's
    noise (retention(k) ≥ ``least``), but R²(k) < ``threshold``: h(k) shows clearly that there
    was a pulse, not how high it was. 0 when it never is (a memory fading into the noise is
    no latch)."""
    kept = np.asarray(retention_values, dtype=np.float64)
    r2 = np.asarray(r2, dtype=np.float64)
    if kept.size == 0 or not kept[0] > 0.0:
        return 0
    remembered = (kept >= share * kept[0]) & (kept >= least)
    latched = np.flatnonzero(remembered & ~(r2 >= threshold))
    return int(latched[0]) + 1 if len(latched) else 0


# ----------------------------------------------------------------------------- parameter counts
def _check_sizes(inputs: int, units: int) -> None:
    for name, value in (("input size m", inputs), ("number of units n", units)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
            raise ValueError(f"the {name} must be a whole number from 1 up")


def param_count(cell: str, inputs: int = 1, units: int = 1) -> int:
    """Parameters of a recurrent layer of ``units`` cells reading ``inputs`` values, one bias
    per gate: RNN n(n+m+1), LSTM 4n(n+m+1), GRU 3n(n+m+1)."""
    _check_sizes(inputs, units)
    if cell not in GATE_COUNTS:
        raise ValueError(f"unknown cell {cell!r}; the cells are {', '.join(sorted(CELLS))}")
    return GATE_COUNTS[cell] * units * (units + inputs + 1)


def torch_param_count(cell: str, inputs: int = 1, units: int = 1) -> int:
    """The same layer as PyTorch builds it, with two bias vectors per gate: gates·n(n+m+2)."""
    return param_count(cell, inputs, units) + GATE_COUNTS[cell] * units


def direct_param_count(cell: str, inputs: int = 1, units: int = 1) -> int:
    """Count the entries of every weight array of the layer, built gate by gate: an input
    matrix (n × m), a recurrent matrix (n × n) and a bias (n) per gate."""
    _check_sizes(inputs, units)
    arrays = []
    for _gate in range(GATE_COUNTS[cell]):
        arrays += [np.zeros((units, inputs)), np.zeros((units, units)), np.zeros(units)]
    return sum(array.size for array in arrays)


def _sequence(xs: Any) -> np.ndarray:
    array = np.array(xs, dtype=np.float64).reshape(-1)
    if array.size == 0:
        raise ValueError("the sequence is empty")
    return array
