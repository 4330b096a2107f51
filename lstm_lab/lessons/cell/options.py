"""A lesson of one cell as data: its options (cell, sequence, weights, target, pins, training
settings), their checks, its card, and the way between a lesson and the `LabModel`.

A lesson file of kind "cell" keeps in ``options``::

    {"cell": "lstm", "sequence": [1, 0, 0, 0, 0], "target": null, "task": null,
     "params": {"w_xf": 0.5, …}, "initial": {"h0": 0, "c0": 0}, "clamps": {"f": 1.0},
     "mode": "simple", "step": 0, "training": {"optimizer": "adam", …}}

`cell`, `sequence` and `params` must be there; every other option has a default. The lesson's
``locked`` and ``fixed`` name parameters of its cell. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import translate
from lstm_lab.core.kinds import CardPicture
from lstm_lab.core.lesson import Lesson, number_field
from lstm_lab.core.training import (
    CLIP_NORM_RANGE,
    LEARNING_RATE_RANGE,
    MAX_EPOCHS_RANGE,
    TOLERANCE_RANGE,
    TrainingSettings,
)
from lstm_lab.engine import CELLS, MAX_ITEMS, SequenceError, cell_by_name, parse_sequence
from lstm_lab.engine.tasks import TASKS, task_by_name
from lstm_lab.engine.training import OPTIMIZERS

#: The views of the single-cell window, as lesson files name them.
CELL_VIEWS = ("controls", "parameters", "math", "unrolled", "timeSeries", "training", "loss")
VIEW_KEYS = CELL_VIEWS
#: The options a file of kind "cell" may hold, and those it must.
OPTION_KEYS = (
    "cell",
    "sequence",
    "target",
    "task",
    "params",
    "initial",
    "clamps",
    "mode",
    "step",
    "training",
)
REQUIRED = ("cell", "sequence", "params")
#: The training settings a lesson file keeps.
TRAINING_FIELDS = (
    "optimizer",
    "learning_rate",
    "max_epochs",
    "tolerance",
    "clip_norm",
    "many_sequences",
)


@dataclass(frozen=True)
class CellOptions:
    """What a lesson of one cell sets, beyond the texts and locks every lesson has."""

    cell: str = "lstm"
    sequence: tuple[float, ...] = (1.0, 0.0, 0.0, 0.0, 0.0)
    params: Mapping[str, float] = field(default_factory=dict)
    target: tuple[float, ...] | None = None
    task: str | None = None
    initial: Mapping[str, float] = field(default_factory=lambda: {"h0": 0.0, "c0": 0.0})
    clamps: Mapping[str, float] = field(default_factory=dict)
    mode: str = "simple"
    step: int = 0
    training: TrainingSettings = TrainingSettings()

    def replace(self, **changes: Any) -> CellOptions:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "cell": self.cell,
            "sequence": list(self.sequence),
            "target": None if self.target is None else list(self.target),
            "task": self.task,
            "params": dict(self.params),
            "initial": dict(self.initial),
            "clamps": dict(self.clamps),
            "mode": self.mode,
            "step": self.step,
            "training": {name: getattr(self.training, name) for name in TRAINING_FIELDS},
        }


def cell_lesson(title: str = "My lesson", **options: Any) -> Lesson:
    """A lesson of one cell: the keyword arguments that are `CellOptions` fields go into its
    options, the others (summary, text, locked…) into the lesson."""
    own = {key: options.pop(key) for key in list(options) if key in OPTION_KEYS}
    return Lesson(title=title, kind="cell", options=CellOptions(**own), **options)


def options_to_json(options: CellOptions) -> dict[str, Any]:
    return options.to_json()


def lockable(options: CellOptions) -> frozenset[str]:
    """A lesson may lock or fix any parameter of its cell."""
    return frozenset(CELLS[options.cell].specs)


def check_options(data: Mapping[str, Any]) -> CellOptions:
    """The options of a lesson of one cell, checked (LessonError names the first problem)."""
    unknown = sorted(key for key in data if key not in OPTION_KEYS)
    if unknown:
        raise LessonError(
            translate("CellOptions", 'a lesson of one cell has no option "{name}"').format(
                name=str(unknown[0])[:40]
            )
        )
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise LessonError(
            translate("CellOptions", 'the field "{name}" is missing').format(name=missing[0])
        )
    cell_name = data["cell"]
    if not isinstance(cell_name, str) or cell_name not in CELLS:
        shown = cell_name if isinstance(cell_name, str) else type(cell_name).__name__
        raise LessonError(
            translate("CellOptions", '"cell" must be one of {names}, not {value}').format(
                names=", ".join(sorted(CELLS)), value=repr(shown[:40])
            )
        )
    cell = CELLS[cell_name]
    sequence = _sequence(data["sequence"], "sequence")
    target = data.get("target")
    if target is not None:
        target = _sequence(target, "target")
        if len(target) != len(sequence):
            raise LessonError(
                translate(
                    "CellOptions", '"target" has {count} values but "sequence" has {length}'
                ).format(count=len(target), length=len(sequence))
            )
    task = data.get("task")
    if task is not None:
        try:
            task_by_name(task)
        except (KeyError, TypeError):
            names = ", ".join(t.name for t in TASKS)
            raise LessonError(
                translate("CellOptions", '"task" must be one of {names}, not {value}').format(
                    names=names, value=repr(str(task)[:40])
                )
            ) from None
    params = _numbers(data["params"], "params", set(cell.specs))
    missing_params = [name for name in cell.specs if name not in params]
    if missing_params:
        raise LessonError(
            translate("CellOptions", '"params" has no value for {name}').format(
                name=missing_params[0]
            )
        )
    initial = _numbers(data.get("initial", {}), "initial", {"h0", "c0"})
    if abs(initial.get("h0", 0.0)) > 1.0:
        raise LessonError(
            translate("CellOptions", '"initial" h0 must lie between −1 and 1 (h is a tanh)')
        )
    if initial.get("c0", 0.0) and "c" not in cell.states:
        raise LessonError(
            translate(
                "CellOptions", 'the {cell} has no cell state, so "initial" c0 must be 0'
            ).format(cell=cell.title)
        )
    clamps = _numbers(data.get("clamps", {}), "clamps", set(cell.gates))
    try:
        cell.check_clamps(clamps)
    except ValueError as error:
        raise LessonError(f'"clamps": {error_text(error)}') from None
    mode = data.get("mode", "simple")
    if mode not in ("simple", "full"):
        raise LessonError(
            translate("CellOptions", '"mode" must be "simple" or "full", not {value}').format(
                value=repr(str(mode)[:40])
            )
        )
    step = data.get("step", 0)
    if not isinstance(step, int) or isinstance(step, bool) or not 0 <= step <= len(sequence):
        raise LessonError(
            translate("CellOptions", '"step" must be a whole number from 0 to {last}').format(
                last=len(sequence)
            )
        )
    return CellOptions(
        cell=cell_name,
        sequence=sequence,
        params=params,
        target=target,
        task=task,
        initial={"h0": initial.get("h0", 0.0), "c0": initial.get("c0", 0.0)},
        clamps=clamps,
        mode=mode,
        step=step,
        training=_training(data.get("training", {})),
    )


def card_picture(lesson: Lesson) -> CardPicture:
    """The input as bars, the cell's hidden state, and the target (dashed) when there is one."""
    options: CellOptions = lesson.options
    cell = cell_by_name(options.cell)
    params = cell.params_type.from_dict(dict(options.params))
    xs = np.asarray(options.sequence, dtype=np.float64)
    states = {"h0": options.initial.get("h0", 0.0)}
    if "c" in cell.states:
        states["c0"] = options.initial.get("c0", 0.0)
    trace = cell.run(params, xs, clamps=dict(options.clamps) or None, **states)
    lines: list[tuple[np.ndarray, str, bool]] = []
    if options.task is not None:
        lines.append((task_by_name(options.task).target_for(xs), "target", True))
    elif options.target is not None:
        lines.append((np.asarray(options.target, dtype=np.float64), "target", True))
    lines.append((np.asarray(trace.h, dtype=np.float64), "h", False))
    return xs, lines


