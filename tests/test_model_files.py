"""A character model's file may come from anyone: every damaged or hostile file is one plain
ModelError, refused from its headers before anything large is decompressed or allocated, and
the shipped models load exactly as they did."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest
from model_damage import (
    huge_header_model,
    member_bytes,
    model_arrays,
    model_bytes,
    mutations,
    npz_bytes,
    small_model,
    text_member,
)

import lstm_lab
from lstm_lab.engine.charmodel import (
    FILE_FORMAT,
    FILE_VERSION,
    MAX_WEIGHTS,
    PARAM_KEYS,
    START,
    CharModel,
    ModelError,
    Sampler,
    Vocabulary,
    build_vocabulary,
    char_problem,
    init_model,
    load_model,
    probabilities,
    start_tokens,
)
from lstm_lab.lessons.poetry.textdata import MAX_MODEL_BYTES, read_model_file
from lstm_lab.resources import resource_bytes

ROOT = Path(lstm_lab.__file__).resolve().parent.parent
#: What unpickling a member did (it must never happen).
UNPICKLED: list[str] = []


def _unpickled(word: str) -> None:
    UNPICKLED.append(word)


class Trap:
    """Records being unpickled: a model file's pickle must never be run."""

    def __reduce__(self):
        return (_unpickled, ("unpickled",))


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.npz"
    path.write_bytes(huge_header_model(8192))
    return path


def refused(data: bytes) -> str:
    """The message of the ModelError that loading ``data`` raises: one line."""
    with pytest.raises(ModelError) as failure:
        load_model(data)
    message = str(failure.value)
    assert message and "\n" not in message and len(message) < 400
    return message


def with_member(key: str, value: np.ndarray | bytes) -> bytes:
    return npz_bytes(dict(model_arrays(), **{key: value}))


def with_info(**changes) -> bytes:
    info = {"format": FILE_FORMAT, "version": FILE_VERSION, "name": "small"}
    info.update(changes)
    return with_member("info", text_member(info))


# ----------------------------------------------------------------------------- a good file
def test_a_small_model_written_member_by_member_loads_as_save_model_writes_it():
    model = small_model()
    assert load_model(npz_bytes(model_arrays(model))).vocabulary == model.vocabulary
    loaded = load_model(model_bytes(model))
    assert loaded.vocabulary == model.vocabulary and loaded.info["name"] == "small"
    assert loaded.hidden == 8 and loaded.start_h is not None and loaded.start_h.shape == (8,)
    for key in PARAM_KEYS:
        assert loaded.params[key].dtype == np.float32
        np.testing.assert_array_equal(loaded.params[key], model.params[key].astype(np.float16))


@pytest.mark.parametrize("name", ["tang5.npz", "shakespeare.npz"])
def test_the_shipped_models_load_and_give_the_same_probabilities_as_np_load(name):
    raw = resource_bytes("poetry/" + name)
    model = load_model(raw)
    # What the loader did before it checked headers: np.load and convert every member.
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        reference = CharModel(
            Vocabulary(tuple(json.loads(bytes(data["vocabulary"]).decode("utf-8")))),
            {key: np.asarray(data[key], np.float32) for key in PARAM_KEYS},
            json.loads(bytes(data["info"]).decode("utf-8")),
            np.asarray(data["start_h"], np.float32),
            np.asarray(data["start_c"], np.float32),
        )
    assert model.vocabulary == reference.vocabulary and model.info == reference.info
    np.testing.assert_array_equal(model.start_h, reference.start_h)
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(model.params[key], reference.params[key])
    prompt = "春眠" if name.startswith("tang") else "ROMEO:\n"

    def next_char(loaded: CharModel) -> np.ndarray:
        return probabilities(Sampler(loaded).feed(start_tokens(loaded.vocabulary, prompt))[0], 0.8)

    chances = next_char(model)
    np.testing.assert_array_equal(chances, next_char(reference))
    assert chances.sum() == pytest.approx(1.0) and chances.max() > 0.05


def test_the_shipped_vocabularies_keep_the_line_end_and_nothing_else_unprintable():
    shakespeare = load_model(resource_bytes("poetry/shakespeare.npz")).vocabulary.chars
    tang = load_model(resource_bytes("poetry/tang5.npz")).vocabulary.chars
    assert "\n" in shakespeare
    assert [ch for ch in shakespeare + tang if not ch.isprintable()] == ["\n"]


def test_a_model_trained_on_any_text_opens_again():
    """Characters a model file may not hold are left out of a new vocabulary (they read as
    the unknown symbol), so whatever a student trains on can be saved and opened."""
    text = ["ab\tc\x1bd\u202ee\ufffff\u2028g\n" * 3, "abc"]
    vocabulary = build_vocabulary(text)
    assert vocabulary.chars == tuple("\nabcdefg")
    model = init_model(vocabulary, 4, 4, np.random.default_rng(0))
    assert load_model(model_bytes(model)).vocabulary == vocabulary


