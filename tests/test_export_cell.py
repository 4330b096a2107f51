"""Lessons of one cell exported as NumPy and PyTorch scripts: each runs on its own and prints
the app's own numbers (lstm-lab trace --json, and the app's training run)."""

from __future__ import annotations

import ast
import copy
import importlib.util

import numpy as np
import pytest
from export_checks import (
    FLOAT64_TOLERANCE,
    compare_json,
    compare_training,
    run_script,
    script_json,
)

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.export_code import export_lesson, write_export
from lstm_lab.core.training import TrainingSettings
from lstm_lab.engine import CELLS
from lstm_lab.engine.tasks import task_by_name
from lstm_lab.lessons.cell.export import app_json

CELL_LESSONS = [lesson.name for lesson in builtin_lessons() if lesson.kind == "cell"]
HAS_TORCH = importlib.util.find_spec("torch") is not None


def frameworks():
    """numpy always; pytorch where torch is installed (the torch half is skipped otherwise)."""
    return [
        "numpy",
        pytest.param(
            "pytorch", marks=pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed")
        ),
    ]


def check_equivalent(lesson, framework, tmp_path) -> float:
    """Export, run ``python SCRIPT --json`` and compare with the app's JSON; the largest
    difference."""
    code = export_lesson(lesson, framework)
    assert code.data_files == {}
    path = tmp_path / f"{lesson.name or 'lesson'}-{framework}.py"
    write_export(code, path)
    got = script_json(path)
    expected = app_json(lesson)
    app_run, script_run = expected.pop("training", None), got.pop("training", None)
    largest = compare_json(expected, got)
    assert largest <= FLOAT64_TOLERANCE
    assert (app_run is None) == (script_run is None)
    if app_run is not None:
        loss_of = None if "held_out_losses" in app_run else app_loss(lesson)
        largest = max(largest, compare_training(app_run, script_run, FLOAT64_TOLERANCE, loss_of))
    return largest


def app_loss(lesson):
    """The app's own MSE of the lesson's cell at given weights (its pins, initial states and
    target kept)."""
    options = lesson.options
    cell = CELLS[options.cell]
    xs = np.asarray(options.sequence, dtype=np.float64)
    target = task_by_name(options.task).target_for(xs) if options.task else options.target
    states = {"h0": options.initial["h0"]}
    if "c" in cell.states:
        states["c0"] = options.initial["c0"]

    def loss(params):
        values = cell.params_type.from_dict(params)
        return float(
            cell.loss(values, xs, np.asarray(target), clamps=dict(options.clamps), **states)
        )

    return loss


@pytest.mark.parametrize("framework", frameworks())
@pytest.mark.parametrize("name", CELL_LESSONS)
def test_every_built_in_lesson_runs_as_the_app_computes_it(name, framework, tmp_path):
    assert check_equivalent(lesson_by_name(name), framework, tmp_path) <= FLOAT64_TOLERANCE


def test_the_trace_json_is_lstm_lab_trace_itself(capsys):
    """For the built-in lessons (an LSTM from zero states) the app's JSON is what `lstm-lab
    trace --json` prints for the lesson's numbers, no copy of its own."""
    from lstm_lab.lessons.cell.cli import trace_main

    lesson = lesson_by_name("single-pulse")
    params = lesson.options.params
    argv = ["--sequence", ", ".join(map(repr, lesson.options.sequence)), "--json"]
    argv += [f"--param={name}={value!r}" for name, value in params.items()]
    assert trace_main(argv) == 0
    import json

    assert app_json(lesson) == json.loads(capsys.readouterr().out)


def variants():
    """Lessons the built-in ones do not cover: the RNN and the GRU, pinned gates, initial
    states, momentum, clipping, locked and fixed parameters, training on a task's random
    sequences."""
    base = lesson_by_name("train-hold")
    options = base.options
    return {
        "gru": base.replace(
            options=options.replace(
                cell="gru",
                params=CELLS["gru"].defaults().to_dict(),
                initial={"h0": -0.4, "c0": 0.0},
                training=TrainingSettings(max_epochs=120),
            ),
            locked=frozenset({"w_xz", "b_r"}),
        ),
        "rnn": base.replace(
            options=options.replace(
                cell="rnn",
                params={**CELLS["rnn"].defaults().to_dict(), "w_hh": 0.95},
                initial={"h0": 0.3, "c0": 0.0},
                training=TrainingSettings(optimizer="sgd", max_epochs=120, clip_norm=0.2),
            )
        ),
        "pinned": base.replace(
            options=options.replace(
                clamps={"f": 1.0, "o": 0.5},
                initial={"h0": 0.2, "c0": -0.5},
                training=TrainingSettings(optimizer="sgd", clip_norm=0.5, max_epochs=150),
            ),
            locked=frozenset({"w_xi"}),
            fixed=frozenset({"b_out"}),
        ),
        "pinned-no-target": base.replace(
            options=options.replace(task=None, target=None, clamps={"g": -0.75})
        ),
        "task": base.replace(
            options=options.replace(
                task="reset",
                clamps={"i": 0.8},
                training=TrainingSettings(many_sequences=True, max_epochs=12, clip_norm=0.3),
            )
        ),
        "gru-task": base.replace(
            options=options.replace(
                cell="gru",
                task="count",
                params=CELLS["gru"].defaults().to_dict(),
                training=TrainingSettings(many_sequences=True, max_epochs=10, optimizer="sgd"),
            ),
            locked=frozenset({"w_out"}),
        ),
    }


