"""The poetry lessons as scripts: `--probs` and `--json` equal to the app's, in NumPy (float64,
to 1e-9) and PyTorch (float32, to 1e-5); `--train` writes a model file the app opens."""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.export_code import export_lesson, write_export
from lstm_lab.engine.charmodel import (
    CharModel,
    ModelError,
    Sampler,
    build_vocabulary,
    encode_records,
    load_model,
    mean_loss,
    model_bytes,
)
from lstm_lab.engine.charmodel.model import layer_keys
from lstm_lab.lessons.poetry.cli import generate_json
from lstm_lab.lessons.poetry.cli import run as generate_run
from lstm_lab.lessons.poetry.measures import split_of
from lstm_lab.lessons.poetry.session import odds
from lstm_lab.lessons.poetry.textdata import (
    CORPORA,
    FOLDER,
    MODELS,
    corpus_records,
    read_model_file,
    shipped_model,
)
from lstm_lab.resources import resource_bytes

LESSONS = ("poetry-tang", "poetry-shakespeare")
#: A prompt for each lesson with a character its model does not know (read as □).
ODD_PROMPTS = {"poetry-tang": "月Q", "poetry-shakespeare": "KING 春:"}


def compare_json(a, b) -> float:
    """The largest difference between the numbers of two JSON values of the same shape;
    infinity when their shapes, keys, texts or truth values differ."""
    if isinstance(a, bool) or isinstance(b, bool) or isinstance(a, str) or a is None:
        return 0.0 if a == b and type(a) is type(b) else math.inf
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b))
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return math.inf
        return max((compare_json(a[k], b[k]) for k in a), default=0.0)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return math.inf
        return max((compare_json(x, y) for x, y in zip(a, b, strict=True)), default=0.0)
    return math.inf


def test_compare_json_sees_every_difference():
    assert compare_json({"a": [1.0, "x"]}, {"a": [1.5, "x"]}) == 0.5
    assert compare_json({"a": 1}, {"b": 1}) == math.inf
    assert compare_json([True], [1]) == math.inf
    assert compare_json(["x"], ["y"]) == math.inf


def export(tmp_path, lesson, framework):
    path = tmp_path / f"{lesson.name}-{framework}.py"
    write_export(export_lesson(lesson, framework), path)
    return path


def run_script(path, *args, timeout=300):
    done = subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=path.parent,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def app_model(lesson, dtype):
    file, _ = MODELS[lesson.options["model"]]
    return load_model(resource_bytes(FOLDER + file), dtype=dtype)


def app_probs(model, prompt, temperature, dtype):
    """The odds the app gives after ``prompt``, as `--probs` prints them."""
    sampler = Sampler(model, dtype=dtype)
    from lstm_lab.engine.charmodel import start_tokens

    logits, _, _ = sampler.feed(start_tokens(model.vocabulary, prompt))
    unknown = model.vocabulary.unknown_in(prompt)
    return {"prompt": prompt, "temperature": temperature, "unknown": unknown} | odds(
        sampler, logits, temperature
    )


def app_json(lesson, dtype=np.float32):
    """What `lstm-lab generate --json` prints for the lesson (float32: the command itself)."""
    o = lesson.options
    if dtype == np.float32:
        argv = ["--model", o["model"], "--prompt", o["prompt"], "--seed", str(o["seed"])]
        argv += ["--temperature", repr(o["temperature"]), "--length", str(o["length"]), "--json"]
        return json.loads(generate_run(argv))
    model = app_model(lesson, dtype)
    found = generate_json(
        model, o["model"], o["prompt"], o["temperature"], o["seed"], o["length"], dtype
    )
    return json.loads(json.dumps(found))


