"""The training controller and its epoch pump, without the panel."""

from __future__ import annotations

import gc
import inspect
import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTimer

import lstm_lab.lessons.cell.qt.controller as training_controller
from lstm_lab.core.training import DIVERGED_MESSAGE, TrainingSettings, format_mse, overlay_text
from lstm_lab.engine import LSTM, PARAM_NAMES
from lstm_lab.engine.tasks import hold_the_pulse
from lstm_lab.engine.training import fit
from lstm_lab.lessons.cell.qt.controller import TrainingController
from lstm_lab.ui.state import LabState

PULSE = [0, 1, 0, 0, 0, 0, 0, 0]
HOLD = [0, 0, 1, 1, 1, 1, 1, 1]
TIMEOUT = 60_000
#: Ceiling for a run to end after Stop; an unstopped run of 1,000,000 epochs takes far longer.
STOP_TIMEOUT = 10_000


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


def test_epochs_run_in_the_gui_thread_while_its_event_loop_keeps_going(
    qtbot, state, controller, monkeypatch
):
    seen: list[int] = []
    ticks: list[int] = []
    real_fit = training_controller.fit

    def recording_fit(*args, **kwargs):
        for step in real_fit(*args, **kwargs):
            seen.append(threading.get_ident())
            yield step

    monkeypatch.setattr(training_controller, "fit", recording_fit)
    controller.set_settings(TrainingSettings(max_epochs=20_000, tolerance=0.0))
    # A timer of the event loop: it only fires if training hands the loop back between ticks.
    other = QTimer()
    other.setInterval(1)
    other.timeout.connect(lambda: ticks.append(len(seen)))
    other.start()
    run(qtbot, controller, controller.train)
    other.stop()
    assert len(seen) == 20_000
    assert set(seen) == {threading.get_ident()}
    assert controller.last_worker_ident == threading.get_ident()
    # The loop ran while epochs were being trained, not only before or after the run.
    assert sum(0 < done < 20_000 for done in ticks) >= 5


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
    available: list[bool] = []
    controller.restoreAvailableChanged.connect(available.append)
    _, step = run(qtbot, controller, controller.train)
    assert available == [True]  # offered once the run ended, not while it ran
    assert controller.can_restore and state.params == step.params != before
    controller.restore_weights()
    assert state.params == before
    assert available == [True, False]
    assert not controller.can_restore


def test_locked_parameters_are_left_alone(qtbot, state, controller):
    state.set_param("w_xf", 0.3125)
    state.set_param("b_out", -0.125)
    start = state.params
    state.set_locked("w_xf", True)
    state.set_locked("b_out", True)
    controller.set_settings(TrainingSettings(max_epochs=50))
    _, step = run(qtbot, controller, controller.train)
    assert step.epoch == 50
    assert state.params == step.params
    assert step.params.w_xf == 0.3125 and step.params.b_out == -0.125
    moved = {n for n in PARAM_NAMES if getattr(step.params, n) != getattr(start, n)}
    assert moved == set(PARAM_NAMES) - {"w_xf", "b_out"}


def record_run(controller, act_on_first_progress) -> list[tuple[str, object]]:
    """Log progressed and finished signals in order; on the first progressed step call
    ``act_on_first_progress()``."""
    events: list[tuple[str, object]] = []

    def on_progress(step) -> None:
        events.append(("progress", step))
        if len(events) == 1:
            act_on_first_progress()

    controller.progressed.connect(on_progress)
    controller.finished.connect(lambda reason, step: events.append(("finished", reason)))
    return events


def test_stop_ends_the_run_at_the_epoch_it_was_pressed(qtbot, state, controller):
    state.set_target(np.array([5.0, -5, 5, -5, 5, -5, 5, -5]))  # never reached
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    events = record_run(controller, controller.stop)
    with qtbot.waitSignal(controller.finished, timeout=STOP_TIMEOUT) as blocker:
        assert controller.train()
        thread = controller._pump
    QCoreApplication.processEvents()  # anything still queued would arrive now
    reason, step = blocker.args
    assert reason == "stopped"
    assert controller.status_text == f"Epoch {step.epoch} — MSE {format_mse(step.loss)} — stopped"
    # The run ended because of Stop: by the epoch after the one on screen when it was pressed.
    pressed_at = events[0][1].epoch
    assert thread.stop_requested and not thread.exhausted and thread.error is None
    assert thread.epochs_done in (pressed_at, pressed_at + 1)
    assert step.epoch == thread.epochs_done
    epochs, _, _ = controller.history()
    assert list(epochs) == list(range(1, thread.epochs_done + 1))
    # Nothing after the end, and the lab shows the weights of the last epoch reported.
    assert events[-1] == ("finished", "stopped")
    progress = [item for kind, item in events if kind == "progress"]
    assert progress[-1] is step
    assert state.params == step.params
    assert not controller.is_running


