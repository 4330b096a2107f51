"""The lesson's title and its text for the student, above the cell diagram."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout

from lstm_lab.state import LabState
from lstm_lab.theme import Theme

#: Lines of lesson text shown before the banner scrolls.
VISIBLE_LINES = 4.6


class LessonBanner(QFrame):
    """Shows the lesson in effect: its title and what to try. Hidden when the lesson has no
    text; ``toggle_action`` (View menu) shows or hides it by hand."""

    def __init__(self, state: LabState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setToolTip("What to try in this lesson, and what to look for.")
        close = QToolButton()
        close.setObjectName("lessonBannerClose")
        close.setText("Hide")
        close.setToolTip("Hide the lesson text (View → Lesson text brings it back)")
        close.setAutoRaise(True)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.text)

        self.toggle_action = QAction("Lesson text", self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip("Show the lesson's title and what to try")
        self.toggle_action.toggled.connect(self.setVisible)
        close.clicked.connect(lambda: self.toggle_action.setChecked(False))
        state.lessonChanged.connect(self.refresh)
        self.set_text_scale(1.0)
        self.refresh()

    def refresh(self) -> None:
        lesson = self._state.lesson
        has_text = lesson is not None and bool(lesson.text.strip())
        self.title.setText(lesson.title if lesson is not None else "")
        self.text.setMarkdown(lesson.text if has_text else "")
        self.toggle_action.setEnabled(has_text)
        self.toggle_action.setChecked(has_text)
        self.setVisible(has_text)

    def set_text_scale(self, _scale: float) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMaximumHeight(round(line * VISIBLE_LINES) + 8)

    def apply_theme(self, theme: Theme) -> None:
        self.title.setStyleSheet(f"color: {theme.text};")
