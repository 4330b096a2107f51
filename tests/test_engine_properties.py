"""Properties that hold for any parameters and any text (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lstm_lab.engine import (
    PARAM_NAMES,
    LSTMParams,
    SequenceError,
    format_sequence,
    lstm_mse,
    mse_and_grads,
    parse_sequence,
    run_lstm,
)

weights = st.floats(-20, 20, allow_nan=False)
param_vectors = arrays(np.float64, 14, elements=weights)
inputs = arrays(np.float64, st.integers(1, 12), elements=st.floats(-1e3, 1e3, allow_nan=False))
clamp_sets = st.dictionaries(st.sampled_from("fio"), st.floats(0, 1)) | st.fixed_dictionaries(
    {"g": st.floats(-1, 1)}
)


@given(param_vectors, inputs, clamp_sets)
def test_gates_are_in_0_1_and_candidate_and_hidden_state_in_minus_1_1(vector, xs, clamps):
    trace = run_lstm(LSTMParams.from_vector(vector), xs, clamps=clamps)
    for gate in (trace.f, trace.i, trace.o):
        assert np.all((gate >= 0) & (gate <= 1))
    for bounded in (trace.g, trace.h):
        assert np.all((bounded >= -1) & (bounded <= 1))
    assert np.all(np.isfinite(trace.c)) and np.all(np.isfinite(trace.y))


@settings(max_examples=50)
@given(
    arrays(np.float64, (14, 3), elements=st.floats(-5, 5, allow_nan=False)),
    inputs,
    st.integers(0, 2**32 - 1),
)
def test_batch_equals_loop_of_single_evaluations(vectors, xs, seed):
    targets = np.random.default_rng(seed).normal(size=xs.shape)
    batched = LSTMParams.from_vector(vectors)
    trace = run_lstm(batched, xs)
    mse, grads = mse_and_grads(batched, xs, targets)
    landscape = lstm_mse(batched, xs, targets)
    for b in range(3):
        single = LSTMParams.from_vector(vectors[:, b])
        one = run_lstm(single, xs)
        np.testing.assert_allclose(trace.y[:, b], one.y, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(trace.c[:, b], one.c, rtol=1e-12, atol=1e-12)
        one_mse, one_grads = mse_and_grads(single, xs, targets)
        np.testing.assert_allclose(mse[b], one_mse, rtol=1e-11, atol=1e-12)
        np.testing.assert_allclose(landscape[b], one_mse, rtol=1e-11, atol=1e-12)
        for name in PARAM_NAMES:
            np.testing.assert_allclose(
                getattr(grads, name)[b], getattr(one_grads, name), rtol=1e-9, atol=1e-9
            )


finite_values = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@given(st.lists(finite_values, min_size=1, max_size=60))
def test_parse_reads_back_exactly_what_format_writes(values):
    back = parse_sequence(format_sequence(values))
    np.testing.assert_array_equal(back, np.array(values))
    np.testing.assert_array_equal(np.signbit(back), np.signbit(np.array(values)))


separators = st.sampled_from([",", ", ", " ", ";", " ; ", "\t", "\n", " ,"])


@given(st.lists(finite_values, min_size=1, max_size=30), separators)
def test_any_separator_is_read(values, separator):
    text = separator.join(repr(value) for value in values)
    np.testing.assert_array_equal(parse_sequence(text), values)


def check_parse_outcome(text: str) -> None:
    try:
        values = parse_sequence(text)
    except SequenceError as error:
        assert str(error)
        assert error.position is None or 1 <= error.position
        return
    assert values.dtype == np.float64 and values.ndim == 1 and len(values) >= 1
    assert np.all(np.isfinite(values)) and np.all(np.abs(values) <= 1e6)


@given(st.text())
def test_any_text_gives_finite_floats_or_a_sequence_error(text):
    check_parse_outcome(text)


@given(st.text(alphabet="0123456789.,;eE+- \t\n\u2212nafiINF[]x", max_size=40))
def test_number_like_text_gives_finite_floats_or_a_sequence_error(text):
    check_parse_outcome(text)
