"""The forecasting lesson as data: its options, their checks, its card, its model in words.

A lesson of kind "forecast" keeps in ``options`` what the student chose in the three steps:

    signal        sine, two-sines, sawtooth, square, damped, or csv (a teacher's series)
    frequency     cycles per step of the generated signal
    length        values of the generated signal
    noise         standard deviation of the noise added to it
    window        values the model reads before each prediction (W)
    test_size     values held out at the end for the forecasts
    hidden        units of the LSTM layer (H)
    epochs        epochs per press of Train
    learning_rate, batch_size, clip_norm (0: no clipping), seed
    series        the teacher's numbers, only with signal "csv"
    series_name   where they came from (a file name), only with signal "csv"

A file may name only some of them; the others take their defaults. Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.errors import LessonError
from lstm_lab.core.files import read_user_text
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine.forecast import (
    HIDDEN_RANGE,
    SIGNALS,
    init_model,
    load_series_csv,
    make_signal,
    parameter_count,
    prepare_data,
    rolling_test_forecast,
    train,
)

KIND = "forecast"
#: The views of the forecast window, as lesson files name them.
VIEW_KEYS = ("data", "model", "forecast", "training", "inside")

#: The signals by name, with the words the window shows (translated where shown, in the
#: context "ForecastOptions").
SIGNAL_TITLES: dict[str, str] = {
    "sine": QT_TRANSLATE_NOOP("ForecastOptions", "Sine wave"),
    "two-sines": QT_TRANSLATE_NOOP("ForecastOptions", "Sum of two sines"),
    "sawtooth": QT_TRANSLATE_NOOP("ForecastOptions", "Sawtooth"),
    "square": QT_TRANSLATE_NOOP("ForecastOptions", "Square wave"),
    "damped": QT_TRANSLATE_NOOP("ForecastOptions", "Damped sine"),
    "csv": QT_TRANSLATE_NOOP("ForecastOptions", "Your series (CSV)"),
}
assert set(SIGNAL_TITLES) == set(SIGNALS) | {"csv"}

#: A teacher's series: at most this many values (an epoch of 20,000 windows takes seconds).
MAX_SERIES = 20_000
#: A series value is 0 or at least this large: smaller ones (denormal numbers among them)
#: cannot be drawn on an axis (its tick spacing would be 0).
MIN_DRAWABLE = 1e-12
#: ... and at most this large.
MAX_SERIES_VALUE = 1e12
#: A CSV file larger than this is refused before it is read.
MAX_CSV_BYTES = 2_000_000


@dataclass(frozen=True)
class NumberOption:
    """One numeric option: its range (inclusive), default, whether it is whole, its words."""

    name: str
    low: float
    high: float
    default: float
    whole: bool
    words: str


# fmt: off
NUMBERS: tuple[NumberOption, ...] = (
    NumberOption("frequency", 0.005, 0.25, 0.02, False, "the frequency"),
    NumberOption("length", 100, 3000, 600, True, "the length"),
    NumberOption("noise", 0.0, 0.5, 0.0, False, "the noise"),
    NumberOption("window", 2, 60, 20, True, "the window"),
    NumberOption("test_size", 10, 500, 50, True, "the test span"),
    NumberOption("hidden", *HIDDEN_RANGE, 32, True, "the number of units"),
    NumberOption("epochs", 1, 5000, 60, True, "the number of epochs"),
    NumberOption("learning_rate", 0.0001, 0.1, 0.01, False, "the learning rate"),
    NumberOption("batch_size", 1, 1024, 64, True, "the batch size"),
    NumberOption("clip_norm", 0.0, 100.0, 1.0, False, "the gradient clipping norm"),
    NumberOption("seed", 0, 2**31 - 1, 0, True, "the seed"),
)
# fmt: on
NUMBER_BY_NAME = {option.name: option for option in NUMBERS}

#: Options that change the data (step 1), and those that change the model (step 2).
DATA_OPTIONS = frozenset(
    {"signal", "frequency", "length", "noise", "window", "test_size", "seed", "series"}
)
MODEL_OPTIONS = frozenset({"hidden", "seed"})


def default_options() -> dict[str, Any]:
    """The default lesson: a sine wave of 600 values, LSTM(32), windows of 20."""
    options: dict[str, Any] = {"signal": "sine"}
    for option in NUMBERS:
        options[option.name] = int(option.default) if option.whole else float(option.default)
    return options


def _error(text: str) -> Exception:
    return LessonError(text)


def _number(options: Mapping[str, Any], option: NumberOption) -> int | float:
    value = options[option.name]
    name = option.name
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _error(
            translate("ForecastOptions", '"options" {name} must be a number, not {value}').format(
                name=name, value=repr(value)
            )[:120]
        )
    if isinstance(value, int) and abs(value) > 2**63:  # beyond every range (and every float)
        low = int(option.low) if option.whole else option.low
        high = int(option.high) if option.whole else option.high
        raise _error(
            translate("ForecastOptions", '"options" {name} must be from {low} to {high}').format(
                name=name, low=f"{low:,}", high=f"{high:,}"
            )
        )
    if not math.isfinite(value):
        raise _error(
            translate("ForecastOptions", '"options" {name} must be a finite number').format(
                name=name
            )
        )
    if option.whole and value != int(value):
        raise _error(
            translate(
                "ForecastOptions", '"options" {name} must be a whole number, not {value}'
            ).format(name=name, value=value)
        )
    if not option.low <= value <= option.high:
        low = int(option.low) if option.whole else option.low
        high = int(option.high) if option.whole else option.high
        raise _error(
            translate(
                "ForecastOptions", '"options" {name} must be from {low} to {high}, not {value}'
            ).format(name=name, low=f"{low:,}", high=f"{high:,}", value=f"{value:,}")
        )
    return int(value) if option.whole else float(value)


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """Every option of a forecast lesson, checked, with defaults for those not named.

    Raises LessonError naming the first problem: an unknown name, a value of the wrong type,
    out of range or not finite, a series too short for its window and test span.
    """
    if not isinstance(options, Mapping):
        raise _error(translate("ForecastOptions", '"options" must be a set of named settings'))
    known = {"signal", "series", "series_name", *NUMBER_BY_NAME}
    unknown = sorted(set(options) - known)
    if unknown:
        raise _error(
            translate(
                "ForecastOptions", '"options" has an unknown name {name} (known: {known})'
            ).format(name=repr(unknown[0]), known=", ".join(sorted(known)))
        )
    merged = {**default_options(), **options}
    checked: dict[str, Any] = {}
    signal = merged["signal"]
    if not isinstance(signal, str) or signal not in SIGNAL_TITLES:
        shown = repr(signal)[:40]
        raise _error(
            translate(
                "ForecastOptions", '"options" signal must be one of {signals}, not {value}'
            ).format(signals=", ".join(SIGNAL_TITLES), value=shown)
        )
    checked["signal"] = signal
    for option in NUMBERS:
        checked[option.name] = _number(merged, option)
    series = merged.get("series")
    if signal == "csv":
        if not isinstance(series, list):
            raise _error(
                translate(
                    "ForecastOptions",
                    '"options" series must be a list of numbers when the signal is csv',
                )
            )
        if len(series) > MAX_SERIES:
            raise _error(
                translate(
                    "ForecastOptions", '"options" series has {count} values; at most {most}'
                ).format(count=f"{len(series):,}", most=f"{MAX_SERIES:,}")
            )
        for k, value in enumerate(series):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _error(
                    translate(
                        "ForecastOptions", '"options" series value {number} must be a number'
                    ).format(number=k + 1)
                )
            if abs(value) > MAX_SERIES_VALUE or not math.isfinite(value):
                raise _error(
                    translate(
                        "ForecastOptions", '"options" series value {number} must be a finite number'
                    ).format(number=k + 1)
                )
            if value != 0 and abs(value) < MIN_DRAWABLE:
                where = translate("ForecastOptions", '"options" series value {number}')
                raise _error(_too_small(where.format(number=k + 1), value))
        name = merged.get("series_name", "")
        if not isinstance(name, str) or len(name) > 200:
            raise _error(
                translate(
                    "ForecastOptions",
                    '"options" series_name must be a text of at most 200 characters',
                )
            )
        checked["series"] = [float(value) for value in series]
        checked["series_name"] = name
        length = len(series)
    else:
        for key in ("series", "series_name"):
            if key in options:
                raise _error(
                    translate(
                        "ForecastOptions",
                        '"options" {name} is only for the signal csv, not {signal}',
                    ).format(name=key, signal=signal)
                )
        length = checked["length"]
    needed = checked["window"] + checked["test_size"] + 1
    if length < needed:
        raise _error(
            translate(
                "ForecastOptions",
                "the series has {count} values: too few for a test span of {test_size} and "
                "windows of {window} (at least {needed} are needed)",
            ).format(
                count=f"{length:,}",
                test_size=checked["test_size"],
                window=checked["window"],
                needed=f"{needed:,}",
            )
        )
    return checked


# ----------------------------------------------------------------------------- the series
def series_of(options: Mapping[str, Any]) -> np.ndarray:
    """The series the options describe (generated from the seed, or the teacher's numbers)."""
    if options["signal"] == "csv":
        return np.asarray(options["series"], dtype=np.float64)
    rng = np.random.default_rng([int(options["seed"]), 0])
    return make_signal(
        options["signal"],
        int(options["length"]),
        rng,
        frequency=float(options["frequency"]),
        noise=float(options["noise"]),
    )


def read_series_file(path: str | os.PathLike[str]) -> np.ndarray:
    """The numbers of a one-column CSV file; ValueError naming the file and the line."""
    path = Path(path)
    text = read_user_text(
        path,
        what=translate("ForecastOptions", "a text file of numbers"),
        max_bytes=MAX_CSV_BYTES,
    )
    try:
        values = load_series_csv(text)
    except ValueError as error:
        raise ValueError(f"{path.name}: {error_text(error)}") from None
    if values.shape[0] > MAX_SERIES:
        raise ValueError(
            translate(
                "ForecastOptions",
                "{file}: the file holds {count} values; at most {most} can be used",
            ).format(file=path.name, count=f"{values.shape[0]:,}", most=f"{MAX_SERIES:,}")
        )
    if np.any(np.abs(values) > MAX_SERIES_VALUE):
        raise ValueError(
            translate("ForecastOptions", "{file}: its values must lie within ±{bound}").format(
                file=path.name, bound=f"{MAX_SERIES_VALUE:g}"
            )
        )
    tiny = np.flatnonzero((values != 0) & (np.abs(values) < MIN_DRAWABLE))
    if tiny.size:
        where = translate("ForecastOptions", "value {number}").format(number=tiny[0] + 1)
        raise ValueError(f"{path.name}: {_too_small(where, values[tiny[0]])}")
    return values


def _too_small(where: str, value: float) -> str:
    return translate(
        "ForecastOptions",
        "{where} is too small to draw ({value}): use 0 or a number of at least {least} "
        "(scale the whole series up)",
    ).format(where=where, value=f"{value:.3g}", least=f"{MIN_DRAWABLE:g}")


# ----------------------------------------------------------------------------- step 2 in words
@dataclass(frozen=True)
class LayerRow:
    """One block of the model: its name, what it maps, its count as a formula and in numbers."""

    name: str
    shape: str
    formula: str
    numbers: str
    count: int


def parameter_table(hidden: int, inputs: int = 1) -> list[LayerRow]:
    """The LSTM layer and the Dense head with their parameter counts (PyTorch's two biases)."""
    lstm = 4 * hidden * (inputs + hidden + 2)
    dense = hidden + 1
    assert lstm + dense == parameter_count(hidden, inputs)
    return [
        LayerRow(
            f"LSTM({hidden})",
            f"x(t) ({inputs} value) → h(t) ({hidden} values)",
            "4H(D + H + 2)",
            f"4·{hidden}·({inputs} + {hidden} + 2) = {lstm:,}",
            lstm,
        ),
        LayerRow(
            "Dense(1)",
            f"h(W) ({hidden} values) → ŷ (1 value)",
            "H + 1",
            f"{hidden} + 1 = {dense:,}",
            dense,
        ),
    ]


# ----------------------------------------------------------------------------- the card
@functools.cache
def _card_curves(signal: str, frequency: float, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """A short series of the signal and a small model's rolling forecast of its last third."""
    rng = np.random.default_rng(0)
    length, window, test = 150, 12, 50
    cycles = min(max(frequency, 0.02), 0.06)  # about five periods on the card
    series = make_signal(signal, length, rng, frequency=cycles, noise=min(noise, 0.1))
    data = prepare_data(series, window, test)
    weights = init_model(8, rng)
    results = list(train(data, weights, rng, 25, learning_rate=0.03, batch_size=32))
    forecast = np.full(length, np.nan)
    forecast[data.split :] = rolling_test_forecast(results[-1].weights, data)
    return series, forecast


def card_picture(lesson: Any) -> tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]:
    """The card: the series as bars and a small model's rolling forecast over its last third
    (a 40-ms training of LSTM(8), made once per signal)."""
    options = check_options(dict(getattr(lesson, "options", {}) or {}))
    if options["signal"] == "csv":
        values = np.asarray(options["series"], dtype=np.float64)
        values = values[-min(values.shape[0], 150) :]
        return values / max(float(np.max(np.abs(values))), 1e-12), []
    series, forecast = _card_curves(
        options["signal"], float(options["frequency"]), float(options["noise"])
    )
    step = 3  # 50 bars on a card
    return series[::step], [(forecast[::step], "forecast", False)]
