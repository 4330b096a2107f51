"""Typed numbers, as a student types them: the weight boxes beside the sliders, the training
settings and the sequence field follow one rule (the point is the decimal separator; a comma is
taken as one where that is unambiguous) in every language, and what cannot be taken is refused
in words with the value in effect put back."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import type_into
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lstm_lab.engine import PARAM_SPECS
from lstm_lab.lessons.cell.qt.param_panel import ParamPanel
from lstm_lab.lessons.cell.qt.sequence_input import SequenceInput
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel
from lstm_lab.ui.param_slider import ParamSlider
from lstm_lab.ui.state import LabState


@pytest.fixture(params=["English", "German"])
def locale(request):
    """The app's default locale for the test: English, or German with its decimal comma."""
    previous = QLocale()
    if request.param == "German":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert QLocale().decimalPoint() == ","
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield request.param
    QLocale.setDefault(previous)


@pytest.fixture
def slider_row(qtbot, locale):
    """A weight slider with a button beside it to click away to."""
    spec = PARAM_SPECS["b_f"]
    holder = QWidget()
    layout = QVBoxLayout(holder)
    slider = ParamSlider("b_f", spec.html, spec.minimum, spec.maximum, spec.default, spec.tooltip)
    elsewhere = QPushButton("elsewhere")
    layout.addWidget(slider)
    layout.addWidget(elsewhere)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    elsewhere.setFocus()
    holder.elsewhere = elsewhere
    holder.slider = slider
    holder.box = slider.findChild(QLineEdit, "paramValue_b_f")
    holder.refusal = slider.findChild(QLabel, "paramError_b_f")
    return holder


def click_into_and_away(qtbot, row) -> None:
    qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    assert row.box.hasFocus()
    qtbot.mouseClick(row.elsewhere, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row.box.hasFocus())


@pytest.mark.parametrize(
    ("typed", "value", "shown"),
    [
        ("0,5", 0.5, "0.500"),
        ("-0,25", -0.25, "-0.250"),
        ("1e-3", 0.001, "0.001"),
        ("1e6", 1e6, "1000000.000"),
        ("2.5e2", 250.0, "250.000"),
        ("\u22121", -1.0, "-1.000"),
        ("0.0625", 0.0625, "0.0625"),
        ("-0.123456", -0.123456, "-0.123456"),
    ],
)
def test_a_typed_weight_is_taken_exactly_and_shown_as_taken(qtbot, slider_row, typed, value, shown):
    with qtbot.waitSignal(slider_row.slider.valueChanged) as blocker:
        type_into(qtbot, slider_row.box, typed)
    assert blocker.args == [value]
    assert slider_row.slider.value() == value
    assert slider_row.box.text() == shown
    assert slider_row.slider.refusal() == ""
    assert slider_row.refusal.isHidden()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2000000", '"2000000" is too large'),
        ("", "The box is empty"),
        ("-", '"-" is not a number'),
        (".", '"." is not a number'),
        ("+", '"+" is not a number'),
        ("abc", '"abc" is not a number'),
        ("1,000", '"1,000" is ambiguous'),
        ("1e308", '"1e308" is too large'),
    ],
)
def test_what_cannot_be_taken_is_refused_in_words_and_the_weight_put_back(
    qtbot, slider_row, typed, reason
):
    slider, box = slider_row.slider, slider_row.box
    type_into(qtbot, box, "0.75")
    assert slider.value() == 0.75
    with qtbot.assertNotEmitted(slider.valueChanged):
        type_into(qtbot, box, typed)
    assert slider.value() == 0.75
    assert box.text() == "0.750"  # the box shows the weight in effect, not the refused text
    assert slider_row.refusal.isVisible()
    assert slider_row.refusal.text().startswith(reason)
    assert slider_row.refusal.text().endswith("b_f stays 0.75.")
    assert reason in box.toolTip()
    assert box.property("invalid") is True  # the red frame

    # A good value afterwards is taken, and the complaint goes.
    with qtbot.waitSignal(slider.valueChanged):
        type_into(qtbot, box, "0.5")
    assert slider.value() == 0.5
    assert not slider_row.refusal.isVisible()
    assert box.property("invalid") is False
    assert reason not in box.toolTip()


