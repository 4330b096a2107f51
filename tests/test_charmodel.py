"""The character model: central differences, torch, temperature, markers, files, training."""

from __future__ import annotations

import io

import numpy as np
import pytest

from lstm_lab.engine.charmodel import (
    END,
    PARAM_KEYS,
    START,
    UNKNOWN,
    CharModel,
    ModelError,
    Sampler,
    TrainSettings,
    Vocabulary,
    build_vocabulary,
    encode_records,
    generate,
    init_model,
    load_model,
    loss_and_grads,
    probabilities,
    save_model,
    split_records,
    start_tokens,
    train,
)
from lstm_lab.engine.layer import dense, lstm_layer


def small_model(seed: int = 0, hidden: int = 3, embed: int = 4, chars: str = "abcde") -> CharModel:
    rng = np.random.default_rng(seed)
    model = init_model(Vocabulary(tuple(chars)), hidden, embed, rng, np.float64)
    # Random weights and random non-zero biases of every kind, larger than the defaults.
    model.params = {key: value * 2.0 for key, value in model.params.items()}
    return model


def batch(model: CharModel, steps: int, rows: int, seed: int):
    rng = np.random.default_rng(seed)
    size = len(model.vocabulary)
    inputs = rng.integers(0, size, (steps, rows))
    targets = rng.integers(0, size, (steps, rows))
    h0 = rng.normal(size=(rows, model.hidden)) * 0.5
    c0 = rng.normal(size=(rows, model.hidden)) * 0.5
    return inputs, targets, h0, c0


@pytest.mark.parametrize("sizes", [(2, 3, 4, 2), (3, 4, 3, 5)])
def test_gradients_match_central_differences(sizes):
    hidden, embed, steps, rows = sizes
    model = small_model(sum(sizes), hidden, embed)
    inputs, targets, h0, c0 = batch(model, steps, rows, seed=1)
    result = loss_and_grads(model, inputs, targets, h0, c0)
    step = 1e-6
    for key in PARAM_KEYS:
        array = model.params[key]
        numeric = np.empty_like(array)
        for index in np.ndindex(array.shape):
            saved = array[index]
            array[index] = saved + step
            plus = loss_and_grads(model, inputs, targets, h0, c0).loss
            array[index] = saved - step
            minus = loss_and_grads(model, inputs, targets, h0, c0).loss
            array[index] = saved
            numeric[index] = (plus - minus) / (2 * step)
        np.testing.assert_allclose(result.grads[key], numeric, rtol=1e-6, atol=1e-9, err_msg=key)


def test_loss_gradients_and_states_equal_torch():
    torch = pytest.importorskip("torch")
    model = small_model(7, hidden=4, embed=3, chars="abcdefg")
    inputs, targets, h0, c0 = batch(model, 6, 3, seed=2)
    result = loss_and_grads(model, inputs, targets, h0, c0)
    size = len(model.vocabulary)
    embedding = torch.nn.Embedding(size, 3).double()
    lstm = torch.nn.LSTM(3, 4).double()
    head = torch.nn.Linear(4, size).double()
    p = model.params
    with torch.no_grad():
        embedding.weight.copy_(torch.from_numpy(p["embedding"]))
        for key in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(lstm, f"{key}_l0").copy_(torch.from_numpy(p[key]))
        head.weight.copy_(torch.from_numpy(p["weight_out"]))
        head.bias.copy_(torch.from_numpy(p["bias_out"]))
    states = (torch.from_numpy(h0)[None], torch.from_numpy(c0)[None])
    out, (h_n, c_n) = lstm(embedding(torch.from_numpy(inputs)), states)
    logits = head(out).reshape(-1, size)
    loss = torch.nn.functional.cross_entropy(logits, torch.from_numpy(targets).reshape(-1))
    loss.backward()
    assert abs(loss.item() - result.loss) < 1e-9
    theirs = {
        "embedding": embedding.weight.grad,
        "weight_out": head.weight.grad,
        "bias_out": head.bias.grad,
        **{key: getattr(lstm, f"{key}_l0").grad for key in ("weight_ih", "weight_hh")},
        **{key: getattr(lstm, f"{key}_l0").grad for key in ("bias_ih", "bias_hh")},
    }
    for key in PARAM_KEYS:
        np.testing.assert_allclose(result.grads[key], theirs[key].numpy(), rtol=0, atol=1e-9)
    np.testing.assert_allclose(result.h_last, h_n[0].detach().numpy(), atol=1e-12)
    np.testing.assert_allclose(result.c_last, c_n[0].detach().numpy(), atol=1e-12)


def test_sampler_step_equals_the_layer_and_head():
    model = small_model(3, hidden=5, embed=4)
    sampler = Sampler(model, dtype=np.float64)
    tokens = [START, 4, 5, 3, 7]
    xs = model.params["embedding"][tokens][:, None, :]
    trace = lstm_layer(model.params, xs)
    expected = dense(model.params, trace.h[:, 0])
    h, c = sampler.zeros()
    for t, token in enumerate(tokens):
        logits, h, c = sampler.step(token, h, c)
        np.testing.assert_allclose(logits, expected[t], atol=1e-12)
        np.testing.assert_allclose(c, trace.c[t, 0], atol=1e-12)
    gates = sampler.gates(7, trace.h[-2, 0])
    np.testing.assert_allclose(gates[1], trace.f[-1, 0], atol=1e-12)


