"""The race as the lesson holds it: "Train all three to remember" on the delay-k echo task
(`lstm_lab.engine.race`). Plain Python, no Qt.

`RaceRecord` belongs to `CompareModel`: the first seed, how many seeds, the learning rate, the
number of units of every cell (1 to `MAX_UNITS`), whether a race runs, each cell's training
loss epoch by epoch (every seed's) and the verdict in words. A race runs its seeds one after
the other (`lstm_lab.engine.race.race_seeds`), all from the same weights, and the verdict says
in how many each cell learnt, and for a cell that did not learn in every seed, how strongly the
pulse moved its output when training started and where it ended (`echo_gradient`: 1 for a
perfect echo). `RaceRecord.start` gives a race as a `RaceRun`, an iterator of its rounds (one
epoch of each cell) that records every round as it is drawn, so whoever drives it (the window's
pump, a test, a script) only pulls it. The race ends when the run runs out, when the engine
fails (the error is kept, then raised again) or when the run is closed early (stopped); the
verdict is then written.

Rounds are recorded as they come; `RaceRecord.publish` announces them (``raceProgress``), so a
view that follows a race redraws at its own pace, not once per epoch. The events are the
model's (`lstm_lab.lessons.compare.model.EVENTS`):

- ``raceSeed(seed)``: the first seed changed;
- ``raceSettings``: the number of seeds, the learning rate or the number of units changed;
- ``raceRunning(running)``: a race started or ended;
- ``raceProgress``: the loss histories grew, or were cleared for a new race;
- ``raceVerdict(text)``: the verdict changed ("Training…" while a race runs).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from lstm_lab.core.events import Events
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine import CELLS
from lstm_lab.engine.race import (
    DEFAULT_EPOCHS,
    DEFAULT_SEEDS,
    LEARNING_RATE,
    LEARNING_RATE_RANGE,
    MAX_SEEDS,
    MAX_UNITS,
    RACE_ORDER,
    TEST_SEQUENCES,
    EchoTask,
    RaceTally,
    SeedStep,
    test_mse,
)
from lstm_lab.engine.race import race_seeds as race  # every seed's race, one after another
from lstm_lab.engine.training import TrainStep

DEFAULT_SEED = 1
MAX_SEED = 9999
RUNNING_TEXT = QT_TRANSLATE_NOOP("RaceVerdict", "Training…")


def _number(value: float) -> str:
    """A measured value for the verdict: four decimals, or two significant digits below
    0.001 (so a tiny gradient does not read as 0)."""
    if not math.isfinite(value):
        return "∞"
    return f"{value:.4f}" if value == 0.0 or abs(value) >= 0.001 else f"{value:.1e}"


def _seeds(count: int) -> str:
    if count == 1:
        return translate("RaceVerdict", "1 seed")
    return translate("RaceVerdict", "{count} seeds").format(count=count)


def units_text(units: int) -> str:
    """The cells' size as the verdict names it: "cells of one unit", "cells of 4 units"."""
    if units == 1:
        return translate("RaceVerdict", "cells of one unit")
    return translate("RaceVerdict", "cells of {units} units").format(units=units)


def final_tally(last: SeedStep) -> RaceTally:
    """The tally of the round ``last`` with the seed still running tested where it stopped."""
    tally = last.tally.copy() if last.tally is not None else None
    if tally is None:
        raise ValueError("the round carries no tally")
    for name in tally.cells:
        if tally.tested(name) <= last.seed_index and name in last.steps:
            params = last.steps[name].params
            mse = last.test.get(name)
            if mse is None:
                mse = test_mse(CELLS[name], params, EchoTask(tally.delay), last.seed)
            tally.add(name, mse, params)
    return tally


#: Below this `echo_gradient` at the end, the output no longer depends on the pulse.
FORGOT_GRADIENT = 0.05


def _reason(title: str, delay: int, tally: RaceTally, name: str) -> str:
    start = _number(tally.start_gradient[name])
    end = tally.failed_end_gradient(name)
    measured = translate(
        "RaceVerdict", "{cell}: ∂y({step})/∂x(1) {start} at the start, {end} at the end"
    ).format(cell=title, step=delay + 1, start=start, end=_number(end))
    if end < FORGOT_GRADIENT:
        return translate(
            "RaceVerdict",
            "{measured}: its output hardly depends on the pulse any more, so it gives about the "
            "same answer whatever the pulse was.",
        ).format(measured=measured)
    return translate(
        "RaceVerdict", "{measured}: the pulse still moves its output, but not by the right amount."
    ).format(measured=measured)