@pytest.mark.parametrize("name", LESSONS)
def test_numpy_script_gives_the_apps_probabilities_and_text(tmp_path, name):
    lesson = lesson_by_name(name)
    path = export(tmp_path, lesson, "numpy")
    temperature = lesson.options["temperature"]
    for prompt in (lesson.options["prompt"], ODD_PROMPTS[name], ""):
        found = json.loads(run_script(path, "--probs", prompt))
        expected = app_probs(app_model(lesson, np.float64), prompt, temperature, np.float64)
        assert compare_json(found, expected) <= 1e-9
    assert found["unknown"] == [] and json.loads(run_script(path, "--probs", ODD_PROMPTS[name]))[
        "unknown"
    ] == [ch for ch in ODD_PROMPTS[name] if ch in "Q春"]
    found = json.loads(run_script(path, "--json"))
    assert compare_json(found, app_json(lesson, np.float64)) <= 1e-9
    # The text is the one `lstm-lab generate` writes (which computes in float32).
    app = app_json(lesson)
    assert found["text"] == app["text"] and found["continuation"] == app["continuation"]
    assert compare_json(found, app) <= 1e-5
    assert lesson.options["prompt"] in run_script(path)


@pytest.mark.parametrize("name", LESSONS)
def test_pytorch_script_gives_the_apps_probabilities_and_text(tmp_path, name):
    pytest.importorskip("torch")
    lesson = lesson_by_name(name)
    path = export(tmp_path, lesson, "pytorch")
    prompt = ODD_PROMPTS[name]
    found = json.loads(run_script(path, "--probs", prompt))
    model = app_model(lesson, np.float32)
    expected = app_probs(model, prompt, lesson.options["temperature"], np.float32)
    assert found["unknown"] == expected["unknown"] != []
    assert compare_json(found, expected) <= 1e-5
    found = json.loads(run_script(path, "--json"))
    assert compare_json(found, app_json(lesson)) <= 1e-5


def test_options_changed_on_screen_are_the_ones_exported(qtbot, open_window, tmp_path):
    window = open_window("poetry-shakespeare")
    window.prompt_row.prompt_edit.setText("JULIET:")
    window.controls_panel.temperature_slider.setValue(130)
    window.controls_panel.seed_spin.setValue(11)
    window.controls_panel.length_spin.setValue(40)
    lesson = window.current_lesson()
    script = export_lesson(lesson, "numpy").script
    assert "PROMPT = 'JULIET:'" in script and "TEMPERATURE = 1.3" in script
    assert "SEED = 11" in script and "LENGTH = 40" in script
    found = json.loads(run_script(export(tmp_path, lesson, "numpy"), "--json"))
    assert (found["prompt"], found["temperature"], found["seed"]) == ("JULIET:", 1.3, 11)
    assert compare_json(found, app_json(lesson, np.float64)) <= 1e-9


def test_a_hostile_title_and_prompt_stay_text(tmp_path):
    hostile = "x\"\"\"\n'''\\ import os; os._exit(3) # \x00\u2028"
    lesson = lesson_by_name("poetry-tang")
    lesson = replace(lesson, title=hostile, options={**lesson.options, "prompt": '春"""\\'})
    for framework in ("numpy", "pytorch"):
        compile(export_lesson(lesson, framework).script, "script.py", "exec")
    path = export(tmp_path, lesson, "numpy")
    out = run_script(path)
    assert out.splitlines()[0] == f"Lesson: {hostile!r}"
    found = json.loads(run_script(path, "--json"))
    assert found["prompt"] == '春"""\\' and found["unknown"] == ['"', "\\"]


def test_the_shipped_vocabulary_is_the_texts(tmp_path):
    """--train keeps the shipped model's vocabulary: the one tools/train_charmodel.py builds."""
    for name, (_, corpus) in MODELS.items():
        built = build_vocabulary(corpus_records(corpus), CORPORA[corpus].vocabulary)
        assert built.chars == shipped_model(name).vocabulary.chars


