"""Named parameter sets and the one table of their defaults, slider ranges and labels.

Every cell (LSTM, vanilla RNN, GRU) keeps its parameters in a dataclass whose fields are the
parameter names. A field holds a float, or a numpy array of shape (B,) to evaluate B cells at
once. The dataclass behaviour shared by the three cells lives in `ParamSet`.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import numpy as np

from lstm_lab.engine.messages import Phrase

ParamValue = float | np.ndarray


@dataclass(frozen=True)
class ParamSpec:
    """One parameter's default, slider range and labels.

    `symbol` is a plain unicode label ("W_xf"); `html` is the same label for rich-text widgets
    ("W<sub>xf</sub>"). `gate` is 'f', 'i', 'g', 'o' or 'out' for the LSTM (the RNN and GRU
    tables use their own gate letters). `tooltip` says in plain words what raising it does.
    """

    name: str
    default: float
    minimum: float
    maximum: float
    symbol: str
    gate: str
    kind: str
    tooltip: str
    html: str = ""
    words: str = ""  # what it is, said aloud: "forget gate input weight" ("" : its kind)

    @property
    def spoken(self) -> str:
        """What the parameter is in plain words, for a screen reader."""
        return self.words or self.kind


class ParamSet:
    """Behaviour shared by the parameter dataclasses: conversion, copying, batching."""

    SPECS: ClassVar[Mapping[str, ParamSpec]]

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The parameter names in field order."""
        return _field_names(cls)

    def to_dict(self) -> dict[str, ParamValue]:
        """The parameters as {name: value}; values are floats or copies of arrays."""
        return {name: _copy_value(getattr(self, name)) for name in self.names()}

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Self:
        """Build from {name: value}; a missing, unknown or non-finite field is a ValueError."""
        names = cls.names()
        unknown = [key for key in values if key not in names]
        if unknown:
            raise ValueError(f"unknown parameter {unknown[0]!r}; the parameters are {names}")
        missing = [name for name in names if name not in values]
        if missing:
            raise ValueError(f"parameter {missing[0]!r} is missing")
        return cls(**{name: _checked_value(name, values[name]) for name in names})

    def copy(self) -> Self:
        return dataclasses.replace(self, **self.to_dict())  # type: ignore[type-var]

    def replace(self, **changes: Any) -> Self:
        """A copy with some parameters changed; an unknown name is a ValueError."""
        names = self.names()
        for key in changes:
            if key not in names:
                raise ValueError(f"unknown parameter {key!r}; the parameters are {names}")
        values = self.to_dict()
        values.update({key: _checked_value(key, value) for key, value in changes.items()})
        return type(self)(**values)

    def as_vector(self) -> np.ndarray:
        """The parameters in field order: shape (P,), or (P, B) when any field is batched."""
        values = [getattr(self, name) for name in self.names()]
        if all(type(value) is float for value in values):
            return np.array(values)
        return np.array(np.broadcast_arrays(*values), float)

    @classmethod
    def from_vector(cls, vector: Any) -> Self:
        """Inverse of `as_vector`: a (P,) vector gives floats, a (P, B) array gives arrays."""
        array = np.asarray(vector, dtype=float)
        names = cls.names()
        if array.shape[:1] != (len(names),) or array.ndim > 2:
            raise ValueError(
                f"expected shape ({len(names)},) or ({len(names)}, B), got {array.shape}"
            )
        bad = np.flatnonzero(~np.all(np.isfinite(array.reshape(len(names), -1)), axis=1))
        if bad.size:
            raise ValueError(f"parameter {names[bad[0]]!r} must be finite")
        if array.ndim == 1:
            return cls(*array.tolist())
        return cls(*(row.copy() for row in array))

    @classmethod
    def defaults(cls) -> Self:
        return cls()

    @property
    def batch_shape(self) -> tuple[int, ...]:
        """() when every field is a float, (B,) when the fields broadcast to B cells."""
        return np.broadcast_shapes(*(np.shape(getattr(self, n)) for n in self.names()))

    @property
    def is_batched(self) -> bool:
        return self.batch_shape != ()

    def at(self, index: int) -> Self:
        """The scalar parameters of cell `index` of a batched set."""
        shape = self.batch_shape
        values = {}
        for name in self.names():
            value = np.broadcast_to(np.asarray(getattr(self, name), float), shape)
            values[name] = float(value[index]) if shape else float(value)
        return type(self)(**values)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            np.array_equal(getattr(self, name), getattr(other, name)) for name in self.names()
        )

    __hash__ = None  # type: ignore[assignment]


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


def _copy_value(value: ParamValue) -> ParamValue:
    if isinstance(value, np.ndarray):
        return value.copy() if value.ndim else float(value)
    return value


