"""The training loop and the optimisers, iterated directly (no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_lab.engine import LSTM, PARAM_NAMES, LSTMParams, mse_and_grads
from lstm_lab.engine.tasks import delay_by_one, hold_the_pulse
from lstm_lab.engine.training import (
    Adam,
    SGDMomentum,
    TrainStep,
    fit,
    make_optimizer,
    run_to_end,
)

PULSE = [0, 1, 0, 0, 0, 0, 0, 0]
HOLD = [0, 0, 1, 1, 1, 1, 1, 1]


def test_hold_the_pulse_is_learnt_from_the_default_weights_with_the_default_settings():
    steps = list(fit(LSTM, LSTMParams(), PULSE, HOLD))
    last = steps[-1]
    assert last.loss < 1e-3
    assert last.status == "converged"
    assert last.epoch == len(steps) <= 2000
    assert [s.epoch for s in steps] == list(range(1, len(steps) + 1))
    assert all(s.status == "running" for s in steps[:-1])
    # The loss reported with a step is the MSE of the parameters reported with it.
    mse, grads = mse_and_grads(last.params, PULSE, HOLD)
    assert mse == pytest.approx(last.loss, rel=1e-12)
    np.testing.assert_allclose(last.grads.as_vector(), grads.as_vector(), rtol=1e-12)


def test_the_starting_parameters_are_not_changed():
    params = LSTMParams()
    before = params.as_vector().copy()
    run_to_end(fit(LSTM, params, PULSE, HOLD, max_epochs=5))
    np.testing.assert_array_equal(params.as_vector(), before)


def test_steps_are_read_only_copies():
    steps = list(fit(LSTM, LSTMParams(), PULSE, HOLD, max_epochs=3))
    assert steps[0].param_vector is not steps[1].param_vector
    assert not np.array_equal(steps[0].param_vector, steps[1].param_vector)
    with pytest.raises(ValueError):
        steps[0].param_vector[0] = 5.0
    assert isinstance(steps[0].params, LSTMParams)
    assert steps[0].params.as_vector() == pytest.approx(steps[0].param_vector)


def test_locked_parameters_do_not_move_at_all():
    start = LSTMParams(w_hf=0.123456789, b_out=-0.3, w_out=1.7)
    locked = {"w_hf", "b_out", "w_out", "b_i"}
    steps = list(fit(LSTM, start, PULSE, HOLD, locked=locked, max_epochs=200, optimizer="sgd"))
    assert len(steps) > 10
    for step in steps:
        for name in locked:
            assert getattr(step.params, name) == getattr(start, name)
            assert getattr(step.grads, name) == 0.0
    moved = [n for n in PARAM_NAMES if getattr(steps[-1].params, n) != getattr(start, n)]
    assert set(moved) == set(PARAM_NAMES) - locked


def test_locked_parameters_stay_put_on_a_task_too():
    start = LSTMParams(w_xf=0.3125, b_c=-0.25)
    locked = {"w_xf", "b_c"}
    steps = list(
        fit(
            LSTM,
            start,
            PULSE,
            None,
            task=hold_the_pulse,
            rng=np.random.default_rng(0),
            locked=locked,
            max_epochs=5,
            tolerance=0.0,
        )
    )
    assert len(steps) == 5
    for step in steps:
        assert step.params.w_xf == start.w_xf and step.params.b_c == start.b_c
        assert step.grads.w_xf == 0.0 and step.grads.b_c == 0.0
    moved = {n for n in PARAM_NAMES if getattr(steps[-1].params, n) != getattr(start, n)}
    assert moved == set(PARAM_NAMES) - locked


def test_clamped_gate_parameters_get_no_gradient():
    start = LSTMParams()
    forget = {"w_xf", "w_hf", "b_f"}
    steps = list(fit(LSTM, start, PULSE, HOLD, clamps={"f": 1.0}, max_epochs=20, tolerance=0.0))
    assert len(steps) == 20
    for step in steps:
        for name in forget:
            assert getattr(step.params, name) == getattr(start, name)
            assert getattr(step.grads, name) == 0.0
    moved = {n for n in PARAM_NAMES if getattr(steps[-1].params, n) != getattr(start, n)}
    assert moved == set(PARAM_NAMES) - forget
    # The loss is the one of the clamped cell, not of the free one.
    clamped, _ = mse_and_grads(steps[-1].params, PULSE, HOLD, clamps={"f": 1.0})
    free, _ = mse_and_grads(steps[-1].params, PULSE, HOLD)
    assert steps[-1].loss == pytest.approx(float(clamped), rel=1e-12)
    assert float(free) != pytest.approx(float(clamped))


class RecordingSGD(SGDMomentum):
    """SGD with momentum that keeps every change it hands out, to replay a run's weights."""

    def __init__(self, learning_rate: float) -> None:
        super().__init__(learning_rate, momentum=0.9)
        self.changes: list[np.ndarray] = []

    def step(self, gradient: np.ndarray) -> np.ndarray:
        change = super().step(gradient)
        self.changes.append(change.copy())
        return change

    def weights(self, start: LSTMParams) -> list[np.ndarray]:
        """The weights before the first step and after each step (nothing locked)."""
        thetas = [start.as_vector()]
        for change in self.changes:
            thetas.append(thetas[-1] + change)
        return thetas


