"""The lesson "Remember for 100 steps" without Qt: its options, the constant error carousel by
hand (part 1) and the three trained cells on "France … speak → French" (part 2).

Part 1 is one LSTM unit whose gates are set by hand to the limits of their sigmoids: the input
gate is 1 at the marker step (the first) and 0 after, the forget gate is 1 throughout (or 0.9,
for contrast), the output gate is 0 until the query step (the last) and 1 there. Then

    C(t) = f·C(t−1) + i(t)·g(t)     h(t) = o(t)·tanh(C(t))     ∂C(T)/∂C(t) = Π_{s=t+1..T} f

so with f = 1 the cell state holds the value exactly and the gradient along it is exactly 1,
however long the gap; with f = 0.9 both shrink as 0.9^k. The engine's `carousel`
(`lstm_lab.engine.carousel`) computes it.

Part 2 is the engine's long-lag task (`lstm_lab.engine.longlag`): the shipped runs of the
three cells at the lesson's settings, their held-out accuracy and learning curves, one sample
sentence with each cell's answer, and the LSTM's cell state over that sentence, unit by unit,
with the unit that carries the country named. `training_steps` trains one cell with the
lesson's settings (a generator the window pumps one update at a time); its result replaces
the one shown when it ends.

A lesson of kind "memory" keeps in ``options``:

    value     the value part 1 keeps (−1 … 1)
    hold      the steps part 1 keeps it for (1 … 500)
    cell      the cell "Train it yourself" trains: rnn, lstm or gru
    seed      the seed of that run (and of the held-out sentences shown)
    delay     the filler words between the country and "speak" in that run (1 … 200)
    updates   that run's number of Adam updates (1 … 3000)
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.core.errors import LessonError
from lstm_lab.core.events import Events, event
from lstm_lab.core.i18n import translate
from lstm_lab.engine.carousel import MAX_HOLD, Carousel, carousel
from lstm_lab.engine.layer import lstm_layer
from lstm_lab.engine.longlag import (
    CELL_NAMES,
    LESSON,
    LongLagResult,
    LongLagSettings,
    LongLagStep,
    LongLagTask,
    held_out_set,
    lesson_settings,
    predict,
    pretrained,
    train,
)

KIND = "memory"
#: The views a lesson file may hide: the two parts' pages, the lesson text, the training panel.
VIEW_KEYS = ("carousel", "task", "text", "training")
#: The cells in the order the course introduces them, with their titles.
CELL_TITLES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
#: The colour role of each cell (as in the comparison lesson) and its line style.
CELL_ROLES = {"rnn": "g", "lstm": "c", "gru": "f"}
CELL_DASHED = {"rnn": True, "lstm": False, "gru": True}
#: The forget gate part 1 compares with f = 1.
LEAKY_FORGET = 0.9
#: The longest hold of part 1, and of the task a student may train.
MAX_TASK_DELAY = 200
MAX_UPDATES = int(LESSON["updates"])
#: Held-out sentences on which the unit that carries the country is chosen.
UNIT_SENTENCES = 256

EVENTS = (
    event("options"),
    event("results", str),
    event("sample"),
    event("progress"),
    event("training", bool),
)


# ----------------------------------------------------------------------------- options
@dataclass(frozen=True)
class _Number:
    low: float
    high: float
    default: float
    whole: bool


NUMBERS: dict[str, _Number] = {
    "value": _Number(-1.0, 1.0, 0.8, False),
    "hold": _Number(1, MAX_HOLD, MAX_HOLD, True),
    "seed": _Number(0, 2**31 - 1, 0, True),
    "delay": _Number(1, MAX_TASK_DELAY, int(LESSON["delay"]), True),
    "updates": _Number(1, MAX_UPDATES, MAX_UPDATES, True),
}


def default_options() -> dict[str, Any]:
    options: dict[str, Any] = {"cell": "lstm"}
    for name, number in NUMBERS.items():
        options[name] = int(number.default) if number.whole else float(number.default)
    return options


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """Every option, checked, with defaults for those not named; LessonError names the first
    problem (an unknown name, a wrong type, a value out of range)."""
    if not isinstance(options, Mapping):
        raise LessonError(translate("MemoryOptions", '"options" must be a set of named settings'))
    known = {"cell", *NUMBERS}
    unknown = sorted(set(options) - known)
    if unknown:
        raise LessonError(
            translate(
                "MemoryOptions", '"options" has an unknown name {name} (known: {known})'
            ).format(name=repr(str(unknown[0])[:40]), known=", ".join(sorted(known)))
        )
    merged = {**default_options(), **options}
    cell = merged["cell"]
    if not isinstance(cell, str) or cell not in CELL_NAMES:
        raise LessonError(
            translate("MemoryOptions", '"options" cell must be one of {cells}, not {value}').format(
                cells=", ".join(CELL_NAMES), value=repr(cell)[:40]
            )
        )
    checked: dict[str, Any] = {"cell": cell}
    for name, number in NUMBERS.items():
        value = merged[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise LessonError(
                translate("MemoryOptions", '"options" {name} must be a number, not {value}').format(
                    name=name, value=repr(value)[:40]
                )
            )
        if not math.isfinite(value):
            raise LessonError(
                translate("MemoryOptions", '"options" {name} must be a finite number').format(
                    name=name
                )
            )
        if number.whole and value != int(value):
            raise LessonError(
                translate(
                    "MemoryOptions", '"options" {name} must be a whole number, not {value}'
                ).format(name=name, value=value)
            )
        low, high = (
            (int(number.low), int(number.high)) if number.whole else (number.low, number.high)
        )
        if not low <= value <= high:
            raise LessonError(
                translate(
                    "MemoryOptions", '"options" {name} must be from {low} to {high}, not {value}'
                ).format(name=name, low=f"{low:,}", high=f"{high:,}", value=f"{value:,}")
            )
        checked[name] = int(value) if number.whole else float(value)
    return checked


# ----------------------------------------------------------------------------- part 2
def _loss_curve(losses: np.ndarray, points: int = 200) -> list[tuple[int, float]]:
    """The mean loss of at most ``points`` equal stretches of updates (as the shipped files
    keep it)."""
    if not len(losses):
        return []
    pieces = np.array_split(np.arange(len(losses)), min(points, len(losses)))
    return [(int(p[-1]) + 1, float(np.mean(losses[p]))) for p in pieces if len(p)]


@dataclass
class CellResult:
    """One cell's run as the lesson shows it: shipped with the app or trained in the window."""

    settings: LongLagSettings
    weights: dict[str, np.ndarray]
    test_accuracy: float
    accuracies: list[tuple[int, float]]
    loss_curve: list[tuple[int, float]]
    learnt_at: int | None
    seconds: float
    shipped: bool

    @property
    def chance(self) -> float:
        return 1.0 / self.settings.countries

    @property
    def learnt(self) -> bool:
        from lstm_lab.engine.longlag import LEARNT_ACCURACY

        return self.test_accuracy >= LEARNT_ACCURACY

    @classmethod
    def from_shipped(cls, cell: str) -> CellResult:
        settings, weights, info = pretrained(cell)
        return cls(
            settings=settings,
            weights=weights,
            test_accuracy=float(info["test_accuracy"]),
            accuracies=[(int(u), float(a)) for u, a in info["accuracies"]],
            loss_curve=[(int(u), float(v)) for u, v in info["loss_curve"]],
            learnt_at=info["learnt_at"],
            seconds=float(info["seconds"]),
            shipped=True,
        )

    @classmethod
    def from_run(cls, result: LongLagResult) -> CellResult:
        return cls(
            settings=result.settings,
            weights=result.weights,
            test_accuracy=result.test_accuracy,
            accuracies=list(result.accuracies),
            loss_curve=_loss_curve(result.losses),
            learnt_at=result.learnt_at,
            seconds=result.seconds,
            shipped=False,
        )


