"""The glass-box window driven as a student would: typing, clicking, stepping."""

from __future__ import annotations

import math

import numpy as np
import pytest
from helpers import on_screen_matches_fresh_render
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from lstm_lab.app import create_window
from lstm_lab.engine import PARAM_NAMES, PARAM_SPECS


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def hand_steps(xs, w=0.5, b=0.0, w_out=1.0):
    """The defaults' trace worked out by hand (all weights w, all biases b)."""
    h = c = 0.0
    steps = []
    for x in xs:
        z = w * x + w * h + b
        f = i = o = sigmoid(z)
        g = math.tanh(z)
        c = f * c + i * g
        h = o * math.tanh(c)
        steps.append({"z": z, "f": f, "i": i, "g": g, "o": o, "c": c, "h": h, "y": w_out * h})
    return steps


@pytest.fixture
def window(open_window):
    return open_window(size=(1440, 900))


def find(win, cls, name):
    widget = win.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def type_sequence(qtbot, win, text: str, field: str = "sequenceEdit") -> None:
    edit = find(win, QLineEdit, field)
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def stat(win, key: str) -> str:
    return find(win, QLabel, f"stat_{key}").text()


def click(qtbot, win, name: str) -> None:
    qtbot.mouseClick(find(win, QPushButton, name), Qt.MouseButton.LeftButton)


