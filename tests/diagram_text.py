"""A lesson window of each kind as the diagram-size tests and
``benchmarks/diagram_text_heights.py`` measure it: one of each kind's built-in lessons, shown at
a window size and text size, with numbers in its main picture (a step taken, a poem written),
measured by `lstm_lab.ui.diagram_text`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lstm_lab.ui.diagram_text import number_heights, smallest

#: One built-in lesson of each kind.
LESSONS = {
    "cell": "single-pulse",
    "compare": "compare-who-remembers",
    "memory": "memory-france",
    "forecast": "forecast-sine",
    "poetry": "poetry-tang",
}
SIZES = ((1024, 768), (1440, 900))


def settle(window, rounds: int = 3) -> None:
    """Let resizes, queued layouts and default dock sizes take effect."""
    for _ in range(rounds):
        QApplication.processEvents()
    if not window.presenting:
        window.apply_default_sizes()
    for _ in range(rounds):
        QApplication.processEvents()


def show_numbers(window, kind: str) -> None:
    """Bring the main picture's numbers on screen: a step of a cell, the forecast, a poem."""
    if kind == "cell":
        window.state.go_to(2)
    elif kind == "compare":
        window.model.go_to(2)
    elif kind == "forecast":
        window.steps.setCurrentWidget(window.forecast_page)
    elif kind == "poetry" and not window.bars.candidates:
        window.controls_panel.speed_slider.setValue(200)
        window.prompt_row.prompt_edit.setText("春")
        QTest.mouseClick(window.prompt_row.write_button, Qt.MouseButton.LeftButton)
        for _ in range(2000):
            if not window.is_busy():
                break
            QTest.qWait(10)
    QApplication.processEvents()


def view_heights(window) -> dict[str, float]:
    """The smallest number on each main view of ``window``, in pixels, by the view's name.
    Where the comparison shows one cell at a time (presenter mode, a narrow window at large
    text), each is measured in turn, as a student brings it forward."""
    QApplication.processEvents()
    if hasattr(window, "shows_one_cell") and window.shows_one_cell():
        heights = {}
        shown = window.presented_cell
        for name, view in window.diagrams.items():
            window.present_cell(name)
            settle(window, 2)
            heights[view.objectName()] = smallest(number_heights(view))
        window.present_cell(shown)
        return heights
    return {
        view.objectName() or type(view).__name__: smallest(number_heights(view))
        for view in window.main_views()
    }
