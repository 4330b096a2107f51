"""The lab model without Qt: fields, per-field events, derived values computed once."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

import lstm_lab.core.cell_model as model_module
from lstm_lab.core.cell_model import EVENT_NAMES, LabModel
from lstm_lab.engine import GRU, LSTM, RNN, SequenceError
from lstm_lab.engine.tasks import echo, hold_the_pulse

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def record(model: LabModel) -> list[str]:
    """Every event the model emits, by name, in order."""
    seen: list[str] = []
    for name in EVENT_NAMES:
        getattr(model.events, name).connect(lambda *_args, n=name: seen.append(n))
    return seen


def test_the_lab_package_imports_no_qt():
    code = (
        "import json, sys\n"
        "import lstm_lab.core.cell_model, lstm_lab.core.builtin\n"
        "from lstm_lab.core.cell_model import LabModel\n"
        "from lstm_lab.lessons.cell.options import apply_lesson\n"
        "from lstm_lab.core.builtin import builtin_lessons\n"
        "model = LabModel()\n"
        "apply_lesson(model, builtin_lessons()[0])\n"
        "model.step_forward(); model.explanation\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(result.stdout)
    assert [name for name in loaded if name.split(".")[0] in FORBIDDEN] == []
    assert "lstm_lab.core.cell_model" in loaded


def test_a_parameter_change_recomputes_the_trace_once_and_says_what_changed():
    model = LabModel()
    seen = record(model)
    before = model.trace.c.copy()
    model.set_param("b_f", 0.75)
    assert seen == ["params", "trace", "gradients"]
    assert model.params.b_f == 0.75
    np.testing.assert_array_equal(model.trace.c, LSTM.run(model.params, model.sequence).c)
    assert not np.array_equal(model.trace.c, before)
    seen.clear()
    model.set_param("b_f", 0.75)  # the same value: nothing happens
    assert seen == []
    with pytest.raises(ValueError, match="unknown parameter"):
        model.set_param("w_zz", 1.0)
    with pytest.raises(ValueError, match="finite"):
        model.set_param("b_f", float("nan"))
    assert model.params.b_f == 0.75


def test_the_step_explanation_is_computed_once_per_change(monkeypatch):
    calls: list[int] = []
    real = model_module.explain_step

    def counting(params, trace, t, *args):
        calls.append(t)
        return real(params, trace, t, *args)

    monkeypatch.setattr(model_module, "explain_step", counting)
    model = LabModel()
    model.go_to(2)
    for _ in range(4):  # four views read it
        assert model.explanation.t == 2
    assert calls == [2]
    model.set_sequence([1.0, 1.0, 0.0])
    for _ in range(4):
        assert model.explanation.x == 1.0
    assert calls == [2, 2]
    model.go_to(0)
    assert model.explanation is None and calls == [2, 2]


def test_a_sequence_change_emits_the_cursor_only_when_it_had_to_move():
    model = LabModel()
    model.go_to(5)
    seen = record(model)
    model.set_sequence([1.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    assert "cursor" not in seen and model.cursor == 5
    seen.clear()
    model.set_sequence([1.0, 0.0])
    assert seen[-1] == "cursor" and model.cursor == 2


def test_stepping_moves_only_the_cursor_through_the_computed_trace():
    model = LabModel()
    trace = model.trace
    seen = record(model)
    assert model.step_forward() and model.step_forward()
    assert model.step_back()
    assert model.cursor == 1 and model.trace is trace
    assert seen == ["cursor"] * 3
    model.go_to_end()
    assert model.at_end and not model.step_forward()
    model.reset()
    assert model.cursor == 0 and not model.step_back()


def test_a_task_gives_the_target_for_any_sequence_until_a_target_is_typed():
    model = LabModel()
    model.set_task(hold_the_pulse)
    np.testing.assert_array_equal(model.sequence, hold_the_pulse.example_input)
    np.testing.assert_array_equal(model.target, hold_the_pulse.example_target)
    model.set_sequence([0.0, 1.0, 0.0])
    np.testing.assert_array_equal(model.target, [0.0, 0.0, 1.0])
    assert model.task is hold_the_pulse
    model.set_target([1.0, 1.0, 1.0])
    assert model.task is None
    model.set_sequence([0.0, 1.0, 0.0, 0.0])  # a typed target of another length goes
    assert model.target is None and model.mse is None


def test_clamps_initial_states_and_their_checks():
    model = LabModel()
    model.set_clamp("f", 1.0)
    assert np.all(model.trace.f == 1.0)
    with pytest.raises(ValueError, match="forget gate can only be clamped to values from 0 to 1"):
        model.set_clamp("f", 1.5)
    assert model.clamps == {"f": 1.0}
    model.set_initial("c0", 0.5)
    model.set_initial("h0", -0.25)
    assert model.trace.c_prev[0] == 0.5 and model.trace.h_prev[0] == -0.25
    with pytest.raises(ValueError, match="h\\(0\\) must be a number from -1 to 1"):
        model.set_initial("h0", 2.0)
    model.clear_clamps()
    assert model.clamps == {}


def test_locks_signal_each_change_once():
    model = LabModel()
    changes = []
    model.events.locks.connect(lambda name, on: changes.append((name, on)))
    model.set_locked("w_out", True)
    model.set_locked("w_out", True)
    model.set_locked("b_f", True)
    model.unlock_all()
    assert changes == [("w_out", True), ("b_f", True), ("b_f", False), ("w_out", False)]
    assert model.locked() == frozenset()
    with pytest.raises(ValueError):
        model.set_locked("w_zz", True)


@pytest.mark.parametrize("cell", [RNN, GRU], ids=lambda c: c.name)
def test_any_cell_of_the_engine_fits_in_the_model(cell):
    model = LabModel(cell)
    assert model.params == cell.defaults()
    model.set_task(echo)
    assert model.mse == pytest.approx(cell.loss(model.params, model.sequence, model.target))
    name = cell.param_names[0]
    model.set_param(name, 0.25)
    assert getattr(model.params, name) == 0.25
    assert model.explanation is None  # the step's sums are the LSTM's
    with pytest.raises(ValueError, match="unknown gate"):
        model.set_clamp("f", 1.0)


def test_bad_sequence_text_leaves_the_sequence_as_it_was():
    model = LabModel()
    before = model.sequence.copy()
    with pytest.raises(SequenceError):
        model.set_sequence_text("1, x, 0")
    with pytest.raises(ValueError):
        model.set_sequence([])
    np.testing.assert_array_equal(model.sequence, before)
