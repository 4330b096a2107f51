"""The forecasting lesson without Qt: its options and their checks, lesson files, the card,
the model behind the window, the PyTorch code, and that none of it imports Qt."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.kinds import kind_named
from lstm_lab.core.lesson import Lesson, LessonError, loads, read_lesson, write_lesson
from lstm_lab.engine.forecast import parameter_count
from lstm_lab.lessons.forecast.model import ForecastModel
from lstm_lab.lessons.forecast.options import (
    card_picture,
    check_options,
    default_options,
    parameter_table,
    read_series_file,
)
from lstm_lab.resources import resource_text

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def test_the_forecast_modules_import_no_qt():
    code = (
        "import json, sys\n"
        "from lstm_lab.core.builtin import lesson_by_name\n"
        "from lstm_lab.lessons.forecast.model import ForecastModel\n"
        "from lstm_lab.core.kinds import kind_named\n"
        "lesson = lesson_by_name('forecast-sine')\n"
        "kind_named('forecast').card_picture(lesson)\n"
        "model = ForecastModel(); model.apply_lesson(lesson)\n"
        "steps = model.training_steps(); [next(steps) for _ in range(12)]\n"
        "model.publish(); model.report(); model.activity(); model.pytorch_code()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(result.stdout)
    assert [name for name in loaded if name.split(".")[0] in FORBIDDEN] == []
    assert "lstm_lab.lessons.forecast.model" in loaded


# ----------------------------------------------------------------------------- options
def test_defaults_fill_in_what_a_file_does_not_name():
    assert check_options({}) == default_options()
    assert check_options({"hidden": 8})["hidden"] == 8
    assert default_options()["hidden"] == 32 and default_options()["window"] == 20


BAD_OPTIONS = [
    ({"colour": 1}, "unknown name 'colour'"),
    ({"signal": "cosine"}, '"options" signal must be one of sine, two-sines'),
    ({"hidden": 0}, '"options" hidden must be from 1 to 64, not 0'),
    ({"hidden": 65}, '"options" hidden must be from 1 to 64, not 65'),
    ({"hidden": 3.5}, '"options" hidden must be a whole number'),
    ({"hidden": True}, '"options" hidden must be a number'),
    ({"window": "20"}, '"options" window must be a number'),
    ({"frequency": math.nan}, '"options" frequency must be a finite number'),
    ({"noise": math.inf}, '"options" noise must be a finite number'),
    ({"noise": -0.1}, '"options" noise must be from 0.0 to 0.5'),
    ({"learning_rate": 0.5}, '"options" learning_rate must be from'),
    ({"length": 100, "window": 60, "test_size": 50}, "too few for a test span of 50"),
    ({"signal": "csv"}, '"options" series must be a list of numbers'),
    ({"signal": "csv", "series": [1.0] * 80 + ["x"]}, '"options" series value 81 must be'),
    ({"signal": "csv", "series": [1.0] * 30}, "the series has 30 values: too few"),
    ({"series": [1.0] * 100}, '"options" series is only for the signal csv, not sine'),
]


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS, ids=[m for _, m in BAD_OPTIONS])
def test_bad_options_are_refused_with_their_name(options, message):
    with pytest.raises(LessonError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_options(options)


def _file(tmp_path, options, name="bad.lstmlab"):
    path = tmp_path / name
    data = {"format": "lstm-lab-lesson", "version": 1, "title": "Sine", "kind": "forecast"}
    path.write_text(json.dumps({**data, "options": options}), encoding="utf-8")
    return path


def test_a_bad_forecast_file_is_refused_naming_the_file_and_the_option(tmp_path):
    with pytest.raises(LessonError, match=r'^bad.lstmlab: "options" window must be from 2'):
        read_lesson(_file(tmp_path, {"window": 1}))
    path = tmp_path / "nan.lstmlab"
    path.write_text(_file(tmp_path, {}).read_text().replace("{}", '{"noise": NaN}'))
    with pytest.raises(LessonError, match="NaN, which is not a number"):
        read_lesson(path)
    with pytest.raises(LessonError, match='"hidden_views" has an unknown name'):
        data = json.loads(_file(tmp_path, {}).read_text())
        path.write_text(json.dumps({**data, "hidden_views": ["math"]}))
        read_lesson(path)


def test_the_built_in_lesson_and_its_card():
    lesson = lesson_by_name("forecast-sine")
    assert lesson.kind == "forecast" and lesson.order >= 200
    assert lesson.options == default_options()
    assert "Step 1" in lesson.text and "Step 3" in lesson.text
    bars, lines = kind_named("forecast").card_picture(lesson)
    assert bars.shape == (50,) and np.all(np.isfinite(bars))
    [(forecast, role, dashed)] = lines
    assert role == "forecast" and not dashed and forecast.shape == bars.shape
    shown = np.isfinite(forecast)
    assert 10 <= shown.sum() < 25 and shown[-1] and not shown[0]  # the last third only
    # A small trained model's forecast follows the sine on the card.
    assert np.max(np.abs(forecast[shown] - bars[shown])) < 0.5


def test_a_csv_lesson_card_shows_its_series():
    options = {"signal": "csv", "series": list(np.linspace(0, 5, 300)), "series_name": "a.csv"}
    bars, lines = card_picture(Lesson(title="Mine", kind="forecast", options=options))
    assert lines == [] and bars.shape == (150,) and bars.max() == pytest.approx(1.0)


# ----------------------------------------------------------------------------- step 2 in words
def test_parameter_counts_and_formulas():
    lstm, dense = parameter_table(32)
    assert (lstm.count, dense.count) == (4480, 33)
    assert lstm.formula == "4H(D + H + 2)" and dense.formula == "H + 1"
    assert lstm.numbers == "4·32·(1 + 32 + 2) = 4,480" and dense.numbers == "32 + 1 = 33"
    for hidden in (1, 7, 64):
        assert sum(row.count for row in parameter_table(hidden)) == parameter_count(hidden)


def test_the_pytorch_code_builds_the_same_model():
    torch = pytest.importorskip("torch")
    for hidden in (1, 32, 64):
        model = ForecastModel({**default_options(), "hidden": hidden})
        code = model.pytorch_code()
        # The script's definitions, without running its main().
        namespace: dict = {"__name__": "lesson_script"}
        exec(code, namespace)  # noqa: S102 (our own text)
        network = namespace["new_model"]()
        assert sum(p.numel() for p in network.parameters()) == parameter_count(hidden)
        out = network(torch.zeros(3, 20, 1, dtype=torch.float64))
        assert tuple(out.shape) == (3,)
        # It starts from the app's weights.
        np.testing.assert_array_equal(
            network.lstm.weight_hh_l0.detach().numpy(), model.weights["weight_hh"]
        )
        bias = network.head.bias.detach().numpy()
        np.testing.assert_array_equal(bias, model.weights["bias_out"])
    code = ForecastModel({"clip_norm": 0.0, "learning_rate": 0.003}).pytorch_code()
    assert "CLIP_NORM = 0.0 " in code and "LEARNING_RATE = 0.003 " in code


# ----------------------------------------------------------------------------- a teacher's CSV
def test_series_files_errors_name_the_file_and_the_line(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("value\n1\n2\nabc\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^data.csv: line 4: 'abc' is not a number$"):
        read_series_file(path)
    path.write_bytes(b"\xff\xfe1\n")
    with pytest.raises(ValueError, match="not a text file"):
        read_series_file(path)
    with pytest.raises(ValueError, match="cannot be read"):
        read_series_file(tmp_path / "missing.csv")
    path.write_text("x\n" + "\n".join(str(v) for v in range(5)), encoding="utf-8")
    np.testing.assert_array_equal(read_series_file(path), np.arange(5.0))


# ----------------------------------------------------------------------------- the model
def record(model: ForecastModel) -> list[str]:
    seen: list[str] = []
    for event in model.events:
        event.connect(lambda *_args, n=event.name: seen.append(n))
    return seen


def test_a_new_window_size_gives_new_windows_and_a_fresh_model():
    model = ForecastModel()
    steps = model.training_steps()
    for _ in range(20):
        next(steps)
    model.publish()
    assert model.trained
    seen = record(model)
    model.set_option("window", 24)
    assert {"data", "weights", "history", "options", "example"} <= set(seen)
    assert model.data.train_xs.shape[1] == 24 and not model.trained
    assert model.example_window() == (600 - 50 - 24, 600 - 50, 550)
    assert model.report() is None


def test_a_value_that_cannot_be_used_changes_nothing():
    model = ForecastModel()
    before, data = model.options, model.data
    seen = record(model)
    with pytest.raises(LessonError, match="too few for a test span of 500"):
        model.set_options({**before, "length": 300, "test_size": 500})
    assert model.options == before and model.data is data and seen == []


def test_training_makes_both_losses_fall_and_forecasts_beat_the_baseline():
    model = ForecastModel({"epochs": 20})
    for _ in model.training_steps():
        pass
    assert not model.history()[0].size  # nothing announced yet
    assert model.publish() and not model.publish()
    epochs, train_mse, test_mse = model.history()
    assert epochs.tolist() == list(range(1, 21))
    assert train_mse[-1] < train_mse[0] / 100 and test_mse[-1] < 1e-3
    mses = model.report().mses
    assert mses["one_step"] < mses["last_value"] / 10
    assert mses["rolling"] < mses["last_value"]
    activity = model.activity()
    assert activity["h"].shape == (20, 32) and activity["f"].shape == (20, 32)
    assert float(activity["prediction"]) == pytest.approx(model.data.series[550], abs=0.05)


def test_a_loaded_series_replaces_the_signal_and_goes_into_the_lesson():
    model = ForecastModel()
    values = np.cos(np.arange(300) * 0.1)
    model.load_series(values, "cos.csv")
    assert model.option("signal") == "csv" and model.option("series_name") == "cos.csv"
    np.testing.assert_array_equal(model.data.series, values)
    lesson = model.lesson_of()
    assert lesson.options["series"] == list(values)
    before = model.options
    with pytest.raises(LessonError, match="the series has 40 values: too few"):
        model.load_series(np.zeros(40), "short.csv")
    assert model.options == before
    model.set_option("signal", "square")
    assert "series" not in model.options


def test_a_lesson_saved_and_read_again_gives_the_same_options(tmp_path):
    model = ForecastModel()
    model.apply_lesson(lesson_by_name("forecast-sine"))
    model.set_option("hidden", 12)
    model.set_option("noise", 0.05)
    model.load_series(np.sin(np.arange(250) * 0.2), "mine.csv")
    model.set_hidden_views(frozenset({"inside"}))
    path = tmp_path / "mine.lstmlab"
    write_lesson(model.lesson_of(), path)
    again = ForecastModel()
    again.apply_lesson(read_lesson(path))
    assert again.options == model.options
    assert again.hidden_views == {"inside"}
    assert again.lesson_of().to_json() == model.lesson_of().to_json()


def test_the_example_window_and_unit_stay_in_range():
    model = ForecastModel({"hidden": 4})
    model.set_example(10_000)
    assert model.example == model.example_count - 1 == 600 - 20 - 1
    model.set_unit(9)
    assert model.unit == 3
    model.set_option("hidden", 2)
    assert model.unit == 0


def _csv_lesson(series) -> str:
    data = json.loads(resource_text("lessons/forecast-sine.lstmlab"))
    data["options"].update(signal="csv", series=series, series_name="mine.csv")
    return json.dumps(data)


def test_numbers_no_axis_can_draw_are_refused_in_a_lesson_and_a_csv(tmp_path):
    """Denormal numbers (≈5e-324) made pyqtgraph's ticks divide by zero and crash the app."""
    with pytest.raises(LessonError, match=r"series value 2 is too small to draw \(4.94e-324\)"):
        loads(_csv_lesson([5e-324 * (k % 3) for k in range(200)]))
    csv = tmp_path / "tiny.csv"
    csv.write_text("value\n0\n1e-300\n2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"tiny.csv: value 2 is too small to draw"):
        read_series_file(csv)
    with pytest.raises(LessonError, match="series value 1 must be a finite number"):
        loads(_csv_lesson([10**400] + [1.0] * 199))


def test_the_smallest_numbers_allowed_draw_and_train(qtbot, open_window):
    window = open_window("forecast-sine")
    lesson = loads(_csv_lesson([1e-12 * (1 + k % 3) for k in range(200)]))
    window.open_lesson(lesson)
    window.grab()  # paints every plot: no error reaches the event loop
    assert window.state.model.data.series.min() == pytest.approx(1e-12)
