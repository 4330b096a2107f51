"""Every sentence of the forecast lesson's text that a student can check, quoted and measured.

Each claim quotes a fragment that must appear once in the built-in lesson's text, and measures
it at the lesson's own settings (seed 0, LSTM(32), windows of 20, 60 epochs a press of Train),
through the model behind the window: the lesson applied, an option changed as the Step 1
controls change it, a press of Train as one run of `training_steps`. A number in the text is
checked to the digits it is written with. The last test splits the text into sentences and
fails on any sentence that is neither measured here nor listed as an instruction, a heading,
a reference or a view that the window tests check.
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np
import pytest
from translated_text import lesson_differences

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.engine.forecast import fit_lesson_ar, mse, parameter_count, prepare_data
from lstm_lab.engine.layer import dense, lstm_layer
from lstm_lab.lessons.forecast.model import ForecastModel
from lstm_lab.lessons.forecast.options import series_of

LESSON = lesson_by_name("forecast-sine")
TEXT = LESSON.text

#: Sentences measured below, by a fragment of each.
CLAIMS = {
    "windows": "the model reads W values (xs, the green window on the plot) and must predict "
    "the next one",
    "test span": "The last values, shaded, are held out as the test span.",
    "z-scores": "with the mean and std of the training part only",
    "layers": "One LSTM layer of n units reads a window one value at a time; a Dense(1) layer "
    "turns its last hidden state h(W) into the forecast.",
    "parameters": "4H(D + H + 2) + (H + 1): 4,513 for n = 32",
    "pytorch": "The PyTorch code below the diagram builds the same model.",
    "losses fall": "watch both losses fall",
    "rolling": "its first value is the one-step forecast's, then its errors pile up, and its "
    "MSE ends up more than 50 times the one-step's",
    "beat": "the *last-value* baseline the model must beat",
    "heatmap": "the heatmap shows the n hidden states h over the window being predicted",
    "ar model": "ŷ(n) = c + a₁·x(n−1) + a₂·x(n−2) + … + a₂₀·x(n−20), its 21 numbers fitted by "
    "least squares to the same training windows",
    "ar exact": "Here its MSE is about 10⁻²⁹, exact up to rounding, where the LSTM's is 4·10⁻⁷ "
    "one step ahead and 3·10⁻⁵ rolling.",
    "recurrence": "a sine obeys x(n) = 2·cos(2πf)·x(n−1) − x(n−2)",
    "sums of sines": "AR is exact on the sum of two sines and on the damped sine too.",
    "sawtooth 1": "after one press, the LSTM's one-step MSE (0.056) is below AR's (0.070) and "
    "the last value's (0.078), but its rolling MSE (0.82) is far above AR's (0.34).",
    "sawtooth 4": "Press **Train** three more times and the LSTM is far ahead: 1·10⁻⁵ one step "
    "ahead, 6·10⁻⁵ rolling.",
    "drops": "With 20 lags AR misses each drop by more than 90% of its height; the LSTM learns "
    "when the drop comes.",
    "square": "AR beats the LSTM here too, narrowly, and neither does well.",
    "square one-step": "One step ahead, both do only a little better than the last value "
    "(0.16): AR 0.133, the LSTM 0.139.",
    "square rolling": "Rolling, both do worse than it: AR 0.42, the LSTM 0.80.",
    "square windows": "Twenty equal values are followed sometimes by a jump and sometimes not",
    "noise": "*Sine wave with noise 0.2*: a close race.",
    "noise numbers": "One step ahead the LSTM scores 0.028 and AR 0.034, rolling 0.035 and "
    "0.036, against 0.073 for the last value.",
    "noise floor": "Even the noise-free sine itself, used as the forecast, scores 0.030",
    "longer window": "from W = 25 it is exact on the square wave, which obeys x(n) = −x(n−25), "
    "and from W = 49 on the sawtooth, whose every 50 values in a row have the same sum.",
}
#: Sentences that ask the student to do something, name a step, frame what follows or cite:
#: nothing to measure.
NOT_MEASURED = (
    "Step 1 · Data.",
    "Try the window slider, the noise, another signal",
    "Step 2 · Model.",
    "Step 3 · Train and forecast.",
    "Why a straight line wins on this sine.",
    "Read more: G. E. P. Box, G. M. Jenkins, G. C. Reinsel and G. M. Ljung",
    "Does the LSTM help?",
    "That is a real question only where no short linear rule holds.",
    "Keep the other settings, pick one of these in Step 1 and press **Train**",
)
#: Sentences about what the window shows, checked by the window's tests
#: (tests/test_forecast_window.py: the table, a click on a unit).
VIEWS = (
    "The table under the plots lists every MSE.",
    "click a row to see that unit's gates f, i, o and its cell state C",
)


def quote(key: str, *numbers: str) -> str:
    """The claim's fragment, which must appear once in the lesson, and holds `numbers`."""
    fragment = CLAIMS[key]
    assert TEXT.count(fragment) == 1, f"the lesson no longer says: {fragment!r}"
    for number in numbers:
        assert number in fragment, (number, fragment)
    return fragment


