"""Lessons as data: what a `.lstmlab` file holds, how it is checked, read and written.

A lesson file is UTF-8 JSON::

    {
      "format": "lstm-lab-lesson", "version": 1,
      "title": "A single pulse", "summary": "…", "text": "…",
      "cell": "lstm", "sequence": [1, 0, 0, 0, 0], "target": null, "task": null,
      "params": {"w_xf": 0.5, …}, "initial": {"h0": 0, "c0": 0}, "clamps": {"f": 1.0},
      "locked": ["w_out"], "fixed": ["b_out"], "hidden_views": ["math"],
      "mode": "simple", "step": 0, "training": {"optimizer": "adam", …}
    }

`format`, `version` and `title` must be there, and for a lesson of one cell (``"kind"``
"cell", the default) `cell`, `sequence` and `params` too; every other field has a default.
A lesson of another kind (see `kinds.py`) keeps what it needs in ``"options"``. A field this
version does not know is refused (a newer file would be misread), as is any value out of
range. Files of older versions go through `MIGRATIONS` first.
Nothing here imports Qt.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from lstm_lab.engine import CELLS, MAX_ITEMS, MAX_MAGNITUDE, SequenceError, parse_sequence
from lstm_lab.engine.tasks import TASKS, task_by_name
from lstm_lab.engine.training import OPTIMIZERS
from lstm_lab.lab.files import read_user_text
from lstm_lab.lab.kinds import CELL_VIEWS, KINDS
from lstm_lab.lab.training import TrainingSettings

FORMAT = "lstm-lab-lesson"
VERSION = 1
SUFFIX = ".lstmlab"
#: Files larger than this are not lessons (a lesson of 10,000 steps is about 200 kB).
MAX_FILE_BYTES = 5_000_000
#: The views a lesson of one cell can hide (keys of the window's views).
VIEW_KEYS = CELL_VIEWS
REQUIRED = ("format", "version", "title")
REQUIRED_FOR_A_CELL = ("cell", "sequence", "params")
#: version → function turning a file of that version into one of the next version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the problem in plain words."""


