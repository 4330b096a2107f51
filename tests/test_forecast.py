"""The forecasting lesson without Qt: signals, CSV, windows, training, the LSTM's forecasts and
the baselines (last value, AR(W))."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine.forecast import (
    FORECAST_KEYS,
    SIGNALS,
    LessonSettings,
    Normaliser,
    ar_one_step_forecast,
    ar_predict,
    ar_rolling_forecast,
    ar_rolling_test_forecast,
    baselines,
    evaluate,
    fit_ar,
    fit_lesson_ar,
    init_model,
    last_value_forecast,
    lesson_data,
    load_series_csv,
    loss_and_grads,
    make_signal,
    mse,
    one_step_forecast,
    parameter_count,
    predict,
    prepare_data,
    rolling_forecast,
    sliding_windows,
    train,
    train_batches,
    train_test_split,
    unit_activity,
)
from lstm_lab.engine.layer import from_state_dict, to_state_dict


@pytest.mark.parametrize("name", sorted(SIGNALS))
def test_signals_have_their_length_and_follow_the_generator(name):
    first = make_signal(name, 300, np.random.default_rng(1), noise=0.1)
    again = make_signal(name, 300, np.random.default_rng(1), noise=0.1)
    other = make_signal(name, 300, np.random.default_rng(2), noise=0.1)
    clean = make_signal(name, 300, np.random.default_rng(1))
    assert first.shape == (300,)
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, other)
    assert np.max(np.abs(clean)) <= 1.5 + 1e-12
    assert 0.02 < np.std(first - clean) < 0.2


def test_signal_shapes():
    rng = np.random.default_rng(0)
    np.testing.assert_allclose(
        make_signal("sine", 5, rng, frequency=0.25), [0, 1, 0, -1, 0], atol=1e-12
    )
    np.testing.assert_allclose(make_signal("sawtooth", 4, rng, frequency=0.25), [-1, -0.5, 0, 0.5])
    np.testing.assert_array_equal(make_signal("square", 4, rng, frequency=0.25), [1, 1, -1, -1])
    damped = make_signal("damped", 200, rng, frequency=0.02)
    assert np.max(np.abs(damped[150:])) < 0.5 * np.max(np.abs(damped[:50]))
    with pytest.raises(ValueError, match="unknown signal 'saw'"):
        make_signal("saw", 10, rng)
    with pytest.raises(ValueError, match="frequency"):
        make_signal("sine", 10, rng, frequency=0.0)
    with pytest.raises(ValueError, match="noise"):
        make_signal("sine", 10, rng, noise=-1.0)


def test_windows_of_a_short_series():
    xs, ys = sliding_windows([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 3)
    np.testing.assert_array_equal(xs, [[1, 2, 3], [2, 3, 4], [3, 4, 5]])
    np.testing.assert_array_equal(ys, [4, 5, 6])
    with pytest.raises(ValueError, match="longer than 6"):
        sliding_windows([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 6)


def test_split_and_normalisation_use_the_training_part_only():
    series = np.array([1.0, 3.0, 5.0, 7.0, 100.0, 200.0])
    train_part, test_part = train_test_split(series, 2)
    np.testing.assert_array_equal(train_part, [1, 3, 5, 7])
    np.testing.assert_array_equal(test_part, [100, 200])
    data = prepare_data(series, window=2, test_size=2)
    assert data.normaliser == Normaliser(4.0, np.sqrt(5.0))
    np.testing.assert_allclose(data.normaliser.invert(data.scaled), series, rtol=1e-15)
    np.testing.assert_allclose(data.scaled[:4].mean(), 0.0, atol=1e-15)
    np.testing.assert_allclose(data.scaled[:4].std(), 1.0, rtol=1e-15)
    # Training targets are 5 and 7; test targets are the test span, windows reaching back.
    np.testing.assert_allclose(data.normaliser.invert(data.train_ys), [5, 7])
    np.testing.assert_allclose(data.normaliser.invert(data.test_xs), [[5, 7], [7, 100]])
    np.testing.assert_allclose(data.normaliser.invert(data.test_ys), [100, 200])
    np.testing.assert_array_equal(last_value_forecast(data), [7, 100])
    assert Normaliser.fit([2.0, 2.0]).std == 1.0
    with pytest.raises(ValueError, match="too few"):
        prepare_data(series, window=4, test_size=2)


def test_csv_with_and_without_a_header():
    np.testing.assert_array_equal(load_series_csv("value\n1\n2.5\n\n-3e2\n"), [1, 2.5, -300])
    np.testing.assert_array_equal(load_series_csv("\ufeff1\r\n2,\r\n"), [1, 2])
    # Headers in any language, with digits or units in them, are skipped as names.
    for header in ("温度", "value1", "t (°C)", "Température"):
        np.testing.assert_array_equal(load_series_csv(f"{header}\n.5\n+2.\n1E-3\n"), [0.5, 2, 1e-3])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x\n1\n2\nthree\n", "line 4: 'three' is not a number"),
        ("1\n2\n3,4\n", "line 3: expected one number, found 2 columns"),
        ("1\nnan\n", "line 2: 'nan' is not a finite number"),
        ("a\nb\n", "line 2: 'b' is not a number"),
        ('1\n"2\n', "line 2: the file ends inside a quoted value"),
        ("\n\nheading\n", "no numbers"),
        # Python's float() reads these; a series file never means them.
        ("1_000\n2\n", "line 1: '1_000' is not a number"),
        ("\u0661\u0662\n", "line 1: '١٢' is not a number"),
        ("\uff11\uff12\n", "line 1: '１２' is not a number"),
        ("1\n\u22125\n", "line 2: '−5' is not a number"),
        # A broken first value is not a header to skip.
        ("1.2.3\n4\n5\n", "line 1: '1.2.3' is not a number"),
        ("12abc\n4\n", "line 1: '12abc' is not a number"),
        ("Infinity\n4\n", "line 1: 'Infinity' is not a finite number"),
        ("1e999\n", "line 1: '1e999' is too large a number"),
        ("1,5\n", "a point, not a comma"),
    ],
)
def test_csv_errors_name_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        load_series_csv(text)


def test_parameter_count():
    assert parameter_count(32) == 4513
    weights = init_model(32, np.random.default_rng(0))
    assert sum(value.size for value in weights.values()) == 4513
    assert parameter_count(7, inputs=3) == 4 * 7 * (3 + 7 + 2) + 7 + 1


def test_batch_gradient_matches_central_differences():
    rng = np.random.default_rng(3)
    weights = init_model(3, rng, dtype=np.float64)
    inputs = rng.normal(size=(5, 4, 1))
    targets = rng.normal(size=4)
    _, grads = loss_and_grads(weights, inputs, targets)
    step = 1e-6
    for key, value in weights.items():
        for index in np.ndindex(value.shape):
            plus = {k: v.copy() for k, v in weights.items()}
            minus = {k: v.copy() for k, v in weights.items()}
            plus[key][index] += step
            minus[key][index] -= step
            expected = (
                loss_and_grads(plus, inputs, targets)[0] - loss_and_grads(minus, inputs, targets)[0]
            ) / (2 * step)
            assert grads[key][index] == pytest.approx(expected, abs=1e-8)


def test_rolling_forecast_equals_feeding_each_window_back_by_hand():
    rng = np.random.default_rng(4)
    weights = init_model(5, rng, dtype=np.float64)
    weights = {key: value * 3.0 for key, value in weights.items()}
    history = rng.normal(size=6)
    got = rolling_forecast(weights, history, 9)
    values = list(history)
    for _ in range(9):
        values.append(float(predict(weights, np.array(values[-6:]))[0]))
    np.testing.assert_allclose(got, values[6:], rtol=0, atol=1e-13)
    assert rolling_forecast(weights, history, 0).shape == (0,)
    np.testing.assert_allclose(
        rolling_forecast(weights, history[:1], 3)[0], predict(weights, history[:1])
    )


def test_training_with_a_fixed_seed_makes_the_loss_fall_and_forecasts_beat_the_baseline():
    settings = LessonSettings(epochs=20)
    rng = np.random.default_rng(7)
    data = lesson_data(settings, rng)
    weights = init_model(settings.hidden, rng)
    start = {key: value.copy() for key, value in weights.items()}
    results = list(train(data, weights, rng, settings.epochs, settings.learning_rate))
    assert [r.epoch for r in results] == list(range(1, 21))
    for key in weights:
        np.testing.assert_array_equal(weights[key], start[key])  # the input is not changed
    first, last = results[0], results[-1]
    assert last.train_loss < first.train_loss / 10
    assert last.test_loss < first.test_loss / 10
    assert last.weights is not results[-2].weights
    report = evaluate(last.weights, data)
    mses = report.mses
    assert mses["one_step"] < 1e-3
    assert mses["rolling"] < mses["last_value"]
    np.testing.assert_allclose(
        report.one_step, one_step_forecast(last.weights, data), rtol=0, atol=1e-6
    )
    # Same seed, same run.
    rng = np.random.default_rng(7)
    data_again = lesson_data(settings, rng)
    again = list(train(data_again, init_model(settings.hidden, rng), rng, 3))
    assert again[-1].train_loss == results[2].train_loss


def test_trained_weights_survive_a_state_dict_round_trip():
    rng = np.random.default_rng(8)
    weights = init_model(4, rng)
    back = from_state_dict(to_state_dict(weights, "lstm.", "head."), "lstm.", "head.")
    xs = rng.normal(size=(3, 20))
    np.testing.assert_array_equal(predict(back, xs), predict(weights, xs))


def test_unit_activity_over_one_window():
    rng = np.random.default_rng(9)
    weights = init_model(6, rng)
    activity = unit_activity(weights, rng.normal(size=20))
    assert set(activity) == {"h", "c", "i", "f", "g", "o"}
    assert all(array.shape == (20, 6) for array in activity.values())
    assert np.all((activity["f"] > 0) & (activity["f"] < 1))
    np.testing.assert_allclose(activity["h"], activity["o"] * np.tanh(activity["c"]), atol=1e-6)


def test_bad_training_settings_are_value_errors():
    rng = np.random.default_rng(0)
    data = lesson_data(LessonSettings(length=100), rng)
    weights = init_model(4, rng)
    with pytest.raises(ValueError, match="learning rate"):
        next(train(data, weights, rng, 1, learning_rate=0.0))
    with pytest.raises(ValueError, match="batch size"):
        next(train(data, weights, rng, 1, batch_size=0))


def test_training_one_mini_batch_at_a_time_is_the_same_run_as_by_epochs():
    settings = LessonSettings(length=200, window=8, hidden=5, test_size=20)
    data = lesson_data(settings, np.random.default_rng(3))
    weights = init_model(5, np.random.default_rng(4), dtype=np.float64)
    epochs = list(train(data, weights, np.random.default_rng(5), 3, batch_size=16))
    steps = list(train_batches(data, weights, np.random.default_rng(5), 3, batch_size=16))
    batches = -(-data.train_ys.shape[0] // 16)
    assert len(steps) == 3 * batches
    assert [(s.epoch, s.batch) for s in steps[:2]] == [(1, 1), (1, 2)]
    ends = [s.epoch_result for s in steps if s.epoch_result is not None]
    assert [s.batch for s in steps if s.epoch_result is not None] == [batches] * 3
    for by_epoch, by_batch in zip(epochs, ends, strict=True):
        assert by_batch.epoch == by_epoch.epoch
        assert by_batch.train_loss == by_epoch.train_loss
        for key, value in by_epoch.weights.items():
            np.testing.assert_array_equal(by_batch.weights[key], value)


# ----------------------------------------------------------------------------- AR(W)
@pytest.mark.parametrize(
    ("name", "frequency", "window"),
    [("sine", 0.02, 20), ("sine", 0.13, 2), ("two-sines", 0.02, 4), ("damped", 0.05, 20)],
)
def test_ar_forecasts_a_sum_of_sines_to_rounding_error(name, frequency, window):
    """A sum of K sines obeys a linear recurrence of 2K lags, so AR with as many is exact."""
    series = make_signal(name, 600, np.random.default_rng(0), frequency=frequency) + 3.0
    data = prepare_data(series, window, 50)
    base = baselines(data)
    targets = data.test_values
    assert mse(base.ar_one_step, targets) < 1e-20
    assert mse(base.ar_rolling, targets) < 1e-20
    assert mse(base.last_value, targets) > 1e-4  # the last value is far from exact


def test_ar_is_not_exact_where_no_short_linear_rule_holds():
    square = prepare_data(make_signal("square", 600, np.random.default_rng(0)), 20, 50)
    assert mse(baselines(square).ar_one_step, square.test_values) > 0.1
    noisy = prepare_data(make_signal("sine", 600, np.random.default_rng(0), noise=0.2), 20, 50)
    assert mse(baselines(noisy).ar_one_step, noisy.test_values) > 0.01


def test_ar_matches_a_direct_least_squares_reference():
    rng = np.random.default_rng(5)
    series = make_signal("sawtooth", 400, rng, frequency=0.03, noise=0.1) * 2.0 + 1.0
    window = 7
    data = prepare_data(series, window, 40)
    model = fit_lesson_ar(data)
    # The normal equations of min Σ (c + a·x − y)² over the training windows, solved directly.
    design = np.hstack([data.train_xs, np.ones((data.train_xs.shape[0], 1))])
    reference = np.linalg.solve(design.T @ design, design.T @ data.train_ys)
    np.testing.assert_allclose(model.coefficients, reference[:window], rtol=1e-9, atol=1e-12)
    assert model.intercept == pytest.approx(reference[window], abs=1e-12)
    assert model.lags == window
    # One-step: each test window, z-scored, through c + Σ a_j·x_j, back to the signal's units.
    scaled = (series - data.normaliser.mean) / data.normaliser.std
    by_hand = [
        reference[window] + sum(reference[j] * scaled[n - window + j] for j in range(window))
        for n in range(data.split, series.shape[0])
    ]
    by_hand = np.array(by_hand) * data.normaliser.std + data.normaliser.mean
    np.testing.assert_allclose(ar_one_step_forecast(model, data), by_hand, rtol=0, atol=1e-10)
    # Rolling: each prediction appended and read back as the newest value.
    values = list(scaled[data.split - window : data.split])
    for _ in range(series.shape[0] - data.split):
        values.append(reference[window] + float(np.dot(reference[:window], values[-window:])))
    rolled = np.array(values[window:]) * data.normaliser.std + data.normaliser.mean
    np.testing.assert_allclose(ar_rolling_test_forecast(model, data), rolled, rtol=0, atol=1e-9)
    np.testing.assert_allclose(
        ar_rolling_forecast(model, values[:window], 1), ar_predict(model, values[:window])
    )


def test_ar_is_fitted_on_the_training_windows_only():
    rng = np.random.default_rng(6)
    series = make_signal("sine", 300, rng, noise=0.3)
    data = prepare_data(series, 10, 50)
    changed = series.copy()
    changed[-50:] = rng.normal(size=50) * 5.0  # another test span
    other = prepare_data(changed, 10, 50)
    fitted, refitted = fit_lesson_ar(data), fit_lesson_ar(other)
    np.testing.assert_array_equal(fitted.coefficients, refitted.coefficients)
    assert fitted.intercept == refitted.intercept
    assert not np.allclose(baselines(data).ar_one_step, baselines(other).ar_one_step)
    np.testing.assert_array_equal(baselines(data).ar_rolling, baselines(other).ar_rolling)


def test_bad_ar_inputs_are_value_errors():
    with pytest.raises(ValueError, match="AR needs windows"):
        fit_ar(np.zeros((0, 3)), np.zeros(0))
    with pytest.raises(ValueError, match="AR needs windows"):
        fit_ar(np.zeros((4, 3)), np.zeros(5))
    model = fit_ar(np.eye(4)[:, :3], np.arange(4.0))
    with pytest.raises(ValueError, match="at least 3 values"):
        ar_rolling_forecast(model, [1.0, 2.0], 4)
    with pytest.raises(ValueError, match="must be ≥ 0"):
        ar_rolling_forecast(model, [1.0, 2.0, 3.0], -1)


def test_the_report_holds_the_lstm_and_both_baselines():
    settings = LessonSettings(hidden=4, epochs=1, length=200, test_size=30, window=10)
    rng = np.random.default_rng(9)
    data = lesson_data(settings, rng)
    weights = init_model(settings.hidden, rng)
    report = evaluate(weights, data)
    base = baselines(data)
    assert tuple(report.mses) == FORECAST_KEYS
    np.testing.assert_array_equal(report.ar_one_step, base.ar_one_step)
    np.testing.assert_array_equal(report.ar_rolling, base.ar_rolling)
    np.testing.assert_array_equal(report.last_value, last_value_forecast(data))
    assert report.mses["ar_one_step"] == mse(base.ar_one_step, data.test_values)
    np.testing.assert_array_equal(evaluate(weights, data, base).ar_rolling, base.ar_rolling)
