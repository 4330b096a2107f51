"""Long pasted input in the sequence and target fields: nothing is cut without a word, the item
limit is named, and the fields do not keep every paste in memory."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from lstm_lab.lessons.cell.qt.sequence_input import SequenceInput
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel
from lstm_lab.ui.state import LabState


def paste(qtbot, edit, text: str) -> None:
    """Select all in the field and paste ``text`` with the keyboard, as a student does."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def lab(qtbot):
    state = LabState()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    holder.sequence = SequenceInput(state)
    holder.training = TrainingPanel(state, rng=np.random.default_rng(0))
    holder.elsewhere = QPushButton("elsewhere")
    for widget in (holder.sequence, holder.training, holder.elsewhere):
        layout.addWidget(widget)
    holder.state = state
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    yield holder
    holder.training.shutdown()


def test_ten_thousand_pasted_numbers_arrive_whole(qtbot, lab):
    edit = lab.sequence.edit
    text = ", ".join(["0.123456"] * 10_000)
    paste(qtbot, edit, text)
    assert edit.text() == text
    with qtbot.waitSignal(lab.state.sequenceChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert lab.state.length == 10_000
    assert np.all(lab.state.sequence == 0.123456)

    # The target field takes as many, the same way: leaving the field applies it.
    target = lab.training.target_edit
    paste(qtbot, target, ", ".join(["1"] * 9_999 + ["0.654321"]))
    qtbot.mouseClick(lab.elsewhere, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lab.state.target is not None)
    assert len(lab.state.target) == 10_000 and lab.state.target[-1] == 0.654321


def test_past_the_limit_the_message_says_how_many_and_the_limit(qtbot, lab):
    edit = lab.sequence.edit
    before = lab.state.sequence.copy()
    text = ", ".join(["0.123456"] * 12_000)
    paste(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == text  # kept whole, for the student to shorten
    assert "12,000 numbers" in lab.sequence.error_text()
    assert "at most 10,000" in lab.sequence.error_text()
    np.testing.assert_array_equal(lab.state.sequence, before)