def verdict_text(last: SeedStep, delay: int, seed: int) -> str:
    """Who learnt the delay-``delay`` echo by the round ``last``: in how many seeds each cell
    learnt, with its (median) test MSE (the seed still running is tested where it stopped);
    for each cell that failed in some seed, how strongly the pulse moved its output when
    training started and at the end of the seeds it failed; then the settings."""
    tally = final_tally(last)
    threshold = tally.threshold
    words, reasons = [], []
    for name in RACE_ORDER:
        count = tally.tested(name)
        if not count:
            continue
        title = CELLS[name].title
        learnt = tally.learnt(name)
        if learnt:
            verb = translate("RaceVerdict", "<b>learnt</b> it")
        else:
            verb = translate("RaceVerdict", "did <b>not</b> learn it")
        mse = _number(tally.median_mse(name))
        if count == 1:
            shown = translate("RaceVerdict", "test MSE {mse}").format(mse=mse)
        else:
            shown = translate("RaceVerdict", "median test MSE {mse}").format(mse=mse)
        words.append(
            translate("RaceVerdict", "{cell} {verb} in {learnt} of {seeds} ({shown})").format(
                cell=title, verb=verb, learnt=learnt, seeds=_seeds(count), shown=shown
            )
        )
        if learnt < count:
            reasons.append(_reason(title, delay, tally, name))
    text = translate(
        "RaceVerdict",
        "Delay k = {delay}: {results}. Learnt: test MSE on {count} fresh sequences below "
        "{threshold}, a tenth of what forgetting the pulse costs.",
    ).format(
        delay=delay,
        results=translate("RaceVerdict", "; ").join(words),
        count=TEST_SEQUENCES,
        threshold=f"{threshold:.4f}",
    )
    if not last.finished:
        text = translate("RaceVerdict", "Stopped after {epochs} epochs. {verdict}").format(
            epochs=last.epoch, verdict=text
        )
    tested = [name for name in RACE_ORDER if tally.tested(name)]
    if tested and last.finished and not any(tally.learnt(name) for name in tested):
        text += "<br>" + translate(
            "RaceVerdict",
            "No cell learnt the delay-{delay} echo in any seed within this budget ({epochs} "
            "epochs a seed at learning rate {rate}).",
        ).format(delay=delay, epochs=tally.epochs, rate=f"{tally.learning_rate:g}")
    if reasons:
        text += "<br>" + translate(
            "RaceVerdict",
            "Where a cell failed, how strongly the pulse moved the scored output (an exact echo "
            "has 1): {reasons}",
        ).format(reasons=" ".join(reasons))
    if not last.finished:
        text += "<br>" + translate(
            "RaceVerdict", "Seed {seed} of {count} was running; it is counted where it stopped."
        ).format(seed=last.seed_index + 1, count=len(tally.seeds))
    first, final = tally.seeds[0], tally.seeds[-1]
    if first == final:
        seeds = translate("RaceVerdict", "seed {first}").format(first=first)
    else:
        seeds = translate("RaceVerdict", "seeds {first}–{last}").format(first=first, last=final)
    text += "<br>" + translate(
        "RaceVerdict", "Adam, learning rate {rate}, {epochs} epochs, {seeds}; {units}."
    ).format(
        rate=f"{tally.learning_rate:g}",
        epochs=tally.epochs,
        seeds=seeds,
        units=units_text(tally.units),
    )
    return text


