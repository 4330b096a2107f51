"""The lesson's title and its text for the student, above the cell diagram.

The text is open when a lesson opens; at the student's first step it folds into the title line,
so the diagram below gets that height back (on a projector at 1024×768 it is the difference
between weights that can be read and weights that cannot). "Lesson text ▾" opens it again, and
then it stays open for this lesson."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from lstm_lab.ui.lesson_text import LessonTextView
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import Theme

#: Lines of lesson text shown before the banner scrolls.
VISIBLE_LINES = 4.6


class LessonFold:
    """The fold of a lesson's text into its title line: ``button`` folds and opens it, `work`
    folds it when the student starts (unless they opened it again by hand), `reset` opens it
    for a new lesson. ``show_text(visible)`` shows or hides the text; ``room`` names what the
    fold makes room for ("the diagram", "the poem")."""

    def __init__(self, button: QToolButton, show_text, room: str) -> None:
        self.button = button
        self._show_text = show_text
        self._room = room
        self.folded = False
        self._kept_open = False  # the student opened the text again: it stays open
        button.clicked.connect(self._on_clicked)
        self.set_folded(False)

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self._show_text(not folded)
        self.button.setText(
            QCoreApplication.translate("LessonFold", "Lesson text ▾")
            if folded
            else QCoreApplication.translate("LessonFold", "Fold ▴")
        )
        self.button.setAccessibleName(
            QCoreApplication.translate("LessonFold", "Show the lesson text")
            if folded
            else QCoreApplication.translate("LessonFold", "Fold the lesson text")
        )
        self.button.setToolTip(
            QCoreApplication.translate("LessonFold", "Show the lesson's text again")
            if folded
            else QCoreApplication.translate(
                "LessonFold", "Fold the text into the title line, to give {room} more room"
            ).format(room=self._room)
        )

    def work(self) -> None:
        if not self.folded and not self._kept_open:
            self.set_folded(True)

    def reset(self) -> None:
        self._kept_open = False
        self.set_folded(False)

    def _on_clicked(self) -> None:
        if self.folded:
            self._kept_open = True
        self.set_folded(not self.folded)


class LessonBanner(QFrame):
    """Shows the lesson in effect: its title and what to try. Hidden when the lesson has no
    text; ``toggle_action`` (View menu) shows or hides it by hand; ``fold_button`` folds the
    text into the title line and opens it again."""

    def __init__(self, state: LabState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.text = LessonTextView()
        self.text.setObjectName("lessonText")
        self.text.setToolTip(self.tr("What to try in this lesson, and what to look for."))
        close = QToolButton()
        close.setObjectName("lessonBannerClose")
        close.setText(self.tr("Hide"))
        close.setAccessibleName(self.tr("Hide the lesson text"))
        close.setToolTip(self.tr("Hide the lesson text (View → Lesson text brings it back)"))
        close.setAutoRaise(True)
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("lessonBannerFold")
        self.fold_button.setAutoRaise(True)
        self.fold = LessonFold(self.fold_button, self.text.setVisible, self.tr("the diagram"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.text)

        self.toggle_action = QAction(self.tr("Lesson text"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(self.tr("Show the lesson's title and what to try"))
        self.toggle_action.toggled.connect(self.setVisible)
        close.clicked.connect(lambda: self.toggle_action.setChecked(False))
        state.lessonChanged.connect(self.refresh)
        stepped = getattr(state, "cursorChanged", None)  # lessons that step through time
        if stepped is not None:
            stepped.connect(self._on_step)
        self.set_text_scale(1.0)
        self.refresh()

    @property
    def folded(self) -> bool:
        return self.fold.folded

    def _on_step(self, t: int) -> None:
        if t > 0 and self.isVisible():
            self.fold.work()

    def refresh(self) -> None:
        has_text = self._show_texts()
        self.toggle_action.setEnabled(has_text)
        self.toggle_action.setChecked(has_text)
        self.setVisible(has_text)
        self.fold.reset()

    def _show_texts(self) -> bool:
        """The lesson's title and text in the language in effect; whether there is a text."""
        lesson = self._state.lesson
        text = lesson.shown_text if lesson is not None else ""
        has_text = bool(text.strip())
        self.title.setText(lesson.shown_title if lesson is not None else "")
        self.text.set_markdown(text if has_text else "", lesson.images if has_text else None)
        return has_text

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts()  # the same lesson in the new language: shown, folded as it was
        super().changeEvent(event)

    def set_text_scale(self, _scale: float) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMaximumHeight(round(line * VISIBLE_LINES) + 8)

    def apply_theme(self, theme: Theme) -> None:
        self.title.setStyleSheet(f"color: {theme.text};")