def test_seed_walkthrough_with_hand_computed_values(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    assert window.state.cursor == 0
    assert stat(window, "t") == "0"
    expected = hand_steps([1, 0, 0, 0, 0])

    for t in (1, 2, 3):
        with qtbot.waitSignal(window.state.cursorChanged, timeout=1000):
            click(qtbot, window, "stepForwardButton")
        e = expected[t - 1]
        assert stat(window, "t") == str(t)
        for key in ("f", "i", "o", "c", "h", "y"):
            assert float(stat(window, key)) == pytest.approx(e[key], abs=5e-5), key
        math_text = window.math_panel.toPlainText()
        assert f"= {e['f']:.4f}" in math_text
        assert f"C({t}) =" in math_text and f"{e['c']:.4f}" in math_text
        # The diagram shows the same step.
        assert window.cell_diagram.gate_nodes["f"].value.text() == f"{e['f']:.3f}"
        curve_x, _ = window.time_series.curves["c"].getData()
        assert len(curve_x) == t

    # The worked example's numbers, as a student checks them with a calculator.
    assert expected[0]["f"] == pytest.approx(0.622459, abs=1e-6)
    assert expected[0]["c"] == pytest.approx(0.287649, abs=1e-6)
    assert expected[0]["h"] == pytest.approx(0.174270, abs=1e-6)


def test_math_panel_substitutes_numbers_term_by_term(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    window.state.go_to(2)
    text = window.math_panel.toPlainText()
    # Step 2: x(2) = 0 and h(1) = 0.1743 enter every gate.
    assert "0.5000·0.0000 + 0.5000·0.1743 + 0.0000 = 0.0871" in text
    assert "σ(0.0871)" in text and "tanh(0.0871)" in text
    for eq in ("f(2) =", "i(2) =", "C̃(2) =", "o(2) =", "C(2) =", "h(2) =", "y(2) ="):
        assert eq in text
    # Selectable plain text, ready to copy into notes.
    flags = window.math_panel.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_step_back_play_to_end_and_reset(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 1, 0, 1")
    state = window.state
    click(qtbot, window, "stepForwardButton")
    click(qtbot, window, "stepForwardButton")
    assert state.cursor == 2
    click(qtbot, window, "stepBackButton")
    assert state.cursor == 1
    assert stat(window, "t") == "1"

    window.playback.speed.setValue(20)
    play = find(window, QPushButton, "playButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert play.text() == "Pause"
    qtbot.waitUntil(lambda: state.cursor == 5 and not window.playback.is_playing(), timeout=10_000)
    assert play.text() == "Play"
    assert not find(window, QPushButton, "stepForwardButton").isEnabled()

    weights_before = state.params.to_dict()
    click(qtbot, window, "resetButton")
    assert state.cursor == 0
    assert list(state.sequence) == [1, 0, 1, 0, 1]
    assert state.params.to_dict() == weights_before
    curve_x, _ = window.time_series.curves["x"].getData()
    assert curve_x is None or len(curve_x) == 0


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1, x, 0", 'item 2, "x"'),
        ("1,,0", "item 2"),
        ("", "empty"),
        ("1, nan", "item 2"),
        ("1, 2e7", "item 2"),
    ],
)
def test_bad_sequence_shows_inline_error_and_keeps_last_good(qtbot, window, text, fragment):
    type_sequence(qtbot, window, "1, 1, 0")
    window.state.go_to(2)
    type_sequence(qtbot, window, text)
    error = find(window, QLabel, "sequenceError")
    assert error.isVisible()
    assert fragment.lower() in error.text().lower()
    assert find(window, QLineEdit, "sequenceEdit").property("invalid") is True
    assert list(window.state.sequence) == [1, 1, 0]  # the last good sequence stays
    assert window.state.cursor == 2
    type_sequence(qtbot, window, "0, 1")
    assert not error.isVisible()
    assert list(window.state.sequence) == [0, 1]


def test_preset_sets_the_sequence(qtbot, window):
    combo = find(window, QComboBox, "presetCombo")
    index = next(i for i in range(combo.count()) if "Late pulse" in combo.itemText(i))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert list(window.state.sequence) == [0, 0, 0, 1, 0]
    assert find(window, QLineEdit, "sequenceEdit").text() == "0, 0, 0, 1, 0"


def test_slider_change_updates_every_view(qtbot, window):
    window.param_panel.set_mode("full")
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    window.state.go_to(1)
    slider = window.findChild(object, "paramSlider_b_f")
    with qtbot.waitSignal(window.state.traceChanged, timeout=1000):
        slider.setValue(1.0)
    assert window.state.params.b_f == 1.0
    f1 = sigmoid(0.5 + 1.0)
    assert float(stat(window, "f")) == pytest.approx(f1, abs=5e-5)
    assert window.cell_diagram.gate_nodes["f"].value.text() == f"{f1:.3f}"
    assert f"σ(1.5000) = {f1:.4f}" in window.math_panel.toPlainText()
    _, fy = window.time_series.curves["f"].getData()
    assert fy[0] == pytest.approx(f1)


def test_one_change_refreshes_each_view_once_and_explains_the_step_once(
    qtbot, settings, monkeypatch
):
    import lstm_lab.core.cell_model as model_module
    from lstm_lab.lessons.cell.qt.math_panel import MathPanel
    from lstm_lab.lessons.cell.qt.stats_panel import StatsPanel
    from lstm_lab.lessons.cell.qt.time_series import TimeSeriesPlot
    from lstm_lab.ui.cell_diagram import CellDiagram

    explained: list[int] = []
    real = model_module.explain_step
    monkeypatch.setattr(
        model_module,
        "explain_step",
        lambda params, trace, t, *a: explained.append(t) or real(params, trace, t, *a),
    )
    refreshes: dict[str, int] = {}
    for view in (CellDiagram, MathPanel, StatsPanel, TimeSeriesPlot):

        def counting(self, *args, _real=view.refresh, _name=view.__name__):
            refreshes[_name] = refreshes.get(_name, 0) + 1
            return _real(self, *args)

        monkeypatch.setattr(view, "refresh", counting)
    win = create_window(settings)  # connects the counting refreshes
    qtbot.addWidget(win)
    win.show()
    win.state.go_to(3)
    explained.clear()
    refreshes.clear()
    type_sequence(qtbot, win, "1, 1, 0, 0, 1")
    assert explained == [3]  # once, for the step on screen, shared by the diagram and the maths
    assert refreshes == dict.fromkeys(
        ("CellDiagram", "MathPanel", "StatsPanel", "TimeSeriesPlot"), 1
    )
    refreshes.clear()
    win.findChild(QWidget, "paramSlider_b_o").setValue(0.25)  # one slider move
    assert refreshes == dict.fromkeys(
        ("CellDiagram", "MathPanel", "StatsPanel", "TimeSeriesPlot"), 1
    )
    assert explained == [3, 3]


def test_typing_a_value_grows_the_range_instead_of_clamping(qtbot, window):
    window.param_panel.set_mode("full")
    spin = window.findChild(object, "paramValue_w_hf")
    spin.clear()
    qtbot.keyClicks(spin, "3.5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.state.params.w_hf == pytest.approx(3.5)
    slider = window.findChild(object, "paramSlider_w_hf")
    assert slider.maximum() >= 3.5
    assert slider.value() == pytest.approx(3.5)


def test_model_change_moves_slider_without_feedback(qtbot, window):
    window.param_panel.set_mode("full")
    slider = window.findChild(object, "paramSlider_w_xo")
    written = []
    window.state.paramsChanged.connect(lambda: written.append(window.state.params.w_xo))
    with qtbot.assertNotEmitted(slider.valueChanged):  # the slider does not write it back
        window.state.set_param("w_xo", -1.25)
    assert slider.value() == -1.25
    assert written == [-1.25]
    window.state.set_param("w_out", 4.0)  # beyond the range: the range grows
    w_out = window.findChild(object, "paramSlider_w_out")
    assert w_out.value() == 4.0 and w_out.maximum() >= 4.0


def test_simple_and_full_modes(qtbot, window):
    panel = window.param_panel
    simple_f = window.findChild(object, "paramSlider_w_f")
    full_xf = window.findChild(object, "paramSlider_w_xf")
    assert panel.mode() == "simple"
    assert simple_f.isVisible() and not full_xf.isVisible()
    simple_f.setValue(1.2)
    assert window.state.params.w_xf == 1.2 and window.state.params.w_hf == 1.2

    qtbot.mouseClick(window.findChild(object, "fullModeButton"), Qt.MouseButton.LeftButton)
    assert panel.mode() == "full"
    assert full_xf.isVisible() and not simple_f.isVisible()
    full_xf.setValue(-0.4)
    before = window.state.params.to_dict()
    trace_before = window.state.trace.y.copy()

    qtbot.mouseClick(window.findChild(object, "simpleModeButton"), Qt.MouseButton.LeftButton)
    # Switching mode never changes the cell silently, and says why the weights differ.
    assert window.state.params.to_dict() == before
    np.testing.assert_array_equal(window.state.trace.y, trace_before)
    note = window.findChild(QLabel, "modeNote")
    assert note.isVisible() and "differ" in note.text()


def test_reset_one_and_all(qtbot, window):
    window.param_panel.set_mode("full")
    window.state.set_param("b_i", 0.8)
    window.state.set_param("w_ho", 1.7)
    qtbot.mouseClick(window.findChild(object, "resetButton_b_i"), Qt.MouseButton.LeftButton)
    assert window.state.params.b_i == PARAM_SPECS["b_i"].default
    assert window.state.params.w_ho == 1.7
    click(qtbot, window, "resetAllButton")
    for name in PARAM_NAMES:
        assert getattr(window.state.params, name) == PARAM_SPECS[name].default


def test_pinned_gates_hold_or_wipe_memory(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    combo_f = find(window, QComboBox, "clampCombo_f")
    combo_i = find(window, QComboBox, "clampCombo_i")
    combo_f.setCurrentIndex(combo_f.findData(1.0))
    combo_i.setCurrentIndex(combo_i.findData(0.0))
    assert window.state.clamps == {"f": 1.0, "i": 0.0}
    window.state.go_to_end()
    # Nothing was ever written: the cell state stays 0.
    np.testing.assert_allclose(window.state.trace.c, 0.0)
    assert "pinned" in window.math_panel.toPlainText()
    assert window.cell_diagram.gate_nodes["f"].circle.pen().style() == Qt.PenStyle.DashLine

    combo_i.setCurrentIndex(0)  # free the input gate again
    trace = window.state.trace
    # f pinned open: nothing is ever forgotten, every write adds up.
    np.testing.assert_allclose(trace.c, np.cumsum(trace.i * trace.g), atol=1e-12)
    combo_f.setCurrentIndex(combo_f.findData(0.0))
    trace = window.state.trace
    # f pinned shut: the memory is wiped at every step, only this step's write remains.
    np.testing.assert_allclose(trace.c, trace.i * trace.g, atol=1e-12)
    assert window.state.clamps == {"f": 0.0}
    click(qtbot, window, "freeGatesButton")
    assert window.state.clamps == {}
    assert combo_f.currentIndex() == 0


def test_clicking_the_unrolled_view_moves_the_cursor(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0, 0, 0, 0")
    canvas = window.unrolled_view.canvas
    x = canvas.step_rect(3).center().x()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, 60))
    assert window.state.cursor == 3


def test_long_sequence_keeps_current_step_in_view(qtbot, window):
    type_sequence(qtbot, window, ", ".join(["0"] * 400))
    window.state.go_to(350)
    assert 350 in window.unrolled_view.visible_steps()
    window.state.go_to(5)
    assert 5 in window.unrolled_view.visible_steps()


def test_keyboard_shortcuts(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0")
    window.cell_diagram.setFocus()
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Right)
    assert window.state.cursor == 1
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_End)
    assert window.state.cursor == 3
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Left)
    assert window.state.cursor == 2
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Home)
    assert window.state.cursor == 0
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Space)
    assert window.playback.is_playing()
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Space)
    assert not window.playback.is_playing()
    assert "(Space)" in find(window, QPushButton, "playButton").toolTip()


