"""The prompt row of the poetry window: the prompt, Write, Stop, Back and Copy, and the note
that names the prompt's characters the model does not know. Bound to the lesson's model
(`PoetryState`); the window connects the buttons to its commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from lstm_lab.lessons.poetry.options import MAX_PROMPT
from lstm_lab.ui.line_groups import LineGroups


class PromptRow(LineGroups):
    """The prompt and the buttons: on one line where the width allows, the buttons under the
    prompt where the column is narrow (large text, 1024 wide). ``note`` is the window's to
    place (under the row)."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        prompt_edit = QLineEdit()
        prompt_edit.setObjectName("promptEdit")
        prompt_edit.setPlaceholderText(
            QCoreApplication.translate(
                "PromptRow", "Enter a few characters (type, paste or use an IME)"
            )
        )
        prompt_edit.setMaxLength(MAX_PROMPT)
        prompt_edit.setAccessibleName(QCoreApplication.translate("PromptRow", "Prompt"))
        prompt_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "PromptRow", "The first characters of the poem; the model writes on from them"
            )
        )
        prompt_edit.setMinimumWidth(150)
        buttons = []
        for name, text, said in (
            (
                "writeButton",
                QCoreApplication.translate("PromptRow", "Write ▶"),
                QCoreApplication.translate("PromptRow", "Write"),
            ),
            (
                "stopButton",
                QCoreApplication.translate("PromptRow", "Stop"),
                QCoreApplication.translate("PromptRow", "Stop writing"),
            ),
            (
                "backButton",
                QCoreApplication.translate("PromptRow", "◀ Back"),
                QCoreApplication.translate("PromptRow", "Back one character"),
            ),
            (
                "copyButton",
                QCoreApplication.translate("PromptRow", "Copy"),
                QCoreApplication.translate("PromptRow", "Copy the poem"),
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(said)  # the name without its arrow
            buttons.append(button)
        prompt_row = QHBoxLayout()
        prompt_row.setContentsMargins(0, 0, 0, 0)
        prompt_row.addWidget(QLabel(QCoreApplication.translate("PromptRow", "Prompt:")))
        prompt_row.addWidget(prompt_edit, 1)
        prompt_group = QWidget()
        prompt_group.setLayout(prompt_row)
        prompt_group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        super().__init__([[prompt_group], buttons], gap=6, parent=parent)
        self.state = state
        self.prompt_edit = prompt_edit
        self.write_button, self.stop_button, self.back_button, self.copy_button = buttons
        self.back_button.setToolTip(
            QCoreApplication.translate(
                "PromptRow", "Return to the text as it was before the last branch"
            )
        )
        # The prompt, not the room after it, takes the width the buttons leave.
        lines = self.layout()
        lines.setStretch(0, 1)
        first = lines.itemAt(0).layout()
        first.setStretch(0, 1)
        first.setStretch(first.count() - 1, 0)
        self.note = QLabel(self)  # placed by the window
        self.note.setObjectName("poetryNote")
        self.note.setWordWrap(True)

        self.prompt_edit.textChanged.connect(state.set_prompt)
        state.promptChanged.connect(self._show_prompt)
        state.charModelChanged.connect(self._show_unknown)
        state.writingChanged.connect(self._show_writing)
        state.textChanged.connect(self._show_back)
        state.charModelChanged.connect(self._show_back)
        self._show_prompt(state.prompt)
        self._show_writing(state.writing)
        self._show_back()

    def _show_prompt(self, text: str) -> None:
        if self.prompt_edit.text() != text:
            self.prompt_edit.setText(text)
        self._show_unknown()

    def _show_unknown(self) -> None:
        unknown = self.state.unknown()
        if unknown:
            self.note.setText(
                QCoreApplication.translate(
                    "PromptRow",
                    "The model has never seen {characters}: it reads each as one “unknown” "
                    "symbol □ (rare characters all share it).",
                ).format(characters=" ".join(unknown))
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(unknown))

    def _show_writing(self, writing: bool) -> None:
        self.write_button.setEnabled(not writing)
        self.stop_button.setEnabled(writing)

    def _show_back(self) -> None:
        self.back_button.setEnabled(self.state.can_go_back)