# ---------------------------------------------------------------------- checks
def _sequence(values: Any, key: str) -> tuple[float, ...]:
    if isinstance(values, str):
        try:
            array = parse_sequence(values)
        except SequenceError as error:
            raise LessonError(f'"{key}": {error_text(error)}') from None
        return tuple(float(v) for v in array)
    if not isinstance(values, list) or not values:
        raise LessonError(
            translate("CellOptions", '"{key}" must be a non-empty list of numbers').format(key=key)
        )
    if len(values) > MAX_ITEMS:
        raise LessonError(
            translate(
                "CellOptions", '"{key}" has {count} values; at most {most} are allowed'
            ).format(key=key, count=f"{len(values):,}", most=f"{MAX_ITEMS:,}")
        )
    where = translate("CellOptions", '"{key}" value {number}')
    return tuple(number_field(v, where.format(key=key, number=k + 1)) for k, v in enumerate(values))


def _numbers(values: Any, key: str, allowed: set[str]) -> dict[str, float]:
    if not isinstance(values, dict):
        raise LessonError(
            translate("CellOptions", '"{key}" must be a set of named numbers').format(key=key)
        )
    out = {}
    for name, value in values.items():
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or translate("CellOptions", "none")
            raise LessonError(
                translate(
                    "CellOptions", '"{key}" has an unknown name {name} (known: {known})'
                ).format(key=key, name=repr(name[:40]), known=known)
            )
        out[name] = number_field(value, f'"{key}" {name}')
    return out


