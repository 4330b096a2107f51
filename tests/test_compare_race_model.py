"""The race as the comparison model holds it, without Qt: a race run through the model's
iterator alone fires its events, grows each cell's loss history and ends with the verdict; a
race closed early says where it stopped; the model's module loads no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_lab.engine.race import RaceStep
from lstm_lab.lessons.compare.model import CompareModel
from lstm_lab.lessons.compare.race import RUNNING_TEXT

RACE_EVENTS = ("raceSeed", "raceRunning", "raceProgress", "raceVerdict")


def recording(model: CompareModel) -> list[tuple]:
    fired: list[tuple] = []
    for name in RACE_EVENTS:
        getattr(model.events, name).connect(lambda *args, name=name: fired.append((name, *args)))
    return fired


def test_a_whole_race_runs_through_the_model_and_ends_with_the_verdict():
    model = CompareModel()
    model.set_delay(3)
    fired = recording(model)
    model.set_race_seed(2)
    assert fired == [("raceSeed", 2)] and model.race.seed == 2
    run = model.race_steps(epochs=6, seeds=1)  # one seed: one round per epoch
    assert model.race.running
    assert fired[1:] == [("raceRunning", True), ("raceVerdict", RUNNING_TEXT), ("raceProgress",)]
    assert model.race.histories == {"rnn": [], "lstm": [], "gru": []}
    with pytest.raises(RuntimeError):
        model.race_steps(epochs=6)  # one race at a time
    del fired[:]
    steps = []
    for step in run:
        assert isinstance(step, RaceStep)
        steps.append(step)
        # Each round is recorded as it is drawn; views hear of it when it is published.
        assert all(len(losses) == step.epoch for losses in model.race.histories.values())
        if step.epoch == 2:
            assert model.publish_race() and not model.publish_race()
    assert [step.epoch for step in steps] == [1, 2, 3, 4, 5, 6] and steps[-1].finished
    assert not model.race.running and model.race.error is None
    assert model.race.last is steps[-1] and model.race.epochs == 6
    for name, losses in model.race.histories.items():
        assert losses == [step.steps[name].loss for step in steps]
    verdict = model.race.verdict
    assert verdict.startswith("Delay k = 3: RNN ") and "Stopped" not in verdict
    for title in ("RNN", "LSTM", "GRU"):
        assert title in verdict
    assert verdict.count("test MSE") == 4  # one per cell, and the threshold's
    assert fired == [
        ("raceProgress",),  # epochs 1–2, published during the race
        ("raceProgress",),  # the rest, published as it ended
        ("raceVerdict", verdict),
        ("raceRunning", False),
    ]
    assert list(run) == [] and not model.publish_race()  # ended: nothing more


def test_the_race_keeps_its_k_and_seed_and_a_closed_race_says_where_it_stopped():
    model = CompareModel()
    model.set_delay(4)
    model.set_race_seed(3)
    run = model.race_steps(epochs=50)
    next(run), next(run)
    model.set_delay(7)  # a lesson with another k arrives while the race still runs
    model.set_race_seed(5)
    assert (run.delay, run.seed) == (4, 3)
    fired = recording(model)
    run.close()  # Stop
    assert not model.race.running
    verdict = model.race.verdict
    assert verdict.startswith("Stopped after 2 epochs. Delay k = 4: ")
    assert [event[0] for event in fired] == ["raceProgress", "raceVerdict", "raceRunning"]
    assert all(len(losses) == 2 for losses in model.race.histories.values())
    run.close()  # closing again changes nothing
    assert model.race.verdict == verdict and len(fired) == 3
    # Stopped before its first round, and a new race clears the old histories.
    early = model.race_steps(epochs=50)
    assert all(losses == [] for losses in model.race.histories.values())
    early.close()
    assert model.race.verdict == "Stopped before the first epoch." and not model.race.running


def test_a_failing_race_ends_in_words_and_the_error_reaches_its_driver(monkeypatch):
    from lstm_lab.lessons.compare import race as race_module

    def broken(*_args, **_kwargs):
        yield from ()
        raise FloatingPointError("the loss is not a number")

    monkeypatch.setattr(race_module, "race", broken)
    model = CompareModel()
    run = model.race_steps(epochs=5)
    with pytest.raises(FloatingPointError):
        next(run)
    assert not model.race.running
    assert model.race.verdict == "Training stopped: the loss is not a number"
    assert isinstance(model.race.error, FloatingPointError)


def test_the_seed_is_checked():
    model = CompareModel()
    for bad in (-1, 10_000, 2.5, True):
        with pytest.raises(ValueError):
            model.set_race_seed(bad)
    assert model.race.seed == 1


def test_the_model_and_its_race_load_no_qt():
    root = Path(__file__).resolve().parent.parent
    code = (
        "import json, sys\n"
        "import lstm_lab.lessons.compare.model as model, lstm_lab.lessons.compare.race\n"
        "model.CompareModel().race_steps(epochs=1).close()\n"
        "roots = ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print(json.dumps({'qt': qt, 'file': model.__file__}))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=root,
        env=env,
    )
    loaded = json.loads(result.stdout)
    assert Path(loaded["file"]).resolve().is_relative_to(root)
    assert loaded["qt"] == []
