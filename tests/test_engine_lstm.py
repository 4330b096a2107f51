"""The LSTM cell: worked example by hand, gradients by finite differences, batch vs loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_lab.engine import (
    PARAM_NAMES,
    PARAM_SPECS,
    LSTMParams,
    explain_step,
    lstm_mse,
    mse_and_grads,
    run_lstm,
)

TRACE_FIELDS = ("x", "f", "i", "g", "o", "c", "h", "y", "zf", "zi", "zg", "zo", "h_prev", "c_prev")


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def random_params(rng: np.random.Generator, scale: float = 1.0) -> LSTMParams:
    """Random weights and random, non-zero biases."""
    return LSTMParams.from_vector(rng.uniform(-1.5, 1.5, size=14) * scale)


def numerical_grads(params: LSTMParams, xs, targets, clamps=None, eps: float = 1e-6) -> dict:
    grads = {}
    for name in PARAM_NAMES:
        value = getattr(params, name)
        up = lstm_mse(params.replace(**{name: value + eps}), xs, targets, clamps=clamps)
        down = lstm_mse(params.replace(**{name: value - eps}), xs, targets, clamps=clamps)
        grads[name] = (up - down) / (2 * eps)
    return grads


# ---------------------------------------------------------------- the worked example


def test_worked_example_first_two_steps_by_hand():
    trace = run_lstm(LSTMParams(), [1, 0, 0, 0, 0])

    # Step 1: x = 1, h(0) = C(0) = 0, every weight 0.5, every bias 0.
    z1 = 0.5 * 1 + 0.5 * 0 + 0.0
    f1 = i1 = o1 = sigmoid(z1)
    g1 = math.tanh(z1)
    c1 = f1 * 0.0 + i1 * g1
    h1 = o1 * math.tanh(c1)
    assert f1 == pytest.approx(0.622459, abs=1e-6)
    assert c1 == pytest.approx(0.287649, abs=1e-6)
    assert h1 == pytest.approx(0.174270, abs=1e-6)

    # Step 2: x = 0, so every gate hears only h(1).
    z2 = 0.5 * 0 + 0.5 * h1 + 0.0
    f2 = i2 = o2 = sigmoid(z2)
    g2 = math.tanh(z2)
    c2 = f2 * c1 + i2 * g2
    h2 = o2 * math.tanh(c2)

    expected = {
        "f": [f1, f2],
        "i": [i1, i2],
        "g": [g1, g2],
        "o": [o1, o2],
        "c": [c1, c2],
        "h": [h1, h2],
        "y": [1.0 * h1 + 0.0, 1.0 * h2 + 0.0],
        "zf": [z1, z2],
        "h_prev": [0.0, h1],
        "c_prev": [0.0, c1],
    }
    for name, values in expected.items():
        np.testing.assert_allclose(getattr(trace, name)[:2], values, rtol=1e-13, atol=1e-15)
    assert len(trace) == 5
    np.testing.assert_array_equal(trace.x, [1, 0, 0, 0, 0])


def test_defaults_match_the_spec_table():
    params = LSTMParams()
    assert tuple(PARAM_SPECS) == PARAM_NAMES
    for name, spec in PARAM_SPECS.items():
        assert getattr(params, name) == spec.default
        assert spec.minimum <= spec.default <= spec.maximum


def test_memory_fades_with_zero_input_and_holds_with_forget_gate_clamped_open():
    xs = [1, 0, 0, 0, 0, 0, 0, 0]
    fading = run_lstm(LSTMParams(), xs)
    holding = run_lstm(LSTMParams(), xs, clamps={"f": 1.0, "i": 0.0})
    assert np.all(np.diff(fading.c) < 0)
    np.testing.assert_array_equal(holding.c, 0.0)  # nothing is ever written
    held = run_lstm(LSTMParams(), xs, c0=0.7, clamps={"f": 1.0, "i": 0.0})
    np.testing.assert_array_equal(held.c, 0.7)
    np.testing.assert_array_equal(held.f, 1.0)
    assert held.clamps == {"f": 1.0, "i": 0.0}


# ---------------------------------------------------------------- gradients


@pytest.mark.parametrize("seed", range(6))
def test_gradients_match_central_differences(seed):
    rng = np.random.default_rng(seed)
    params = random_params(rng)
    steps = int(rng.integers(1, 12))
    xs = rng.normal(size=steps)
    targets = rng.normal(size=steps)
    mse, grads = mse_and_grads(params, xs, targets)
    assert isinstance(mse, float)
    assert mse == pytest.approx(lstm_mse(params, xs, targets), rel=1e-12)
    assert mse == pytest.approx(np.mean((run_lstm(params, xs).y - targets) ** 2), rel=1e-12)
    numeric = numerical_grads(params, xs, targets)
    for name in PARAM_NAMES:
        assert getattr(grads, name) == pytest.approx(numeric[name], rel=1e-6, abs=1e-9), name


@pytest.mark.parametrize(
    "clamps", [{"f": 1.0}, {"i": 0.3}, {"g": -0.5}, {"o": 0.8}, {"f": 0.9, "i": 0.2, "o": 1.0}]
)
def test_gradients_with_clamps_match_central_differences(clamps):
    rng = np.random.default_rng(7)
    params = random_params(rng)
    xs = rng.normal(size=9)
    targets = rng.normal(size=9)
    mse, grads = mse_and_grads(params, xs, targets, clamps=clamps)
    numeric = numerical_grads(params, xs, targets, clamps=clamps)
    suffix = {"f": "f", "i": "i", "g": "c", "o": "o"}
    for name in PARAM_NAMES:
        assert getattr(grads, name) == pytest.approx(numeric[name], rel=1e-6, abs=1e-9), name
    for gate in clamps:
        for name in (f"w_x{suffix[gate]}", f"w_h{suffix[gate]}", f"b_{suffix[gate]}"):
            assert getattr(grads, name) == 0.0


def test_batched_gradients_match_central_differences():
    rng = np.random.default_rng(11)
    batch = 5
    params = LSTMParams.from_vector(rng.uniform(-1.5, 1.5, size=(14, batch)))
    xs = rng.normal(size=8)
    targets = rng.normal(size=8)
    clamps = {"g": 0.4}
    mse, grads = mse_and_grads(params, xs, targets, clamps=clamps)
    assert mse.shape == (batch,)
    numeric = numerical_grads(params, xs, targets, clamps=clamps)
    for name in PARAM_NAMES:
        assert getattr(grads, name).shape == (batch,)
        np.testing.assert_allclose(getattr(grads, name), numeric[name], rtol=1e-6, atol=1e-9)


def test_nonzero_initial_state_gradients():
    rng = np.random.default_rng(3)
    params = random_params(rng)
    xs, targets = rng.normal(size=6), rng.normal(size=6)
    _, grads = mse_and_grads(params, xs, targets, h0=0.3, c0=-0.6)
    eps = 1e-6
    for name in PARAM_NAMES:
        value = getattr(params, name)
        up = lstm_mse(params.replace(**{name: value + eps}), xs, targets, h0=0.3, c0=-0.6)
        down = lstm_mse(params.replace(**{name: value - eps}), xs, targets, h0=0.3, c0=-0.6)
        assert getattr(grads, name) == pytest.approx((up - down) / (2 * eps), rel=1e-6, abs=1e-9)


# ---------------------------------------------------------------- batch vs loop, steps vs whole


def test_batch_equals_loop_of_single_runs():
    rng = np.random.default_rng(5)
    batch = 6
    vectors = rng.uniform(-2, 2, size=(14, batch))
    batched = LSTMParams.from_vector(vectors)
    xs, targets = rng.normal(size=10), rng.normal(size=10)
    clamps = {"o": 0.6}
    trace = run_lstm(batched, xs, clamps=clamps)
    mse, grads = mse_and_grads(batched, xs, targets, clamps=clamps)
    landscape = lstm_mse(batched, xs, targets, clamps=clamps)
    for b in range(batch):
        single = LSTMParams.from_vector(vectors[:, b])
        assert batched.at(b) == single
        one = run_lstm(single, xs, clamps=clamps)
        for name in TRACE_FIELDS:
            np.testing.assert_allclose(getattr(trace, name)[:, b], getattr(one, name), atol=1e-14)
        one_mse, one_grads = mse_and_grads(single, xs, targets, clamps=clamps)
        assert mse[b] == pytest.approx(one_mse, rel=1e-12)
        assert landscape[b] == pytest.approx(one_mse, rel=1e-12)
        np.testing.assert_allclose(grads.as_vector()[:, b], one_grads.as_vector(), atol=1e-13)


def test_batch_of_two_varied_parameters_broadcasts_the_rest():
    w_hf = np.linspace(-2, 2, 7)
    b_f = np.linspace(-1, 1, 7)
    params = LSTMParams(w_hf=w_hf, b_f=b_f)
    xs = [1, 0, 0, 1, 0]
    trace = run_lstm(params, xs)
    assert trace.h.shape == (5, 7)
    for b in range(7):
        one = run_lstm(LSTMParams(w_hf=float(w_hf[b]), b_f=float(b_f[b])), xs)
        np.testing.assert_allclose(trace.h[:, b], one.h, atol=1e-15)


def test_inputs_of_shape_t_by_b_run_one_sequence_per_cell():
    rng = np.random.default_rng(8)
    params = random_params(rng)
    xs = rng.normal(size=(6, 3))
    targets = rng.normal(size=(6, 3))
    trace = run_lstm(params, xs)
    mse, grads = mse_and_grads(params, xs, targets)
    for b in range(3):
        np.testing.assert_allclose(trace.y[:, b], run_lstm(params, xs[:, b]).y, atol=1e-15)
        one_mse, one_grads = mse_and_grads(params, xs[:, b], targets[:, b])
        assert mse[b] == pytest.approx(one_mse, rel=1e-12)
        np.testing.assert_allclose(grads.as_vector()[:, b], one_grads.as_vector(), atol=1e-13)


def test_stepping_with_carried_state_equals_one_run():
    rng = np.random.default_rng(9)
    params = random_params(rng)
    xs = rng.normal(size=12)
    whole = run_lstm(params, xs)
    h, c = 0.0, 0.0
    for t, x in enumerate(xs):
        step = run_lstm(params, [x], h0=h, c0=c)
        for name in TRACE_FIELDS:
            assert getattr(step, name)[0] == getattr(whole, name)[t], (name, t)
        h, c = float(step.h[0]), float(step.c[0])


def test_splitting_a_sequence_in_two_equals_one_run_batched():
    rng = np.random.default_rng(10)
    params = LSTMParams.from_vector(rng.uniform(-2, 2, size=(14, 4)))
    xs = rng.normal(size=9)
    whole = run_lstm(params, xs)
    first = run_lstm(params, xs[:4])
    second = run_lstm(params, xs[4:], h0=first.h[-1], c0=first.c[-1])
    np.testing.assert_allclose(np.concatenate([first.h, second.h]), whole.h, atol=1e-15)
    np.testing.assert_allclose(np.concatenate([first.c, second.c]), whole.c, atol=1e-15)


# ---------------------------------------------------------------- bad input


def test_clamps_are_checked():
    with pytest.raises(ValueError, match="unknown gate"):
        run_lstm(LSTMParams(), [1.0], clamps={"q": 0.5})
    with pytest.raises(ValueError, match="forget gate"):
        run_lstm(LSTMParams(), [1.0], clamps={"f": 1.5})
    with pytest.raises(ValueError, match="cell candidate"):
        run_lstm(LSTMParams(), [1.0], clamps={"g": -2})
    assert run_lstm(LSTMParams(), [1.0], clamps={"g": -1.0, "f": None}).g[0] == -1.0


def test_target_of_wrong_length_is_rejected():
    with pytest.raises(ValueError, match="same length"):
        mse_and_grads(LSTMParams(), [1, 0, 0], [1, 0])


def test_extreme_weights_stay_finite_without_warnings():
    params = LSTMParams.from_vector(np.full(14, 1e5))
    trace = run_lstm(params, [1e6, -1e6, 0.0])
    batched = run_lstm(LSTMParams(w_xf=np.array([1e5, -1e5])), [1e6, -1e6])
    mse, grads = mse_and_grads(params, [1e6, -1e6, 0.0], [0.0, 0.0, 0.0])
    assert np.all(np.isfinite(trace.y)) and np.all(np.isfinite(batched.y))
    assert np.isfinite(mse) and np.all(np.isfinite(grads.as_vector()))


# ---------------------------------------------------------------- explain_step


def test_explain_step_carries_the_numbers_of_the_step():
    rng = np.random.default_rng(12)
    params = random_params(rng)
    xs = rng.normal(size=4)
    trace = run_lstm(params, xs, clamps={"i": 0.25})
    step = explain_step(params, trace, 3)
    assert step.t == 3
    assert step.x == trace.x[2] and step.h_prev == trace.h[1] and step.c_prev == trace.c[1]
    forget = step.gates["f"]
    assert [term.weight_name for term in forget.terms] == ["w_xf", "w_hf"]
    assert forget.terms[0].product == params.w_xf * trace.x[2]
    assert forget.terms[1].product == params.w_hf * trace.h[1]
    assert forget.bias_name == "b_f" and forget.bias_value == params.b_f
    assert forget.preactivation == pytest.approx(
        sum(term.product for term in forget.terms) + forget.bias_value, abs=1e-15
    )
    assert forget.activation == "σ" and forget.value == trace.f[2] and not forget.clamped
    assert step.gates["g"].activation == "tanh"
    assert step.gates["i"].clamped and step.gates["i"].value == 0.25
    assert step.forget_part + step.input_part == pytest.approx(step.c, abs=1e-15)
    assert step.o * step.tanh_c == pytest.approx(step.h, abs=1e-15)
    assert step.output_product + step.b_out == pytest.approx(step.y, abs=1e-15)
    with pytest.raises(ValueError):
        explain_step(params, trace, 0)
    with pytest.raises(ValueError):
        explain_step(params, trace, 5)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("clamps", [None, {"f": 0.9}, {"g": -0.3, "o": 1.0}])
def test_landscape_mse_matches_the_trace(dtype, clamps):
    rng = np.random.default_rng(13)
    batch = 9
    params = LSTMParams.from_vector(rng.uniform(-2, 2, size=(14, batch)))
    xs = rng.integers(0, 2, size=11).astype(float)
    targets = rng.normal(size=11)
    h0, c0 = rng.uniform(-1, 1, size=batch), 0.4
    trace = run_lstm(params, xs, h0=h0, c0=c0, clamps=clamps)
    expected = np.mean((trace.y - targets[:, None]) ** 2, axis=0)
    mse = lstm_mse(params, xs, targets, clamps=clamps, h0=h0, c0=c0, dtype=dtype)
    assert mse.dtype == np.float64 and mse.shape == (batch,)
    tolerance = 1e-12 if dtype is np.float64 else 1e-5
    np.testing.assert_allclose(mse, expected, rtol=tolerance)
    # Inputs and targets of shape (T, B), one sequence per cell.
    many_xs, many_targets = rng.normal(size=(11, batch)), rng.normal(size=(11, batch))
    many = run_lstm(params, many_xs, clamps=clamps)
    np.testing.assert_allclose(
        lstm_mse(params, many_xs, many_targets, clamps=clamps, dtype=dtype),
        np.mean((many.y - many_targets) ** 2, axis=0),
        rtol=tolerance,
    )


def test_empty_sequence_gives_an_empty_trace_but_no_mse():
    assert len(run_lstm(LSTMParams(), [])) == 0
    assert run_lstm(LSTMParams(w_hf=np.zeros(3)), []).h.shape == (0, 3)
    with pytest.raises(ValueError, match="empty"):
        mse_and_grads(LSTMParams(), [], [])
    with pytest.raises(ValueError, match="empty"):
        lstm_mse(LSTMParams(w_hf=np.zeros(3)), [], [])


def test_one_input_sequence_against_many_targets():
    rng = np.random.default_rng(14)
    params = random_params(rng)
    xs = rng.normal(size=6)
    targets = rng.normal(size=(6, 4))
    mse, grads = mse_and_grads(params, xs, targets)
    landscape = lstm_mse(params, xs, targets)
    for b in range(4):
        one_mse, one_grads = mse_and_grads(params, xs, targets[:, b])
        assert mse[b] == pytest.approx(one_mse, rel=1e-12)
        assert landscape[b] == pytest.approx(one_mse, rel=1e-12)
        np.testing.assert_allclose(grads.as_vector()[:, b], one_grads.as_vector(), atol=1e-13)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_landscape_split_across_threads_equals_one_thread(dtype):
    rng = np.random.default_rng(15)
    batch = 5000
    params = LSTMParams(w_hf=rng.uniform(-2, 2, batch), b_f=rng.uniform(-1, 1, batch))
    xs = rng.integers(0, 2, size=12).astype(float)
    targets = np.roll(xs, 2)
    h0 = rng.uniform(-1, 1, batch)
    clamps = {"i": rng.uniform(0, 1, batch)}
    one = lstm_mse(params, xs, targets, clamps=clamps, h0=h0, dtype=dtype)
    split = lstm_mse(params, xs, targets, clamps=clamps, h0=h0, dtype=dtype, workers=3)
    np.testing.assert_array_equal(split, one)
