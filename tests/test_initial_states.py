"""Start from C(0) and h(0): typed through real key events, taken exactly or refused in words,
shown in the diagram and the math at t = 0, saved in the lesson file."""

from __future__ import annotations

import math

import pytest
from helpers import type_into, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from lstm_lab.core.lesson import read_lesson


@pytest.fixture
def window(open_window):
    return open_window(size=(1440, 900))


def box(win, name: str) -> QLineEdit:
    found = win.findChild(QLineEdit, f"initialValue_{name}")
    assert found is not None and found.isVisible()
    return found


def test_boxes_start_at_zero(window):
    assert box(window, "c0").text() == "0.000"
    assert box(window, "h0").text() == "0.000"
    assert window.initial_states.error_text() == ""


def test_typed_c0_changes_the_trace_exactly(qtbot, window):
    before = window.state.trace.c.copy()
    type_into(qtbot, box(window, "c0"), "0.0625")
    assert window.state.initial["c0"] == 0.0625
    trace = window.state.trace
    assert trace.c_prev[0] == 0.0625
    # Step 1 by hand: f(1)·C(0) is added to what the default cell computes.
    f1 = trace.f[0]
    assert trace.c[0] == pytest.approx(before[0] + f1 * 0.0625, abs=1e-15)
    assert box(window, "c0").text() == "0.0625"


def test_typed_h0_changes_the_gates(qtbot, window):
    f_before = window.state.trace.f[0]
    type_into(qtbot, box(window, "h0"), "-0,5")  # a decimal comma, as in de_DE
    assert window.state.initial["h0"] == -0.5
    z = 0.5 * 1.0 + 0.5 * -0.5 + 0.0
    assert window.state.trace.f[0] == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-15)
    assert window.state.trace.f[0] != f_before


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("c0", "abc", "is not a number"),
        ("c0", "", "empty"),
        ("c0", "1,000", "ambiguous"),
        ("c0", "2000000", "1,000,000"),
        ("h0", "1.5", "from -1 to 1"),
        ("h0", "-", "not a number"),
    ],
)
def test_bad_text_is_refused_and_the_value_kept(qtbot, window, name, text, why):
    window.state.set_initial(name, 0.25)
    trace_before = window.state.trace.h.copy()
    type_into(qtbot, box(window, name), text)
    assert window.state.initial[name] == 0.25
    assert (window.state.trace.h == trace_before).all()
    message = window.initial_states.error_text()
    assert why in message, message
    assert "stays 0.25" in message
    assert box(window, name).text() == "0.250"
    assert box(window, name).property("invalid") is True
    # A good number afterwards clears the message.
    type_into(qtbot, box(window, name), "0.5")
    assert window.state.initial[name] == 0.5
    assert window.initial_states.error_text() == ""
    assert box(window, name).property("invalid") is False


def test_the_unicode_minus_is_taken(qtbot, window):
    edit = box(window, "c0")
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "\u22121.5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.state.initial["c0"] == -1.5


def test_focus_alone_changes_nothing(qtbot, window):
    window.state.set_initial("c0", -0.9770517)
    edit = box(window, "c0")
    assert edit.text() == "\u2248-0.9771"
    edit.setFocus()
    assert edit.text() == "-0.9770517"  # every digit while editing
    window.cell_diagram.setFocus()
    assert window.state.initial["c0"] == -0.9770517
    assert edit.text() == "\u2248-0.9771"


def test_shown_in_the_diagram_and_the_math_at_t0(qtbot, window):
    type_into(qtbot, box(window, "c0"), "0.75")
    type_into(qtbot, box(window, "h0"), "-0.25")
    window.state.go_to(0)
    assert "h(0) = -0.2500   C(0) = 0.7500" in window.math_panel.toPlainText()
    texts = diagram_texts(window.cell_diagram)
    assert "0.750" in texts and "-0.250" in texts, texts
    window.state.go_to(1)
    assert "h(0) = -0.2500   C(0) = 0.7500" in window.math_panel.toPlainText()
    assert "0.750" in diagram_texts(window.cell_diagram)  # C(t−1) at step 1


def diagram_texts(diagram) -> list[str]:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return [
        item.text()
        for item in diagram.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible()
    ]


def test_saved_in_the_lesson_file(qtbot, window, monkeypatch, tmp_path):
    type_into(qtbot, box(window, "c0"), "0.125")
    path = tmp_path / "start.lstmlab"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.actions_by_key["save_as"].trigger()
    assert read_lesson(str(path)).options.initial == {"h0": 0.0, "c0": 0.125}
    # Opening it again shows it in the box.
    window.state.set_initial("c0", 0.0)
    window.files.open_path(str(path))
    assert box(window, "c0").text() == "0.125"
