"""The numbers of one step of the scalar GRU, sum by sum, as its math view shows them."""

from __future__ import annotations

from dataclasses import dataclass

from lstm_lab.engine.gru import GRUParams, GRUTrace


@dataclass(frozen=True)
class GRUStep:
    """All the numbers of step t (1-based) of a GRU trace; ``r_h`` is r(t)·h(t−1)."""

    t: int
    x: float
    h_prev: float
    w: dict[str, float]  # every parameter by name
    zz: float
    z: float
    zr: float
    r: float
    r_h: float
    zg: float
    g: float
    keep: float  # (1 − z)·h(t−1)
    new: float  # z·h̃
    h: float
    y: float


def explain_gru_step(params: GRUParams, trace: GRUTrace, t: int) -> GRUStep:
    """The numbers of step t (1..T) of a scalar GRU trace, as the engine computed them."""
    if trace.h.ndim != 1:
        raise ValueError("explain_gru_step needs the trace of one cell, not a batch")
    if not 1 <= t <= len(trace):
        raise ValueError(f"step t must be between 1 and {len(trace)}, not {t}")
    k = t - 1
    h_prev, z, r, g = (float(a[k]) for a in (trace.h_prev, trace.z, trace.r, trace.g))
    return GRUStep(
        t=t,
        x=float(trace.x[k]),
        h_prev=h_prev,
        w={name: float(value) for name, value in params.to_dict().items()},
        zz=float(trace.zz[k]),
        z=z,
        zr=float(trace.zr[k]),
        r=r,
        r_h=r * h_prev,
        zg=float(trace.zg[k]),
        g=g,
        keep=(1.0 - z) * h_prev,
        new=z * g,
        h=float(trace.h[k]),
        y=float(trace.y[k]),
    )
