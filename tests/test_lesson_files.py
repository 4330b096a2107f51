"""Lesson files without Qt: what they hold, every bad file, saving safely, the built-ins."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lstm_lab.core.lesson as lesson_module
from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.cell_model import LabModel
from lstm_lab.core.lesson import (
    VERSION,
    Lesson,
    LessonError,
    loads,
    read_lesson,
    write_lesson,
)
from lstm_lab.core.training import TrainingSettings
from lstm_lab.engine import CELLS, LSTM, MAX_MAGNITUDE
from lstm_lab.engine.tasks import TASKS
from lstm_lab.lessons.cell.options import (
    OPTION_KEYS,
    VIEW_KEYS,
    CellOptions,
    apply_lesson,
    cell_lesson,
    lesson_of,
)
from lstm_lab.resources import resource_text

FIXTURES = Path(__file__).parent / "fixtures" / "lessons-v1"
DEFAULTS = {n: s.default for n, s in LSTM.specs.items()}


def good() -> dict:
    return cell_lesson("Pulse", params=DEFAULTS).to_json()


def write(tmp_path, content, name="lesson.lstmlab"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def changed(**changes) -> dict:
    """A good file with ``changes``; a single cell's own settings are changed in its options."""
    data = good()
    for key, value in changes.items():
        where = data["options"] if key in OPTION_KEYS else data
        if value is ...:
            where.pop(key)
        else:
            where[key] = value
    return data


BAD_FILES = [
    ("not json", "{'title': 1", "not valid JSON (line 1, column 2"),
    ("a list", [1, 2], "it is not a lesson"),
    ("no format", changed(format=...), 'its "format" is not "lstm-lab-lesson"'),
    ("another format", changed(format="jupyter"), "it is not an LSTM Lab lesson"),
    ("newer", changed(version=VERSION + 1), "saved by a newer LSTM Lab"),
    ("version text", changed(version="1"), '"version" must be a whole number'),
    ("unknown field", changed(colour="red"), 'a field this version does not know: "colour"'),
    ("no kind", changed(kind=...), 'the field "kind" is missing'),
    ("unknown kind", changed(kind="radio"), '"kind" must be one of cell, compare'),
    ("a list as kind", changed(kind=["cell"]), '"kind" must be one of'),
    ("a list as cell", changed(cell=["lstm"]), '"cell" must be one of gru, lstm, rnn'),
    (
        "unknown option",
        changed(options={**good()["options"], "colour": "red"}),
        'no option "colour"',
    ),
    ("unknown lock", changed(locked=["w_zz"]), '"locked" has an unknown name "w_zz"'),
    ("huge integer", changed(params={**DEFAULTS, "b_f": 10**400}), '"params" b_f must be'),
    ("missing params", changed(params=...), 'the field "params" is missing'),
    ("missing title", changed(title=...), 'the field "title" is missing'),
    ("empty title", changed(title="  "), '"title" must not be empty'),
    ("unknown cell", changed(cell="transformer"), '"cell" must be one of gru, lstm, rnn'),
    ("empty sequence", changed(sequence=[]), '"sequence" must be a non-empty list'),
    ("text in sequence", changed(sequence=[1, "a"]), '"sequence" value 2 must be a number'),
    ("huge value", changed(sequence=[1, 1e300]), f"within ±{MAX_MAGNITUDE:g}"),
    ("bad sequence text", changed(sequence="1, 0, zwei"), '"sequence": '),
    ("target length", changed(target=[1, 0]), '"target" has 2 values but "sequence" has 5'),
    ("unknown task", changed(task="juggle"), '"task" must be one of'),
    ("param missing", changed(params={"w_xf": 0.5}), '"params" has no value for w_hf'),
    ("unknown param", changed(params={**DEFAULTS, "w_zz": 1}), "unknown name 'w_zz'"),
    ("param text", changed(params={**DEFAULTS, "b_f": "big"}), '"params" b_f must be'),
    ("bad clamp", changed(clamps={"f": 2}), "can only be clamped to values from 0 to 1"),
    ("h0 too big", changed(initial={"h0": 3}), '"initial" h0 must lie between'),
    ("unknown view", changed(hidden_views=["radar"]), '"hidden_views" has an unknown name'),
    ("bad mode", changed(mode="expert"), '"mode" must be "simple" or "full"'),
    ("step past end", changed(step=9), '"step" must be a whole number from 0 to 5'),
    ("bad rate", changed(training={"learning_rate": 0}), "learning_rate must be above 0"),
    ("bad optimiser", changed(training={"optimizer": "lbfgs"}), "optimizer must be one of"),
]


