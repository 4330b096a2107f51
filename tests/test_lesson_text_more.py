"""A lesson's text never hides below the fold silently: in every kind of lesson window at
1440×900 and 1024×768, text below the view's edge is announced by a bar saying how many more
lines there are, which scrolls on a click and goes at the end of the text."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.ui.lesson_text import LessonTextView

KINDS = sorted({lesson.kind for lesson in builtin_lessons()})
FIRST = {kind: next(lesson.name for lesson in builtin_lessons() if lesson.kind == kind)
         for kind in KINDS}  # fmt: skip
ADDED = "\n\n".join(
    f"Teacher's step {k}: look at the cell and write down what you see." for k in range(1, 13)
)


def shown_text_view(window) -> LessonTextView:
    """The lesson's text view, its dock brought forward if it is a tab behind another."""
    QApplication.processEvents()  # the window's own arranging first
    for view in window.findChildren(LessonTextView):
        dock = view.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.raise_()
        QApplication.processEvents()
        if view.isVisible() and not view.visibleRegion().isEmpty():
            return view
    raise AssertionError("no lesson text on screen")


@pytest.mark.parametrize("size", [(1440, 900), (1024, 768)])
@pytest.mark.parametrize("kind", KINDS)
def test_text_below_the_fold_is_announced(qtbot, open_window, kind, size):
    lesson = lesson_by_name(FIRST[kind])
    window = open_window(size=size, kind=kind)
    window.open_lesson(dataclasses.replace(lesson, text=lesson.text + "\n\n" + ADDED))
    view = shown_text_view(window)
    bar = view.more_bar
    below = view.lines_below()
    assert below > 0  # twelve added paragraphs do not fit
    assert bar.isVisible() and str(below) in bar.text()
    assert bar.visibleRegion().boundingRect() == bar.rect()  # whole, on the view
    assert bar.fontInfo().pixelSize() >= view.fontInfo().pixelSize()
    assert bar.width() == view.viewport().width()
    start = view.verticalScrollBar().value()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    assert view.verticalScrollBar().value() > start
    assert view.lines_below() < below
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.lines_below() == 0 and not bar.isVisible()


def test_a_text_that_fits_shows_no_bar(qtbot, open_window):
    window = open_window("memory-france", size=(1440, 900))
    window.open_lesson(dataclasses.replace(lesson_by_name("memory-france"), text="Short."))
    QApplication.processEvents()
    view = shown_text_view(window)
    assert view.lines_below() == 0 and not view.more_bar.isVisible()


def test_a_narrow_view_says_it_in_fewer_words_never_cut(qtbot):
    view = LessonTextView()
    qtbot.addWidget(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # Larger text
    view.setFont(font)
    view.set_markdown(ADDED)
    view.resize(1000, 160)
    view.show()
    qtbot.waitExposed(view)
    bar = view.more_bar
    qtbot.waitUntil(lambda: bar.isVisible() and "click here" in bar.text())
    whole = bar.sizeHint().width()  # the whole sentence's width
    view.resize(round(whole * 0.75), 160)  # a narrow column: the sentence does not fit
    qtbot.waitUntil(lambda: "click here" not in bar.text())
    assert str(view.lines_below()) in bar.text()
    assert bar.sizeHint().width() <= bar.width()  # its words whole
    view.resize(1000, 160)
    qtbot.waitUntil(lambda: "click here" in bar.text())
    assert bar.sizeHint().width() <= bar.width()