def _training(values: Any) -> TrainingSettings:
    if not isinstance(values, dict):
        raise LessonError(translate("CellOptions", '"training" must be a set of named settings'))
    known = set(TRAINING_FIELDS)
    for name in values:
        if name not in known:
            raise LessonError(
                translate("CellOptions", '"training" has an unknown setting {name}').format(
                    name=repr(name[:40])
                )
            )
    choice = TrainingSettings()
    optimizer = values.get("optimizer", choice.optimizer)
    if not isinstance(optimizer, str) or optimizer not in OPTIMIZERS:
        raise LessonError(
            translate("CellOptions", '"training" optimizer must be one of {names}').format(
                names=", ".join(OPTIMIZERS)
            )
        )
    rate = number_field(
        values.get("learning_rate", choice.learning_rate), '"training" learning_rate'
    )
    if not 0 < rate <= LEARNING_RATE_RANGE[1]:
        raise LessonError(
            translate(
                "CellOptions", '"training" learning_rate must be above 0 and at most {high}'
            ).format(high=f"{LEARNING_RATE_RANGE[1]:g}")
        )
    epochs = values.get("max_epochs", choice.max_epochs)
    low, high = MAX_EPOCHS_RANGE
    if not isinstance(epochs, int) or isinstance(epochs, bool) or not low <= epochs <= high:
        raise LessonError(
            translate(
                "CellOptions", '"training" max_epochs must be a whole number from {low} to {high}'
            ).format(low=low, high=high)
        )
    tolerance = number_field(values.get("tolerance", choice.tolerance), '"training" tolerance')
    clip = number_field(values.get("clip_norm", choice.clip_norm), '"training" clip_norm')
    if not (
        TOLERANCE_RANGE[0] <= tolerance <= TOLERANCE_RANGE[1]
        and CLIP_NORM_RANGE[0] <= clip <= CLIP_NORM_RANGE[1]
    ):
        raise LessonError(
            translate(
                "CellOptions",
                '"training" tolerance must be {low} to {high} and clip_norm {clip_low} to '
                "{clip_high}",
            ).format(
                low=f"{TOLERANCE_RANGE[0]:g}",
                high=f"{TOLERANCE_RANGE[1]:g}",
                clip_low=f"{CLIP_NORM_RANGE[0]:g}",
                clip_high=f"{CLIP_NORM_RANGE[1]:g}",
            )
        )
    many = values.get("many_sequences", choice.many_sequences)
    if not isinstance(many, bool):
        raise LessonError(
            translate("CellOptions", '"training" many_sequences must be true or false')
        )
    return TrainingSettings(optimizer, rate, epochs, tolerance, clip, many)


# ---------------------------------------------------------------------- model ↔ lesson
def lesson_of(model: Any, base: Lesson | None = None) -> Lesson:
    """The lesson that reproduces what ``model`` (a `LabModel`) holds now; texts and name come
    from ``base`` (the lesson loaded last)."""
    base = base if base is not None else model.lesson
    base = base if base is not None else cell_lesson(translate("CellOptions", "My lesson"))
    task = model.task
    options = CellOptions(
        cell=model.cell.name,
        sequence=tuple(float(v) for v in model.sequence),
        params={name: float(v) for name, v in model.params.to_dict().items()},
        target=None
        if model.target is None or task is not None
        else tuple(float(v) for v in model.target),
        task=None if task is None else task.name,
        initial=model.initial,
        clamps=model.clamps,
        mode=model.mode,
        step=model.cursor,
        training=model.training_settings,
    )
    return base.replace(
        kind="cell",
        options=options,
        locked=model.locked(),
        fixed=model.fixed,
        hidden_views=model.hidden_views,
    )


def apply_lesson(model: Any, lesson: Lesson) -> None:
    """Put ``lesson`` into ``model`` (a `LabModel` of the lesson's cell)."""
    options: CellOptions = lesson.options
    if model.cell.name != options.cell:
        raise LessonError(
            translate("CellOptions", "this window shows the {shown}, not the {asked}").format(
                shown=model.cell.title, asked=options.cell
            )
        )
    # The previous lesson's fixed parameters and kept locks must not hold this one's back.
    model.set_fixed(frozenset())
    model.set_kept_locks(frozenset())
    model.set_task(None)
    model.set_target(None)
    model.clear_clamps()
    model.set_sequence(np.asarray(options.sequence, dtype=np.float64))
    model.set_params(model.cell.params_type.from_dict(dict(options.params)))
    for name, value in options.initial.items():
        if name == "h0" or "c" in model.cell.states:
            model.set_initial(name, value)
    if options.task is not None:
        model.set_task(task_by_name(options.task), use_example=False)
    elif options.target is not None:
        model.set_target(np.asarray(options.target, dtype=np.float64))
    for gate, value in options.clamps.items():
        model.set_clamp(gate, value)
    model.unlock_all()
    for name in sorted(lesson.locked):
        model.set_locked(name, True)
    model.set_fixed(lesson.fixed)
    model.set_mode(options.mode)
    model.set_hidden_views(lesson.hidden_views)
    model.set_training_settings(options.training)
    model.go_to(options.step)
    model.set_lesson_info(lesson)
    model.events.lesson.emit()
