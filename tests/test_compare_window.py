"""The comparison window and the data-flow animation, driven as a student would (pytest-qt)."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import diagram_text_problems, text_contrast, type_into
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph picks the same binding)

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.flow import PHASE_KEYS, math_lines, phase_values
from lstm_lab.core.report import n
from lstm_lab.engine.memory import gradient_profile, retention
from lstm_lab.lessons.cell.qt.window import MainWindow


@pytest.fixture
def window(open_window):
    return open_window("compare-who-remembers", size=None)


def test_slider_moves_recompute_that_cell(window):
    model = window.model
    slider = window.columns["rnn"].sliders["w_hh"]
    slider.setValue(0.3)
    params = model.params("rnn")
    assert params.w_hh == 0.3
    _x, y = window.retention_plot.curves["rnn"].getOriginalDataset()
    assert np.allclose(
        y, np.maximum(retention(model.models["rnn"].cell, params, model.sequence), 1e-12)
    )
    _x, g = window.gradient_plot.curves["rnn"].getOriginalDataset()
    assert np.allclose(
        g, np.maximum(gradient_profile(model.models["rnn"].cell, params, model.sequence), 1e-12)
    )
    assert "remembers for" in window.columns["rnn"].readout.text()
    # A value typed beyond the slider's range grows it: exploding gradients.
    slider.setValue(1.5)
    assert slider.maximum() >= 1.5 and model.params("rnn").w_hh == 1.5
    assert window.files.modified


def test_counts_and_lesson_round_trip(window):
    window.count_view.units.setValue(32)
    assert window.model.units == 32
    assert window.count_view.table.item(1, 1).text() == f"{4 * 32 * 34:,}"
    lesson = window.current_lesson()
    assert lesson.kind == "compare" and lesson.options["units"] == 32
    assert "75%" in window.count_view.note.text()


def test_the_race_runs_in_the_gui_thread_and_says_who_learnt(window, qtbot):
    panel = window.race_panel
    panel.delay.setValue(10)
    assert window.model.delay == 10
    with qtbot.waitSignal(panel.raceFinished, timeout=60_000):
        panel.start(epochs=40)
        assert window.is_busy()
    assert not window.is_busy()
    text = panel.verdict.text()
    assert "RNN" in text and "LSTM" in text and "GRU" in text and "test MSE" in text
    assert panel.plot.curves["lstm"].getOriginalDataset()[0] is not None


def test_stop_ends_the_race_at_once(window, qtbot):
    panel = window.race_panel
    with qtbot.waitSignal(panel.raceFinished, timeout=10_000):
        panel.start()
        panel.stop()
    assert "Stopped" in panel.verdict.text() or "before the first epoch" in panel.verdict.text()


def test_the_race_panel_shows_the_models_race_run_on_the_shared_pump(window, qtbot):
    from PySide6.QtCore import QTimer

    from lstm_lab.ui.pump import Pump

    panel, race = window.race_panel, window.model.race
    assert isinstance(panel.pump, Pump)
    # No timer of its own: the pump's are the only ones.
    assert all(timer.parent() is panel.pump for timer in panel.findChildren(QTimer))
    panel.seed.setValue(3)
    assert race.seed == 3
    window.model.set_race_seed(4)
    assert panel.seed.value() == 4
    start = window.actions_by_key["race_start"]
    with qtbot.waitSignal(panel.raceFinished, timeout=60_000):
        start.trigger()  # Ctrl+T, as from the Race menu
        assert window.is_busy() and race.running and not start.isEnabled()
        assert not panel.train_button.isEnabled() and panel.stop_button.isEnabled()
        assert panel.verdict.text() == "Training…"
        qtbot.waitUntil(lambda: race.epochs >= 3, timeout=30_000)
        window.actions_by_key["race_stop"].trigger()
    assert not window.is_busy() and not race.running and start.isEnabled()
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.verdict.text() == race.verdict
    stopped = f"Stopped after {race.epochs} epochs. Delay k = {window.model.delay}: "
    assert race.verdict.startswith(stopped)
    for name, losses in race.histories.items():
        assert len(losses) == race.epochs
        x, y = panel.plot.curves[name].getOriginalDataset()
        assert list(x) == list(range(1, race.epochs + 1))
        assert np.allclose(y, np.maximum(losses, 1e-12))
    assert panel.pump.items_after_stop == 0


def _phases_in_order(qtbot, flow, state, math_panel):
    seen = []
    flow.animate()
    qtbot.wait(0)
    for index, key in enumerate(PHASE_KEYS):
        if index:
            flow.next_phase()
        assert flow.phase_key() == key
        seen.append(key)
        values = phase_values(state.explanation)
        shown = flow.shown_value(key)
        assert shown is not None and f"{values[key]:.3f}" in shown.replace("−", "-")
        later = PHASE_KEYS[index + 1 :]
        assert all(flow.shown_value(k) is None for k in later if k not in ("inputs",))
        if math_panel is not None:
            texts = [line for line, _ in math_panel.lines()]
            assert math_panel.highlighted == math_lines(texts, key)
            assert math_panel.highlighted
    with qtbot.waitSignal(flow.phaseChanged, timeout=2000) as blocker:
        flow.next_phase()
    assert blocker.args == [-1, ""]
    assert not flow.running and all(flow.shown_value(k) is not None for k in PHASE_KEYS)
    return seen


def test_single_cell_window_animates_the_step_with_the_math(qtbot, settings):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_lesson(lesson_by_name("single-pulse"))
    win.show()
    win.state.go_to(1)
    seen = _phases_in_order(qtbot, win.flow, win.state, win.math_panel)
    assert seen == list(PHASE_KEYS)
    gate_line = win.math_panel.lines()[math_lines([t for t, _ in win.math_panel.lines()], "f")[2]]
    assert n(win.state.explanation.gates["f"].value) in gate_line[0]
    win.files.forget_changes()


def test_animation_plays_by_itself_and_every_step(qtbot, window):
    flow = window.flow
    state = window.states["lstm"]
    window.model.go_to(1)
    flow.speed.setCurrentIndex(3)  # 4×
    flow.every_step.setChecked(True)
    keys = []
    flow.phaseChanged.connect(lambda index, key: keys.append(key))
    flow.animate()
    qtbot.waitUntil(lambda: state.cursor >= 2, timeout=10_000)
    assert keys[: len(PHASE_KEYS)] == list(PHASE_KEYS)
    flow.toggle_pause()
    assert flow.pause_button.text() == "Resume"
    flow.stop()
    assert not flow.running


def test_compare_window_lstm_animation_phase_order(qtbot, window):
    window.model.go_to(1)
    assert _phases_in_order(qtbot, window.flow, window.states["lstm"], None) == list(PHASE_KEYS)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1440, 900)])
def test_every_tab_title_is_whole_and_every_cell_column_wide_enough(qtbot, window, size):
    from PySide6.QtWidgets import QApplication, QTabBar

    window.resize(*size)
    window.apply_default_sizes()
    QApplication.processEvents()
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    assert bars, "the side views are tabs"
    for bar in bars:
        for k in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(k))
            assert bar.tabRect(k).width() >= needed, (size, bar.tabText(k))
    # The three cells keep room for their sliders and value boxes: every row whole.
    for name, column in window.columns.items():
        rows = column.scroll.widget()
        room = column.scroll.viewport().width()
        assert room >= rows.minimumSizeHint().width(), (size, name, room)
        assert rows.width() <= room, (size, name, rows.width(), room)


def test_the_race_starts_from_its_button_as_a_student_clicks_it(window, qtbot):
    from PySide6.QtCore import Qt

    panel = window.race_panel
    panel.delay.setValue(5)
    with qtbot.waitSignal(panel.raceFinished, timeout=60_000):
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        assert window.is_busy()  # running: the click did not end in an error
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert not window.is_busy()
    assert panel.train_button.isEnabled()


SIZES = [(1024, 768), (1280, 800), (1440, 900)]


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_lstm_diagram_text_stays_whole_and_apart(qtbot, window, size, scale):
    window.set_text_scale(scale)
    window.resize(*size)
    window.apply_default_sizes()
    # A negative input and a negative output weight: the widest numbers.
    type_into(qtbot, window.sequence_edit, "1, -0.5, 0, 1")
    type_into(qtbot, window.columns["lstm"].sliders["w_out"].findChild(QLineEdit), "-1.25")
    window.step_spin.setValue(2)
    QApplication.processEvents()
    diagram = window.diagrams["lstm"]
    assert diagram.value_labels["w_out"].text().startswith("w_out -1.25")
    problems = diagram_text_problems(diagram)
    assert not problems, f"{size} at {scale}x: " + "; ".join(problems)


PLOTS = {
    "hidden": "hidden_plot",
    "retention": "retention_plot",
    "gradient": "gradient_plot",
    "race": "race_panel.plot",
}


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_legend_has_room_of_its_own_and_stays_whole(qtbot, window, scale):
    window.set_text_scale(scale)
    window.resize(1024, 768)
    window.apply_default_sizes()
    for dock, attribute in PLOTS.items():
        window.docks[dock].raise_()  # its tab, as a student clicks it
        plot = window
        for name in attribute.split("."):
            plot = getattr(plot, name)
        qtbot.waitUntil(plot.isVisible)
        QApplication.processEvents()
        legend = plot.legend.sceneBoundingRect()
        (box,) = [item for item in plot.scene().items() if isinstance(item, pg.ViewBox)]
        data = box.sceneBoundingRect()
        assert len(plot.legend.items) >= 3
        assert not legend.intersects(data), (dock, legend, data)
        assert QRectF(plot.viewport().rect()).contains(legend), (dock, legend, plot.size())
        # ... and no entry is cut: each entry's words lie inside the legend.
        for _sample, label in plot.legend.items:
            assert legend.contains(label.sceneBoundingRect()), (dock, label.text)


def test_the_legends_read_well_in_the_light_theme(qtbot, window):
    window.actions_by_key["theme_light"].trigger()  # View → Light theme
    window.resize(1440, 900)
    window.apply_default_sizes()
    for dock, attribute in PLOTS.items():
        window.docks[dock].raise_()
        plot = window
        for name in attribute.split("."):
            plot = getattr(plot, name)
        qtbot.waitUntil(plot.isVisible)
        QApplication.processEvents()
        for _sample, label in plot.legend.items:
            area = plot.mapFromScene(label.sceneBoundingRect()).boundingRect()
            assert text_contrast(plot, area) >= 4.5, (dock, label.text)


def test_the_longest_lesson_with_the_largest_weights_draws_two_points_a_pixel(open_window):
    """A valid lesson at the limits (10,000 steps, every weight 1e6): each slider change
    recomputes its cell once, and every plot draws at most two points a pixel column, thin,
    while it holds (and fits its axes to) every value of the sequence."""
    import json

    from lstm_lab.core.lesson import loads
    from lstm_lab.engine import CELLS, MAX_ITEMS, MAX_MAGNITUDE

    data = lesson_by_name("compare-who-remembers").to_json()
    data["options"]["sequence"] = [1.0] + [round(0.9 * np.sin(k), 3) for k in range(MAX_ITEMS - 1)]
    for name, values in data["options"]["params"].items():
        values.update({key: MAX_MAGNITUDE for key in CELLS[name].specs if key.startswith("w_")})
    window = open_window(kind="compare")
    window.open_lesson(loads(json.dumps(data)))  # read as a lesson file is: it is valid
    QApplication.processEvents()
    assert len(window.model.sequence) == MAX_ITEMS
    recomputed = []
    window.state.resultsChanged.connect(recomputed.append)
    window.columns["gru"].sliders["w_hz"].setValue(5e5)
    window.columns["rnn"].sliders["w_hh"].setValue(-5e5)
    assert recomputed == ["gru", "rnn"]
    QApplication.processEvents()
    for plot in (window.hidden_plot, window.retention_plot, window.gradient_plot):
        columns = round(plot.plot_item.vb.width())
        assert columns > 100
        for key, curve in plot.curves.items():
            x, y = plot.data(key)
            drawn_x, drawn_y = curve.getOriginalDataset()  # what the curve was given to draw
            assert len(x) == MAX_ITEMS
            assert len(drawn_x) <= 2 * columns + 4, (plot.objectName(), key)
            assert drawn_x[0] == x[0] and drawn_x[-1] == x[-1]
            assert curve.opts["pen"].widthF() == 1.0
            assert curve.opts["pen"].style() == Qt.PenStyle.SolidLine
            # (A reference line such as |w_hh|^k = (10⁶)^k overflows: no point is drawn there.)
            if key in ("rnn_path", "rnn_bound", "lstm_cell_path"):
                continue
            if plot.style_of(key) == "solid":
                assert np.max(drawn_y) == np.max(y) and np.min(drawn_y) == np.min(y)
            else:  # a dashed line (the input) keeps its dashes as gaps in the drawn points
                assert np.isnan(drawn_y).any(), (plot.objectName(), key)
                assert np.nanmax(drawn_y) <= np.max(y) and np.nanmin(drawn_y) >= np.min(y)
    results = window.model.results("gru")
    assert len(results.retention) == len(results.gradient) == MAX_ITEMS
    _x, kept = window.retention_plot.data("gru")
    assert np.array_equal(kept, np.maximum(results.retention, 1e-12))