def _checked_value(name: str, value: Any) -> ParamValue:
    if isinstance(value, np.ndarray) and value.ndim > 0:
        if value.ndim != 1:
            raise ValueError(f"parameter {name!r} must be a number or a 1-D array")
        try:
            array = value.astype(float)
        except (TypeError, ValueError):
            raise ValueError(f"parameter {name!r} must hold numbers") from None
        if not np.all(np.isfinite(array)):
            raise ValueError(f"parameter {name!r} must be finite")
        return array
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"parameter {name!r} must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"parameter {name!r} must be finite, not {number}")
    return number


# ---------------------------------------------------------------- LSTM


@dataclass(frozen=True)
class GateSpec:
    """One of the four gates: the one table its names, symbol and parameters come from."""

    key: str  # "f", "i", "g", "o": the field of the trace
    name: str  # "forget gate" (a Phrase: messages that name the gate are said translated)
    short: str  # "forget", where space is short
    role: str  # what it decides, in words
    symbol: str  # as printed in the equations: "f", "C̃"
    activation: str  # "σ" or "tanh"
    suffix: str  # of its parameters: w_x<suffix>, w_h<suffix>, b_<suffix>

    @property
    def params(self) -> tuple[str, str, str]:
        """Names of its input weight, recurrent weight and bias."""
        return (f"w_x{self.suffix}", f"w_h{self.suffix}", f"b_{self.suffix}")


GATE_SPECS: dict[str, GateSpec] = {
    spec.key: spec
    for spec in (
        GateSpec(
            key="f",
            name=Phrase("forget gate"),
            short="forget",
            role="how much of the old cell state C(t−1) is kept",
            symbol="f",
            activation="σ",
            suffix="f",
        ),
        GateSpec(
            key="i",
            name=Phrase("input gate"),
            short="input",
            role="how much of the new candidate C̃(t) is written into the cell state",
            symbol="i",
            activation="σ",
            suffix="i",
        ),
        GateSpec(
            key="g",
            name=Phrase("cell candidate"),
            short="candidate",
            role="the new value C̃(t) offered to the cell state",
            symbol="C̃",
            activation="tanh",
            suffix="c",
        ),
        GateSpec(
            key="o",
            name=Phrase("output gate"),
            short="output",
            role="how much of tanh(C(t)) is let out as the hidden state h(t)",
            symbol="o",
            activation="σ",
            suffix="o",
        ),
    )
}


def _lstm_specs() -> dict[str, ParamSpec]:
    specs: dict[str, ParamSpec] = {}
    for gate, spec in GATE_SPECS.items():
        suffix, words, role = spec.suffix, spec.name, spec.role
        opens = "opens it (towards 1)" if gate != "g" else "pushes C̃ towards +1"
        specs[f"w_x{suffix}"] = ParamSpec(
            name=f"w_x{suffix}",
            default=0.5,
            minimum=-2.0,
            maximum=2.0,
            symbol=f"W_x{suffix}",
            gate=gate,
            kind="input weight",
            tooltip=(
                f"Input weight of the {words}, which sets {role}. Raising w_x{suffix} makes the "
                f"{words} listen more to the input x(t): a positive input then {opens}."
            ),
            html=f"W<sub>x{suffix}</sub>",
            words=f"{words} input weight",
        )
        specs[f"w_h{suffix}"] = ParamSpec(
            name=f"w_h{suffix}",
            default=0.5,
            minimum=-2.0,
            maximum=2.0,
            symbol=f"W_h{suffix}",
            gate=gate,
            kind="recurrent weight",
            tooltip=(
                f"Recurrent weight of the {words}, which sets {role}. Raising w_h{suffix} makes "
                f"the {words} listen more to the previous hidden state h(t−1): a positive h(t−1) "
                f"then {opens}."
            ),
            html=f"W<sub>h{suffix}</sub>",
            words=f"{words} recurrent weight",
        )
        specs[f"b_{suffix}"] = ParamSpec(
            name=f"b_{suffix}",
            default=0.0,
            minimum=-1.0,
            maximum=1.0,
            symbol=f"b_{suffix}",
            gate=gate,
            kind="bias",
            tooltip=(
                f"Bias of the {words}, which sets {role}. Raising b_{suffix} {opens} "
                f"whatever the inputs are; lowering it does the opposite."
            ),
            html=f"b<sub>{suffix}</sub>",
            words=f"{words} bias",
        )
    specs["w_out"] = ParamSpec(
        name="w_out",
        default=1.0,
        minimum=-2.0,
        maximum=2.0,
        symbol="W_out",
        gate="out",
        kind="output weight",
        tooltip=(
            "Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output y(t) "
            "follow the hidden state h(t) more strongly; a negative value flips it."
        ),
        html="W<sub>out</sub>",
    )
    specs["b_out"] = ParamSpec(
        name="b_out",
        default=0.0,
        minimum=-1.0,
        maximum=1.0,
        symbol="b_out",
        gate="out",
        kind="output bias",
        tooltip="Output bias: raising b_out shifts every output y(t) up by the same amount.",
        html="b<sub>out</sub>",
    )
    return specs


