"""The unrolled view and the time series as a student uses them: future steps kept for the
student to predict, gates never flattened by a large cell state, a legend whose words toggle
their line, and a training overlay that leaves the last points in sight."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtWidgets import QApplication

from lstm_lab.app import create_window


@pytest.fixture
def window(open_window):
    win = open_window(size=(1440, 900))
    win.state.set_sequence_text("1, 0, 0, 0, 0")
    return win


def column(view, t: int):
    """The picture of step t's column in the unrolled view."""
    canvas = view.canvas
    QApplication.processEvents()
    return canvas.grab(canvas.step_rect(t)).toImage()


def test_future_steps_are_hidden_until_asked_for(qtbot, window, settings):
    view = window.unrolled_view
    window.state.go_to(1)
    assert not view.show_future()
    hidden_future, past = column(view, 3), column(view, 1)
    qtbot.mouseClick(view.future_button, Qt.MouseButton.LeftButton)
    assert view.show_future()
    assert column(view, 3) != hidden_future  # its C, h and y appear
    assert column(view, 1) == past  # what was already shown stays as it was
    # Stepping there shows it anyway.
    qtbot.mouseClick(view.future_button, Qt.MouseButton.LeftButton)
    window.state.go_to(3)
    assert column(view, 3) != hidden_future
    # The choice is remembered.
    view.set_show_future(True)
    window.save_settings()
    again = create_window(settings)
    qtbot.addWidget(again)
    assert again.unrolled_view.show_future()
    again.files.forget_changes()


def test_a_growing_cell_state_does_not_flatten_the_gates(qtbot, window):
    plot = window.time_series
    window.state.set_sequence_text(", ".join(["1"] * 12))
    for gate, value in (("f", 1.0), ("i", 1.0), ("g", 1.0)):
        window.state.set_clamp(gate, value)  # C grows by one each step, to 12
    window.state.go_to_end()
    assert float(window.state.trace.c[-1]) == pytest.approx(12.0)
    low, high = plot.plot_item.vb.viewRange()[1]
    assert low <= 0 and high >= 12  # C fits on its axis
    gate_low, gate_high = plot.gate_box.viewRange()[1]
    assert gate_low <= 0 and 1 <= gate_high <= 1.2  # the gates keep the whole height
    assert plot.plot_item.getAxis("right").isVisible()
    # Back to small values: one range for everything again.
    window.state.clear_clamps()
    assert plot.gate_box.viewRange()[1] == pytest.approx(plot.plot_item.vb.viewRange()[1])


def click_scene_item(qtbot, plot_widget, item) -> None:
    pos = plot_widget.mapFromScene(item.mapToScene(item.boundingRect().center()))
    qtbot.mouseClick(plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_legend_entrys_words_toggles_its_line_and_greys_it(qtbot, window):
    series = window.time_series
    sample, label = series.legend.items[1]
    key = sample.item.property("series")
    assert series.series_visible(key)
    shown_colour = label.opts["color"]
    click_scene_item(qtbot, series.plot_widget, label)
    assert not series.series_visible(key)
    assert label.opts["color"] != shown_colour  # the entry looks hidden
    click_scene_item(qtbot, series.plot_widget, label)
    assert series.series_visible(key) and label.opts["color"] == shown_colour


def test_the_training_overlay_leaves_the_last_points_in_sight(qtbot, window):
    series = window.time_series
    window.state.set_sequence_text(", ".join(["1"] * 40))
    window.state.set_target(np.ones(40))
    window.state.go_to_end()
    series.set_overlay_text("epoch 2000   iteration 2000\nMSE 0.000123")
    QApplication.processEvents()
    box = series.overlay.geometry()
    vb = series.plot_item.vb
    for key in ("x", "c", "h", "y", "target"):
        curve = series.curves[key]
        xs, ys = curve.getData()
        owner = curve.getViewBox()
        last = owner.mapViewToScene(QPointF(float(xs[-1]), float(ys[-1])))
        point = series.plot_widget.mapFromScene(last)
        assert not box.adjusted(-4, -4, 4, 4).contains(point), key
        assert vb.sceneBoundingRect().contains(last)
    series.set_overlay_text("")
    QApplication.processEvents()
    assert series.plot_item.vb.viewRange()[0][1] < 42  # the room goes when the box does
    assert isinstance(box, QRect)


def test_a_line_denser_than_the_pixels_is_drawn_thin_and_a_short_one_keeps_its_width(window):
    plot = window.time_series
    state = window.state
    columns = round(plot.plot_item.vb.width())
    widths = {key: curve.opts["pen"].widthF() for key, curve in plot.curves.items()}
    assert widths["c"] > 1.0  # the memory stands out on a short sequence
    state.set_sequence([1.0 if k % 7 == 0 else 0.0 for k in range(10 * columns)])
    state.go_to_end()
    QApplication.processEvents()
    assert {curve.opts["pen"].widthF() for curve in plot.curves.values()} == {1.0}
    # ... and each line is decimated to at most two points per pixel column, both ends kept.
    curve = plot.curves["c"]
    assert len(curve.xData) <= 2 * columns + 4
    assert curve.xData[0] == 1 and curve.xData[-1] == state.length
    state.set_sequence_text("1, 0, 0, 0, 0")
    state.go_to_end()
    QApplication.processEvents()
    assert {key: curve.opts["pen"].widthF() for key, curve in plot.curves.items()} == widths


@pytest.mark.parametrize("scale", [1.0, 1.3, 2.0])
def test_the_y_axis_keeps_at_least_two_numbers_that_never_touch(qtbot, window, scale):
    window.set_text_scale(scale)
    window.resize(1280, 800)
    window.docks["timeSeries"].raise_()
    window.state.go_to_end()
    QApplication.processEvents()
    plot = window.time_series.plot_item
    ticks = plot.getAxis("left")._tickLevels[0]  # the values the axis labels
    assert len(ticks) >= 2, ticks
    line = plot.getAxis("left").style["tickFont"].pointSizeF() * 96 / 72
    places = sorted(plot.vb.mapViewToScene(QPointF(0, value)).y() for value, _text in ticks)
    gaps = [b - a for a, b in zip(places, places[1:], strict=False)]
    assert min(gaps) > 1.5 * line, (ticks, gaps)
    low, high = plot.vb.viewRange()[1]
    assert all(low <= value <= high for value, _text in ticks)
