"""Single widgets on their own, without the main window, driven as a student would."""

from __future__ import annotations

import numpy as np
import pytest
import shiboken6
from helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from lstm_lab.engine import PARAM_SPECS, parse_sequence
from lstm_lab.lessons.cell.qt.clamp_controls import ClampControls
from lstm_lab.lessons.cell.qt.param_panel import ParamPanel
from lstm_lab.lessons.cell.qt.playback_controls import PlaybackControls
from lstm_lab.lessons.cell.qt.sequence_input import PRESETS, SequenceInput
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel
from lstm_lab.ui.number_list_edit import NumberListEdit
from lstm_lab.ui.param_slider import ParamSlider
from lstm_lab.ui.state import LabState


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def child(parent: QWidget, cls, name: str):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"{text!r} is not in the list"


# ----------------------------------------------------------------------------- number list
@pytest.fixture
def numbers(qtbot):
    field = NumberListEdit(
        title="Numbers",
        noun="list",
        edit_name="numbersEdit",
        error_name="numbersError",
        placeholder="e.g. 1, 0",
        tooltip="Numbers, separated by commas",
    )
    return show(qtbot, field)


def test_number_list_emits_the_parsed_values_on_enter(qtbot, numbers):
    edit = child(numbers, QLineEdit, "numbersEdit")
    with qtbot.assertNotEmitted(numbers.valuesEntered):
        type_into(qtbot, edit, "1, 0.5; -2", enter=False)  # nothing counts before Enter
    with qtbot.waitSignal(numbers.valuesEntered) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    np.testing.assert_array_equal(blocker.args[0], [1.0, 0.5, -2.0])
    np.testing.assert_array_equal(numbers.values(), [1.0, 0.5, -2.0])
    assert not child(numbers, QLabel, "numbersError").isVisible()
    assert numbers.title.buddy() is edit


def test_number_list_bad_item_is_named_under_the_field_and_fixing_clears_it(qtbot, numbers):
    edit = child(numbers, QLineEdit, "numbersEdit")
    error = child(numbers, QLabel, "numbersError")
    type_into(qtbot, edit, "1, 0, 0")

    with qtbot.assertNotEmitted(numbers.valuesEntered):
        type_into(qtbot, edit, "1, x, 0")
    assert error.isVisible()
    assert error.text() == 'Item 2, "x", is not a number. The last good list is still in use.'
    assert numbers.error_text() == error.text()
    assert edit.property("invalid") is True
    np.testing.assert_array_equal(numbers.values(), [1.0, 0.0, 0.0])
    # Right under the field, across its width.
    assert error.geometry().top() >= edit.geometry().bottom()
    assert error.geometry().left() <= edit.geometry().left()

    # With an error showing, the text is judged as it is typed.
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "1, , 0"
    assert "item 2 is empty" in error.text().lower()
    with qtbot.waitSignal(numbers.valuesEntered) as blocker:
        qtbot.keyClicks(edit, "5")
    np.testing.assert_array_equal(blocker.args[0], [1.0, 5.0, 0.0])
    assert not error.isVisible()
    assert numbers.error_text() == ""
    assert edit.property("invalid") is False


def test_number_list_shows_values_set_by_its_owner(qtbot, numbers):
    edit = child(numbers, QLineEdit, "numbersEdit")
    type_into(qtbot, edit, "1, nan")
    assert edit.property("invalid") is True
    edit.clearFocus()  # the student has left the field
    with qtbot.assertNotEmitted(numbers.valuesEntered):
        numbers.set_values(np.array([0.25, -1.0]))
    assert edit.text() == "0.25, -1"
    assert not child(numbers, QLabel, "numbersError").isVisible()
    assert edit.property("invalid") is False


@pytest.fixture
def three_or_none(qtbot):
    """Like the target: empty means none, good text applies as typed, three numbers needed."""
    field = NumberListEdit(
        title="Three",
        noun="triple",
        edit_name="threeEdit",
        error_name="threeError",
        placeholder="three numbers",
        tooltip="Three numbers or nothing",
        allow_empty=True,
        apply_as_typed=True,
        check=lambda values: None if len(values) == 3 else f"that is {len(values)}, not 3",
    )
    return show(qtbot, field)