@dataclass(frozen=True)
class Lesson:
    """Everything a student or teacher set, as a lesson file holds it."""

    title: str
    cell: str = "lstm"
    sequence: tuple[float, ...] = (1.0, 0.0, 0.0, 0.0, 0.0)
    params: Mapping[str, float] = field(default_factory=dict)
    name: str = ""
    summary: str = ""
    text: str = ""
    target: tuple[float, ...] | None = None
    task: str | None = None
    initial: Mapping[str, float] = field(default_factory=lambda: {"h0": 0.0, "c0": 0.0})
    clamps: Mapping[str, float] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    fixed: frozenset[str] = frozenset()
    hidden_views: frozenset[str] = frozenset()
    mode: str = "simple"
    step: int = 0
    training: TrainingSettings = TrainingSettings()
    order: int = 100  # where a built-in lesson's card goes on the start screen
    kind: str = "cell"  # which window shows it (see kinds.py)
    options: Mapping[str, Any] = field(default_factory=dict)  # what another kind needs

    def replace(self, **changes: Any) -> Lesson:
        return replace(self, **changes)

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> dict[str, Any]:
        """The file's content, ready for json.dumps."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "title": self.title,
            "summary": self.summary,
            "text": self.text,
            "cell": self.cell,
            "sequence": list(self.sequence),
            "target": None if self.target is None else list(self.target),
            "task": self.task,
            "params": dict(self.params),
            "initial": dict(self.initial),
            "clamps": dict(self.clamps),
            "locked": sorted(self.locked),
            "fixed": sorted(self.fixed),
            "hidden_views": sorted(self.hidden_views),
            "mode": self.mode,
            "step": self.step,
            "training": {name: getattr(self.training, name) for name in TRAINING_FIELDS},
        }
        if self.kind != "cell":
            data = {key: data[key] for key in ("format", "version", "title", "summary", "text")}
            data.update(kind=self.kind, options=dict(self.options))
            data["hidden_views"] = sorted(self.hidden_views)
        if self.name:
            data["name"] = self.name
        if self.order != 100:
            data["order"] = self.order
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# ---------------------------------------------------------------------- reading
def lesson_from_json(data: Any) -> Lesson:
    """Check a decoded lesson file and build the lesson; LessonError names what is wrong."""
    if not isinstance(data, dict):
        raise LessonError("it is not a lesson (no lesson fields in it)")
    if data.get("format") != FORMAT:
        raise LessonError(f'it is not an LSTM Lab lesson (its "format" is not "{FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LessonError('its "version" must be a whole number from 1 up')
    if version > VERSION:
        raise LessonError(
            f"it was saved by a newer LSTM Lab (lesson version {version}; this one reads "
            f"versions up to {VERSION}). Update LSTM Lab to open it."
        )
    while version < VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["version"] = version
    known = {f.name for f in fields(Lesson)} | {"format", "version"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise LessonError(f'it has a field this version does not know: "{unknown[0]}"')
    kind_name = data.get("kind", "cell")
    if kind_name not in KINDS:
        raise LessonError(f'"kind" must be one of {", ".join(sorted(KINDS))}, not {kind_name!r}')
    kind = KINDS[kind_name]
    required = REQUIRED + (REQUIRED_FOR_A_CELL if kind.uses_cell else ())
    missing = [key for key in required if key not in data]
    if missing:
        raise LessonError(f'the field "{missing[0]}" is missing')

    title = _text(data, "title", required=True, limit=200)
    if not kind.uses_cell:
        options = data.get("options", {})
        if not isinstance(options, dict):
            raise LessonError('"options" must be a set of named settings')
        order = data.get("order", 100)
        if not isinstance(order, int) or isinstance(order, bool):
            raise LessonError('"order" must be a whole number')
        return Lesson(
            title=title,
            name=_text(data, "name", limit=80),
            summary=_text(data, "summary", limit=400),
            text=_text(data, "text", limit=20_000),
            hidden_views=_names(data.get("hidden_views", []), "hidden_views", set(kind.view_keys)),
            order=order,
            kind=kind_name,
            options=kind.check_options(options),
        )
    cell_name = data["cell"]
    if cell_name not in CELLS:
        raise LessonError(f'"cell" must be one of {", ".join(sorted(CELLS))}, not {cell_name!r}')
    cell = CELLS[cell_name]
    sequence = _sequence(data["sequence"], "sequence")
    target = data.get("target")
    if target is not None:
        target = _sequence(target, "target")
        if len(target) != len(sequence):
            raise LessonError(
                f'"target" has {len(target)} values but "sequence" has {len(sequence)}'
            )
    task = data.get("task")
    if task is not None:
        try:
            task_by_name(task)
        except (KeyError, TypeError):
            names = ", ".join(t.name for t in TASKS)
            raise LessonError(f'"task" must be one of {names}, not {task!r}') from None
    params = _numbers(data["params"], "params", set(cell.specs))
    missing_params = [name for name in cell.specs if name not in params]
    if missing_params:
        raise LessonError(f'"params" has no value for {missing_params[0]}')
    initial = _numbers(data.get("initial", {}), "initial", {"h0", "c0"})
    if abs(initial.get("h0", 0.0)) > 1.0:
        raise LessonError('"initial" h0 must lie between −1 and 1 (h is a tanh)')
    if initial.get("c0", 0.0) and "c" not in cell.states:
        raise LessonError(f'the {cell.title} has no cell state, so "initial" c0 must be 0')
    clamps = _numbers(data.get("clamps", {}), "clamps", set(cell.gates))
    try:
        cell.check_clamps(clamps)
    except ValueError as error:
        raise LessonError(f'"clamps": {error}') from None
    locked = _names(data.get("locked", []), "locked", set(cell.specs))
    fixed = _names(data.get("fixed", []), "fixed", set(cell.specs))
    hidden = _names(data.get("hidden_views", []), "hidden_views", set(VIEW_KEYS))
    if data.get("options"):
        kind.check_options(data["options"])
    mode = data.get("mode", "simple")
    if mode not in ("simple", "full"):
        raise LessonError(f'"mode" must be "simple" or "full", not {mode!r}')
    step = data.get("step", 0)
    if not isinstance(step, int) or isinstance(step, bool) or not 0 <= step <= len(sequence):
        raise LessonError(f'"step" must be a whole number from 0 to {len(sequence)}')
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise LessonError('"order" must be a whole number')
    return Lesson(
        title=title,
        cell=cell_name,
        sequence=sequence,
        params=params,
        name=_text(data, "name", limit=80),
        summary=_text(data, "summary", limit=400),
        text=_text(data, "text", limit=20_000),
        target=target,
        task=task,
        initial={"h0": initial.get("h0", 0.0), "c0": initial.get("c0", 0.0)},
        clamps=clamps,
        locked=locked,
        fixed=fixed,
        hidden_views=hidden,
        mode=mode,
        step=step,
        training=_training(data.get("training", {})),
        order=order,
    )


def loads(text: str) -> Lesson:
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise LessonError(
            f"it is not a lesson file: not valid JSON (line {error.lineno}, column "
            f"{error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise LessonError("it is not a lesson file: its JSON is nested too deeply") from None
    return lesson_from_json(data)


def read_lesson(path: str | os.PathLike[str]) -> Lesson:
    """Read a lesson file; LessonError says what is wrong, starting with the file's name."""
    path = Path(path)
    text = read_user_text(path, what="a lesson file", max_bytes=MAX_FILE_BYTES, error=LessonError)
    try:
        return loads(text)
    except LessonError as error:
        raise LessonError(f"{path.name}: {error}") from None


