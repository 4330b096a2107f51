"""The tally lesson without Qt: a sequence and how many of its values are above one half."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from lstm_lab.core.errors import LessonError
from lstm_lab.core.events import Events, event
from lstm_lab.core.lesson import number_field

MAX_LENGTH = 100
EVENTS = (event("sequence"),)


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(options) - {"sequence"})
    if unknown:
        raise LessonError(f'a tally has no option "{unknown[0]}"')
    values = options.get("sequence", [1, 0, 1])
    if not isinstance(values, list) or not 0 < len(values) <= MAX_LENGTH:
        raise LessonError(f'"sequence" must be a list of 1 to {MAX_LENGTH} numbers')
    return {"sequence": tuple(number_field(v, '"sequence" value') for v in values)}


def tally(sequence) -> int:
    return int(np.sum(np.asarray(sequence) > 0.5))


def card_picture(lesson) -> tuple:
    xs = np.asarray(lesson.options["sequence"], dtype=np.float64)
    return xs, [(np.cumsum(xs > 0.5).astype(np.float64), "h", False)]


class TallyModel:
    """The sequence shown, with an event when it changes."""

    EVENTS = EVENTS

    def __init__(self) -> None:
        self.events = Events(*EVENTS)
        self.sequence: tuple[float, ...] = (1.0, 0.0, 1.0)

    def set_sequence(self, values) -> None:
        self.sequence = tuple(values)
        self.events.sequence.emit()

    @property
    def count(self) -> int:
        return tally(self.sequence)