def cell_states(weights: Mapping[str, np.ndarray], task: LongLagTask, tokens) -> np.ndarray:
    """The LSTM's cell state C(t) of every unit after every step of sentences ``tokens``
    (T, B): an array (T, B, H)."""
    xs = task.one_hot(np.asarray(tokens), np.asarray(weights["weight_hh"]).dtype)
    return np.array(lstm_layer(weights, xs).c, dtype=np.float64)


@dataclass(frozen=True)
class CarrierUnit:
    """The LSTM unit whose C after the last filler word best tells the countries apart.

    ``separation``: the spread of the countries' mean C over the mean spread within a country
    (between / within variance); ``means``: its mean C for each country."""

    unit: int
    separation: float
    means: tuple[float, ...]


def carrier_unit(weights: Mapping[str, np.ndarray], task: LongLagTask, seed: int) -> CarrierUnit:
    """The unit that carries the country across the gap, on `UNIT_SENTENCES` held-out
    sentences of run ``seed``."""
    tokens, answers = held_out_set(task, seed, UNIT_SENTENCES)
    c = cell_states(weights, task, tokens)[task.delay]  # after the last filler: (B, H)
    means = np.array([c[answers == k].mean(axis=0) for k in range(task.countries)])
    within = np.mean([c[answers == k].var(axis=0) for k in range(task.countries)], axis=0)
    between = means.var(axis=0)
    ratio = between / np.maximum(within, 1e-12)
    unit = int(np.argmax(ratio))
    return CarrierUnit(unit, float(ratio[unit]), tuple(float(m) for m in means[:, unit]))


@dataclass
class Progress:
    """The run going on: its cell, update, last loss and last held-out accuracy."""

    cell: str = ""
    update: int = 0
    updates: int = 0
    loss: float = math.nan
    accuracy: float | None = None
    losses: list[float] = field(default_factory=list)


