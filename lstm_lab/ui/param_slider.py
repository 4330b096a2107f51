"""One labelled float slider for a cell parameter, with reset, lock and a gradient hint, and
the Δ column: what the last training run did to the parameter."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import error_text
from lstm_lab.engine import NumberError, format_number, parse_number
from lstm_lab.resources import resource_bytes
from lstm_lab.ui.accessible import SliderScale, speak_slider_in, spoken_number
from lstm_lab.ui.number_box import line_edit_width_for

ROUNDED = "\u2248"  # "≈": the box shows the weight rounded; the exact one is in its tooltip


def _value_text(value: float) -> str:
    """What the box shows: the exact value with 3 to 6 decimals when that is exact ("0.500",
    "0.0625"), a tiny value in its shortest exact form ("1e-07"), else "≈" and 4 decimals."""
    if value == 0:
        return "0.000"
    for decimals in range(3, 7):
        text = f"{value:.{decimals}f}"
        if float(text) == value:
            return text
    if abs(value) < 0.0005:
        short = format_number(value)
        return short if len(short) <= 8 else f"{ROUNDED}{value:.2g}"
    return f"{ROUNDED}{value:.4f}"


MINUS = "\u2212"


def change_text(change: float) -> str:
    """The Δ column's number: the change with its sign, as exact as the value box shows a
    weight ("+0.500", "−0.0625"; "≈+0.1234" when rounded); no change is "0.000"."""
    if change == 0:
        return "0.000"
    shown = _value_text(abs(change))
    sign = "+" if change > 0 else MINUS
    if shown.startswith(ROUNDED):
        return f"{ROUNDED}{sign}{shown[len(ROUNDED) :]}"
    return sign + shown


def exact_change_text(change: float) -> str:
    """Every digit of a change, with its sign ("+0.123456789", "−2")."""
    if change == 0:
        return "0"
    return ("+" if change > 0 else MINUS) + format_number(abs(change))


class ValueBox(QLineEdit):
    """The box beside a slider: always as wide as the number it shows, at every text size.

    ``focusEntered`` is emitted when the box gets the focus, ``focusLeft`` after it lost it
    (and after ``editingFinished``)."""

    focusEntered = Signal()
    focusLeft = Signal()
    _NARROWEST = "-0000.000"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widest = self._NARROWEST

    def show_text(self, text: str, fit: str | None = None) -> None:
        """Show ``text``; the box widens to hold ``fit`` (default: ``text``) whole."""
        if text != self.text():
            self.setText(text)
        self.setCursorPosition(0 if not self.hasFocus() else len(text))
        wanted = fit if fit is not None else text
        if self.fontMetrics().horizontalAdvance(wanted) > self.fontMetrics().horizontalAdvance(
            self._widest
        ):
            self._widest = wanted
            self.refit()

    def refit(self) -> None:
        width = max(line_edit_width_for(self, self._widest), line_edit_width_for(self, "0" * 9))
        if width != self.width() or self.minimumWidth() != width:
            self.setFixedWidth(width)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.refit()  # larger text: the box grows with it

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.focusEntered.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.focusLeft.emit()


@functools.cache
def _lock_icon() -> QIcon:
    """Open padlock when unchecked, closed when checked; built once, shared by all sliders."""
    icon = QIcon()
    for name, state in (("lock-open.svg", QIcon.State.Off), ("lock-closed.svg", QIcon.State.On)):
        pixmap = QPixmap()
        pixmap.loadFromData(resource_bytes(name), "SVG")
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class FloatSlider(QSlider):
    """A QSlider that moves in hundredths: positions are integers, values are floats."""

    STEPS_PER_UNIT = 100
    valueMoved = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSingleStep(1)
        self.setPageStep(10)
        speak_slider_in(  # a screen reader hears the value, not the position in hundredths
            self,
            SliderScale(
                lambda position: position / self.STEPS_PER_UNIT,
                lambda value: round(value * self.STEPS_PER_UNIT),
            ),
        )
        super().valueChanged.connect(lambda position: self.valueMoved.emit(self.float_value()))

    def set_float_range(self, low: float, high: float) -> None:
        self.setRange(round(low * self.STEPS_PER_UNIT), round(high * self.STEPS_PER_UNIT))

    def float_minimum(self) -> float:
        return self.minimum() / self.STEPS_PER_UNIT

    def float_maximum(self) -> float:
        return self.maximum() / self.STEPS_PER_UNIT

    def float_value(self) -> float:
        return self.value() / self.STEPS_PER_UNIT

    def set_float_value(self, value: float) -> None:
        self.setValue(round(value * self.STEPS_PER_UNIT))


class GradientHint(QWidget):
    """A small arrow: which way, and how strongly, training would push the parameter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._push = 0.0  # −∂MSE/∂p scaled to [−1, 1]; 0 means no hint
        self._visible_hint = False
        self.setFixedSize(QSize(34, 18))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_push(self, push: float | None) -> None:
        shown = push is not None and math.isfinite(push)
        value = max(-1.0, min(1.0, push)) if shown else 0.0
        if shown == self._visible_hint and value == self._push:
            return
        self._visible_hint, self._push = shown, value
        self.update()

    def push(self) -> float | None:
        return self._push if self._visible_hint else None

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._visible_hint or abs(self._push) < 1e-3:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().highlight().color())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        mid_x, mid_y = self.width() / 2, self.height() / 2
        length = max(4.0, abs(self._push) * (self.width() / 2 - 1))
        direction = 1.0 if self._push > 0 else -1.0
        tip = mid_x + direction * length
        head = min(7.0, length)
        shaft_end = tip - direction * head
        painter.drawRect(min(mid_x, shaft_end), mid_y - 2, abs(shaft_end - mid_x), 4)
        painter.drawPolygon(
            QPolygonF(
                [QPointF(tip, mid_y), QPointF(shaft_end, mid_y - 6), QPointF(shaft_end, mid_y + 6)]
            )
        )


