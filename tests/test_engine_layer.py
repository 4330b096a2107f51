"""The many-unit LSTM layer: central differences, nn.LSTM, state dicts, the scalar cell."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine import LSTMParams, run_lstm
from lstm_lab.engine.layer import (
    HEAD_KEYS,
    LAYER_KEYS,
    dense,
    dense_grads,
    from_scalar_params,
    from_state_dict,
    init_layer,
    lstm_layer,
    lstm_layer_backward,
    lstm_layer_grads,
    to_scalar_params,
    to_state_dict,
)


def random_weights(rng: np.random.Generator, hidden: int, inputs: int) -> dict[str, np.ndarray]:
    # Random weights and random non-zero biases of both kinds: a zero bias would hide bias bugs.
    weights = init_layer(hidden, inputs, rng, outputs=2, dtype=np.float64)
    return {key: value * 2.0 for key, value in weights.items()}


def projected_loss(weights, xs, h0, c0, projection_h, projection_c) -> float:
    """A loss that reads every h(t) and the last C: L = Σ R_h⊙h + Σ R_c⊙C(T)."""
    trace = lstm_layer(weights, xs, h0, c0)
    return float(np.sum(projection_h * trace.h) + np.sum(projection_c * trace.c[-1]))


@pytest.mark.parametrize("sizes", [(1, 1, 1, 1), (3, 2, 4, 5), (4, 3, 2, 6)])
def test_gradients_match_central_differences(sizes):
    hidden, inputs, batch, steps = sizes
    rng = np.random.default_rng(sum(sizes))
    weights = random_weights(rng, hidden, inputs)
    xs = rng.normal(size=(steps, batch, inputs))
    h0 = rng.normal(size=(batch, hidden)) * 0.5
    c0 = rng.normal(size=(batch, hidden)) * 0.5
    projection_h = rng.normal(size=(steps, batch, hidden))
    projection_c = rng.normal(size=(batch, hidden))

    trace = lstm_layer(weights, xs, h0, c0)
    grads = lstm_layer_backward(weights, trace, projection_h, d_c_last=projection_c)

    def loss(**changed) -> float:
        values = {"weights": weights, "xs": xs, "h0": h0, "c0": c0, **changed}
        return projected_loss(
            values["weights"], values["xs"], values["h0"], values["c0"], projection_h, projection_c
        )

    step = 1e-6

    def numeric(array: np.ndarray, build) -> np.ndarray:
        result = np.empty_like(array)
        for index in np.ndindex(array.shape):
            plus, minus = array.copy(), array.copy()
            plus[index] += step
            minus[index] -= step
            result[index] = (loss(**build(plus)) - loss(**build(minus))) / (2 * step)
        return result

    for key in LAYER_KEYS:
        expected = numeric(weights[key], lambda a, key=key: {"weights": {**weights, key: a}})
        np.testing.assert_allclose(grads.d_weights[key], expected, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(grads.d_xs, numeric(xs, lambda a: {"xs": a}), atol=1e-8)
    np.testing.assert_allclose(grads.d_h0, numeric(h0, lambda a: {"h0": a}), atol=1e-8)
    np.testing.assert_allclose(grads.d_c0, numeric(c0, lambda a: {"c0": a}), atol=1e-8)


def test_dense_head_gradients_match_central_differences():
    rng = np.random.default_rng(5)
    weights = random_weights(rng, 3, 1)
    h = rng.normal(size=(4, 3))
    projection = rng.normal(size=(4, 2))
    d_h, d_head = dense_grads(weights, h, projection)
    step = 1e-6

    def loss(head: dict, h_: np.ndarray) -> float:
        return float(np.sum(projection * dense(head, h_)))

    for key in HEAD_KEYS:
        expected = np.empty_like(weights[key])
        for index in np.ndindex(expected.shape):
            plus, minus = dict(weights), dict(weights)
            plus[key] = weights[key].copy()
            minus[key] = weights[key].copy()
            plus[key][index] += step
            minus[key][index] -= step
            expected[index] = (loss(plus, h) - loss(minus, h)) / (2 * step)
        np.testing.assert_allclose(d_head[key], expected, atol=1e-8)
    expected_h = np.empty_like(h)
    for index in np.ndindex(h.shape):
        plus, minus = h.copy(), h.copy()
        plus[index] += step
        minus[index] -= step
        expected_h[index] = (loss(weights, plus) - loss(weights, minus)) / (2 * step)
    np.testing.assert_allclose(d_h, expected_h, atol=1e-8)


def test_forward_equations_hold_step_by_step():
    rng = np.random.default_rng(1)
    weights = random_weights(rng, 3, 2)
    xs = rng.normal(size=(4, 2, 2))
    trace = lstm_layer(weights, xs)
    sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    h = np.zeros((2, 3))
    c = np.zeros((2, 3))
    for t in range(4):
        z = (
            xs[t] @ weights["weight_ih"].T
            + weights["bias_ih"]
            + h @ weights["weight_hh"].T
            + weights["bias_hh"]
        )
        i, f, g, o = sigmoid(z[:, :3]), sigmoid(z[:, 3:6]), np.tanh(z[:, 6:9]), sigmoid(z[:, 9:])
        c = f * c + i * g
        h = o * np.tanh(c)
        for name, value in {"i": i, "f": f, "g": g, "o": o}.items():
            np.testing.assert_allclose(getattr(trace, name)[t], value, atol=1e-14)
        np.testing.assert_allclose(trace.c[t], c, atol=1e-14)
        np.testing.assert_allclose(trace.h[t], h, atol=1e-14)


def test_dtype_follows_the_weights():
    rng = np.random.default_rng(2)
    weights = init_layer(4, 1, rng, dtype=np.float32)
    trace = lstm_layer(weights, rng.normal(size=(3, 2, 1)))
    assert trace.h.dtype == np.float32 and trace.i.dtype == np.float32
    d_xs, d_weights = lstm_layer_grads(weights, trace, np.ones((3, 2, 4)))
    assert d_xs.dtype == np.float32
    assert all(d_weights[key].dtype == np.float32 for key in LAYER_KEYS)
    as64 = {key: value.astype(np.float64) for key, value in weights.items()}
    trace64 = lstm_layer(as64, trace.xs.astype(np.float64))
    np.testing.assert_allclose(trace.h, trace64.h, atol=1e-6)


def test_bad_shapes_are_value_errors():
    rng = np.random.default_rng(3)
    weights = init_layer(2, 1, rng)
    with pytest.raises(ValueError, match="shape"):
        lstm_layer(weights, np.zeros((3, 1)))
    with pytest.raises(ValueError, match="weight_hh"):
        lstm_layer({**weights, "weight_hh": np.zeros((8, 3))}, np.zeros((3, 1, 1)))
    with pytest.raises(ValueError, match="bias_hh"):
        lstm_layer({k: v for k, v in weights.items() if k != "bias_hh"}, np.zeros((3, 1, 1)))
    trace = lstm_layer(weights, np.zeros((3, 1, 1)))
    with pytest.raises(ValueError, match="d_h"):
        lstm_layer_grads(weights, trace, np.zeros((3, 1, 3)))


def test_state_dict_round_trip():
    rng = np.random.default_rng(4)
    weights = random_weights(rng, 5, 3)
    state = to_state_dict(weights, layer_prefix="lstm.", head_prefix="head.")
    assert set(state) == {
        "lstm.weight_ih_l0",
        "lstm.weight_hh_l0",
        "lstm.bias_ih_l0",
        "lstm.bias_hh_l0",
        "head.weight",
        "head.bias",
    }
    back = from_state_dict(state, layer_prefix="lstm.", head_prefix="head.")
    assert set(back) == set(weights)
    for key, value in weights.items():
        np.testing.assert_array_equal(back[key], value)
        assert back[key] is not value
    with pytest.raises(ValueError, match="one-layer"):
        from_state_dict({**to_state_dict(weights), "weight_ih_l1": weights["weight_ih"]})
    with pytest.raises(ValueError, match="bias_hh_l0"):
        from_state_dict({k: v for k, v in to_state_dict(weights).items() if "bias_hh" not in k})


@pytest.mark.parametrize("seed", range(3))
def test_one_unit_equals_the_glass_box_cell(seed):
    rng = np.random.default_rng(seed)
    params = LSTMParams.from_vector(rng.uniform(-1.5, 1.5, size=14))
    xs = rng.normal(size=9)
    weights = from_scalar_params(params)
    trace = lstm_layer(weights, xs.reshape(9, 1, 1))
    cell = run_lstm(params, xs)
    for name in ("h", "c", "i", "f", "g", "o"):
        np.testing.assert_allclose(getattr(trace, name).reshape(9), getattr(cell, name), atol=1e-14)
    np.testing.assert_allclose(dense(weights, trace.h).reshape(9), cell.y, atol=1e-14)
    assert to_scalar_params(weights) == params


def test_forward_and_all_gradients_match_torch():
    torch = pytest.importorskip("torch")
    hidden, inputs, batch, steps = 7, 3, 5, 11
    rng = np.random.default_rng(11)
    weights = random_weights(rng, hidden, inputs)
    xs = rng.normal(size=(steps, batch, inputs))
    h0 = rng.normal(size=(batch, hidden)) * 0.5
    c0 = rng.normal(size=(batch, hidden)) * 0.5
    projection = rng.normal(size=(steps, batch, hidden))
    projection_y = rng.normal(size=(batch, 2))

    lstm = torch.nn.LSTM(inputs, hidden).double()
    head = torch.nn.Linear(hidden, 2).double()
    layer_state = to_state_dict({k: weights[k] for k in LAYER_KEYS})
    lstm.load_state_dict({k: torch.from_numpy(v) for k, v in layer_state.items()})
    head_state = to_state_dict(weights)
    head.load_state_dict({k: torch.from_numpy(head_state[k]) for k in ("weight", "bias")})
    x_t = torch.tensor(xs, requires_grad=True)
    h0_t = torch.tensor(h0[None], requires_grad=True)
    c0_t = torch.tensor(c0[None], requires_grad=True)
    out, (h_last, c_last) = lstm(x_t, (h0_t, c0_t))
    y = head(out[-1])
    loss = (out * torch.from_numpy(projection)).sum() + (y * torch.from_numpy(projection_y)).sum()
    loss.backward()

    trace = lstm_layer(weights, xs, h0, c0)
    np.testing.assert_allclose(trace.h, out.detach().numpy(), rtol=0, atol=1e-12)
    np.testing.assert_allclose(trace.c[-1], c_last[0].detach().numpy(), rtol=0, atol=1e-12)
    y_np = dense(weights, trace.h[-1])
    np.testing.assert_allclose(y_np, y.detach().numpy(), rtol=0, atol=1e-12)

    d_h_last, d_head = dense_grads(weights, trace.h[-1], projection_y)
    d_h = projection.copy()
    d_h[-1] += d_h_last
    grads = lstm_layer_backward(weights, trace, d_h)
    for key in LAYER_KEYS:
        expected = getattr(lstm, f"{key}_l0").grad.numpy()
        np.testing.assert_allclose(grads.d_weights[key], expected, rtol=0, atol=1e-9)
    np.testing.assert_allclose(d_head["weight_out"], head.weight.grad.numpy(), rtol=0, atol=1e-9)
    np.testing.assert_allclose(d_head["bias_out"], head.bias.grad.numpy(), rtol=0, atol=1e-9)
    np.testing.assert_allclose(grads.d_xs, x_t.grad.numpy(), rtol=0, atol=1e-9)
    np.testing.assert_allclose(grads.d_h0, h0_t.grad.numpy()[0], rtol=0, atol=1e-9)
    np.testing.assert_allclose(grads.d_c0, c0_t.grad.numpy()[0], rtol=0, atol=1e-9)
    # A state dict straight from torch converts back to the same arrays.
    back = from_state_dict(lstm.state_dict())
    for key in LAYER_KEYS:
        np.testing.assert_array_equal(back[key], weights[key])
    # The bound of the check is far from the agreement actually reached.
    worst = max(
        np.max(np.abs(grads.d_weights[key] - getattr(lstm, f"{key}_l0").grad.numpy()))
        for key in LAYER_KEYS
    )
    assert worst < 1e-12


def test_products_split_for_one_blas_thread_give_the_same_numbers(monkeypatch):
    from lstm_lab.engine import layer

    rng = np.random.default_rng(6)
    weights = random_weights(rng, 5, 2)
    xs = rng.normal(size=(4, 9, 2))
    d_h = rng.normal(size=(4, 9, 5))
    whole = lstm_layer(weights, xs)
    whole_grads = lstm_layer_backward(weights, whole, d_h)
    monkeypatch.setattr(layer, "_SINGLE_THREAD_WORK", 50)  # every product in pieces
    workspace = layer.Workspace()
    for _ in range(2):  # the second run reuses the workspace's buffers
        split = lstm_layer(weights, xs, workspace=workspace)
        split_grads = lstm_layer_backward(weights, split, d_h, workspace=workspace)
        np.testing.assert_allclose(split.h, whole.h, rtol=0, atol=1e-14)
        for key in LAYER_KEYS:
            np.testing.assert_allclose(
                split_grads.d_weights[key], whole_grads.d_weights[key], rtol=0, atol=1e-13
            )
        np.testing.assert_allclose(split_grads.d_xs, whole_grads.d_xs, rtol=0, atol=1e-13)
