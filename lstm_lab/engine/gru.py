"""The scalar GRU cell, the LSTM's simpler cousin: trace, MSE and exact gradient."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from lstm_lab.engine._batch import columns, prepare, targets_like, time_total
from lstm_lab.engine.params import ParamSet, ParamSpec, ParamValue

_GRU_GATES = {
    "z": ("update gate", "how much of the new candidate h̃(t) replaces the old state h(t−1)"),
    "r": ("reset gate", "how much of h(t−1) the candidate h̃(t) gets to see"),
    "c": ("candidate", "the new value h̃(t) offered to the hidden state"),
}


def _gru_specs() -> dict[str, ParamSpec]:
    specs: dict[str, ParamSpec] = {}
    for gate, (words, role) in _GRU_GATES.items():
        opens = "opens it (towards 1)" if gate != "c" else "pushes h̃ towards +1"
        recurrent_input = "r(t)·h(t−1)" if gate == "c" else "h(t−1)"
        specs[f"w_x{gate}"] = ParamSpec(
            f"w_x{gate}",
            0.5,
            -2.0,
            2.0,
            f"W_x{gate}",
            gate,
            "input weight",
            f"Input weight of the {words}, which sets {role}. Raising w_x{gate} makes it "
            f"listen more to the input x(t): a positive input then {opens}.",
            f"W<sub>x{gate}</sub>",
            f"{words} input weight",
        )
        specs[f"w_h{gate}"] = ParamSpec(
            f"w_h{gate}",
            0.5,
            -2.0,
            2.0,
            f"W_h{gate}",
            gate,
            "recurrent weight",
            f"Recurrent weight of the {words}, which sets {role}. Raising w_h{gate} makes it "
            f"listen more to {recurrent_input}: a positive value there then {opens}.",
            f"W<sub>h{gate}</sub>",
            f"{words} recurrent weight",
        )
        specs[f"b_{gate}"] = ParamSpec(
            f"b_{gate}",
            0.0,
            -1.0,
            1.0,
            f"b_{gate}",
            gate,
            "bias",
            f"Bias of the {words}, which sets {role}. Raising b_{gate} {opens} whatever the "
            f"inputs are.",
            f"b<sub>{gate}</sub>",
            f"{words} bias",
        )
    specs["w_out"] = ParamSpec(
        "w_out",
        1.0,
        -2.0,
        2.0,
        "W_out",
        "out",
        "output weight",
        "Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output follow the "
        "hidden state h(t) more strongly; a negative value flips it.",
        "W<sub>out</sub>",
    )
    specs["b_out"] = ParamSpec(
        "b_out",
        0.0,
        -1.0,
        1.0,
        "b_out",
        "out",
        "output bias",
        "Output bias: raising b_out shifts every output y(t) up by the same amount.",
        "b<sub>out</sub>",
    )
    return specs


GRU_PARAM_SPECS: dict[str, ParamSpec] = _gru_specs()
GRU_PARAM_NAMES: tuple[str, ...] = tuple(GRU_PARAM_SPECS)


@dataclass(eq=False)
class GRUParams(ParamSet):
    """The 11 parameters of the scalar GRU cell (see GRU_PARAM_SPECS). 'c' is the candidate."""

    SPECS: ClassVar = GRU_PARAM_SPECS

    w_xz: ParamValue = 0.5
    w_hz: ParamValue = 0.5
    b_z: ParamValue = 0.0
    w_xr: ParamValue = 0.5
    w_hr: ParamValue = 0.5
    b_r: ParamValue = 0.0
    w_xc: ParamValue = 0.5
    w_hc: ParamValue = 0.5
    b_c: ParamValue = 0.0
    w_out: ParamValue = 1.0
    b_out: ParamValue = 0.0


@dataclass(eq=False)
class GRUTrace:
    """Arrays of shape (T,) or (T, B): input x, update gate z, reset gate r, candidate g
    (h̃), hidden state h, output y, pre-activations zz, zr, zg, and h(t−1) entering each step.
    """

    x: np.ndarray
    z: np.ndarray
    r: np.ndarray
    g: np.ndarray
    h: np.ndarray
    y: np.ndarray
    zz: np.ndarray
    zr: np.ndarray
    zg: np.ndarray
    h_prev: np.ndarray

    def __len__(self) -> int:
        return int(self.x.shape[0])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * np.tanh(0.5 * z) + 0.5


def run_gru(params: GRUParams, xs: Any, h0: ParamValue = 0.0) -> GRUTrace:
    """Run the GRU cell over `xs`; parameters may be arrays (B,) for B cells at once.

    Equations::

        zz(t) = w_xz·x(t) + w_hz·h(t−1) + b_z
        zr(t) = w_xr·x(t) + w_hr·h(t−1) + b_r
        z(t)  = σ(zz(t))                          update gate
        r(t)  = σ(zr(t))                          reset gate
        zg(t) = w_xc·x(t) + w_hc·(r(t)·h(t−1)) + b_c
        g(t)  = tanh(zg(t))                       candidate h̃(t)
        h(t)  = (1 − z(t))·h(t−1) + z(t)·g(t)
        y(t)  = w_out·h(t) + b_out
    """
    xs, shape = prepare(params, xs, h0)
    steps = xs.shape[0]
    x_cols = np.array(columns(xs, shape))
    arrays = {name: np.empty((steps, *shape)) for name in ("z", "r", "g", "h", "zz", "zr", "zg")}
    h_prev = np.empty((steps, *shape))
    h = np.broadcast_to(np.asarray(h0, float), shape)
    p = params
    for t in range(steps):
        x = x_cols[t]
        h_prev[t] = h
        zz = arrays["zz"][t] = p.w_xz * x + p.w_hz * h + p.b_z
        zr = arrays["zr"][t] = p.w_xr * x + p.w_hr * h + p.b_r
        z = arrays["z"][t] = _sigmoid(zz)
        r = arrays["r"][t] = _sigmoid(zr)
        zg = arrays["zg"][t] = p.w_xc * x + p.w_hc * (r * h) + p.b_c
        g = arrays["g"][t] = np.tanh(zg)
        arrays["h"][t] = (1.0 - z) * h + z * g
        h = arrays["h"][t]
    y = p.w_out * arrays["h"] + p.b_out
    return GRUTrace(x=x_cols, y=y, h_prev=h_prev, **arrays)


def gru_mse_and_grads(
    params: GRUParams, xs: Any, targets: Any, h0: ParamValue = 0.0
) -> tuple[float | np.ndarray, GRUParams]:
    """Mean squared error of y over the T steps and its exact gradient (BPTT).

    Equations::

        E        = (1/T)·Σ_t (y(t) − target(t))²
        dy(t)    = 2·(y(t) − target(t)) / T
        dh(t)    = w_out·dy(t) + dh_rec(t)                    dh_rec(T) = 0
        dzg(t)   = dh(t)·z(t)·(1 − g(t)²)
        dzz(t)   = dh(t)·(g(t) − h(t−1))·z(t)·(1 − z(t))
        dzr(t)   = dzg(t)·w_hc·h(t−1)·r(t)·(1 − r(t))
        dh_rec(t−1) = dh(t)·(1 − z(t)) + dzg(t)·w_hc·r(t) + dzz(t)·w_hz + dzr(t)·w_hr
        ∂E/∂w_xc = Σ_t dzg(t)·x(t);  ∂E/∂w_hc = Σ_t dzg(t)·r(t)·h(t−1);  ∂E/∂b_c = Σ_t dzg(t)
        ∂E/∂w_x* = Σ_t dz*(t)·x(t);  ∂E/∂w_h* = Σ_t dz*(t)·h(t−1);  ∂E/∂b_* = Σ_t dz*(t)
        ∂E/∂w_out = Σ_t dy(t)·h(t);  ∂E/∂b_out = Σ_t dy(t)
    """
    trace = run_gru(params, xs, h0)
    steps = len(trace)
    shape = trace.h.shape[1:]
    errors = trace.y - columns(targets_like(targets, trace.x), shape)
    dys = errors * (2.0 / steps)
    dzz, dzr, dzg = (np.empty_like(trace.h) for _ in range(3))
    dh_rec = np.zeros(shape)
    p = params
    for t in range(steps - 1, -1, -1):
        z, r, g, hp = trace.z[t], trace.r[t], trace.g[t], trace.h_prev[t]
        dh = p.w_out * dys[t] + dh_rec
        dzg[t] = dh * z * (1.0 - g * g)
        dzz[t] = dh * (g - hp) * z * (1.0 - z)
        dzr[t] = dzg[t] * p.w_hc * hp * r * (1.0 - r)
        dh_rec = dh * (1.0 - z) + dzg[t] * p.w_hc * r + dzz[t] * p.w_hz + dzr[t] * p.w_hr
    x, hp = trace.x, trace.h_prev
    grads = GRUParams(
        w_xz=time_total(dzz * x),
        w_hz=time_total(dzz * hp),
        b_z=time_total(dzz),
        w_xr=time_total(dzr * x),
        w_hr=time_total(dzr * hp),
        b_r=time_total(dzr),
        w_xc=time_total(dzg * x),
        w_hc=time_total(dzg * trace.r * hp),
        b_c=time_total(dzg),
        w_out=time_total(dys * trace.h),
        b_out=time_total(dys),
    )
    return time_total(errors * errors) / steps, grads
