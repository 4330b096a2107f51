"""What the single-cell lessons and the Start here guide tell a student they will see, checked.

`CLAIMS` has one row per sentence that says something a student can observe: the lesson, a
fragment of the sentence that must be in the lesson's text (so changing the text without
checking the claim again fails here), and a function that does what the sentence tells the
student to do, in the lesson's own window with the lesson's own settings, and measures what the
sentence says. Numbers are read from the screen (*This step*, the math panel, the training
status, the time series), so they are checked as the app formats them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from helpers import type_into
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionSlider,
)
from translated_text import differences, lesson_differences

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.colours import DARK_SERIES, LIGHT_SERIES
from lstm_lab.engine import MAX_MAGNITUDE, parse_sequence
from lstm_lab.engine.params import PARAM_SPECS, SIMPLE_SPECS
from lstm_lab.resources import localized_resource_text
from lstm_lab.shell.start_guide import GUIDE
from lstm_lab.ui.param_slider import FloatSlider

#: The guide's "Five things to try" happen in this lesson, as the guide says.
GUIDE_LESSON = "explore"
START_HERE = "start_here"
TRAINING_TIMEOUT = 120_000


class Student:
    """A lesson window driven as a student drives it: buttons, boxes, lists and keys."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.state = window.state
        window.activateWindow()  # the student's window has the keyboard
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    # ------------------------------------------------------------------ doing
    def click(self, name: str) -> None:
        button = self.window.findChild(QPushButton, name)
        assert button is not None and button.isEnabled(), name
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def step(self, times: int = 1) -> None:
        for _ in range(times):
            self.click("stepForwardButton")

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        """A key as the keyboard sends it: to whatever has the focus (the window if nothing)."""
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifiers)

    def go_to(self, t: int) -> None:
        """As a click on step t in the unrolled view."""
        self.window.unrolled_view.canvas.stepClicked.emit(t)
        assert self.state.cursor == t

    def type_weight(self, name: str, text: str) -> None:
        """Type a value into a slider's box and press Enter."""
        box = self.window.findChild(QLineEdit, f"paramValue_{name}")
        assert box is not None and box.isVisible(), name
        type_into(self.qtbot, box, text)
        self.qtbot.waitUntil(lambda: not box.hasFocus(), timeout=5000)  # Enter gave the keys back

    def slider(self, name: str) -> FloatSlider:
        return self.window.findChild(object, f"paramSlider_{name}").findChild(FloatSlider)

    def drag(self, name: str, dx: int) -> None:
        """Press on the slider's handle, move it ``dx`` pixels, release: one drag."""
        slider = self.slider(name)
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        handle = (
            slider.style()
            .subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
            )
            .center()
        )
        self.qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle)
        self.qtbot.mouseMove(slider, handle + QPoint(dx // 2, 0))
        self.qtbot.mouseMove(slider, handle + QPoint(dx, 0))
        self.qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=handle + QPoint(dx, 0))

    def drag_to_right_end(self, name: str) -> None:
        self.drag(name, self.slider(name).width())

    def full_weights(self) -> None:
        self.qtbot.mouseClick(
            self.window.findChild(object, "fullModeButton"), Qt.MouseButton.LeftButton
        )
        assert self.state.mode == "full"

    def pin(self, gate: str, choice: str) -> None:
        """Choose ``choice`` ("open: f = 1", "free", …) in the gate's list under Pin a gate."""
        combo = self.window.findChild(QComboBox, f"clampCombo_{gate}")
        index = combo.findText(choice)
        assert index >= 0, f"{choice!r} is not a choice for {gate}"
        combo.setCurrentIndex(index)

    def type_sequence(self, text: str) -> None:
        type_into(self.qtbot, self.window.findChild(QLineEdit, "sequenceEdit"), text)
        np.testing.assert_array_equal(self.state.sequence, parse_sequence(text))

    def choose_training_lesson(self, title: str) -> None:
        combo = self.window.findChild(QComboBox, "targetPresetCombo")
        index = combo.findText(title)
        assert index >= 0, title
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def train(self) -> int:
        """Press Train and wait for the end; the epoch the status line shows."""
        controller = self.window.training_panel.controller
        with self.qtbot.waitSignal(controller.finished, timeout=TRAINING_TIMEOUT) as finished:
            self.click("trainButton")
        reason, _step = finished.args
        assert reason == "converged", self.status()
        match = re.match(r"Epoch (\d+) — ", self.status())
        assert match, self.status()
        return int(match.group(1))

    # ------------------------------------------------------------------ seeing
    def status(self) -> str:
        return self.window.findChild(QLabel, "trainingStatus").text()

    def shown(self, key: str, t: int | None = None) -> str:
        """What *This step* shows for ``key`` (c, h, f, i, o, y, x, mse) at step t."""
        if t is not None:
            self.go_to(t)
        return self.window.findChild(QLabel, f"stat_{key}").text()

    def shown_all(self, key: str) -> list[str]:
        """What *This step* shows for ``key`` at t = 1, 2, …, T."""
        return [self.shown(key, t) for t in range(1, self.state.length + 1)]

    def values(self, key: str) -> np.ndarray:
        return np.array([float(text) for text in self.shown_all(key)])

    def candidate(self, t: int) -> str:
        """C̃(t) as the math panel shows it."""
        self.go_to(t)
        text = self.window.math_panel.toPlainText()
        match = re.search(rf"C̃\({t}\) = tanh\([^)]*\) = (\S+)", text)
        assert match, text
        return match.group(1)

    def written(self) -> np.ndarray:
        """i(t)·C̃(t) of every step: what the input gate writes."""
        trace = self.state.trace
        return np.asarray(trace.i) * np.asarray(trace.g)

    def line(self, key: str) -> np.ndarray:
        """The time series' line for ``key``, over the steps shown."""
        _xs, ys = self.window.time_series.curves[key].getData()
        return np.asarray(ys)

    def weight_box(self, name: str) -> str:
        return self.window.findChild(QLineEdit, f"paramValue_{name}").text()


@dataclass(frozen=True)
class Claim:
    lesson: str  # a built-in lesson's name, or START_HERE for the guide
    fragment: str  # must appear in the lesson's title, summary or text (in the guide's text)
    check: Callable[[Student], None]

    @property
    def id(self) -> str:
        return f"{self.lesson}: {self.fragment[:50]}"


CLAIMS: list[Claim] = []


def claim(lesson: str, fragment: str):
    def register(check: Callable[[Student], None]) -> Callable[[Student], None]:
        CLAIMS.append(Claim(lesson, fragment, check))
        return check

    return register


def guide_text(language: str = "en") -> str:
    """The guide as the student reads it (tags gone, lines joined as the browser shows them)."""
    document = QTextDocument()
    document.setHtml(localized_resource_text(GUIDE, [language]))
    return " ".join(document.toPlainText().split())


def lesson_words(name: str) -> str:
    if name == START_HERE:
        return guide_text()
    lesson = lesson_by_name(name)
    return "\n".join((lesson.title, lesson.summary, lesson.text))


def rising(values) -> bool:
    return bool(np.all(np.diff(values) > 0))


def falling(values) -> bool:
    return bool(np.all(np.diff(values) < 0))


# ============================================================================ Explore
@claim("explore", "press **Step ▶** (or the Right key) to run it one step at a time")
def _(s: Student):
    assert s.state.cursor == 0
    s.step()
    assert s.state.cursor == 1 and s.shown("t") == "1"
    s.key(Qt.Key.Key_Right)
    assert s.state.cursor == 2 and s.shown("t") == "2"


@claim("explore", "Type an input sequence under *Controls*")
def _(s: Student):
    edit = s.window.findChild(QLineEdit, "sequenceEdit")
    assert s.window.docks["controls"].isAncestorOf(edit)
    s.type_sequence("1, 1, 0")
    assert s.state.length == 3


@claim("explore", "The *Math of this step* panel shows every sum with its numbers.")
def _(s: Student):
    s.go_to(1)
    text = s.window.math_panel.toPlainText()
    # Each gate's sum w_x·x(1) + w_h·h(0) + b with the numbers in, and its value.
    assert text.count("0.5000·1.0000 + 0.5000·0.0000 + 0.0000 = 0.5000") == 4
    assert "f(1) = σ(0.5000) = 0.6225" in text
    assert "= 0.6225·0.0000 + 0.6225·0.4621" in text
    assert text.rstrip().endswith("= 1.0000·0.1743 + 0.0000 = 0.1743")


@claim(
    "explore",
    "so f(t), i(t) and o(t) are equal (0.6225 at t = 1) and their lines in the time series lie "
    "on top of each other",
)
def _(s: Student):
    assert [s.shown(gate, 1) for gate in "fio"] == ["0.6225"] * 3
    s.go_to(s.state.length)
    np.testing.assert_array_equal(s.line("f"), s.line("i"))
    np.testing.assert_array_equal(s.line("i"), s.line("o"))
    assert len(s.line("f")) == 5


@claim("explore", "raise **b_f** and the forget gate's line moves up, apart from the other two")
def _(s: Student):
    s.go_to(s.state.length)
    before = s.line("f")
    s.type_weight("b_f", "0.5")
    assert np.all(s.line("f") > before)
    assert np.all(s.line("f") > s.line("i") + 0.05)
    np.testing.assert_array_equal(s.line("i"), s.line("o"))


@claim("explore", "Then move any slider under *Weights and biases* and watch every view follow.")
def _(s: Student):
    s.go_to(3)
    stats, math_text = s.shown("c"), s.window.math_panel.toPlainText()
    line = s.line("c")
    s.drag("w_c", 40)
    assert s.state.params.w_xc == s.state.params.w_hc != 0.5
    assert s.shown("c") != stats
    assert s.window.math_panel.toPlainText() != math_text
    assert not np.array_equal(s.line("c"), line)


@claim("explore", "**Reset** (Home) goes back to t = 0 and keeps your weights.")
def _(s: Student):
    s.step(3)
    s.type_weight("b_o", "0.25")
    s.click("resetButton")
    assert s.state.cursor == 0 and s.state.params.b_o == 0.25
    s.step(2)
    s.key(Qt.Key.Key_Home)
    assert s.state.cursor == 0 and s.state.params.b_o == 0.25


# ============================================================================ A single pulse
@claim(
    "single-pulse",
    "the pulse is written in at t = 1 (C(1) = 0.2876) and then fades: 0.1954, 0.1260, 0.0803, "
    "0.0508",
)
def _(s: Student):
    assert s.shown_all("c") == ["0.2876", "0.1954", "0.1260", "0.0803", "0.0508"]


@claim("single-pulse", "watch the cell state C(t) (blue)")
def _(s: Student):
    for colour in (DARK_SERIES["c"], LIGHT_SERIES["c"]):
        assert 200 <= QColor(colour).hslHue() <= 240, colour
    pen = s.window.time_series.curves["c"].opts["pen"]
    assert pen.color().name() in (DARK_SERIES["c"], LIGHT_SERIES["c"])


@claim("single-pulse", "the forget gate keeps about half of the old value (f(2) = 0.5218)")
def _(s: Student):
    assert s.shown("f", 2) == "0.5218"
    f = s.values("f")[1:]
    assert np.all((f > 0.5) & (f < 0.53))


@claim(
    "single-pulse",
    "and the input gate adds a little, because C̃ is small once x = 0 (C̃(2) = 0.0869 in *Math "
    "of this step*)",
)
def _(s: Student):
    assert s.candidate(2) == "0.0869"
    assert float(s.candidate(1)) > 5 * float(s.candidate(2))
    kept = np.asarray(s.state.trace.f[1:]) * np.asarray(s.state.trace.c[:-1])
    assert np.all(s.written()[1:] < kept / 2)


@claim(
    "single-pulse",
    "raise **b_f** (the forget gate's bias) to 1 and replay — more of the pulse survives: "
    "C(5) = 0.1733 instead of 0.0508",
)
def _(s: Student):
    assert s.shown("c", 5) == "0.0508"
    assert s.slider("b_f").float_maximum() == 1.0
    s.type_weight("b_f", "1")
    s.key(Qt.Key.Key_Home)
    s.step(5)
    assert s.shown("c") == "0.1733"


@claim(
    "single-pulse",
    "but the input gate still writes i(t)·C̃(t) at every step, so C(t) does not stay at "
    "0.2876 — it grows, to 0.4805 at t = 5",
)
def _(s: Student):
    s.pin("f", "open: f = 1")
    assert s.shown_all("f") == ["1.0000"] * 5
    c = s.values("c")
    assert c[0] == 0.2876 and rising(c) and s.shown("c", 5) == "0.4805"
    assert np.all(s.written() > 0.04)


@claim("single-pulse", "the lesson *Remember or forget* shows how")
def _(s: Student):
    other = lesson_by_name("remember-or-forget")
    assert other.title.startswith("Remember or forget")
    s.window.open_lesson(other)
    s.pin("f", "open: f = 1")
    assert s.shown_all("c") == ["0.2876"] * 8


# ============================================================================ Three ones in a row
@claim("three-ones", "Consecutive inputs pile up in the cell state; when they stop, it fades.")
def _(s: Student):
    c = s.values("c")
    assert rising(c[:3]) and falling(c[2:])


@claim(
    "three-ones",
    "Each 1 writes more into the cell state C(t), so it grows for three steps (0.2876, 0.5241, "
    "0.7231)",
)
def _(s: Student):
    assert s.shown_all("c")[:3] == ["0.2876", "0.5241", "0.7231"]
    assert np.all(s.written()[:3] > 0.25)


@claim(
    "three-ones",
    "then the zeros write less and the forget gate keeps about half, so it falls (0.5088, 0.3392)",
)
def _(s: Student):
    assert s.shown_all("c")[3:] == ["0.5088", "0.3392"]
    written = s.written()
    assert written[3:].max() < written[:3].min()
    f = s.values("f")[3:]
    assert np.all((f > 0.5) & (f < 0.56))


@claim(
    "three-ones",
    "Compare C(3) = 0.7231 with h(3) = 0.4072: h(t) = o(t)·tanh(C(t)), and neither tanh nor the "
    "output gate goes past 1, so h can never pass 1 while C can.",
)
def _(s: Student):
    assert (s.shown("c", 3), s.shown("h", 3)) == ("0.7231", "0.4072")
    trace = s.state.trace
    np.testing.assert_allclose(trace.h, np.asarray(trace.o) * np.tanh(trace.c), rtol=1e-15)


@claim(
    "three-ones", "Pin the forget gate at 1 (*Pin a gate*) and C(3) = 1.0187 while h(3) = 0.5104."
)
def _(s: Student):
    s.pin("f", "open: f = 1")
    assert (s.shown("c", 3), s.shown("h", 3)) == ("1.0187", "0.5104")
    assert s.values("c").max() > 1 > np.abs(s.state.trace.h).max()


@claim(
    "three-ones",
    "lower **b_i** (the input gate's bias) to −1 and watch less of each 1 get in: i(1) = 0.3775 "
    "instead of 0.6225, and C(3) reaches only 0.4113.",
)
def _(s: Student):
    assert s.shown("i", 1) == "0.6225"
    before = s.written()
    assert s.slider("b_i").float_minimum() == -1.0
    s.type_weight("b_i", "-1")
    assert s.shown("i", 1) == "0.3775" and s.shown("c", 3) == "0.4113"
    assert np.all(s.written()[:3] < before[:3])


# ============================================================================ On, off, on
@claim("alternating", "An alternating input: the gates rise and fall with it at every step.")
def _(s: Student):
    for gate in "fio":
        steps = np.sign(np.diff(s.values(gate)))
        np.testing.assert_array_equal(steps, [-1, 1, -1, 1])


@claim(
    "alternating",
    "The three gates have different biases here (b_f = 1, b_i = 0, b_o = −1), so their lines in "
    "the time series lie apart: f(t) on top, i(t) in the middle, o(t) at the bottom.",
)
def _(s: Student):
    assert [s.weight_box(name) for name in ("b_f", "b_i", "b_o")] == ["1.000", "0.000", "-1.000"]
    s.go_to(s.state.length)
    f, i, o = s.line("f"), s.line("i"), s.line("o")
    assert len(f) == 5
    assert np.all(f > i + 0.1) and np.all(i > o + 0.1)


@claim("alternating", "so each one rises at a pulse and falls at a zero")
def _(s: Student):
    pulses = s.state.sequence == 1
    for gate in "fio":
        values = s.values(gate)
        assert values[pulses].min() > values[~pulses].max()


@claim(
    "alternating",
    "each pulse adds, each zero lets about a sixth go (C(t) = 0.2876, 0.2403, 0.5050, 0.4247, "
    "0.6726)",
)
def _(s: Student):
    assert s.shown_all("c") == ["0.2876", "0.2403", "0.5050", "0.4247", "0.6726"]
    c = s.values("c")
    lost = 1 - c[1::2] / c[0:-1:2]
    assert np.all((lost > 0.15) & (lost < 0.18))
    assert c[2] > c[1] and c[4] > c[3]


@claim(
    "alternating",
    "switch to **Full** weights and set the input gate's recurrent weight **w_hi** to −2, the "
    "end of its slider.",
)
def _(s: Student):
    s.full_weights()
    assert s.slider("w_hi").float_minimum() == -2.0
    s.type_weight("w_hi", "-2")
    assert s.state.params.w_hi == -2.0


@claim("alternating", "but h(t−1) never passes 0.18 here")
def _(s: Student):
    assert np.max(s.state.trace.h_prev) < 0.18


@claim(
    "alternating",
    "so the gate closes only a little: i(5) falls from 0.6359 to 0.5705, and C(5) from 0.6726 "
    "to 0.6149.",
)
def _(s: Student):
    assert (s.shown("i", 5), s.shown("c", 5)) == ("0.6359", "0.6726")
    s.full_weights()
    s.type_weight("w_hi", "-2")
    assert (s.shown("i", 5), s.shown("c", 5)) == ("0.5705", "0.6149")


# ============================================================================ A late pulse
@claim(
    "late-pulse",
    "so nothing is written and C(1) = C(2) = C(3) = 0, although every gate stands half open at "
    "0.5.",
)
def _(s: Student):
    assert s.shown_all("c")[:3] == ["0.0000"] * 3
    for gate in "fio":
        assert s.shown_all(gate)[:3] == ["0.5000"] * 3
    assert [s.candidate(t) for t in (1, 2, 3)] == ["0.0000"] * 3


@claim("late-pulse", "At t = 4 the input gate (i(4) = 0.6225) lets the pulse in")
def _(s: Student):
    assert s.shown("i", 4) == "0.6225" and s.shown("c", 4) == "0.2876"


@claim(
    "late-pulse",
    "at t = 5 the forget gate keeps f(5) = 0.5218 of it while the input gate adds a little more",
)
def _(s: Student):
    assert s.shown("f", 5) == "0.5218"
    trace = s.state.trace
    kept = trace.f[4] * trace.c[3]
    assert 0 < s.written()[4] < kept / 2
    assert s.shown("c", 5) == f"{kept + s.written()[4]:.4f}"


# ============================================================================ Remember or forget
@claim(
    "remember-or-forget",
    "Here w_hc = 0, so once x = 0 the candidate is C̃ = tanh(0) = 0: nothing new is written, and "
    "after the pulse C(t) = f(t)·C(t−1).",
)
def _(s: Student):
    assert s.state.mode == "full" and s.weight_box("w_hc") == "0.000"
    assert [s.candidate(t) for t in range(2, 9)] == ["0.0000"] * 7
    trace = s.state.trace
    np.testing.assert_array_equal(trace.c[1:], np.asarray(trace.f[1:]) * trace.c[:-1])


@claim("remember-or-forget", "Only the forget gate decides what is left: C(8) = 0.0024.")
def _(s: Student):
    assert s.shown("c", 8) == "0.0024"


@claim(
    "remember-or-forget",
    "w_xf makes no difference to C at all (x = 1 only at t = 1, when there is nothing to forget "
    "yet)",
)
def _(s: Student):
    before = s.state.trace.c.copy()
    for text in ("-2", "2"):
        s.type_weight("w_xf", text)
        np.testing.assert_array_equal(s.state.trace.c, before)


@claim(
    "remember-or-forget",
    "w_hf moves C(8) only between 0.0017 and 0.0031 from one end of its slider to the other",
)
def _(s: Student):
    ends = []
    for value in (-2.0, 2.0):
        assert value in (PARAM_SPECS["w_hf"].minimum, PARAM_SPECS["w_hf"].maximum)
        s.type_weight("w_hf", f"{value:g}")
        ends.append(s.shown("c", 8))
    assert ends == ["0.0017", "0.0031"]


@claim(
    "remember-or-forget",
    "set b_f = 1 and then b_f = −1 and compare C(8) in *This step*: 0.0344, then 0.0000.",
)
def _(s: Student):
    s.type_weight("b_f", "1")
    assert s.shown("c", 8) == "0.0344"
    s.type_weight("b_f", "-1")
    assert s.shown("c", 8) == "0.0000"


@claim("remember-or-forget", "at f = 1 the cell state holds still at 0.2876 up to t = 8")
def _(s: Student):
    s.pin("f", "open: f = 1")
    assert s.shown_all("c") == ["0.2876"] * 8


@claim("remember-or-forget", "at f = 0 it is gone after one step (C(2) = 0.0000)")
def _(s: Student):
    s.pin("f", "shut: f = 0")
    assert s.shown("c", 1) == "0.2876"
    np.testing.assert_array_equal(s.state.trace.c[1:], 0.0)
    assert s.shown("c", 2) == "0.0000"


@claim(
    "remember-or-forget",
    "Now, with f still pinned at 1, set w_hc back to 0.5: C̃ is no longer 0, the input gate "
    "writes a little at every step, and C(t) grows to 0.6892 at t = 8.",
)
def _(s: Student):
    s.pin("f", "open: f = 1")
    s.type_weight("w_hc", "0.5")
    assert all(float(s.candidate(t)) > 0 for t in range(2, 9))
    c = s.values("c")
    assert rising(c) and s.shown("c", 8) == "0.6892"


# ============================================================================ Train: hold
@claim(
    "train-hold",
    "Press **Train**: the MSE falls below 0.0001 and y(t) stays near 1 from t = 3 on.",
)
def _(s: Student):
    assert float(s.shown("mse")) > 0.5
    s.train()
    assert float(s.shown("mse")) < 0.0001
    assert np.all(np.abs(s.values("y")[2:] - 1) < 0.03)


@claim(
    "train-hold",
    "Look at C(t): it does not hold still but keeps growing (1.3064 at t = 2, 6.0157 at t = 8)",
)
def _(s: Student):
    s.train()
    assert (s.shown("c", 2), s.shown("c", 8)) == ("1.3064", "6.0157")
    assert rising(s.values("c")[1:])


@claim("train-hold", "tanh(C(t)) is close to 1 (above 0.95 from t = 3 on)")
def _(s: Student):
    s.train()
    assert np.all(np.tanh(s.values("c")[2:]) > 0.95)


@claim("train-hold", "Which gates end up wide open?")
def _(s: Student):
    s.train()
    # The question has an answer on screen: the forget and the input gate, from t = 4 on.
    for gate in "fi":
        assert s.values(gate)[3:].min() > 0.95
    assert s.values("o")[3:].max() < 0.9


@claim(
    "train-hold",
    "type a sequence without a pulse, eight zeros: the output still climbs to 1 "
    "(y(4) = 0.9958, MSE 0.799688). The cell learnt this one sequence, not the rule.",
)
def _(s: Student):
    s.train()
    s.type_sequence("0, 0, 0, 0, 0, 0, 0, 0")
    np.testing.assert_array_equal(s.state.target, 0.0)  # the rule: no pulse, no 1
    assert s.shown("y", 4) == "0.9958" and s.shown("mse") == "0.799688"


@claim("train-hold", "Tick *Train on many random sequences* and train again")
def _(s: Student):
    check = s.window.findChild(QCheckBox, "taskCheck")
    assert check.text() == "Train on many random sequences" and check.isEnabled()


# ============================================================================ Train: echo
@claim("train-echo", "y(t) = x(t). No memory needed.")
def _(s: Student):
    np.testing.assert_array_equal(s.state.target, s.state.sequence)


@claim(
    "train-echo",
    "this one is learnt fast, in under 100 epochs (*Hold the pulse* needs over 400)",
)
def _(s: Student):
    assert s.train() < 100
    s.window.open_lesson(lesson_by_name("train-hold"))
    assert s.train() > 400


@claim("train-echo", "Which weights did training change most?")
def _(s: Student):
    before = s.state.params.copy()
    s.train()
    # The question has an answer on screen: the Δ column beside every weight, after − before.
    after = s.state.params
    panel = s.window.param_panel
    shown = [name for name, slider in panel.sliders.items() if slider.isVisible()]
    assert set(shown) == set(PARAM_SPECS)  # training set the weights apart: one row each
    for name in shown:
        label = s.window.findChild(QLabel, f"paramChange_{name}")
        assert label.isVisible() and label.text().startswith("Δ "), name
        assert panel.sliders[name].change() == getattr(after, name) - getattr(before, name)


@claim("train-echo", "The forget gate ends low, below 0.28 at every step")
def _(s: Student):
    s.train()
    assert s.values("f").max() < 0.28


@claim(
    "train-echo",
    "type another sequence, such as 0, 1, 1, 0, 0, 1, 0, 1: the MSE stays below 0.0001, and so "
    "it does for eight ones or eight zeros. This rule needs no memory, and the cell learnt it "
    "from one sequence.",
)
def _(s: Student):
    s.train()
    for sequence in ("0, 1, 1, 0, 0, 1, 0, 1", "1, 1, 1, 1, 1, 1, 1, 1", "0, 0, 0, 0, 0, 0, 0, 0"):
        s.type_sequence(sequence)
        assert float(s.shown("mse")) < 0.0001, sequence


# ============================================================================ Train: delay
@claim(
    "train-delay",
    "it ends near 1 at every pulse (above 0.98) and between 0.56 and 0.71 after a zero, and "
    "C(t) never empties (it stays above 0.35)",
)
def _(s: Student):
    s.train()
    f, pulses = s.values("f"), s.state.sequence == 1
    assert f[pulses].min() > 0.98
    assert 0.56 < f[~pulses].min() and f[~pulses].max() < 0.71
    assert s.values("c").min() > 0.35


@claim(
    "train-delay",
    "C(t) is above 0.66 at every step that follows a 1 and below 0.52 at every other step.",
)
def _(s: Student):
    s.train()
    c = s.values("c")
    after_a_one = np.concatenate([[False], s.state.sequence[:-1] == 1])
    assert c[after_a_one].min() > 0.66 and c[~after_a_one].max() < 0.52


@claim("train-delay", "Then type 0, 1, 1, 0, 1, 0, 0, 1: the MSE jumps to 0.184323.")
def _(s: Student):
    s.train()
    s.type_sequence("0, 1, 1, 0, 1, 0, 0, 1")
    assert s.shown("mse") == "0.184323"


# ============================================================================ Train: count
@claim(
    "train-count",
    "the MSE falls below 0.0001, yet the forget gate rises only to between 0.65 and 0.85",
)
def _(s: Student):
    before = s.values("f")
    assert before.max() < 0.66
    s.train()
    assert float(s.shown("mse")) < 0.0001
    f = s.values("f")
    assert f.min() > 0.65 and f.max() < 0.85 and f.mean() > before.mean()


@claim(
    "train-count",
    "type eight ones and the target climbs to 1 while y(8) reaches only 0.6147 (MSE 0.033034)",
)
def _(s: Student):
    s.train()
    s.type_sequence("1, 1, 1, 1, 1, 1, 1, 1")
    assert s.state.target[-1] == 1.0 and rising(s.state.target)
    assert s.shown("y", 8) == "0.6147" and s.shown("mse") == "0.033034"


# ============================================================================ Train: reset
@claim(
    "train-reset",
    "a pulse pushes the forget gate towards shut (w_xf = −2, so f(2) = 0.2689) and otherwise it "
    "leans open (b_f = 1: f(t) is about 0.75)",
)
def _(s: Student):
    assert (s.state.params.w_xf, s.state.params.b_f) == (-2.0, 1.0)
    f, pulses = s.values("f"), s.state.sequence == 1
    assert s.shown("f", 2) == "0.2689" and f[pulses].max() < 0.3
    assert 0.73 < f[~pulses].min() and f[~pulses].max() < 0.76


@claim(
    "train-reset",
    "it falls to 0.0726 at the first pulse and 0.0821 at the second, and rises above 0.99 at "
    "every other step.",
)
def _(s: Student):
    s.train()
    assert (s.shown("f", 2), s.shown("f", 5)) == ("0.0726", "0.0821")
    f, pulses = s.values("f"), s.state.sequence == 1
    assert f[~pulses].min() > 0.99


@claim("train-reset", "Then type 0, 0, 1, 0, 0, 0, 1, 0: the MSE is 0.542970.")
def _(s: Student):
    s.train()
    s.type_sequence("0, 0, 1, 0, 0, 0, 1, 0")
    assert s.shown("mse") == "0.542970"


# ============================================================================ Start here
@claim(
    START_HERE,
    "the pulse at t = 1 is written into the memory (C(1) = 0.2876), then forgotten step by step "
    "(C(5) = 0.0508).",
)
def _(s: Student):
    shown = []
    for _ in range(5):
        s.step()
        shown.append(s.shown("c"))
    assert shown[0] == "0.2876" and shown[-1] == "0.0508"
    assert falling([float(text) for text in shown])


@claim(
    START_HERE,
    "to the right end of its slider, 1: the cell now remembers longer, C(5) = 0.1733 instead of "
    "0.0508. Press Ctrl+Z to undo.",
)
def _(s: Student):
    s.step(5)  # where the first thing to try leaves the student
    s.drag_to_right_end("b_f")
    assert s.state.params.b_f == 1.0 and s.shown("c") == "0.1733"
    s.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.state.params.b_f == 0.0 and s.shown("c") == "0.0508"


@claim(
    START_HERE,
    "set the forget gate to open: f = 1: nothing of C(t−1) is forgotten, but the input gate "
    "still writes, so C(t) grows (C(5) = 0.4805).",
)
def _(s: Student):
    s.pin("f", "open: f = 1")
    trace = s.state.trace
    np.testing.assert_allclose(trace.c, np.asarray(trace.c_prev) + s.written(), rtol=1e-15)
    assert rising(s.values("c")) and s.shown("c", 5) == "0.4805"


@claim(
    START_HERE,
    "Set it to shut: f = 0: the memory is wiped at every step, and C(t) is only what that step "
    "writes (C(2) = 0.0453).",
)
def _(s: Student):
    s.pin("f", "open: f = 1")
    s.pin("f", "shut: f = 0")
    np.testing.assert_array_equal(s.state.trace.c, s.written())
    assert s.shown("c", 2) == "0.0453"


@claim(START_HERE, "Free all gates lets the gates follow their weights again.")
def _(s: Student):
    s.pin("f", "shut: f = 0")
    s.click("freeGatesButton")
    assert s.state.clamps == {} and s.shown("c", 5) == "0.0508"


@claim(
    START_HERE, "Type your own input in the sequence field, e.g. 0, 0, 1, 0, 0, 1, and press Enter."
)
def _(s: Student):
    s.type_sequence("0, 0, 1, 0, 0, 1")


@claim(
    START_HERE,
    "pick the lesson “Hold the pulse” and press Train: the sliders move and the MSE falls from "
    "0.691538 to below 0.0001.",
)
def _(s: Student):
    s.choose_training_lesson("Hold the pulse")
    assert s.shown("mse") == "0.691538"
    before = s.slider("b_f").value()
    s.train()
    assert s.slider("b_f").value() != before
    assert float(s.shown("mse")) < 0.0001


# ============================================================================ the tests
@pytest.fixture
def student(qtbot, open_window):
    def make(lesson: str) -> Student:
        window = open_window(GUIDE_LESSON if lesson == START_HERE else lesson)
        return Student(qtbot, window)

    return make


@pytest.mark.parametrize("row", CLAIMS, ids=[row.id for row in CLAIMS])
def test_the_claim_holds_on_the_lessons_own_screen(row: Claim, student):
    assert row.fragment in lesson_words(row.lesson), "the text no longer says this: check again"
    row.check(student(row.lesson))


CELL_LESSONS = [lesson.name for lesson in builtin_lessons() if lesson.kind == "cell"]
NUMBER = re.compile(r"−?\d+\.\d+")


@pytest.mark.parametrize("name", [*CELL_LESSONS, START_HERE])
def test_every_number_a_text_shows_is_in_a_checked_claim(qapp, name):
    """A number the student is told they will see (0.2876, 0.0001, …) sits in a sentence of
    `CLAIMS`: a new or changed number cannot reach a lesson unchecked."""
    words = lesson_words(name)
    if name == START_HERE:
        words = words[words.index("Five things to try") : words.index("Keys")]
    fragments = [row.fragment for row in CLAIMS if row.lesson == name]
    unchecked = [
        match.group()
        for match in NUMBER.finditer(words)
        if not any(_covers(words, fragment, *match.span()) for fragment in fragments)
    ]
    assert not unchecked, f"{name}: numbers no claim checks: {unchecked}"


def _covers(words: str, fragment: str, start: int, end: int) -> bool:
    """True when an occurrence of ``fragment`` in ``words`` holds words[start:end]."""
    at = words.find(fragment)
    while at >= 0:
        if at <= start and end <= at + len(fragment):
            return True
        at = words.find(fragment, at + 1)
    return False


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
@pytest.mark.parametrize("name", CELL_LESSONS)
def test_the_chinese_text_states_the_same_numbers(name, language):
    """The translated texts state exactly the numbers the claims above check, each as often,
    with the same names and sources (`translated_text`)."""
    assert lesson_differences(lesson_by_name(name), language) == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_chinese_guide_states_the_same_numbers(qapp, language):
    """The guide in Chinese asks for the same settings and promises the same numbers (the
    claims above check the English ones), with the same keys."""
    english, chinese = guide_text(), guide_text(language)
    assert chinese != english
    assert differences(english, chinese) == []
    for key in ("Right / Left", "Ctrl+Z / Ctrl+Shift+Z", "Ctrl++ / Ctrl+−", "F11", "Ctrl+P"):
        assert key in chinese


#: Textbook claims and the sources a lesson names for them.
READ_MORE = {
    "remember-or-forget": (
        "Hochreiter & Schmidhuber 1997",
        "Gers, Schmidhuber & Cummins 2000",
        "Bengio, Simard & Frasconi 1994",
        "Pascanu, Mikolov & Bengio 2013",
    ),
    "train-count": ("Gers & Schmidhuber 2001",),
}


@pytest.mark.parametrize("name", sorted(READ_MORE))
def test_a_textbook_claim_names_its_source(name):
    lines = [
        line for line in lesson_by_name(name).text.splitlines() if line.startswith("Read more:")
    ]
    assert len(lines) == 1
    for source in READ_MORE[name]:
        assert source in lines[0]


#: Every setting the guide tells the student to make: the words, the control, the value.
GUIDE_SETTINGS = (
    ("Drag the forget-gate bias bf to the right end of its slider, 1", "slider", "b_f", 1.0),
    ("set the forget gate to open: f = 1", "pin", "f", "open: f = 1"),
    ("Set it to shut: f = 0", "pin", "f", "shut: f = 0"),
    ("e.g. 0, 0, 1, 0, 0, 1, and press Enter", "sequence", None, "0, 0, 1, 0, 0, 1"),
    ("pick the lesson “Hold the pulse”", "training lesson", None, "Hold the pulse"),
)


def test_every_setting_the_guide_asks_for_is_within_its_control(open_window):
    window = open_window(GUIDE_LESSON)
    text = guide_text()
    for words, control, name, value in GUIDE_SETTINGS:
        assert words in text, words
        if control == "slider":
            slider = window.findChild(object, f"paramSlider_{name}").findChild(FloatSlider)
            spec = PARAM_SPECS[name]
            assert spec.minimum <= value <= spec.maximum, words
            assert slider.float_maximum() == value, words  # its right end
        elif control == "pin":
            combo = window.findChild(QComboBox, f"clampCombo_{name}")
            assert combo.findText(value) >= 0, words
        elif control == "sequence":
            values = parse_sequence(value)
            assert np.all(np.abs(values) <= MAX_MAGNITUDE), words
        else:
            combo = window.findChild(QComboBox, "targetPresetCombo")
            assert combo.findText(value) >= 0, words
    # Every weight or bias the guide names is in the table above, with its value.
    tries = text[text.index("Five things to try") : text.index("Keys")]
    named = {
        name
        for name in (*PARAM_SPECS, *SIMPLE_SPECS)
        if re.search(rf"\b({name}|{name.replace('_', '')})\b", tries)
    }
    assert named == {
        name for _words, control, name, _value in GUIDE_SETTINGS if control == "slider"
    }


def test_the_guide_keys_are_the_windows_keys(open_window):
    window = open_window(GUIDE_LESSON)
    text = guide_text()
    keys = {
        "Right / Left step forward / back": ("step_forward", "step_back"),
        "Space play or pause": ("play",),
        "Home / End to t = 0 / to the last step": ("reset", "end"),
        "Ctrl+Z / Ctrl+Shift+Z undo / redo a change": ("undo", "redo"),
        "Ctrl++ / Ctrl+− larger / smaller text, for projectors": ("larger", "smaller"),
        "F11 full screen": ("fullscreen",),
        "Ctrl+P print a worksheet (PDF) for the class": ("worksheet",),
        "F1 the equations": ("equations",),
    }
    shortcuts = {
        "step_forward": "Right", "step_back": "Left", "play": "Space", "reset": "Home",
        "end": "End", "undo": "Ctrl+Z", "redo": "Ctrl+Shift+Z", "larger": "Ctrl++",
        "smaller": "Ctrl+-", "fullscreen": "F11", "worksheet": "Ctrl+P", "equations": "F1",
    }  # fmt: skip
    for row, actions in keys.items():
        assert row in text, row
        for key in actions:
            bound = [s.toString() for s in window.actions_by_key[key].shortcuts()]
            assert shortcuts[key] in bound, (key, bound)
