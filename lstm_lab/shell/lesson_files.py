"""Lesson files in a lesson window: Open, Save, Save as, unsaved changes, the teacher's options.

A file is read completely and checked before anything on screen changes: a bad file gets one
message naming the file and the problem, and the lesson on screen stays as it was. Saving writes
a temporary file and renames it (`lstm_lab.core.lesson.write_lesson`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from lstm_lab.core.lesson import SUFFIX, Lesson, LessonError, read_lesson, write_lesson
from lstm_lab.ui.messages import warn

if TYPE_CHECKING:
    from lstm_lab.shell.lesson_window import LessonWindow

FILE_FILTER = f"LSTM Lab lessons (*{SUFFIX});;All files (*)"


def file_filter() -> str:
    """The file dialogs' filter for lesson files, in the language in effect."""
    return QCoreApplication.translate(
        "LessonFiles", "LSTM Lab lessons (*{suffix});;All files (*)"
    ).format(suffix=SUFFIX)


RECENT_KEY = "lessons/recent"
MAX_RECENT = 8


#: Longest path kept in the list (a settings file edited by hand may hold anything).
MAX_RECENT_PATH = 4096


def _recent_paths(settings: QSettings) -> list[str]:
    """The paths the settings name, newest first: at most MAX_RECENT plausible paths."""
    try:
        value = settings.value(RECENT_KEY, [])
    except Exception:  # a value Qt cannot turn into Python
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    paths = [
        path
        for path in value[: 4 * MAX_RECENT]
        if isinstance(path, str) and 0 < len(path) <= MAX_RECENT_PATH and "\0" not in path
    ]
    return list(dict.fromkeys(paths))[:MAX_RECENT]


def recent_files(settings: QSettings) -> list[str]:
    """The lesson files opened or saved last, newest first (only those that still exist)."""
    return [path for path in _recent_paths(settings) if os.path.isfile(path)]


@dataclass(frozen=True)
class RecentFile:
    """One entry of the recent-files list: its lesson's title, or why it cannot be opened."""

    path: str
    title: str | None = None
    problem: str | None = None


def recent_entries(settings: QSettings) -> list[RecentFile]:
    """Every remembered file with its title, or with the reason it cannot be opened now (gone,
    not a lesson any more): a bad entry is shown as such and never stops a start."""
    entries = []
    for path in _recent_paths(settings):
        try:
            entries.append(RecentFile(path, title=read_lesson(path).title))
        except LessonError as error:
            problem = str(error)
            if not os.path.lexists(path):
                problem = QCoreApplication.translate("RecentFiles", "It is no longer there.")
            entries.append(RecentFile(path, problem=problem))
        except Exception as error:  # noqa: BLE001 - a start must go on whatever a file holds
            from lstm_lab.shell.crash import log_note

            log_note(f"recent file {path!r} could not be read: {type(error).__name__}: {error}")
            entries.append(
                RecentFile(
                    path, problem=QCoreApplication.translate("RecentFiles", "It cannot be read.")
                )
            )
    return entries


def remember_file(settings: QSettings, path: str) -> None:
    path = os.path.abspath(path)
    files = [path] + [other for other in _recent_paths(settings) if other != path]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