def test_number_list_that_applies_as_typed_waits_for_enter_to_complain(qtbot, three_or_none):
    edit = child(three_or_none, QLineEdit, "threeEdit")
    error = child(three_or_none, QLabel, "threeError")
    entered = []
    three_or_none.valuesEntered.connect(entered.append)

    type_into(qtbot, edit, "0, 1, 1", enter=False)
    assert len(entered) == 1  # only the full "0, 1, 1", none of the half-typed prefixes
    np.testing.assert_array_equal(entered[0], [0.0, 1.0, 1.0])
    assert not error.isVisible()

    type_into(qtbot, edit, "0, 1", enter=False)
    assert not error.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert error.text() == "That is 2, not 3. The last good triple is still in use."
    assert edit.property("invalid") is True
    np.testing.assert_array_equal(three_or_none.values(), [0.0, 1.0, 1.0])

    with qtbot.waitSignal(three_or_none.valuesEntered) as blocker:
        type_into(qtbot, edit, "", enter=False)
    assert blocker.args == [None]
    assert three_or_none.values() is None
    assert not error.isVisible()

    type_into(qtbot, edit, "1 2 three")
    assert error.text() == (
        'Item 3, "three", is not a number. There is no triple until this is fixed.'
    )


def test_number_list_keeps_text_that_its_check_now_rejects(qtbot, three_or_none):
    """The owner drops the values (say the input got shorter): the text stays, explained."""
    edit = child(three_or_none, QLineEdit, "threeEdit")
    three_or_none.set_values(np.array([1.0, 2.0]))
    assert edit.text() == "1, 2"
    three_or_none.set_values(None)
    assert edit.text() == "1, 2"
    assert three_or_none.error_text() == "That is 2, not 3. There is no triple until this is fixed."
    edit.clearFocus()  # the student has left the field
    three_or_none.set_values(np.array([4.0, 5.0, 6.0]))
    assert edit.text() == "4, 5, 6"
    assert three_or_none.error_text() == ""


# ----------------------------------------------------------------------------- the two users
def test_sequence_input_alone_applies_presets_and_keeps_the_last_good_sequence(qtbot):
    state = LabState()
    widget = show(qtbot, SequenceInput(state))
    edit = child(widget, QLineEdit, "sequenceEdit")
    assert edit.text() == "1, 0, 0, 0, 0"  # the state's sequence

    combo = child(widget, QComboBox, "presetCombo")
    combo.setFocus()
    assert combo.currentIndex() == 1  # the state's sequence is the first preset
    # The arrow keys walk through the presets, each applied as it is reached.
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    np.testing.assert_array_equal(state.sequence, parse_sequence(PRESETS[2][1]))
    assert combo.currentIndex() == 3
    qtbot.keyClick(combo, Qt.Key.Key_End)
    _, text = PRESETS[-1]
    np.testing.assert_array_equal(state.sequence, parse_sequence(text))
    assert edit.text() == text
    assert combo.currentIndex() == len(PRESETS)

    type_into(qtbot, edit, "1, oops")
    np.testing.assert_array_equal(state.sequence, parse_sequence(text))
    assert widget.error_text() == (
        'Item 2, "oops", is not a number. The last good sequence is still in use.'
    )
    edit.clearFocus()  # the student has left the field
    state.set_sequence(np.array([0.0, 1.0]))
    assert edit.text() == "0, 1"
    assert widget.error_text() == ""
    assert combo.currentIndex() == 0  # a sequence of one's own: no preset named


@pytest.fixture
def panel(qtbot):
    state = LabState()
    widget = TrainingPanel(state, rng=np.random.default_rng(1))
    show(qtbot, widget)
    yield widget, state
    if shiboken6.isValid(widget):
        widget.shutdown()


def test_target_field_says_when_there_is_no_target_left(qtbot, panel):
    panel, state = panel
    edit = child(panel, QLineEdit, "targetEdit")
    type_into(qtbot, edit, "0, 0, 1, 1, 1")
    type_into(qtbot, edit, "0, 0, 1, 1, x")
    assert panel.target_error().endswith("The last good target is still in use.")
    np.testing.assert_array_equal(state.target, [0, 0, 1, 1, 1])

    type_into(qtbot, edit, "0, 0, 1, 1, 1")
    state.set_sequence(np.array([1.0, 0.0, 0.0]))
    assert state.target is None
    assert panel.target_error() == (
        "The target has 5 values but the input has 3. There is no target until this is fixed."
    )
    assert edit.property("invalid") is True
    type_into(qtbot, edit, "0, 1, 1", enter=False)  # a full target applies as it is typed
    np.testing.assert_array_equal(state.target, [0, 1, 1])
    assert panel.target_error() == ""


# ----------------------------------------------------------------------------- param slider
@pytest.fixture
def slider(qtbot):
    spec = PARAM_SPECS["b_f"]
    widget = ParamSlider("b_f", spec.html, spec.minimum, spec.maximum, spec.default, spec.tooltip)
    return show(qtbot, widget)