def test_train_writes_a_model_the_app_opens(tmp_path, capsys):
    pytest.importorskip("torch")
    lesson = lesson_by_name("poetry-tang")
    path = export(tmp_path, lesson, "pytorch")
    out_file = tmp_path / "bigger.npz"
    args = ["--train", "--units", "24", "--layers", "2", "--embedding", "8", "--records", "400"]
    out = run_script(path, *args, "--max-steps", "3", "--threads", "1", "--out", str(out_file))
    assert "trained 3 steps" in out
    model = read_model_file(out_file)  # the app's checks, all of them
    assert (model.hidden, model.layers, model.embed) == (24, 2, 8)
    assert model.start_h.shape == (48,) and "weight_hh_l1" in model.params
    info = model.info
    assert info["corpus"] == "tang5" and info["training_steps"] == 3
    # The held-out loss in its info is the app's, on heldout.py's records.
    split = split_of("tang5")
    assert info["held_out_records"] == len(split.held_out) == 305
    encoded = encode_records(model.vocabulary, split.held_out)
    assert info["held_out_loss"] == pytest.approx(mean_loss(model, encoded, len(encoded)), abs=1e-5)
    # `lstm-lab generate --model FILE` writes with it and says its size and held-out loss.
    from lstm_lab.__main__ import main

    assert main(["generate", "--model", str(out_file), "--prompt", "春", "--length", "8"]) == 0
    words = capsys.readouterr()
    assert words.out.startswith("春")
    assert f"LSTM of 24 units, 2 layers, {model.parameter_count():,} weights" in words.err
    assert f"held-out loss on 305 records it never read: {info['held_out_loss']:.2f}" in words.err
    # Both scripts read the file it wrote, as the app does.
    found = json.loads(run_script(path, "--model", str(out_file), "--probs", "春Q"))
    expected = app_probs(model, "春Q", lesson.options["temperature"], np.float32)
    assert compare_json(found, expected) <= 1e-5
    found = json.loads(
        run_script(export(tmp_path, lesson, "numpy"), "--model", str(out_file), "--probs", "春Q")
    )
    model64 = load_model(out_file, dtype=np.float64)
    expected = app_probs(model64, "春Q", lesson.options["temperature"], np.float64)
    assert compare_json(found, expected) <= 1e-9
    # A damaged copy is refused with one message naming the file.
    data = out_file.read_bytes()
    broken = tmp_path / "broken.npz"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match=r"^broken\.npz: "):
        read_model_file(broken)
    assert main(["generate", "--model", str(broken)]) == 2
    assert "broken.npz" in capsys.readouterr().err
    # More layers than the app opens: the script says so before it trains.
    done = subprocess.run(
        [sys.executable, str(path), "--train", "--layers", "9"], capture_output=True, text=True
    )
    assert done.returncode != 0 and "1 to 8 layers" in done.stderr


def stacked(model, layers, seed=0):
    """``model`` with ``layers`` − 1 random layers added above its own."""
    rng = np.random.default_rng(seed)
    H = model.hidden
    params = dict(model.params)
    for key in layer_keys(layers):
        shape = (4 * H, H) if key.startswith("weight") else (4 * H,)
        params[key] = rng.uniform(-0.3, 0.3, shape).astype(np.float32)
    start = rng.normal(size=(2, layers * H)).astype(np.float32)
    return CharModel(model.vocabulary, params, dict(model.info), start[0], start[1])


def reference_step(model, token, h, c):
    """One step of a stacked model written out in float64, as the equations say."""
    H, p = model.hidden, {k: v.astype(np.float64) for k, v in model.params.items()}
    x, h_new, c_new = p["embedding"][token], h.copy(), c.copy()
    for k in range(model.layers):
        name = "" if k == 0 else f"_l{k}"
        z = p["weight_ih" + name] @ x + p["weight_hh" + name] @ h[k * H : (k + 1) * H]
        z += p["bias_ih" + name] + p["bias_hh" + name]
        i, f = 1 / (1 + np.exp(-z[:H])), 1 / (1 + np.exp(-z[H : 2 * H]))
        g, o = np.tanh(z[2 * H : 3 * H]), 1 / (1 + np.exp(-z[3 * H :]))
        c_new[k * H : (k + 1) * H] = f * c[k * H : (k + 1) * H] + i * g
        h_new[k * H : (k + 1) * H] = x = o * np.tanh(c_new[k * H : (k + 1) * H])
    return p["weight_out"] @ x + p["bias_out"], h_new, c_new


