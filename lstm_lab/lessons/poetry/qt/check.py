"""The poetry kind's self-test check: every shipped model loads and gives probabilities that sum
to one, and the window opens the built-in lessons and paints."""

from __future__ import annotations

import math

import numpy as np

from lstm_lab.core.i18n import translate
from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, open_in_window


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import builtin_lessons
    from lstm_lab.engine.charmodel import probabilities
    from lstm_lab.lessons.poetry.session import PoetrySession
    from lstm_lab.lessons.poetry.textdata import MODELS, shipped_model

    for name in MODELS:
        model = shipped_model(name)
        session = PoetrySession(model, "")
        step = session.step()
        if step is None:
            raise CheckFailed(
                translate("PoetryCheck", "the {model} model wrote nothing").format(model=name)
            )
        total = float(np.sum(probabilities(step.logits, 1.0)))
        if not math.isclose(total, 1.0, abs_tol=1e-4):
            raise CheckFailed(
                translate("PoetryCheck", "the {model} model's probabilities sum to {total}").format(
                    model=name, total=total
                )
            )
    for lesson in builtin_lessons():
        if lesson.kind == "poetry":
            open_in_window(context, lesson)
