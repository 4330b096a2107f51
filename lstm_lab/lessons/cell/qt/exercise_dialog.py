"""Teacher → Prepare an exercise: the lesson's texts, fixed sliders and hidden views."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.lesson import Lesson
from lstm_lab.engine import cell_by_name


class ExerciseDialog(QDialog):
    """Teacher → Prepare an exercise: the lesson's texts, the sliders the student cannot move,
    and the views the lesson opens without."""

    def __init__(
        self, lesson: Lesson, views: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        """``views``: (key, title) of each view the window has."""
        super().__init__(parent)
        self.setObjectName("exerciseDialog")
        self.setWindowTitle("Prepare an exercise")
        self._lesson = lesson
        cell = cell_by_name(lesson.options.cell)
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

        fixed_box = QGroupBox("Fixed sliders")
        fixed_box.setToolTip("The student cannot move a fixed slider; training leaves it too.")
        grid = QGridLayout(fixed_box)
        self.fixed_checks: dict[str, QCheckBox] = {}
        for k, (name, spec) in enumerate(cell.specs.items()):
            check = QCheckBox(name)
            check.setObjectName(f"fix_{name}")
            check.setToolTip(spec.tooltip)
            check.setChecked(name in lesson.fixed)
            grid.addWidget(check, k // 3, k % 3)
            self.fixed_checks[name] = check

        views_box = QGroupBox("Hidden views")
        views_box.setToolTip("The lesson opens without these views; the View menu shows them.")
        row = QGridLayout(views_box)
        self.view_checks: dict[str, QCheckBox] = {}
        for k, (key, title) in enumerate(views):
            check = QCheckBox(title)
            check.setObjectName(f"hide_{key}")
            check.setChecked(key in lesson.hidden_views)
            row.addWidget(check, k // 2, k % 2)
            self.view_checks[key] = check

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
