"""Every observable sentence of the lesson "Remember for 100 steps", measured at its own
settings: each test names the fragment of the lesson text it checks."""

from __future__ import annotations

import numpy as np
import pytest
from translated_text import lesson_differences

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.engine.longlag import (
    LESSON,
    TEST_SIZE,
    held_out_set,
    lesson_settings,
    pretrained,
    run_to_end,
    start_weights,
    train,
)
from lstm_lab.lessons.memory.model import LEAKY_FORGET, MemoryModel, carousel


@pytest.fixture(scope="module")
def lesson():
    return lesson_by_name("memory-france")


def says(lesson, fragment: str) -> None:
    assert fragment in lesson.text, fragment


def test_part_one_keeps_the_value_exactly_for_500_steps(lesson):
    says(lesson, "With f = 1 the cell state C(t) keeps the value exactly for all 500 steps")
    says(lesson, "h(t) is 0 until the query")
    o = lesson.options
    kept = carousel(o["value"], o["hold"])
    assert o["hold"] == 500 and np.all(kept.c == o["value"]) and np.all(kept.h[:-1] == 0)


def test_part_one_gradient(lesson):
    says(lesson, "with f = 1 it is exactly 1 however far back it reaches")
    says(lesson, "with f = 0.9 it is 0.9^500 ≈ 1.3 × 10⁻²³ at step 1")
    o = lesson.options
    assert np.all(carousel(o["value"], o["hold"]).grad == 1.0)
    leaky = carousel(o["value"], o["hold"], LEAKY_FORGET)
    assert f"{leaky.grad[0]:.1e}" == "1.3e-23"


def test_the_task_and_chance(lesson):
    says(lesson, "A sentence is a country, 100 filler words, then *speak*")
    says(lesson, "with four countries chance is 25 %")
    assert lesson.options["delay"] == LESSON["delay"] == 100
    assert LESSON["countries"] == 4


def test_the_settings_named(lesson):
    says(lesson, "A layer of 16 RNN, LSTM or GRU units")
    says(lesson, "Adam, learning rate 0.003, 3000 updates of 32 sentences, seed 0")
    for cell in ("rnn", "lstm", "gru"):
        settings, _, _ = pretrained(cell)
        assert settings == lesson_settings(cell, 0)
        assert (settings.units, settings.lr, settings.updates, settings.batch_size) == (
            16, 0.003, 3000, 32,
        )  # fmt: skip


def test_the_shipped_accuracies(lesson):
    says(lesson, "On 512 held-out sentences the RNN answers 23.4 % right: chance")
    says(
        lesson, "The LSTM answers 100 % (from update 500 on) and the GRU 100 % (from update 250 on)"
    )
    model = MemoryModel()
    tokens, answers = held_out_set(model.task, 0, TEST_SIZE)
    assert TEST_SIZE == 512
    from lstm_lab.engine.longlag import accuracy

    measured = {
        cell: accuracy(cell, result.weights, model.task, tokens, answers)
        for cell, result in model.results.items()
    }
    assert f"{100 * measured['rnn']:.1f}" == "23.4"
    assert measured["lstm"] == 1.0 and measured["gru"] == 1.0
    assert model.results["lstm"].learnt_at == 500 and model.results["gru"].learnt_at == 250
    # "from update N on": every later evaluation is still perfect
    for cell, start in (("lstm", 500), ("gru", 250)):
        assert all(a == 1.0 for u, a in model.results[cell].accuracies if u >= start)


def test_the_framed_unit_names_the_country_after_the_last_filler(lesson):
    says(lesson, "the framed unit is the one that tells the countries apart best after the last")
    says(lesson, "there its C alone names the country of all 256 held-out sentences")
    from lstm_lab.lessons.memory.model import UNIT_SENTENCES, cell_states

    model = MemoryModel()
    carrier = model.carrier()
    assert UNIT_SENTENCES == 256
    tokens, answers = held_out_set(model.task, 0, UNIT_SENTENCES)
    c = cell_states(model.results["lstm"].weights, model.task, tokens)[model.task.delay]
    # The nearest of the four country means of this unit's C is right for every sentence.
    means = np.array([c[answers == k, carrier.unit].mean() for k in range(4)])
    guess = np.argmin(np.abs(c[:, carrier.unit, None] - means[None, :]), axis=1)
    assert np.all(guess == answers)
    assert carrier.means == tuple(float(m) for m in means)


def test_chrono_start(lesson):
    says(lesson, "forget-gate biases log u, u drawn from 1 … 101")
    settings = lesson_settings("lstm", 0)
    weights = start_weights(settings)
    units = settings.units
    bias = weights["bias_ih"][units : 2 * units] + weights["bias_hh"][units : 2 * units]
    assert np.all(bias >= 0) and np.all(bias <= np.log(101) + 1e-6)


def test_the_standard_start_learns_neither_cell(lesson):
    says(lesson, "neither learns within these 3000 updates at N = 100")
    says(lesson, "both stay at chance (25.8 % each, seed 0)")
    for cell in ("lstm", "gru"):
        result = run_to_end(train(lesson_settings(cell, 0, gate_init="standard")))
        assert not result.learnt
        assert f"{100 * result.test_accuracy:.1f}" == "25.8", cell


def test_a_forget_gate_near_sigma_of_one(lesson):
    says(lesson, "A forget gate that starts near σ(1) = 0.73 lets 0.73^100 ≈ 2.5 × 10⁻¹⁴")
    from lstm_lab.engine.layer import lstm_layer

    settings = lesson_settings("lstm", 0, gate_init="standard")
    weights = start_weights(settings)
    tokens, _ = held_out_set(settings.task, 0, 64)
    trace = lstm_layer(weights, settings.task.one_hot(tokens))
    assert abs(float(np.mean(trace.f)) - 0.73) < 0.05
    assert f"{(1 / (1 + np.exp(-1))) ** 100:.1e}" == "2.5e-14"


def test_read_more(lesson):
    for fragment in (
        "Hochreiter & Schmidhuber (1997)",
        "Bengio, Simard & Frasconi (1994)",
        "Tallec & Ollivier (2018)",
    ):
        says(lesson, fragment)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_chinese_text_states_the_same_numbers(language):
    """The translated texts state exactly the numbers checked above, each as often, with the
    same names and sources (`translated_text`)."""
    assert lesson_differences(lesson_by_name("memory-france"), language) == []
