"""The lessons' rules and their random examples, without Qt."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lstm_lab.engine.tasks import (
    TASKS,
    delay_by_one,
    echo,
    forget_after_reset,
    hold_the_pulse,
    running_count,
    task_by_name,
)


def test_hold_the_pulse_example_is_the_lesson_from_the_brief():
    assert hold_the_pulse.example_input == (0, 1, 0, 0, 0, 0, 0, 0)
    assert hold_the_pulse.example_target == (0, 0, 1, 1, 1, 1, 1, 1)


def test_examples_follow_their_rules():
    assert echo.example_target == echo.example_input
    assert delay_by_one.example_target == (0, 1, 0, 1, 1, 0, 1, 0)
    assert running_count.example_target == pytest.approx(
        (0.125, 0.125, 0.25, 0.375, 0.375, 0.375, 0.5, 0.5)
    )
    assert forget_after_reset.example_input == (0, 1, 0, 0, 1, 0, 0, 0)
    assert forget_after_reset.example_target == (0, 0, 1, 1, 1, 0, 0, 0)


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.name)
def test_generate_shapes_and_seeded_reproducibility(task):
    inputs, targets = task.generate(np.random.default_rng(7), 12, 40)
    assert inputs.shape == targets.shape == (40, 12)
    assert inputs.dtype == targets.dtype == np.float64
    again_inputs, again_targets = task.generate(np.random.default_rng(7), 12, 40)
    np.testing.assert_array_equal(inputs, again_inputs)
    np.testing.assert_array_equal(targets, again_targets)
    other_inputs, _ = task.generate(np.random.default_rng(8), 12, 40)
    assert not np.array_equal(inputs, other_inputs)


def test_hold_the_pulse_generator_follows_its_rule():
    inputs, targets = hold_the_pulse.generate(np.random.default_rng(1), 10, 200)
    assert set(np.unique(inputs)) <= {0.0, 1.0}
    assert (inputs.sum(axis=1) <= 1).all()
    assert (inputs[:, -1] == 0).all()  # the pulse comes before the last step
    for x, y in zip(inputs, targets, strict=True):
        if x.any():
            p = int(np.argmax(x))
            np.testing.assert_array_equal(y[: p + 1], 0.0)
            np.testing.assert_array_equal(y[p + 1 :], 1.0)
        else:
            np.testing.assert_array_equal(y, 0.0)
    assert 0 < (inputs.sum(axis=1) == 0).sum() < 100  # some sequences without a pulse


def test_echo_and_delay_generators_follow_their_rules():
    rng = np.random.default_rng(2)
    inputs, targets = echo.generate(rng, 9, 50)
    np.testing.assert_array_equal(targets, inputs)
    assert set(np.unique(inputs)) == {0.0, 1.0}
    inputs, targets = delay_by_one.generate(rng, 9, 50)
    np.testing.assert_array_equal(targets[:, 0], 0.0)
    np.testing.assert_array_equal(targets[:, 1:], inputs[:, :-1])


def test_running_count_generator_follows_its_rule():
    inputs, targets = running_count.generate(np.random.default_rng(3), 8, 60)
    for x, y in zip(inputs, targets, strict=True):
        expected = [x[: t + 1].sum() / 8 for t in range(8)]
        np.testing.assert_allclose(y, expected)
    assert (targets <= 1).all() and (targets >= 0).all()


def test_forget_after_reset_generator_follows_its_rule():
    inputs, targets = forget_after_reset.generate(np.random.default_rng(4), 10, 200)
    pulses = inputs.sum(axis=1)
    assert set(np.unique(pulses)) == {1.0, 2.0}
    for x, y in zip(inputs, targets, strict=True):
        positions = np.flatnonzero(x)
        expected = np.zeros(10)
        if len(positions) == 1:
            expected[positions[0] + 1 :] = 1
        else:
            expected[positions[0] + 1 : positions[1] + 1] = 1
        np.testing.assert_array_equal(y, expected)


@settings(max_examples=50, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    length=st.integers(1, 30),
    count=st.integers(0, 8),
    index=st.integers(0, len(TASKS) - 1),
)
def test_every_generator_matches_its_rule_for_any_length(seed, length, count, index):
    task = TASKS[index]
    inputs, targets = task.generate(np.random.default_rng(seed), length, count)
    assert inputs.shape == (count, length)
    np.testing.assert_array_equal(targets, task.target_for(inputs))
    for x, y in zip(inputs, targets, strict=True):
        np.testing.assert_array_equal(y, task.target_for(x))


def test_task_by_name():
    assert task_by_name("hold") is hold_the_pulse
    with pytest.raises(KeyError):
        task_by_name("juggle")