def shows(value: float, written: str) -> bool:
    """`value` rounds to `written` at the digits written: "0.070", "0.16", "4·10⁻⁷"."""
    power = re.fullmatch(r"(\d+)·10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)", written)
    if power:
        exponent = -int(power[2].translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")))
        return abs(value / 10.0**-exponent - int(power[1])) <= 0.5
    decimals = len(written.split(".")[1])
    return abs(value - float(written)) <= 0.5 * 10.0**-decimals + 1e-15


# ----------------------------------------------------------------------------- runs
def lesson_model(**changes) -> ForecastModel:
    """The lesson opened, then options changed as Step 1's controls change them."""
    model = ForecastModel()
    model.apply_lesson(LESSON)
    for name, value in changes.items():
        model.set_option(name, value)
    return model


def press_train(model: ForecastModel) -> dict[str, float]:
    """One press of Train (the lesson's epochs from the weights so far); every MSE after it."""
    for _step in model.training_steps():
        pass
    model.publish()
    return model.forecast_mses()


@functools.cache
def run(presses: int = 1, **changes) -> tuple[ForecastModel, list[dict[str, float]]]:
    """The lesson with `changes`, trained by `presses` presses: the model and the MSEs after
    each press."""
    model = lesson_model(**changes)
    return model, [press_train(model) for _ in range(presses)]


def test_the_lesson_settings_are_the_ones_measured():
    options = LESSON.options
    assert options["signal"] == "sine" and options["noise"] == 0.0
    assert (options["window"], options["hidden"], options["epochs"]) == (20, 32, 60)
    assert (options["seed"], options["frequency"], options["test_size"]) == (0, 0.02, 50)


# ----------------------------------------------------------------------------- step 1
def test_windows_read_w_values_and_predict_the_next():
    quote("windows")
    data = lesson_model().data
    window = 20
    for k in (0, 17, data.train_xs.shape[0] - 1):
        np.testing.assert_array_equal(data.train_xs[k], data.scaled[k : k + window])
        assert data.train_ys[k] == data.scaled[k + window]


def test_the_last_values_are_held_out():
    quote("test span")
    data = lesson_model().data
    assert data.split == 600 - 50
    np.testing.assert_array_equal(data.test_values, data.series[-50:])
    # No training target lies in the test span.
    last_target = data.train_xs.shape[0] - 1 + data.window
    assert last_target == data.split - 1


def test_z_scores_use_the_training_part_only():
    quote("z-scores")
    data = lesson_model().data
    train = data.series[: data.split]
    assert data.normaliser.mean == pytest.approx(train.mean(), abs=1e-15)
    assert data.normaliser.std == pytest.approx(train.std(), rel=1e-15)
    # Another test span leaves them as they are.
    changed = data.series.copy()
    changed[data.split :] += 10.0
    assert prepare_data(changed, 20, 50).normaliser == data.normaliser
    np.testing.assert_allclose(
        data.scaled, (data.series - train.mean()) / train.std(), rtol=0, atol=1e-12
    )


# ----------------------------------------------------------------------------- step 2
def test_the_layer_reads_the_window_and_the_head_gives_the_forecast():
    quote("layers")
    model = lesson_model()
    window, _ = model.example_values()
    trace = lstm_layer(model.weights, window.astype(np.float32).reshape(-1, 1, 1))
    assert trace.h.shape == (20, 1, 32)  # one step per value, n = 32 units
    forecast = model.data.normaliser.invert(dense(model.weights, trace.h[-1])[0, 0])
    assert float(model.activity()["prediction"]) == pytest.approx(float(forecast), rel=1e-6)


def test_the_parameter_count():
    quote("parameters", "4,513")
    assert parameter_count(32) == 4 * 32 * (1 + 32 + 2) + (32 + 1) == 4513
    table = lesson_model().parameter_table()
    assert sum(row.count for row in table) == 4513


def test_the_pytorch_code_is_the_same_model():
    quote("pytorch")
    code = lesson_model().pytorch_code()
    assert "nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)" in code
    assert "nn.Linear(hidden, 1)" in code and "HIDDEN = 32 " in code and "WINDOW = 20 " in code


# ----------------------------------------------------------------------------- step 3
def test_both_losses_fall():
    quote("losses fall")
    model, _ = run()
    _, train_mse, test_mse = model.history()
    assert len(train_mse) == 60
    assert train_mse[-1] < train_mse[0] / 100 and test_mse[-1] < test_mse[0] / 100


def test_the_rolling_forecast_starts_as_the_one_step_then_falls_behind():
    quote("rolling", "50")
    model, (mses,) = run()
    report = model.report()
    assert report.rolling[0] == pytest.approx(report.one_step[0], abs=1e-6)
    assert mses["rolling"] > 50 * mses["one_step"]


def test_the_lstm_beats_the_last_value():
    quote("beat")
    _, (mses,) = run()
    assert mses["one_step"] < mses["last_value"] and mses["rolling"] < mses["last_value"]


def test_the_heatmap_holds_every_unit_over_the_predicted_window():
    quote("heatmap")
    model, _ = run()
    activity = model.activity()
    assert activity["h"].shape == (20, 32)
    start, stop, target = model.example_window()
    assert (stop - start, target) == (20, model.data.split)  # the window of the first test value


# ----------------------------------------------------------------------------- AR on a sine
def test_ar_is_fitted_by_least_squares_to_the_training_windows():
    quote("ar model", "21")
    data = lesson_model().data
    ar = fit_lesson_ar(data)
    assert ar.lags == 20 and ar.coefficients.shape[0] + 1 == 21
    design = np.hstack([data.train_xs, np.ones((data.train_xs.shape[0], 1))])
    reference, *_ = np.linalg.lstsq(design, data.train_ys, rcond=None)
    np.testing.assert_allclose(ar.coefficients, reference[:20], rtol=0, atol=1e-9)


def test_ar_is_exact_on_the_sine_where_the_lstm_is_not():
    quote("ar exact", "10⁻²⁹", "4·10⁻⁷", "3·10⁻⁵")
    _, (mses,) = run()
    for key in ("ar_one_step", "ar_rolling"):
        assert round(math.log10(mses[key])) == -29, mses[key]
    assert shows(mses["one_step"], "4·10⁻⁷"), mses["one_step"]
    assert shows(mses["rolling"], "3·10⁻⁵"), mses["rolling"]


def test_a_sine_obeys_a_two_lag_linear_rule():
    quote("recurrence")
    x = series_of(LESSON.options)
    rule = 2 * math.cos(2 * math.pi * 0.02) * x[1:-1] - x[:-2]
    assert np.max(np.abs(x[2:] - rule)) < 1e-12


def test_ar_is_exact_on_two_sines_and_the_damped_sine():
    quote("sums of sines")
    for signal in ("two-sines", "damped"):
        mses = lesson_model(signal=signal).forecast_mses()
        assert mses["ar_one_step"] < 1e-25 and mses["ar_rolling"] < 1e-25, signal
        assert mses["last_value"] > 1e-4, signal


# ----------------------------------------------------------------------------- other signals
def test_the_sawtooth_after_one_press():
    quote("sawtooth 1", "0.056", "0.070", "0.078", "0.82", "0.34")
    _, mses = run(4, signal="sawtooth")
    first = mses[0]
    for key, written in [
        ("one_step", "0.056"),
        ("ar_one_step", "0.070"),
        ("last_value", "0.078"),
        ("rolling", "0.82"),
        ("ar_rolling", "0.34"),
    ]:
        assert shows(first[key], written), (key, first[key])
    assert first["one_step"] < first["ar_one_step"] < first["last_value"]
    assert first["rolling"] > 2 * first["ar_rolling"]


def test_the_sawtooth_after_four_presses():
    quote("sawtooth 4", "1·10⁻⁵", "6·10⁻⁵")
    _, mses = run(4, signal="sawtooth")
    last = mses[3]
    assert shows(last["one_step"], "1·10⁻⁵"), last["one_step"]
    assert shows(last["rolling"], "6·10⁻⁵"), last["rolling"]
    assert last["one_step"] < last["ar_one_step"] / 1000
    assert last["rolling"] < last["ar_rolling"] / 1000


def test_ar_misses_the_drops_and_the_lstm_does_not():
    quote("drops", "20", "more than 90%")
    model, _ = run(4, signal="sawtooth")
    data = model.data
    ar = fit_lesson_ar(data)
    xs = np.vstack([data.train_xs, data.test_xs])
    ys = data.normaliser.invert(np.r_[data.train_ys, data.test_ys])
    before = data.normaliser.invert(xs[:, -1])
    predicted = data.normaliser.invert(xs @ ar.coefficients + ar.intercept)
    drops = np.flatnonzero(ys - before < -1.0)
    assert drops.size == 11  # every drop of the series after the first window
    missed = np.abs(predicted - ys)[drops] / np.abs(ys - before)[drops]
    assert np.all((missed > 0.90) & (missed < 1.0)), missed
    report = model.report()
    test_drops = np.flatnonzero(np.diff(data.series[data.split - 1 :]) < -1.0)
    assert test_drops.size >= 1
    error = np.abs(report.one_step - report.targets)[test_drops]
    assert np.all(error < 0.01 * 2.0), error


def test_on_the_square_wave_ar_wins_narrowly_and_neither_does_well():
    quote("square")
    quote("square one-step", "0.16", "0.133", "0.139")
    quote("square rolling", "0.42", "0.80")
    _, (mses,) = run(signal="square")
    for key, written in [
        ("last_value", "0.16"),
        ("ar_one_step", "0.133"),
        ("one_step", "0.139"),
        ("ar_rolling", "0.42"),
        ("rolling", "0.80"),
    ]:
        assert shows(mses[key], written), (key, mses[key])
    assert mses["ar_one_step"] < mses["one_step"] < mses["last_value"]
    assert mses["one_step"] > 0.8 * mses["last_value"]  # only a little better
    assert mses["ar_rolling"] < mses["rolling"]
    assert min(mses["ar_rolling"], mses["rolling"]) > mses["last_value"]


def test_twenty_equal_values_do_not_tell_when_the_jump_comes():
    quote("square windows")
    data = lesson_model(signal="square").data
    flat = np.flatnonzero(np.ptp(data.train_xs, axis=1) == 0)
    assert flat.size > 0
    for level in (data.train_xs[:, 0].max(), data.train_xs[:, 0].min()):
        same = flat[data.train_xs[flat, 0] == level]
        assert np.unique(np.round(data.train_ys[same], 9)).size == 2  # jump, or stay


def test_with_noise_the_lstm_and_ar_are_close():
    quote("noise")
    quote("noise numbers", "0.028", "0.034", "0.035 and 0.036", "0.073")
    _, (mses,) = run(noise=0.2)
    for key, written in [
        ("one_step", "0.028"),
        ("ar_one_step", "0.034"),
        ("rolling", "0.035"),
        ("ar_rolling", "0.036"),
        ("last_value", "0.073"),
    ]:
        assert shows(mses[key], written), (key, mses[key])
    for key in ("one_step", "ar_one_step", "rolling", "ar_rolling"):
        assert mses[key] < 0.5 * mses["last_value"], key
    for lstm, ar in (("one_step", "ar_one_step"), ("rolling", "ar_rolling")):  # close
        assert max(mses[lstm], mses[ar]) < 1.25 * min(mses[lstm], mses[ar])


def test_the_noise_free_sine_scores_about_as_well():
    quote("noise floor", "0.030")
    model = lesson_model(noise=0.2)
    clean = series_of({**model.options, "noise": 0.0})
    score = mse(clean[model.data.split :], model.data.test_values)
    assert shows(score, "0.030"), score


def test_a_longer_window_makes_ar_exact_on_the_square_wave_and_the_sawtooth():
    quote("longer window", "25", "49", "50")
    for signal, shortest in (("square", 25), ("sawtooth", 49)):
        for window in (20, shortest - 1, shortest, 40, 60):
            mses = lesson_model(signal=signal, window=window).forecast_mses()
            exact = mses["ar_one_step"] < 1e-20 and mses["ar_rolling"] < 1e-20
            assert exact == (window >= shortest), (signal, window, mses)
    square = series_of({**LESSON.options, "signal": "square"})
    np.testing.assert_array_equal(square[25:], -square[:-25])
    sawtooth = series_of({**LESSON.options, "signal": "sawtooth"})
    sums = np.convolve(sawtooth, np.ones(50), mode="valid")
    assert np.ptp(sums) < 1e-9


# ----------------------------------------------------------------------------- coverage
def sentences(text: str) -> list[str]:
    """The text's sentences: paragraphs and list items split after a full stop or a question
    mark (a reference line is one sentence: its initials end in full stops)."""
    found = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if paragraph.startswith("Read more:"):
            found.append(paragraph)
        elif paragraph:
            found += [s for s in re.split(r"(?<=[.?])(?:\*\*)?\s+", paragraph) if s]
    return found


def test_every_sentence_is_measured_or_is_an_instruction():
    fragments = [*CLAIMS.values(), *NOT_MEASURED, *VIEWS]
    for fragment in fragments:
        assert TEXT.count(fragment) == 1, fragment
    unaccounted = [s for s in sentences(TEXT) if not any(f in s for f in fragments)]
    assert unaccounted == []
    assert len(sentences(TEXT)) >= 30


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_chinese_text_states_the_same_numbers(language):
    """The translated texts state exactly the numbers checked above, each as often, with the
    same names and sources (`translated_text`)."""
    assert lesson_differences(lesson_by_name("forecast-sine"), language) == []
