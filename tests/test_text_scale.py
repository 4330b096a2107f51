"""Larger text for projectors: every value box and statistic shows its whole number, minus sign
and all, at every text size."""

from __future__ import annotations

import pytest
from helpers import text_room
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QLineEdit

from lstm_lab.engine import PARAM_NAMES
from lstm_lab.lessons.cell.qt.stats_panel import StatsPanel
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import TEXT_SCALES

# Wide values: negative, several digits before the point, rounded or exact.
WIDE = [-15.559, -0.070, -123.4567891, -1000000.0, 0.0625, -0.9770517]


@pytest.fixture
def window(open_window):
    return open_window(size=(1440, 900))


def cut_boxes(window) -> list[str]:
    """Every visible value box, spin box and statistic whose text does not fit it."""
    QApplication.processEvents()
    cut = []
    for box in window.findChildren(QLineEdit):
        if not box.isVisible() or not box.objectName().startswith("paramValue_"):
            continue
        advance = box.fontMetrics().horizontalAdvance(box.text())
        if advance + 1 > text_room(box):
            cut.append(f"{box.objectName()} {box.text()!r}: {advance} > {text_room(box)}")
    for spin in window.findChildren(QAbstractSpinBox):
        if not spin.isVisible():
            continue
        edit = spin.findChild(QLineEdit)
        advance = edit.fontMetrics().horizontalAdvance(edit.text())
        if advance + 1 > text_room(edit):
            cut.append(f"{spin.objectName()} {edit.text()!r}: {advance} > {edit.width()}")
    for label in window.stats_panel.findChildren(QLabel):
        if not label.objectName().startswith("stat_"):
            continue
        advance = label.fontMetrics().horizontalAdvance(label.text())
        if advance > label.contentsRect().width():
            cut.append(f"{label.objectName()} {label.text()!r}: {advance} > {label.width()}")
    return cut


@pytest.mark.parametrize("mode", ["full", "simple"])
def test_every_value_is_shown_whole_at_every_text_size(qtbot, window, mode):
    window.param_panel.set_mode(mode)
    window.docks["training"].raise_()
    window.state.set_sequence_text("-123.25, 0, 1")
    window.state.go_to(1)
    problems = []
    for scale in TEXT_SCALES:
        window.set_text_scale(scale)
        for k in range(len(WIDE)):
            window.state.set_params(
                {name: WIDE[(k + j) % len(WIDE)] for j, name in enumerate(PARAM_NAMES)}
            )
            problems += [f"at {scale}x: {line}" for line in cut_boxes(window)]
        assert window.text_scale == scale
    assert not problems, "\n".join(problems[:12])


def test_ctrl_equals_enlarges_text_like_ctrl_plus(qtbot, window):
    window.cell_diagram.setFocus()
    assert window.text_scale == 1.0
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 1]
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 2]
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 1]


def stat_columns(panel) -> int:
    return len({panel.values[key].x() for key in panel.values})


def test_the_statistics_use_two_columns_wherever_they_fit(qtbot):
    panel = StatsPanel(LabState())
    qtbot.addWidget(panel)
    panel.set_text_scale(1.5)
    panel.show()
    panel.resize(panel._needed_width(2) + 10, 300)
    QApplication.processEvents()
    assert stat_columns(panel) == 2  # large text on a wide enough panel: short and scannable
    panel.resize(panel._needed_width(2) - 10, 400)
    QApplication.processEvents()
    assert stat_columns(panel) == 1  # narrower: one column ...
    assert panel.minimumWidth() <= panel.width()  # ... it may always be narrowed to
    for label in panel.values.values():  # ... and every number whole
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_statistics_recover_their_layout_after_a_huge_number(qtbot):
    state = LabState()
    panel = StatsPanel(state)
    qtbot.addWidget(panel)
    panel.set_text_scale(1.5)
    panel.show()
    panel.resize(panel._needed_width(2) + 10, 400)
    QApplication.processEvents()
    assert stat_columns(panel) == 2
    state.set_sequence_text("1000000, -1000000")
    state.go_to(1)
    QApplication.processEvents()

    def overlaps() -> list[str]:
        labels = [*panel.names.values(), *panel.values.values()]
        return [
            f"{a.text()} / {b.text()}"
            for k, a in enumerate(labels)
            for b in labels[k + 1 :]
            if a.geometry().intersects(b.geometry())
        ]

    assert not overlaps()
    for label in panel.values.values():  # every number whole
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    state.set_sequence_text("1, -1, 0")
    QApplication.processEvents()
    assert not overlaps()
    assert stat_columns(panel) == 2  # the room comes back with small numbers
