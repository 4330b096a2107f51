"""One training path: the forecast window's Train button (on the pump) and `lstm-lab sine --json`
train the same model through the same function, so the same settings and seed give the same
figures, to the last bit."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
from helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lstm_lab.lessons.forecast.model import ForecastModel


def sine_json(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "sine", "--json", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def train_in_window(qtbot, window) -> dict:
    with qtbot.waitSignal(window.trainer.finished, timeout=120_000) as blocker:
        qtbot.mouseClick(window.training_panel.train_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["finished"]
    return window.state.metrics()


def test_the_built_in_lesson_gives_the_same_figures_in_the_window_and_the_cli(qtbot, open_window):
    window = open_window("forecast-sine", size=None)
    in_window = train_in_window(qtbot, window)
    # Many mini-batches went through the pump, over many ticks of the event loop.
    assert window.trainer.batches == 60 * 9
    cli = sine_json()
    assert in_window == cli
    assert len(cli["epochs"]) == 60
    assert 1e-7 < cli["test_mse"]["one_step"] < 1e-6  # the lesson's "4·10⁻⁷ one step ahead"


def test_changed_settings_and_a_csv_give_the_same_figures(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_window("forecast-sine", size=None)
    panel = window.data_panel
    panel.sliders["window"].slider.setFocus()
    qtbot.keyClick(panel.sliders["window"].slider, Qt.Key.Key_Left)
    type_into(qtbot, window.training_panel.epochs, "4")
    window.state.set_option("hidden", 5)
    window.state.set_option("seed", 7)
    assert window.state.window == 19
    assert train_in_window(qtbot, window) == sine_json(
        "--window", "19", "--epochs", "4", "--hidden", "5", "--seed", "7"
    )

    values = np.round(np.sin(np.arange(160) * 0.3) * 2 - 1, 6)
    path = tmp_path / "levels.csv"
    path.write_text("level\n" + "\n".join(str(v) for v in values) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(panel.load_csv, Qt.MouseButton.LeftButton)
    assert window.state.option("signal") == "csv"
    in_window = train_in_window(qtbot, window)
    cli = sine_json(
        "--csv", str(path), "--window", "19", "--epochs", "4", "--hidden", "5", "--seed", "7"
    )
    assert in_window == cli
    assert cli["source"] == "levels.csv" and cli["train_windows"] == 160 - 50 - 19


def test_the_model_trains_to_the_same_figures_twice_and_a_seed_changes_them():
    first, again = ForecastModel({"epochs": 3}), ForecastModel({"epochs": 3})
    assert first.train_to_end() == again.train_to_end() == "finished"
    assert first.metrics() == again.metrics()
    other = ForecastModel({"epochs": 3, "seed": 1})
    other.train_to_end()
    assert other.metrics()["test_mse"] != first.metrics()["test_mse"]
