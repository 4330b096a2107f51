"""What the lesson "Who remembers? RNN, LSTM and GRU" tells a student they will see, checked.

`CLAIMS` has one row per sentence that says something a student can observe: a fragment of the
sentence that must be in the lesson's text once (so changing the text without checking the
claim again fails here), and a function that does what the sentence tells the student to do,
in the lesson's own window with the lesson's own settings, and measures what the sentence says.
Numbers are read from the screen where it shows them: the cells' memory lines, the plots' data,
the sliders' boxes and the race's verdict. The race's outcomes at the lesson's full budget (5
seeds of 250 epochs) take a minute or more each and are marked ``slow``; a race of every cell
alone is the same race as all three together (each cell draws its own sequences from the same
seed), so a sentence about one cell races that cell alone.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit
from translated_text import lesson_differences

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.engine import CELLS
from lstm_lab.engine.memory import READOUT_HEIGHTS, READOUT_NOISE
from lstm_lab.engine.race import BASELINE_MSE, LEARNT_SHARE, race_seeds

LESSON = "compare-who-remembers"
RACE_TIMEOUT = 600_000


def lesson_words() -> str:
    lesson = lesson_by_name(LESSON)
    return "\n".join((lesson.title, lesson.summary, lesson.text))


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


class Student:
    """The comparison window driven as a student drives it."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.model = window.model

    # ------------------------------------------------------------------ doing
    def type_sequence(self, values) -> None:
        text = ", ".join(f"{v:g}" for v in values)
        type_into(self.qtbot, self.window.sequence_edit, text)
        assert list(self.model.sequence) == [float(v) for v in values]

    def type_weight(self, cell: str, name: str, text: str) -> None:
        box = self.window.columns[cell].sliders[name].findChild(QLineEdit)
        assert box is not None and box.isVisible(), (cell, name)
        type_into(self.qtbot, box, text)
        assert self.model.params(cell).to_dict()[name] == float(text)

    def choose(self, title: str) -> None:
        """Pick ``title`` in the list *Try a setting…*."""
        combo = self.window.preset_combo
        index = combo.findText(title)
        assert index >= 0, title
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def click(self, button) -> None:
        assert button.isVisible() and button.isEnabled()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def show_tab(self, tabs, title: str) -> None:
        index = next(k for k in range(tabs.count()) if tabs.tabText(k) == title)
        tabs.setCurrentIndex(index)
        QApplication.processEvents()

    # ------------------------------------------------------------------ seeing
    def memory_line(self, cell: str) -> str:
        """The line under a cell's name: remembers for N · readable M · a latch from L."""
        return plain(self.window.columns[cell].readout.text())

    def number_after(self, cell: str, words: str) -> int:
        match = re.search(rf"{words} (\d+)", self.memory_line(cell))
        assert match, (cell, words, self.memory_line(cell))
        return int(match.group(1))

    def curve(self, plot: str, key: str) -> np.ndarray:
        """Curve ``key`` of a plot as it was given to draw (``plot``: hidden, retention,
        readout, gradient)."""
        return self.window.__dict__[f"{plot}_plot"].data(key)[1]

    def weight(self, cell: str, name: str) -> str:
        return self.window.columns[cell].sliders[name].findChild(QLineEdit).text()

    def lstm_trace(self):
        return self.window.states["lstm"].trace


@dataclass(frozen=True)
class Claim:
    fragment: str  # must appear once in the lesson's title, summary or text
    check: Callable[[Student], None]
    slow: bool = False

    @property
    def id(self) -> str:
        return self.fragment[:60]


CLAIMS: list[Claim] = []


def claim(fragment: str, slow: bool = False):
    def register(check: Callable[[Student], None]) -> Callable[[Student], None]:
        CLAIMS.append(Claim(fragment, check, slow))
        return check

    return register


# ============================================================================ memory
@claim("Three recurrent cells of one unit each read the same sequence: a **pulse**, then 49 zeros.")
def _(s: Student):
    assert list(s.model.sequence) == [1.0] + [0.0] * 49
    assert s.window.sequence_edit.text() == ", ".join(["1"] + ["0"] * 49)
    for name in ("rnn", "lstm", "gru"):
        assert np.ndim(s.model.params(name).as_vector()) == 1  # one cell's scalars: one unit
        assert len(s.curve("hidden", name)) == 50
    assert s.model.units == 1


