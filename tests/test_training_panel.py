"""The training panel, driven as a student would: typing, clicking, waiting for signals."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import shiboken6
from helpers import type_into
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

import lstm_lab.lessons.cell.qt.controller as training_controller
from lstm_lab.core.training import DIVERGED_MESSAGE, format_mse
from lstm_lab.engine import LSTM, PARAM_NAMES
from lstm_lab.engine.tasks import TASKS, hold_the_pulse
from lstm_lab.engine.training import fit
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel
from lstm_lab.ui.state import LabState

TIMEOUT = 60_000
#: Ceiling for a run to end after Stop; an unstopped run of 1,000,000 epochs takes far longer.
STOP_TIMEOUT = 10_000


@pytest.fixture
def state(qtbot):
    return LabState()  # input 1, 0, 0, 0, 0 and no target


@pytest.fixture
def panel(qtbot, state):
    widget = TrainingPanel(state, rng=np.random.default_rng(1))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if shiboken6.isValid(widget):
        widget.shutdown()


def child(panel: QWidget, name: str):
    widget = panel.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot, panel, name: str) -> None:
    qtbot.mouseClick(child(panel, name), Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as a student without a mouse would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"{text!r} is not in the list"


def train(qtbot, panel, button: str = "trainButton"):
    with qtbot.waitSignal(panel.controller.finished, timeout=TIMEOUT) as blocker:
        click(qtbot, panel, button)
    return blocker.args


# ----------------------------------------------------------------------------- the controls
def test_every_control_is_there_with_a_tooltip(panel):
    names = [
        "targetEdit",
        "targetPresetCombo",
        "taskCheck",
        "trainButton",
        "stopButton",
        "epochButton",
        "restoreButton",
        "optimizerCombo",
        "learningRateSpin",
        "maxEpochsSpin",
        "clipSpin",
        "tolSpin",
        "trainingStatus",
        "lossPlot",
    ]
    for name in names:
        assert child(panel, name).toolTip(), name
    assert panel.loss_plot is child(panel, "lossPlot")
    assert panel.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_defaults(panel):
    assert child(panel, "optimizerCombo").currentText() == "Adam"
    assert child(panel, "learningRateSpin").value() == 0.05
    assert child(panel, "maxEpochsSpin").value() == 2000
    assert child(panel, "clipSpin").value() == 0.0
    assert child(panel, "tolSpin").value() == pytest.approx(1e-4)
    assert not child(panel, "trainButton").isEnabled()  # no target yet
    assert not child(panel, "stopButton").isEnabled()
    assert not child(panel, "restoreButton").isEnabled()


# ----------------------------------------------------------------------------- the target
def test_typing_a_target_sets_it_and_an_empty_field_means_no_target(qtbot, panel, state):
    type_into(qtbot, child(panel, "targetEdit"), "0, 0.5, 1, 1, 1")
    np.testing.assert_array_equal(state.target, [0, 0.5, 1, 1, 1])
    assert child(panel, "trainButton").isEnabled()
    type_into(qtbot, child(panel, "targetEdit"), "")
    assert state.target is None
    assert not child(panel, "trainButton").isEnabled()


def test_bad_target_text_shows_an_error_and_keeps_the_last_good_target(qtbot, panel, state):
    edit = child(panel, "targetEdit")
    error = child(panel, "targetError")
    type_into(qtbot, edit, "0, 0, 1, 1, 1")
    good = state.target.copy()

    type_into(qtbot, edit, "0, 0, x, 1, 1")
    assert error.isVisible()
    assert "x" in error.text()
    assert edit.property("invalid") is True
    np.testing.assert_array_equal(state.target, good)

    type_into(qtbot, edit, "0, 0, 1, 1")
    assert error.isVisible()
    assert "the target has 4 values but the input has 5" in error.text().lower()
    np.testing.assert_array_equal(state.target, good)

    type_into(qtbot, edit, "1, 1, 1, 1, 0")
    assert not error.isVisible()
    assert edit.property("invalid") is False
    np.testing.assert_array_equal(state.target, [1, 1, 1, 1, 0])


def test_a_new_input_length_makes_the_target_field_say_so(qtbot, panel, state):
    type_into(qtbot, child(panel, "targetEdit"), "0, 0, 1, 1, 1")
    state.set_sequence(np.array([1.0, 0, 0, 0]))
    assert state.target is None
    assert "the target has 5 values but the input has 4" in panel.target_error().lower()


def test_a_target_set_elsewhere_appears_in_the_field(panel, state):
    state.set_target(np.array([0.0, 1, 0, 1, 0]))
    assert child(panel, "targetEdit").text() == "0, 1, 0, 1, 0"
    state.set_target(None)
    assert child(panel, "targetEdit").text() == ""


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.name)
def test_each_lesson_sets_its_input_and_target(qtbot, panel, state, task):
    choose(qtbot, child(panel, "targetPresetCombo"), task.title)
    np.testing.assert_array_equal(state.sequence, task.example_input)
    np.testing.assert_array_equal(state.target, task.example_target)
    assert child(panel, "taskCheck").isEnabled()
    assert child(panel, "trainButton").isEnabled()


def test_hold_the_pulse_lesson_is_the_one_from_the_brief(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    assert child(panel, "targetEdit").text() == "0, 0, 1, 1, 1, 1, 1, 1"
    np.testing.assert_array_equal(state.sequence, [0, 1, 0, 0, 0, 0, 0, 0])


# ----------------------------------------------------------------------------- training
def test_train_moves_the_weights_and_shows_the_fitted_mse(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    before = state.params
    moved = []
    state.paramsChanged.connect(lambda: moved.append(state.params))
    reason, step = train(qtbot, panel)
    assert reason == "converged"
    assert moved and state.params != before
    assert state.mse == pytest.approx(step.loss)
    status = child(panel, "trainingStatus").text()
    assert status == f"Epoch {step.epoch} — MSE {format_mse(step.loss)} — reached the goal"
    assert panel.loss_plot.point_count() == step.epoch
    assert not child(panel, "stopButton").isEnabled()
    assert child(panel, "trainButton").isEnabled()
    assert child(panel, "restoreButton").isEnabled()


def test_stop_is_enabled_exactly_while_training_and_stops_promptly(qtbot, panel, state):
    type_into(qtbot, child(panel, "targetEdit"), "5, -5, 5, -5, 5")
    type_into(qtbot, child(panel, "maxEpochsSpin"), "1000000")
    type_into(qtbot, child(panel, "tolSpin"), "0")
    running = []
    panel.runningChanged.connect(running.append)
    controller = panel.controller
    shown = []

    def press_stop_on_the_first_epoch_shown(step) -> None:
        # Epochs and clicks share the GUI thread, so the click lands between two epochs.
        shown.append(step)
        if len(shown) == 1:
            click(qtbot, panel, "stopButton")

    controller.progressed.connect(press_stop_on_the_first_epoch_shown)
    with qtbot.waitSignal(controller.finished, timeout=STOP_TIMEOUT) as blocker:
        click(qtbot, panel, "trainButton")
        thread = controller._pump
        assert child(panel, "stopButton").isEnabled()
        assert not child(panel, "trainButton").isEnabled()
        assert not child(panel, "epochButton").isEnabled()
    QCoreApplication.processEvents()
    reason, step = blocker.args
    assert reason == "stopped"
    # Training ended because of Stop: at most one epoch more than was on screen at the click.
    assert thread.stop_requested and not thread.exhausted
    assert thread.epochs_done in (shown[0].epoch, shown[0].epoch + 1)
    assert step.epoch == thread.epochs_done
    assert shown[-1] is step and state.params == step.params
    assert panel.loss_plot.point_count() == step.epoch
    assert running == [True, False]
    assert not child(panel, "stopButton").isEnabled()
    assert child(panel, "trainButton").isEnabled()
    assert child(panel, "trainingStatus").text() == (
        f"Epoch {step.epoch} — MSE {format_mse(step.loss)} — stopped"
    )


def test_one_epoch_advances_exactly_one_epoch(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    start = state.params
    reason, step = train(qtbot, panel, "epochButton")
    assert (reason, step.epoch, step.iteration) == ("paused", 1, 1)
    assert state.params == step.params != start
    assert "Epoch 1 —" in child(panel, "trainingStatus").text()
    _, step = train(qtbot, panel, "epochButton")
    assert step.epoch == 2
    assert panel.loss_plot.point_count() == 2


def test_restore_brings_back_the_weights_from_before_train(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    state.set_param("w_out", 1.25)
    before = state.params
    train(qtbot, panel)
    assert state.params != before
    click(qtbot, panel, "restoreButton")
    assert state.params == before
    assert not child(panel, "restoreButton").isEnabled()


def test_training_runs_in_the_gui_thread_without_touching_another(qtbot, panel, state, monkeypatch):
    idents: list[int] = []
    real_fit = training_controller.fit

    def recording_fit(*args, **kwargs):
        for step in real_fit(*args, **kwargs):
            idents.append(threading.get_ident())
            yield step

    monkeypatch.setattr(training_controller, "fit", recording_fit)
    type_into(qtbot, child(panel, "targetEdit"), "0, 0, 1, 1, 1")
    type_into(qtbot, child(panel, "maxEpochsSpin"), "20")
    train(qtbot, panel)
    assert idents == [threading.get_ident()] * 20


def test_locked_parameters_stay_while_the_others_move(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    panel.set_locked("w_out", True)
    panel.set_locked("b_f", True)
    assert panel.locked() == {"w_out", "b_f"}
    assert "w_out" in child(panel, "lockedLabel").text()
    before = state.params
    train(qtbot, panel)
    after = state.params
    assert after.w_out == before.w_out and after.b_f == before.b_f
    assert {n for n in PARAM_NAMES if getattr(after, n) != getattr(before, n)} == set(
        PARAM_NAMES
    ) - {"w_out", "b_f"}


def test_a_too_high_learning_rate_stops_with_a_plain_message(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    choose(qtbot, child(panel, "optimizerCombo"), "SGD with momentum (0.9)")
    type_into(qtbot, child(panel, "learningRateSpin"), "3")
    before = state.params
    # At this rate the lesson's run takes ten finite epochs, then the weights run away.
    engine_steps = list(
        fit(LSTM, before, state.sequence, state.target, optimizer="sgd", learning_rate=3.0)
    )
    assert [s.status for s in engine_steps] == ["running"] * 10 + ["diverged"]
    reason, step = train(qtbot, panel)
    assert reason == "diverged"
    assert child(panel, "trainingStatus").text() == DIVERGED_MESSAGE
    assert state.params == step.params == engine_steps[-2].params
    assert state.params != before
    assert child(panel, "restoreButton").isEnabled()
    click(qtbot, panel, "restoreButton")
    assert state.params == before


def test_training_on_the_lesson_shows_the_held_out_mse(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Hold the pulse")
    click_box(qtbot, child(panel, "taskCheck"))
    assert child(panel, "taskCheck").isChecked()
    assert state.task is hold_the_pulse and panel.controller.settings.many_sequences
    type_into(qtbot, child(panel, "maxEpochsSpin"), "10")
    _, step = train(qtbot, panel)
    assert step.validation_loss is not None
    assert (
        f"held-out MSE {format_mse(step.validation_loss)}" in child(panel, "trainingStatus").text()
    )
    assert panel.loss_plot.validation_curve.isVisible()


def test_typing_an_own_target_leaves_the_lesson(qtbot, panel, state):
    choose(qtbot, child(panel, "targetPresetCombo"), "Echo")
    click_box(qtbot, child(panel, "taskCheck"))
    type_into(qtbot, child(panel, "targetEdit"), "1, 1, 1, 1, 1, 1, 1, 1")
    assert child(panel, "targetPresetCombo").currentIndex() == 0
    assert not child(panel, "taskCheck").isChecked()
    assert state.task is None and not panel.controller.settings.many_sequences


def test_the_overlay_text_follows_training(qtbot, panel, state):
    texts: list[str] = []
    panel.overlayTextChanged.connect(texts.append)
    type_into(qtbot, child(panel, "targetEdit"), "0, 0, 1, 1, 1")
    type_into(qtbot, child(panel, "maxEpochsSpin"), "5")
    train(qtbot, panel)
    assert texts[-1].splitlines()[0] == "Epoch 5"
    assert texts[-1].splitlines()[1] == "Iteration 5"
    assert texts[-1].splitlines()[2].startswith("MSE ")


# ----------------------------------------------------------------------------- closing
def test_closing_the_panel_while_training_stops_the_thread(qtbot, panel, state):
    type_into(qtbot, child(panel, "targetEdit"), "5, -5, 5, -5, 5")
    type_into(qtbot, child(panel, "maxEpochsSpin"), "1000000")
    type_into(qtbot, child(panel, "tolSpin"), "0")
    click(qtbot, panel, "trainButton")
    qtbot.waitUntil(lambda: panel.controller.last_step is not None, timeout=TIMEOUT)
    thread = panel.controller._pump
    panel.close()
    # close() returns once the run has ended, and it ended because it was told to stop.
    assert not thread.isRunning()
    assert thread.stop_requested and not thread.exhausted and thread.error is None
    assert not panel.controller.is_running
    assert not panel.controller.train()  # a closed panel starts no new run


def test_destroying_the_panel_while_training_stops_the_run(qtbot, state):
    panel = TrainingPanel(state)
    state.set_target(np.array([5.0, -5, 5, -5, 5]))
    type_into(qtbot, child(panel, "maxEpochsSpin"), "1000000")
    type_into(qtbot, child(panel, "tolSpin"), "0")
    click(qtbot, panel, "trainButton")
    qtbot.waitUntil(lambda: panel.controller.last_step is not None, timeout=TIMEOUT)
    progress = panel.controller._session.progress
    with qtbot.waitSignal(panel.destroyed, timeout=TIMEOUT):
        panel.deleteLater()
    # The run went with the panel (its controller): the event loop trains no further epoch.
    done = len(progress)
    ticks = []
    QTimer.singleShot(50, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: ticks == [True], timeout=TIMEOUT)
    assert len(progress) == done


def click_box(qtbot, box) -> None:
    """Click a check box on its box, where a student clicks (its middle may be empty room)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
