"""Picking a unit of the poetry model that a student can see: the heatmap's rows are under a
pixel each, so the list beside it gives every unit a row of its own, the most active first;
a click or the arrow keys on a row mark that very unit. In presenter mode Write, Stop and Back
are on screen once."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolBar

from lstm_lab.lessons.poetry.session import units_by_strength


@pytest.fixture
def window(open_window, qtbot):
    win = open_window("poetry-shakespeare", kind="poetry", size=(1440, 900))
    win.controls_panel.speed_slider.setValue(200)
    qtbot.mouseClick(win.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=20_000)
    return win


def unit_list(window):
    return window.memory_panel.unit_list


def shown(table, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    """What the list shows in a cell (as its view asks its model)."""
    model = table.model()
    return model.data(model.index(row, column), role)


def row_rect(table, row: int):
    return table.visualRect(table.model().index(row, 1))


def test_units_are_ranked_by_their_strongest_state_largest_first():
    states = np.array(
        [
            [0.1, -0.9, 0.3, 0.0],
            [0.5, 0.2, -0.3, 0.7],
            [-0.6, 0.4, 0.2, -0.7],
        ]
    )
    # Unit 1 reaches −0.9; 3 reaches 0.7 (first at character 1); 0 reaches −0.6; 2 ±0.3.
    assert units_by_strength(states) == [(1, -0.9, 0), (3, 0.7, 1), (0, -0.6, 2), (2, 0.3, 0)]
    assert units_by_strength(np.zeros((0, 4))) == []


def test_the_list_is_in_the_order_of_the_activations(window):
    table = unit_list(window)
    states = window.state.session.states("hidden")
    strongest = np.abs(states).max(axis=0)
    rows = table.model().rowCount()
    assert rows == states.shape[1] == 128
    units = [int(shown(table, row, 0)) for row in range(rows)]
    assert units == table.units
    assert sorted(units) == list(range(128))  # every unit once
    # |activation| largest first: each row's strongest is at least the next one's.
    magnitudes = strongest[units]
    assert np.all(np.diff(magnitudes) <= 0)
    values = [float(shown(table, row, 1).replace("\u2212", "-")) for row in range(rows)]
    np.testing.assert_allclose(np.abs(values), magnitudes, atol=5e-4)
    # The character after which each unit has it is the one the heatmap shows there.
    chars = window.memory_panel.heatmap.chars
    at = int(np.argmax(np.abs(states[:, units[0]])))
    assert shown(table, 0, 2) in (chars[at], {" ": "␣", "\n": "↵"}.get(chars[at]))


def test_a_click_on_a_row_marks_that_unit(qtbot, window):
    table = unit_list(window)
    heatmap = window.memory_panel.heatmap
    for row in (3, 0, 5):
        table.scrollTo(table.model().index(row, 0))
        rect = row_rect(table, row)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        unit = table.units[row]
        assert window.state.unit == unit
        assert heatmap.unit == unit and len(heatmap.highlighted) == 8
        caption = window.memory_panel.caption.text()
        assert f"Unit {unit}:" in caption


def test_the_arrow_keys_pick_the_next_unit_in_the_list(qtbot, window):
    table = unit_list(window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert window.state.unit == table.units[0]
    for row in (1, 2, 3):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == row
        assert window.state.unit == table.units[row]
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.state.unit == table.units[2]


def test_a_unit_clicked_in_the_heatmap_is_the_one_picked_in_the_list(qtbot, window):
    table = unit_list(window)
    heatmap = window.memory_panel.heatmap
    point = heatmap.row_centre(7).toPoint()
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=point)
    unit = window.state.unit
    assert unit is not None
    selected = table.selectionModel().selectedRows()
    assert [table.units[index.row()] for index in selected] == [unit]
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=point)  # the same row: none
    assert window.state.unit is None and not table.selectionModel().selectedRows()


def test_the_list_says_what_it_is_to_a_screen_reader(window):
    table = unit_list(window)
    assert table.accessibleName() == "Units, the most active first"
    label = window.memory_panel.unit_label
    assert isinstance(label, QLabel) and label.buddy() is table and label.isVisible()
    said = shown(table, 0, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(f"Unit {table.units[0]}: strongest h ")


def visible_buttons(window, words: str) -> list[QAbstractButton]:
    """The buttons on screen (not behind another dock's tab) whose text, without arrows, is
    ``words``."""
    found = []
    for button in window.findChildren(QAbstractButton):
        text = button.text().replace("▶", "").replace("◀", "").strip()
        if text == words and button.isVisible() and not button.visibleRegion().isEmpty():
            found.append(button)
    return found


def test_presenter_mode_shows_write_stop_and_back_once(qtbot, window):
    for words in ("Write", "Stop", "Back"):
        assert len(visible_buttons(window, words)) == 1, words
    window.set_presenting(True)
    QApplication.processEvents()
    bar = window.findChild(QToolBar, "presenterBar")
    for words in ("Write", "Stop", "Back"):
        shown = visible_buttons(window, words)
        assert len(shown) == 1, f"{words}: {len(shown)} on screen"
        assert bar.isAncestorOf(shown[0])
    assert window.prompt_row.prompt_edit.isVisible()  # the prompt stays
    window.set_presenting(False)
    QApplication.processEvents()
    for words in ("Write", "Stop", "Back"):
        shown = visible_buttons(window, words)
        assert len(shown) == 1 and window.prompt_row.isAncestorOf(shown[0]), words
    assert window.prompt_row.copy_button.isVisible()