class RaceRecord:
    """The race's seed, its running state, the loss histories and the verdict (see the module).
    ``events`` is the owning model's; it has the four race events."""

    def __init__(self, events: Events) -> None:
        self._events = events
        self._seed = DEFAULT_SEED
        self._seed_count = DEFAULT_SEEDS
        self._learning_rate = LEARNING_RATE
        self._units = 1
        self._past: list[dict[str, list[float]]] = []
        self._seed_index = 0
        self._total = 0  # losses recorded in the current or last race
        self._run: RaceRun | None = None
        self._histories: dict[str, list[float]] = {name: [] for name in RACE_ORDER}
        self._recorded: dict[str, TrainStep] = {}
        self._published = 0
        self._last: SeedStep | None = None
        self._verdict = ""
        self._error: BaseException | None = None

    # ----------------------------------------------------------------- reading
    @property
    def seed(self) -> int:
        """The seed of the training and test sequences (the same for all three cells)."""
        return self._seed

    @property
    def seed_count(self) -> int:
        """How many seeds a race runs, one after the other: seed, seed + 1, …"""
        return self._seed_count

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @property
    def units(self) -> int:
        """How many units each cell has (1: the scalar cells)."""
        return self._units

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def histories(self) -> dict[str, list[float]]:
        """Each cell's training loss, epoch by epoch, of the seed running or run last."""
        return self._histories

    @property
    def past_histories(self) -> list[dict[str, list[float]]]:
        """The loss histories of the seeds before it in the current or last race."""
        return self._past

    @property
    def epochs(self) -> int:
        """Rounds recorded in the current or last race."""
        return 0 if self._last is None else self._last.epoch

    @property
    def last(self) -> SeedStep | None:
        """The newest round recorded (None before the first)."""
        return self._last

    @property
    def verdict(self) -> str:
        """Who learnt the task, in words (rich text); "Training…" while a race runs."""
        return self._verdict

    @property
    def error(self) -> BaseException | None:
        """Why the last race failed (None if it did not)."""
        return self._error

    # ----------------------------------------------------------------- writing
    def set_seed(self, seed: int) -> None:
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
            raise ValueError(f"the seed must be a whole number from 0 to {MAX_SEED}")
        if seed != self._seed:
            self._seed = seed
            self._events.raceSeed.emit(seed)

    def set_seed_count(self, count: int) -> None:
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SEEDS:
            raise ValueError(f"the number of seeds must be a whole number from 1 to {MAX_SEEDS}")
        if count != self._seed_count:
            self._seed_count = count
            self._events.raceSettings.emit()

    def set_learning_rate(self, rate: float) -> None:
        low, high = LEARNING_RATE_RANGE
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not low <= rate <= high:
            raise ValueError(f"the learning rate must be a number from {low:g} to {high:g}")
        if float(rate) != self._learning_rate:
            self._learning_rate = float(rate)
            self._events.raceSettings.emit()

    def set_units(self, units: int) -> None:
        if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= MAX_UNITS:
            raise ValueError(f"the number of units must be a whole number from 1 to {MAX_UNITS}")
        if units != self._units:
            self._units = units
            self._events.raceSettings.emit()

    def start(self, delay: int, epochs: int = DEFAULT_EPOCHS, seeds: int | None = None) -> RaceRun:
        """A new race on the delay-``delay`` echo, ``epochs`` epochs of each cell in each of
        ``seeds`` seeds (`seed_count` if None) from the current seed on, at the current learning
        rate and number of units: the histories are cleared and the race runs from now on."""
        if self._run is not None:
            raise RuntimeError("a race is running")
        count = self._seed_count if seeds is None else seeds
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SEEDS:
            raise ValueError(f"the number of seeds must be a whole number from 1 to {MAX_SEEDS}")
        chosen = tuple(range(self._seed, self._seed + count))
        rounds = race(
            delay,
            seeds=chosen,
            epochs=epochs,
            learning_rate=self._learning_rate,
            units=self._units,
        )
        run = RaceRun(self, rounds, delay, self._seed)
        self._run = run
        self._histories = {name: [] for name in RACE_ORDER}
        self._past = []
        self._seed_index = 0
        self._total = 0
        self._recorded = {}
        self._published = 0
        self._last = None
        self._error = None
        self._events.raceRunning.emit(True)
        self._set_verdict(translate("RaceVerdict", RUNNING_TEXT))
        self._events.raceProgress.emit()
        return run

    def publish(self) -> bool:
        """Announce the epochs recorded since the last call (``raceProgress``). True if there
        were any."""
        count = self._total
        if count == self._published:
            return False
        self._published = count
        self._events.raceProgress.emit()
        return True

    # ----------------------------------------------------------------- the run's calls
    def _record(self, step: SeedStep) -> None:
        if step.seed_index != self._seed_index:  # the next seed: its own loss curves
            self._past.append(self._histories)
            self._histories = {name: [] for name in RACE_ORDER}
            self._recorded = {}
            self._seed_index = step.seed_index
        self._last = step
        for name, train_step in step.steps.items():
            # A cell that has finished stays in later rounds with its last epoch: kept once.
            if self._recorded.get(name) is not train_step:
                self._recorded[name] = train_step
                self._histories[name].append(train_step.loss)
                self._total += 1

    def _end(self, run: RaceRun, error: BaseException | None) -> None:
        if run is not self._run:
            return
        self.publish()
        self._error = error
        last = self._last
        if error is not None:
            text = translate("RaceVerdict", "Training stopped: {error}").format(
                error=str(error) or type(error).__name__
            )
        elif last is None:
            text = translate("RaceVerdict", "Stopped before the first epoch.")
        else:
            text = verdict_text(last, run.delay, run.seed)
        self._run = None
        self._set_verdict(text)
        self._events.raceRunning.emit(False)

    def _set_verdict(self, text: str) -> None:
        if text != self._verdict:
            self._verdict = text
            self._events.raceVerdict.emit(text)


class RaceRun:
    """One race as an iterator of its rounds (`SeedStep`), each recorded in the `RaceRecord`
    as it is drawn. Running out ends the race; `close` ends it at once (stopped); an error of
    the engine ends it (failed) and is raised again."""

    def __init__(self, record: RaceRecord, rounds: Iterator[SeedStep], delay: int, seed: int):
        self._record = record
        self._rounds = rounds
        self.delay = delay
        self.seed = seed
        self.ended = False

    def __iter__(self) -> RaceRun:
        return self

    def __next__(self) -> SeedStep:
        if self.ended:
            raise StopIteration
        try:
            step = next(self._rounds)
            self._record._record(step)
        except StopIteration:
            self._finish(None)
            raise
        except Exception as error:
            self._finish(error)
            raise
        return step

    def close(self) -> None:
        """End the race now (Stop); nothing if it has ended."""
        if not self.ended:
            self._finish(None)

    def _finish(self, error: BaseException | None) -> None:
        self.ended = True
        close = getattr(self._rounds, "close", None)
        try:
            if close is not None:
                close()
        finally:
            self._record._end(self, error)
