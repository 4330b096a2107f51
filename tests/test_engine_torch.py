"""Reference check against PyTorch's nn.LSTM(1, 1) + nn.Linear(1, 1), where torch is installed."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine import LSTMParams, mse_and_grads, run_lstm

torch = pytest.importorskip("torch")

# torch stacks its gate rows in the order i, f, g, o.
TORCH_ROWS = (
    ("w_xi", "w_hi", "b_i"),
    ("w_xf", "w_hf", "b_f"),
    ("w_xc", "w_hc", "b_c"),
    ("w_xo", "w_ho", "b_o"),
)


def torch_cell(params: LSTMParams):
    lstm = torch.nn.LSTM(1, 1).double()
    linear = torch.nn.Linear(1, 1).double()
    with torch.no_grad():
        for row, (w_x, w_h, b) in enumerate(TORCH_ROWS):
            lstm.weight_ih_l0[row, 0] = getattr(params, w_x)
            lstm.weight_hh_l0[row, 0] = getattr(params, w_h)
            lstm.bias_ih_l0[row] = getattr(params, b)
        lstm.bias_hh_l0.zero_()
        linear.weight[0, 0] = params.w_out
        linear.bias[0] = params.b_out
    return lstm, linear


@pytest.mark.parametrize("seed", range(4))
def test_forward_and_gradients_match_torch(seed):
    rng = np.random.default_rng(seed)
    # Random weights and random non-zero biases: a zero-bias check would miss bias bugs.
    params = LSTMParams.from_vector(rng.uniform(-1.5, 1.5, size=14))
    steps = 3 + 4 * seed
    xs = rng.normal(size=steps)
    targets = rng.normal(size=steps)

    lstm, linear = torch_cell(params)
    inputs = torch.tensor(xs, dtype=torch.float64).reshape(steps, 1, 1)
    hidden, (h_last, c_last) = lstm(inputs)
    outputs = linear(hidden).reshape(steps)
    loss = ((outputs - torch.tensor(targets)) ** 2).mean()
    loss.backward()

    trace = run_lstm(params, xs)
    np.testing.assert_allclose(trace.h, hidden.detach().numpy().reshape(steps), atol=1e-12)
    np.testing.assert_allclose(trace.y, outputs.detach().numpy(), atol=1e-12)
    assert trace.c[-1] == pytest.approx(c_last.item(), abs=1e-12)

    mse, grads = mse_and_grads(params, xs, targets)
    assert mse == pytest.approx(loss.item(), rel=1e-12)
    for row, (w_x, w_h, b) in enumerate(TORCH_ROWS):
        assert getattr(grads, w_x) == pytest.approx(
            lstm.weight_ih_l0.grad[row, 0].item(), abs=1e-12
        )
        assert getattr(grads, w_h) == pytest.approx(
            lstm.weight_hh_l0.grad[row, 0].item(), abs=1e-12
        )
        assert getattr(grads, b) == pytest.approx(lstm.bias_ih_l0.grad[row].item(), abs=1e-12)
        # torch's second bias enters the same sum, so it receives the same gradient.
        assert getattr(grads, b) == pytest.approx(lstm.bias_hh_l0.grad[row].item(), abs=1e-12)
    assert grads.w_out == pytest.approx(linear.weight.grad[0, 0].item(), abs=1e-12)
    assert grads.b_out == pytest.approx(linear.bias.grad[0].item(), abs=1e-12)

    batched = LSTMParams.from_vector(np.stack([params.as_vector()] * 3, axis=1))
    batch_mse, batch_grads = mse_and_grads(batched, xs, targets)
    np.testing.assert_allclose(batch_mse, loss.item(), rtol=1e-12)
    np.testing.assert_allclose(batch_grads.as_vector()[:, 0], grads.as_vector(), atol=1e-12)
