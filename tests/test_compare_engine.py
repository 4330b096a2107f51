"""The memory maths of the comparison lesson: retention, gradient(k) by BPTT, parameter counts,
the delay-k echo race, the lesson's options and the `lstm-lab compare` command line."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from lstm_lab.core.lesson import LessonError
from lstm_lab.engine import GRU, LSTM, RNN
from lstm_lab.engine.memory import (
    FIRST_STRETCH,
    direct_param_count,
    gradient_profile,
    input_gradients,
    param_count,
    remembers_for,
    retention,
    torch_param_count,
)
from lstm_lab.engine.race import (
    BASELINE_MSE,
    EchoTask,
    ScoredCell,
    race,
)
from lstm_lab.lessons.compare.model import CompareModel, check_options

CELLS = (RNN, LSTM, GRU)
SEQUENCE = np.array([1.0, -0.4, 0.3, 0.0, 0.8, -1.0, 0.2])


def _y_last(cell, params, xs):
    return float(cell.run(params, xs).y[-1])


def _h(cell, params, xs):
    return np.asarray(cell.run(params, xs).h)


@pytest.mark.parametrize("cell", CELLS, ids=lambda c: c.name)
def test_gradient_matches_central_differences(cell):
    params = cell.defaults()
    exact = input_gradients(cell, params, SEQUENCE)
    eps = 1e-6
    for t in range(len(SEQUENCE)):
        up, down = SEQUENCE.copy(), SEQUENCE.copy()
        up[t] += eps
        down[t] -= eps
        numeric = (_y_last(cell, params, up) - _y_last(cell, params, down)) / (2 * eps)
        assert exact[t] == pytest.approx(numeric, abs=1e-8)
    profile = gradient_profile(cell, params, SEQUENCE)
    assert np.allclose(profile, np.abs(exact[::-1]))  # gradient(k) = |∂y(T)/∂x(T−k)|


@pytest.mark.parametrize("cell", CELLS, ids=lambda c: c.name)
def test_retention_is_the_difference_of_two_runs(cell):
    params = cell.defaults()
    xs = np.array([0.7, 0.0, 0.5, 0.0, 0.0])
    b = xs.copy()
    b[0] = 0.0
    expected = np.abs(_h(cell, params, xs) - _h(cell, params, b))
    assert np.allclose(retention(cell, params, xs), expected)


class _CountingCell:
    """A cell that counts the steps it is run for."""

    def __init__(self, cell) -> None:
        self.cell, self.name, self.states, self.steps = cell, cell.name, cell.states, 0

    def run(self, params, xs, **states):
        self.steps += len(xs)
        return self.cell.run(params, xs, **states)


def _saturated(cell, weight):
    return cell.params_type.from_dict(
        {k: (weight if k.startswith("w_") else v) for k, v in cell.defaults().to_dict().items()}
    )


@pytest.mark.parametrize("cell", CELLS, ids=lambda c: c.name)
@pytest.mark.parametrize("weight", [1e6, None], ids=["saturated", "defaults"])
def test_retention_gives_the_numbers_of_two_whole_runs_and_stops_where_they_meet(cell, weight):
    rng = np.random.default_rng(1)
    xs = np.concatenate([[1.0], np.round(rng.uniform(-1, 1, 2999), 3)])
    params = _saturated(cell, weight) if weight is not None else cell.defaults()
    b = xs.copy()
    b[0] = 0.0
    with np.errstate(all="ignore"):
        run_a, run_b = cell.run(params, xs), cell.run(params, b)
        whole = np.abs(np.asarray(run_a.h) - np.asarray(run_b.h))
        counting = _CountingCell(cell)
        kept = retention(counting, params, xs, trace=run_a)
        assert np.array_equal(kept, whole)  # exactly: run B in stretches is one run
        assert np.array_equal(retention(cell, params, xs), whole)
        assert np.array_equal(
            gradient_profile(cell, params, xs, trace=run_a), gradient_profile(cell, params, xs)
        )
    # Run A was given: run B is the only run, and it ends within a stretch after the step
    # from which both runs are in the same state (a saturated cell forgets within steps).
    same = np.all([getattr(run_a, s) == getattr(run_b, s) for s in cell.states], axis=0)
    apart = np.flatnonzero(~same)
    meet = int(apart[-1]) + 1 if len(apart) else 0
    assert counting.steps <= min(len(xs), 2 * (meet + 1) + FIRST_STRETCH)
    if weight is not None:
        assert counting.steps < len(xs)


# -------------------------------------------------------------------- hand values, T = 3
def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_rnn_by_hand():
    p = RNN.defaults().replace(w_in=1.0, w_hh=0.5, b=0.0, w_out=2.0)
    h1 = math.tanh(1.0)
    h2 = math.tanh(0.5 * h1)
    h3 = math.tanh(0.5 * h2)
    # ∂y3/∂x3 = w_out·(1−h3²)·w_in;  ∂y3/∂x2 = w_out·(1−h3²)·w_hh·(1−h2²)·w_in; …
    d3 = 2.0 * (1 - h3**2)
    d2 = d3 * 0.5 * (1 - h2**2)
    d1 = d2 * 0.5 * (1 - h1**2)
    assert np.allclose(gradient_profile(RNN, p, [1, 0, 0]), [d3, d2, d1])
    assert np.allclose(retention(RNN, p, [1, 0, 0]), [h1, h2, h3])  # run B stays at 0
    assert d1 == pytest.approx(0.1764, abs=1e-4)  # on paper: 2·0.9677·0.5·0.8680·0.5·0.4200


def test_lstm_by_hand():
    """Recurrent weights 0: the gates see only x, and the chain of ∂C runs along the highway."""
    p = LSTM.defaults().replace(
        w_hf=0.0, w_hi=0.0, w_hc=0.0, w_ho=0.0, w_xf=0.0, b_f=1.0, w_xo=0.0, b_o=0.0
    )
    f = sig(1.0)
    o = sig(0.0)
    i1, g1 = sig(0.5), math.tanh(0.5)
    c1 = i1 * g1
    i0, g0 = sig(0.0), math.tanh(0.0)  # steps 2 and 3 see x = 0
    c2 = f * c1 + i0 * g0
    c3 = f * c2 + i0 * g0
    dc1_dx1 = 0.5 * i1 * (1 - i1) * g1 + i1 * 0.5 * (1 - g1**2)
    dy3_dc3 = 1.0 * o * (1 - math.tanh(c3) ** 2)
    d1 = dy3_dc3 * f * f * dc1_dx1
    d2 = dy3_dc3 * f * (0.5 * 0.25 * g0 + i0 * 0.5 * 1.0)
    d3 = dy3_dc3 * (0.5 * 0.25 * g0 + i0 * 0.5 * 1.0)
    assert np.allclose(gradient_profile(LSTM, p, [1, 0, 0]), [d3, d2, d1])
    h = [o * math.tanh(c) for c in (c1, c2, c3)]
    assert np.allclose(retention(LSTM, p, [1, 0, 0]), h)


def test_gru_by_hand():
    p = GRU.defaults().replace(w_hz=0.0, w_hr=0.0, w_hc=0.0, b_z=-1.0)
    z1, g1 = sig(0.5 - 1.0), math.tanh(0.5)
    z0 = sig(-1.0)
    h1 = z1 * g1
    h2 = (1 - z0) * h1  # g = tanh(0) = 0 at steps 2, 3
    h3 = (1 - z0) * h2
    dh1_dx1 = 0.5 * z1 * (1 - z1) * g1 + z1 * 0.5 * (1 - g1**2)
    d1 = 1.0 * (1 - z0) * (1 - z0) * dh1_dx1
    d2 = 1.0 * (1 - z0) * (0.5 * z0 * (1 - z0) * (0 - h1) + z0 * 0.5)
    d3 = 1.0 * (0.5 * z0 * (1 - z0) * (0 - h2) + z0 * 0.5)
    assert np.allclose(gradient_profile(GRU, p, [1, 0, 0]), [d3, d2, d1])
    assert np.allclose(retention(GRU, p, [1, 0, 0]), [h1, h2, h3])


def test_remembers_for():
    assert remembers_for([1.0, 0.5, 0.02, 0.009, 0.011]) == 5
    assert remembers_for([1.0, 0.5, 0.009, 0.0]) == 2
    assert remembers_for([0.0, 0.0]) == 0


# -------------------------------------------------------------------- parameter counts
@pytest.mark.parametrize("m, n", [(1, 1), (1, 32), (3, 7), (10, 128)])
def test_param_counts(m, n):
    for name in ("rnn", "lstm", "gru"):
        assert param_count(name, m, n) == direct_param_count(name, m, n)
    assert param_count("lstm", m, n) == 4 * param_count("rnn", m, n)
    assert param_count("gru", m, n) == 0.75 * param_count("lstm", m, n)
    assert torch_param_count("lstm", m, n) == 4 * n * (n + m + 2)


def test_scalar_cells_count_like_a_layer_of_one_unit():
    """The engine's scalar cells hold exactly the m = n = 1 layer plus their output weights."""
    outputs = {"rnn": 1, "lstm": 2, "gru": 2}
    for cell in CELLS:
        assert len(cell.param_names) == param_count(cell.name, 1, 1) + outputs[cell.name]