@claim("run B the same sequence with its first value replaced by 0")
def _(s: Student):
    with_pulse = {name: s.curve("hidden", name).copy() for name in ("rnn", "lstm", "gru")}
    kept = {name: s.curve("retention", name).copy() for name in ("rnn", "lstm", "gru")}
    s.type_sequence([0.0] * 50)  # run B, as the student types it
    for name in ("rnn", "lstm", "gru"):
        difference = np.maximum(np.abs(with_pulse[name] - s.curve("hidden", name)), 1e-12)
        np.testing.assert_allclose(kept[name], difference, rtol=1e-12)


@claim(
    "A cell *remembers for N steps* while retention(k) is at least 1% of retention(1): here the "
    "RNN remembers for 21 steps, the LSTM and the GRU for all 50."
)
def _(s: Student):
    for name, steps in (("rnn", 21), ("lstm", 50), ("gru", 50)):
        assert s.number_after(name, "remembers for") == steps
        kept = s.curve("retention", name)
        assert np.flatnonzero(kept >= 0.01 * kept[0])[-1] + 1 == steps
    assert s.window.columns["lstm"].readout.toolTip().startswith("The sequence has 50 steps. ")


@claim(
    "The *Read-out R²* tab of *Memory* runs the sequence with 8 pulse heights from 0.1 to 1 and "
    "shows how well a straight line from h(k) gives the height back, with h read through noise "
    "of 0.001."
)
def _(s: Student):
    window = s.window
    assert window.docks["retention"].windowTitle() == "Memory"
    assert window.docks["retention"].isAncestorOf(window.memory_tabs)
    s.show_tab(window.memory_tabs, "Read-out R²")
    assert window.readout_plot.isVisible()
    heights = np.linspace(0.1, 1.0, 8)
    np.testing.assert_allclose(READOUT_HEIGHTS, heights)
    for name in ("rnn", "lstm", "gru"):
        cell = CELLS[name]
        runs = []
        for height in heights:  # each height, as the student would type it
            xs = s.model.sequence.copy()
            xs[0] = height
            runs.append(np.asarray(cell.run(s.model.params(name), xs).h))
        h = np.array(runs).T
        for k in (0, 9, 29, 49):
            slope, intercept = np.polyfit(h[k], heights, 1)  # the best straight line
            explained = np.var(slope * h[k] + intercept) / np.var(heights)
            # Read through noise σ: the line's share shrinks by var(h) / (var(h) + σ²).
            noisy = explained * np.var(h[k]) / (np.var(h[k]) + 0.001**2)
            assert s.curve("readout", name)[k] == pytest.approx(noisy, rel=1e-6, abs=1e-9)
    assert READOUT_NOISE == 0.001


@claim("The RNN's height stays readable (R² ≥ 0.9) for 17 steps, the LSTM's for 24.")
def _(s: Student):
    for name, steps in (("rnn", 17), ("lstm", 24)):
        assert s.number_after(name, "readable") == steps
        r2 = s.curve("readout", name)
        assert np.all(r2[:steps] >= 0.9) and r2[steps] < 0.9


@claim(
    "From step 43 the LSTM is a **latch**: its retention stays high while its R² falls below 0.5 "
    "(0.45 at step 50)"
)
def _(s: Student):
    assert "latch from 43" in s.memory_line("lstm")
    r2, kept = s.curve("readout", "lstm"), s.curve("retention", "lstm")
    assert np.all(r2[:42] >= 0.5) and np.all(r2[42:] < 0.5)
    assert np.all(kept[42:] > 0.5)  # higher than right after the pulse (0.17)
    assert f"{r2[49]:.2f}" == "0.45"


@claim("because h(50) lies between 0.556 and 0.569 for every pulse from 0.25 to 1")
def _(s: Student):
    ends = []
    for height in (0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0):
        s.type_sequence([height] + [0.0] * 49)
        ends.append(s.curve("hidden", "lstm")[49])
    assert f"{min(ends):.3f}" == "0.556" and f"{max(ends):.3f}" == "0.569"
    assert ends == sorted(ends)