def test_typing_beyond_the_range_grows_it(qtbot, slider):
    spec = PARAM_SPECS["b_f"]
    box = child(slider, QLineEdit, "paramValue_b_f")
    assert (slider.minimum(), slider.maximum()) == (spec.minimum, spec.maximum)
    with qtbot.waitSignal(slider.valueChanged) as blocker:
        type_into(qtbot, box, "3.5")
    assert blocker.args == [3.5]
    assert slider.value() == 3.5
    assert slider.maximum() == 4.0  # grown to the next whole number
    assert slider.minimum() == spec.minimum
    assert box.text() == "3.500"
    assert "Range -1 … 4" in box.toolTip()

    type_into(qtbot, box, "-7.25")
    assert slider.minimum() == -8.0
    assert slider.maximum() == 4.0


def test_slider_lock_button_toggles_and_says_so(qtbot, slider):
    lock = child(slider, QToolButton, "lockButton_b_f")
    with qtbot.waitSignal(slider.lockToggled) as blocker:
        click(qtbot, lock)
    assert blocker.args == [True]
    assert slider.is_locked()
    assert lock.toolTip() == "b_f locked: training leaves it alone. Click to free."
    with qtbot.waitSignal(slider.lockToggled) as blocker:
        click(qtbot, lock)
    assert blocker.args == [False]
    assert not slider.is_locked()
    assert lock.toolTip() == "b_f free: training may move it. Click to lock."


def test_slider_reset_button_asks_for_the_default(qtbot, slider):
    reset = child(slider, QToolButton, "resetButton_b_f")
    assert reset.toolTip() == f"Back to the default, {PARAM_SPECS['b_f'].default:g}"
    with qtbot.waitSignal(slider.resetRequested):
        click(qtbot, reset)


def test_reset_button_in_the_panel_restores_the_default_and_the_range(qtbot):
    state = LabState()
    panel = show(qtbot, ParamPanel(state))
    spec = PARAM_SPECS["b_f"]
    slider = panel.sliders["b_f"]
    type_into(qtbot, child(panel, QLineEdit, "paramValue_b_f"), "2.5")
    assert state.params.b_f == 2.5
    assert slider.maximum() == 3.0

    with qtbot.waitSignal(state.paramsChanged):
        click(qtbot, child(panel, QToolButton, "resetButton_b_f"))
    assert state.params.b_f == spec.default
    assert (slider.minimum(), slider.maximum()) == (spec.minimum, spec.maximum)
    assert child(panel, QLineEdit, "paramValue_b_f").text() == f"{spec.default:.3f}"

    click(qtbot, child(panel, QToolButton, "lockButton_b_f"))
    assert panel.locked_parameters() == frozenset({"b_f"})


# ----------------------------------------------------------------------------- playback
@pytest.fixture
def playback(qtbot):
    state = LabState()  # five steps
    controls = show(qtbot, PlaybackControls(state))
    yield controls, state
    controls.set_playing(False)


def test_step_back_and_reset_buttons_move_the_cursor(qtbot, playback):
    controls, state = playback
    forward = child(controls, QPushButton, "stepForwardButton")
    back = child(controls, QPushButton, "stepBackButton")
    assert state.cursor == 0 and not back.isEnabled()

    with qtbot.waitSignal(state.cursorChanged) as blocker:
        click(qtbot, forward)
    assert blocker.args == [1]
    click(qtbot, forward)
    assert state.cursor == 2
    click(qtbot, back)
    assert state.cursor == 1
    for _ in range(state.length):
        if forward.isEnabled():
            click(qtbot, forward)
    assert state.cursor == state.length
    assert not forward.isEnabled() and back.isEnabled()

    click(qtbot, child(controls, QPushButton, "resetButton"))
    assert state.cursor == 0
    np.testing.assert_array_equal(state.sequence, [1, 0, 0, 0, 0])


def test_play_toggles_and_stops_at_the_end(qtbot, playback):
    controls, state = playback
    play = child(controls, QPushButton, "playButton")
    qtbot.keyClick(controls.speed, Qt.Key.Key_End)  # fastest
    assert controls.speed_label.text() == f"{controls.speed.maximum()} steps/s"

    with qtbot.waitSignal(controls.playingChanged) as blocker:
        click(qtbot, play)
    assert blocker.args == [True]
    assert play.text() == "Pause" and play.isChecked()
    with qtbot.waitSignal(controls.playingChanged) as blocker:
        click(qtbot, play)
    assert blocker.args == [False]
    assert play.text() == "Play" and not play.isChecked()
    assert not controls.is_playing()

    state.go_to_end()
    seen = []
    state.cursorChanged.connect(seen.append)
    click(qtbot, play)
    qtbot.waitUntil(lambda: not controls.is_playing(), timeout=10_000)
    # Playing from the end starts again from the beginning and stops at the last step.
    assert seen == list(range(state.length + 1))
    assert play.text() == "Play"