def test_a_run_that_diverges_after_some_good_epochs_gives_back_the_last_good_weights():
    # SGD at learning rate 3 takes ten finite epochs, each with a larger loss, then a step
    # throws the weights past a million.
    start = LSTMParams()
    optimizer = RecordingSGD(3.0)
    steps = list(fit(LSTM, start, PULSE, HOLD, optimizer=optimizer))
    last = steps[-1]
    assert [s.status for s in steps] == ["running"] * 10 + ["diverged"]
    good = steps[-2]
    assert good.epoch == 10 and math.isfinite(good.loss)
    # The weights handed back are those after epoch 10, not the starting ones.
    np.testing.assert_array_equal(last.param_vector, good.param_vector)
    assert not np.array_equal(last.param_vector, start.as_vector())
    assert last.loss == good.loss
    assert last.loss == pytest.approx(float(mse_and_grads(last.params, PULSE, HOLD)[0]))
    # Replaying the optimiser's steps: the one after epoch 10 is where the run broke.
    thetas = optimizer.weights(start)
    assert len(thetas) == 12
    np.testing.assert_array_equal(last.param_vector, thetas[10])
    assert np.abs(thetas[10]).max() <= 1e6 < np.abs(thetas[11]).max()
    assert isinstance(last.params, LSTMParams)


def test_a_huge_learning_rate_diverges_within_a_few_epochs():
    start = LSTMParams()
    steps = list(fit(LSTM, start, PULSE, HOLD, optimizer="sgd", learning_rate=100.0))
    last = steps[-1]
    assert [s.status for s in steps] == ["running", "running", "diverged"]
    assert np.isfinite(last.param_vector).all() and math.isfinite(last.loss)
    # The diverged step repeats the last good step: same weights, same loss.
    np.testing.assert_array_equal(last.param_vector, steps[-2].param_vector)
    assert not np.array_equal(last.param_vector, start.as_vector())
    assert last.loss == steps[-2].loss


def test_divergence_on_the_first_step_gives_back_the_starting_weights():
    start = LSTMParams()
    steps = list(fit(LSTM, start, PULSE, HOLD, learning_rate=1e300))
    assert [s.status for s in steps] == ["diverged"]
    np.testing.assert_array_equal(steps[0].param_vector, start.as_vector())
    assert math.isfinite(steps[0].loss)


def test_divergence_on_a_task_gives_back_the_last_weights_with_a_finite_loss():
    # Mini-batches of 8 from 32 sequences: four steps an epoch. Two epochs go by, then in the
    # third the weights run past a million.
    start = LSTMParams()
    optimizer = RecordingSGD(3.0)
    steps = list(
        fit(
            LSTM,
            start,
            PULSE,
            None,
            optimizer=optimizer,
            task=hold_the_pulse,
            rng=np.random.default_rng(0),
        )
    )
    assert [(s.status, s.iteration) for s in steps] == [
        ("running", 4),
        ("running", 8),
        ("diverged", 11),
    ]
    last = steps[-1]
    assert math.isfinite(last.loss)
    # Handed back: the weights the last finite mini-batch loss was measured at (after 10
    # steps), not the starting ones nor those at the end of epoch 2.
    thetas = optimizer.weights(start)
    assert len(thetas) == 12
    np.testing.assert_array_equal(last.param_vector, thetas[10])
    assert np.abs(thetas[10]).max() <= 1e6 < np.abs(thetas[11]).max()
    assert not np.array_equal(last.param_vector, start.as_vector())
    assert not np.array_equal(last.param_vector, steps[-2].param_vector)


def test_stops_at_max_epochs_and_never_stops_early_with_zero_tolerance():
    steps = list(fit(LSTM, LSTMParams(), PULSE, HOLD, max_epochs=7, tolerance=0.0))
    assert [s.status for s in steps] == ["running"] * 6 + ["max_epochs"]


def test_already_below_the_tolerance_converges_without_a_step():
    steps = list(fit(LSTM, LSTMParams(), PULSE, HOLD, tolerance=10.0))
    assert len(steps) == 1 and steps[0].epoch == 0 and steps[0].status == "converged"
    np.testing.assert_array_equal(steps[0].param_vector, LSTMParams().as_vector())


