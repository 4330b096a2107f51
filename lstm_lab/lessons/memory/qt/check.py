"""The memory lesson's self-test check: its window opens the built-in lesson and shows the
shipped accuracies of the three cells and part 1's exact numbers."""

from __future__ import annotations

from lstm_lab.core.i18n import translate
from lstm_lab.shell.selfcheck import CheckFailed, SelfTestContext, open_in_window


def check_window(context: SelfTestContext) -> None:
    from lstm_lab.core.builtin import builtin_lessons

    lesson = next(lesson for lesson in builtin_lessons() if lesson.kind == "memory")
    window = open_in_window(context, lesson)
    for cell, result in window.state.results.items():
        shown = window.task_page.summary_labels[cell].text()
        if f"{100 * result.test_accuracy:.1f} %" not in shown:
            raise CheckFailed(
                translate("MemoryCheck", "the {cell} accuracy is not shown: {shown}").format(
                    cell=cell, shown=repr(shown)
                )
            )
    kept, _ = window.state.part_one()
    if kept.kept != window.state.options["value"] or kept.grad.min() != 1.0:
        raise CheckFailed(translate("MemoryCheck", "the carousel did not keep its value exactly"))