@claim("The GRU's R² stays at 0.9 or above for all 50 steps.")
def _(s: Student):
    assert np.all(s.curve("readout", "gru") >= 0.9)
    assert s.number_after("gru", "readable") == 50


# ============================================================================ gradients
@claim(
    "gradient(k) = |∂y(T)/∂x(T−k)|: how strongly the last output can still learn from the input "
    "k steps back, by backpropagation through time."
)
def _(s: Student):
    xs = s.model.sequence
    for name in ("rnn", "lstm", "gru"):
        cell, params = CELLS[name], s.model.params(name)
        shown = s.curve("gradient", name)
        for k in (0, 5, 20, 49):
            up, down = xs.copy(), xs.copy()
            up[49 - k] += 1e-6
            down[49 - k] -= 1e-6
            slope = (cell.run(params, up).y[-1] - cell.run(params, down).y[-1]) / 2e-6
            assert shown[k] == pytest.approx(abs(slope), rel=1e-4, abs=1e-10)


@claim(
    "The one-unit tanh RNN has a single path back, so its gradient is exactly "
    "|w_in·w_out|·|w_hh|^k·Π(1 − h²) (dashed)"
)
def _(s: Student):
    h = s.curve("hidden", "rnn")
    w_in, w_hh, w_out = (float(s.weight("rnn", n)) for n in ("w_in", "w_hh", "w_out"))
    product = [
        abs(w_in * w_out) * abs(w_hh) ** k * np.prod(1 - h[49 - k :] ** 2) for k in range(50)
    ]
    path = s.curve("gradient", "rnn_path")
    np.testing.assert_allclose(path, np.maximum(product, 1e-12), rtol=1e-12)
    np.testing.assert_allclose(path, s.curve("gradient", "rnn"), rtol=1e-12)
    assert s.window.gradient_plot.style_of("rnn_path") == "dash"


@claim("the dotted line |w_in·w_out|·|w_hh|^k is the bound it stays under")
def _(s: Student):
    assert s.window.gradient_plot.style_of("rnn_bound") == "dot"
    for w_hh in ("0.8", "0.95", "1.2"):
        s.type_weight("rnn", "w_hh", w_hh)
        bound = s.curve("gradient", "rnn_bound")
        np.testing.assert_allclose(bound, 0.5 * float(w_hh) ** np.arange(50), rtol=1e-12)
        assert np.all(s.curve("gradient", "rnn") <= bound)


@claim(
    "After the pulse h fades toward 0, so each 1 − h² is close to 1: the RNN's gradient stays "
    "within 1% of its bound, 0.5·0.8^k, up to k = 40, and is 0.56 of it at the pulse's own step "
    "(k = 49)."
)
def _(s: Student):
    h = s.curve("hidden", "rnn")
    assert np.all(np.diff(np.abs(h)) < 0)  # fades
    ratio = s.curve("gradient", "rnn") / s.curve("gradient", "rnn_bound")
    np.testing.assert_allclose(s.curve("gradient", "rnn_bound"), 0.5 * 0.8 ** np.arange(50))
    assert np.all(ratio[:41] > 0.99) and ratio[41] < 0.99
    assert f"{ratio[49]:.2f}" == "0.56"


@claim("Lower w_hh and the gradient vanishes faster.")
def _(s: Student):
    before = s.curve("gradient", "rnn").copy()
    s.type_weight("rnn", "w_hh", "0.5")
    after = s.curve("gradient", "rnn")
    assert np.all(after[1:] / after[0] < before[1:] / before[0])


@claim("With b_f = 3 its forget gate stays between 0.95 and 0.98")
def _(s: Student):
    assert s.weight("lstm", "b_f") == "3.000"
    f = np.asarray(s.lstm_trace().f)
    assert np.all((f > 0.95) & (f < 0.98))


