"""The comparison's self-test check: its window opens the built-in lesson, paints, and shows
each cell's memory of the pulse as a number."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, open_in_window


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import builtin_lessons

    lesson = next(lesson for lesson in builtin_lessons() if lesson.kind == "compare")
    window = open_in_window(context, lesson)
    model = window.model
    for name in ("rnn", "lstm", "gru"):
        results = model.results(name)
        retention = float(results.retention[-1])
        if not math.isfinite(retention):
            raise CheckFailed(
                QCoreApplication.translate(
                    "SelfTest", "the {cell}'s memory of the pulse is {value}"
                ).format(cell=name.upper(), value=retention)
            )