class ParamSlider(QWidget):
    """Slider + value box for one parameter.

    ``valueChanged(float)`` fires when the value changes, by the student or by ``setValue``;
    the owner blocks signals (QSignalBlocker) when it mirrors the model into the slider.
    A value outside the range, typed or set, grows the range instead of being clamped.
    """

    valueChanged = Signal(float)
    resetRequested = Signal()
    lockToggled = Signal(bool)

    def __init__(
        self,
        name: str,
        symbol: str,
        minimum: float,
        maximum: float,
        default: float,
        tooltip: str,
        colour: str | None = None,
        parent: QWidget | None = None,
        words: str = "",
    ) -> None:
        """``words``: what the parameter is, said aloud ("forget gate input weight")."""
        super().__init__(parent)
        self.name = name
        self._words = words
        self._default = float(default)
        self._initial_range = (float(minimum), float(maximum))
        self._value = float(default)
        self.setObjectName(f"paramSlider_{name}")

        self._label = QLabel(symbol, self)
        self._label.setObjectName(f"paramLabel_{name}")
        self._label.setMinimumWidth(48)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        if colour:
            self._label.setStyleSheet(f"color: {colour}; font-weight: bold;")

        self._slider = FloatSlider(self)
        self._slider.set_float_range(minimum, maximum)
        self._slider.setMinimumWidth(72)
        self._slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        # The value box takes any number by the app's one rule (parse_number); past the
        # slider's ends the range grows to hold it. What cannot be taken is refused in words.
        self._spin = ValueBox(self)
        self._spin.setObjectName(f"paramValue_{name}")
        self._spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._spin.setMaxLength(200)
        self._spin.refit()
        self._refusal = QLabel(self)
        self._refusal.setObjectName(f"paramError_{name}")
        self._refusal.setProperty("numberError", True)
        self._refusal.setWordWrap(True)
        self._refusal.hide()

        self.hint = GradientHint(self)
        self.hint.setObjectName(f"gradientHint_{name}")

        # The Δ column: hidden until a training run ends (`set_change`).
        self._change: float | None = None
        self._change_fit = ""
        self.change_label = QLabel(self)
        self.change_label.setObjectName(f"paramChange_{name}")
        self.change_label.setTextFormat(Qt.TextFormat.PlainText)
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change_label.hide()
        self._fit_change_column()

        self._lock = QToolButton(self)
        self._lock.setObjectName(f"lockButton_{name}")
        self._lock.setCheckable(True)
        self._lock.setIcon(_lock_icon())
        self._lock.setAutoRaise(True)
        self._locks_what = name
        self._lock.setToolTip(self.tr("Lock {name}: training leaves it alone").format(name=name))
        self._lock.setAccessibleName(self.tr("Lock {0}").format(name))
        self._lock.setAccessibleDescription(self.tr("Training leaves a locked value alone"))
        self._lock.toggled.connect(self._on_lock_toggled)

        self._reset = QToolButton(self)
        self._reset.setObjectName(f"resetButton_{name}")
        self._reset.setText("↺")
        self._reset.setAutoRaise(True)
        self._reset.setToolTip(self.tr("Back to the default, {value}").format(value=f"{default:g}"))
        self._reset.setAccessibleName(
            self.tr("Reset {0} to {1}").format(name, spoken_number(default))
        )
        self._reset.clicked.connect(self.resetRequested)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        layout = QHBoxLayout()
        column.addLayout(layout)
        column.addWidget(self._refusal)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._label)
        layout.addWidget(self._slider, 1)
        layout.addWidget(self._spin)
        layout.addWidget(self.change_label)
        layout.addWidget(self.hint)
        layout.addWidget(self._lock)
        layout.addWidget(self._reset)

        self._base_tooltip = tooltip
        self._update_tooltip()
        self._show_value(self._value)
        self._slider.valueMoved.connect(self._on_slider_moved)
        self._spin.editingFinished.connect(self._on_spin_edited)
        self._spin.focusEntered.connect(self._on_spin_focus)
        self._spin.focusLeft.connect(self._on_spin_focus)

    # ------------------------------------------------------------------ public API
    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:  # noqa: N802 (Qt naming)
        value = float(value)
        if not math.isfinite(value):
            return
        if value == self._value:
            return  # e.g. the model echoing back every weight after one of them moved
        self._value = value
        self._clear_refusal()
        self._show_value(value)
        self.valueChanged.emit(value)

    def refusal(self) -> str:
        """Why the last typed text was refused ("" when nothing was)."""
        return self._refusal.text() if not self._refusal.isHidden() else ""

    def minimum(self) -> float:
        return self._slider.float_minimum()

    def maximum(self) -> float:
        return self._slider.float_maximum()

    def restore_range(self) -> None:
        """Back to the range the slider started with, if the value fits in it."""
        low, high = self._initial_range
        if low <= self._value <= high:
            with QSignalBlocker(self._slider):
                self._slider.set_float_range(low, high)
                self._slider.set_float_value(self._value)
            self._update_tooltip()

    def default(self) -> float:
        return self._default

    def set_lock_scope(self, what: str) -> None:
        """What the lock button locks, in words (a simple-mode slider locks two weights)."""
        self._locks_what = what
        self._lock.setToolTip(self.tr("Lock {what}: training leaves them alone").format(what=what))
        self._lock.setAccessibleName(self.tr("Lock {0}").format(what))

    def is_locked(self) -> bool:
        return self._lock.isChecked()

    def set_locked(self, locked: bool) -> None:
        self._lock.setChecked(locked)

    def set_lock_kept(self, kept: bool) -> None:
        """A locked exercise keeps this lock on: its button is off and says why."""
        if kept == self._lock_kept:
            return
        self._lock_kept = kept
        self._lock.setEnabled(not kept)
        if kept:
            self._lock.setToolTip(
                self.tr("{0} locked by this exercise: training leaves it alone.").format(
                    self._locks_what
                )
            )
        else:
            self._on_lock_tip(self._lock.isChecked())

    def set_words(self, words: str) -> None:
        """What the parameter is, said aloud (the accessible names follow)."""
        self._words = words
        self._update_tooltip()

    def set_label(self, symbol: str) -> None:
        if symbol != self._label.text():
            self._label.setText(symbol)

    def set_note(self, note: str | None) -> None:
        """An extra line in the tooltip, e.g. why simple mode shows a mixed value."""
        if note != self._note:
            self._note = note
            self._update_tooltip()

    def set_fixed(self, fixed: bool) -> None:
        """The lesson fixes this parameter: the tooltip says so (the owner disables it)."""
        if fixed != self._fixed:
            self._fixed = fixed
            self._update_tooltip()

    def set_gradient_hint(self, push: float | None, raw: float | None = None) -> None:
        """``push``: −∂MSE/∂p scaled to [−1, 1]; ``raw``: the unscaled −∂MSE/∂p."""
        if (push, raw) == self._hint_shown:
            return
        self._hint_shown = (push, raw)
        self.hint.set_push(push)
        if push is None or raw is None:
            self.hint.setToolTip(self.tr("Set a target to see which way training would push this."))
        else:
            if raw > 0:
                text = self.tr("Training would raise {name} (−∂MSE/∂{name} = {value})")
            elif raw < 0:
                text = self.tr("Training would lower {name} (−∂MSE/∂{name} = {value})")
            else:
                text = self.tr("Training would leave {name} (−∂MSE/∂{name} = {value})")
            self.hint.setToolTip(text.format(name=self.name, value=f"{raw:+.4f}"))

    def change(self) -> float | None:
        """The change the Δ column shows (None: the column is hidden)."""
        return self._change

    def change_column_text(self, change: float) -> str:
        """What the Δ column shows for ``change``."""
        return self.tr("Δ {change}").format(change=change_text(change))

    def set_change(self, change: float | None, fit: str = "") -> None:
        """Show what the last training did to this parameter (after − before) in place of the
        gradient hint, or hide the Δ column (None) and show the hint again. The column is as
        wide as ``fit`` (the widest text of the panel's rows, so their sliders align). The
        number has its sign in words, not only in colour; the tooltip and what a screen
        reader says give every digit."""
        if change is not None:
            change = float(change)
        self._change_fit = fit
        if change == self._change and (change is None) == self.change_label.isHidden():
            self._fit_change_column()
            return
        self._change = change
        # The Δ column stands where the gradient hint does: what training did, in place of
        # which way it would push, until the weights change again.
        if change is None:
            self.change_label.hide()
            self.change_label.clear()
            self.hint.show()
        else:
            self.hint.hide()
            exact = exact_change_text(change)
            self.change_label.setText(self.change_column_text(change))
            self.change_label.setToolTip(
                self.tr(
                    "What the last training did to {name}: after − before = {change} exactly. "
                    "The column goes when a weight changes or training starts again."
                ).format(name=self.name, change=exact)
            )
            self.change_label.setAccessibleName(
                self.tr("{name} changed by {change} in the last training").format(
                    name=self._said(), change=exact
                )
            )
            self._fit_change_column()
            self.change_label.show()
        self._update_accessible_names()

    def _fit_change_column(self) -> None:
        """As wide as the widest change of the rows at this text size: their sliders align."""
        metrics = self.change_label.fontMetrics()
        width = max(metrics.horizontalAdvance(self._change_fit), 0) + 4
        if self.change_label.minimumWidth() != width:
            self.change_label.setMinimumWidth(width)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_change_column()

    # ------------------------------------------------------------------ internals
    _note: str | None = None
    _fixed = False
    _lock_kept = False
    _hint_shown: tuple[float | None, float | None] | None = None

    def _update_tooltip(self) -> None:
        text = (
            self._base_tooltip
            + "\n"
            + self.tr(
                "Range {low} … {high}, default {default}. Type any value in the box; the range "
                "grows to hold it."
            ).format(
                low=f"{self.minimum():g}", high=f"{self.maximum():g}", default=f"{self._default:g}"
            )
        )
        if self._note:
            text += "\n" + self._note
        if self._fixed:
            text += "\n" + self.tr(
                "Fixed by this lesson: the teacher chose this value for the exercise."
            )
        for widget in (self._label, self._slider):
            widget.setToolTip(text)
        self._update_accessible_names()
        shown = _value_text(self._value)
        exact = (
            self.tr(
                "The box shows {shown} rounded; {name} is {exact} exactly. Click into the box to "
                "see every digit."
            ).format(shown=shown, name=self.name, exact=format_number(self._value))
            + "\n"
            if shown.startswith(ROUNDED)
            else ""
        )
        refused = f"{self._refusal.text()}\n" if not self._refusal.isHidden() else ""
        self._spin.setToolTip(refused + exact + text)

    def _said(self) -> str:
        return f"{self._words} {self.name}" if self._words else self.name

    def _update_accessible_names(self) -> None:
        """The slider and its box say which parameter they set, its range, what the last
        training did to it while the Δ column shows that, and what it does."""
        said = self._said()
        low, high = spoken_number(self.minimum()), spoken_number(self.maximum())
        if self._change is None:
            named = self.tr("{0}, {1} to {2}").format(said, low, high)
        else:
            named = self.tr("{0}, {1} to {2}, changed by {3} in the last training").format(
                said, low, high, exact_change_text(self._change)
            )
        if named != self._slider.accessibleName():
            self._slider.setAccessibleName(named)
            self._spin.setAccessibleName(named)
        if self._base_tooltip != self._slider.accessibleDescription():
            self._slider.setAccessibleDescription(self._base_tooltip)
        refused = f"{self._refusal.text()}\n" if not self._refusal.isHidden() else ""
        if refused + self._base_tooltip != self._spin.accessibleDescription():
            self._spin.setAccessibleDescription(refused + self._base_tooltip)

    def _show_value(self, value: float) -> None:
        self._grow_range_to(value)
        with QSignalBlocker(self._slider):
            self._slider.set_float_value(value)
        self._show_text()
        self._update_tooltip()

    def _show_text(self) -> None:
        """Every digit while the student edits the box; else the value as the box shows it.
        Either way the value itself stays exactly as it is."""
        shown = _value_text(self._value)
        if self._spin.hasFocus() and shown.startswith(ROUNDED):
            self._spin.show_text(format_number(self._value), fit=shown)
        else:
            self._spin.show_text(shown)

    def _grow_range_to(self, value: float) -> None:
        low, high = self.minimum(), self.maximum()
        if low <= value <= high:
            return
        with QSignalBlocker(self._slider):
            self._slider.set_float_range(min(low, math.floor(value)), max(high, math.ceil(value)))
        self._update_tooltip()

    def _on_slider_moved(self, value: float) -> None:
        self.setValue(round(float(value), 2))

    def _on_spin_edited(self) -> None:
        """Enter, or leaving the box: typed text is taken exactly or refused in words. Text
        nobody typed (Enter on the shown value, a click in and out) changes nothing."""
        if not self._spin.isModified():
            self._show_text()
            return
        try:
            value = parse_number(self._spin.text())
        except NumberError as error:
            self._refuse(error_text(error))
            return
        self._clear_refusal()
        if value != self._value:
            self.setValue(value)
        else:  # "1.5" typed over "1.500": show the value as the box always does
            self._show_text()
        self._spin.setModified(False)

    def _on_spin_focus(self) -> None:
        """Focus in: every digit of a rounded value; focus out: rounded again."""
        if not self._spin.isModified():
            self._show_text()

    def _refuse(self, problem: str) -> None:
        """Put the value in effect back in the box, frame it red and say why, under it."""
        kept = format_number(self._value)
        self._refusal.setText(
            self.tr("{problem}. {name} stays {kept}.").format(
                problem=f"{problem[0].upper()}{problem[1:]}", name=self.name, kept=kept
            )
        )
        self._refusal.show()
        self._mark(True)
        self._show_text()
        self._spin.setModified(False)
        if self._spin.hasFocus():
            self._spin.selectAll()  # ready to type again
        self._update_tooltip()

    def _clear_refusal(self) -> None:
        if self._refusal.isHidden():
            return
        self._refusal.clear()
        self._refusal.hide()
        self._mark(False)
        self._update_tooltip()

    def _mark(self, invalid: bool) -> None:
        self._spin.setProperty("invalid", invalid)
        self._spin.style().unpolish(self._spin)
        self._spin.style().polish(self._spin)

    def _on_lock_toggled(self, locked: bool) -> None:
        self._on_lock_tip(locked)
        self.lockToggled.emit(locked)

    def _on_lock_tip(self, locked: bool) -> None:
        what = self._locks_what
        if locked:
            tip = self.tr("{what} locked: training leaves it alone. Click to free.")
        else:
            tip = self.tr("{what} free: training may move it. Click to lock.")
        self._lock.setToolTip(tip.format(what=what))
