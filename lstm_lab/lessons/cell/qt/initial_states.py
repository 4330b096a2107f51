"""Start from: the initial cell state C(0) and hidden state h(0), each in a box that takes a
number exactly or refuses it in words, by the same rule as the weight boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.engine import MAX_MAGNITUDE, NumberError, format_number, parse_number
from lstm_lab.ui.number_box import line_edit_width_for
from lstm_lab.ui.param_slider import ROUNDED, ValueBox, _value_text
from lstm_lab.ui.state import LabState

#: (model name, label, tooltip)
STATES = (
    (
        "c0",
        "C(0)",
        QT_TRANSLATE_NOOP(
            "InitialStates",
            "The cell state before the first step: the memory the cell starts with. Default 0.",
        ),
    ),
    (
        "h0",
        "h(0)",
        QT_TRANSLATE_NOOP(
            "InitialStates", "The hidden state before the first step, from −1 to 1. Default 0."
        ),
    ),
)


class _StateBox(ValueBox):
    """A value box that starts narrower than a weight's: one row holds both states."""

    _NARROWEST = "-0.0000"

    def refit(self) -> None:
        width = max(
            line_edit_width_for(self, self._widest), line_edit_width_for(self, self._NARROWEST)
        )
        if width != self.width() or self.minimumWidth() != width:
            self.setFixedWidth(width)


class InitialStates(QWidget):
    """ "Start from C(0) [ ] h(0) [ ]": Enter or leaving a box applies what was typed. Focus
    alone never changes a value, and refused text leaves the value in effect in the box."""

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initialStates")
        self._state = state
        self.boxes: dict[str, ValueBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(3)
        title = QLabel(self.tr("Start from"))
        title.setToolTip(self.tr("The states the cell starts from at t = 0 (default 0)"))
        layout.addWidget(title, 0, 0)
        for column, (name, label_text, tip) in enumerate(STATES):
            tip = self.tr(tip)
            label = QLabel(label_text)
            label.setToolTip(tip)
            box = _StateBox()
            box.setObjectName(f"initialValue_{name}")
            box.setToolTip(tip)
            box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            box.setMaxLength(200)
            box.refit()
            box.editingFinished.connect(lambda n=name: self._on_edited(n))
            box.focusEntered.connect(lambda n=name: self._show(n))
            box.focusLeft.connect(lambda n=name: self._show(n))
            label.setBuddy(box)
            layout.addWidget(label, 0, 2 * column + 1, Qt.AlignmentFlag.AlignRight)
            layout.addWidget(box, 0, 2 * column + 2)
            self.boxes[name] = box
        layout.setColumnStretch(0, 1)
        self.error = QLabel()
        self.error.setObjectName("initialError")
        self.error.setProperty("numberError", True)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error, 1, 0, 1, 5)
        state.initialChanged.connect(self._sync_from_state)
        self._sync_from_state()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _sync_from_state(self) -> None:
        for name in self.boxes:
            box = self.boxes[name]
            if not box.isModified():
                self._show(name)
        self._clear_error()

    def _show(self, name: str) -> None:
        box = self.boxes[name]
        if box.isModified():
            return
        value = self._state.initial[name]
        shown = _value_text(value)
        # Every digit while the student edits the box; the value itself never changes.
        text = format_number(value) if box.hasFocus() and shown.startswith(ROUNDED) else shown
        box.show_text(text, fit=shown)

    def _on_edited(self, name: str) -> None:
        box = self.boxes[name]
        if not box.isModified():
            self._show(name)
            return
        label = dict((n, label) for n, label, _tip in STATES)[name]
        kept = format_number(self._state.initial[name])
        try:
            value = parse_number(box.text())
            self._state.set_initial(name, value)
        except NumberError as error:
            self._refuse(
                name,
                self.tr("{label}: {error}. {label} stays {kept}.").format(
                    label=label, error=error_text(error), kept=kept
                ),
            )
            return
        except ValueError:
            limit = 1 if name == "h0" else MAX_MAGNITUDE
            self._refuse(
                name,
                self.tr(
                    "{label} must be a number from {low} to {high}. {label} stays {kept}."
                ).format(label=label, low=f"{-limit:g}", high=f"{limit:g}", kept=kept),
            )
            return
        box.setModified(False)
        self._clear_error()
        self._mark(box, False)
        self._show(name)

    def _refuse(self, name: str, text: str) -> None:
        box = self.boxes[name]
        box.setModified(False)
        self.error.setText(text)
        self.error.show()
        self._mark(box, True)
        self._show(name)
        if box.hasFocus():
            box.selectAll()

    def _clear_error(self) -> None:
        if self.error.isHidden():
            return
        self.error.clear()
        self.error.hide()
        for box in self.boxes.values():
            self._mark(box, False)

    @staticmethod
    def _mark(box: ValueBox, invalid: bool) -> None:
        if box.property("invalid") == invalid:
            return
        box.setProperty("invalid", invalid)
        box.style().unpolish(box)
        box.style().polish(box)
