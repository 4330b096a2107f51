"""The memory lesson as a runnable script: each exported script runs on its own (no lstm_lab) and
prints what `lstm-lab memory --json` prints; part 1's numbers and short training runs agree
with the engine's; a lesson changed in the window exports its changed settings; a hostile title
still gives a script that runs."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.export_code import export_lesson, write_export
from lstm_lab.engine.carousel import carousel
from lstm_lab.engine.longlag import CELL_NAMES, lesson_settings, run_to_end, train
from lstm_lab.lessons.memory import cli
from lstm_lab.lessons.memory.export import RUNS_SUFFIX
from lstm_lab.lessons.memory.model import LEAKY_FORGET

LESSON = "memory-france"
#: float64 results, and training in float64 against the engine (as the engine's torch checks).
EXACT = 1e-9
#: float32 results (torch), and float32 training losses over a short run.
SINGLE = 1e-5
#: A short training run that crosses the first held-out evaluation (update 250), so that
#: learnt_at is decided as the app decides it.
SHORT_RUN = ["--delay", "3", "--updates", "260", "--seed", "1"]


def compare_json(a, b, path: str = "") -> float:
    """The largest absolute difference between the numeric leaves of two JSON values; an
    AssertionError names the first place where their structure or a non-numeric leaf
    differs."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), f"{path or 'top'}: keys {sorted(a)} != {sorted(b)}"
        return max((compare_json(a[k], b[k], f"{path}.{k}") for k in a), default=0.0)
    if isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{path or 'top'}: {len(a)} items != {len(b)}"
        return max(
            (compare_json(x, y, f"{path}[{n}]") for n, (x, y) in enumerate(zip(a, b, strict=True))),
            default=0.0,
        )
    numbers = (int, float)
    if (
        isinstance(a, numbers)
        and isinstance(b, numbers)
        and not isinstance(a, bool)
        and not isinstance(b, bool)
    ):
        if math.isnan(a) and math.isnan(b):
            return 0.0
        return abs(float(a) - float(b))
    assert a == b, f"{path or 'top'}: {a!r} != {b!r}"
    return 0.0


# ----------------------------------------------------------------------------- helpers
@pytest.fixture(scope="module")
def no_lstm_lab(tmp_path_factory) -> Path:
    """A folder that, first on PYTHONPATH, makes `import lstm_lab` fail: the scripts run as
    on a machine without the app."""
    folder = tmp_path_factory.mktemp("no_lstm_lab")
    (folder / "lstm_lab").mkdir()
    (folder / "lstm_lab" / "__init__.py").write_text(
        'raise ImportError("an exported script imported lstm_lab")\n', encoding="utf-8"
    )
    return folder


def export(lesson, framework: str, folder: Path) -> Path:
    path = folder / f"memory-{framework}.py"
    written = write_export(export_lesson(lesson, framework), path)
    assert written == [str(path), str(folder / f"memory-{framework}{RUNS_SUFFIX}")]
    return path


def run(script: Path, no_lstm_lab: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(no_lstm_lab), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=script.parent,
    )