def test_legend_click_toggles_a_line(qtbot, window):
    plot = window.time_series.plot_widget
    sample, _label = window.time_series.legend.items[1]  # cell state
    assert window.time_series.series_visible("c")
    scene_pos = sample.mapToScene(sample.boundingRect().center())
    pos = plot.mapFromScene(scene_pos)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not window.time_series.series_visible("c")


def test_theme_switch_and_persistence(qtbot, settings, window):
    window.act_theme_light.trigger()
    app = QApplication.instance()
    assert app.palette().window().color().lightness() > 200
    assert window.cell_diagram.backgroundBrush().color() == QColor("#ffffff")
    window.docks["math"].hide()
    window.act_larger.trigger()
    window.close()

    again = create_window(settings)
    qtbot.addWidget(again)
    assert again.theme.name == "light"
    assert again.text_scale > 1.0
    assert not again.docks["math"].toggleViewAction().isChecked()
    again.act_theme_dark.trigger()
    assert app.palette().window().color().lightness() < 60
    again.set_text_scale(1.0)


def test_reset_layout_shows_every_view(qtbot, window):
    window.docks["unrolled"].hide()
    window.docks["timeSeries"].setFloating(True)
    window.act_reset_layout.trigger()
    assert window.docks["unrolled"].isVisible()
    assert not window.docks["timeSeries"].isFloating()