@pytest.mark.parametrize(("label", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_gets_one_message_naming_the_file_and_the_problem(
    tmp_path, label, content, message
):
    path = write(tmp_path, content)
    with pytest.raises(LessonError) as caught:
        read_lesson(path)
    text = str(caught.value)
    assert text.startswith("lesson.lstmlab: ")
    assert message in text
    assert "\n" not in text and "Traceback" not in text


def test_non_finite_numbers_are_refused_by_name(tmp_path):
    path = write(tmp_path, json.dumps(good()).replace('"b_f": 0.0', '"b_f": NaN'))
    with pytest.raises(LessonError, match="it holds NaN, which is not a number"):
        read_lesson(path)
    path = write(tmp_path, json.dumps(good()).replace('"w_out": 1.0', '"w_out": Infinity'))
    with pytest.raises(LessonError, match="Infinity"):
        read_lesson(path)


def test_files_that_are_not_text_or_not_files(tmp_path):
    with pytest.raises(LessonError, match="x.lstmlab: it is not a lesson file \\(not UTF-8"):
        read_lesson(write(tmp_path, b"\xff\xfe\x00garbage", "x.lstmlab"))
    with pytest.raises(LessonError, match="missing.lstmlab: cannot be read"):
        read_lesson(tmp_path / "missing.lstmlab")
    (tmp_path / "folder.lstmlab").mkdir()
    with pytest.raises(LessonError, match="this is a folder"):
        read_lesson(tmp_path / "folder.lstmlab")
    big = write(tmp_path, "[" + "0," * 3_000_000 + "0]", "big.lstmlab")
    with pytest.raises(LessonError, match="too large for a lesson"):
        read_lesson(big)
    with pytest.raises(LessonError, match="nested too deeply"):
        read_lesson(write(tmp_path, "[" * 100_000 + "]" * 100_000, "deep.lstmlab"))


def test_a_future_version_opens_through_its_migration(tmp_path, monkeypatch):
    """A file of the version before goes through MIGRATIONS, one version at a time."""

    def rename_steps(data):  # what a version-3 change might look like: a renamed option
        data["options"]["step"] = data["options"].pop("cursor", 0)
        return data

    monkeypatch.setattr(lesson_module, "VERSION", VERSION + 1)
    monkeypatch.setitem(lesson_module.MIGRATIONS, VERSION, rename_steps)
    old = changed(step=..., version=VERSION)
    old["options"]["cursor"] = 3
    lesson = read_lesson(write(tmp_path, old))
    assert lesson.options.step == 3
    assert lesson.to_json()["version"] == VERSION + 1


FIXTURE_NAMES = sorted(path.name for path in FIXTURES.glob("*.lstmlab"))


#: Lessons whose summary and text were revised after version 1 (everything else is the same):
#: forecast-sine names the linear AR baseline and when it beats the LSTM.
def test_the_version_1_fixtures_are_the_shipped_lessons_of_version_1():
    assert len(FIXTURE_NAMES) == 15
    for name in FIXTURE_NAMES:
        assert json.loads((FIXTURES / name).read_text("utf-8"))["version"] == 1


#: What a shipped lesson changed after version 1, field by field: the single-cell lessons' texts
#: now say only what their screen shows (tests/test_lesson_claims_cell.py checks them), and two
#: of them changed a weight their text speaks of; so does the comparison lesson's
#: (tests/test_lesson_claims_compare.py), whose options gained the race's learning rate and seeds;
#: the forecast lesson names its AR baseline (tests/test_lesson_claims_forecast.py); the
#: poetry lessons give measured figures (tests/test_lesson_claims_poetry.py).
CHANGED_SINCE_VERSION_1 = {
    "alternating.lstmlab": {"summary", "text", "params"},
    "compare-who-remembers.lstmlab": {"summary", "text", "options"},
    "explore.lstmlab": {"text"},
    "forecast-sine.lstmlab": {"summary", "text"},
    "late-pulse.lstmlab": {"text"},
    "poetry-shakespeare.lstmlab": {"summary", "text"},
    "poetry-tang.lstmlab": {"text"},
    "remember-or-forget.lstmlab": {"text", "params"},
    "single-pulse.lstmlab": {"text"},
    "three-ones.lstmlab": {"summary", "text"},
    "train-count.lstmlab": {"text"},
    "train-delay.lstmlab": {"text"},
    "train-echo.lstmlab": {"text"},
    "train-hold.lstmlab": {"text"},
    "train-reset.lstmlab": {"text"},
}


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_version_1_file_opens_as_the_same_lesson(name):
    """The lessons shipped as version 1 (kept as fixtures) read through the migration and give
    the lesson shipped now, field by field, but for what changed since; saving writes
    version 4."""
    old = read_lesson(FIXTURES / name)
    shipped = loads(resource_text(f"lessons/{name}"))
    changed = CHANGED_SINCE_VERSION_1.get(name, set())
    now = {field: getattr(shipped, field) for field in changed & {"title", "summary", "text"}}
    if "params" in changed:
        now["options"] = old.options.replace(params=shipped.options.params)
    if "options" in changed:
        now["options"] = shipped.options
    assert old.replace(**now) == shipped
    for field in now:  # each field listed did change
        assert getattr(old, field) != getattr(shipped, field), field
    assert old.to_json()["version"] == VERSION == 4
    data = json.loads((FIXTURES / name).read_text("utf-8"))
    assert old.title == data["title"] and old.text == data["text"]
    if old.kind == "cell":
        assert old.options.sequence == tuple(float(v) for v in data["sequence"])
        assert dict(old.options.params) == data["params"]
        assert old.locked == frozenset(data.get("locked", ()))
        assert old.fixed == frozenset(data.get("fixed", ()))
    else:
        assert set(old.options) >= set(data.get("options", {}))


def test_a_version_1_cell_file_without_its_cell_is_refused(tmp_path):
    data = json.loads((FIXTURES / "single-pulse.lstmlab").read_text("utf-8"))
    del data["params"]
    with pytest.raises(LessonError, match='the field "params" is missing'):
        read_lesson(write(tmp_path, data))


def test_saving_replaces_the_file_in_one_step_and_a_failed_save_leaves_the_old_one(
    tmp_path, monkeypatch
):
    path = tmp_path / "mine.lstmlab"
    first = cell_lesson("First", params=DEFAULTS)
    write_lesson(first, path)
    assert read_lesson(path) == first

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lesson_module.os, "replace", crash)
    with pytest.raises(OSError):
        write_lesson(first.replace(title="Second"), path)
    assert read_lesson(path).title == "First"
    assert sorted(os.listdir(tmp_path)) == ["mine.lstmlab"]  # no temporary file left behind


def test_a_file_is_utf8_json_with_format_and_version(tmp_path):
    path = tmp_path / "唐诗.lstmlab"
    write_lesson(cell_lesson("Gedächtnis — 记忆", params=DEFAULTS), path)
    data = json.loads(path.read_bytes().decode("utf-8"))
    assert data["format"] == "lstm-lab-lesson" and data["version"] == VERSION
    assert data["title"] == "Gedächtnis — 记忆"


# ----------------------------------------------------------------------------- round trips
finite = st.floats(-50, 50, allow_nan=False, allow_infinity=False)


@st.composite
def lessons(draw) -> Lesson:
    cell = CELLS[draw(st.sampled_from(sorted(CELLS)))]
    length = draw(st.integers(1, 12))
    sequence = tuple(draw(st.lists(finite, min_size=length, max_size=length)))
    task = draw(st.sampled_from([None] + [t.name for t in TASKS]))
    target = None
    if task is None and draw(st.booleans()):
        target = tuple(draw(st.lists(finite, min_size=length, max_size=length)))
    gates = sorted(cell.gates)
    clamps = {}
    for gate in draw(st.lists(st.sampled_from(gates), unique=True)) if gates else []:
        low = -1.0 if gate == "g" else 0.0
        clamps[gate] = draw(st.floats(low, 1.0))
    names = list(cell.specs)
    return cell_lesson(
        draw(st.text(min_size=1, max_size=40).filter(str.strip)),
        cell=cell.name,
        sequence=sequence,
        params={name: draw(finite) for name in names},
        summary=draw(st.text(max_size=60)),
        text=draw(st.text(max_size=200)),
        target=target,
        task=task,
        initial={"h0": draw(st.floats(-1, 1)), "c0": draw(finite) if "c" in cell.states else 0.0},
        clamps=clamps,
        locked=frozenset(draw(st.lists(st.sampled_from(names), unique=True))),
        fixed=frozenset(draw(st.lists(st.sampled_from(names), unique=True))),
        hidden_views=frozenset(draw(st.lists(st.sampled_from(VIEW_KEYS), unique=True))),
        mode=draw(st.sampled_from(["simple", "full"])),
        step=draw(st.integers(0, length)),
        training=TrainingSettings(
            optimizer=draw(st.sampled_from(["adam", "sgd"])),
            learning_rate=draw(st.floats(1e-4, 10)),
            max_epochs=draw(st.integers(1, 10_000)),
            tolerance=draw(st.floats(0, 1)),
            clip_norm=draw(st.floats(0, 100)),
            many_sequences=draw(st.booleans()),
        ),
    )


@settings(max_examples=60, deadline=None)
@given(lessons())
def test_save_then_open_gives_back_an_equal_lesson(lesson):
    assert loads(lesson.dumps()) == lesson


@settings(max_examples=40, deadline=None)
@given(lessons())
def test_a_lesson_put_into_the_model_and_taken_out_again_is_the_same(lesson):
    model = LabModel(CELLS[lesson.options.cell])
    apply_lesson(model, lesson)
    again = lesson_of(model)
    assert again.to_json() == lesson.to_json()


def test_every_built_in_lesson_reads_and_opens_with_its_own_numbers():
    lessons_ = builtin_lessons()
    assert [lesson.name for lesson in lessons_][:2] == ["explore", "single-pulse"]
    assert {f"train-{task.name}" for task in TASKS} <= {lesson.name for lesson in lessons_}
    for lesson in lessons_:
        assert lesson.title and lesson.summary and lesson.text, lesson.name
        if lesson.kind != "cell":  # its own kind checked its options when it was read
            continue
        options: CellOptions = lesson.options
        model = LabModel(CELLS[options.cell])
        model.set_param(model.cell.param_names[0], 1.75)  # a previous lesson's weights
        apply_lesson(model, lesson)
        assert model.params.to_dict() == dict(options.params), lesson.name
        np.testing.assert_array_equal(model.sequence, options.sequence)
        if options.task is not None:
            assert model.task.name == options.task and model.target is not None
    with pytest.raises(LessonError, match='no built-in lesson "nope"; the lessons are: explore'):
        lesson_by_name("nope")


def test_the_seed_sequences_each_have_a_lesson():
    sequences = {lesson.options.sequence for lesson in builtin_lessons() if lesson.kind == "cell"}
    for seed in ((1, 0, 0, 0, 0), (1, 1, 1, 0, 0), (1, 0, 1, 0, 1), (0, 0, 0, 1, 0)):
        assert tuple(map(float, seed)) in sequences


def test_a_saved_lesson_is_readable_by_everyone_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "shared.lstmlab"
        write_lesson(cell_lesson("For the class", params=DEFAULTS), path)
        assert path.stat().st_mode & 0o777 == 0o644  # students can open it on a shared drive
    finally:
        os.umask(old)


def _shipped(name: str) -> dict:
    return json.loads(resource_text(f"lessons/{name}.lstmlab"))


STRANGE_VALUES = [
    ("forecast-sine", "signal", ["sine"], '"options" signal must be one of sine'),
    ("forecast-sine", "frequency", 10**400, '"options" frequency must be from 0.005 to 0.25'),
    ("poetry-tang", "model", ["tang"], '"model" must be one of tang, shakespeare'),
    ("compare-who-remembers", "delay", 10**400, '"options" delay must be a whole number'),
    ("compare-who-remembers", "params", {"rnn": {"w_hh": 10**400}}, "w_hh must be a finite"),
]


@pytest.mark.parametrize(("name", "option", "value", "message"), STRANGE_VALUES)
def test_a_strange_value_in_any_kind_of_lesson_is_one_message(name, option, value, message):
    data = _shipped(name)
    data["options"][option] = value
    with pytest.raises(LessonError) as caught:
        loads(json.dumps(data))
    assert message in str(caught.value)


def test_a_name_twice_an_endless_integer_and_a_flood_of_control_characters(tmp_path):
    data = json.dumps(good())
    twice = data.replace('"title": "Pulse"', '"title": "Pulse", "title": "Other"')
    with pytest.raises(LessonError, match='the name "title" is there twice'):
        loads(twice)
    endless = data.replace('"b_f": 0.0', '"b_f": ' + "1" * 5000)
    with pytest.raises(LessonError, match="it is not a lesson file"):
        loads(endless)
    flood = changed(kind="\x1b[31m" + "x" * 100_000)
    with pytest.raises(LessonError) as caught:
        read_lesson(write(tmp_path, flood))
    text = str(caught.value)
    assert len(text) <= 400 and "\n" not in text
    assert "\x1b" not in text and ("\\x1b" in text or "\\u001b" in text)  # shown, escaped


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes as files are a POSIX thing")
def test_a_pipe_or_device_chosen_as_any_file_is_refused_without_waiting(tmp_path):
    """Lesson, CSV series, text and model files are read the same way: a pipe with no writer,
    or a device that never ends, is refused at once by name."""
    from lstm_lab.engine.charmodel import ModelError
    from lstm_lab.lessons.forecast.options import read_series_file
    from lstm_lab.lessons.poetry.textdata import TextError, read_model_file, read_text_file

    pipe = tmp_path / "shared.lstmlab"
    os.mkfifo(pipe)
    readers = [
        (read_lesson, LessonError),
        (read_series_file, ValueError),
        (read_text_file, TextError),
        (read_model_file, ModelError),
    ]
    for path in (pipe, "/dev/zero"):
        for reader, error in readers:
            with pytest.raises(error, match="is not a file but a pipe or device"):
                reader(path)