@pytest.mark.parametrize("framework", frameworks())
@pytest.mark.parametrize("variant", list(variants()))
def test_every_cell_and_setting_runs_as_the_app_computes_it(variant, framework, tmp_path):
    lesson = variants()[variant]
    assert check_equivalent(lesson, framework, tmp_path) <= FLOAT64_TOLERANCE


def test_the_pinned_torch_script_writes_its_own_loop_and_says_why():
    lesson = variants()["pinned"]
    pinned = export_lesson(lesson, "pytorch").script
    assert "nn.LSTM has no way to do that" in pinned and "torch.nn.LSTM" not in pinned
    free = export_lesson(lesson_by_name("train-hold"), "pytorch").script
    assert "torch.nn.LSTM" in free and "i, f, g, o" in free and "bias_hh" in free
    gru = export_lesson(variants()["gru"], "pytorch").script
    assert "torch.nn.GRU" in gru and "negated" in gru


@pytest.mark.parametrize("framework", ["numpy", "pytorch"])
def test_a_script_imports_nothing_but_the_standard_library_numpy_and_torch(framework):
    allowed = {"argparse", "json", "math", "sys", "numpy"} | (
        {"torch"} if framework == "pytorch" else set()
    )
    for name in ("train-reset", "explore"):
        tree = ast.parse(export_lesson(lesson_by_name(name), framework).script)
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                imported.add((node.module or "").split(".")[0])
        assert imported == allowed


def test_every_number_goes_in_exactly():
    """Weights that print with 17 digits come back as the same float64."""
    lesson = lesson_by_name("explore")
    params = {**lesson.options.params, "w_xf": 0.1 + 0.2, "b_out": -1 / 3, "w_hc": 5e-324}
    lesson = lesson.replace(options=lesson.options.replace(params=params))
    namespace: dict = {}
    source = export_lesson(lesson, "numpy").script.replace('if __name__ == "__main__":', "if 0:")
    exec(compile(source, "exported.py", "exec"), namespace)
    assert namespace["PARAMS"] == params
    assert namespace["SEQUENCE"] == list(lesson.options.sequence)


HOSTILE = 'Quote " and \'\'\' and """ a\\b\n# not a comment\nprint("owned")\r\u2028 end\\'


@pytest.mark.parametrize("framework", frameworks())
def test_a_hostile_title_and_text_still_give_a_script_that_runs(framework, tmp_path):
    lesson = lesson_by_name("single-pulse").replace(title=HOSTILE, text=HOSTILE, summary=HOSTILE)
    path = tmp_path / "hostile.py"
    write_export(export_lesson(lesson, framework), path)
    compile(path.read_text(encoding="utf-8"), str(path), "exec")
    shown = run_script(path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(HOSTILE.replace("\r", "\n") + "\n")
    assert "owned" not in shown.stdout.splitlines()
    got = script_json(path)
    expected = app_json(lesson)
    assert compare_json(expected, got) <= FLOAT64_TOLERANCE


def test_the_script_tells_its_numbers_in_words(tmp_path):
    path = tmp_path / "train-echo.py"
    write_export(export_lesson(lesson_by_name("train-echo"), "numpy"), path)
    shown = run_script(path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Train the cell: Echo"
    assert "MSE against the target" in shown.stdout and "reached the goal" in shown.stdout
    run = app_json(lesson_by_name("train-echo"))["training"]
    assert f"{run['epochs']} epochs" in shown.stdout


@pytest.mark.qt
def test_the_window_exports_the_weights_as_they_are_on_screen(qtbot, open_window, tmp_path):
    window = open_window("train-delay")
    window.findChild(object, "paramSlider_b_f").setValue(1.25)  # one slider move
    lesson = window.current_lesson()
    assert lesson.options.params["b_f"] == 1.25
    path = tmp_path / "moved.py"
    assert window.write_code(export_lesson(lesson, "numpy"), str(path))
    namespace: dict = {}
    source = path.read_text(encoding="utf-8").replace('if __name__ == "__main__":', "if 0:")
    exec(compile(source, str(path), "exec"), namespace)
    assert namespace["PARAMS"]["b_f"] == 1.25
    assert namespace["PARAMS"] == dict(lesson.options.params)
    expected = copy.deepcopy(app_json(lesson))
    got = script_json(path)
    app_run, script_run = expected.pop("training"), got.pop("training")
    assert compare_json(expected, got) <= FLOAT64_TOLERANCE
    assert compare_training(app_run, script_run, FLOAT64_TOLERANCE, app_loss(lesson)) <= 1e-9
    # Before the move the lesson's own b_f went into the script.
    before = export_lesson(lesson_by_name("train-delay"), "numpy").script
    assert "'b_f': 1.25," not in before and "'b_f': 1.25," in path.read_text(encoding="utf-8")


def test_a_console_that_cannot_show_the_symbols_gets_question_marks(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "hold.py"
    write_export(export_lesson(lesson_by_name("train-hold"), "numpy"), path)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    shown = subprocess.run(
        [sys.executable, str(path)], capture_output=True, timeout=300, env=env, cwd=tmp_path
    )
    assert shown.returncode == 0, shown.stderr.decode()
    heading = shown.stdout.decode("ascii").splitlines()[4].split()
    assert heading == ["t", "x", "f", "i", "C?", "o", "C", "h", "y"]