# ----------------------------------------------------------------------------- clamps
def test_choosing_a_pinned_value_sets_the_clamp(qtbot):
    state = LabState()
    clamps = show(qtbot, ClampControls(state))
    combo_f = child(clamps, QComboBox, "clampCombo_f")

    with qtbot.waitSignal(state.clampsChanged):
        choose(qtbot, combo_f, "open: f = 1")
    assert state.clamps == {"f": 1.0}
    np.testing.assert_array_equal(state.trace.f, np.ones(state.length))

    choose(qtbot, child(clamps, QComboBox, "clampCombo_o"), "shut: o = 0")
    assert state.clamps == {"f": 1.0, "o": 0.0}
    np.testing.assert_array_equal(state.trace.h, np.zeros(state.length))

    click(qtbot, child(clamps, QPushButton, "freeGatesButton"))
    assert state.clamps == {}
    assert all(combo.currentText() == "free" for combo in clamps.combos.values())

    state.set_clamp("g", -1.0)
    assert child(clamps, QComboBox, "clampCombo_g").currentText() == "C̃ = −1"


def test_the_loss_curve_labels_its_values_without_a_hidden_unit_factor(qtbot):
    from lstm_lab.ui.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 300)
    plot.show()
    epochs = np.arange(1, 61, dtype=float)
    plot.set_history(epochs, 0.02 * 0.9**epochs)  # down to about 3e-5
    qtbot.waitExposed(plot)
    axis = plot.getPlotItem().getAxis("left")
    assert "(x" not in axis.labelString()  # was "MSE (x0.001)"
    # The ticks at the log10 positions of 1e-4 and 1e-2 read as those values.
    assert axis.tickStrings([-4.0, -2.0], axis.scale, 1.0) == ["0.0001", "0.01"]


def test_the_wheel_scrolls_the_training_panel_and_leaves_its_settings_alone(qtbot, open_window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = open_window(size=(1024, 768))
    window.set_text_scale(1.5)
    window.docks["training"].raise_()
    QApplication.processEvents()
    combo = window.findChild(QComboBox, "optimizerCombo")
    panel = window.docks["training"].widget()
    bar = panel.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.maximum() > 0 and not combo.hasFocus()
    chosen, place = combo.currentIndex(), bar.value()

    def wheel(steps: int) -> None:  # the wheel turned over the box, as a student scrolls
        centre = QPointF(combo.rect().center())
        event = QWheelEvent(
            centre, QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False,
        )  # fmt: skip
        QApplication.sendEvent(combo, event)

    wheel(-1)
    assert combo.currentIndex() == chosen  # the optimiser is as it was ...
    assert bar.value() > place  # ... and the panel scrolled instead
    combo.setFocus()  # chosen by the student: now the wheel changes it
    QApplication.processEvents()
    wheel(-1 if chosen == 0 else 1)
    assert combo.currentIndex() != chosen


def test_the_loss_curves_numbers_grow_with_the_text(qtbot):
    from lstm_lab.ui.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("left")
    plot.set_text_scale(1.0)
    normal = axis.style["tickFont"].pointSizeF()
    plot.set_text_scale(1.5)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(1.5 * normal)


def test_an_empty_loss_plots_hint_wraps_instead_of_being_cut(qtbot):
    from PySide6.QtGui import QFont

    from lstm_lab.ui.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.empty_hint.setText("Press Train to watch both errors fall.")
    plot.resize(600, 200)
    plot.show()
    qtbot.waitExposed(plot)
    hint = plot.empty_hint
    assert hint.isVisible() and hint.height() <= 2 * hint.fontMetrics().height()
    font = QFont(plot.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    plot.setFont(font)  # Larger text on a narrow plot (a 1024×768 window at 1.5×)
    plot.resize(220, 200)
    qtbot.waitUntil(lambda: hint.width() <= plot.width() - 16)
    assert hint.geometry().left() >= 0 and hint.geometry().right() < plot.width()
    lines = hint.height() / hint.fontMetrics().lineSpacing()
    assert lines >= 2  # wrapped onto more lines, every word whole
    widest = max(hint.fontMetrics().horizontalAdvance(w) for w in hint.text().split())
    assert widest <= hint.width()
