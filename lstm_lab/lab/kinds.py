"""Kinds of lesson: which window shows a lesson, what its file may hold, its card's picture.

The single-cell lesson is the kind "cell". A lesson of another kind (the comparison of cells,
the sine forecast, the poetry model) registers here with `register_kind`: the window class that
shows it (imported only when such a lesson opens), the names of its views, a check of the
``options`` its files carry, and the curves its start-screen card draws. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: A card's picture: bars (the input) and lines, each (values, colour role, dashed).
CardPicture = tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]


@dataclass(frozen=True)
class LessonKind:
    """``window``: "module:Class" of the window that shows lessons of this kind.
    ``check_options``: checks a file's ``options`` and returns them (raises LessonError).
    ``card_picture``: the curves of a lesson's card on the start screen."""

    name: str
    window: str
    view_keys: tuple[str, ...]
    check_options: Callable[[Mapping[str, Any]], dict[str, Any]]
    card_picture: Callable[[Any], CardPicture]
    uses_cell: bool = False  # the lesson's cell, sequence and parameters apply
    extra: dict[str, Any] = field(default_factory=dict)


KINDS: dict[str, LessonKind] = {}


def register_kind(kind: LessonKind) -> LessonKind:
    KINDS[kind.name] = kind
    return kind


def _no_options(options: Mapping[str, Any]) -> dict[str, Any]:
    from lstm_lab.lab.lesson import LessonError

    if options:
        raise LessonError(f'a lesson of one cell has no "options" (found "{sorted(options)[0]}")')
    return {}


def cell_card_picture(lesson: Any) -> CardPicture:
    """The input as bars, the cell's hidden state, and the target (dashed) when there is one."""
    from lstm_lab.engine import cell_by_name
    from lstm_lab.engine.tasks import task_by_name

    cell = cell_by_name(lesson.cell)
    params = cell.params_type.from_dict(dict(lesson.params))
    xs = np.asarray(lesson.sequence, dtype=np.float64)
    states = {"h0": lesson.initial.get("h0", 0.0)}
    if "c" in cell.states:
        states["c0"] = lesson.initial.get("c0", 0.0)
    trace = cell.run(params, xs, clamps=dict(lesson.clamps) or None, **states)
    lines: list[tuple[np.ndarray, str, bool]] = []
    if lesson.task is not None:
        lines.append((task_by_name(lesson.task).target_for(xs), "target", True))
    elif lesson.target is not None:
        lines.append((np.asarray(lesson.target, dtype=np.float64), "target", True))
    lines.append((np.asarray(trace.h, dtype=np.float64), "h", False))
    return xs, lines


#: The views of the single-cell window, as lesson files name them.
CELL_VIEWS = ("controls", "parameters", "math", "unrolled", "timeSeries", "training", "loss")

CELL = register_kind(
    LessonKind(
        name="cell",
        window="lstm_lab.main_window:MainWindow",
        view_keys=CELL_VIEWS,
        check_options=_no_options,
        card_picture=cell_card_picture,
        uses_cell=True,
    )
)


def _compare_kind() -> LessonKind:
    from lstm_lab.lab import compare_lesson

    return LessonKind(
        name="compare",
        window="lstm_lab.compare_window:CompareWindow",
        view_keys=compare_lesson.VIEW_KEYS,
        check_options=compare_lesson.check_options,
        card_picture=compare_lesson.card_picture,
    )


COMPARE = register_kind(_compare_kind())


from lstm_lab.lab import forecast_lesson  # noqa: E402  (its checks need LessonKind above)

FORECAST = register_kind(
    LessonKind(
        name=forecast_lesson.KIND,
        window="lstm_lab.forecast_window:ForecastWindow",
        view_keys=forecast_lesson.VIEW_KEYS,
        check_options=forecast_lesson.check_options,
        card_picture=forecast_lesson.card_picture,
    )
)


def _poetry_options(options: Mapping[str, Any]) -> dict[str, Any]:
    from lstm_lab.lab.poetry import check_options

    return check_options(options)


def _poetry_card(lesson: Any) -> CardPicture:
    from lstm_lab.lab.poetry import card_picture

    return card_picture(lesson)


POETRY = register_kind(
    LessonKind(
        name="poetry",
        window="lstm_lab.poetry_window:PoetryWindow",
        view_keys=("controls", "bars", "memory", "train"),
        check_options=_poetry_options,
        card_picture=_poetry_card,
    )
)
