"""Training inside the whole window: the views follow the weights, locks come from the sliders."""

from __future__ import annotations

import pytest
from helpers import on_screen_matches_fresh_render
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox

from lstm_lab.engine.tasks import TASKS


@pytest.fixture
def window(open_window):
    return open_window(size=(1440, 900))


def choose_lesson(window, name: str) -> None:
    combo = window.findChild(QComboBox, "targetPresetCombo")
    index = combo.findText(name)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_training_moves_sliders_and_every_view(qtbot, window):
    choose_lesson(window, "Hold the pulse")
    assert list(window.state.sequence) == [0, 1, 0, 0, 0, 0, 0, 0]
    assert list(window.state.target) == [0, 0, 1, 1, 1, 1, 1, 1]
    _, target_line = window.time_series.curves["target"].getData()
    assert list(target_line) == [0, 0, 1, 1, 1, 1, 1, 1]
    # Locked with the slider's own lock button, as a student would.
    window.param_panel.set_mode("full")
    qtbot.mouseClick(window.findChild(object, "lockButton_b_i"), Qt.MouseButton.LeftButton)
    assert "b_i" in window.training_panel.locked()

    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    reason, _step = finished.args
    assert reason == "converged"
    params = window.state.params
    assert window.state.mse < 1e-3
    assert params.b_i == 0.0  # locked
    assert params.w_xf != 0.5
    # The sliders, the statistics, the math panel and the overlay all show the fitted cell.
    assert window.findChild(object, "paramSlider_w_xf").value() == pytest.approx(params.w_xf)
    assert float(window.findChild(QLabel, "stat_mse").text()) == pytest.approx(
        window.state.mse, abs=1e-6
    )
    assert window.state.cursor == 8  # the whole trace is shown while training
    assert f"{window.state.trace.y[-1]:.4f}" in window.math_panel.toPlainText()
    assert "MSE" in window.findChild(QLabel, "trainingStatus").text()
    assert window.time_series.overlay.isVisible() and "Epoch" in window.time_series.overlay.text()
    assert window.param_panel.mode() == "full"
    # What is on screen after the training refreshes is what a fresh render shows.
    failures: list[str] = []
    try:
        qtbot.waitUntil(lambda: on_screen_matches_fresh_render(window, failures), timeout=3000)
    except qtbot.TimeoutError:
        pytest.fail(f"after training, the window shows stale pixels: {failures[-1]}")


def test_gradient_hints_point_downhill(qtbot, window):
    choose_lesson(window, "Hold the pulse")
    grads = window.state.gradients
    hint = window.findChild(object, "gradientHint_b_f").push()
    assert hint is not None and (hint > 0) == (grads.b_f < 0)
    assert "Training would" in window.findChild(object, "gradientHint_b_f").toolTip()
    # Dragging updates the hints at once.
    hint_widget = window.findChild(object, "gradientHint_w_hf")
    before = (hint_widget.push(), hint_widget.toolTip())
    window.findChild(object, "paramSlider_w_f").setValue(-1.5)
    assert (hint_widget.push(), hint_widget.toolTip()) != before


def test_closing_the_window_while_training_stops_the_thread(qtbot, window):
    choose_lesson(window, "Echo")
    epochs = window.findChild(QSpinBox, "maxEpochsSpin")
    epochs.setValue(epochs.maximum())
    for name in ("tolSpin", "learningRateSpin"):  # a run that will not end on its own soon
        spin = window.findChild(QDoubleSpinBox, name)
        spin.setValue(spin.minimum())
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.progressed, timeout=10_000):
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert controller.is_running
    window.close()
    assert not controller.is_running


def test_controls_that_would_fight_training_are_off_while_it_runs(qtbot, window):
    choose_lesson(window, "Echo")
    epochs = window.findChild(QSpinBox, "maxEpochsSpin")
    epochs.setValue(epochs.maximum())
    for name in ("tolSpin", "learningRateSpin"):
        spin = window.findChild(QDoubleSpinBox, name)
        spin.setValue(spin.minimum())
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.progressed, timeout=10_000):
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert not window.findChild(object, "paramSlider_w_xf").isEnabled()
    assert not window.findChild(QPushButton, "resetAllButton").isEnabled()
    assert not window.act_play.isEnabled() and not window.act_reset.isEnabled()
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        qtbot.mouseClick(window.findChild(QPushButton, "stopButton"), Qt.MouseButton.LeftButton)
    assert window.findChild(object, "paramSlider_w_xf").isEnabled()
    assert window.act_play.isEnabled()
    # Training set input and recurrent weights apart: Full stays, so every change is shown.
    assert not window.state.params.is_simple()
    assert window.param_panel.mode() == "full"
    assert window.findChild(object, "paramSlider_w_xf").isVisible()
    assert window.findChild(object, "paramSlider_w_hf").isVisible()


