"""Edit → Undo/Redo driven as a student: sliders dragged with the mouse, values typed, gates
pinned, keys pressed; every undo puts back exactly what was there."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import type_into
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
)

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.ui.param_slider import FloatSlider


@pytest.fixture
def window(open_window):
    return open_window(size=(1440, 900))


def undo_text(win) -> str:
    return win.actions_by_key["undo"].text()


def redo_text(win) -> str:
    return win.actions_by_key["redo"].text()


def handle_centre(slider: FloatSlider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    rect = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    return rect.center()


def drag(qtbot, slider: FloatSlider, dxs: list[int]) -> None:
    """Press on the handle, move it by each dx in turn, release: one drag."""
    start = handle_centre(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for dx in dxs:
        qtbot.mouseMove(slider, start + QPoint(dx, 0))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=start + QPoint(dxs[-1], 0))


def press(qtbot, win, key: str) -> None:
    """A shortcut pressed with the focus on the cell diagram (no text field)."""
    win.cell_diagram.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if key.startswith("Shift+"):
        modifiers |= Qt.KeyboardModifier.ShiftModifier
        key = key[len("Shift+") :]
    qtbot.keyClick(win.cell_diagram, getattr(Qt.Key, f"Key_{key}"), modifiers)


def test_nothing_to_undo_in_a_fresh_window(window):
    assert undo_text(window) == "Undo" and not window.actions_by_key["undo"].isEnabled()
    assert redo_text(window) == "Redo" and not window.actions_by_key["redo"].isEnabled()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]


def test_a_slider_drag_is_one_undo_step(qtbot, window):
    window.param_panel.set_mode("full")
    slider = window.findChild(object, "paramSlider_b_f").findChild(FloatSlider)
    drag(qtbot, slider, [5, 15, 30, 45])
    after = window.state.params.b_f
    assert after > 0.0
    assert window.history.stack.count() == 1
    assert undo_text(window) == f"Undo b_f = {after:.3f}"
    press(qtbot, window, "Z")
    assert window.state.params.b_f == 0.0
    assert slider.value() == 0
    assert redo_text(window) == f"Redo b_f = {after:.3f}"
    press(qtbot, window, "Y")
    assert window.state.params.b_f == after
    # A second drag of the same slider is a second step.
    drag(qtbot, slider, [-10, -20])
    assert window.history.stack.count() == 2


def test_a_drag_back_to_where_it_began_leaves_no_step(qtbot, window):
    slider = window.findChild(object, "paramSlider_b_f").findChild(FloatSlider)
    slider.setSliderDown(True)  # held: the positions below come from the mouse
    for position in (20, 40, 0):
        slider.setValue(position)
    slider.setSliderDown(False)
    assert window.state.params.b_f == 0.0
    assert window.history.stack.count() == 0
    assert undo_text(window) == "Undo"


def test_undo_restores_the_exact_previous_value(qtbot, window):
    window.state.set_param("w_xf", -0.9770517)  # e.g. a trained weight
    window.history.clear()
    window.param_panel.set_mode("full")
    box = window.findChild(QLineEdit, "paramValue_w_xf")
    type_into(qtbot, box, "0.0625")
    assert window.state.params.w_xf == 0.0625
    assert undo_text(window) == "Undo w_xf = 0.0625"
    window.actions_by_key["undo"].trigger()
    assert window.state.params.w_xf == -0.9770517
    window.actions_by_key["redo"].trigger()
    assert window.state.params.w_xf == 0.0625


def test_ctrl_shift_z_redoes_too(qtbot, window):
    window.state.set_param("b_o", 1.25)
    press(qtbot, window, "Z")
    assert window.state.params.b_o == 0.0
    press(qtbot, window, "Shift+Z")
    assert window.state.params.b_o == 1.25


def test_simple_mode_slider_says_its_own_name(qtbot, window):
    slider = window.findChild(object, "paramSlider_w_f").findChild(FloatSlider)
    drag(qtbot, slider, [10, 25])
    value = window.state.params.w_xf
    assert value == window.state.params.w_hf != 0.5
    assert undo_text(window) == f"Undo w_f = {value:.3f}"
    window.actions_by_key["undo"].trigger()
    assert window.state.params.w_xf == window.state.params.w_hf == 0.5


def test_sequence_change_undoes_with_the_target_it_dropped(qtbot, window):
    state = window.state
    state.set_target([0.0, 0.0, 1.0, 1.0, 0.5])
    edit = window.findChild(QLineEdit, "sequenceEdit")
    type_into(qtbot, edit, "1, 0, 1")
    assert list(state.sequence) == [1.0, 0.0, 1.0] and state.target is None
    assert undo_text(window) == "Undo input sequence and target"
    window.cell_diagram.setFocus()
    window.actions_by_key["undo"].trigger()
    assert list(state.sequence) == [1.0, 0.0, 0.0, 0.0, 0.0]
    assert list(state.target) == [0.0, 0.0, 1.0, 1.0, 0.5]
    assert edit.text() == "1, 0, 0, 0, 0"
    window.actions_by_key["redo"].trigger()
    assert list(state.sequence) == [1.0, 0.0, 1.0] and state.target is None


def test_target_typed_is_one_step(qtbot, window):
    edit = window.findChild(QLineEdit, "targetEdit")
    type_into(qtbot, edit, "0, 0, 0, 0, 1")
    assert list(window.state.target) == [0, 0, 0, 0, 1]
    assert undo_text(window) == "Undo target"
    window.actions_by_key["undo"].trigger()
    assert window.state.target is None


def test_pins_undo_one_at_a_time_and_free_all_is_one_step(qtbot, window):
    combo = window.findChild(QComboBox, "clampCombo_f")
    combo.setCurrentIndex(combo.findData(1.0))
    window.findChild(QComboBox, "clampCombo_o").setCurrentIndex(3)
    assert window.state.clamps == {"f": 1.0, "o": 0.0}
    assert undo_text(window) == "Undo pin o = 0"
    qtbot.mouseClick(window.findChild(QPushButton, "freeGatesButton"), Qt.MouseButton.LeftButton)
    assert window.state.clamps == {}
    assert undo_text(window) == "Undo free all gates"
    window.actions_by_key["undo"].trigger()
    assert window.state.clamps == {"f": 1.0, "o": 0.0}
    assert combo.currentData() == 1.0
    window.actions_by_key["undo"].trigger()
    window.actions_by_key["undo"].trigger()
    assert window.state.clamps == {}
    assert combo.currentData() is None


def test_initial_states_undo(window):
    window.state.set_initial("c0", 0.5)
    assert undo_text(window) == "Undo C(0) = 0.500"
    window.actions_by_key["undo"].trigger()
    assert window.state.initial["c0"] == 0.0


def test_a_training_run_is_one_step(qtbot, window):
    combo = window.findChild(QComboBox, "targetPresetCombo")
    index = combo.findText("Hold the pulse")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    window.history.clear()
    before = window.state.params
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        qtbot.mouseClick(window.findChild(QPushButton, "epochButton"), Qt.MouseButton.LeftButton)
    trained = window.state.params
    assert trained != before
    assert window.history.stack.count() == 1
    assert undo_text(window) == "Undo training (1 epoch)"
    window.actions_by_key["undo"].trigger()
    assert window.state.params == before
    window.actions_by_key["redo"].trigger()
    assert window.state.params == trained


def pick_preset(window, title: str) -> None:
    combo = window.findChild(QComboBox, "targetPresetCombo")
    index = combo.findText(title)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_training_run_is_named_with_its_epochs(qtbot, window):
    pick_preset(window, "Hold the pulse")
    spin = window.findChild(QSpinBox, "maxEpochsSpin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.state.training_settings.max_epochs == 25
    window.history.clear()
    controller = window.training_panel.controller
    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    epochs = finished.args[1].epoch
    assert 1 < epochs <= 25
    assert undo_text(window) == f"Undo training ({epochs} epochs)"
    # Two more single epochs continue the run: each press is its own step of one epoch.
    for _ in range(2):
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            qtbot.mouseClick(
                window.findChild(QPushButton, "epochButton"), Qt.MouseButton.LeftButton
            )
        assert undo_text(window) == "Undo training (1 epoch)"
    assert window.history.stack.count() == 3


def test_restore_is_undone_by_its_name(qtbot, window):
    pick_preset(window, "Hold the pulse")
    window.history.clear()
    before = window.state.params
    controller = window.training_panel.controller
    epoch_button = window.findChild(QPushButton, "epochButton")
    for _ in range(3):
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            qtbot.mouseClick(epoch_button, Qt.MouseButton.LeftButton)
    trained = window.state.params
    assert trained != before
    restore = window.findChild(QPushButton, "restoreButton")
    assert restore.isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert window.state.params == before
    assert undo_text(window) == "Undo Restore the weights from before training"
    assert window.history.stack.count() == 4
    window.actions_by_key["undo"].trigger()
    assert window.state.params == trained
    assert undo_text(window) == "Undo training (1 epoch)"
    assert redo_text(window) == "Redo Restore the weights from before training"
    window.actions_by_key["redo"].trigger()
    assert window.state.params == before
    # A weight moved by hand afterwards is still named by its value.
    window.state.set_param("b_f", 0.5)
    assert undo_text(window) == "Undo b_f = 0.500"


def test_undo_is_off_while_training(qtbot, window):
    window.state.set_param("b_f", 0.5)
    window.state.set_training(True)
    try:
        assert not window.actions_by_key["undo"].isEnabled()
        window.history.undo()
        assert window.state.params.b_f == 0.5
    finally:
        window.state.set_training(False)
    assert window.actions_by_key["undo"].isEnabled()


def test_loading_a_lesson_clears_the_history(window):
    window.state.set_param("b_f", 0.5)
    assert window.history.stack.canUndo()
    window.open_lesson(lesson_by_name("single-pulse"))
    assert not window.history.stack.canUndo()
    assert undo_text(window) == "Undo"
    assert np.array_equal(window.state.sequence, lesson_by_name("single-pulse").options.sequence)


def test_long_sequences_keep_the_history_small_and_the_last_steps_exact(window):
    from lstm_lab.lessons.cell.qt.undo import VALUE_BUDGET

    sequences = [np.full(10_000, k / 7.0) for k in range(12)]
    for values in sequences:
        window.state.set_sequence(values)
    kept = [window.history.stack.command(k) for k in range(window.history.stack.count())]
    assert 0 < len(kept) < len(sequences)
    assert sum(command.weight() for command in kept) <= VALUE_BUDGET
    window.actions_by_key["undo"].trigger()
    assert np.array_equal(window.state.sequence, sequences[-2])
    window.actions_by_key["redo"].trigger()
    assert np.array_equal(window.state.sequence, sequences[-1])


def test_reset_all_is_undone_by_its_name(qtbot, window):
    window.state.set_param("b_f", 0.5)
    moved = window.state.params
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Reset all")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.state.params != moved
    assert undo_text(window) == "Undo Reset all weights and biases"
    window.actions_by_key["undo"].trigger()
    assert window.state.params == moved