def readable_by_all(path: str | os.PathLike[str]) -> None:
    """Give a file written through a temporary file the permissions a new file gets (mkstemp
    makes it readable by its owner alone): a lesson on a shared drive opens for the class."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def write_lesson(lesson: Lesson, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, then a rename, so a crash in
    the middle never leaves a broken lesson file. OSError when the folder cannot take it."""
    path = Path(path)
    text = lesson.dumps()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent or "."
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        readable_by_all(temporary)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------- checks
def _refuse_constant(name: str) -> float:
    raise LessonError(f"it holds {name}, which is not a number a lesson can use")


def _text(data: Mapping[str, Any], key: str, *, required: bool = False, limit: int) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise LessonError(f'"{key}" must be text')
    if required and not value.strip():
        raise LessonError(f'"{key}" must not be empty')
    if len(value) > limit:
        raise LessonError(f'"{key}" is longer than {limit} characters')
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LessonError(f"{where} must be a number, not {json.dumps(value)[:40]}")
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
        raise LessonError(f"{where} must be a number within ±{MAX_MAGNITUDE:g}")
    return number


def _sequence(values: Any, key: str) -> tuple[float, ...]:
    if isinstance(values, str):
        try:
            array = parse_sequence(values)
        except SequenceError as error:
            raise LessonError(f'"{key}": {error}') from None
        return tuple(float(v) for v in array)
    if not isinstance(values, list) or not values:
        raise LessonError(f'"{key}" must be a non-empty list of numbers')
    if len(values) > MAX_ITEMS:
        raise LessonError(f'"{key}" has {len(values):,} values; at most {MAX_ITEMS:,} are allowed')
    return tuple(_number(v, f'"{key}" value {k + 1}') for k, v in enumerate(values))


def _numbers(values: Any, key: str, allowed: set[str]) -> dict[str, float]:
    if not isinstance(values, dict):
        raise LessonError(f'"{key}" must be a set of named numbers')
    out = {}
    for name, value in values.items():
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise LessonError(f'"{key}" has an unknown name {name!r} (known: {known})')
        out[name] = _number(value, f'"{key}" {name}')
    return out


def _names(values: Any, key: str, allowed: set[str]) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LessonError(f'"{key}" must be a list of names')
    for name in values:
        if name not in allowed:
            raise LessonError(f'"{key}" has an unknown name {name!r}')
    return frozenset(values)


