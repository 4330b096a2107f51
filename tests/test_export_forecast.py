"""The forecasting lesson exported as a runnable script: each framework's script, run in a
subprocess as a student runs it, prints the app's figures (`lstm-lab sine --json`); the code
view shows exactly the exported PyTorch script; hostile titles, file names and numbers stay
data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.export_code import ExportError, export_lesson
from lstm_lab.core.lesson import Lesson
from lstm_lab.lessons.forecast.model import ForecastModel

#: float64 scripts against the app (NumPy, and PyTorch in float64).
FLOAT64 = 1e-9
#: PyTorch in float32 against the app's float64.
FLOAT32 = 1e-5
HOSTILE = 'It\'s "quoted"\n""" \'\'\' \\ \\n ${WINDOW} {0} \r\n# not a comment\x00 \u2028 温度'


def compare_json(a, b) -> float:
    """The largest absolute difference between the numbers of two JSON documents; an
    AssertionError where their structure, keys or other values differ."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), (sorted(a), b)
        return max((compare_json(a[key], b[key]) for key in a), default=0.0)
    if isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), (a, b)
        return max((compare_json(x, y) for x, y in zip(a, b, strict=True)), default=0.0)
    if isinstance(a, (int, float)) and not isinstance(a, bool):
        assert isinstance(b, (int, float)) and not isinstance(b, bool), (a, b)
        return abs(a - b)
    assert a == b, (a, b)
    return 0.0


def export_with_cli(tmp_path: Path, lesson: str, framework: str) -> Path:
    path = tmp_path / f"{lesson}-{framework}.py"
    result = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "export-code", "--lesson", lesson]
        + ["--framework", framework, "--out", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return path


def write_script(tmp_path: Path, lesson: Lesson, framework: str) -> Path:
    path = tmp_path / f"lesson-{framework}.py"
    path.write_text(export_lesson(lesson, framework).script, encoding="utf-8")
    return path


def run_script(path: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        cwd=path.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def script_json(path: Path, *args: str) -> dict:
    return json.loads(run_script(path, "--json", *args).stdout)


def app_json(options: dict) -> dict:
    model = ForecastModel(options)
    model.train_to_end()
    return model.metrics()


def forecast_lesson(**options) -> Lesson:
    return Lesson(title="A lesson", kind="forecast", options=options)


def csv_options(name: str = "levels.csv") -> dict:
    n = np.arange(130)
    values = np.round(3.0 * np.sin(0.21 * n) + 0.5 * np.cos(0.05 * n) + 10.0, 4)
    return {
        "signal": "csv",
        "series": [float(v) for v in values],
        "series_name": name,
        "window": 12,
        "test_size": 20,
        "hidden": 6,
        "epochs": 5,
        "batch_size": 16,
        "seed": 3,
    }


# ----------------------------------------------------------------------------- built-in lessons
def forecast_lessons() -> list[str]:
    return [lesson.name for lesson in builtin_lessons() if lesson.kind == "forecast"]


def test_there_is_a_built_in_forecast_lesson():
    assert forecast_lessons() == ["forecast-sine"]


@pytest.mark.parametrize("name", forecast_lessons())
def test_the_numpy_script_of_each_built_in_lesson_prints_the_cli_figures(tmp_path, name):
    path = export_with_cli(tmp_path, name, "numpy")
    script = path.read_text(encoding="utf-8")
    assert "import torch" not in script and "lstm_lab" not in script
    cli = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "sine", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert cli.returncode == 0, cli.stderr
    app = json.loads(cli.stdout)
    assert app == app_json(lesson_by_name(name).options)
    difference = compare_json(app, script_json(path))
    print(f"{name} numpy: {len(script.encode())} bytes, largest difference {difference:.3g}")
    assert difference <= FLOAT64
    # The short account names every forecast with its MSE, as `lstm-lab sine` does.
    text = run_script(path).stdout
    assert text.splitlines()[0].startswith("Forecast a sine wave: 600 values, window 20")
    one_step = f"{app['test_mse']['one_step']:.6g}"
    assert f"  one-step forecast    {one_step}" in text
    assert len([line for line in text.splitlines() if line[:5].strip().isdigit()]) == 60


@pytest.mark.parametrize("name", forecast_lessons())
def test_the_pytorch_script_of_each_built_in_lesson_prints_the_app_figures(tmp_path, name):
    pytest.importorskip("torch")
    path = export_with_cli(tmp_path, name, "pytorch")
    script = path.read_text(encoding="utf-8")
    assert "nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)" in script
    assert "nn.Linear(hidden, 1)" in script and "lstm_lab" not in script
    app = app_json(lesson_by_name(name).options)
    in_float64 = compare_json(app, script_json(path))
    in_float32 = compare_json(app, script_json(path, "--float32"))
    print(
        f"{name} pytorch: {len(script.encode())} bytes, largest difference float64 "
        f"{in_float64:.3g}, float32 {in_float32:.3g}"
    )
    assert in_float64 <= FLOAT64
    assert in_float32 <= FLOAT32


# ----------------------------------------------------------------------------- other lessons
@pytest.mark.parametrize("signal", ["two-sines", "sawtooth", "square", "damped"])
def test_every_signal_with_noise_and_other_settings(tmp_path, signal):
    options = {
        "signal": signal,
        "frequency": 0.045,
        "length": 240,
        "noise": 0.1,
        "window": 9,
        "test_size": 30,
        "hidden": 4,
        "epochs": 3,
        "learning_rate": 0.02,
        "batch_size": 32,
        "clip_norm": 0.0 if signal == "square" else 0.5,
        "seed": 11,
    }
    path = write_script(tmp_path, forecast_lesson(**options), "numpy")
    assert compare_json(app_json(options), script_json(path)) <= FLOAT64


def test_a_csv_lesson_in_both_frameworks(tmp_path):
    options = csv_options()
    lesson = forecast_lesson(**options)
    app = app_json(options)
    assert app["source"] == "levels.csv" and app["train_windows"] == 130 - 20 - 12
    numpy_path = write_script(tmp_path, lesson, "numpy")
    script = numpy_path.read_text(encoding="utf-8")
    assert "SERIES = [\n    10.5" in script  # the numbers as a literal list
    assert compare_json(app, script_json(numpy_path)) <= FLOAT64
    pytest.importorskip("torch")
    torch_path = write_script(tmp_path, lesson, "pytorch")
    assert compare_json(app, script_json(torch_path)) <= FLOAT64
    assert compare_json(app, script_json(torch_path, "--float32")) <= FLOAT32


def test_a_hostile_title_file_name_and_numbers_stay_data(tmp_path):
    values = [float(v) for v in np.sin(np.arange(90) * 0.3)]
    values[5:10] = [1e12, -1e12, 1e-12, 0.1 + 0.2, 1 / 3]  # the limits, and repr's round trip
    options = {**csv_options(HOSTILE), "series": values, "epochs": 2}
    lesson = Lesson(title=HOSTILE, kind="forecast", options=options)
    app = app_json(options)
    for framework in ("numpy", "pytorch"):
        script = export_lesson(lesson, framework).script
        compile(script, "lesson.py", "exec")
        namespace: dict = {"__name__": "lesson_script"}
        if framework == "pytorch":
            pytest.importorskip("torch")
        exec(script, namespace)  # noqa: S102 (the test's own export)
        assert namespace["LESSON_TITLE"] == HOSTILE
        assert namespace["SERIES_NAME"] == HOSTILE
        assert namespace["SERIES"] == values  # every float comes back exactly
        assert "# not a comment" not in script.replace(repr(HOSTILE), "")
        path = write_script(tmp_path, lesson, framework)
        document = script_json(path)
        assert document["source"] == app["source"] == HOSTILE
        for key, value in app["test_mse"].items():
            assert document["test_mse"][key] == pytest.approx(value, rel=1e-6), key
        assert run_script(path).stdout.startswith(HOSTILE.replace("\r\n", "\n")[:8])


def test_an_unknown_framework_or_bad_options_are_refused_in_words():
    with pytest.raises(ExportError, match="not a framework"):
        export_lesson(lesson_by_name("forecast-sine"), "tensorflow")
    with pytest.raises(ExportError, match="hidden"):
        export_lesson(forecast_lesson(hidden=1000), "numpy")


# ----------------------------------------------------------------------------- the window
def test_the_code_view_shows_the_exported_script_and_follows_the_options(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_window("forecast-sine", size=None)
    view = window.code_view
    assert view.isReadOnly()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.toPlainText() == export_lesson(window.current_lesson(), "pytorch").script
    # Options changed on screen: the view and the export follow.
    slider = window.units_slider.slider
    slider.setFocus()
    for _ in range(25):
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    type_into(qtbot, window.training_panel.epochs, "3")
    assert window.state.hidden == 7 and window.state.option("epochs") == 3
    shown = view.toPlainText()
    assert shown == export_lesson(window.current_lesson(), "pytorch").script
    assert "HIDDEN = 7 " in shown and "EPOCHS = 3 " in shown
    # Save as script… writes exactly what is shown.
    target = tmp_path / "mine.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.save_code, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == shown
    # File → Export as code… in NumPy writes the same lesson, and it prints the window's
    # figures after a press of Train.
    numpy_path = tmp_path / "mine-numpy.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(numpy_path), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _w, _t, _l, items, *a: (items[0], True))
    window.act_export_code.trigger()
    with qtbot.waitSignal(window.trainer.finished, timeout=120_000):
        qtbot.mouseClick(window.training_panel.train_button, Qt.MouseButton.LeftButton)
    in_window = window.state.metrics()
    assert in_window["settings"]["hidden"] == 7 and len(in_window["epochs"]) == 3
    assert compare_json(in_window, script_json(numpy_path)) <= FLOAT64


def test_the_code_view_of_a_csv_lesson_holds_its_numbers(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_window("forecast-sine", size=None)
    path = tmp_path / "levels.csv"
    path.write_text("level\n" + "\n".join(f"{v:.3f}" for v in np.cos(np.arange(120) * 0.2)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(window.data_panel.load_csv, Qt.MouseButton.LeftButton)
    shown = window.code_view.toPlainText()
    assert shown == export_lesson(window.current_lesson(), "pytorch").script
    assert "SIGNAL = 'csv'" in shown and "SERIES_NAME = 'levels.csv'" in shown
    assert "    1.0, 0.98, 0.921," in shown