@claim(
    "but w_hc = 0.5 feeds h back into the candidate C̃: after the pulse the cell keeps adding to "
    "C, which grows to 3.28, where tanh is flat."
)
def _(s: Student):
    assert s.weight("lstm", "w_hc") == "0.500"
    trace = s.lstm_trace()
    written = np.asarray(trace.i) * np.asarray(trace.g)
    assert np.all(written[1:] > 0.04)  # i·C̃ adds to C at every step after the pulse
    c = np.asarray(trace.c)
    assert np.all(np.diff(c) > 0) and f"{c[-1]:.2f}" == "3.28"
    assert 1 - math.tanh(c[-1]) ** 2 < 0.01  # tanh's slope there


@claim("Its gradient falls 119× in the first 10 steps and stays below the RNN's for k = 0 to 29.")
def _(s: Student):
    lstm, rnn = s.curve("gradient", "lstm"), s.curve("gradient", "rnn")
    assert round(lstm[0] / lstm[10]) == 119
    assert np.all(lstm[:30] < rnn[:30]) and lstm[30] > rnn[30]


@claim(
    "Along the cell state alone the gradient is multiplied by f(t) at every step back "
    "(dash-dot, Π f(t)); this LSTM's gradient is far from that line."
)
def _(s: Student):
    assert s.window.gradient_plot.style_of("lstm_cell_path") == "dashdot"
    trace, params = s.lstm_trace(), s.model.params("lstm")
    f, i, g = (np.asarray(getattr(trace, k)) for k in "fig")
    c_prev = np.asarray(trace.c_prev)
    # What x(t) writes into C(t) at its own step, through f, i and C̃.
    local = np.abs(
        params.w_xf * c_prev * f * (1 - f)
        + params.w_xi * g * i * (1 - i)
        + params.w_xc * i * (1 - g * g)
    )
    along_c = s.curve("gradient", "lstm_cell_path") / local[::-1]
    steps = along_c[1:] / along_c[:-1]  # one step further back
    np.testing.assert_allclose(steps, f[::-1][:-1], rtol=1e-9)
    ratio = s.curve("gradient", "lstm") / s.curve("gradient", "lstm_cell_path")
    assert ratio.max() / ratio.min() > 50


@claim(
    "Under *Try a setting…* choose *LSTM, w_hc = 0: a quiet C̃*: nothing new is written after "
    "the pulse, the LSTM's gradient follows its Π f(t) line to within 8%, and the pulse's height "
    "stays readable for all 50 steps."
)
def _(s: Student):
    assert s.window.preset_combo.itemText(0) == "Try a setting…"
    s.choose("LSTM, w_hc = 0: a quiet C̃")
    assert s.weight("lstm", "w_hc") == "0.000"
    assert s.window.preset_note.isVisible()
    trace = s.lstm_trace()
    written = np.asarray(trace.i) * np.asarray(trace.g)
    assert np.all(written[1:] == 0.0)
    ratio = s.curve("gradient", "lstm") / s.curve("gradient", "lstm_cell_path")
    assert np.all(np.abs(ratio - 1) < 0.08)
    assert s.number_after("lstm", "readable") == 50
    assert np.all(s.curve("readout", "lstm") >= 0.9)


@claim("Choose *RNN, w_hh = 1.5: it explodes*: a pulse of 0.01, then 11 zeros.")
def _(s: Student):
    s.choose("RNN, w_hh = 1.5: it explodes")
    assert s.window.sequence_edit.text() == ", ".join(["0.01"] + ["0"] * 11)
    assert s.weight("rnn", "w_hh") == "1.500"
    assert "1.5" in s.window.preset_note.text()


@claim(
    "While h stays small every step back multiplies the gradient by about 1.5: it grows from "
    "0.42 at k = 0 to 31.7 at k = 11."
)
def _(s: Student):
    s.choose("RNN, w_hh = 1.5: it explodes")
    gradient, h = s.curve("gradient", "rnn"), s.curve("hidden", "rnn")
    small = [k for k in range(1, 12) if abs(h[11 - k]) < 0.1]
    assert len(small) >= 7
    for k in small:
        assert 1.47 < gradient[k] / gradient[k - 1] <= 1.5
    assert np.all(np.diff(gradient) > 0)
    assert f"{gradient[0]:.2f}" == "0.42" and f"{gradient[11]:.1f}" == "31.7"


