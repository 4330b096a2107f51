"""Boxes for one number that follow the app's one rule, whatever the system's language: the
point is the decimal separator, and a comma is taken as one where that is unambiguous (see
`lstm_lab.engine.parse_number`). Also the width a line edit needs to show a text whole."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QStyle, QStyleOptionFrame

from lstm_lab.engine import NumberError, parse_number

# QLineEdit keeps this many pixels free on each side of its text.
_LINE_EDIT_MARGIN = 2
# Room for the text cursor and the first and last glyphs' overhang.
_SLACK = 4


def line_edit_text_room(edit: QLineEdit) -> int:
    """The width, in pixels, in which ``edit`` draws its text without scrolling it."""
    edit.ensurePolished()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN


def line_edit_width_for(edit: QLineEdit, text: str) -> int:
    """The width ``edit`` needs to show ``text`` whole, frame and padding included."""
    edit.ensurePolished()
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    inner = (
        metrics.horizontalAdvance(text)
        + 2 * _LINE_EDIT_MARGIN
        + margins.left()
        + margins.right()
        + _SLACK
    )
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = edit.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(inner, metrics.height()), edit
    )
    widget_margins = edit.contentsMargins()
    return size.width() + widget_margins.left() + widget_margins.right()


def _c_locale() -> QLocale:
    locale = QLocale.c()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    return locale


class PointDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that writes a point and reads the app's one rule in every locale.

    Keys that cannot lead to a number in range with at most ``decimals()`` decimals are refused
    as they are typed, as in any spin box; "0,05" is read as 0.05 and "1e-3" as 0.001.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLocale(_c_locale())

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return f"{value:.{self.decimals()}f}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        body = self._body(text)
        if self.specialValueText() and body == self.specialValueText():
            return self.minimum()
        try:
            return parse_number(body)
        except NumberError:
            return self.value()

    def validate(self, text: str, position: int):  # Qt override
        state = self._state(self._body(text))
        return state, text, position

    def fixup(self, text: str) -> str:
        return text

    def _body(self, text: str) -> str:
        body = text
        if self.prefix() and body.startswith(self.prefix()):
            body = body[len(self.prefix()) :]
        if self.suffix() and body.endswith(self.suffix()):
            body = body[: -len(self.suffix())]
        return body.strip()

    def _state(self, body: str) -> QValidator.State:
        special = self.specialValueText()
        if special and body == special:
            return QValidator.State.Acceptable
        if special and special.startswith(body):
            return QValidator.State.Intermediate
        try:
            value = parse_number(body)
        except NumberError:
            # A start that can still become a number: "", "-", ".", "1e", "1e-", "0,".
            probe = body.translate({0x2212: "-"})
            for tail in ("0", "1"):
                try:
                    parse_number(probe + tail)
                except NumberError:
                    continue
                return QValidator.State.Intermediate
            return QValidator.State.Invalid
        if round(value, self.decimals()) != value:
            return QValidator.State.Invalid  # more decimals than the box keeps
        if value > self.maximum() or (value < 0 <= self.minimum()):
            return QValidator.State.Invalid
        if value < self.minimum():
            return QValidator.State.Intermediate  # "0.0" on the way to "0.005"
        return QValidator.State.Acceptable