class LessonFiles(QObject):
    """The window's lesson file: what was loaded or saved last, and whether it changed since.

    The window (a `LessonWindow`) says what it holds: ``current_lesson()``, ``put_lesson()``,
    ``lesson_in_effect()``, ``change_signals()`` and ``is_busy()``.
    ``fileChanged(str)``: the window now shows the file at this path ("" for none).
    """

    fileChanged = Signal(str)

    #: Fields that change while a student only looks: not a change to save.
    NOT_CHANGES = ("step", "mode")

    #: The title's "modified" mark is checked at most this often while sliders move (ms).
    CHECK_INTERVAL_MS = 150

    def __init__(self, window: LessonWindow) -> None:
        super().__init__(window)
        self._window = window
        self.path: str | None = None
        self._saved = self._snapshot()
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(self.CHECK_INTERVAL_MS)
        self._check.timeout.connect(self._update_modified)
        for signal in window.change_signals():
            signal.connect(self._check.start)

    # ------------------------------------------------------------------ queries
    def current_lesson(self) -> Lesson:
        """What the window holds now, as a lesson."""
        return self._window.current_lesson()

    def _snapshot(self) -> dict:
        lesson = self._window.current_lesson().to_json()
        options = lesson.get("options")
        if isinstance(options, dict):
            lesson["options"] = {
                key: value for key, value in options.items() if key not in self.NOT_CHANGES
            }
        return lesson

    @property
    def modified(self) -> bool:
        return self._snapshot() != self._saved

    def update_modified(self) -> None:
        """The window changed something the change signals do not cover."""
        self._update_modified()

    def _update_modified(self, *_args) -> None:
        if self._window.is_busy():
            return  # the title follows once the work ends
        self._window.setWindowModified(self.modified)

    def _mark_saved(self, path: str | None) -> None:
        self.path = path
        self._saved = self._snapshot()
        self._show_title()
        self._window.setWindowModified(False)
        self.fileChanged.emit(path or "")

    def _show_title(self) -> None:
        lesson = self._window.lesson_in_effect()
        title = lesson.shown_title if lesson is not None else "LSTM Lab"
        where = f" — {Path(self.path).name}" if self.path else ""
        self._window.setWindowTitle(f"{title}{where}[*] — LSTM Lab")

    def saved_snapshot(self) -> dict:
        """What was loaded or saved last, as `modified` compares it (for `take_over`)."""
        return self._saved

    def take_over(self, path: str | None, saved: dict) -> None:
        """Take the file ``path`` and its ``saved`` snapshot from another window that showed
        the same lesson (View → Language builds the window again): unsaved changes stay
        unsaved, and the title says so."""
        self.path = path
        self._saved = saved
        self._show_title()
        self._window.setWindowModified(self.modified)
        self.fileChanged.emit(path or "")

    def forget_changes(self) -> None:
        """Take what is on screen as saved (nothing is written): closing asks nothing."""
        self._saved = self._snapshot()
        self._window.setWindowModified(False)

    # ------------------------------------------------------------------ showing a lesson
    def show_lesson(self, lesson: Lesson, path: str | None = None) -> None:
        """Put ``lesson`` on screen (no questions asked; see `may_discard`), in student mode
        when it is locked with a teacher passphrase."""
        self._window.put_lesson(lesson)
        self._mark_saved(path)
        self._window.apply_student_mode()
        if path:
            remember_file(self._window.settings, path)

    def open_path(self, path: str) -> bool:
        """Open the lesson file at ``path``; a bad file is reported and nothing changes."""
        try:
            lesson = read_lesson(path)
        except LessonError as error:
            self._complain(self.tr("The lesson was not opened"), str(error))
            return False
        window = self._window
        if window.kind_name and lesson.kind != window.kind_name:
            if window.open_elsewhere is not None:  # the app shows it in its own kind's window
                return window.open_elsewhere(lesson, path)
            self._complain(
                self.tr("The lesson was not opened"),
                self.tr(
                    "{file}: it is a lesson of another kind ({kind}); open it from the start "
                    "screen."
                ).format(file=Path(path).name, kind=lesson.kind),
            )
            return False
        self.show_lesson(lesson, path)
        return True

    # ------------------------------------------------------------------ commands
    def open_dialog(self) -> bool:
        if not self.may_discard("open"):
            return False
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a lesson"), self._folder(), file_filter()
        )
        return bool(path) and self.open_path(path)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        lesson = self._window.lesson_in_effect()
        stem = (lesson.name or lesson.title) if lesson is not None else "my-lesson"
        suggestion = os.path.join(self._folder(), _file_stem(stem) + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the lesson"), suggestion, file_filter()
        )
        if not path:
            return False
        if not path.endswith(SUFFIX) and not os.path.splitext(path)[1]:
            path += SUFFIX
        return self._write(path)

    def may_discard(self, doing: str) -> bool:
        """True when there are no unsaved changes, or the student chose to save or drop them.
        ``doing``: "open" (another lesson is about to open) or "close"."""
        if not self.modified or self._window.lesson_in_effect() is None and self.path is None:
            return True
        box = QMessageBox(self._window)
        box.setObjectName("unsavedChangesDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        lesson = self._window.lesson_in_effect()
        title = lesson.shown_title if lesson is not None else None
        if doing == "close" and title is not None:
            text = self.tr(
                "“{title}” has changes that are not saved. Save them before closing?"
            ).format(title=title)
        elif doing == "close":
            text = self.tr("This lesson has changes that are not saved. Save them before closing?")
        elif title is not None:
            text = self.tr(
                "“{title}” has changes that are not saved. Save them before opening another lesson?"
            ).format(title=title)
        else:
            text = self.tr(
                "This lesson has changes that are not saved. Save them before opening another "
                "lesson?"
            )
        box.setText(text)
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

    # ------------------------------------------------------------------ internals
    def _write(self, path: str) -> bool:
        lesson = self.current_lesson()
        try:
            write_lesson(lesson, path)
        except OSError as error:
            self._complain(
                self.tr("The lesson was not saved"),
                self.tr(
                    "{file}: cannot be written ({reason}). Nothing on screen was lost: choose "
                    "another folder with Save lesson as…"
                ).format(file=Path(path).name, reason=error.strerror or error),
            )
            return False
        self._window.remember_lesson(lesson)
        self._mark_saved(path)
        self._window.apply_student_mode()
        remember_file(self._window.settings, path)
        return True

    def _folder(self) -> str:
        if self.path:
            return os.path.dirname(self.path)
        recent = recent_files(self._window.settings)
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def _complain(self, title: str, text: str) -> None:
        warn(self._window, "lessonFileError", title, text)


def _file_stem(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else " " for c in title)
    return "-".join(keep.lower().split())[:60] or "lesson"