def test_changing_the_sequence_stops_the_run(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    events = record_run(controller, lambda: state.set_sequence(np.array([1.0, 0, 0])))
    with qtbot.waitSignal(controller.finished, timeout=STOP_TIMEOUT) as blocker:
        assert controller.train()
        thread = controller._pump
    QCoreApplication.processEvents()
    assert blocker.args[0] == "stopped"
    assert controller.status_text == (
        "Training stopped: the sequence, the target or a pinned gate changed."
    )
    shown = events[0][1]
    assert thread.stop_requested and not thread.exhausted
    assert thread.epochs_done in (shown.epoch, shown.epoch + 1)
    # Weights trained for the old sequence are not handed on once it changed.
    assert [kind for kind, _ in events] == ["progress", "finished"]
    assert state.params == shown.params


def test_divergence_stops_with_words_and_the_last_good_weights(qtbot, state, controller):
    # SGD at learning rate 3 on this sequence: ten finite epochs, then the weights run away.
    start = state.params
    engine_steps = list(fit(LSTM, start, PULSE, HOLD, optimizer="sgd", learning_rate=3.0))
    assert [s.status for s in engine_steps] == ["running"] * 10 + ["diverged"]
    last_good = engine_steps[-2].params
    controller.set_settings(TrainingSettings(optimizer="sgd", learning_rate=3.0))
    reason, step = run(qtbot, controller, controller.train)
    assert reason == "diverged"
    assert controller.status_text == DIVERGED_MESSAGE
    assert state.params == step.params == last_good
    assert state.params != start
    epochs, losses, _ = controller.history()
    assert list(epochs) == list(range(1, 12))
    np.testing.assert_array_equal(losses, [s.loss for s in engine_steps])
    assert controller.can_restore


def test_training_on_a_task_reports_the_held_out_loss(qtbot, state, controller):
    state.set_task(hold_the_pulse)
    controller.set_settings(TrainingSettings(many_sequences=True, max_epochs=5))
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
    state.set_task(hold_the_pulse)  # a lesson's rule gives the target
    assert controller.can_train()
    state.set_task(None)
    state.set_target(None)
    controller.set_settings(TrainingSettings(many_sequences=True))
    assert not controller.can_train()  # many sequences of no lesson: still nothing to fit


def test_shutdown_stops_a_running_thread_and_refuses_new_runs(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    assert controller.train()
    qtbot.waitUntil(lambda: controller.last_step is not None, timeout=TIMEOUT)
    thread = controller._pump
    controller.shutdown(timeout_ms=STOP_TIMEOUT)
    # shutdown returns once the run has ended, and it ended because it was told to stop.
    assert not thread.isRunning()
    assert thread.stop_requested and not thread.exhausted and thread.error is None
    assert len(controller.history()[0]) == thread.epochs_done > 0
    assert not controller.is_running
    assert not controller.train()
    assert not controller.train_one_epoch()


def test_a_controller_dropped_while_training_stops_its_run(qtbot, state):
    controller = TrainingController(state, rng=np.random.default_rng(0))
    controller.set_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    assert controller.train()
    qtbot.waitUntil(lambda c=controller: c.last_step is not None, timeout=TIMEOUT)
    progress = controller._session.progress
    gone = []
    controller.destroyed.connect(lambda *_: gone.append(True))
    del controller
    gc.collect()
    assert gone == [True]
    # The run went with its controller: the event loop trains no further epoch.
    done = len(progress)
    ticks = []
    QTimer.singleShot(50, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: ticks == [True], timeout=TIMEOUT)
    assert len(progress) == done


def test_overlay_clears_when_the_student_moves_a_weight_after_training(qtbot, state, controller):
    controller.set_settings(TrainingSettings(max_epochs=3))
    run(qtbot, controller, controller.train)
    assert controller.overlay_text.startswith("Epoch 3")
    with qtbot.waitSignal(controller.overlayTextChanged) as blocker:
        state.set_param("w_xf", 0.1)
    assert blocker.args == [""]


def test_default_settings_are_the_lesson_defaults():
    settings = TrainingSettings()
    assert (settings.optimizer, settings.learning_rate, settings.max_epochs) == ("adam", 0.05, 2000)
    assert settings.tolerance == 1e-4 and settings.clip_norm == 0.0
    assert not settings.many_sequences
    # The panel's defaults are the engine's: a run started from the panel is the documented one.
    engine = inspect.signature(fit).parameters
    for name in ("optimizer", "learning_rate", "max_epochs", "tolerance", "task_size"):
        assert getattr(settings, name) == engine[name].default, name
    assert settings.batch_size == engine["batch_size"].default
    assert engine["clip_norm"].default is None and not settings.clip_norm