@claim(
    "Then press *A pulse, then 49 zeros*: h climbs to 0.859, where 1.5·(1 − h²) = 0.39 is below "
    "1, and the gradient vanishes instead."
)
def _(s: Student):
    s.choose("RNN, w_hh = 1.5: it explodes")
    s.click(s.window.pulse_button)
    assert len(s.model.sequence) == 50 and s.weight("rnn", "w_hh") == "1.500"
    h = s.curve("hidden", "rnn")
    assert f"{h[-1]:.3f}" == "0.859" and f"{1.5 * (1 - h[-1] ** 2):.2f}" == "0.39"
    gradient = s.curve("gradient", "rnn")
    assert gradient[49] / gradient[0] < 1e-10
    assert not s.window.preset_note.isVisible()  # the setting changed: its note is gone


# ============================================================================ the race
def _learnt(delay: int, cells: tuple[str, ...], rate: float = 0.05) -> dict[str, int]:
    """In how many of the lesson's 5 seeds (1–5) each cell learnt, at the full budget."""
    rounds = race_seeds(delay, seeds=range(1, 6), learning_rate=rate, cells=cells)
    tally = deque(rounds, maxlen=1)[0].tally
    assert tally.threshold == LEARNT_SHARE * BASELINE_MSE
    return {name: tally.learnt(name) for name in cells}


@claim(
    "Each cell trains once per seed, 5 seeds at learning rate 0.05, and the verdict counts in how "
    "many it learnt."
)
def _(s: Student):
    panel = s.window.race_panel
    assert panel.seeds.value() == 5 and panel.learning_rate.value() == 0.05
    panel.delay.setValue(2)
    with s.qtbot.waitSignal(panel.raceFinished, timeout=RACE_TIMEOUT):
        panel.start(epochs=2)  # a small budget: the count is what is checked here
    verdict = plain(panel.verdict.text())
    tally = s.model.race.last.tally
    assert tally.seeds == (1, 2, 3, 4, 5)
    for name, title in (("rnn", "RNN"), ("lstm", "LSTM"), ("gru", "GRU")):
        assert f"{title}" in verdict and f"in {tally.learnt(name)} of 5 seeds" in verdict
    assert "learning rate 0.05" in verdict


@claim(
    "Where a cell fails, the verdict says how strongly the pulse moved its output when training "
    "started and when it ended."
)
def _(s: Student):
    panel = s.window.race_panel
    panel.delay.setValue(5)
    panel.seeds.setValue(2)
    with s.qtbot.waitSignal(panel.raceFinished, timeout=RACE_TIMEOUT):
        s.click(panel.train_button)
    tally = s.model.race.last.tally
    verdict = plain(panel.verdict.text())
    failed = [name for name in ("rnn", "lstm", "gru") if tally.learnt(name) < 2]
    assert failed, verdict
    for name in failed:
        start = tally.start_gradient[name]
        end = tally.failed_end_gradient(name)
        words = f"{CELLS[name].title}: ∂y(6)/∂x(1) {start:.4f} at the start, "
        assert words in verdict, verdict
        assert (f"{end:.4f}" if end >= 0.001 else f"{end:.1e}") in verdict


@claim(
    "At k = 10 the RNN learns it in 0 of 5 seeds, the LSTM and the GRU in 5 of 5",
    slow=True,
)
def _(s: Student):
    panel = s.window.race_panel
    panel.delay.setValue(10)
    with s.qtbot.waitSignal(panel.raceFinished, timeout=RACE_TIMEOUT):
        s.click(panel.train_button)
    verdict = plain(panel.verdict.text())
    assert "RNN did not learn it in 0 of 5 seeds" in verdict
    assert "LSTM learnt it in 5 of 5 seeds" in verdict
    assert "GRU learnt it in 5 of 5 seeds" in verdict


@claim("set the learning rate to 0.005 and the RNN learns it in 5 of 5.", slow=True)
def _(s: Student):
    assert s.window.race_panel.learning_rate.minimum() <= 0.005
    assert _learnt(10, ("rnn",), 0.005) == {"rnn": 5}


