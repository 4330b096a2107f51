"""The race with cells of N units (`lstm_lab.engine.race_units`): exact gradients, a seeded
race, the units box of the race panel, the lesson option and `lstm-lab race --units N`."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import deque

import numpy as np
import pytest

from lstm_lab.core.lesson import LessonError
from lstm_lab.engine import race_units
from lstm_lab.engine.cells import CELLS
from lstm_lab.engine.race import BASELINE_MSE, LEARNT_SHARE, EchoTask, race_seeds
from lstm_lab.engine.race import test_mse as scored_test_mse
from lstm_lab.lessons.compare.model import CompareModel, check_options

NAMES = ("rnn", "lstm", "gru")


def _last(rounds):
    return deque(rounds, maxlen=1)[0]


@pytest.mark.parametrize("name", NAMES)
def test_the_loss_gradient_of_n_units_equals_central_differences(name):
    task = EchoTask(3)
    rng = np.random.default_rng(7)
    inputs, targets = task(rng, task.length, 5)
    weights = race_units.start_weights(name, 3)
    # Away from the start weights, so that no gradient is accidentally small.
    weights = {key: value + rng.normal(0.0, 0.3, value.shape) for key, value in weights.items()}
    loss, grads = race_units.loss_and_grads(name, weights, inputs, targets)
    assert set(grads) == set(weights)
    assert loss == pytest.approx(np.mean(race_units.loss(name, weights, inputs, targets)))
    step = 1e-6
    for key, value in weights.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            moved = []
            for sign in (1.0, -1.0):
                shifted = {k: v.copy() for k, v in weights.items()}
                shifted[key][index] += sign * step
                moved.append(np.mean(race_units.loss(name, shifted, inputs, targets)))
            numeric[index] = (moved[0] - moved[1]) / (2 * step)
        assert grads[key].shape == value.shape
        np.testing.assert_allclose(grads[key], numeric, rtol=1e-5, atol=1e-8, err_msg=key)


def test_the_lstm_of_n_units_starts_with_its_forget_bias_at_one():
    weights = race_units.start_weights("lstm", 4)
    forget = slice(4, 8)
    assert np.all(weights["bias_ih"][forget] + weights["bias_hh"][forget] == 1.0)
    assert weights["weight_out"].shape == (1, 4) and weights["bias_out"].shape == (1,)
    again = race_units.start_weights("lstm", 4)
    assert all(np.array_equal(weights[key], again[key]) for key in weights)


def test_a_seeded_two_seed_race_of_four_units_runs_and_counts():
    rounds = list(race_seeds(5, seeds=(1, 2), epochs=40, units=4))
    tally = rounds[-1].tally
    assert rounds[-1].finished and tally.units == 4
    assert tally.seeds == (1, 2) and tally.epochs == 40
    for name in NAMES:
        assert tally.tested(name) == 2
        assert tally.learnt(name) == sum(
            mse < LEARNT_SHARE * BASELINE_MSE for mse in tally.test[name]
        )
        assert all(math.isfinite(mse) for mse in tally.test[name])
        assert len(tally.end_gradient[name]) == 2
    # The last round of each seed holds every cell's weights, tested by the one rule.
    firsts = [step for step in rounds if step.epoch == 1]
    assert len(firsts) == 2
    for name in NAMES:
        end = [step.steps[name] for step in rounds if step.epoch == 40]
        assert len(end) == 2
        weights = end[0].params
        assert weights["weight_hh"].shape[1] == 4
        assert scored_test_mse(CELLS[name], weights, EchoTask(5), 1) == tally.test[name][0]
        # Training moved the loss down from the first epoch.
        assert end[0].loss < firsts[0].steps[name].loss
    # Seeded: the same race gives the same numbers.
    again = _last(race_seeds(5, seeds=(1, 2), epochs=40, units=4)).tally
    assert again.test == tally.test
    # And they are not the one-unit race's.
    single = _last(race_seeds(5, seeds=(1, 2), epochs=40)).tally
    assert single.units == 1 and single.test != tally.test


def test_the_number_of_units_is_checked():
    for bad in (0, 9, 2.0, True):
        with pytest.raises(ValueError, match="units"):
            race_seeds(5, seeds=(1,), epochs=1, units=bad)
    model = CompareModel()
    for bad in (0, 9, 1.5, "4"):
        with pytest.raises(ValueError, match="units"):
            model.set_race_units(bad)
    for bad in (0, 9, 2.5):
        with pytest.raises(LessonError, match="race_units"):
            check_options({"race_units": bad})
    assert check_options({"race_units": 8}) == {"race_units": 8}


def test_the_model_runs_and_names_the_units_and_keeps_them_in_the_lesson():
    model = CompareModel()
    model.set_delay(5)
    model.set_race_seeds(1)
    model.set_race_units(3)
    for _step in model.race_steps(epochs=3):
        pass
    assert model.race.last.tally.units == 3
    assert "cells of 3 units." in model.race.verdict
    options = model.options()
    assert options["race_units"] == 3
    other = CompareModel()
    other.apply_options(options)
    assert other.race.units == 3
    other.apply_options({})
    assert other.race.units == 1


# ============================================================================ the window
@pytest.fixture
def window(open_window):
    return open_window("compare-who-remembers", size=None)


def test_one_unit_through_the_window_gives_exactly_the_old_numbers(window, qtbot):
    panel = window.race_panel
    assert panel.units.value() == 1 and panel.units.minimum() == 1 and panel.units.maximum() == 8
    panel.units.setValue(4)
    panel.units.setValue(1)  # and back: the scalar cells again
    panel.delay.setValue(5)
    panel.seeds.setValue(2)
    with qtbot.waitSignal(panel.raceFinished, timeout=60_000):
        panel.start(epochs=15)
    tally = window.model.race.last.tally
    old = _last(race_seeds(5, seeds=(1, 2), epochs=15, learning_rate=0.05)).tally
    assert tally.units == 1
    assert tally.test == old.test
    assert tally.end_gradient == old.end_gradient
    assert "cells of one unit." in panel.verdict.text()


def test_the_units_box_changes_the_lesson_and_the_verdict_names_the_units(window, qtbot):
    panel = window.race_panel
    assert window.current_lesson().options.get("race_units", 1) == 1
    with qtbot.waitSignal(window.lessonEdited, timeout=5_000):
        panel.units.setValue(4)
    assert window.model.race.units == 4
    assert window.current_lesson().options["race_units"] == 4
    assert window.files.modified
    panel.delay.setValue(5)
    panel.seeds.setValue(1)
    with qtbot.waitSignal(panel.raceFinished, timeout=60_000):
        panel.start(epochs=5)
        assert not panel.units.isEnabled()  # not changed under a running race
    assert panel.units.isEnabled()
    assert "cells of 4 units." in panel.verdict.text()
    window.model.apply_options({"race_units": 6})
    assert panel.units.value() == 6


# ============================================================================ command line
def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args], capture_output=True, text=True, timeout=120
    )


def test_race_with_units_prints_json_of_that_race():
    result = _run("race", "--delay", "5", "--seeds", "2", "--epochs", "4", "--units", "4",
                  "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["units"] == 4 and data["delay"] == 5 and data["seeds_used"] == [1, 2]
    assert list(data["cells"]) == list(NAMES)
    for name, cell in data["cells"].items():
        tally = _last(race_seeds(5, seeds=(1, 2), epochs=4, cells=(name,), units=4)).tally
        assert cell["seeds"] == 2 and len(cell["test_mse"]) == 2
        assert cell["test_mse"] == pytest.approx(tally.test[name], rel=1e-12)
        assert cell["learnt"] == tally.learnt(name)
        assert len(cell["echo_gradient_end"]) == 2
    table = _run("race", "--delay", "3", "--seeds", "1", "--epochs", "2", "--units", "2")
    assert table.returncode == 0 and "cells of 2 units." in table.stdout


@pytest.mark.parametrize("units", ["0", "9", "four"])
def test_race_refuses_units_out_of_range_in_one_line(units):
    result = _run("race", "--delay", "5", "--units", units)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--units" in lines[0], lines