@pytest.mark.parametrize("fold", [True, False])
def test_a_stacked_model_reads_as_its_equations_say(fold):
    model = stacked(shipped_model("shakespeare"), 3).astype(np.float64)
    model.start_h, model.start_c = np.zeros(3 * 128), np.zeros(3 * 128)
    sampler = Sampler(model, dtype=np.float64, fold=fold)
    h, c = sampler.zeros()
    ref_h, ref_c = h.copy(), c.copy()
    for token in model.vocabulary.encode("ROMEO: a"):
        logits, h, c = sampler.step(int(token), h, c)
        ref, ref_h, ref_c = reference_step(model, int(token), ref_h, ref_c)
        assert np.abs(logits - ref).max() < 1e-12 and np.abs(h - ref_h).max() < 1e-12


def test_a_stacked_model_file_is_read_back_and_checked(tmp_path, monkeypatch):
    from lstm_lab.engine.charmodel import files

    model = stacked(shipped_model("shakespeare"), 3)
    data = model_bytes(model)
    back = load_model(data)
    assert back.layers == 3 and back.start_h.shape == (3 * 128,)
    for key, value in model.params.items():
        assert np.array_equal(back.params[key], value.astype(np.float16).astype(np.float32))

    def damaged(change):
        with np.load(io.BytesIO(data)) as archive:
            arrays = {key: archive[key] for key in archive.files}
        change(arrays)
        stream = io.BytesIO()
        np.savez_compressed(stream, **arrays)
        return stream.getvalue()

    problems = {
        "its layer 3 is incomplete (no bias_hh_l2)": lambda a: a.pop("bias_hh_l2"),
        "its weight_ih_l1 has shape (512, 64), expected (512, 128)": lambda a: a.update(
            weight_ih_l1=a["weight_ih_l1"][:, :64]
        ),
        "its start_h has shape (128,), expected (384,)": lambda a: a.update(
            start_h=a["start_h"][:128]
        ),
        "it is not an LSTM Lab text model (it holds 'weight_ih_l9.npy')": lambda a: a.update(
            weight_ih_l9=a["weight_ih_l1"]
        ),
    }
    for words, change in problems.items():
        with pytest.raises(ModelError) as error:
            load_model(damaged(change))
        assert str(error.value) == words
    monkeypatch.setattr(files, "MAX_WEIGHTS", model.parameter_count() - 1)
    with pytest.raises(ModelError, match="it has 3 layers of 128 units and"):
        load_model(data)


def test_the_window_shows_an_opened_models_size_and_loss(qtbot, open_window, tmp_path):
    model = shipped_model("shakespeare")
    path = tmp_path / "speeches.npz"
    path.write_bytes(model_bytes(model))
    window = open_window("poetry-tang")
    assert window.load_model_dialog(str(path))
    text = window.controls_panel.model_info.text()
    assert "LSTM of 128 units" in text
    size = f"{path.stat().st_size / 1e3:.0f} kB"
    assert f"1 layer, {model.parameter_count():,} weights, file {size}." in text
    assert "Held-out loss on 143 speeches it never read: 1.43 nats per symbol" in text
    # A model of two layers opens, writes and says so.
    deeper = stacked(model, 2)
    path = tmp_path / "deeper.npz"
    path.write_bytes(model_bytes(deeper))
    assert window.load_model_dialog(str(path))
    assert (
        f"2 layers, {deeper.parameter_count():,} weights" in window.controls_panel.model_info.text()
    )
    qtbot.mouseClick(window.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    assert window.state.session.steps and window.state.session.states().shape[1] == 256
    # A damaged one gets one message naming it, and the model in use stays.
    broken = tmp_path / "broken.npz"
    broken.write_bytes(path.read_bytes()[:-100])
    assert not window.load_model_dialog(str(broken))
    box = window.findChild(QMessageBox, "poetryMessage")
    assert box is not None and box.text().startswith("broken.npz: ")
    assert window.state.char_model.layers == 2
