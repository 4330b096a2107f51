"""Projectors and small screens: the layout at 1024×768 and 1280×800, in both themes and at
text 1.0× and 1.5×, checked by geometry; Larger then Smaller text gives the layout back; the
diagram's text grows on screen with the text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from lstm_lab.app import create_window, render_screenshot

CONTROLS = (QAbstractButton, QAbstractSlider, QComboBox, QLineEdit)


@pytest.fixture
def window(qtbot, tmp_path):
    win = create_window(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    yield win
    win.set_text_scale(1.0)
    win.files.forget_changes()


def horizontally_cut(window) -> list[str]:
    """Visible controls whose width is cut by a parent or by the window (a list that scrolls
    up and down may hide whole rows; nothing may lose its right or left part)."""
    QApplication.processEvents()
    cut = []
    frame = QRect(0, 0, window.width(), window.height())
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.width() < 4:
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue  # a hidden tab or a row scrolled out of its list
        top_left = widget.mapTo(window, widget.rect().topLeft())
        if not frame.contains(QRect(top_left, widget.size())) and not _in_a_list(widget):
            cut.append(f"{widget.objectName() or type(widget).__name__} outside the window")
        elif visible.width() < widget.width():
            cut.append(
                f"{widget.objectName() or type(widget).__name__}: {visible.width()} of "
                f"{widget.width()} pixels wide shown"
            )
    return cut


def _in_a_list(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_control_is_cut_on_a_projector(qtbot, window, tmp_path, size, theme, scale):
    window.set_theme(theme)
    window.set_text_scale(scale)
    window.state.go_to(3)
    assert render_screenshot(window, str(tmp_path / "shot.png"), size)
    for dock in ("controls", "parameters"):  # each tab of the tabbed docks in turn
        window.docks[dock].raise_()
        problems = horizontally_cut(window)
        assert not problems, f"{size} {theme} {scale}x, {dock} in front: " + "; ".join(problems)
    legend = window.time_series.legend
    plot = window.time_series.plot_widget
    window.docks["timeSeries"].raise_()
    QApplication.processEvents()
    shown = plot.mapFromScene(legend.sceneBoundingRect()).boundingRect()
    assert plot.rect().contains(shown), "the legend is cut"


def dock_sizes(window) -> dict[str, tuple[int, int]]:
    QApplication.processEvents()
    return {
        key: (dock.width(), dock.height())
        for key, dock in window.docks.items()
        if not dock.visibleRegion().isEmpty()  # a tab behind another keeps an old size
    }


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_larger_then_smaller_text_gives_the_layout_back(qtbot, window, tmp_path, size):
    render_screenshot(window, str(tmp_path / "shot.png"), size)
    before = dock_sizes(window)
    window.larger_text()
    window.larger_text()
    window.smaller_text()
    window.smaller_text()
    assert dock_sizes(window) == before


def test_the_diagram_text_grows_on_screen_with_the_text_size(qtbot, window, tmp_path):
    render_screenshot(window, str(tmp_path / "shot.png"), (1280, 800))
    diagram = window.cell_diagram
    label = diagram.value_labels["weights_f"]
    small = diagram.font_pixels(label)
    window.set_text_scale(1.5)
    QApplication.processEvents()
    assert diagram.font_pixels(label) > small * 1.1
    assert small >= 9  # was about 9 px at 1440×900 and less on a smaller window