def test_temperature_one_is_the_softmax_and_small_temperature_the_argmax():
    logits = np.array([1.0, 3.0, -2.0, 2.5])
    soft = np.exp(logits) / np.exp(logits).sum()
    np.testing.assert_allclose(probabilities(logits, 1.0), soft, atol=1e-15)
    half = np.exp(logits / 0.5) / np.exp(logits / 0.5).sum()
    np.testing.assert_allclose(probabilities(logits, 0.5), half, atol=1e-15)
    assert probabilities(logits, 0.0).tolist() == [0.0, 1.0, 0.0, 0.0]
    assert probabilities(logits, 1e-2)[1] > 1 - 1e-12
    flat = probabilities(logits, 100.0)
    assert flat.max() - flat.min() < 0.05


def test_choose_greedy_picks_the_argmax_and_never_unknown_or_start():
    model = small_model(4)
    sampler = Sampler(model)
    logits = np.zeros(len(model.vocabulary), np.float32)
    logits[UNKNOWN] = logits[START] = 50.0
    logits[5] = 2.0
    rng = np.random.default_rng(0)
    assert sampler.choose(logits, 0.0, rng) == 5
    assert sampler.choose(logits, 1e-4, rng) == 5
    picks = {sampler.choose(logits, 1.0, rng) for _ in range(300)}
    assert UNKNOWN not in picks and START not in picks and 5 in picks


def test_a_fixed_seed_reproduces_a_sample_and_another_seed_differs():
    model = small_model(5, chars="abcdefghij")
    first = generate(model, "ab", 1.0, 60, seed=11, stop_at_end=False)
    assert first == generate(model, "ab", 1.0, 60, seed=11, stop_at_end=False)
    assert first != generate(model, "ab", 1.0, 60, seed=12, stop_at_end=False)
    greedy = generate(model, "ab", 0.0, 30, seed=1, stop_at_end=False)
    assert greedy == generate(model, "ab", 0.0, 30, seed=2, stop_at_end=False)


def test_the_end_marker_stops_a_poem():
    model = small_model(6)
    model.params["bias_out"][END] = 60.0  # the model is sure the poem ends here
    assert generate(model, "abc", 0.8, 100, seed=0) == ""
    model.params["bias_out"][END] = -60.0
    assert len(generate(model, "abc", 0.8, 100, seed=0)) == 100


def test_unknown_characters_map_to_one_symbol():
    vocabulary = Vocabulary(tuple("春風"))
    assert vocabulary.encode("春X風Y").tolist() == [3, UNKNOWN, 4, UNKNOWN]
    assert vocabulary.decode([3, UNKNOWN, 4, END]) == "春□風"
    assert vocabulary.unknown_in("春XY風X") == ["X", "Y"]
    assert start_tokens(vocabulary, "風").tolist() == [START, 4]
    built = build_vocabulary(["aab", "bbc"], max_chars=2)
    assert built.chars == ("a", "b")  # c is rare: unknown


def test_records_are_wrapped_in_markers_and_split_at_blank_lines():
    assert split_records("ab\n\ncd\n\n\n\nef\n") == ["ab", "cd", "ef"]
    vocabulary = Vocabulary(tuple("abc"))
    assert encode_records(vocabulary, ["ab"])[0].tolist() == [START, 3, 4, END]
    lines = "\n".join(["a line of text"] * 400)
    assert len(split_records(lines)) == 400


def test_a_model_round_trips_through_its_file_in_float16():
    model = small_model(8, chars="春夏秋冬")
    model.info = {"corpus": "test"}
    stream = io.BytesIO()
    save_model(model, stream)
    loaded = load_model(stream.getvalue())
    assert loaded.vocabulary == model.vocabulary
    assert loaded.info["corpus"] == "test"
    for key in PARAM_KEYS:
        np.testing.assert_allclose(loaded.params[key], model.params[key], rtol=1e-3, atol=1e-3)


@pytest.mark.parametrize("content", [b"", b"not a model", b"PK\x03\x04broken"])
def test_a_bad_model_file_is_a_plain_error(content, tmp_path):
    with pytest.raises(ModelError):
        load_model(content)
    with pytest.raises(ModelError, match="cannot be read"):
        load_model(tmp_path / "missing.npz")


def test_training_learns_a_tiny_text():
    text = ["abcabcabcabc", "cbacbacba"] * 20
    vocabulary = build_vocabulary(text)
    model = init_model(vocabulary, 16, 8, np.random.default_rng(0))
    steps = train(model, encode_records(vocabulary, text), TrainSettings(4, 16, 0.02, 5.0, 0))
    reports = (report for report in steps if report is not None)
    losses = [next(reports).loss for _ in range(150)]
    assert np.mean(losses[:5]) > 1.5 and np.mean(losses[-10:]) < 0.6
    assert generate(model, "abcab", 0.0, 4, stop_at_end=False) == "cabc"


def test_a_text_too_short_is_refused():
    vocabulary = Vocabulary(tuple("ab"))
    with pytest.raises(ModelError, match="too short"):
        next(train(init_model(vocabulary, 4, 4, np.random.default_rng(0)), [np.arange(5)]))


def test_an_unfolded_sampler_writes_what_the_folded_one_writes():
    model = small_model(9, hidden=4, embed=3, chars="abcdefgh")
    folded = generate(Sampler(model, np.float64), "abc", 0.9, 40, seed=3, stop_at_end=False)
    plain = Sampler(model, np.float64, fold=False)
    assert generate(plain, "abc", 0.9, 40, seed=3, stop_at_end=False) == folded
    np.testing.assert_allclose(
        plain.gates(4, np.ones(4) * 0.1), Sampler(model).gates(4, np.ones(4) * 0.1), atol=1e-6
    )
