"""The single-cell kind's self-test check: its window steps the worked example, shows the
numbers the engine computes, paints, and opens a built-in lesson with its own sequence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, close_to, open_in_window

WORKED_EXAMPLE = "1, 0, 0, 0, 0"
EXPECTED_H1 = 0.174270


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import lesson_by_name

    window = open_in_window(context, lesson_by_name("explore"))
    context.window = window
    app = context.app
    state = window.state
    state.set_sequence_text(WORKED_EXAMPLE)
    state.reset()
    for _ in range(3):
        state.step_forward()
        app.processEvents()
    state.step_back()
    app.processEvents()
    if state.cursor != 2:
        raise CheckFailed(
            QCoreApplication.translate(
                "SelfTest", "after 3 steps forward and 1 back the window shows t = {t}"
            ).format(t=state.cursor)
        )
    close_to(
        float(state.trace.h[0]),
        EXPECTED_H1,
        QCoreApplication.translate("SelfTest", "the window's h(1)"),
        5e-7,
    )
    lesson = lesson_by_name("three-ones")
    window.open_lesson(lesson)
    app.processEvents()
    shown = tuple(float(v) for v in window.state.sequence)
    if shown != lesson.options.sequence:
        raise CheckFailed(
            QCoreApplication.translate(
                "SelfTest", "the lesson's sequence {sequence} is shown as {shown}"
            ).format(sequence=lesson.options.sequence, shown=shown)
        )
