"""The race as the lesson holds it: "Train all three to remember" on the delay-k echo task
(`lstm_lab.engine.race`). Plain Python, no Qt.

`RaceRecord` belongs to `CompareModel`: the seed, whether a race runs, each cell's training
loss epoch by epoch and the verdict in words. `RaceRecord.start` gives a race as a `RaceRun`, an
iterator of its rounds (one epoch of each cell) that records every round as it is drawn, so
whoever drives it (the window's pump, a test, a script) only pulls it. The race ends when the
run runs out, when the engine fails (the error is kept, then raised again) or when the run is
closed early (stopped); the verdict is then written.

Rounds are recorded as they come; `RaceRecord.publish` announces them (``raceProgress``), so a
view that follows a race redraws at its own pace, not once per epoch. The events are the
model's (`lstm_lab.lessons.compare.model.EVENTS`):

- ``raceSeed(seed)``: the seed changed;
- ``raceRunning(running)``: a race started or ended;
- ``raceProgress``: the loss histories grew, or were cleared for a new race;
- ``raceVerdict(text)``: the verdict changed ("Training…" while a race runs).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from lstm_lab.core.events import Events
from lstm_lab.engine import CELLS
from lstm_lab.engine.race import (
    BASELINE_MSE,
    DEFAULT_EPOCHS,
    LEARNT_SHARE,
    RACE_ORDER,
    EchoTask,
    RaceStep,
    race,
    test_mse,
)
from lstm_lab.engine.training import TrainStep

DEFAULT_SEED = 1
MAX_SEED = 9999
RUNNING_TEXT = "Training…"


def verdict_text(last: RaceStep, delay: int, seed: int) -> str:
    """Who learnt the delay-``delay`` echo by the round ``last``, each with its test MSE (the
    cells still running are tested where they stopped)."""
    task = EchoTask(delay)
    threshold = LEARNT_SHARE * BASELINE_MSE
    words = []
    for name in RACE_ORDER:
        if name in last.test:
            mse = last.test[name]
        elif name in last.steps:
            mse = test_mse(CELLS[name], last.steps[name].params, task, seed)
        else:
            continue
        learnt = mse < threshold
        verb = "<b>learnt</b> it" if learnt else "did <b>not</b> learn it"
        shown = "∞" if not math.isfinite(mse) else f"{mse:.4f}"
        words.append(f"{CELLS[name].title} {verb} (test MSE {shown})")
    stopped = "" if last.finished else f"Stopped after {last.epoch} epochs. "
    return (
        f"{stopped}Delay k = {delay}: " + "; ".join(words) + ". "
        f"Learnt: test MSE on 200 fresh sequences below {threshold:.4f}, a tenth of what "
        "forgetting the pulse costs."
    )


class RaceRecord:
    """The race's seed, its running state, the loss histories and the verdict (see the module).
    ``events`` is the owning model's; it has the four race events."""

    def __init__(self, events: Events) -> None:
        self._events = events
        self._seed = DEFAULT_SEED
        self._run: RaceRun | None = None
        self._histories: dict[str, list[float]] = {name: [] for name in RACE_ORDER}
        self._recorded: dict[str, TrainStep] = {}
        self._published = 0
        self._last: RaceStep | None = None
        self._verdict = ""
        self._error: BaseException | None = None

    # ----------------------------------------------------------------- reading
    @property
    def seed(self) -> int:
        """The seed of the training and test sequences (the same for all three cells)."""
        return self._seed

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def histories(self) -> dict[str, list[float]]:
        """Each cell's training loss, epoch by epoch, of the current or last race."""
        return self._histories

    @property
    def epochs(self) -> int:
        """Rounds recorded in the current or last race."""
        return 0 if self._last is None else self._last.epoch

    @property
    def last(self) -> RaceStep | None:
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

    def start(self, delay: int, epochs: int = DEFAULT_EPOCHS) -> RaceRun:
        """A new race on the delay-``delay`` echo, ``epochs`` epochs of each cell, from the
        current seed: the histories are cleared and the race runs from now on."""
        if self._run is not None:
            raise RuntimeError("a race is running")
        rounds = race(delay, seed=self._seed, epochs=epochs)
        run = RaceRun(self, rounds, delay, self._seed)
        self._run = run
        self._histories = {name: [] for name in RACE_ORDER}
        self._recorded = {}
        self._published = 0
        self._last = None
        self._error = None
        self._events.raceRunning.emit(True)
        self._set_verdict(RUNNING_TEXT)
        self._events.raceProgress.emit()
        return run

    def publish(self) -> bool:
        """Announce the epochs recorded since the last call (``raceProgress``). True if there
        were any."""
        count = sum(len(losses) for losses in self._histories.values())
        if count == self._published:
            return False
        self._published = count
        self._events.raceProgress.emit()
        return True

    # ----------------------------------------------------------------- the run's calls
    def _record(self, step: RaceStep) -> None:
        self._last = step
        for name, train_step in step.steps.items():
            # A cell that has finished stays in later rounds with its last epoch: kept once.
            if self._recorded.get(name) is not train_step:
                self._recorded[name] = train_step
                self._histories[name].append(train_step.loss)

    def _end(self, run: RaceRun, error: BaseException | None) -> None:
        if run is not self._run:
            return
        self.publish()
        self._error = error
        last = self._last
        if error is not None:
            text = f"Training stopped: {str(error) or type(error).__name__}"
        elif last is None:
            text = "Stopped before the first epoch."
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
    """One race as an iterator of its rounds (`RaceStep`), each recorded in the `RaceRecord`
    as it is drawn. Running out ends the race; `close` ends it at once (stopped); an error of
    the engine ends it (failed) and is raised again."""

    def __init__(self, record: RaceRecord, rounds: Iterator[RaceStep], delay: int, seed: int):
        self._record = record
        self._rounds = rounds
        self.delay = delay
        self.seed = seed
        self.ended = False

    def __iter__(self) -> RaceRun:
        return self

    def __next__(self) -> RaceStep:
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
