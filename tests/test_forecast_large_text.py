"""The forecast lesson at 1.5× text on a projector (1024×768) and a laptop (1440×900): no
label's words are wider than the label, Step 1's column of controls does not scroll sideways,
Step 2's blocks hold their words whole, and the captions of the inside of the model keep every
line at every step, before training and after."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from lstm_lab.app import render_screenshot
from lstm_lab.lessons.forecast.qt.model_diagram import PADDING


def cut_labels(root) -> list[str]:
    """Visible one-line labels whose words are wider than the room the label has for them."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.visibleRegion().isEmpty():
            continue
        needed = QFontMetricsF(label.font()).horizontalAdvance(label.text())
        room = label.contentsRect().width()
        if needed > room + 0.5:
            cut.append(f"{label.objectName() or label.text()!r}: {needed:.0f} of {room}")
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_nothing_is_cut_at_large_text(qtbot, open_window, tmp_path, size, language):
    window = open_window("forecast-sine", size=size)
    window.set_text_scale(1.5)
    for index in range(window.steps.count()):
        window.steps.setCurrentIndex(index)
        render_screenshot(window, str(tmp_path / f"step{index}.png"), size)
        page = window.steps.widget(index)
        assert not cut_labels(page), f"step {index + 1} at {size} {language}: {cut_labels(page)}"
    window.steps.setCurrentIndex(0)
    QApplication.processEvents()
    column = window.findChild(QScrollArea, "dataScroll")
    assert not column.horizontalScrollBar().isVisible()
    assert column.viewport().width() >= column.widget().minimumSizeHint().width()
    window.steps.setCurrentIndex(1)
    QApplication.processEvents()
    diagram = window.model_diagram
    for rect, texts, font in diagram.layout():
        bold = QFont(font)
        bold.setBold(True)
        for k, text in enumerate(texts):
            needed = QFontMetricsF(bold if k == 0 else font).horizontalAdvance(text)
            assert needed <= rect.width() - 2 * PADDING + 0.5, f"{text!r} at {size}"
        assert 0 <= rect.left() and rect.right() <= diagram.width()


def cut_lines(root) -> list[str]:
    """Visible labels that wrap their words and are lower than their lines need at their
    width: the last lines are cut."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.wordWrap() or not label.text():
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            cut.append(f"{label.objectName() or label.text()[:30]!r}: {label.height()} of {needed}")
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_the_inside_of_the_model_keeps_its_captions_whole(
    qtbot, open_window, tmp_path, size, scale, language
):
    window = open_window("forecast-sine", size=size)
    window.set_text_scale(scale)
    inside = window.docks["inside"]
    for index in range(window.steps.count()):  # Step 2's blocks among them
        window.steps.setCurrentIndex(index)
        render_screenshot(window, str(tmp_path / f"step{index}.png"), size)
        problems = cut_lines(window) + cut_labels(inside) + cut_labels(window.docks["training"])
        assert not problems, f"step {index + 1} at {size}, {scale}x, {language}: {problems}"
    # Trained, the loss curve takes its height back: the captions stay whole.
    window.loss_plot.set_history([1, 2, 3], [0.5, 0.2, 0.1], [0.6, 0.3, 0.2])
    qtbot.waitUntil(lambda: window.loss_plot.height() >= window.loss_plot.PLOT_HEIGHT)
    render_screenshot(window, str(tmp_path / "trained.png"), size)
    assert not cut_lines(window), cut_lines(window)
    assert (window.width(), window.height()) == size, "the window grew past the screen"