def test_simple_weights_come_back_after_a_run_that_kept_the_weights_paired(qtbot, window):
    choose_lesson(window, "Echo")
    for name in ("w_xf", "w_hf", "w_xi", "w_hi", "w_xc", "w_hc", "w_xo", "w_ho"):
        window.state.set_locked(name, True)  # training moves only biases and the output
    controller = window.training_panel.controller
    epochs = window.findChild(QSpinBox, "maxEpochsSpin")
    epochs.setValue(5)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert window.state.params.is_simple()
    assert window.param_panel.mode() == "simple"  # the student's own choice comes back


# ----------------------------------------------------------------------------- lessons
def pick_with_the_keyboard(qtbot, window, title: str) -> None:
    """Choose a lesson in the training panel's list with the arrow keys, as a student would."""
    combo = window.findChild(QComboBox, "targetPresetCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != title:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, title


def train(qtbot, window):
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    return finished.args


@pytest.mark.parametrize("task", TASKS, ids=lambda task: task.name)
def test_every_training_lesson_reaches_its_goal_fresh_and_after_another(qtbot, window, task):
    from lstm_lab.core.builtin import lesson_by_name

    start = lesson_by_name(f"train-{task.name}")
    pick_with_the_keyboard(qtbot, window, task.title)
    assert window.state.params.to_dict() == dict(start.options.params)  # its own starting weights
    reason, step = train(qtbot, window)
    assert reason == "converged", (task.name, step.epoch, step.loss)
    other = next(t for t in TASKS if t is not task)
    pick_with_the_keyboard(qtbot, window, other.title)
    train(qtbot, window)  # the other lesson leaves its trained weights behind
    pick_with_the_keyboard(qtbot, window, task.title)
    assert window.state.params.to_dict() == dict(start.options.params)
    reason, step = train(qtbot, window)
    assert reason == "converged", (task.name, step.epoch, step.loss)
    assert window.state.mse < start.options.training.tolerance


def test_one_epoch_after_a_run_keeps_the_weights_restore_gives_back(qtbot, window):
    choose_lesson(window, "Echo")
    before = window.state.params
    reason, _ = train(qtbot, window)
    assert reason == "converged"
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        qtbot.mouseClick(window.findChild(QPushButton, "epochButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    assert window.state.params == before


def test_a_typed_target_survives_a_sequence_briefly_shorter(qtbot, window):
    from helpers import type_into
    from PySide6.QtWidgets import QLineEdit

    type_into(qtbot, window.findChild(QLineEdit, "targetEdit"), "0, 1, 1, 1, 1")
    sequence = window.findChild(QLineEdit, "sequenceEdit")
    type_into(qtbot, sequence, "1, 0, 0")
    assert window.state.target is None and window.state.mse is None
    type_into(qtbot, sequence, "1, 0, 0, 0, 0")
    assert list(window.state.target) == [0, 1, 1, 1, 1]
    assert window.findChild(QLineEdit, "targetEdit").text() == "0, 1, 1, 1, 1"


def test_one_mse_per_name_on_one_sequence_and_many(qtbot, window):
    choose_lesson(window, "Hold the pulse")
    _, step = train(qtbot, window)
    shown = window.findChild(QLabel, "stat_mse").text()
    status = window.findChild(QLabel, "trainingStatus").text()
    assert f"MSE {shown}" in status  # the same number, on the same sequence
    qtbot.mouseClick(window.findChild(object, "taskCheck"), Qt.MouseButton.LeftButton)
    window.findChild(QSpinBox, "maxEpochsSpin").setValue(3)
    _, step = train(qtbot, window)
    status = window.findChild(QLabel, "trainingStatus").text()
    assert "mean MSE of the 32 training sequences" in status
    assert "Mean training MSE" in window.time_series.overlay.text()


def test_sliders_a_lesson_fixes_are_left_alone_by_training(qtbot, window):
    choose_lesson(window, "Hold the pulse")
    window.state.set_fixed({"w_xf", "b_f"})
    before = window.state.params
    reason, step = train(qtbot, window)
    assert step.epoch > 10
    after = window.state.params
    assert (after.w_xf, after.b_f) == (before.w_xf, before.b_f)
    assert after.w_hf != before.w_hf  # the free ones were trained


def test_the_status_follows_weights_changed_after_a_run(qtbot, window):
    choose_lesson(window, "Echo")
    train(qtbot, window)
    status = window.findChild(QLabel, "trainingStatus")
    assert "reached the goal" in status.text()
    qtbot.mouseClick(window.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    assert status.text() == "The weights from before training are back."
    window.actions_by_key["undo"].trigger()  # the trained weights again
    assert status.text() == "Ready: press Train to fit the weights to the target."
