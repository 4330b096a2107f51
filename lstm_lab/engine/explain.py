"""The numbers of one step of the scalar LSTM cell, sum by sum, as the math panel shows them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lstm_lab.engine.lstm import _GATE_PARAMS, GATE_NAMES, GATES, Trace, check_clamps
from lstm_lab.engine.params import GATE_SPECS, LSTMParams


@dataclass(frozen=True)
class Term:
    """One product inside a gate's sum, e.g. w_xf·x(t) = 0.5 × 1 = 0.5."""

    weight_name: str
    weight_value: float
    input_name: str
    input_value: float
    product: float


@dataclass(frozen=True)
class GateStep:
    """One gate at one step: sum of terms plus bias, then its activation function."""

    gate: str
    name: str
    terms: tuple[Term, ...]
    bias_name: str
    bias_value: float
    preactivation: float
    activation: str
    value: float
    clamped: bool


@dataclass(frozen=True)
class StepExplanation:
    """All the numbers of step t, as the math panel shows them."""

    t: int
    x: float
    h_prev: float
    c_prev: float
    gates: dict[str, GateStep]
    forget_part: float  # f(t)·C(t−1)
    input_part: float  # i(t)·C̃(t)
    c: float
    o: float
    tanh_c: float
    h: float
    w_out: float
    output_product: float  # w_out·h(t)
    b_out: float
    y: float


def explain_step(
    params: LSTMParams,
    trace: Trace,
    t: int,
    clamps: Mapping[str, Any] | None = None,
) -> StepExplanation:
    """The numbers of step t (1-based, 1..T) of a scalar trace, for the math panel.

    `clamps` defaults to the clamps recorded in the trace.
    """
    if trace.batch_shape:
        raise ValueError("explain_step needs the trace of one cell, not a batch")
    steps = len(trace)
    if not 1 <= t <= steps:
        raise ValueError(f"step t must be between 1 and {steps}, not {t}")
    clamped = trace.clamps if clamps is None else check_clamps(clamps)
    k = t - 1
    x, h_prev, c_prev = float(trace.x[k]), float(trace.h_prev[k]), float(trace.c_prev[k])
    gates: dict[str, GateStep] = {}
    for gate in GATES:
        w_x_name, w_h_name, b_name = _GATE_PARAMS[gate]
        w_x, w_h = float(getattr(params, w_x_name)), float(getattr(params, w_h_name))
        terms = (
            Term(w_x_name, w_x, "x(t)", x, w_x * x),
            Term(w_h_name, w_h, "h(t−1)", h_prev, w_h * h_prev),
        )
        gates[gate] = GateStep(
            gate=gate,
            name=GATE_NAMES[gate],
            terms=terms,
            bias_name=b_name,
            bias_value=float(getattr(params, b_name)),
            preactivation=float(getattr(trace, "z" + gate)[k]),
            activation=GATE_SPECS[gate].activation,
            value=float(getattr(trace, gate)[k]),
            clamped=gate in clamped,
        )
    f, i, g, o = (gates[gate].value for gate in GATES)
    c, h = float(trace.c[k]), float(trace.h[k])
    w_out, b_out = float(params.w_out), float(params.b_out)
    return StepExplanation(
        t=t,
        x=x,
        h_prev=h_prev,
        c_prev=c_prev,
        gates=gates,
        forget_part=f * c_prev,
        input_part=i * g,
        c=c,
        o=o,
        tanh_c=math.tanh(c),
        h=h,
        w_out=w_out,
        output_product=w_out * h,
        b_out=b_out,
        y=float(trace.y[k]),
    )
