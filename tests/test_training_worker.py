"""The training controller and its worker thread, without the panel."""

from __future__ import annotations

import gc
import threading

import numpy as np
import pytest
from PySide6.QtCore import QThread

import lstm_lab.training_worker as training_worker
from lstm_lab.engine import LSTMParams
from lstm_lab.engine.tasks import hold_the_pulse
from lstm_lab.state import LabState
from lstm_lab.training_worker import (
    DIVERGED_MESSAGE,
    ParamLocks,
    TrainingController,
    TrainingSettings,
    format_mse,
    overlay_text,
)

PULSE = [0, 1, 0, 0, 0, 0, 0, 0]
HOLD = [0, 0, 1, 1, 1, 1, 1, 1]
TIMEOUT = 60_000


@pytest.fixture
def state(qtbot):
    lab = LabState()
    lab.set_sequence(np.array(PULSE, dtype=float))
    lab.set_target(np.array(HOLD, dtype=float))
    return lab


@pytest.fixture
def controller(state):
    ctrl = TrainingController(state, rng=np.random.default_rng(0))
    yield ctrl
    ctrl.shutdown()


def run(qtbot, controller, start) -> tuple[str, object]:
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as blocker:
        assert start()
    return tuple(blocker.args)


def test_train_fits_the_target_and_hands_the_weights_to_the_state(qtbot, state, controller):
    reason, step = run(qtbot, controller, controller.train)
    assert reason == "converged"
    assert step.loss < 1e-4
    assert state.params == step.params
    assert state.mse == pytest.approx(step.loss)
    assert (
        controller.status_text
        == f"Epoch {step.epoch} — MSE {format_mse(step.loss)} — reached the goal"
    )
    assert controller.overlay_text == overlay_text(step)
    epochs, losses, _ = controller.history()
    assert len(epochs) == step.epoch and losses[-1] == step.loss
    assert not controller.is_running


def test_the_generator_runs_in_a_worker_thread(qtbot, state, controller, monkeypatch):
    seen: list[tuple[int, object]] = []
    real_fit = training_worker.fit

    def recording_fit(*args, **kwargs):
        for step in real_fit(*args, **kwargs):
            seen.append((threading.get_ident(), QThread.currentThread()))
            yield step

    monkeypatch.setattr(training_worker, "fit", recording_fit)
    controller.set_settings(TrainingSettings(max_epochs=30))
    run(qtbot, controller, controller.train)
    main = QThread.currentThread()
    assert len(seen) == 30
    assert all(ident != threading.get_ident() for ident, _ in seen)
    assert all(thread is not main for _, thread in seen)
    assert controller.last_worker_ident == seen[0][0]


def test_one_epoch_continues_the_run_until_something_changes(qtbot, state, controller):
    start = state.params
    reason, step = run(qtbot, controller, controller.train_one_epoch)
    assert (reason, step.epoch) == ("paused", 1)
    assert state.params == step.params != start
    _, step = run(qtbot, controller, controller.train_one_epoch)
    assert step.epoch == 2
    state.set_param("b_out", 0.25)  # the student moves a weight: a fresh run begins
    _, step = run(qtbot, controller, controller.train_one_epoch)
    assert step.epoch == 1
    assert len(controller.history()[0]) == 1


def test_restore_gives_back_the_weights_from_before_train(qtbot, state, controller):
    state.set_param("w_out", 1.5)
    before = state.params
    with qtbot.waitSignal(controller.restoreAvailableChanged, timeout=TIMEOUT):
        run(qtbot, controller, controller.train)
    assert controller.can_restore
    controller.restore_weights()
    assert state.params == before
    assert not controller.can_restore


def test_locked_parameters_are_left_alone(qtbot, state, controller):
    locks: ParamLocks = controller.locks
    locks.set_locked("w_xf", True)
    locks.set_locked("b_out", True)
    controller.set_settings(TrainingSettings(max_epochs=50))
    _, step = run(qtbot, controller, controller.train)
    assert step.params.w_xf == 0.5 and step.params.b_out == 0.0
    assert step.params.w_xi != 0.5