class MemoryModel:
    """The whole lesson's state (see the module); events: `EVENTS`."""

    EVENTS = EVENTS

    def __init__(self) -> None:
        self.events = Events(*EVENTS)
        self.options: dict[str, Any] = default_options()
        self.results: dict[str, CellResult] = {
            cell: CellResult.from_shipped(cell) for cell in CELL_NAMES
        }
        self.sample_index = 0
        self.progress = Progress()
        self.training = False
        self._carrier: dict[tuple, CarrierUnit] = {}

    # ------------------------------------------------------------------ options
    def apply_options(self, options: Mapping[str, Any]) -> None:
        self.options = check_options(options)
        self.sample_index = 0
        self.events.options.emit()
        self.events.sample.emit()

    def set_option(self, name: str, value: Any) -> None:
        """One option; LessonError (nothing changes) if it is not allowed."""
        checked = check_options({**self.options, name: value})
        if checked == self.options:
            return
        self.options = checked
        self.events.options.emit()
        if name in ("delay", "seed"):
            self.sample_index = 0
            self.events.sample.emit()

    def part_one(self) -> tuple[Carousel, Carousel]:
        """The carousel with f = 1 and with f = `LEAKY_FORGET`, for the lesson's value and
        hold."""
        value, hold = self.options["value"], self.options["hold"]
        return carousel(value, hold, 1.0), carousel(value, hold, LEAKY_FORGET)

    # ------------------------------------------------------------------ the sample sentence
    @property
    def task(self) -> LongLagTask:
        return LongLagTask(self.options["delay"], int(LESSON["countries"]), int(LESSON["fillers"]))

    def sample(self) -> tuple[np.ndarray, int]:
        """The sentence shown (tokens (T,)) and its answer: held-out sentence number
        ``sample_index`` of the lesson's seed and delay."""
        tokens, answers = held_out_set(self.task, self.options["seed"], self.sample_index + 1)
        return tokens[:, self.sample_index], int(answers[self.sample_index])

    def next_sample(self) -> None:
        self.sample_index = (self.sample_index + 1) % 1000
        self.events.sample.emit()

    def answers(self) -> dict[str, int]:
        """Each cell's answer (a language number) to the sentence shown."""
        tokens, _ = self.sample()
        return {
            cell: int(predict(cell, result.weights, self.task, tokens[:, None])[0])
            for cell, result in self.results.items()
        }

    def sample_cell_states(self) -> np.ndarray:
        """The LSTM's C(t) over the sentence shown: (H, T), a row per unit."""
        tokens, _ = self.sample()
        return cell_states(self.results["lstm"].weights, self.task, tokens[:, None])[:, 0, :].T

    def carrier(self) -> CarrierUnit:
        """The LSTM unit that carries the country at the lesson's delay and seed."""
        key = (id(self.results["lstm"]), self.options["delay"], self.options["seed"])
        if key not in self._carrier:
            self._carrier = {key: carrier_unit(self.results["lstm"].weights, self.task, key[2])}
        return self._carrier[key]

    # ------------------------------------------------------------------ training
    def run_settings(self) -> LongLagSettings:
        """The settings "Train it yourself" uses: the lesson's run with its cell, seed, delay
        and number of updates."""
        o = self.options
        return lesson_settings(o["cell"], o["seed"], delay=o["delay"], updates=o["updates"])

    def training_steps(self) -> Iterator[LongLagStep]:
        """Train the lesson's cell, one update per item; the result replaces the cell's when
        the run ends (a stopped run changes nothing). ``training`` is on from this call until
        the steps end or are closed (`set_training(False)` ends it for steps never pulled)."""
        settings = self.run_settings()
        self.progress = Progress(cell=settings.cell, updates=settings.updates)
        self.set_training(True)
        return self._steps(settings)

    def _steps(self, settings: LongLagSettings) -> Iterator[LongLagStep]:
        try:
            for step in train(settings):
                self._record(step)
                yield step
        finally:
            self.set_training(False)

    def _record(self, step: LongLagStep) -> None:
        progress = self.progress
        progress.update = step.update
        progress.loss = step.loss
        progress.losses.append(step.loss)
        if step.test_accuracy is not None:
            progress.accuracy = step.test_accuracy
        if step.finished and step.result is not None:
            self.set_result(progress.cell, CellResult.from_run(step.result))

    def publish(self) -> None:
        """Tell the views how the run goes (called at most a few times a second)."""
        self.events.progress.emit()

    def set_result(self, cell: str, result: CellResult) -> None:
        self.results[cell] = result
        self.events.results.emit(cell)
        self.events.sample.emit()

    def set_training(self, training: bool) -> None:
        if training != self.training:
            self.training = training
            self.events.training.emit(training)

    def restore_shipped(self) -> None:
        """Every cell's shipped run again."""
        for cell in CELL_NAMES:
            self.set_result(cell, CellResult.from_shipped(cell))


# ----------------------------------------------------------------------------- the card
def card_picture(lesson: Any) -> tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]:
    """The marker as a bar, C(t) with f = 1 (held) and with f = 0.9 (fading), dashed."""
    options = check_options(lesson.options)
    hold = min(options["hold"], 60)
    kept, leaky = carousel(1.0, hold), carousel(1.0, hold, LEAKY_FORGET)
    bars = kept.i * kept.g
    return bars, [(kept.c, "c", False), (leaky.c, "c", True), (kept.h, "h", False)]