@pytest.mark.parametrize(
    "ch, words",
    [
        ("\x1b", "control character (U+001B)"),
        ("\x9b", "control character (U+009B)"),
        ("\t", "control character (U+0009)"),
        ("\ud800", "lone surrogate (U+D800)"),
        ("\u202e", "text direction control (U+202E)"),
        ("\u2067", "text direction control (U+2067)"),
        ("\u2029", "line or paragraph separator (U+2029)"),
        ("\ufdd0", "non-character (U+FDD0)"),
        ("\U0010ffff", "non-character (U+10FFFF)"),
    ],
)
def test_a_vocabulary_character_that_could_drive_a_terminal_is_refused(ch, words):
    assert char_problem(ch) == f"a {words}"
    message = refused(with_member("vocabulary", text_member(["a", ch], ensure_ascii=True)))
    assert message == f"its vocabulary holds a {words}"


@pytest.mark.parametrize("ch", ["\n", " ", "。", "é", "\u3000", "\u200d", "\ue000", "😀"])
def test_line_ends_spaces_and_symbols_are_vocabulary_characters(ch):
    assert char_problem(ch) is None
    chars = [*"abcdef", ch]  # as many as the small model's
    assert load_model(with_member("vocabulary", text_member(chars))).vocabulary.chars == tuple(
        chars
    )


# ----------------------------------------------------------------------------- damage
def dtype_cases():
    good = model_arrays()["weight_hh"]
    return [
        ("complex", good.astype(np.complex128), "'complex128' values; LSTM Lab reads float16"),
        ("bool", good > 0, "'bool' values; LSTM Lab reads float16"),
        (
            "datetime",
            np.zeros(good.shape, "datetime64[s]"),
            "'datetime64[s]' values; LSTM Lab reads float16",
        ),
        ("float32", good.astype(np.float32), "'float32' values; LSTM Lab reads float16"),
        ("int", good.astype(np.int16), "'int16' values; LSTM Lab reads float16"),
    ]


@pytest.mark.parametrize("case", dtype_cases(), ids=lambda case: case[0])
def test_weights_of_another_dtype_are_refused_by_their_header(case):
    _, value, words = case
    assert refused(with_member("weight_hh", value)) == f"its weight_hh holds {words}"


def test_a_pickled_member_is_refused_and_never_unpickled():
    objects = np.empty(4, dtype=object)
    objects[:] = [Trap(), Trap(), "x", 1]
    message = refused(with_member("bias_out", objects))
    assert message == "its bias_out holds 'object' values; LSTM Lab reads float16"
    message = refused(with_member("vocabulary", objects))
    assert message == "its vocabulary holds 'object' values; LSTM Lab reads uint8"
    assert UNPICKLED == []


def test_a_matrix_in_fortran_order_is_refused():
    value = np.asfortranarray(model_arrays()["weight_ih"])
    assert member_bytes(value)[:100].find(b"'fortran_order': True") > 0
    assert refused(with_member("weight_ih", value)) == (
        "its weight_ih is stored column by column (Fortran order)"
    )


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("weight_hh", np.zeros((32, 7), np.float16), "its weight_ih has shape (32, 4), expected"),
        ("bias_ih", np.zeros(31, np.float16), "its bias_ih has shape (31,), expected (32,)"),
        ("weight_out", np.zeros((9, 8), np.float16), "its weight_out has shape (9, 8), expected"),
        ("start_h", np.zeros(7, np.float16), "its start_h has shape (7,), expected (8,)"),
        ("embedding", np.zeros(40, np.float16), "its embedding has shape (40,); it should be a"),
        ("bias_out", np.zeros((10, 1), np.float16), "its bias_out has shape (10, 1); it should"),
        ("weight_ih", np.zeros((32, 0), np.float16), "its weight_ih has shape (32, 0), which"),
    ],
)
def test_shapes_that_do_not_fit_together_are_refused(key, value, words):
    assert refused(with_member(key, value)).startswith(words)


def test_a_header_claiming_8192_units_is_refused_fast_without_allocating(huge_file):
    data = huge_file.read_bytes()
    assert len(data) < 1_000_000  # 0.5 MB holding 512 MiB of zeros
    tracemalloc.start()
    try:
        with pytest.raises(ModelError) as failure:
            load_model(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000
    assert str(failure.value) == (
        "it has 8,192 units and 269 million weights; LSTM Lab opens models of at most "
        "64 million weights"
    )
    # Room for a model trained elsewhere: 1,024 units, as wide an embedding, 20,000 characters.
    units, embed, size = 1024, 1024, 20_003
    count = size * embed + 4 * units * (embed + units + 2) + size * units + size + 2 * units
    assert count <= MAX_WEIGHTS and MAX_MODEL_BYTES >= 2 * MAX_WEIGHTS


def test_a_member_whose_size_disagrees_with_its_header_is_refused_before_reading():
    arrays = model_arrays()
    header = member_bytes(arrays["weight_hh"])
    short = header[: len(header) - 2]
    assert refused(with_member("weight_hh", short)).startswith("its weight_hh is damaged (")


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.99])
def test_a_truncated_file_is_refused(cut):
    data = model_bytes(small_model())
    assert "not an LSTM Lab text model" in refused(data[: int(len(data) * cut)])


