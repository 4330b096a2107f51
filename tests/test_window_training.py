"""Training inside the whole window: the views follow the weights, locks come from the sliders."""

from __future__ import annotations

import pytest
from helpers import on_screen_matches_fresh_render
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox

from lstm_lab.app import create_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = create_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.training_panel.shutdown()


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
    assert window.param_panel.mode() == "simple"  # the student's own choice comes back
