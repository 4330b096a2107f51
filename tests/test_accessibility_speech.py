"""A screen reader hears the cell: every cell diagram (LSTM, RNN, GRU), the poetry lesson's
bars and poem, the forecast's error and the memory lesson's plots say their values through
Qt's accessibility interface, the values the model has, written as the view writes them; a
step, a slider or training renews them and announces them, at most once per pause."""

from __future__ import annotations

import pytest
from helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton

from lstm_lab.ui import speech
from lstm_lab.ui.speech import Speech

SIZE = (1024, 768)


@pytest.fixture
def heard(monkeypatch):
    """Every announcement the app sends to assistive technology, as (widget, text), in order:
    a spy in place of QAccessible in the one module that sends them, passing each on to Qt."""
    said: list[tuple[object, str]] = []
    real = speech.QAccessible

    class Spy:
        AnnouncementPoliteness = real.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event) -> None:  # noqa: N802 (Qt's name)
            assert event.type() == real.Event.Announcement
            assert event.politeness() == real.AnnouncementPoliteness.Polite
            said.append((event.object(), event.message()))
            real.updateAccessibility(event)

    monkeypatch.setattr(speech, "QAccessible", Spy)
    return said


def spoken(widget) -> tuple[str, str]:
    """The accessible name and description a screen reader gets for ``widget``."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def heard_from(heard, widget) -> list[str]:
    return [text for source, text in heard if source is widget]


def lstm_words(state) -> list[str]:
    """What the LSTM diagram must say at the state's step: every value of the model's trace,
    with three decimals as the diagram writes it."""
    t, trace = state.cursor, state.trace
    if t == 0:
        return [f"cell state C(t) = {trace.c_prev[0]:.3f}"]
    k = t - 1
    return [
        f"input x(t) = {trace.x[k]:.3f}",
        f"forget gate f(t) = {trace.f[k]:.3f}",
        f"input gate i(t) = {trace.i[k]:.3f}",
        f"candidate C̃(t) = {trace.g[k]:.3f}",
        f"output gate o(t) = {trace.o[k]:.3f}",
        f"cell state C(t) = {trace.c[k]:.3f}",
        f"hidden state h(t) = {trace.h[k]:.3f}",
        f"output y(t) = {trace.y[k]:.3f}",
    ]


def says_all(widget, words: list[str]) -> bool:
    _name, description = spoken(widget)
    return all(word in description for word in words)


# ---------------------------------------------------------------------- the LSTM (cell lesson)
def test_the_lstm_diagram_says_its_step_and_values_and_announces_each_change(
    qtbot, open_window, heard
):
    window = open_window("single-pulse", size=SIZE)
    diagram, state = window.cell_diagram, window.state
    forward = window.findChild(QPushButton, "stepForwardButton")
    assert spoken(diagram)[0] == f"LSTM cell, before step 1 of {state.length}"

    # The diagram holds the keyboard as the lesson starts, and the Right key steps: a screen
    # reader reads the focused view's new name and description, so nothing is announced.
    window.activateWindow()
    qtbot.waitUntil(diagram.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert state.cursor == 1
    qtbot.waitUntil(lambda: spoken(diagram)[0] == f"LSTM cell, step 1 of {state.length}")
    assert says_all(diagram, lstm_words(state))
    # The same numbers as drawn: each gate's circle shows what the description says.
    _name, description = spoken(diagram)
    for gate, words in (("f", "forget gate f(t)"), ("o", "output gate o(t)")):
        assert f"{words} = {diagram.gate_nodes[gate].value.text()}" in description
    assert not heard_from(heard, diagram)

    # With the keyboard on another control (Tab to Step ▶, Space), the step is announced.
    forward.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(forward, Qt.Key.Key_Space)
    assert state.cursor == 2 and not diagram.hasFocus()
    qtbot.waitUntil(lambda: spoken(diagram)[0] == f"LSTM cell, step 2 of {state.length}")
    assert says_all(diagram, lstm_words(state))
    step_two = spoken(diagram)[1]
    qtbot.waitUntil(lambda: any(step_two in text for text in heard_from(heard, diagram)))
    assert any(f"LSTM cell, step 2 of {state.length}" in t for t in heard_from(heard, diagram))

    # A weight typed into its box, as a student does: new values at the same step, said while
    # the box has the keyboard (Enter then gives it back to the diagram).
    window.param_panel.set_mode("full")
    old_f = float(state.trace.f[1])
    qtbot.waitUntil(lambda: not diagram.speech.pausing())
    type_into(qtbot, window.findChild(object, "paramValue_b_f"), "1.75")
    assert state.params.b_f == 1.75 and float(state.trace.f[1]) != old_f
    qtbot.waitUntil(lambda: says_all(diagram, lstm_words(state)))
    assert spoken(diagram)[1] != step_two
    changed = spoken(diagram)[1]
    qtbot.waitUntil(lambda: any(changed in text for text in heard_from(heard, diagram)))


def test_a_pinned_gate_is_said_to_be_pinned(qtbot, open_window):
    window = open_window("single-pulse", size=SIZE)
    diagram, state = window.cell_diagram, window.state
    state.go_to(1)
    state.set_clamp("f", 1.0)
    diagram.speech.flush()
    assert "forget gate f(t) = 1.000, pinned" in spoken(diagram)[1]


def test_many_changes_at_once_are_announced_twice_the_last_values_last(qtbot, open_window, heard):
    """A slider dragged through twenty values before the event loop runs: the first change is
    announced at once, the rest wait for the pause and then say only the last values."""
    window = open_window("single-pulse", size=SIZE)
    diagram, state = window.cell_diagram, window.state
    state.go_to(2)
    qtbot.waitUntil(lambda: says_all(diagram, lstm_words(state)))
    window.findChild(QPushButton, "stepForwardButton").setFocus()  # the keyboard elsewhere
    heard.clear()
    qtbot.waitUntil(lambda: not diagram.speech.pausing())
    for k in range(20):
        state.set_param("b_f", -1.0 + 0.1 * k)
    assert len(heard_from(heard, diagram)) == 1  # the first change, at once
    qtbot.waitUntil(lambda: len(heard_from(heard, diagram)) == 2)
    last = heard_from(heard, diagram)[-1]
    assert state.params.b_f == pytest.approx(0.9)
    assert all(word in last for word in lstm_words(state))


def test_training_ends_with_the_trained_values_said(qtbot, open_window, heard):
    window = open_window("train-hold", size=SIZE)
    diagram, state = window.cell_diagram, window.state
    changes = []
    state.traceChanged.connect(lambda *_: changes.append(1))
    controller = window.training_panel.controller
    train = window.findChild(QPushButton, "trainButton")
    train.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to Train, then Space
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        qtbot.keyClick(train, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: says_all(diagram, lstm_words(state)))
    final = spoken(diagram)[1]
    qtbot.waitUntil(lambda: any(final in text for text in heard_from(heard, diagram)))
    # Renewed after a pause, not once per change of the weights.
    assert len(heard_from(heard, diagram)) <= len(changes)


# ---------------------------------------------------------------------- RNN and GRU (compare)
def test_the_rnn_and_gru_diagrams_say_their_own_values(qtbot, open_window, heard):
    window = open_window("compare-who-remembers", size=SIZE)
    rnn, gru = window.diagrams["rnn"], window.diagrams["gru"]
    rnn_state, gru_state = window.states["rnn"], window.states["gru"]

    def rnn_words() -> list[str]:
        k, trace = rnn_state.cursor - 1, rnn_state.trace
        return [
            f"input x(t) = {trace.x[k]:.3f}",
            f"hidden state h(t) = {trace.h[k]:.3f}",
            f"output y(t) = {trace.y[k]:.3f}",
        ]

    def gru_words() -> list[str]:
        k, trace = gru_state.cursor - 1, gru_state.trace
        return [
            f"input x(t) = {trace.x[k]:.3f}",
            f"update gate z(t) = {trace.z[k]:.3f}",
            f"reset gate r(t) = {trace.r[k]:.3f}",
            f"candidate h̃(t) = {trace.g[k]:.3f}",
            f"hidden state h(t) = {trace.h[k]:.3f}",
            f"output y(t) = {trace.y[k]:.3f}",
        ]

    steps = rnn_state.length
    type_into(qtbot, window.step_spin.lineEdit(), "3")
    assert rnn_state.cursor == gru_state.cursor == 3
    qtbot.waitUntil(lambda: spoken(rnn)[0] == f"RNN cell, step 3 of {steps}")
    qtbot.waitUntil(lambda: spoken(gru)[0] == f"GRU cell, step 3 of {steps}")
    assert says_all(rnn, rnn_words()) and says_all(gru, gru_words())
    assert f"hidden state h(t) = {rnn.values['h'].text()}" in spoken(rnn)[1]
    assert f"update gate z(t) = {gru.values['z'].text()}" in spoken(gru)[1]
    for diagram in (rnn, gru):
        text = spoken(diagram)[1]
        qtbot.waitUntil(lambda d=diagram, t=text: any(t in s for s in heard_from(heard, d)))

    qtbot.keyClick(window.step_spin, Qt.Key.Key_Up)  # a step forward, by the keyboard
    assert rnn_state.cursor == 4
    qtbot.waitUntil(lambda: spoken(rnn)[0] == f"RNN cell, step 4 of {steps}")
    qtbot.waitUntil(lambda: says_all(rnn, rnn_words()) and says_all(gru, gru_words()))

    before = spoken(rnn)[1]
    window.columns["rnn"].sliders["w_hh"].setValue(0.3)
    assert rnn_state.params.w_hh == 0.3
    qtbot.waitUntil(lambda: spoken(rnn)[1] != before and says_all(rnn, rnn_words()))
    text = spoken(rnn)[1]
    qtbot.waitUntil(lambda: any(text in s for s in heard_from(heard, rnn)))

    gru_before = spoken(gru)[1]
    name, slider = next(iter(window.columns["gru"].sliders.items()))
    slider.setValue(slider.value() + 0.5)
    assert getattr(gru_state.params, name) == pytest.approx(slider.value())
    qtbot.waitUntil(lambda: spoken(gru)[1] != gru_before and says_all(gru, gru_words()))


# ---------------------------------------------------------------------- poetry
def test_the_bars_say_the_five_likeliest_characters_and_the_poem_is_readable(
    qtbot, open_window, heard
):
    window = open_window("poetry-tang", size=SIZE)
    window.controls_panel.speed_slider.setValue(200)
    bars = window.bars
    qtbot.mouseClick(window.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)

    def bar_words() -> list[str]:
        return [f"{rank}. {c.label} {c.p:.1%}" for rank, c in enumerate(bars.candidates[:5], 1)]

    qtbot.waitUntil(lambda: says_all(bars, bar_words()))
    name, description = spoken(bars)
    assert name == f"Candidates for character {bars.step + 1}"
    positions = [description.index(word) for word in bar_words()]
    assert positions == sorted(positions)  # most likely first
    chosen = next(c for c in bars.candidates if c.token == bars.chosen)
    assert f"{chosen.label} {chosen.p:.1%}" in description and "written" in description
    assert heard_from(heard, bars)

    # Another character of the poem chosen: its candidates are said.
    window.state.select_step(2)
    qtbot.waitUntil(lambda: spoken(bars)[0] == "Candidates for character 3")
    assert says_all(bars, bar_words())
    qtbot.waitUntil(lambda: any("Candidates for character 3" in t for t in heard_from(heard, bars)))

    # The poem: a stop of the Tab key, its whole text readable.
    poem = window.poem_view
    assert poem.focusPolicy() & Qt.FocusPolicy.TabFocus
    text = QAccessible.queryAccessibleInterface(poem).text(QAccessible.Text.Value)
    written = "".join(ch for ch in window.state.session.text if ch not in "\n⏎")
    assert written[:12] in text.replace("\n", "")


# ---------------------------------------------------------------------- forecast
def test_the_forecast_says_its_errors_before_and_after_training(qtbot, open_window, heard):
    window = open_window("forecast-sine", size=SIZE)
    plot = window.forecast_plot
    table = plot.table
    plot.speech.flush()
    name, description = spoken(plot.view)
    assert name == "Forecasts over the test span"
    ar = table.row_of("ar")
    assert f"one-step MSE {table.cell_text(ar, 0)}" in description
    assert "not trained yet" in description

    type_into(qtbot, window.training_panel.epochs, "3")
    with qtbot.waitSignal(window.trainer.finished, timeout=30_000):
        qtbot.mouseClick(window.training_panel.train_button, Qt.MouseButton.LeftButton)
    lstm = table.row_of("lstm")
    words = [
        f"one-step MSE {table.cell_text(lstm, 0)}",
        f"rolling MSE {table.cell_text(lstm, 1)}",
    ]
    assert table.cell_text(lstm, 0) != "—"
    qtbot.waitUntil(lambda: says_all(plot.view, words))
    assert "not trained yet" not in spoken(plot.view)[1]
    final = spoken(plot.view)[1]
    qtbot.waitUntil(lambda: any(final in t for t in heard_from(heard, plot.view)))


# ---------------------------------------------------------------------- memory
def test_the_carousel_plots_say_their_figures(qtbot, open_window, heard):
    window = open_window("memory-france", size=SIZE)
    page = window.findChild(object, "carouselPage")
    plot = page.state_plot
    for speaker in page.findChildren(Speech):
        speaker.flush()
    kept, _leaky = window.state.part_one()
    assert f"C(t) = {kept.kept:g} from step 1" in spoken(plot)[1]
    page.value_slider.setFocus()
    qtbot.keyClick(page.value_slider, Qt.Key.Key_PageDown)
    kept, _leaky = window.state.part_one()
    qtbot.waitUntil(lambda: f"C(t) = {kept.kept:g} from step 1" in spoken(plot)[1])
    assert f"h(T) = {kept.answer:.4f}" in spoken(plot)[1]
    text = spoken(plot)[1]
    qtbot.waitUntil(lambda: any(text in t for t in heard_from(heard, plot)))


def test_a_hidden_view_is_not_announced(qtbot, open_window, heard):
    """The forecast plot is on a page not shown: a new window size changes its errors and its
    words, and nothing is announced for it."""
    window = open_window("forecast-sine", size=SIZE)
    plot = window.forecast_plot
    assert not plot.view.isVisible()
    plot.speech.flush()
    before = spoken(plot.view)[1]
    slider = window.data_panel.sliders["window"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: spoken(plot.view)[1] != before)
    assert spoken(plot.view)[1].startswith("Test MSE")
    assert not heard_from(heard, plot.view)
