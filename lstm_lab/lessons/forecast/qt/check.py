"""The forecast's self-test check: its window opens the built-in lesson and paints, and a few
epochs of its model bring the training error down."""

from __future__ import annotations

from lstm_lab.core.i18n import translate
from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, open_in_window


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import builtin_lessons

    lesson = next(lesson for lesson in builtin_lessons() if lesson.kind == "forecast")
    window = open_in_window(context, lesson)
    model = window.state.model
    if model.data is None or len(model.data.series) < 10:
        raise CheckFailed(translate("ForecastCheck", "the lesson's signal was not made"))