#: The one table of the LSTM's parameters, in slider order (gate by gate, then the output).
PARAM_SPECS: dict[str, ParamSpec] = _lstm_specs()
PARAM_NAMES: tuple[str, ...] = tuple(PARAM_SPECS)

#: "Simple" mode: one slider per gate weight sets both the input and the recurrent weight.
#: Biases and the output parameters stand for themselves. Order is slider order.
SIMPLE_GROUPS: dict[str, tuple[str, ...]] = {
    "w_f": ("w_xf", "w_hf"),
    "b_f": ("b_f",),
    "w_i": ("w_xi", "w_hi"),
    "b_i": ("b_i",),
    "w_c": ("w_xc", "w_hc"),
    "b_c": ("b_c",),
    "w_o": ("w_xo", "w_ho"),
    "b_o": ("b_o",),
    "w_out": ("w_out",),
    "b_out": ("b_out",),
}


def _simple_specs() -> dict[str, ParamSpec]:
    specs: dict[str, ParamSpec] = {}
    for name, members in SIMPLE_GROUPS.items():
        first = PARAM_SPECS[members[0]]
        if len(members) == 1:
            specs[name] = first
            continue
        gate = GATE_SPECS[first.gate]
        words, role, suffix = gate.name, gate.role, gate.suffix
        specs[name] = ParamSpec(
            name=name,
            default=first.default,
            minimum=first.minimum,
            maximum=first.maximum,
            symbol=f"W_{suffix}",
            gate=first.gate,
            kind="weight",
            tooltip=(
                f"Weight of the {words}, which sets {role}. It sets both the input weight "
                f"w_x{suffix} and the recurrent weight w_h{suffix}, so the gate listens to x(t) "
                f"and h(t−1) equally; raising it makes the gate follow both more strongly."
            ),
            html=f"W<sub>{suffix}</sub>",
            words=f"{words} weight",
        )
    return specs


#: Specs of the simple-mode sliders, keyed like SIMPLE_GROUPS.
SIMPLE_SPECS: dict[str, ParamSpec] = _simple_specs()


def expand_simple(name: str, value: float) -> dict[str, float]:
    """The full parameters a simple-mode slider sets: expand_simple('w_f', 0.8) ->
    {'w_xf': 0.8, 'w_hf': 0.8}. A full parameter name expands to itself."""
    if name in SIMPLE_GROUPS:
        return dict.fromkeys(SIMPLE_GROUPS[name], value)
    if name in PARAM_SPECS:
        return {name: value}
    raise ValueError(f"unknown parameter {name!r}")


def simple_gradients(grads: Mapping[str, float]) -> dict[str, float]:
    """∂MSE/∂ of each simple-mode slider: a slider that moves w_xf and w_hf together has the
    sum of their gradients (chain rule). ``grads`` maps full parameter names to gradients."""
    return {
        name: float(sum(grads[member] for member in members))
        for name, members in SIMPLE_GROUPS.items()
    }


@dataclass(eq=False)
class LSTMParams(ParamSet):
    """The 14 parameters of the scalar LSTM cell (see PARAM_SPECS for meaning and ranges)."""

    SPECS: ClassVar[Mapping[str, ParamSpec]] = PARAM_SPECS

    w_xf: ParamValue = 0.5
    w_hf: ParamValue = 0.5
    b_f: ParamValue = 0.0
    w_xi: ParamValue = 0.5
    w_hi: ParamValue = 0.5
    b_i: ParamValue = 0.0
    w_xc: ParamValue = 0.5
    w_hc: ParamValue = 0.5
    b_c: ParamValue = 0.0
    w_xo: ParamValue = 0.5
    w_ho: ParamValue = 0.5
    b_o: ParamValue = 0.0
    w_out: ParamValue = 1.0
    b_out: ParamValue = 0.0

    def simple_value(self, name: str) -> ParamValue:
        """The value a simple-mode slider shows: its first member (the input weight)."""
        return getattr(self, SIMPLE_GROUPS[name][0])

    def is_simple(self) -> bool:
        """True when every simple-mode group holds one value (input weight == recurrent)."""
        return all(
            np.array_equal(getattr(self, members[0]), getattr(self, other))
            for members in SIMPLE_GROUPS.values()
            for other in members[1:]
        )
