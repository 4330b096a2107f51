"""The vanilla RNN and GRU cells: equations by hand, finite differences, batch vs loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_lab.engine import (
    GRUParams,
    RNNParams,
    gru_mse_and_grads,
    rnn_mse_and_grads,
    run_gru,
    run_rnn,
)

CELLS = [
    (RNNParams, run_rnn, rnn_mse_and_grads),
    (GRUParams, run_gru, gru_mse_and_grads),
]


def test_rnn_first_steps_by_hand():
    trace = run_rnn(RNNParams(), [1, 0, 0])
    h1 = math.tanh(0.5 * 1 + 0.8 * 0 + 0.0)
    h2 = math.tanh(0.5 * 0 + 0.8 * h1 + 0.0)
    np.testing.assert_allclose(trace.h[:2], [h1, h2], rtol=1e-14)
    np.testing.assert_allclose(trace.y[:2], [h1, h2], rtol=1e-14)
    np.testing.assert_allclose(trace.h_prev[:2], [0.0, h1], rtol=1e-14)
    assert len(trace) == 3


def test_gru_first_steps_by_hand():
    trace = run_gru(GRUParams(), [1, 0])

    def sigmoid(z):
        return 1 / (1 + math.exp(-z))

    h = 0.0
    expected = []
    for x in (1.0, 0.0):
        z = sigmoid(0.5 * x + 0.5 * h)
        r = sigmoid(0.5 * x + 0.5 * h)
        g = math.tanh(0.5 * x + 0.5 * (r * h))
        h = (1 - z) * h + z * g
        expected.append((z, r, g, h))
    z, r, g, h = (list(column) for column in zip(*expected, strict=True))
    np.testing.assert_allclose(trace.z, z, rtol=1e-14)
    np.testing.assert_allclose(trace.r, r, rtol=1e-14)
    np.testing.assert_allclose(trace.g, g, rtol=1e-14)
    np.testing.assert_allclose(trace.h, h, rtol=1e-14)
    np.testing.assert_allclose(trace.y, h, rtol=1e-14)


@pytest.mark.parametrize(("cls", "run", "grad_fn"), CELLS)
@pytest.mark.parametrize("seed", range(4))
def test_gradients_match_central_differences(cls, run, grad_fn, seed):
    rng = np.random.default_rng(seed)
    names = cls.names()
    params = cls.from_vector(rng.uniform(-1.5, 1.5, size=len(names)))  # non-zero biases
    steps = int(rng.integers(1, 10))
    xs, targets = rng.normal(size=steps), rng.normal(size=steps)
    mse, grads = grad_fn(params, xs, targets)
    assert isinstance(mse, float)
    assert mse == pytest.approx(np.mean((run(params, xs).y - targets) ** 2), rel=1e-12)
    eps = 1e-6
    for name in names:
        value = getattr(params, name)
        up = np.mean((run(params.replace(**{name: value + eps}), xs).y - targets) ** 2)
        down = np.mean((run(params.replace(**{name: value - eps}), xs).y - targets) ** 2)
        assert getattr(grads, name) == pytest.approx((up - down) / (2 * eps), rel=1e-6, abs=1e-9)


@pytest.mark.parametrize(("cls", "run", "grad_fn"), CELLS)
def test_batch_equals_loop_of_single_runs(cls, run, grad_fn):
    rng = np.random.default_rng(21)
    names = cls.names()
    vectors = rng.uniform(-2, 2, size=(len(names), 5))
    batched = cls.from_vector(vectors)
    xs, targets = rng.normal(size=7), rng.normal(size=7)
    trace = run(batched, xs)
    mse, grads = grad_fn(batched, xs, targets)
    assert mse.shape == (5,)
    for b in range(5):
        single = cls.from_vector(vectors[:, b])
        one = run(single, xs)
        np.testing.assert_allclose(trace.h[:, b], one.h, atol=1e-14)
        np.testing.assert_allclose(trace.y[:, b], one.y, atol=1e-14)
        one_mse, one_grads = grad_fn(single, xs, targets)
        assert mse[b] == pytest.approx(one_mse, rel=1e-12)
        np.testing.assert_allclose(grads.as_vector()[:, b], one_grads.as_vector(), atol=1e-13)


@pytest.mark.parametrize(("cls", "run", "grad_fn"), CELLS)
def test_stepping_with_carried_state_equals_one_run(cls, run, grad_fn):
    rng = np.random.default_rng(22)
    params = cls.from_vector(rng.uniform(-2, 2, size=len(cls.names())))
    xs = rng.normal(size=8)
    whole = run(params, xs)
    h = 0.0
    for t, x in enumerate(xs):
        step = run(params, [x], h0=h)
        assert step.h[0] == pytest.approx(whole.h[t], abs=1e-15)
        h = float(step.h[0])


def test_rnn_memory_fades_faster_than_lstm_with_forget_gate_open():
    from lstm_lab.engine import LSTMParams, run_lstm

    xs = [1] + [0] * 20
    rnn = run_rnn(RNNParams(), xs)
    lstm = run_lstm(LSTMParams(b_f=1.0, w_hf=0.0, w_xf=0.0), xs, clamps={"f": 1.0})
    assert abs(rnn.h[-1]) < 0.05 * abs(rnn.h[0])
    assert abs(lstm.c[-1]) >= abs(lstm.c[0])
