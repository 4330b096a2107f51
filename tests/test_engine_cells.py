"""The cell protocol: every cell runs, trains and describes its series through one interface."""

import numpy as np
import pytest

from lstm_lab.engine import CELLS, GRU, LSTM, RNN, cell_by_name
from lstm_lab.engine.training import fit, run_to_end

PULSE = np.array([1.0, 0.0, 0.0, 0.0, 0.0])
HOLD = np.array([0.0, 1.0, 1.0, 1.0, 1.0])


@pytest.mark.parametrize("cell", CELLS.values(), ids=lambda c: c.name)
def test_every_series_a_cell_offers_is_a_field_of_its_trace(cell):
    trace = cell.run(cell.defaults(), PULSE)
    for series in cell.series:
        values = np.asarray(getattr(trace, series.key))
        assert values.shape == (len(PULSE),)
        if series.low is not None:
            assert values.min() >= series.low
        if series.high is not None:
            assert values.max() <= series.high


@pytest.mark.parametrize("cell", CELLS.values(), ids=lambda c: c.name)
def test_defaults_and_names_come_from_the_specs_table(cell):
    params = cell.defaults()
    assert params.names() == cell.param_names == tuple(cell.specs)
    for name, spec in cell.specs.items():
        assert getattr(params, name) == spec.default


@pytest.mark.parametrize("cell", CELLS.values(), ids=lambda c: c.name)
def test_the_loss_and_its_gradient_agree_with_central_differences(cell):
    rng = np.random.default_rng(3)
    names = cell.param_names
    params = cell.params_type.from_vector(rng.uniform(-1, 1, len(names)))
    loss, grads = cell.loss_and_grads(params, PULSE, HOLD)
    assert loss == pytest.approx(cell.loss(params, PULSE, HOLD), rel=1e-12)
    theta = params.as_vector()
    for k, name in enumerate(names):
        step = np.zeros_like(theta)
        step[k] = 1e-6
        up = cell.loss(cell.params_type.from_vector(theta + step), PULSE, HOLD)
        down = cell.loss(cell.params_type.from_vector(theta - step), PULSE, HOLD)
        assert getattr(grads, name) == pytest.approx((up - down) / 2e-6, abs=1e-7), name


@pytest.mark.parametrize("cell", [RNN, GRU, LSTM], ids=lambda c: c.name)
def test_fit_trains_any_cell_and_gives_back_its_own_parameters(cell):
    first = cell.loss(cell.defaults(), PULSE, HOLD)
    last = run_to_end(fit(cell, cell.defaults(), PULSE, HOLD, max_epochs=300, tolerance=0.0))
    assert isinstance(last.params, cell.params_type)
    assert isinstance(last.grads, cell.params_type)
    assert last.loss < first / 3
    assert last.loss == pytest.approx(cell.loss(last.params, PULSE, HOLD), rel=1e-9)


def test_fit_refuses_parameters_of_another_cell():
    with pytest.raises(ValueError, match="not the parameters of the GRU"):
        fit(GRU, RNN.defaults(), PULSE, HOLD)


def test_only_the_lstm_takes_pinned_gates_and_a_cell_state():
    assert LSTM.check_clamps({"f": 1.0}) == {"f": 1.0}
    with pytest.raises(ValueError, match="cannot be pinned"):
        RNN.run(RNN.defaults(), PULSE, clamps={"f": 1.0})
    with pytest.raises(ValueError, match="no cell state"):
        GRU.run(GRU.defaults(), PULSE, c0=0.5)
    trace = LSTM.run(LSTM.defaults(), PULSE, h0=0.25, c0=0.5)
    assert trace.h_prev[0] == 0.25 and trace.c_prev[0] == 0.5


def test_cells_are_found_by_name_and_an_unknown_name_is_a_clear_error():
    assert cell_by_name("gru") is GRU
    with pytest.raises(ValueError, match="unknown cell 'transformer'; the cells are gru, lstm"):
        cell_by_name("transformer")


@pytest.mark.parametrize(
    ("cell", "clamps"),
    [(LSTM, None), (LSTM, {"f": 1.0}), (RNN, None), (GRU, None)],
    ids=["lstm", "lstm-pinned", "rnn", "gru"],
)
def test_run_with_grads_equals_run_and_loss_and_grads_apart(cell, clamps):
    rng = np.random.default_rng(5)
    params = cell.params_type.from_vector(rng.uniform(-1, 1, len(cell.param_names)))
    xs, targets = rng.uniform(-1, 1, 30), rng.uniform(-1, 1, 30)
    trace, loss, grads = cell.run_with_grads(params, xs, targets, clamps=clamps, h0=0.25)
    alone = cell.run(params, xs, clamps=clamps, h0=0.25)
    np.testing.assert_array_equal(trace.h, alone.h)
    np.testing.assert_array_equal(trace.y, alone.y)
    expected_loss, expected = cell.loss_and_grads(params, xs, targets, clamps=clamps, h0=0.25)
    assert loss == expected_loss
    assert grads == expected
