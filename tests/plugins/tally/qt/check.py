"""The tally's self-test check: its window opens its built-in lesson and counts it."""

from __future__ import annotations

from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, open_in_window


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import lesson_by_name

    window = open_in_window(context, lesson_by_name("tally-three"))
    if window.count_label.text() != "3":
        raise CheckFailed(f"the tally shows {window.count_label.text()}, not 3")
