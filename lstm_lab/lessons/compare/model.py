"""The lesson "Who remembers?": the RNN, the LSTM and the GRU side by side on one sequence.

Plain Python, no Qt. `CompareModel` holds one `LabModel` per cell (their parameters, the shared
sequence, the step shown) and, after every change of a cell, that cell's memory results:
retention after the first input, whether the first input's height can still be read from h
(the read-out's R²), gradient(k) by backpropagation through time with the reference lines that
hold for the cell, how many steps it remembers and how many the height stays readable
(`lstm_lab.engine.memory`). `PRESETS` are settings the window offers by name. It also holds
the race's delay k, the race itself (`race`: its first seed, number of seeds, learning rate,
each cell's loss history and the verdict, `lstm_lab.lessons.compare.race`) and the parameter
table's input size m and number of units n (not the race's number of units, ``race_units``).

A lesson file of kind "compare" keeps these in ``"options"``::

    {"sequence": [1, 0, …], "params": {"rnn": {"w_hh": 0.8, …}, "lstm": {…}, "gru": {…}},
     "delay": 5, "learning_rate": 0.05, "seeds": 5, "race_units": 1, "inputs": 1, "units": 1}

every key optional; `check_options` refuses unknown keys and out-of-range or non-finite values.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from lstm_lab.core.cell_model import LabModel
from lstm_lab.core.errors import LessonError
from lstm_lab.core.events import Events, event
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine import CELLS, MAX_ITEMS, MAX_MAGNITUDE
from lstm_lab.engine.memory import (
    gradient_profile,
    gradient_references,
    latch_from,
    param_count,
    readable_for,
    readout_r2,
    remembers_for,
    retention,
    torch_param_count,
)
from lstm_lab.engine.race import (
    DEFAULT_EPOCHS,
    DEFAULT_SEEDS,
    LEARNING_RATE,
    LEARNING_RATE_RANGE,
    MAX_DELAY,
    MAX_SEEDS,
    MAX_UNITS,
)
from lstm_lab.lessons.compare.race import RaceRecord, RaceRun

#: The cells, in the order the window shows them.
ORDER = ("rnn", "lstm", "gru")
#: The colour role (theme series key) of each cell in every plot.
CELL_ROLES = {"rnn": "g", "lstm": "c", "gru": "f"}
#: The marker along each cell's line in every plot: the cells' lines are solid (the reference
#: lines are the dashed ones, as the lessons say), so they differ by more than colour this way.
CELL_MARKERS = {"rnn": "t", "lstm": "o", "gru": "s"}
#: A pulse, then 49 zeros.
DEFAULT_SEQUENCE = (1.0,) + (0.0,) * 49
DEFAULT_DELAY = 5
MAX_SIZE = 4096
VIEW_KEYS = ("sequence", "hidden", "retention", "gradient", "counts", "race", "gruMath", "text")
OPTION_KEYS = (
    "sequence",
    "params",
    "delay",
    "learning_rate",
    "seeds",
    "race_units",
    "inputs",
    "units",
)

EVENTS = (
    event("sequence"),  # the shared sequence changed
    event("results", str),  # (name,) a cell's trace and memory results were recomputed
    event("sizes"),  # m or n changed
    event("delay"),  # the race's k changed
    event("cursor", int),  # (t,) the step the diagrams show
    event("raceSeed", int),  # (seed,) the race's first seed changed
    event("raceSettings"),  # the race's seeds, learning rate or units changed
    event("raceRunning", bool),  # (running,) a race started or ended
    event("raceProgress", signal="raceProgressed"),  # the loss histories grew (see publish_race)
    event("raceVerdict", str),  # (text,) the race's verdict changed
)
EVENT_NAMES = tuple(spec.name for spec in EVENTS)


@dataclass(frozen=True)
class CellResults:
    """What one cell does with the sequence: its hidden state, retention(k) and the read-out's
    R²(k) for k = 1 … T, gradient(k) and the cell's reference lines for k = 0 … T−1, for how
    many steps it remembers, for how many the first input's height stays readable, and the
    first step at which it is a latch (0: never)."""

    h: np.ndarray
    retention: np.ndarray
    gradient: np.ndarray
    remembers_for: int
    readout_r2: np.ndarray
    readable_for: int
    latch_from: int
    references: Mapping[str, np.ndarray]


def compute_results(name: str, params: Any, sequence: Any, trace: Any = None) -> CellResults:
    """``trace``: the cell's run over ``sequence`` from zero states, where the caller has it
    (a `LabModel`'s); else it is run here. Each step of the sequence costs one forward pass
    (run A, shared by h, retention, the gradients and the reference lines), one backward pass,
    at most one more forward pass (run B of retention, which ends where the cell has forgotten)
    and one forward pass of the read-out's eight heights at once (which ends where they have
    become one state)."""
    cell = CELLS[name]
    xs = np.asarray(sequence, dtype=np.float64)
    with np.errstate(all="ignore"):
        if trace is None:
            trace = cell.run(params, xs)
        kept = retention(cell, params, xs, trace=trace)
        grads = gradient_profile(cell, params, xs, trace=trace)
        references = gradient_references(cell, params, xs, trace=trace)
        r2 = readout_r2(cell, params, xs)
    return CellResults(
        h=np.asarray(trace.h),
        retention=kept,
        gradient=grads,
        remembers_for=remembers_for(kept),
        readout_r2=r2,
        readable_for=readable_for(r2),
        latch_from=latch_from(kept, r2),
        references=references,
    )


@dataclass(frozen=True)
class Preset:
    """A setting the window offers by name: parameters of some cells (each the whole set) and,
    where given, the sequence; ``note`` says in one or two sentences what to look at."""

    key: str
    title: str
    note: str
    params: Mapping[str, Mapping[str, float]]
    sequence: tuple[float, ...] | None = None


#: The LSTM of the built-in lesson: h feeds back into every gate and into C̃.
SELF_EXCITING_LSTM = {
    "w_xf": 0.5, "w_hf": 0.5, "b_f": 3.0, "w_xi": 0.5, "w_hi": 0.5, "b_i": 0.0,
    "w_xc": 0.5, "w_hc": 0.5, "b_c": 0.0, "w_xo": 0.5, "w_ho": 0.5, "b_o": 0.0,
    "w_out": 1.0, "b_out": 0.0,
}  # fmt: skip
#: A tiny pulse, then zeros: 12 steps, short enough for h to stay off tanh's flat ends.
EXPLODING_SEQUENCE = (0.01,) + (0.0,) * 11

PRESETS: tuple[Preset, ...] = (
    Preset(
        "quiet",
        QT_TRANSLATE_NOOP("CompareWindow", "LSTM, w_hc = 0: a quiet C̃"),
        QT_TRANSLATE_NOOP(
            "CompareWindow",
            "w_hc = 0: h no longer feeds the candidate C̃, so after the pulse nothing new is "
            "written and C only fades by f(t) at every step. The LSTM's gradient follows its "
            "dash-dot Π f(t) line.",
        ),
        {"lstm": {**SELF_EXCITING_LSTM, "w_hc": 0.0}},
        DEFAULT_SEQUENCE,
    ),
    Preset(
        "self-exciting",
        QT_TRANSLATE_NOOP("CompareWindow", "LSTM, w_hc = 0.5: h feeds C̃"),
        QT_TRANSLATE_NOOP(
            "CompareWindow",
            "w_hc = 0.5: h feeds back into C̃, so the cell keeps writing after the pulse; C "
            "grows to 3.28, where tanh is flat, and h ends near 0.57 whatever the pulse's "
            "height.",
        ),
        {"lstm": dict(SELF_EXCITING_LSTM)},
        DEFAULT_SEQUENCE,
    ),
    Preset(
        "explodes",
        QT_TRANSLATE_NOOP("CompareWindow", "RNN, w_hh = 1.5: it explodes"),
        QT_TRANSLATE_NOOP(
            "CompareWindow",
            "While h stays small, every step back multiplies the RNN's gradient by about 1.5. "
            "On a longer sequence h climbs to 0.859, where 1.5·(1 − h²) = 0.39 is below 1, and "
            "the gradient vanishes instead.",
        ),
        {"rnn": {"w_in": 0.5, "w_hh": 1.5, "b": 0.0, "w_out": 1.0}},
        EXPLODING_SEQUENCE,
    ),
)
PRESET_KEYS = tuple(preset.key for preset in PRESETS)


def preset_named(key: str) -> Preset:
    for preset in PRESETS:
        if preset.key == key:
            return preset
    raise ValueError(
        translate("CompareOptions", "no preset {key}; the presets are {keys}").format(
            key=repr(key), keys=", ".join(PRESET_KEYS)
        )
    )


def plain_trace(model: LabModel) -> Any:
    """The model's trace where it is the cell's plain run over its sequence (zero initial
    states, no gate pinned, no target), else None."""
    if model.clamps or any(model.initial.values()) or model.target is not None:
        return None
    return model.trace


class CompareModel:
    """The three cells, the shared sequence, the race's k, the race and the table's m and n."""

    EVENTS = EVENTS  # the events a Qt adapter re-emits (lstm_lab.ui.adapter)

    def __init__(self) -> None:
        self.events = Events(*EVENTS)
        self.race = RaceRecord(self.events)
        self.models = {name: LabModel(CELLS[name]) for name in ORDER}
        self._delay = DEFAULT_DELAY
        self._inputs = 1
        self._units = 1
        self._results: dict[str, CellResults] = {}
        for name, model in self.models.items():
            model.set_sequence(DEFAULT_SEQUENCE)
            model.events.trace.connect(lambda name=name: self._recompute(name))
            self._results[name] = compute_results(
                name, model.params, model.sequence, plain_trace(model)
            )

    # ----------------------------------------------------------------- reading
    @property
    def sequence(self) -> np.ndarray:
        return self.models["lstm"].sequence

    def params(self, name: str) -> Any:
        return self.models[name].params

    def results(self, name: str) -> CellResults:
        return self._results[name]

    @property
    def delay(self) -> int:
        return self._delay

    @property
    def inputs(self) -> int:
        return self._inputs

    @property
    def units(self) -> int:
        return self._units

    @property
    def cursor(self) -> int:
        return self.models["lstm"].cursor

    def param_counts(self) -> dict[str, int]:
        return {name: param_count(name, self._inputs, self._units) for name in ORDER}

    def torch_counts(self) -> dict[str, int]:
        return {name: torch_param_count(name, self._inputs, self._units) for name in ORDER}

    # ----------------------------------------------------------------- writing
    def set_param(self, name: str, param: str, value: float) -> None:
        self.models[name].set_param(param, value)

    def set_params(self, name: str, values: Mapping[str, float]) -> None:
        self.models[name].set_params(values)

    def reset_params(self, name: str) -> None:
        self.models[name].reset_params()

    def set_sequence(self, values: Iterable[float]) -> None:
        values = np.asarray(list(values), dtype=np.float64)
        if np.array_equal(values, self.sequence):
            return
        for model in self.models.values():
            model.set_sequence(values)
        self.events.sequence.emit()

    def set_delay(self, delay: int) -> None:
        delay = _whole(delay, translate("CompareOptions", "the delay k"), 1, MAX_DELAY, ValueError)
        if delay != self._delay:
            self._delay = delay
            self.events.delay.emit()

    def set_sizes(self, inputs: int | None = None, units: int | None = None) -> None:
        m = self._inputs if inputs is None else _whole(inputs, "m", 1, MAX_SIZE, ValueError)
        n = self._units if units is None else _whole(units, "n", 1, MAX_SIZE, ValueError)
        if (m, n) != (self._inputs, self._units):
            self._inputs, self._units = m, n
            self.events.sizes.emit()

    def go_to(self, t: int) -> None:
        for model in self.models.values():
            model.go_to(t)
        self.events.cursor.emit(self.cursor)

    # ----------------------------------------------------------------- the race
    def set_race_seed(self, seed: int) -> None:
        self.race.set_seed(seed)

    def set_race_seeds(self, count: int) -> None:
        """How many seeds a race runs, one after the other."""
        self.race.set_seed_count(count)

    def set_race_learning_rate(self, rate: float) -> None:
        self.race.set_learning_rate(rate)

    def set_race_units(self, units: int) -> None:
        """How many units each cell of the race has (1 to `MAX_UNITS`)."""
        self.race.set_units(units)

    def race_steps(self, epochs: int = DEFAULT_EPOCHS, seeds: int | None = None) -> RaceRun:
        """A race on the delay-k echo from now on, over ``seeds`` seeds (the race's number of
        seeds if None): an iterator of its rounds, each recorded in `race` as it is drawn;
        closing it stops the race (see `lstm_lab.lessons.compare.race`). RuntimeError if a
        race is running."""
        return self.race.start(self._delay, epochs, seeds)

    # ----------------------------------------------------------------- presets
    def apply_preset(self, key: str) -> Preset:
        """Set the cells and the sequence the preset ``key`` names (`PRESETS`); the other
        cells keep their parameters."""
        preset = preset_named(key)
        if preset.sequence is not None:
            self.set_sequence(preset.sequence)
        for name, values in preset.params.items():
            self.set_params(name, {**CELLS[name].defaults().to_dict(), **values})
        return preset

    def publish_race(self) -> bool:
        """Announce the race's epochs recorded since the last call (``raceProgress``)."""
        return self.race.publish()

    def _recompute(self, name: str) -> None:
        model = self.models[name]
        self._results[name] = compute_results(
            name, model.params, model.sequence, plain_trace(model)
        )
        self.events.results.emit(name)

    # ----------------------------------------------------------------- lesson options
    def options(self) -> dict[str, Any]:
        return {
            "sequence": [float(v) for v in self.sequence],
            "params": {
                name: {k: float(v) for k, v in self.params(name).to_dict().items()}
                for name in ORDER
            },
            "delay": self._delay,
            "learning_rate": self.race.learning_rate,
            "seeds": self.race.seed_count,
            "race_units": self.race.units,
            "inputs": self._inputs,
            "units": self._units,
        }

    def apply_options(self, options: Mapping[str, Any]) -> None:
        """Show a lesson's (checked) options; what they leave out goes back to its default."""
        options = check_options(options)
        self.set_sequence(options.get("sequence", DEFAULT_SEQUENCE))
        for name in ORDER:
            values = {**CELLS[name].defaults().to_dict(), **options.get("params", {}).get(name, {})}
            self.set_params(name, values)
        self.set_delay(options.get("delay", DEFAULT_DELAY))
        self.set_race_learning_rate(options.get("learning_rate", LEARNING_RATE))
        self.set_race_seeds(options.get("seeds", DEFAULT_SEEDS))
        self.set_race_units(options.get("race_units", 1))
        self.set_sizes(options.get("inputs", 1), options.get("units", 1))
        self.go_to(self.models["lstm"].length)