def test_clipping_limits_the_first_sgd_step():
    start = LSTMParams()
    first = next(fit(LSTM, start, PULSE, HOLD, optimizer="sgd", learning_rate=0.1, clip_norm=0.01))
    change = first.param_vector - start.as_vector()
    assert np.linalg.norm(change) == pytest.approx(0.1 * 0.01)
    unclipped = next(fit(LSTM, start, PULSE, HOLD, optimizer="sgd", learning_rate=0.1))
    assert np.linalg.norm(unclipped.param_vector - start.as_vector()) > 0.1 * 0.01 * 2


def test_bad_arguments_are_refused_when_the_run_is_created():
    with pytest.raises(ValueError, match="w_zz"):
        fit(LSTM, LSTMParams(), PULSE, HOLD, locked={"w_zz"})
    with pytest.raises(ValueError, match="target"):
        fit(LSTM, LSTMParams(), PULSE, None)
    with pytest.raises(ValueError, match="4 values"):
        fit(LSTM, LSTMParams(), PULSE, [0, 0, 1, 1])
    with pytest.raises(ValueError):
        fit(LSTM, LSTMParams(), PULSE, HOLD, optimizer="rmsprop")
    with pytest.raises(ValueError):
        fit(LSTM, LSTMParams(), PULSE, HOLD, learning_rate=0)


# ----------------------------------------------------------------------------- tasks
def test_task_training_reports_held_out_loss_and_is_reproducible():
    def run(seed: int) -> list[TrainStep]:
        return list(
            fit(
                LSTM,
                LSTMParams(),
                PULSE,
                None,
                task=hold_the_pulse,
                rng=np.random.default_rng(seed),
                task_size=24,
                batch_size=8,
                max_epochs=40,
                tolerance=0.0,
            )
        )

    steps = run(11)
    assert len(steps) == 40
    assert [s.iteration for s in steps] == [3 * e for e in range(1, 41)]  # 24 / 8 per epoch
    assert all(s.validation_loss is not None and math.isfinite(s.validation_loss) for s in steps)
    assert steps[-1].loss < steps[0].loss
    assert steps[-1].validation_loss < steps[0].validation_loss
    again = run(11)
    np.testing.assert_array_equal(steps[-1].param_vector, again[-1].param_vector)
    assert steps[-1].validation_loss == again[-1].validation_loss


def test_validation_loss_is_the_mse_on_the_held_out_sequences():
    held_out = delay_by_one.generate(np.random.default_rng(5), 8, 4)
    step = next(fit(LSTM, LSTMParams(), PULSE, HOLD, validation=held_out))
    expected = np.mean(
        [float(mse_and_grads(step.params, x, t)[0]) for x, t in zip(*held_out, strict=True)]
    )
    assert step.validation_loss == pytest.approx(expected, rel=1e-12)


def test_a_single_sequence_run_has_no_validation_loss_unless_asked():
    assert next(fit(LSTM, LSTMParams(), PULSE, HOLD)).validation_loss is None


# ----------------------------------------------------------------------------- optimisers
# f(θ) = ½ Σ a_k (θ_k − c_k)², gradient a·(θ − c), minimum at c.
A = np.array([1.0, 4.0, 0.5])
C = np.array([1.0, -2.0, 3.0])


def quadratic_gradient(theta: np.ndarray) -> np.ndarray:
    return A * (theta - C)


def test_adam_first_steps_by_hand():
    adam = Adam(learning_rate=0.1)
    g1 = np.array([2.0, -0.5, 0.0])
    # After bias correction m̂ = g and v̂ = g², so the first step is −η·sign(g).
    np.testing.assert_allclose(adam.step(g1), [-0.1, 0.1, 0.0], atol=1e-7)
    g2 = np.array([1.0, 1.0, 1.0])
    m = 0.9 * 0.1 * g1 + 0.1 * g2
    v = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    expected = -0.1 * (m / (1 - 0.9**2)) / (np.sqrt(v / (1 - 0.999**2)) + 1e-8)
    np.testing.assert_allclose(adam.step(g2), expected, rtol=1e-12)


def test_sgd_momentum_steps_by_hand():
    sgd = SGDMomentum(learning_rate=0.1, momentum=0.9)
    g1, g2 = np.array([1.0, -2.0]), np.array([0.5, 0.5])
    np.testing.assert_allclose(sgd.step(g1), [-0.1, 0.2])
    np.testing.assert_allclose(sgd.step(g2), 0.9 * np.array([-0.1, 0.2]) - 0.1 * g2)


@pytest.mark.parametrize(("name", "rate"), [("adam", 0.05), ("sgd", 0.05)])
def test_optimisers_find_the_minimum_of_a_quadratic(name, rate):
    optimizer = make_optimizer(name, rate)
    theta = np.zeros(3)
    for _ in range(3000):
        theta = theta + optimizer.step(quadratic_gradient(theta))
    np.testing.assert_allclose(theta, C, atol=1e-4)