def test_stop_ends_the_run_long_before_max_epochs(qtbot, state, controller):
    state.set_target(np.array([5.0, -5, 5, -5, 5, -5, 5, -5]))
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as blocker:
        controller.train()
        qtbot.waitUntil(lambda: controller.last_step is not None, timeout=TIMEOUT)
        controller.stop()
    reason, step = blocker.args
    assert reason == "stopped"
    assert step.epoch < 1_000_000
    assert controller.status_text.endswith("— stopped")


def test_changing_the_sequence_stops_the_run(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as blocker:
        controller.train()
        qtbot.waitUntil(lambda: controller.last_step is not None, timeout=TIMEOUT)
        state.set_sequence(np.array([1.0, 0, 0]))
    assert blocker.args[0] == "stopped"
    assert "sequence" in controller.status_text


def test_divergence_stops_with_words_and_the_last_good_weights(qtbot, state, controller):
    controller.set_settings(TrainingSettings(optimizer="sgd", learning_rate=100.0))
    reason, step = run(qtbot, controller, controller.train)
    assert reason == "diverged"
    assert controller.status_text == DIVERGED_MESSAGE
    assert np.isfinite(state.params.as_vector()).all()
    assert state.params == step.params


def test_training_on_a_task_reports_the_held_out_loss(qtbot, state, controller):
    controller.set_settings(TrainingSettings(task=hold_the_pulse, max_epochs=5))
    _, step = run(qtbot, controller, controller.train)
    assert step.validation_loss is not None
    assert "held-out MSE" in controller.status_text
    assert "Held-out MSE" in controller.overlay_text
    assert np.isfinite(controller.history()[2]).all()


def test_without_a_target_there_is_nothing_to_train(qtbot, state, controller):
    state.set_target(None)
    assert not controller.can_train()
    assert not controller.train()
    assert "target" in controller.status_text
    controller.set_settings(TrainingSettings(task=hold_the_pulse))
    assert controller.can_train()


def test_shutdown_stops_a_running_thread_and_refuses_new_runs(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    controller.train()
    qtbot.waitUntil(lambda: controller.last_step is not None, timeout=TIMEOUT)
    thread = controller._thread
    controller.shutdown()
    assert not thread.isRunning()
    assert thread.epochs_done < 1_000_000
    assert not controller.is_running
    assert not controller.train()


def test_a_controller_dropped_while_training_stops_its_thread(qtbot, state):
    controller = TrainingController(state)
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    controller.train()
    qtbot.waitUntil(lambda c=controller: c.last_step is not None, timeout=TIMEOUT)
    thread = controller._thread
    del controller
    gc.collect()
    # The thread was stopped before Qt deleted it (a running QThread would abort the process).
    assert thread.epochs_done < 1_000_000


def test_overlay_clears_when_the_student_moves_a_weight_after_training(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=3))
    run(qtbot, controller, controller.train)
    assert controller.overlay_text.startswith("Epoch 3")
    with qtbot.waitSignal(controller.overlayTextChanged) as blocker:
        state.set_param("w_xf", 0.1)
    assert blocker.args == [""]


def test_params_locks_signal_each_change_once():
    locks = ParamLocks()
    changes = []
    locks.lockedChanged.connect(lambda name, on: changes.append((name, on)))
    locks.set_locked("w_out", True)
    locks.set_locked("w_out", True)
    locks.set_locked("b_f", True)
    locks.unlock_all()
    assert changes == [("w_out", True), ("b_f", True), ("b_f", False), ("w_out", False)]
    assert locks.locked() == frozenset()
    with pytest.raises(ValueError):
        locks.set_locked("w_zz", True)


def test_default_settings_are_the_lesson_defaults():
    settings = TrainingSettings()
    assert (settings.optimizer, settings.learning_rate, settings.max_epochs) == ("adam", 0.05, 2000)
    assert settings.tolerance == 1e-4 and settings.clip_norm == 0.0 and settings.task is None
    assert LSTMParams() == LSTMParams()