def test_leaving_the_box_with_bad_text_also_refuses_it(qtbot, slider_row):
    box = slider_row.box
    type_into(qtbot, box, "1,0x", enter=False)
    qtbot.mouseClick(slider_row.elsewhere, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slider_row.refusal.isVisible())
    assert slider_row.slider.value() == PARAM_SPECS["b_f"].default
    assert box.text() == f"{PARAM_SPECS['b_f'].default:.3f}"


def test_focus_alone_never_changes_a_weight(qtbot, slider_row):
    slider = slider_row.slider
    for value in (-0.9770517, 0.0625, -0.9770517384756123, 1 / 3, 2.5e-7, 1.2345e-7):
        slider.setValue(value)  # as training or the model sets it
        with qtbot.assertNotEmitted(slider.valueChanged):
            click_into_and_away(qtbot, slider_row)
            qtbot.mouseClick(slider_row.box, Qt.MouseButton.LeftButton)
            qtbot.keyClick(slider_row.box, Qt.Key.Key_Return)  # Enter on what is shown
            click_into_and_away(qtbot, slider_row)
        assert slider.value() == value


def test_a_rounded_box_says_so_and_shows_every_digit_while_edited(qtbot, slider_row):
    slider, box = slider_row.slider, slider_row.box
    slider.setValue(-0.9770517)
    assert box.text() == "\u2248-0.9771"
    assert "-0.9770517 exactly" in box.toolTip()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.text() == "-0.9770517"
    # Changing one digit of the exact value takes the new value exactly.
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(slider.valueChanged) as blocker:
        qtbot.keyClicks(box, "9")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert blocker.args == [-0.9770519]
    qtbot.mouseClick(slider_row.elsewhere, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.text() == "\u2248-0.9771")
    assert slider.value() == -0.9770519


def test_a_typed_weight_reaches_the_cell_exactly(qtbot, locale):
    state = LabState()
    panel = ParamPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_mode("full")
    box = panel.findChild(QLineEdit, "paramValue_w_hf")
    type_into(qtbot, box, "0,0625")
    assert state.params.w_hf == 0.0625
    state.set_param("w_hf", -0.9770517)
    box.setFocus()
    box.clearFocus()
    QApplication.processEvents()
    assert state.params.w_hf == -0.9770517


# ----------------------------------------------------------------------------- training settings
@pytest.fixture
def training(qtbot, locale):
    state = LabState()
    panel = TrainingPanel(state, rng=np.random.default_rng(0))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.shutdown()


def test_the_learning_rate_follows_the_same_rule(qtbot, training):
    spin = training.learning_rate_spin
    assert spin.text() == "0.0500"  # a point, in every language
    for typed, rate in (("0.01", 0.01), ("0,02", 0.02), ("2.5e-3", 0.0025), ("0.5", 0.5)):
        type_into(qtbot, spin, typed)
        assert spin.value() == rate, typed
        assert training.settings().learning_rate == rate
        assert spin.text() == f"{rate:.4f}"


def test_the_clip_and_tolerance_boxes_follow_the_same_rule(qtbot, training):
    type_into(qtbot, training.clip_spin, "2,5")
    assert training.settings().clip_norm == 2.5
    assert training.clip_spin.text() == "2.50"
    type_into(qtbot, training.tol_spin, "1e-5")
    assert training.settings().tolerance == 1e-5
    assert training.tol_spin.text() == "0.00001000"


# ----------------------------------------------------------------------------- the sequence field
@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("0,5; 1,5; 0", '"0,5" has a comma inside a number'),
        ("0,5", '"0,5" is ambiguous'),
        ("0,5, 1,5, 0", '"0,5" is ambiguous'),
    ],
)
def test_a_decimal_comma_in_the_sequence_is_pointed_out(qtbot, locale, typed, fragment):
    state = LabState()
    field = SequenceInput(state)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    before = state.sequence.copy()
    type_into(qtbot, field.edit, typed)
    np.testing.assert_array_equal(state.sequence, before)
    assert fragment in field.error_text()
    assert "decimal separator is a point" in field.error_text()