@pytest.mark.parametrize(
    "vocabulary, words",
    [
        (["a", "b", "a"], "its vocabulary holds 'a' (U+0061) twice"),
        (["a", "bc"], "its vocabulary holds 'bc', which is not one character"),
        (["a", 5], "its vocabulary holds 5, which is not one character"),
        ({"a": 1}, "its vocabulary is damaged (not a list of characters)"),
        (["a"] * 20_001, "its vocabulary has 20,001 characters; LSTM Lab opens at most 20,000"),
    ],
)
def test_a_damaged_vocabulary_is_refused(vocabulary, words):
    if isinstance(vocabulary, list) and len(vocabulary) > 100:  # fits the byte limit
        member = np.frombuffer(json.dumps(vocabulary, separators=(",", ":")).encode(), np.uint8)
    else:
        member = text_member(vocabulary)
    assert refused(with_member("vocabulary", member)) == words


def test_a_vocabulary_too_large_to_read_is_refused_by_its_size():
    member = np.full(400_000, ord(" "), np.uint8)
    assert refused(with_member("vocabulary", member)) == (
        "its vocabulary is 400,000 bytes; LSTM Lab reads at most 320,064"
    )


@pytest.mark.parametrize(
    "info, words",
    [
        (["not", "an", "object"], "its info is damaged (not a JSON object)"),
        ("text", "its info is damaged (not a JSON object)"),
        ({"format": "other", "version": 1}, "it is not an LSTM Lab text model"),
        ({"format": FILE_FORMAT, "version": "1"}, "its info is damaged (version '1')"),
        ({"format": FILE_FORMAT, "version": 1.5}, "its info is damaged (version 1.5)"),
        ({"format": FILE_FORMAT, "version": True}, "its info is damaged (version True)"),
        ({"format": FILE_FORMAT}, "its info is damaged (version None)"),
        ({"format": FILE_FORMAT, "version": 2}, "it was saved by a newer LSTM Lab; update"),
    ],
)
def test_a_damaged_info_is_refused(info, words):
    assert refused(with_member("info", text_member(info))).startswith(words)


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"name": ["a"]}, "its info's name is not text of at most 200 characters"),
        ({"name": "x" * 201}, "its info's name is not text of at most 200 characters"),
        ({"name": "bad\x1b[2J"}, "its info's name holds a control character (U+001B)"),
        ({"name": "two\nlines"}, "its info's name holds a line end"),
        ({"layout": "spiral"}, "its info's layout is 'spiral', not poem or text"),
        ({"held_out_loss": "low"}, "its info's held_out_loss is 'low', not a number of at"),
        ({"epochs": 10**40}, "its info's epochs is 1000000000"),
        ({"epochs": True}, "its info's epochs is True, not a number"),
    ],
)
def test_info_values_the_app_shows_are_checked(changes, words):
    assert refused(with_info(**changes)).startswith(words)


def test_info_nested_deeply_or_past_the_parser_is_refused():
    deep: object = 1
    for _ in range(17):
        deep = [deep]
    assert refused(with_info(extra=deep)) == "its info is nested more than 16 deep"
    raw = b'{"format": "%s", "version": 1, "x": %s1%s}' % (
        FILE_FORMAT.encode(),
        b"[" * 30_000,
        b"]" * 30_000,
    )
    assert refused(with_member("info", np.frombuffer(raw, np.uint8))) == (
        "its info is damaged (not UTF-8 JSON)"
    )
    assert refused(with_member("info", np.frombuffer(b"\xff\xfe{}", np.uint8))) == (
        "its info is damaged (not UTF-8 JSON)"
    )


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_weights_that_are_not_finite_are_refused(bad):
    value = model_arrays()["weight_out"].copy()
    value[2, 3] = bad
    assert refused(with_member("weight_out", value)) == (
        "its weight_out holds values that are not finite numbers"
    )