# ----------------------------------------------------------------------------- lesson files
def _error(message: str) -> Exception:
    return LessonError(message)


def _whole(value: Any, what: str, low: int, high: int, error=None) -> int:
    make = error or _error
    words = translate("CompareOptions", "{what} must be a whole number from {low} to {high}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise make(words.format(what=what, low=low, high=high))
    if isinstance(value, int) and not low <= value <= high:
        raise make(words.format(what=what, low=low, high=high))
    if not math.isfinite(value) or value != int(value) or not low <= value <= high:
        raise make(
            translate(
                "CompareOptions", "{what} must be a whole number from {low} to {high}, not {value}"
            ).format(what=what, low=low, high=high, value=repr(value))
        )
    return int(value)


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _error(translate("CompareOptions", "{what} must be a number").format(what=what))
    try:
        value = float(value)
    except OverflowError:  # an integer beyond any float
        value = math.inf
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise _error(
            translate("CompareOptions", "{what} must be a finite number between ±{most}").format(
                what=what, most=f"{MAX_MAGNITUDE:g}"
            )
        )
    return value


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options of a "compare" lesson, checked (LessonError names the first problem)."""
    if not isinstance(options, Mapping):
        raise _error(translate("CompareOptions", '"options" must be a set of named settings'))
    unknown = sorted(set(options) - set(OPTION_KEYS))
    if unknown:
        known = ", ".join(OPTION_KEYS)
        raise _error(
            translate(
                "CompareOptions",
                '"options" has a setting this lesson does not know: "{name}" ({known})',
            ).format(name=unknown[0], known=known)
        )
    checked: dict[str, Any] = {}
    if "sequence" in options:
        values = options["sequence"]
        if not isinstance(values, list | tuple) or not values:
            raise _error(
                translate(
                    "CompareOptions", '"options" sequence must be a list of at least one number'
                )
            )
        if len(values) > MAX_ITEMS:
            raise _error(
                translate(
                    "CompareOptions", '"options" sequence has more than {most} values'
                ).format(most=f"{MAX_ITEMS:,}")
            )
        where = translate("CompareOptions", '"options" sequence value {number}')
        checked["sequence"] = tuple(
            _number(v, where.format(number=k + 1)) for k, v in enumerate(values)
        )
    if "params" in options:
        params = options["params"]
        if not isinstance(params, Mapping):
            raise _error(
                translate(
                    "CompareOptions", '"options" params must name the cells rnn, lstm and gru'
                )
            )
        checked["params"] = {}
        for name, values in params.items():
            if name not in ORDER:
                raise _error(
                    translate(
                        "CompareOptions",
                        '"options" params: unknown cell "{name}" (the cells: rnn, lstm, gru)',
                    ).format(name=name)
                )
            if not isinstance(values, Mapping):
                raise _error(
                    translate(
                        "CompareOptions", '"options" params of {name} must be named numbers'
                    ).format(name=name)
                )
            specs = CELLS[name].specs
            cell_values = {}
            for key, value in values.items():
                if key not in specs:
                    raise _error(
                        translate(
                            "CompareOptions",
                            '"options" params: the {name} has no parameter "{key}"',
                        ).format(name=name, key=key)
                    )
                cell_values[key] = _number(value, f'"options" params {name}.{key}')
            checked["params"][name] = cell_values
    if "delay" in options:
        checked["delay"] = _whole(options["delay"], '"options" delay', 1, MAX_DELAY)
    if "seeds" in options:
        checked["seeds"] = _whole(options["seeds"], '"options" seeds', 1, MAX_SEEDS)
    if "learning_rate" in options:
        low, high = LEARNING_RATE_RANGE
        rate = _number(options["learning_rate"], '"options" learning_rate')
        if not low <= rate <= high:
            raise _error(
                translate(
                    "CompareOptions", '"options" learning_rate must be from {low} to {high}'
                ).format(low=f"{low:g}", high=f"{high:g}")
            )
        checked["learning_rate"] = rate
    if "race_units" in options:
        checked["race_units"] = _whole(options["race_units"], '"options" race_units', 1, MAX_UNITS)
    for key in ("inputs", "units"):
        if key in options:
            checked[key] = _whole(options[key], f'"options" {key}', 1, MAX_SIZE)
    return checked


def options_to_json(options: Mapping[str, Any]) -> dict[str, Any]:
    """The checked options as a file keeps them: a copy, so that changing what a lesson's
    `to_json` returns never changes the lesson (a built-in lesson is read once and shared)."""
    return copy.deepcopy(dict(options))


def card_picture(lesson: Any) -> tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]:
    """The sequence as bars and the three hidden states after it, each in its cell's colour."""
    options = check_options(lesson.options)
    xs = np.asarray(options.get("sequence", DEFAULT_SEQUENCE), dtype=np.float64)
    lines = []
    for name in ORDER:
        cell = CELLS[name]
        values = {**cell.defaults().to_dict(), **options.get("params", {}).get(name, {})}
        with np.errstate(all="ignore"):
            h = cell.run(cell.params_type.from_dict(values), xs).h
        lines.append((np.asarray(h, dtype=np.float64), CELL_ROLES[name], False))
    return xs, lines