def test_help_dialogs_open(qtbot, window):
    window.act_about.trigger()
    about = window.findChild(object, "aboutDialog")
    assert about is not None and about.isVisible()
    from lstm_lab import __version__

    assert __version__ in about.text()
    about.close()
    window.act_shortcuts.trigger()
    shortcuts = window.findChild(object, "shortcutsDialog")
    keys = {keys for _menu, keys, _what in shortcuts.entries()}
    assert "Space" in keys and "Home" in keys
    shortcuts.close()
    window.act_equations.trigger()
    equations = window.findChild(object, "equationsDialog")
    assert "C(t) = f(t)·C(t−1) + i(t)·C̃(t)" in equations.text()
    equations.close()


def test_screenshot_is_not_blank(qtbot, window, tmp_path):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    window.state.go_to(3)
    path = tmp_path / "window.png"
    assert window.save_screenshot(str(path))
    image = QImage(str(path))
    assert image.width() >= 1000 and image.height() >= 700
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 100


def test_pinned_gate_is_named_in_the_legend(qtbot, window):
    combo = find(window, QComboBox, "clampCombo_o")
    combo.setCurrentIndex(combo.findData(0.0))
    labels = [label.text for _sample, label in window.time_series.legend.items]
    assert "o(t) output gate (pinned)" in labels
    assert "f(t) forget gate" in labels
    combo.setCurrentIndex(0)
    labels = [label.text for _sample, label in window.time_series.legend.items]
    assert "o(t) output gate" in labels


