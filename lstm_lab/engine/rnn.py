"""The scalar vanilla RNN cell, for comparing with the LSTM: trace, MSE and exact gradient."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from lstm_lab.engine._batch import columns, prepare, targets_like, time_total
from lstm_lab.engine.params import ParamSet, ParamSpec, ParamValue

RNN_PARAM_SPECS: dict[str, ParamSpec] = {
    "w_in": ParamSpec(
        name="w_in",
        default=0.5,
        minimum=-2.0,
        maximum=2.0,
        symbol="W_in",
        gate="h",
        kind="input weight",
        tooltip="Input weight: raising w_in makes the hidden state h(t) react more to the "
        "input x(t).",
        html="W<sub>in</sub>",
    ),
    "w_hh": ParamSpec(
        name="w_hh",
        default=0.8,
        minimum=0.0,
        maximum=1.0,
        symbol="W_hh",
        gate="h",
        kind="recurrent weight",
        tooltip="Recurrent weight: raising w_hh makes h(t) keep more of the previous hidden "
        "state h(t−1), so a pulse fades more slowly.",
        html="W<sub>hh</sub>",
    ),
    "b": ParamSpec(
        name="b",
        default=0.0,
        minimum=-1.0,
        maximum=1.0,
        symbol="b",
        gate="h",
        kind="bias",
        tooltip="Bias: raising b pushes the hidden state h(t) up whatever the input is.",
        html="b",
    ),
    "w_out": ParamSpec(
        name="w_out",
        default=1.0,
        minimum=-2.0,
        maximum=2.0,
        symbol="W_out",
        gate="out",
        kind="output weight",
        tooltip="Output weight: y(t) = w_out·h(t). Raising w_out makes the output follow the "
        "hidden state more strongly; a negative value flips it.",
        html="W<sub>out</sub>",
    ),
}
RNN_PARAM_NAMES: tuple[str, ...] = tuple(RNN_PARAM_SPECS)


@dataclass(eq=False)
class RNNParams(ParamSet):
    """The 4 parameters of the scalar vanilla RNN cell (see RNN_PARAM_SPECS)."""

    SPECS: ClassVar = RNN_PARAM_SPECS

    w_in: ParamValue = 0.5
    w_hh: ParamValue = 0.8
    b: ParamValue = 0.0
    w_out: ParamValue = 1.0


@dataclass(eq=False)
class RNNTrace:
    """Arrays of shape (T,) or (T, B): input, pre-activation z, hidden state, output, and the
    hidden state h(t−1) entering each step."""

    x: np.ndarray
    z: np.ndarray
    h: np.ndarray
    y: np.ndarray
    h_prev: np.ndarray

    def __len__(self) -> int:
        return int(self.x.shape[0])


def run_rnn(params: RNNParams, xs: Any, h0: ParamValue = 0.0) -> RNNTrace:
    """Run the vanilla RNN cell over `xs`; parameters may be arrays (B,) for B cells at once.

    Equations::

        z(t) = w_in·x(t) + w_hh·h(t−1) + b
        h(t) = tanh(z(t))
        y(t) = w_out·h(t)
    """
    xs, shape = prepare(params, xs, h0)
    steps = xs.shape[0]
    x_cols = np.array(columns(xs, shape))
    zs = np.empty((steps, *shape))
    hs = np.empty((steps, *shape))
    h_prev = np.empty((steps, *shape))
    h = np.broadcast_to(np.asarray(h0, float), shape)
    w_in, w_hh, b = params.w_in, params.w_hh, params.b
    for t in range(steps):
        h_prev[t] = h
        zs[t] = w_in * x_cols[t] + w_hh * h + b
        hs[t] = np.tanh(zs[t])
        h = hs[t]
    return RNNTrace(x=x_cols, z=zs, h=hs, y=params.w_out * hs, h_prev=h_prev)


def rnn_mse_and_grads(
    params: RNNParams, xs: Any, targets: Any, h0: ParamValue = 0.0
) -> tuple[float | np.ndarray, RNNParams]:
    """Mean squared error of y over the T steps and its exact gradient (BPTT).

    Equations::

        E         = (1/T)·Σ_t (y(t) − target(t))²
        dy(t)     = 2·(y(t) − target(t)) / T
        dh(t)     = w_out·dy(t) + dh_rec(t)          dh_rec(T) = 0
        dz(t)     = dh(t)·(1 − h(t)²)
        dh_rec(t−1) = w_hh·dz(t)
        ∂E/∂w_in = Σ_t dz(t)·x(t);  ∂E/∂w_hh = Σ_t dz(t)·h(t−1);  ∂E/∂b = Σ_t dz(t)
        ∂E/∂w_out = Σ_t dy(t)·h(t)
    """
    trace = run_rnn(params, xs, h0)
    steps = len(trace)
    shape = trace.h.shape[1:]
    errors = trace.y - columns(targets_like(targets, trace.x), shape)
    dys = errors * (2.0 / steps)
    dzs = np.empty_like(trace.h)
    dh_rec = np.zeros(shape)
    for t in range(steps - 1, -1, -1):
        dh = params.w_out * dys[t] + dh_rec
        dzs[t] = dh * (1.0 - trace.h[t] * trace.h[t])
        dh_rec = params.w_hh * dzs[t]
    grads = RNNParams(
        w_in=time_total(dzs * trace.x),
        w_hh=time_total(dzs * trace.h_prev),
        b=time_total(dzs),
        w_out=time_total(dys * trace.h),
    )
    return time_total(errors * errors) / steps, grads