def script_json(script: Path, no_lstm_lab: Path, *args: str):
    done = run(script, no_lstm_lab, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def app_json(capsys, *args: str):
    capsys.readouterr()
    assert cli.main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def engine_carousel(value: float, hold: int) -> dict:
    runs = []
    for forget in (1.0, LEAKY_FORGET):
        c = carousel(value, hold, forget)
        runs.append(
            {key: getattr(c, key).tolist() for key in ("i", "f", "g", "o", "c", "h", "grad")}
            | {"forget": forget}
        )
    return {"value": value, "hold": hold, "runs": runs}


def engine_losses(cell: str, dtype, *, delay: int, updates: int, seed: int) -> list[float]:
    settings = lesson_settings(cell, seed, delay=delay, updates=updates)
    return run_to_end(train(settings, dtype)).losses.tolist()


# ----------------------------------------------------------------------------- the contract
def test_the_kind_exports_a_script_and_the_shipped_weights_beside_it():
    code = export_lesson(lesson_by_name(LESSON), "numpy")
    assert list(code.data_files) == [RUNS_SUFFIX]
    compile(code.script, "memory-numpy.py", "exec")
    assert "lstm_lab" not in code.script  # it speaks of `lstm-lab memory`, imports nothing
    assert "VALUE = 0.8" in code.script and "HOLD = 500" in code.script


# ----------------------------------------------------------------------------- NumPy
def test_numpy_script_reproduces_the_shipped_accuracies(tmp_path, no_lstm_lab, capsys):
    script = export(lesson_by_name(LESSON), "numpy", tmp_path)
    ours = script_json(script, no_lstm_lab)
    assert compare_json(ours, app_json(capsys)) <= EXACT
    assert [row["test_accuracy"] for row in ours["cells"]] == [0.234375, 1.0, 1.0]


def test_numpy_script_part_one_is_the_engines_carousel(tmp_path, no_lstm_lab):
    script = export(lesson_by_name(LESSON), "numpy", tmp_path)
    ours = script_json(script, no_lstm_lab, "--carousel")
    assert compare_json(ours, engine_carousel(0.8, 500)) <= EXACT
    assert ours["runs"][0]["c"][-1] == 0.8 and ours["runs"][0]["grad"][0] == 1.0


def test_numpy_script_trains_as_the_app(tmp_path, no_lstm_lab, capsys):
    script = export(lesson_by_name(LESSON), "numpy", tmp_path)
    cells = [arg for cell in CELL_NAMES for arg in ("--cell", cell)]
    ours = script_json(script, no_lstm_lab, "--train", *cells, *SHORT_RUN, "--losses")
    app = app_json(capsys, "--train", *cells, *SHORT_RUN)
    for row in ours["cells"]:
        losses = row.pop("losses")
        expected = engine_losses(row["cell"], np.float32, delay=3, updates=260, seed=1)
        assert compare_json(losses, expected) <= SINGLE
    assert compare_json(ours, app) <= EXACT
    assert all(row["learnt_at"] == 250 for row in ours["cells"])


@pytest.mark.parametrize("cell", CELL_NAMES)
def test_numpy_script_training_in_float64_is_the_engines(tmp_path, no_lstm_lab, cell):
    script = export(lesson_by_name(LESSON), "numpy", tmp_path)
    args = ["--train", "--cell", cell, "--updates", "25", "--dtype", "float64", "--losses"]
    (row,) = script_json(script, no_lstm_lab, *args)["cells"]
    expected = engine_losses(cell, np.float64, delay=100, updates=25, seed=0)
    assert compare_json(row["losses"], expected) <= EXACT


def test_a_script_without_its_data_file_says_so(tmp_path, no_lstm_lab):
    script = export(lesson_by_name(LESSON), "numpy", tmp_path)
    (tmp_path / f"memory-numpy{RUNS_SUFFIX}").unlink()
    done = run(script, no_lstm_lab, "--json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"memory-numpy{RUNS_SUFFIX}" in done.stderr and "--train" in done.stderr


# ----------------------------------------------------------------------------- PyTorch
def test_pytorch_script_reproduces_the_shipped_accuracies(tmp_path, no_lstm_lab, capsys):
    pytest.importorskip("torch")
    script = export(lesson_by_name(LESSON), "pytorch", tmp_path)
    assert compare_json(script_json(script, no_lstm_lab), app_json(capsys)) <= SINGLE


def test_pytorch_script_part_one_is_the_engines_carousel(tmp_path, no_lstm_lab):
    pytest.importorskip("torch")
    script = export(lesson_by_name(LESSON), "pytorch", tmp_path)
    ours = script_json(script, no_lstm_lab, "--carousel")
    assert compare_json(ours, engine_carousel(0.8, 500)) <= EXACT


def test_pytorch_script_trains_as_the_app(tmp_path, no_lstm_lab, capsys):
    pytest.importorskip("torch")
    script = export(lesson_by_name(LESSON), "pytorch", tmp_path)
    cells = [arg for cell in CELL_NAMES for arg in ("--cell", cell)]
    ours = script_json(script, no_lstm_lab, "--train", *cells, *SHORT_RUN, "--losses")
    app = app_json(capsys, "--train", *cells, *SHORT_RUN)
    for row in ours["cells"]:
        losses = row.pop("losses")
        expected = engine_losses(row["cell"], np.float32, delay=3, updates=260, seed=1)
        assert compare_json(losses, expected) <= SINGLE
    assert compare_json(ours, app) <= SINGLE


@pytest.mark.parametrize("cell", CELL_NAMES)
def test_pytorch_script_training_in_float64_is_the_engines(tmp_path, no_lstm_lab, cell):
    pytest.importorskip("torch")
    script = export(lesson_by_name(LESSON), "pytorch", tmp_path)
    args = ["--train", "--cell", cell, "--updates", "25", "--dtype", "float64", "--losses"]
    (row,) = script_json(script, no_lstm_lab, *args)["cells"]
    expected = engine_losses(cell, np.float64, delay=100, updates=25, seed=0)
    assert compare_json(row["losses"], expected) <= EXACT


# ----------------------------------------------------------------------------- the lesson on screen
def test_a_lesson_changed_in_the_window_exports_the_changed_settings(
    open_window, tmp_path, no_lstm_lab, capsys
):
    window = open_window(LESSON)
    window.show_part_one()
    window.carousel_page.hold_spin.setValue(37)
    window.carousel_page.value_slider.setValue(-45)
    panel = window.train_panel
    panel.cell_box.setCurrentIndex(CELL_NAMES.index("gru"))
    panel.seed_spin.setValue(3)
    panel.delay_spin.setValue(12)
    panel.updates_spin.setValue(40)
    # What File → Export as code… writes once a framework and a file are chosen.
    script = tmp_path / "changed.py"
    assert window.write_code(export_lesson(window.current_lesson(), "numpy"), str(script))
    assert (tmp_path / f"changed{RUNS_SUFFIX}").is_file()

    part_one = script_json(script, no_lstm_lab, "--carousel")
    assert (part_one["value"], part_one["hold"]) == (-0.45, 37)
    assert compare_json(part_one, engine_carousel(-0.45, 37)) <= EXACT
    # --train with no other option trains the lesson's cell with the lesson's settings.
    ours = script_json(script, no_lstm_lab, "--train")
    app = app_json(capsys, "--train", "--cell", "gru", "--seed", "3", "--delay", "12",
                   "--updates", "40")  # fmt: skip
    assert [(row["cell"], row["delay"], row["seed"], row["updates"]) for row in ours["cells"]] == [
        ("gru", 12, 3, 40)
    ]
    assert compare_json(ours, app) <= EXACT


@pytest.mark.parametrize("framework", ["numpy", "pytorch"])
def test_a_hostile_title_still_gives_a_script_that_runs(tmp_path, no_lstm_lab, framework):
    if framework == "pytorch":
        pytest.importorskip("torch")
    title = 'a "quote" \'s\n"""\n\'\'\'\\ # @SETTINGS@\n\\"); import os; os._exit(3) #\r\t\x00 ✓'
    lesson = lesson_by_name(LESSON).replace(title=title, text='"""\n' * 3)
    script = export(lesson, framework, tmp_path)
    compile(script.read_text(encoding="utf-8"), str(script), "exec")
    done = run(script, no_lstm_lab)
    assert done.returncode == 0, done.stderr
    assert title.replace("\r", "\n") in done.stdout  # printed as it is, not run
    assert "held-out accuracy 1.000" in done.stdout