def test_param_counts_against_torch():
    torch = pytest.importorskip("torch")
    for name, layer in (("rnn", torch.nn.RNN), ("lstm", torch.nn.LSTM), ("gru", torch.nn.GRU)):
        module = layer(3, 5)
        assert sum(p.numel() for p in module.parameters()) == torch_param_count(name, 3, 5)


# -------------------------------------------------------------------- the race
def test_echo_task_scores_only_the_last_step():
    task = EchoTask(3)
    inputs, targets = task(np.random.default_rng(0), 4, 6)
    assert inputs.shape == targets.shape == (6, 4)
    assert np.isnan(targets[:, :3]).all()
    assert np.array_equal(targets[:, 3], inputs[:, 0])
    with pytest.raises(ValueError):
        EchoTask(0)


def test_scored_cell_gradient_matches_differences():
    cell = ScoredCell(LSTM)
    task = EchoTask(4)
    inputs, targets = task(np.random.default_rng(1), 5, 3)
    params = LSTM.defaults()
    loss, grads = cell.loss_and_grads(params, inputs.T, targets.T)
    y = LSTM.run(params, inputs.T).y
    assert np.allclose(loss, (y[-1] - targets.T[-1]) ** 2)
    eps = 1e-6
    for name in ("b_f", "w_xc", "w_out"):
        value = params.to_dict()[name]
        up = cell.loss(params.replace(**{name: value + eps}), inputs.T, targets.T)
        down = cell.loss(params.replace(**{name: value - eps}), inputs.T, targets.T)
        assert np.allclose(getattr(grads, name), (up - down) / (2 * eps), atol=1e-7)


