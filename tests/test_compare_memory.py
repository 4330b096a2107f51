"""Memory that can be read out, the gradient plot's reference lines, the presets, the race over
several seeds and the command lines `lstm-lab compare` and `lstm-lab race`, without Qt."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import deque
from dataclasses import dataclass

import numpy as np
import pytest

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.lesson import LessonError
from lstm_lab.engine import GRU, LSTM, RNN
from lstm_lab.engine.memory import (
    READOUT_HEIGHTS,
    READOUT_NOISE,
    gradient_profile,
    gradient_references,
    latch_from,
    readable_for,
    readout_r2,
    remembers_for,
    retention,
)
from lstm_lab.engine.race import (
    BASELINE_MSE,
    LEARNT_SHARE,
    echo_gradient,
    race,
    race_seeds,
    race_start,
)
from lstm_lab.lessons.compare.model import (
    PRESETS,
    CompareModel,
    check_options,
    preset_named,
)

PULSE = np.array([1.0] + [0.0] * 49)


# ============================================================================ the read-out
@dataclass
class _Trace:
    h: np.ndarray


class LinearCell:
    """A test cell whose hidden state is a straight-line function of its inputs:
    h(t) = 0.9·h(t−1) + 0.3·x(t)."""

    name = "linear"
    states = ("h",)

    def run(self, params, xs, h0=0.0):
        xs = np.asarray(xs, dtype=np.float64)
        h = np.empty_like(xs)
        state = np.asarray(h0, dtype=np.float64)
        for t in range(len(xs)):
            state = 0.9 * state + 0.3 * xs[t]
            h[t] = state
        return _Trace(h)


def test_a_linear_cell_can_always_be_read_out():
    xs = np.array([0.7, 0.0, 0.5, -0.2, 0.0, 0.0])
    r2 = readout_r2(LinearCell(), None, xs, noise=0.0)
    np.testing.assert_allclose(r2, 1.0, rtol=0, atol=1e-12)
    assert readable_for(r2) == len(xs)


def test_the_noise_hides_differences_far_below_it():
    xs = np.zeros(200)
    r2 = readout_r2(LinearCell(), None, xs)  # h(k) spreads 0.27·0.9^(k−1) over the heights
    spread = 0.3 * 0.9 ** np.arange(200) * np.ptp(READOUT_HEIGHTS)
    assert r2[0] > 0.99 and r2[np.argmax(spread < READOUT_NOISE / 10)] < 0.05
    assert np.all(np.diff(r2) <= 1e-12)  # the spread only shrinks: so does R²
    assert 0 < readable_for(r2) < 200


def test_a_saturated_latch_remembers_but_cannot_be_read_out():
    """An RNN with w_hh = 2 runs to its fixed point h ≈ 0.957 after any positive pulse: h(k)
    differs from the no-pulse run's 0 (large retention) whatever the pulse's height."""
    params = RNN.defaults().replace(w_hh=2.0)
    kept = retention(RNN, params, PULSE)
    r2 = readout_r2(RNN, params, PULSE)
    assert remembers_for(kept) == len(PULSE) and kept[-1] > 0.9
    assert r2[-1] < 0.01
    assert 0 < latch_from(kept, r2) < 20
    assert readable_for(r2) < latch_from(kept, r2)


def test_readable_for_and_latch_from_by_hand():
    assert readable_for([0.99, 0.95, 0.89, 0.95]) == 2
    assert readable_for([0.5]) == 0 and readable_for([0.91, 0.92]) == 2
    assert latch_from([0.5, 0.5, 0.5], [0.9, 0.6, 0.4]) == 3
    # A memory fading into the noise is no latch: retention below 10 × the noise.
    assert latch_from([0.5, 0.2, 0.006], [0.99, 0.9, 0.1]) == 0
    assert latch_from([0.0, 0.0], [0.0, 0.0]) == 0


@pytest.mark.parametrize("cell", [RNN, LSTM, GRU], ids=lambda c: c.name)
def test_the_read_out_is_the_squared_correlation_with_noise(cell):
    params = cell.defaults()
    xs = np.array([1.0, 0.0, 0.3, 0.0, 0.0, -0.5, 0.0])
    heights = np.array(READOUT_HEIGHTS)
    runs = []
    for height in heights:
        ys = xs.copy()
        ys[0] = height
        runs.append(np.asarray(cell.run(params, ys).h))
    h = np.array(runs).T  # (T, heights)
    r2 = readout_r2(cell, params, xs)
    for k in range(len(xs)):
        cov = np.cov(h[k], heights, bias=True)[0, 1]
        expected = cov**2 / (np.var(heights) * (np.var(h[k]) + READOUT_NOISE**2))
        assert r2[k] == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_the_read_out_needs_heights_that_differ():
    with pytest.raises(ValueError):
        readout_r2(RNN, RNN.defaults(), PULSE, heights=[0.5, 0.5])
    with pytest.raises(ValueError):
        readout_r2(RNN, RNN.defaults(), PULSE, noise=-1.0)


# ============================================================================ reference lines
def _random_sequence(seed: int, length: int = 30) -> np.ndarray:
    return np.round(np.random.default_rng(seed).uniform(-1, 1, length), 3)


@pytest.mark.parametrize("w_hh", [0.8, 1.5, -0.6])
def test_the_rnn_path_is_its_gradient_and_stays_under_its_bound(w_hh):
    params = RNN.defaults().replace(w_hh=w_hh, w_in=0.7, w_out=-1.3, b=0.1)
    xs = _random_sequence(1)
    refs = gradient_references(RNN, params, xs)
    h = np.asarray(RNN.run(params, xs).h)
    steps = len(xs)
    for k in range(steps):  # the product written out, step by step
        product = abs(0.7 * -1.3) * abs(w_hh) ** k
        for t in range(steps - 1 - k, steps):
            product *= 1.0 - h[t] ** 2
        assert refs["rnn_path"][k] == pytest.approx(product, rel=1e-12)
        assert refs["rnn_bound"][k] == pytest.approx(abs(0.7 * 1.3) * abs(w_hh) ** k, rel=1e-12)
    np.testing.assert_allclose(refs["rnn_path"], gradient_profile(RNN, params, xs), rtol=1e-12)
    assert np.all(refs["rnn_path"] <= refs["rnn_bound"])


def test_the_lstm_cell_path_multiplies_by_f_at_every_step():
    params = LSTM.defaults().replace(b_f=2.0, w_hc=0.3, w_xf=0.4)
    xs = _random_sequence(2, 20)
    trace = LSTM.run(params, xs)
    f, i, g, o = (np.asarray(getattr(trace, k)) for k in "figo")
    c, c_prev = np.asarray(trace.c), np.asarray(trace.c_prev)
    line = gradient_references(LSTM, params, xs)["lstm_cell_path"]
    steps = len(xs)
    reach = abs(o[-1] * (1 - math.tanh(c[-1]) ** 2))  # |∂y(T)/∂C(T)|, w_out = 1
    for k in range(steps):
        t = steps - 1 - k
        local = abs(
            0.4 * c_prev[t] * f[t] * (1 - f[t])
            + 0.5 * g[t] * i[t] * (1 - i[t])
            + 0.5 * i[t] * (1 - g[t] ** 2)
        )
        assert line[k] == pytest.approx(reach * np.prod(f[t + 1 :]) * local, rel=1e-12)


def test_with_no_feedback_through_h_the_lstm_gradient_is_its_cell_path():
    params = LSTM.defaults().replace(w_hf=0.0, w_hi=0.0, w_hc=0.0, w_ho=0.0, b_f=2.5)
    xs = _random_sequence(3, 25)
    line = gradient_references(LSTM, params, xs)["lstm_cell_path"]
    grads = gradient_profile(LSTM, params, xs)
    # k = 0 also has the path x(T) → o(T) → h(T), which does not run along C.
    np.testing.assert_allclose(grads[1:], line[1:], rtol=1e-10)


def test_the_gru_has_no_reference_line():
    assert gradient_references(GRU, GRU.defaults(), PULSE) == {}


# ============================================================================ presets
def test_each_preset_sets_its_cells_and_sequence_and_leaves_the_others():
    model = CompareModel()
    model.apply_options(lesson_by_name("compare-who-remembers").options)
    gru = model.params("gru").to_dict()
    model.apply_preset("explodes")
    assert model.params("rnn").w_hh == 1.5
    assert list(model.sequence) == [0.01] + [0.0] * 11
    assert model.params("gru").to_dict() == gru
    model.apply_preset("quiet")
    assert model.params("lstm").w_hc == 0.0 and len(model.sequence) == 50
    assert model.params("rnn").w_hh == 1.5  # the quiet LSTM leaves the RNN as it was
    with pytest.raises(ValueError, match="no preset"):
        model.apply_preset("nothing")


def test_the_self_exciting_preset_is_the_lessons_lstm():
    lesson = check_options(lesson_by_name("compare-who-remembers").options)
    assert preset_named("self-exciting").params["lstm"] == lesson["params"]["lstm"]
    assert list(preset_named("self-exciting").sequence) == list(lesson["sequence"])
    assert {preset.key for preset in PRESETS} == {"quiet", "self-exciting", "explodes"}


def test_the_quiet_lstm_follows_its_cell_path():
    model = CompareModel()
    model.apply_options(lesson_by_name("compare-who-remembers").options)
    model.apply_preset("quiet")
    results = model.results("lstm")
    ratio = results.gradient / results.references["lstm_cell_path"]
    assert np.all(np.abs(ratio - 1.0) < 0.08)
    model.apply_preset("self-exciting")
    results = model.results("lstm")
    ratio = results.gradient / results.references["lstm_cell_path"]
    assert np.max(ratio) / np.min(ratio) > 50  # far from it


# ============================================================================ the race
def test_a_race_over_seeds_counts_each_seed_as_its_own_race():
    seeds = (3, 4, 5)
    rounds = list(race_seeds(4, seeds=seeds, epochs=8, cells=("rnn", "gru")))
    assert len(rounds) == 3 * 8 and rounds[-1].finished
    assert [step.seed for step in rounds[::8]] == list(seeds)
    assert not any(step.finished for step in rounds[:-1])
    tally = rounds[-1].tally
    threshold = LEARNT_SHARE * BASELINE_MSE
    for name in ("rnn", "gru"):
        alone = [deque(race(4, seed=s, epochs=8, cells=(name,)), maxlen=1)[0] for s in seeds]
        expected = [step.test[name] for step in alone]
        assert tally.test[name] == expected
        assert tally.learnt(name) == sum(mse < threshold for mse in expected)
        assert tally.tested(name) == 3
        assert tally.end_gradient[name] == [
            echo_gradient(name, step.steps[name].params, 4) for step in alone
        ]
        assert tally.start_gradient[name] == echo_gradient(name, race_start(name), 4)


def test_the_learning_rate_reaches_the_optimiser():
    slow = deque(race(3, seed=1, epochs=3, cells=("rnn",), learning_rate=0.001), maxlen=1)[0]
    fast = deque(race(3, seed=1, epochs=3, cells=("rnn",), learning_rate=0.1), maxlen=1)[0]
    start = race_start("rnn").as_vector()
    moved = [np.abs(step.steps["rnn"].params.as_vector() - start).max() for step in (slow, fast)]
    # Adam moves each parameter by about the learning rate per step: 12 steps (3 epochs of 4).
    assert moved[0] <= 12 * 0.001 * 1.01 and moved[1] > 10 * moved[0]
    for bad in (0.0, 2.0, math.nan, True):
        with pytest.raises(ValueError, match="learning rate"):
            race_seeds(3, seeds=(1,), learning_rate=bad)
    with pytest.raises(ValueError, match="seeds"):
        race_seeds(3, seeds=())


def test_echo_gradient_is_one_for_an_exact_echo_and_small_for_a_forgetting_cell():
    params = RNN.defaults().replace(w_in=1e-3, w_hh=1.0, w_out=1e3)  # y(k+1) ≈ x(1)
    assert echo_gradient("rnn", params, 5) == pytest.approx(1.0, rel=1e-4)
    assert echo_gradient("rnn", RNN.defaults().replace(w_hh=0.1), 20) < 1e-15


def test_the_verdict_says_in_how_many_seeds_and_why_a_cell_failed():
    model = CompareModel()
    model.set_delay(5)
    model.set_race_seeds(3)
    model.set_race_learning_rate(0.05)
    for _step in model.race_steps(epochs=40):
        pass
    tally = model.race.last.tally
    verdict = model.race.verdict
    for name, title in (("rnn", "RNN"), ("lstm", "LSTM"), ("gru", "GRU")):
        count = tally.learnt(name)
        verb = "<b>learnt</b> it" if count else "did <b>not</b> learn it"
        assert f"{title} {verb} in {count} of 3 seeds (median test MSE " in verdict
        if count < 3:  # failed in a seed: how strongly the pulse moved its output, measured
            assert f"{title}: ∂y(6)/∂x(1) " in verdict
        else:
            assert f"{title}: ∂y(6)/∂x(1) " not in verdict
    assert "learning rate 0.05, 40 epochs, seeds 1–3; cells of one unit" in verdict
    assert len(model.race.past_histories) == 2
    assert all(len(losses) == 40 for losses in model.race.histories.values())


def test_the_race_settings_are_checked_and_kept_in_the_lesson():
    model = CompareModel()
    for bad in (0, 21, 2.5, True):
        with pytest.raises(ValueError):
            model.set_race_seeds(bad)
    for bad in (0.0, 1.5, "0.1"):
        with pytest.raises(ValueError):
            model.set_race_learning_rate(bad)
    model.set_race_seeds(7)
    model.set_race_learning_rate(0.005)
    options = model.options()
    assert options["seeds"] == 7 and options["learning_rate"] == 0.005
    other = CompareModel()
    other.apply_options(options)
    assert (other.race.seed_count, other.race.learning_rate) == (7, 0.005)
    for bad in ({"seeds": 0}, {"seeds": 1.5}, {"learning_rate": 0}, {"learning_rate": 3}):
        with pytest.raises(LessonError):
            check_options(bad)


# ============================================================================ command lines
def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args], capture_output=True, text=True, timeout=120
    )


def test_race_prints_the_counts_as_json():
    result = _run(
        "race", "--task", "echo", "--delay", "3", "--cell", "rnn", "--cell", "gru",
        "--lr", "0.05", "--seeds", "2", "--epochs", "6", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["cells"]) == {"rnn", "gru"}
    tally = deque(race_seeds(3, seeds=(1, 2), epochs=6, cells=("rnn", "gru")), maxlen=1)[0].tally
    for name, cell in data["cells"].items():
        assert {"learnt", "seeds", "test_mse"} <= set(cell)
        assert cell["seeds"] == 2 and len(cell["test_mse"]) == 2
        assert cell["test_mse"] == pytest.approx(tally.test[name], rel=1e-12)
        assert cell["learnt"] == tally.learnt(name)
    assert data["delay"] == 3 and data["learning_rate"] == 0.05 and data["epochs"] == 6
    everything = json.loads(_run("race", "--delay", "2", "--cell", "all", "--seeds", "1",
                                 "--epochs", "1", "--json").stdout)  # fmt: skip
    assert list(everything["cells"]) == ["rnn", "lstm", "gru"]


def test_race_lists_its_tasks_and_refuses_bad_input():
    listed = _run("race", "--list-tasks")
    assert listed.returncode == 0 and listed.stdout.startswith("echo: ")
    for args, words in (
        (["--delay", "0"], "--delay"),
        (["--delay", "5", "--cell", "cnn"], "unknown cell"),
        (["--delay", "5", "--lr", "fast"], "--lr"),
        (["--delay", "5", "--seeds", "0"], "--seeds"),
        (["--delay", "5", "--task", "copy"], "unknown task"),
        ([], "--delay"),
    ):
        result = _run("race", *args)
        assert result.returncode == 2 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], lines


def test_compare_uses_the_lessons_cells_unless_told_otherwise(tmp_path):
    lesson = json.loads(_run("compare", "--json").stdout)
    assert lesson["parameters_from"] == "compare-who-remembers"
    cells = lesson["cells"]
    assert [cells[n]["remembers_for"] for n in ("rnn", "lstm", "gru")] == [21, 50, 50]
    assert cells["lstm"]["params_used"]["b_f"] == 3.0
    assert len(cells["rnn"]["retention"]) == 50
    assert [cells[n]["readable_for"] for n in ("rnn", "lstm", "gru")] == [17, 24, 50]
    assert cells["lstm"]["latch_from"] == 43
    assert cells["rnn"]["references"]["rnn_path"] == pytest.approx(cells["rnn"]["gradient"])
    plain = json.loads(_run("compare", "--defaults", "--json").stdout)
    assert plain["parameters_from"] == "defaults"
    assert plain["cells"]["lstm"]["params_used"] == LSTM.defaults().to_dict()
    assert [plain["cells"][n]["remembers_for"] for n in ("rnn", "lstm", "gru")] == [21, 10, 10]
    # Another compare lesson, from its file.
    data = lesson_by_name("compare-who-remembers").to_json()
    data["options"]["params"]["rnn"]["w_hh"] = 0.3
    data["options"]["sequence"] = [1.0, 0.0, 0.0]
    path = tmp_path / "mine.lstmlab"
    path.write_text(json.dumps(data), encoding="utf-8")
    mine = json.loads(_run("compare", "--lesson", str(path), "--json").stdout)
    assert mine["cells"]["rnn"]["params_used"]["w_hh"] == 0.3
    assert len(mine["cells"]["rnn"]["retention"]) == 3
    text = _run("compare").stdout
    assert "Parameters: the lesson compare-who-remembers" in text
    assert "LSTM     24 steps  (a latch from step 43)" in text


@pytest.mark.parametrize(
    "args, words",
    [
        (["--lesson", "single-pulse"], "not a compare lesson"),
        (["--lesson", "no-such-lesson"], "neither a built-in lesson nor a file"),
        (["--lesson", "compare-who-remembers", "--defaults"], "not allowed with"),
    ],
)
def test_compare_refuses_a_lesson_it_cannot_use(args, words):
    result = _run("compare", *args)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], lines


def test_a_lessons_json_is_a_copy_that_leaves_the_lesson_as_it_was():
    lesson = lesson_by_name("compare-who-remembers")
    data = lesson.to_json()
    data["options"]["params"]["rnn"]["w_hh"] = 1e6
    assert lesson_by_name("compare-who-remembers").options["params"]["rnn"]["w_hh"] == 0.8


def test_a_delay_no_cell_learns_in_the_budget_is_said_once_with_the_budget():
    model = CompareModel()
    model.set_delay(30)
    model.set_race_seeds(1)
    for _step in model.race_steps(epochs=2):
        pass
    verdict = model.race.verdict
    assert all(model.race.last.tally.learnt(name) == 0 for name in ("rnn", "lstm", "gru"))
    assert verdict.count("No cell learnt the delay-30 echo in any seed within this budget") == 1
    assert "(2 epochs a seed at learning rate 0.05)" in verdict
    for title in ("RNN", "LSTM", "GRU"):  # and why, cell by cell
        assert f"{title}: ∂y(31)/∂x(1) " in verdict
