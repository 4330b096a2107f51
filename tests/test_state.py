"""LabState: the one model every view listens to."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine import LSTMParams, SequenceError, mse_and_grads, run_lstm
from lstm_lab.ui.state import LabState


@pytest.fixture
def state(qtbot):
    return LabState()


def test_starts_with_the_single_pulse_at_t0(state):
    assert list(state.sequence) == [1, 0, 0, 0, 0]
    assert state.cursor == 0
    np.testing.assert_allclose(state.trace.h, run_lstm(LSTMParams(), state.sequence).h)


def test_stepping_moves_only_the_cursor(qtbot, state):
    trace = state.trace
    with qtbot.assertNotEmitted(state.traceChanged):
        with qtbot.waitSignal(state.cursorChanged) as blocker:
            assert state.step_forward()
    assert blocker.args == [1]
    assert state.trace is trace
    state.go_to_end()
    assert state.cursor == 5 and state.at_end
    assert not state.step_forward()
    state.go_to(99)
    assert state.cursor == 5
    state.reset()
    assert state.cursor == 0 and not state.step_back()


def test_slider_change_mid_sequence_keeps_the_cursor(qtbot, state):
    state.go_to(3)
    with qtbot.waitSignals([state.paramsChanged, state.traceChanged]):
        state.set_param("w_hf", 1.5)
    assert state.cursor == 3
    assert state.trace.f[2] == pytest.approx(run_lstm(LSTMParams(w_hf=1.5), state.sequence).f[2])


def test_unchanged_value_emits_nothing(qtbot, state):
    with qtbot.assertNotEmitted(state.paramsChanged):
        state.set_param("w_xf", 0.5)


def test_bad_values_are_refused(state):
    with pytest.raises(ValueError, match="unknown parameter"):
        state.set_param("w_zz", 1.0)
    with pytest.raises(ValueError, match="finite"):
        state.set_param("b_f", float("nan"))
    with pytest.raises(SequenceError):
        state.set_sequence_text("1, x")
    assert list(state.sequence) == [1, 0, 0, 0, 0]
    with pytest.raises(ValueError, match="from 0 to 1"):
        state.set_clamp("f", 1.5)


def test_shorter_sequence_pulls_the_cursor_in(state):
    state.go_to_end()
    state.set_sequence_text("1, 0")
    assert state.cursor == 2


def test_target_gives_mse_and_gradients(qtbot, state):
    target = [0, 1, 1, 1, 1]
    with qtbot.waitSignals([state.targetChanged, state.gradientsChanged]):
        state.set_target(target)
    mse, grads = mse_and_grads(state.params, state.sequence, np.array(target, float))
    assert state.mse == pytest.approx(float(mse))
    assert state.gradients.w_hf == pytest.approx(float(grads.w_hf))
    with pytest.raises(ValueError, match="the target has 2 values but the input has 5"):
        state.set_target([0, 1])
    # A new input of another length drops the target, which no longer fits.
    with qtbot.waitSignal(state.targetChanged):
        state.set_sequence_text("1, 0, 0")
    assert state.target is None and state.mse is None and state.gradients is None


def test_clamps_recompute_the_trace(qtbot, state):
    with qtbot.waitSignals([state.clampsChanged, state.traceChanged]):
        state.set_clamp("o", 0.0)
    np.testing.assert_array_equal(state.trace.h, 0.0)
    state.set_clamp("o", None)
    assert state.clamps == {}
    assert state.trace.h[0] > 0
