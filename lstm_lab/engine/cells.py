"""One protocol for every cell the lessons use: what it is called, its parameter table, how it
runs, its loss and exact gradients, and the series its trace offers to the views.

The scalar LSTM, the vanilla RNN and the GRU implement it here; a lesson names its cell by
`Cell.name` ("lstm", "rnn", "gru") and everything above the engine (the lab model, `fit`, the
panels, the plots) reads the cell instead of naming one cell's fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from lstm_lab.engine.gru import GRUParams, gru_mse_and_grads, run_gru
from lstm_lab.engine.lstm import (
    check_clamps,
    lstm_mse,
    mse_and_grads,
    run_lstm,
    run_lstm_with_grads,
)
from lstm_lab.engine.messages import Refusal
from lstm_lab.engine.params import GATE_SPECS, LSTMParams, ParamSet, ParamSpec
from lstm_lab.engine.rnn import RNNParams, rnn_mse_and_grads, run_rnn

__all__ = ["CELLS", "GRU", "LSTM", "RNN", "Cell", "ScalarCell", "SeriesSpec", "cell_by_name"]


@dataclass(frozen=True)
class SeriesSpec:
    """One line a trace offers: its field, words, symbol, colour role and value range.

    `role` names a colour of the theme ("input", "cell", "hidden", "forget", "input_gate",
    "output_gate", "candidate", "output"); `low`/`high` bound the values (None: unbounded).
    `style` is "solid", "dash" or "dot".
    """

    key: str
    name: str
    symbol: str
    role: str
    low: float | None = None
    high: float | None = None
    style: str = "solid"
    tooltip: str = ""


class Cell(Protocol):
    """What every cell offers to the lab model, the trainer and the views."""

    name: str
    title: str
    params_type: type[ParamSet]
    gates: tuple[str, ...]
    series: tuple[SeriesSpec, ...]

    @property
    def specs(self) -> Mapping[str, ParamSpec]: ...

    @property
    def param_names(self) -> tuple[str, ...]: ...

    def defaults(self) -> ParamSet: ...

    def run(
        self,
        params: ParamSet,
        xs: Any,
        *,
        clamps: Mapping[str, float] | None = None,
        h0: float = 0.0,
        c0: float = 0.0,
    ) -> Any: ...

    def loss(
        self,
        params: ParamSet,
        xs: Any,
        targets: Any,
        *,
        clamps: Mapping[str, float] | None = None,
        h0: float = 0.0,
        c0: float = 0.0,
    ) -> float | np.ndarray: ...

    def loss_and_grads(
        self,
        params: ParamSet,
        xs: Any,
        targets: Any,
        *,
        clamps: Mapping[str, float] | None = None,
        h0: float = 0.0,
        c0: float = 0.0,
    ) -> tuple[float | np.ndarray, ParamSet]: ...

    def check_clamps(self, clamps: Mapping[str, Any] | None) -> dict[str, Any]: ...


@dataclass(frozen=True, eq=False)
class ScalarCell:
    """A one-unit cell with scalar input and output, built from the engine's functions.

    The loss is the mean squared error of y against the target over the T steps.
    """

    name: str
    title: str
    params_type: type[ParamSet]
    gates: tuple[str, ...]
    series: tuple[SeriesSpec, ...]
    states: tuple[str, ...]  # the initial states it takes: ("h",) or ("h", "c")
    _run: Callable[..., Any]
    _loss_and_grads: Callable[..., tuple[Any, ParamSet]]
    _loss: Callable[..., Any] | None = None
    _check_clamps: Callable[[Mapping[str, Any] | None], dict[str, Any]] | None = None
    _run_with_grads: Callable[..., tuple[Any, Any, ParamSet]] | None = None

    @property
    def specs(self) -> Mapping[str, ParamSpec]:
        return self.params_type.SPECS

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(self.params_type.SPECS)

    def defaults(self) -> ParamSet:
        return self.params_type.from_dict({name: spec.default for name, spec in self.specs.items()})

    def series_by_key(self, key: str) -> SeriesSpec:
        for series in self.series:
            if series.key == key:
                return series
        raise KeyError(key)

    def _states(self, h0: float, c0: float) -> dict[str, float]:
        states = {"h0": h0}
        if "c" in self.states:
            states["c0"] = c0
        elif c0:
            raise ValueError(f"the {self.title} has no cell state C(0)")
        return states

    def _clamp_kwargs(self, clamps: Mapping[str, Any] | None) -> dict[str, Any]:
        if not clamps:
            return {}
        return {"clamps": self.check_clamps(clamps)}

    def check_clamps(self, clamps: Mapping[str, Any] | None) -> dict[str, Any]:
        if not clamps:
            return {}
        if self._check_clamps is None:
            raise Refusal("the {cell}'s gates cannot be pinned", cell=self.title)
        return self._check_clamps(clamps)

    def run(self, params, xs, *, clamps=None, h0=0.0, c0=0.0):
        return self._run(params, xs, **self._states(h0, c0), **self._clamp_kwargs(clamps))

    def loss_and_grads(self, params, xs, targets, *, clamps=None, h0=0.0, c0=0.0):
        return self._loss_and_grads(
            params, xs, targets, **self._states(h0, c0), **self._clamp_kwargs(clamps)
        )

    def run_with_grads(self, params, xs, targets, *, clamps=None, h0=0.0, c0=0.0):
        """(trace, loss, gradients) at once: one forward pass where the cell can share it."""
        kwargs = {**self._states(h0, c0), **self._clamp_kwargs(clamps)}
        if self._run_with_grads is not None:
            return self._run_with_grads(params, xs, targets, **kwargs)
        loss, grads = self._loss_and_grads(params, xs, targets, **kwargs)
        return self._run(params, xs, **kwargs), loss, grads

    def loss(self, params, xs, targets, *, clamps=None, h0=0.0, c0=0.0):
        kwargs = {**self._states(h0, c0), **self._clamp_kwargs(clamps)}
        if self._loss is not None:
            return self._loss(params, xs, targets, **kwargs)
        return self._loss_and_grads(params, xs, targets, **kwargs)[0]


def _gate_series(gate: str, role: str) -> SeriesSpec:
    spec = GATE_SPECS[gate]
    low = -1.0 if spec.activation == "tanh" else 0.0
    return SeriesSpec(
        key=gate,
        name=spec.name,
        symbol=spec.symbol,
        role=role,
        low=low,
        high=1.0,
        tooltip=f"{spec.name}: {spec.role}",
    )


def _hidden_series(tooltip: str) -> SeriesSpec:
    return SeriesSpec("h", "hidden state", "h", "hidden", -1.0, 1.0, "dash", tooltip)


_INPUT = SeriesSpec("x", "input", "x", "input", tooltip="the input x(t) of each step")
_OUTPUT = SeriesSpec(
    "y", "output", "y", "output", style="dot", tooltip="the output y(t) = w_out·h(t) + b_out"
)

LSTM = ScalarCell(
    name="lstm",
    title="LSTM",
    params_type=LSTMParams,
    gates=tuple(GATE_SPECS),
    series=(
        _INPUT,
        SeriesSpec("c", "cell state", "C", "cell", tooltip="the cell state C(t): the memory"),
        _hidden_series("the hidden state h(t) = o(t)·tanh(C(t))"),
        _gate_series("f", "forget"),
        _gate_series("i", "input_gate"),
        _gate_series("o", "output_gate"),
        _OUTPUT,
    ),
    states=("h", "c"),
    _run=run_lstm,
    _loss_and_grads=mse_and_grads,
    _loss=lstm_mse,
    _check_clamps=check_clamps,
    _run_with_grads=run_lstm_with_grads,
)

RNN = ScalarCell(
    name="rnn",
    title="RNN",
    params_type=RNNParams,
    gates=(),
    series=(
        _INPUT,
        _hidden_series("the hidden state h(t) = tanh(w_in·x(t) + w_hh·h(t−1) + b)"),
        SeriesSpec("y", "output", "y", "output", style="dot", tooltip="y(t) = w_out·h(t)"),
    ),
    states=("h",),
    _run=run_rnn,
    _loss_and_grads=rnn_mse_and_grads,
)

GRU = ScalarCell(
    name="gru",
    title="GRU",
    params_type=GRUParams,
    gates=(),
    series=(
        _INPUT,
        _hidden_series("the hidden state h(t) = (1 − z(t))·h(t−1) + z(t)·h̃(t)"),
        SeriesSpec("z", "update gate", "z", "forget", 0.0, 1.0, tooltip="how much h̃ replaces h"),
        SeriesSpec(
            "r",
            "reset gate",
            "r",
            "input_gate",
            0.0,
            1.0,
            tooltip="how much of h(t−1) the candidate sees",
        ),
        SeriesSpec("g", "candidate", "h̃", "candidate", -1.0, 1.0, tooltip="the new value h̃(t)"),
        _OUTPUT,
    ),
    states=("h",),
    _run=run_gru,
    _loss_and_grads=gru_mse_and_grads,
)

#: Every cell a lesson can name, by `Cell.name`.
CELLS: dict[str, ScalarCell] = {cell.name: cell for cell in (LSTM, RNN, GRU)}

# The specs tables are the only copy of the names: each parameter dataclass must match its table.
for _cell in CELLS.values():
    _fields = _cell.params_type.names()
    if _fields != tuple(_cell.specs) or any(
        getattr(_cell.params_type(), name) != spec.default for name, spec in _cell.specs.items()
    ):
        raise AssertionError(f"{_cell.params_type.__name__} does not match its specs table")


def cell_by_name(name: str) -> ScalarCell:
    """The cell called ``name``; a ValueError that lists the known cells otherwise."""
    try:
        return CELLS[name]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown cell {name!r}; the cells are {', '.join(sorted(CELLS))}"
        ) from None