def test_members_missing_unknown_twice_or_half_a_start_state_are_refused():
    arrays = model_arrays()
    without = {key: value for key, value in arrays.items() if key != "weight_hh"}
    assert refused(npz_bytes(without)) == "it is not an LSTM Lab text model (no 'weight_hh')"
    extra = dict(arrays, notes=np.zeros(3, np.uint8))
    assert refused(npz_bytes(extra)) == "it is not an LSTM Lab text model (it holds 'notes.npy')"
    half = {key: value for key, value in arrays.items() if key != "start_c"}
    assert refused(npz_bytes(half)).startswith("its start state is damaged")
    twice = io.BytesIO(npz_bytes(arrays))
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(twice, "a") as z:
        z.writestr("bias_out.npy", member_bytes(arrays["bias_out"]))
    assert refused(twice.getvalue()) == "it is damaged (it holds 'bias_out' twice)"


def test_a_zip_of_many_files_is_refused_before_its_directory_is_read():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for k in range(5000):
            archive.writestr(f"{k}.npy", b"")
    assert (
        refused(out.getvalue()) == "it is not an LSTM Lab text model (a zip archive of 5,000 files)"
    )


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "it is not an LSTM Lab text model (File is not a zip file)"),
        (b"\x93NUMPY not a zip", "it is not an LSTM Lab text model (File is not a zip file)"),
        (npz_bytes(model_arrays(), compressed=False), None),  # np.savez, uncompressed: fine
    ],
)
def test_files_that_are_not_zips_are_refused_and_stored_zips_load(data, words):
    if words is None:
        assert load_model(data).hidden == 8
    else:
        assert refused(data) == words


def test_a_member_with_a_bad_npy_header_is_refused():
    good = member_bytes(model_arrays()["bias_ih"])
    assert refused(with_member("bias_ih", b"nothing")).startswith("it is damaged (")
    wrong_version = good[:6] + b"\x09\x00" + good[8:]
    assert refused(with_member("bias_ih", wrong_version)) == (
        "its bias_ih is in .npy format 9.0, which LSTM Lab does not read"
    )
    garbled = good.replace(b"'descr'", b"'dexcr'")
    assert refused(with_member("bias_ih", garbled)).startswith("it is damaged (")


# ----------------------------------------------------------------------------- mutations
def test_every_mutation_of_a_small_model_is_a_model_or_a_model_error():
    """About 300 damaged copies of a small model's file (bits flipped, cut short, members
    swapped, members changed inside a sound archive): each loads or is one ModelError, and
    whatever loads writes a character."""
    base = model_bytes(small_model())
    counts = {"loaded": 0, "refused": 0}
    for kind, data in mutations(base, 300, seed=7):
        try:
            model = load_model(data)
        except ModelError as error:
            assert "\n" not in str(error) and str(error), kind
            counts["refused"] += 1
            continue
        sampler = Sampler(model)
        logits, h, c = sampler.step(START, *sampler.zeros())
        token = sampler.choose(logits, 0.8, np.random.default_rng(0))
        assert 2 <= token < len(model.vocabulary) and np.isfinite(h).all()
        counts["loaded"] += 1
    assert counts["refused"] > 150 and counts["loaded"] > 0, counts


# ----------------------------------------------------------------------------- where it shows
def bad_vocabulary_file(tmp_path: Path) -> Path:
    path = tmp_path / "esc.npz"
    path.write_bytes(with_member("vocabulary", text_member(["a", "\x1b", "b"])))
    return path


def test_read_model_file_names_the_file_in_one_tidy_line(tmp_path, huge_file):
    with pytest.raises(ModelError) as failure:
        read_model_file(bad_vocabulary_file(tmp_path))
    assert str(failure.value) == "esc.npz: its vocabulary holds a control character (U+001B)"
    odd = tmp_path / "bad\x1bname.npz"
    odd.write_bytes(b"nothing")
    with pytest.raises(ModelError) as failure:
        read_model_file(odd)
    assert str(failure.value).startswith("bad\\x1bname.npz: it is not an LSTM Lab text model")
    with pytest.raises(ModelError, match="^huge.npz: it has 8,192 units"):
        read_model_file(huge_file)


@pytest.mark.parametrize("which", ["esc", "cut"])
def test_generate_with_a_bad_model_exits_2_with_one_line(tmp_path, which):
    if which == "esc":
        path = bad_vocabulary_file(tmp_path)
    else:
        path = tmp_path / "cut.npz"
        path.write_bytes(model_bytes(small_model())[:-100])
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "generate", "--model", str(path)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and result.stdout == b""
    assert err.count("\n") == 1 and "Traceback" not in err and "\x1b" not in err
    assert err.startswith(f"lstm-lab generate: error: --model {path}: {path.name}: ")


def test_the_window_warns_and_keeps_its_model(qtbot, open_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window = open_window("poetry-tang")
    before, name = window.state.char_model, window.state.model_name
    assert not window.load_model_dialog(str(bad_vocabulary_file(tmp_path)))
    box = window.findChild(QMessageBox, "poetryMessage")
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "esc.npz: its vocabulary holds a control character (U+001B)"
    assert window.state.char_model is before and window.state.model_name == name
    assert window.controls_panel.model_combo.currentData() == name