def _training(values: Any) -> TrainingSettings:
    if not isinstance(values, dict):
        raise LessonError('"training" must be a set of named settings')
    known = set(TRAINING_FIELDS)
    for name in values:
        if name not in known:
            raise LessonError(f'"training" has an unknown setting {name!r}')
    choice = TrainingSettings()
    optimizer = values.get("optimizer", choice.optimizer)
    if optimizer not in OPTIMIZERS:
        raise LessonError(f'"training" optimizer must be one of {", ".join(OPTIMIZERS)}')
    rate = _number(values.get("learning_rate", choice.learning_rate), '"training" learning_rate')
    if not 0 < rate <= 100:
        raise LessonError('"training" learning_rate must be above 0 and at most 100')
    epochs = values.get("max_epochs", choice.max_epochs)
    if not isinstance(epochs, int) or isinstance(epochs, bool) or not 1 <= epochs <= 1_000_000:
        raise LessonError('"training" max_epochs must be a whole number from 1 to 1000000')
    tolerance = _number(values.get("tolerance", choice.tolerance), '"training" tolerance')
    clip = _number(values.get("clip_norm", choice.clip_norm), '"training" clip_norm')
    if not 0 <= tolerance <= 10 or not 0 <= clip <= 1000:
        raise LessonError('"training" tolerance must be 0 to 10 and clip_norm 0 to 1000')
    many = values.get("many_sequences", choice.many_sequences)
    if not isinstance(many, bool):
        raise LessonError('"training" many_sequences must be true or false')
    return TrainingSettings(optimizer, rate, epochs, tolerance, clip, many)


#: The training settings a lesson file keeps.
TRAINING_FIELDS = (
    "optimizer",
    "learning_rate",
    "max_epochs",
    "tolerance",
    "clip_norm",
    "many_sequences",
)


# ---------------------------------------------------------------------- model ↔ lesson
def lesson_of(model: Any, base: Lesson | None = None) -> Lesson:
    """The lesson that reproduces what ``model`` (a `LabModel`) holds now; texts and name come
    from ``base`` (the lesson loaded last), the training settings from ``training``."""
    base = base if base is not None else model.lesson
    base = base if base is not None else Lesson(title="My lesson")
    task = model.task
    return base.replace(
        cell=model.cell.name,
        sequence=tuple(float(v) for v in model.sequence),
        params={name: float(v) for name, v in model.params.to_dict().items()},
        target=None
        if model.target is None or task is not None
        else tuple(float(v) for v in model.target),
        task=None if task is None else task.name,
        initial=model.initial,
        clamps=model.clamps,
        locked=model.locked(),
        fixed=model.fixed,
        hidden_views=model.hidden_views,
        mode=model.mode,
        step=model.cursor,
        training=model.training_settings,
    )


def apply_lesson(model: Any, lesson: Lesson) -> None:
    """Put ``lesson`` into ``model`` (a `LabModel` of the lesson's cell)."""
    if model.cell.name != lesson.cell:
        raise LessonError(f"this window shows the {model.cell.title}, not the {lesson.cell}")
    model.set_task(None)
    model.set_target(None)
    model.clear_clamps()
    model.set_sequence(np.asarray(lesson.sequence, dtype=np.float64))
    model.set_params(model.cell.params_type.from_dict(dict(lesson.params)))
    for name, value in lesson.initial.items():
        if name == "h0" or "c" in model.cell.states:
            model.set_initial(name, value)
    if lesson.task is not None:
        model.set_task(task_by_name(lesson.task), use_example=False)
    elif lesson.target is not None:
        model.set_target(np.asarray(lesson.target, dtype=np.float64))
    for gate, value in lesson.clamps.items():
        model.set_clamp(gate, value)
    model.unlock_all()
    for name in sorted(lesson.locked):
        model.set_locked(name, True)
    model.set_fixed(lesson.fixed)
    model.set_mode(lesson.mode)
    model.set_hidden_views(lesson.hidden_views)
    model.set_training_settings(lesson.training)
    model.go_to(lesson.step)
    model.set_lesson_info(lesson)
    model.events.lesson.emit()
