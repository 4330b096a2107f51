""" "Who remembers?" lessons exported as NumPy and PyTorch scripts: each runs on its own and
prints what `lstm-lab compare --json` prints for the same cells, sequence and sizes."""

from __future__ import annotations

import importlib.util
import json

import pytest
from export_checks import (
    FLOAT64_TOLERANCE,
    compare_json,
    lstm_lab_command,
    run_script,
    script_json,
)

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.export_code import export_lesson, write_export
from lstm_lab.lessons.compare.export import app_json, compare_argv
from lstm_lab.lessons.compare.model import EXPLODING_SEQUENCE

COMPARE_LESSONS = [lesson.name for lesson in builtin_lessons() if lesson.kind == "compare"]
HAS_TORCH = importlib.util.find_spec("torch") is not None
FRAMEWORKS = [
    "numpy",
    pytest.param(
        "pytorch", marks=pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed")
    ),
]


def check_equivalent(lesson, framework, tmp_path) -> float:
    code = export_lesson(lesson, framework)
    assert code.data_files == {}
    path = tmp_path / f"compare-{framework}.py"
    write_export(code, path)
    largest = compare_json(app_json(lesson), script_json(path))
    assert largest <= FLOAT64_TOLERANCE
    return largest


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("name", COMPARE_LESSONS)
def test_every_built_in_lesson_runs_as_lstm_lab_compare_computes_it(name, framework, tmp_path):
    check_equivalent(lesson_by_name(name), framework, tmp_path)


def variants():
    """An exploding RNN with other sizes, a latching LSTM, and a lesson with no built-in
    name (its parameters then come from the cells' defaults, as `--defaults` says)."""
    base = lesson_by_name("compare-who-remembers")
    options = dict(base.options)
    return {
        "explodes": base.replace(
            options={
                **options,
                "sequence": EXPLODING_SEQUENCE,
                "params": {"rnn": {"w_hh": 1.5}},
                "inputs": 3,
                "units": 7,
            }
        ),
        "latch": base.replace(
            options={
                **options,
                "sequence": (0.7, 0.2, -0.3) + (0.0,) * 60,
                "params": {
                    "lstm": {"b_f": 5.0, "w_hc": 2.0, "b_i": -1.0},
                    "gru": {"b_z": -1.0, "w_hz": 1.3},
                },
            }
        ),
        "unnamed": base.replace(name="", options={"sequence": (1.0, 0.5, 0.0, 0.0)}),
    }


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("variant", list(variants()))
def test_other_settings_run_as_lstm_lab_compare_computes_them(variant, framework, tmp_path):
    lesson = variants()[variant]
    check_equivalent(lesson, framework, tmp_path)
    if variant == "latch":  # the case the lesson is about: an LSTM that latches
        assert app_json(lesson)["cells"]["lstm"]["latch_from"] > 0


def test_the_reference_is_the_command_line_itself():
    """The app's JSON for an exported lesson is `lstm-lab compare` run as a student runs it."""
    lesson = variants()["explodes"]
    result = lstm_lab_command("compare", *compare_argv(lesson))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == app_json(lesson)
    assert app_json(lesson)["cells"]["rnn"]["param_count"] == 7 * (7 + 3 + 1)


def test_the_torch_script_uses_torchs_layers_and_says_where_they_differ():
    script = export_lesson(lesson_by_name("compare-who-remembers"), "pytorch").script
    for layer in ("torch.nn.RNN", "torch.nn.LSTM", "torch.nn.GRU"):
        assert layer in script
    assert "i, f, g, o" in script and "negated" in script and "r·(w_hc·h)" in script


def test_a_hostile_title_still_gives_a_script_that_runs(tmp_path):
    title = 'T """ \'\'\' \\ \n print("owned") # \r'
    lesson = lesson_by_name("compare-who-remembers").replace(title=title, text=title)
    path = tmp_path / "hostile.py"
    write_export(export_lesson(lesson, "numpy"), path)
    shown = run_script(path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(title.replace("\r", "\n") + "\n")
    assert "owned" not in shown.stdout.splitlines()
    assert compare_json(app_json(lesson), script_json(path)) <= FLOAT64_TOLERANCE


@pytest.mark.qt
def test_the_window_exports_the_cells_as_they_are_on_screen(qtbot, open_window, tmp_path):
    window = open_window("compare-who-remembers")
    window.columns["rnn"].sliders["w_hh"].setValue(0.3)  # one slider move
    lesson = window.current_lesson()
    assert lesson.options["params"]["rnn"]["w_hh"] == 0.3
    path = tmp_path / "moved.py"
    assert window.write_code(export_lesson(lesson, "numpy"), str(path))
    got = script_json(path)
    assert got["cells"]["rnn"]["params_used"]["w_hh"] == 0.3
    assert compare_json(app_json(lesson), got) <= FLOAT64_TOLERANCE
    before = app_json(lesson_by_name("compare-who-remembers"))
    assert before["cells"]["rnn"]["remembers_for"] != got["cells"]["rnn"]["remembers_for"]
