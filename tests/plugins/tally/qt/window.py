"""The tally's window: one view, the count, on the shared lesson window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lstm_lab.core.lesson import Lesson
from lstm_lab.shell.lesson_window import COMMON_ACTIONS, FILE, HELP, VIEW, LessonWindow, ViewSpec
from lstm_lab.ui.adapter import adapter_class
from tally.model import TallyModel

TallyState = adapter_class(TallyModel, "TallyState")
VIEWS = (ViewSpec("count", "Count", "count_label", Qt.DockWidgetArea.RightDockWidgetArea),)


class TallyWindow(LessonWindow):
    def __init__(self, settings=None, parent=None) -> None:
        super().__init__(settings, parent)
        self.state = TallyState(self)
        self.lesson: Lesson | None = None
        self.setCentralWidget(QLabel("Tally"))
        self.count_label = QLabel()
        self.count_label.setObjectName("tallyCount")
        self.state.sequenceChanged.connect(self._show)
        self.build_views(VIEWS)
        self.build_actions((FILE, VIEW, HELP), COMMON_ACTIONS)
        self.finish_setup((800, 600))
        self._show()

    def _show(self) -> None:
        self.count_label.setText(str(self.state.count))

    def current_lesson(self) -> Lesson:
        base = self.lesson or Lesson(title="Tally", kind="tally")
        return base.replace(options={"sequence": self.state.sequence})

    def put_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.state.set_sequence(lesson.options["sequence"])

    def lesson_in_effect(self) -> Lesson | None:
        return self.lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson

    def change_signals(self) -> list:
        return [self.state.sequenceChanged]
