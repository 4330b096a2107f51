"""The lesson "Remember for 100 steps": part 1's exact numbers, the shipped results as the
window shows them, training a cell through the window on the pump, Stop, and the command line."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lstm_lab.core.errors import LessonError
from lstm_lab.engine.longlag import pretrained
from lstm_lab.lessons.memory import cli
from lstm_lab.lessons.memory.model import (
    MemoryModel,
    carousel,
    check_options,
)
from lstm_lab.lessons.memory.qt.pages import sentence_text


# ----------------------------------------------------------------------------- part 1, no Qt
@pytest.mark.parametrize("value", [0.8, -0.37, 1.0, 0.123456789])
@pytest.mark.parametrize("hold", [1, 100, 500])
def test_the_carousel_keeps_the_value_exactly_and_its_gradient_is_exactly_one(value, hold):
    kept = carousel(value, hold)
    assert len(kept.c) == hold + 1
    assert np.all(kept.c == value)  # exactly, at every step
    assert kept.kept == value
    assert np.all(kept.h[:-1] == 0.0)
    assert kept.answer == np.tanh(value)
    assert np.all(kept.grad == 1.0)


def test_with_a_forget_gate_of_0_9_memory_and_gradient_shrink_as_0_9_to_the_k():
    leaky = carousel(0.8, 500, 0.9)
    k = np.arange(500, -1, -1)
    np.testing.assert_allclose(leaky.grad, 0.9**k, rtol=1e-12)
    np.testing.assert_allclose(leaky.kept, 0.8 * 0.9**500, rtol=1e-12)
    assert f"{leaky.grad[0]:.2g}" == "1.3e-23"


def test_the_carousel_refuses_a_hold_out_of_range():
    with pytest.raises(ValueError, match="hold"):
        carousel(0.5, 501)


def test_options_are_checked_by_name():
    assert check_options({})["delay"] == 100
    for bad, words in (
        ({"cell": "transformer"}, "cell"),
        ({"hold": 501}, "hold"),
        ({"delay": 2.5}, "whole"),
        ({"colour": 1}, "unknown"),
        ({"value": float("nan")}, "finite"),
    ):
        with pytest.raises(LessonError, match=words):
            check_options(bad)


def test_the_model_shows_the_shipped_runs_and_names_the_unit_that_carries_the_country():
    model = MemoryModel()
    for cell in ("rnn", "lstm", "gru"):
        _, _, info = pretrained(cell)
        assert model.results[cell].test_accuracy == info["test_accuracy"]
    carrier = model.carrier()
    # The carrier's mean C differs between every two countries by more than a whole unit.
    means = np.array(carrier.means)
    assert np.min(np.abs(means[:, None] - means[None, :])[~np.eye(4, dtype=bool)]) > 1.0
    assert carrier.separation > 10


def test_the_sentence_is_shown_with_the_middle_counted():
    words = ["France", *["the"] * 100, "speak"]
    text = sentence_text(words, "French")
    assert text.startswith("France  the  the  the  … (94 more words) …")
    assert text.endswith("speak → French")


# ----------------------------------------------------------------------------- the window
@pytest.fixture
def memory_window(open_window):
    return open_window("memory-france")


def test_the_window_shows_the_shipped_accuracies_as_the_records_say(memory_window):
    window = memory_window
    for cell, accuracy in (("rnn", "23.4 %"), ("lstm", "100.0 %"), ("gru", "100.0 %")):
        _, _, info = pretrained(cell)
        assert f"{100 * info['test_accuracy']:.1f} %" == accuracy
        assert accuracy in window.task_page.summary_labels[cell].text()
    assert "learnt by update 500" in window.task_page.summary_labels["lstm"].text()
    assert "learnt by update 250" in window.task_page.summary_labels["gru"].text()
    assert "not learnt" in window.task_page.summary_labels["rnn"].text()
    x, y = window.task_page.curve_plot.curves["lstm"].getData()
    assert list(x) == [u for u, _ in pretrained("lstm")[2]["accuracies"]]
    assert window.task_page.sentence.text().endswith("→ Italian")
    assert "Unit 9" in window.task_page.carrier_label.text()


def test_part_one_shows_exact_numbers_and_follows_the_controls(memory_window, qtbot):
    window = memory_window
    window.show_part_one()
    page = window.carousel_page
    assert "C(T) = 0.8 — exactly" in page.readout.text()
    assert "∂C(T)/∂C(1) = 1 with f = 1" in page.readout.text()
    assert "0.9^500 = 1.32e-23" in page.readout.text()
    page.hold_spin.setValue(37)
    page.value_slider.setValue(-45)
    assert window.state.options["hold"] == 37
    assert "After 37 steps: C(T) = -0.45 — exactly" in page.readout.text()
    x, y = page.state_plot.curves["c"].getData()
    assert len(x) == 38 and np.all(y == -0.45)
    qtbot.waitUntil(window.isWindowModified)


def _small_run(window):
    panel = window.train_panel
    panel.cell_box.setCurrentIndex(0)  # RNN
    panel.delay_spin.setValue(3)
    panel.updates_spin.setValue(300)
    panel.seed_spin.setValue(1)


def test_training_through_the_window_replaces_the_result_shown(memory_window, qtbot):
    window = memory_window
    _small_run(window)
    before = window.state.results["rnn"]
    with qtbot.waitSignal(window.pump.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.train_panel.train_button, _left())
        assert window.pump.is_running
        assert not window.train_panel.train_button.isEnabled()
    assert finished.args == ["finished"]
    after = window.state.results["rnn"]
    assert after is not before and not after.shipped
    assert (after.settings.delay, after.settings.updates, after.settings.seed) == (3, 300, 1)
    shown = window.task_page.summary_labels["rnn"].text()
    assert f"{100 * after.test_accuracy:.1f} %" in shown and "your run, delay 3" in shown
    assert "Done:" in window.train_panel.status.text()
    assert window.train_panel.train_button.isEnabled()
    qtbot.mouseClick(window.train_panel.shipped_button, _left())
    assert window.state.results["rnn"].shipped


def test_stop_ends_the_run_and_keeps_the_result_shown(memory_window, qtbot):
    window = memory_window
    _small_run(window)
    window.train_panel.updates_spin.setValue(3000)
    before = window.state.results["rnn"]
    qtbot.mouseClick(window.train_panel.train_button, _left())
    qtbot.waitUntil(lambda: window.state.progress.update >= 5, timeout=30_000)
    with qtbot.waitSignal(window.pump.finished, timeout=10_000) as finished:
        qtbot.mouseClick(window.train_panel.stop_button, _left())
    assert finished.args == ["stopped"]
    assert window.pump.items_after_stop == 0
    assert window.state.results["rnn"] is before
    assert not window.state.training
    assert "Stopped at update" in window.train_panel.status.text()


def test_the_lesson_saves_its_options(memory_window, tmp_path):
    window = memory_window
    window.train_panel.delay_spin.setValue(40)
    lesson = window.current_lesson()
    assert lesson.kind == "memory" and lesson.options["delay"] == 40


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# ----------------------------------------------------------------------------- the command line
def test_the_command_line_prints_the_shipped_results_without_training(capsys):
    assert cli.main(["--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["cells"]
    by_cell = {row["cell"]: row for row in rows}
    assert by_cell["rnn"]["test_accuracy"] == pytest.approx(0.234375)
    assert not by_cell["rnn"]["learnt"]
    assert by_cell["lstm"]["learnt"] and by_cell["lstm"]["learnt_at"] == 500
    assert by_cell["gru"]["learnt"] and by_cell["gru"]["learnt_at"] == 250
    assert all(row["shipped"] for row in rows)


def test_the_command_line_trains_when_asked(capsys):
    assert cli.main(["--cell", "lstm", "--train", "--delay", "3", "--updates", "50"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lstm  trained, delay 3, seed 0: held-out accuracy")


def test_bad_command_line_input_is_one_line(capsys):
    assert cli.main(["--delay", "0"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "lstm-lab memory: error: the delay must be from 1 to 200, not 0"
