"""Lesson files in a lesson window: Open, Save, Save as, unsaved changes, the teacher's options.

A file is read completely and checked before anything on screen changes: a bad file gets one
message naming the file and the problem, and the lesson on screen stays as it was. Saving writes
a temporary file and renames it (`lstm_lab.lab.lesson.write_lesson`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.lab.lesson import (
    SUFFIX,
    Lesson,
    LessonError,
    apply_lesson,
    lesson_of,
    read_lesson,
    write_lesson,
)

if TYPE_CHECKING:
    from lstm_lab.main_window import MainWindow

FILE_FILTER = f"LSTM Lab lessons (*{SUFFIX});;All files (*)"
RECENT_KEY = "lessons/recent"
MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """The lesson files opened or saved last, newest first (only those that still exist)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [path for path in value if isinstance(path, str) and os.path.isfile(path)]


def remember_file(settings: QSettings, path: str) -> None:
    path = os.path.abspath(path)
    files = [path] + [other for other in recent_files(settings) if other != path]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


class LessonFiles(QObject):
    """The window's lesson file: what was loaded or saved last, and whether it changed since.

    ``fileChanged(str)``: the window now shows the file at this path ("" for none).
    """

    fileChanged = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        self.path: str | None = None
        self._saved = self._snapshot()
        state = self._state
        for signal in (
            state.paramsChanged,
            state.sequenceChanged,
            state.targetChanged,
            state.clampsChanged,
            state.initialChanged,
            state.lockedChanged,
            state.fixedChanged,
            state.taskChanged,
            state.viewsChanged,
            state.settingsChanged,
        ):
            signal.connect(self._update_modified)

    # ------------------------------------------------------------------ queries
    def current_lesson(self) -> Lesson:
        """What the window holds now, as a lesson."""
        return lesson_of(self._state.model)

    def _snapshot(self) -> dict:
        lesson = lesson_of(self._state.model).to_json()
        lesson.pop("step", None)  # stepping through a lesson is not a change to save
        lesson.pop("mode", None)
        return lesson

    @property
    def modified(self) -> bool:
        return self._snapshot() != self._saved

    def _update_modified(self, *_args) -> None:
        if self._state.training:
            return  # the title follows once the run ends
        self._window.setWindowModified(self.modified)

    def _mark_saved(self, path: str | None) -> None:
        self.path = path
        self._saved = self._snapshot()
        lesson = self._state.lesson
        title = lesson.title if lesson is not None else "LSTM Lab"
        where = f" — {Path(path).name}" if path else ""
        self._window.setWindowTitle(f"{title}{where}[*] — LSTM Lab")
        self._window.setWindowModified(False)
        self.fileChanged.emit(path or "")

    def forget_changes(self) -> None:
        """Take what is on screen as saved (nothing is written): closing asks nothing."""
        self._saved = self._snapshot()
        self._window.setWindowModified(False)

    # ------------------------------------------------------------------ showing a lesson
    def show_lesson(self, lesson: Lesson, path: str | None = None) -> None:
        """Put ``lesson`` on screen (no questions asked; see `may_discard`)."""
        self._window.training.stop()
        apply_lesson(self._state.model, lesson)
        self._mark_saved(path)
        if path:
            remember_file(self._window.settings, path)

    def open_path(self, path: str) -> bool:
        """Open the lesson file at ``path``; a bad file is reported and nothing changes."""
        try:
            lesson = read_lesson(path)
        except LessonError as error:
            self._complain("The lesson was not opened", str(error))
            return False
        self.show_lesson(lesson, path)
        return True

    # ------------------------------------------------------------------ commands
    def open_dialog(self) -> bool:
        if not self.may_discard("opening another lesson"):
            return False
        path, _ = QFileDialog.getOpenFileName(
            self._window, "Open a lesson", self._folder(), FILE_FILTER
        )
        return bool(path) and self.open_path(path)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        lesson = self._state.lesson
        stem = (lesson.name or lesson.title) if lesson is not None else "my-lesson"
        suggestion = os.path.join(self._folder(), _file_stem(stem) + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self._window, "Save the lesson", suggestion, FILE_FILTER
        )
        if not path:
            return False
        if not path.endswith(SUFFIX) and not os.path.splitext(path)[1]:
            path += SUFFIX
        return self._write(path)

    def may_discard(self, doing: str) -> bool:
        """True when there are no unsaved changes, or the student chose to save or drop them."""
        if not self.modified or self._state.lesson is None and self.path is None:
            return True
        box = QMessageBox(self._window)
        box.setObjectName("unsavedChangesDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"This lesson has changes that are not saved. Save them before {doing}?")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def prepare_exercise(self) -> bool:
        """The teacher's dialog: lesson texts, fixed sliders and hidden views."""
        dialog = ExerciseDialog(self.current_lesson(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        lesson = dialog.lesson()
        state = self._state
        state.set_fixed(lesson.fixed)
        state.set_hidden_views(lesson.hidden_views)
        state.set_lesson_info(lesson)
        state.lessonChanged.emit()
        self._update_modified()
        return True

    # ------------------------------------------------------------------ internals
    def _write(self, path: str) -> bool:
        lesson = self.current_lesson()
        try:
            write_lesson(lesson, path)
        except OSError as error:
            self._complain(
                "The lesson was not saved",
                f"{Path(path).name}: cannot be written ({error.strerror or error}). "
                "Nothing on screen was lost: choose another folder with Save lesson as…",
            )
            return False
        self._state.set_lesson_info(lesson)
        self._mark_saved(path)
        remember_file(self._window.settings, path)
        return True

    def _folder(self) -> str:
        if self.path:
            return os.path.dirname(self.path)
        recent = recent_files(self._window.settings)
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def _complain(self, title: str, text: str) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("lessonFileError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.open()  # not modal: tests and students can go on


def _file_stem(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else " " for c in title)
    return "-".join(keep.lower().split())[:60] or "lesson"


class ExerciseDialog(QDialog):
    """Teacher → Prepare an exercise: the lesson's texts, the sliders the student cannot move,
    and the views the lesson opens without."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDialog")
        self.setWindowTitle("Prepare an exercise")
        self._lesson = lesson
        from lstm_lab.engine import cell_by_name
        from lstm_lab.main_window import VIEWS

        cell = cell_by_name(lesson.cell)
        self.title_edit = QLineEdit(lesson.title)
        self.title_edit.setObjectName("exerciseTitle")
        self.summary_edit = QLineEdit(lesson.summary)
        self.summary_edit.setObjectName("exerciseSummary")
        self.text_edit = QPlainTextEdit(lesson.text)
        self.text_edit.setObjectName("exerciseText")
        self.text_edit.setPlaceholderText(
            "What the student should try and look for (shown above the cell; Markdown works)."
        )
        texts = QFormLayout()
        texts.addRow("Title", self.title_edit)
        texts.addRow("One line", self.summary_edit)
        texts.addRow("For the student", self.text_edit)

        fixed_box = QGroupBox("Fixed sliders (the student cannot move them)")
        grid = QGridLayout(fixed_box)
        self.fixed_checks: dict[str, QCheckBox] = {}
        for k, (name, spec) in enumerate(cell.specs.items()):
            check = QCheckBox(name)
            check.setObjectName(f"fix_{name}")
            check.setToolTip(spec.tooltip)
            check.setChecked(name in lesson.fixed)
            grid.addWidget(check, k // 3, k % 3)
            self.fixed_checks[name] = check

        views_box = QGroupBox("Hidden views (the View menu can still show them)")
        row = QGridLayout(views_box)
        self.view_checks: dict[str, QCheckBox] = {}
        for k, view in enumerate(VIEWS):
            check = QCheckBox(view.title)
            check.setObjectName(f"hide_{view.key}")
            check.setChecked(view.key in lesson.hidden_views)
            row.addWidget(check, k // 2, k % 2)
            self.view_checks[view.key] = check

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(texts)
        boxes = QHBoxLayout()
        boxes.addWidget(fixed_box)
        boxes.addWidget(views_box)
        layout.addLayout(boxes)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.title_edit.setPlaceholderText("A lesson needs a title")
            self.title_edit.setFocus()
            return
        self.accept()

    def lesson(self) -> Lesson:
        return self._lesson.replace(
            title=self.title_edit.text().strip()[:200],
            summary=self.summary_edit.text().strip()[:400],
            text=self.text_edit.toPlainText()[:20_000],
            fixed=frozenset(n for n, c in self.fixed_checks.items() if c.isChecked()),
            hidden_views=frozenset(k for k, c in self.view_checks.items() if c.isChecked()),
        )
