"""The tally's window: one view, the count, on the shared lesson window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from lstm_lab.core.lesson import Lesson
from lstm_lab.shell.lesson_window import COMMON_ACTIONS, FILE, HELP, VIEW, LessonWindow, ViewSpec
from lstm_lab.ui.adapter import adapter_class
from tally.model import TallyModel

TallyState = adapter_class(TallyModel, "TallyState")
VIEWS = (ViewSpec("count", "Count", "count_label", Qt.DockWidgetArea.RightDockWidgetArea),)


class Bars(QWidget):
    """The sequence as bars, the pulses in colour."""

    def __init__(self, state) -> None:
        super().__init__()
        self._state = state
        state.sequenceChanged.connect(self.update)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        values = self._state.sequence
        width = self.width() / max(1, len(values))
        for k, value in enumerate(values):
            hue = (k * 40) % 360
            gradient = QLinearGradient(0, 0, 0, self.height())
            gradient.setColorAt(0, QColor.fromHsv(hue, 200, 250))
            gradient.setColorAt(1, QColor.fromHsv(hue, 200, 160 if value > 0.5 else 60))
            painter.fillRect(round(k * width), 0, round(width) - 2, self.height(), gradient)


class TallyWindow(LessonWindow):
    def __init__(self, settings=None, parent=None) -> None:
        super().__init__(settings, parent)
        self.state = TallyState(self)
        self.lesson: Lesson | None = None
        self.setCentralWidget(Bars(self.state))
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
