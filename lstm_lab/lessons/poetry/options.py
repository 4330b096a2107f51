"""The options of a poetry lesson, as a lesson file holds them: their defaults, their checks,
and the card the start screen draws for the kind.

The kind "poetry" (`kind.py`) checks a lesson file's options here and draws its card.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import translate
from lstm_lab.engine.charmodel import probabilities

KIND = "poetry"
#: The temperature slider's range and default.
MIN_TEMPERATURE, MAX_TEMPERATURE, DEFAULT_TEMPERATURE = 0.1, 2.0, 0.8
MAX_LENGTH = 2000
MAX_PROMPT = 200
MAX_SPEED = 200
#: The views of the poetry window, as lesson files name them.
VIEW_KEYS = ("controls", "bars", "memory", "train")
STATES = ("hidden", "cell")

#: The options a poetry lesson file holds, with their defaults.
DEFAULT_OPTIONS: dict[str, Any] = {
    "model": "tang",
    "prompt": "春",
    "temperature": DEFAULT_TEMPERATURE,
    "seed": 0,
    "length": 64,
    "state": "hidden",
    "speed": 20,
}


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """A poetry lesson file's options, checked, with defaults filled in (LessonError)."""
    from lstm_lab.lessons.poetry.textdata import MODELS

    unknown = sorted(set(options) - set(DEFAULT_OPTIONS))
    if unknown:
        raise LessonError(
            translate(
                "PoetryOptions", '"options" has a setting this version does not know: "{name}"'
            ).format(name=unknown[0])
        )
    out = dict(DEFAULT_OPTIONS)
    out.update(options)
    if not isinstance(out["model"], str) or out["model"] not in MODELS:
        shown = repr(out["model"])[:40]
        raise LessonError(
            translate("PoetryOptions", '"model" must be one of {models}, not {value}').format(
                models=", ".join(MODELS), value=shown
            )
        )
    if not isinstance(out["prompt"], str) or len(out["prompt"]) > MAX_PROMPT:
        raise LessonError(
            translate("PoetryOptions", '"prompt" must be text of at most {most} characters').format(
                most=MAX_PROMPT
            )
        )
    temperature = out["temperature"]
    if (
        isinstance(temperature, bool)
        or not isinstance(temperature, (int, float))
        or not math.isfinite(temperature)
        or not MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE
    ):
        raise LessonError(
            translate(
                "PoetryOptions", '"temperature" must be a number from {low} to {high}'
            ).format(low=MIN_TEMPERATURE, high=MAX_TEMPERATURE)
        )
    out["temperature"] = float(temperature)
    ranges = (("seed", 0, 2**31 - 1), ("length", 1, MAX_LENGTH), ("speed", 1, MAX_SPEED))
    for key, low, high in ranges:
        value = out[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise LessonError(
                translate(
                    "PoetryOptions", '"{name}" must be a whole number from {low} to {high}'
                ).format(name=key, low=low, high=high)
            )
    if out["state"] not in STATES:
        raise LessonError(
            translate("PoetryOptions", '"state" must be "hidden" or "cell", not {value}').format(
                value=repr(out["state"])
            )
        )
    return out


#: Illustrative scores of ten candidates, for the card (no model is loaded for a card).
_CARD_SCORES = np.array([3.0, 2.4, 2.1, 1.5, 1.2, 0.9, 0.5, 0.2, -0.2, -0.6])


def card_picture(lesson: Any) -> tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]:
    """Ten candidates' probabilities at the lesson's temperature as bars, at T = 1 dashed."""
    temperature = float(lesson.options.get("temperature", DEFAULT_TEMPERATURE))
    at_t = probabilities(_CARD_SCORES, temperature)
    at_one = probabilities(_CARD_SCORES, 1.0)
    scale = 1.0 / max(at_t.max(), at_one.max())
    return at_t * scale, [(at_one * scale, "target", True)]