@claim("At k = 20 the RNN fails at both rates.", slow=True)
def _(s: Student):
    assert _learnt(20, ("rnn",), 0.05) == {"rnn": 0}
    assert _learnt(20, ("rnn",), 0.005) == {"rnn": 0}


@claim("At k = 30 the LSTM learns it in 1 of 5 seeds, the GRU still in all 5", slow=True)
def _(s: Student):
    assert _learnt(30, ("lstm", "gru")) == {"lstm": 1, "gru": 5}


@claim("at k = 50 no cell learns it in any seed.", slow=True)
def _(s: Student):
    assert s.window.race_panel.delay.maximum() >= 50
    assert _learnt(50, ("rnn", "lstm", "gru")) == {"rnn": 0, "lstm": 0, "gru": 0}


# ============================================================================ the tests
@pytest.fixture
def student(qtbot, open_window):
    return Student(qtbot, open_window(LESSON))


@pytest.mark.parametrize(
    "row",
    [pytest.param(row, marks=[pytest.mark.slow] if row.slow else []) for row in CLAIMS],
    ids=[row.id for row in CLAIMS],
)
def test_the_claim_holds_on_the_lessons_own_screen(row: Claim, student):
    words = lesson_words()
    assert words.count(row.fragment) == 1, "the text no longer says this once: check again"
    row.check(student)


NUMBER = re.compile(r"−?\d+\.\d+")


def _covers(words: str, fragment: str, start: int, end: int) -> bool:
    at = words.find(fragment)
    while at >= 0:
        if at <= start and end <= at + len(fragment):
            return True
        at = words.find(fragment, at + 1)
    return False


def test_every_number_the_text_shows_is_in_a_checked_claim():
    """A number the student is told they will see (0.45, 3.28, …) sits in a sentence of
    `CLAIMS`: a new or changed number cannot reach the lesson unchecked."""
    words = lesson_words()
    words = words[: words.index("Read more:")]
    unchecked = [
        match.group()
        for match in NUMBER.finditer(words)
        if not any(_covers(words, row.fragment, *match.span()) for row in CLAIMS)
    ]
    assert not unchecked, f"numbers no claim checks: {unchecked}"


def test_the_textbook_claims_name_their_sources():
    lines = [
        line for line in lesson_by_name(LESSON).text.splitlines() if line.startswith("Read more:")
    ]
    assert len(lines) == 1
    for source in (
        "Bengio, Simard & Frasconi 1994",
        "Pascanu, Mikolov & Bengio 2013",
        "Hochreiter & Schmidhuber 1997",
        "Gers, Schmidhuber & Cummins 2000",
    ):
        assert source in lines[0]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_chinese_text_states_the_same_numbers(language):
    """The translated texts state exactly the numbers checked above, each as often, with the
    same names and sources (`translated_text`)."""
    assert lesson_differences(lesson_by_name(LESSON), language) == []


def test_the_windows_words_name_what_its_plots_draw(open_window):
    """The gradient plot's words and legend name its reference lines, not 0.25^k; the memory
    plot's words say what retention does not tell."""
    window = open_window(LESSON)
    words = window.gradient_panel.words
    assert "0.25" not in words and "0.25^k" not in window.gradient_plot.toolTip()
    assert "|w_in·w_out|·|w_hh|^k·Π(1 − h²)" in words and "Dash-dot" in words
    legend = [label.text for _sample, label in window.gradient_plot.legend.items]
    assert legend == ["RNN", "LSTM", "GRU", "|w_hh|^k·Π(1−h²)", "|w_hh|^k bound", "Π f(t) path"]
    styles = {key: window.gradient_plot.style_of(key) for key in ("rnn_path", "rnn_bound")}
    assert styles == {"rnn_path": "dash", "rnn_bound": "dot"}
    pens = [
        window.gradient_plot.curves[k].opts["pen"]
        for k in ("rnn_path", "rnn_bound", "lstm_cell_path")
    ]
    assert len({pen.color().name() for pen in pens}) == 3
    assert len({pen.style() for pen in pens}) == 3
    assert "not whether the first input's value can be read back" in window.retention_panel.words
    window.memory_tabs.setCurrentIndex(1)
    assert window.retention_panel.words.startswith("Read-out R²(k)")