def test_speed_slider_sets_the_playing_rate(qtbot, window):
    window.playback.speed.setValue(5)
    assert window.playback.timer.interval() == 200
    assert "5 steps/s" in window.playback.speed_label.text()


def test_math_panel_keeps_its_scroll_position(qtbot, window):
    type_sequence(qtbot, window, "1, 0, 0, 0, 0")
    window.state.go_to(2)
    window.docks["math"].raise_()
    bar = window.math_panel.verticalScrollBar()
    assert bar.maximum() > 0  # the panel is taller than its dock
    bar.setValue(bar.maximum())
    window.state.set_param("b_o", 0.3)
    assert bar.value() == bar.maximum()
    top_line = window.math_panel.cursorForPosition(QPoint(5, 5)).block().text()
    assert "Forget gate" not in top_line  # still showing the lower part, not the top


def test_keys_go_to_the_focused_control_not_to_playback(qtbot, window):
    window.param_panel.set_mode("full")
    button = find(window, QPushButton, "freeGatesButton")
    button.setFocus()
    clicked = []
    button.clicked.connect(lambda: clicked.append(1))
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert clicked == [1] and not window.playback.is_playing()
    slider = window.findChild(object, "paramSlider_b_f")._slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.state.cursor == 0  # the time step stayed
    assert window.state.params.b_f == pytest.approx(0.01)  # the slider moved


def test_reset_all_shrinks_grown_ranges_and_small_typed_values_stick(qtbot, window):
    window.param_panel.set_mode("full")
    window.state.set_param("w_out", 6.0)
    w_out = window.findChild(object, "paramSlider_w_out")
    assert w_out.maximum() >= 6
    click(qtbot, window, "resetAllButton")
    assert (w_out.minimum(), w_out.maximum()) == (-2.0, 2.0)
    spin = window.findChild(object, "paramValue_b_f")
    spin.clear()
    qtbot.keyClicks(spin, "0.0004")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.state.params.b_f == pytest.approx(0.0004)
    assert spin.text() == "0.0004"


def test_partial_repaints_leave_no_stale_pixels(qtbot, window):
    window.param_panel.set_mode("full")
    failures: list[str] = []

    def settled(what: str) -> None:
        # The slider has the focus, so no text caret blinks between the two pictures.
        slider.setFocus()
        try:
            qtbot.waitUntil(lambda: on_screen_matches_fresh_render(window, failures), timeout=3000)
        except qtbot.TimeoutError:
            pytest.fail(f"after {what}, the window shows stale pixels: {failures[-1]}")

    slider = find(window, QWidget, "paramSlider_w_hf").findChild(QSlider)
    type_sequence(qtbot, window, "1, 0, 0, 0, 0, 1, 0, 0")
    for _ in range(3):
        click(qtbot, window, "stepForwardButton")
    settled("stepping")
    slider.setFocus()
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageUp, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(slider, key)
        settled(f"slider key {key}")
    assert window.state.params.w_hf == pytest.approx(0.61)
    combo_f = find(window, QComboBox, "clampCombo_f")
    combo_f.setCurrentIndex(combo_f.findData(1.0))
    settled("pinning the forget gate")
    type_sequence(qtbot, window, ", ".join(["1"] + ["0"] * 59))  # long: lines without dots
    window.state.go_to(40)
    settled("a long sequence")
    window.act_theme_light.trigger()
    settled("the light theme")
    window.act_larger.trigger()
    settled("larger text")
    combo_f.setCurrentIndex(0)  # free the gate again: the weights come back in the diagram
    window.state.go_to(2)
    settled("freeing the gate and stepping back")


def test_a_long_number_is_shown_whole_in_the_statistics(qtbot, window):
    type_sequence(qtbot, window, "-123456.25, 0")
    click(qtbot, window, "stepForwardButton")
    label = find(window, QLabel, "stat_x")
    assert label.text() == "-123456.2500"
    # The value labels have a fixed size for speed; it must grow to hold the longer number.
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
