"""Teacher → Prepare an exercise: the lesson's texts and pictures, fixed sliders, hidden
views and an optional teacher passphrase (`lstm_lab.shell.teacher_lock.PassphraseBox`: a file
saved with one opens in student mode).

"Add a picture…" puts a PNG into the lesson file itself (`lstm_lab.core.images`) and a
``![name](lesson-image:name)`` line into the text where the cursor is; a picture whose line is
taken out of every text leaves the file with it.

The teacher writes in the language the app is in: the dialog shows the lesson's texts in that
language, and in Chinese what is typed becomes the lesson's Chinese texts while its English
texts stay as they were (`Lesson.with_texts`).
"""

from __future__ import annotations

from pathlib import Path

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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import param_tooltip
from lstm_lab.core.errors import LessonError
from lstm_lab.core.files import read_user_bytes
from lstm_lab.core.i18n import current_language
from lstm_lab.core.images import MAX_IMAGE_BYTES, MAX_IMAGES, SCHEME, free_name, png_size
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine import cell_by_name
from lstm_lab.shell.teacher_lock import PassphraseBox
from lstm_lab.ui.messages import warn
from lstm_lab.ui.screen_fit import fit_dialog


class ExerciseDialog(QDialog):
    """Teacher → Prepare an exercise: the lesson's texts, the sliders the student cannot move,
    the views the lesson opens without, and the teacher passphrase that locks them."""

    def __init__(
        self, lesson: Lesson, views: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        """``views``: (key, title) of each view the window has."""
        super().__init__(parent)
        self.setObjectName("exerciseDialog")
        self.setWindowTitle(self.tr("Prepare an exercise"))
        self._lesson = lesson
        self._language = current_language()  # the language the teacher writes in
        cell = cell_by_name(lesson.options.cell)
        self.title_edit = QLineEdit(lesson.shown("title", self._language))
        self.title_edit.setObjectName("exerciseTitle")
        self.summary_edit = QLineEdit(lesson.shown("summary", self._language))
        self.summary_edit.setObjectName("exerciseSummary")
        self.text_edit = QPlainTextEdit(lesson.shown("text", self._language))
        self.text_edit.setObjectName("exerciseText")
        self.text_edit.setAccessibleName(self.tr("For the student"))
        self.text_edit.setPlaceholderText(
            self.tr(
                "What the student should try and look for (shown above the cell; Markdown works)."
            )
        )
        self.images: dict[str, bytes] = dict(lesson.images)
        self.picture_button = QPushButton(self.tr("Add a picture…"))
        self.picture_button.setObjectName("exerciseAddPicture")
        self.picture_button.setToolTip(
            self.tr(
                "Put a PNG picture into the lesson file, shown in the text where the cursor is "
                "(at most {count} pictures of {size:.0f} MB)"
            ).format(count=MAX_IMAGES, size=MAX_IMAGE_BYTES / 1e6)
        )
        self.picture_button.clicked.connect(lambda: self.add_picture())
        text_column = QVBoxLayout()
        text_column.addWidget(self.text_edit)
        text_column.addWidget(self.picture_button)
        texts = QFormLayout()
        texts.addRow(self.tr("Title"), self.title_edit)
        texts.addRow(self.tr("One line"), self.summary_edit)
        texts.addRow(self.tr("For the student"), text_column)

        fixed_box = QGroupBox(self.tr("Fixed sliders"))
        fixed_box.setToolTip(
            self.tr("The student cannot move a fixed slider; training leaves it too.")
        )
        grid = QGridLayout(fixed_box)
        self.fixed_checks: dict[str, QCheckBox] = {}
        for k, (name, spec) in enumerate(cell.specs.items()):
            check = QCheckBox(name)
            check.setObjectName(f"fix_{name}")
            check.setToolTip(param_tooltip(spec, cell.name))
            check.setChecked(name in lesson.fixed)
            grid.addWidget(check, k // 3, k % 3)
            self.fixed_checks[name] = check

        views_box = QGroupBox(self.tr("Hidden views"))
        views_box.setToolTip(
            self.tr(
                "The lesson opens without these views. The View menu brings them back, unless "
                "the exercise has a teacher passphrase."
            )
        )
        row = QGridLayout(views_box)
        self.view_checks: dict[str, QCheckBox] = {}
        for k, (key, title) in enumerate(views):
            check = QCheckBox(title)
            check.setObjectName(f"hide_{key}")
            check.setChecked(key in lesson.hidden_views)
            row.addWidget(check, k // 2, k % 2)
            self.view_checks[key] = check

        self.passphrase = PassphraseBox(lesson.teacher_lock)

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
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
        fit_dialog(self)

    def add_picture(self, path: str | None = None) -> bool:
        """Read a PNG (asking for one when ``path`` is None) into the lesson and show it in
        the text at the cursor; a file that is no picture a lesson can carry is refused in
        words and nothing changes."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Add a picture"), "", self.tr("PNG images (*.png)")
            )
            if not path:
                return False
        name = Path(path).name
        try:
            if len(self.images) >= MAX_IMAGES:
                raise LessonError(
                    self.tr("a lesson can carry at most {count} pictures").format(count=MAX_IMAGES)
                )
            data = read_user_bytes(
                path, what=self.tr("a picture"), max_bytes=MAX_IMAGE_BYTES, error=LessonError
            )
            png_size(data, name)
        except LessonError as error:
            warn(self, "pictureError", self.tr("The picture was not added"), str(error))
            return False
        key = free_name(self.images, Path(path).stem)
        self.images[key] = data
        self.text_edit.textCursor().insertText(f"\n![{key}]({SCHEME}:{key})\n")
        return True

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.title_edit.setPlaceholderText(self.tr("A lesson needs a title"))
            self.title_edit.setFocus()
            return
        if not self.passphrase.check():
            return
        self.accept()

    def lesson(self) -> Lesson:
        """The lesson as the dialog leaves it: the texts typed, in the language the dialog
        was opened in (the other languages' texts as they were)."""
        written = self._lesson.with_texts(
            self._language,
            title=self.title_edit.text().strip()[:200],
            summary=self.summary_edit.text().strip()[:400],
            text=self.text_edit.toPlainText()[:20_000],
        )
        texts = written.all_texts()
        return written.replace(
            images={
                key: data
                for key, data in self.images.items()
                if any(f"{SCHEME}:{key}" in text for text in texts)
            },
            fixed=frozenset(n for n, c in self.fixed_checks.items() if c.isChecked()),
            hidden_views=frozenset(k for k, c in self.view_checks.items() if c.isChecked()),
            teacher_lock=self.passphrase.lock(),
        )
