"""The teacher's passphrase in the GUI: the fields that set it (in a lesson kind's Prepare an
exercise dialog) and File → Unlock for the teacher…, which asks for it.

Only a salted hash is kept (`lstm_lab.core.teacher_lock`). A wrong passphrase is said in the
dialog, which stays open; each try costs one hash, with no wait added and no lockout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.teacher_lock import MAX_PASSPHRASE, MIN_PASSPHRASE, TeacherLock
from lstm_lab.ui.screen_fit import fit_dialog


def _passphrase_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSPHRASE)
    edit.setAccessibleName(accessible)
    return edit


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("numberError", True)  # styled as the app's other refusals
    label.hide()
    return label


class PassphraseBox(QGroupBox):
    """Prepare an exercise: an optional teacher passphrase, typed twice. `lock` gives the lock
    to save (the lesson's own when the fields are left empty), or None; `check` says what is
    wrong with the fields, if anything."""

    def __init__(self, lock: TeacherLock | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Teacher passphrase (optional)"), parent)
        self.setObjectName("exercisePassphrase")
        self._old = lock
        self._made: tuple[str, TeacherLock] | None = None
        self.setToolTip(
            self.tr(
                "With a passphrase the saved file opens in student mode: no Teacher menu, the "
                "hidden views cannot be shown and the fixed sliders and locks stay until File "
                "→ Unlock for the teacher… is given the passphrase. The file keeps only a "
                "salted hash of it."
            )
        )
        about = QLabel(
            self.tr(
                "With a passphrase the saved file opens in student mode until File → Unlock "
                "for the teacher… is given it. Only a salted hash of it is saved."
            )
            if lock is None
            else self.tr(
                "This lesson has a passphrase: leave the fields empty to keep it, or type a "
                "new one twice."
            )
        )
        about.setWordWrap(True)
        about.setObjectName("passphraseAbout")
        self.first = _passphrase_edit("passphraseFirst", self.tr("Teacher passphrase"))
        self.second = _passphrase_edit("passphraseSecond", self.tr("Teacher passphrase again"))
        self.remove = QCheckBox(self.tr("Remove the passphrase"))
        self.remove.setObjectName("passphraseRemove")
        self.remove.toggled.connect(self._follow_remove)
        self.problem = _problem_label("passphraseProblem")
        fields = QHBoxLayout()  # one row: the box must fit a projector's 768 lines
        for text, edit in ((self.tr("Passphrase"), self.first), (self.tr("Again"), self.second)):
            label = QLabel(text)
            label.setBuddy(edit)
            fields.addWidget(label)
            fields.addWidget(edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(fields)
        layout.addWidget(self.remove)
        self.remove.setVisible(lock is not None)  # nothing to remove without one
        layout.addWidget(self.problem)
        for edit in (self.first, self.second):
            edit.textEdited.connect(lambda _text: self.problem.hide())

    def _follow_remove(self, removing: bool) -> None:
        for edit in (self.first, self.second):
            edit.setEnabled(not removing)
        self.problem.hide()

    def check(self) -> bool:
        """True when the fields can be taken; otherwise the problem shows under them and the
        keyboard goes where it is."""
        first, second = self.first.text(), self.second.text()
        if self.remove.isChecked() or not (first or second):
            return True
        problem, edit = None, self.second
        if len(first.strip()) < MIN_PASSPHRASE:
            problem = self.tr("A passphrase needs at least {count} characters.").format(
                count=MIN_PASSPHRASE
            )
            edit = self.first
        elif first != second:
            problem = self.tr("The two passphrases differ: type the same one twice.")
        if problem is None:
            return True
        self.problem.setText(problem)
        self.problem.show()
        edit.setFocus()
        edit.selectAll()
        return False

    def lock(self) -> TeacherLock | None:
        """The lock to save: a new one for a passphrase typed (made once), none when removed,
        else the lesson's own."""
        if self.remove.isChecked():
            return None
        typed = self.first.text()
        if not typed or not self.check():
            return self._old
        if self._made is None or self._made[0] != typed:
            self._made = (typed, TeacherLock.from_passphrase(typed))
        return self._made[1]


class UnlockDialog(QDialog):
    """File → Unlock for the teacher…: the passphrase, checked against the lesson's lock. A
    wrong one is said here and nothing changes; the right one accepts the dialog."""

    def __init__(self, lock: TeacherLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock for the teacher"))
        self._lock = lock
        about = QLabel(
            self.tr(
                "This exercise is locked by its teacher. The teacher passphrase brings back "
                "the Teacher menu and every view in this window until it closes."
            )
        )
        about.setWordWrap(True)
        self.edit = _passphrase_edit("unlockPassphrase", self.tr("Teacher passphrase"))
        self.problem = _problem_label("unlockProblem")
        self.edit.textEdited.connect(lambda _text: self.problem.hide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.edit)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_dialog(self, (460, 220))
        self.edit.setFocus()

    def try_unlock(self) -> bool:
        """Accept if the passphrase typed opens the lock; else say so and let the teacher try
        again."""
        if self._lock.opens_with(self.edit.text()):
            self.accept()
            return True
        self.problem.setText(
            self.tr("That is not the teacher passphrase of this exercise. Nothing was unlocked.")
        )
        self.problem.show()
        self.edit.selectAll()
        self.edit.setFocus()
        return False
