"""The comparison window on a projector: 1024×768 and 1280×800, text 1.0× and 1.5×, dark and
light, checked by geometry as a teacher would look at it: every control whole, every tab title
whole, every plot with room for its curves and numbers that do not pile up, and the small
diagrams' text growing with the text size while it stays inside its circles and clear of the
wires."""

from __future__ import annotations

import pytest
from helpers import (
    crowded_ticks,
    diagram_text_problems,
    elided_tabs,
    horizontally_cut,
    wires_through,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from lstm_lab.app import render_screenshot

SIZES = [(1024, 768), (1280, 800)]
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]
#: Each plot's dock and the plot in it.
PLOTS = {
    "hidden": "hidden_plot",
    "retention": "retention_plot",
    "gradient": "gradient_plot",
    "race": "race_panel.plot",
}


@pytest.fixture
def window(open_window):
    return open_window("compare-who-remembers", size=None, show=False)


def shown(qtbot, window, tmp_path, size, scale, theme="dark"):
    """The window as a teacher sets it up: theme and text size from the View menu, then the
    projector's size."""
    window.actions_by_key[f"theme_{theme}"].trigger()
    while window.text_scale < scale:
        window.actions_by_key["larger"].trigger()
    assert window.text_scale == scale
    assert render_screenshot(window, str(tmp_path / "shot.png"), size)
    assert (window.width(), window.height()) == size, "the window grew past the screen"


def bring_forward(qtbot, window, name: str) -> None:
    """Where the cells take turns (a narrow window at large text), the tab of cell ``name``,
    clicked as a student clicks it."""
    if window.shows_one_cell():
        bar = window.cell_tabs
        index = next(k for k in range(bar.count()) if bar.tabData(k) == name)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.presented_cell == name
        QApplication.processEvents()


def plot_of(window, attribute):
    plot = window
    for name in attribute.split("."):
        plot = getattr(plot, name)
    return plot


@pytest.mark.parametrize("theme, language", [("dark", "en"), ("light", "en"), ("dark", "zh_CN")])
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_every_control_and_tab_title_is_whole(
    qtbot, window, tmp_path, size, scale, theme, language
):
    shown(qtbot, window, tmp_path, size, scale, theme)
    for key, dock in window.docks.items():  # each tab in turn, as the teacher clicks it
        dock.raise_()
        problems = horizontally_cut(window) + elided_tabs(window)
        assert not problems, f"{size} {theme} {scale}x {language}, {key} in front: " + "; ".join(
            problems
        )


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_every_plot_has_room_and_numbers_apart(qtbot, window, tmp_path, size, scale):
    shown(qtbot, window, tmp_path, size, scale)
    for dock, attribute in PLOTS.items():
        window.docks[dock].raise_()
        plot = plot_of(window, attribute)
        qtbot.waitUntil(plot.isVisible)
        scroll = window.docks[dock].widget()
        if isinstance(scroll, QScrollArea):  # scrolled down to the plot, as the teacher does
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        QApplication.processEvents()
        box = plot.plot_item.vb
        area = plot.mapFromScene(box.sceneBoundingRect()).boundingRect()
        seen = area.intersected(plot.viewport().visibleRegion().boundingRect())
        assert seen.height() >= 100, (size, scale, dock, seen.height())
        crowded = crowded_ticks(plot.plot_item.getAxis("left"))
        assert not crowded, f"{size} {scale}x {dock}: " + "; ".join(crowded)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_the_small_diagrams_text_stays_whole_apart_and_off_the_wires(
    qtbot, window, tmp_path, size, scale, language
):
    shown(qtbot, window, tmp_path, size, scale)
    window.set_sequence([1.0, -0.5, 0.0, 1.0])
    window.step_spin.setValue(2)  # a negative input: the widest numbers
    QApplication.processEvents()
    for name in ("rnn", "gru"):
        bring_forward(qtbot, window, name)
        diagram = window.diagrams[name]
        assert diagram.isVisible()
        problems = diagram_text_problems(diagram)
        problems += wires_through(diagram, diagram.captions.values())
        assert not problems, f"{name} at {size} {scale}x: " + "; ".join(problems)
        assert QRectF(diagram.viewport().rect()).contains(
            diagram.mapFromScene(diagram.sceneRect()).boundingRect().toRectF()
        )


def test_the_rnn_diagram_text_grows_with_the_text_size(qtbot, window, tmp_path):
    shown(qtbot, window, tmp_path, (1280, 800), 1.0)
    diagram = window.diagrams["rnn"]
    labels = [diagram.values["w_hh"], diagram.values["w_in"]]
    small = [diagram.font_pixels(item) for item in labels]
    for _ in range(3):  # 1.15×, 1.3×, 1.5×
        window.actions_by_key["larger"].trigger()
    QApplication.processEvents()
    bring_forward(qtbot, window, "rnn")
    assert diagram.isVisible()
    for item, before in zip(labels, small, strict=True):
        assert before >= 9, (item.text(), before)  # about 6 pixels before
        assert diagram.font_pixels(item) > before * 1.2, item.text()