def test_race_lstm_beats_rnn_on_delay_10():
    from collections import deque

    last = deque(race(10, seed=1, epochs=60), maxlen=1)[0]
    assert last.finished
    assert last.steps["lstm"].loss < last.steps["rnn"].loss
    assert last.test["lstm"] < last.test["rnn"]
    assert last.test["rnn"] > 0.5 * BASELINE_MSE  # the RNN forgot the pulse


# -------------------------------------------------------------------- the lesson's options
def test_options_are_checked():
    assert check_options({"delay": 10, "units": 32})["units"] == 32
    for bad in (
        {"colour": 1},
        {"delay": 0},
        {"delay": 2.5},
        {"units": True},
        {"sequence": [1, float("nan")]},
        {"sequence": []},
        {"params": {"lstm": {"w_hh": 1}}},
        {"params": {"cnn": {}}},
        {"params": {"rnn": {"w_hh": float("inf")}}},
    ):
        with pytest.raises(LessonError):
            check_options(bad)


def test_model_recomputes_one_cell():
    model = CompareModel()
    changed = []
    model.events.results.connect(changed.append)
    before = model.results("rnn").remembers_for
    model.set_param("rnn", "w_hh", 0.3)
    assert changed == ["rnn"]
    assert model.results("rnn").remembers_for < before
    options = model.options()
    other = CompareModel()
    other.apply_options(options)
    assert other.options() == options


# -------------------------------------------------------------------- the command line
def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", "compare", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_json():
    result = _cli("--sequence", "1, 0, 0", "--param", "rnn.w_hh=0.5", "--units", "32", "--json")
    assert result.returncode == 0, result.stderr
    cells = json.loads(result.stdout)["cells"]
    assert set(cells) == {"rnn", "lstm", "gru"}
    rnn = cells["rnn"]
    assert rnn["params_used"] == {"w_in": 0.5, "w_hh": 0.5, "b": 0.0, "w_out": 1.0}
    p = RNN.defaults().replace(w_hh=0.5)
    assert np.allclose(rnn["retention"], retention(RNN, p, [1, 0, 0]))
    assert np.allclose(rnn["gradient"], gradient_profile(RNN, p, [1, 0, 0]))
    assert len(rnn["retention"]) == len(rnn["gradient"]) == 3
    assert rnn["param_count"] == 32 * 34
    assert cells["lstm"]["param_count"] == 4 * 32 * 34
    assert isinstance(cells["gru"]["remembers_for"], int)


@pytest.mark.parametrize(
    "args, words",
    [
        (["--sequence", "1, 0", "--param", "cnn.w=1"], "unknown cell"),
        (["--sequence", "1, 0", "--param", "lstm.w_hh=1"], "unknown parameter"),
        (["--sequence", "1, 0", "--param", "rnn.w_hh=nan"], "not a finite number"),
        (["--sequence", "1,zero"], "sequence"),
        (["--sequence", "1, 0", "--units", "0"], "--units"),
    ],
)
def test_cli_bad_input(args, words):
    result = _cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]
