"""The poetry window on a projector: at 1024×768 and 1280×800, text 1.0× and 1.5×, both
themes, after a poem is written, every control and tab title is whole, the candidate bars
are a line of text apart, the poem's first line is whole and the heatmap says which
characters it shows; checked by geometry."""

from __future__ import annotations

import pytest
from helpers import cut_texts, horizontally_cut
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from lstm_lab.app import render_screenshot
from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.lessons.poetry.qt.painting import WRAP


@pytest.fixture
def window(open_window):
    return open_window("poetry-tang", size=None, show=False)


def write_a_poem(qtbot, win, prompt: str = "春") -> None:
    win.controls_panel.speed_slider.setValue(200)
    win.prompt_row.prompt_edit.setText(prompt)
    qtbot.mouseClick(win.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=20_000)
    QApplication.processEvents()


def bar_problems(bars) -> list[str]:
    """Labels closer than a line of text, bars over the words below them, words that leave
    the view."""
    problems = []
    rects = bars.label_rects()
    line = QFontMetricsF(bars.label_font()).lineSpacing()
    for upper, lower in zip(rects, rects[1:], strict=False):
        if lower.top() - upper.top() < line - 0.5:
            gap = lower.top() - upper.top()
            problems.append(f"labels {gap:.1f} px apart, a line is {line:.1f}")
    texts = bars.texts()
    header, legend, footer = (room for _text, room, _font in texts)
    if rects and (rects[0].top() < legend.bottom() or rects[-1].bottom() > footer.top()):
        problems.append("the bars run into the words above or below them")
    for text, room, font in texts:
        needed = QFontMetricsF(font).boundingRect(room, WRAP, text)
        if needed.right() > bars.width() or needed.height() > room.height() + 0.5:
            problems.append(f"{text!r} does not fit")
    return problems


def cut_lines(view) -> list[str]:
    """Lines of the poem that the top or the bottom edge of the box cuts."""
    top = view.verticalScrollBar().value()
    bottom = top + view.viewport().height()
    return [
        f"a line at {box.top():.0f}..{box.bottom():.0f} cut by the edge at {edge}"
        for box in view.line_boxes()
        for edge in (top, bottom)
        if box.top() + 0.5 < edge < box.bottom() - 0.5
    ]


def broken_verse(view) -> list[str]:
    """Lines on screen that are not a whole line of the poem: each ends at 。？！ (the last
    one with the ⏎ of the end), and "(the end)", in the language in effect, is the last."""
    lines = []
    block = view.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        for k in range(layout.lineCount()):
            line = layout.lineAt(k)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lines.append(text.replace("\u2028", "").strip())
        block = block.next()
    end = view.tr("(the end)")  # "（完）" in Chinese
    lines = [line for line in lines if line and line != end]
    return [line for line in lines if line.removesuffix("⏎")[-1:] not in tuple("。？！")]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("theme, language", [("dark", "en"), ("light", "en"), ("dark", "zh_CN")])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_control_and_title_is_whole_on_a_projector(
    qtbot, window, tmp_path, size, theme, scale, language
):
    window.set_theme(theme)
    window.set_text_scale(scale)
    render_screenshot(window, str(tmp_path / "shot.png"), size)
    write_a_poem(qtbot, window)
    assert render_screenshot(window, str(tmp_path / "shot.png"), size)
    where = f"{size} {theme} {scale}x {language}"
    for dock in ("train", "bars"):  # each tab in front in turn
        window.docks[dock].raise_()
        problems = horizontally_cut(window) + cut_texts(window)
        assert not problems, f"{where}, {dock} in front: " + "; ".join(problems)
    bars = window.bars
    assert len(bars.label_rects()) >= 4, where  # enough to choose from
    assert not bar_problems(bars), f"{where}: " + "; ".join(bar_problems(bars))
    assert not cut_lines(window.poem_view), f"{where}: " + "; ".join(cut_lines(window.poem_view))
    broken = broken_verse(window.poem_view)
    assert not broken, f"{where}: lines of verse broken: {broken}"


def test_fewer_bars_on_a_low_view_say_how_many_of_ten(qtbot, window, tmp_path):
    window.set_text_scale(1.5)
    write_a_poem(qtbot, window)
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    bars = window.bars
    shown = len(bars.label_rects())
    assert shown < len(bars.candidates) == 10
    assert f"the {shown} most likely of 10" in bars.texts()[1][0]
    assert not bar_problems(bars)
    render_screenshot(window, str(tmp_path / "shot.png"), (1440, 900))
    window.set_text_scale(1.0)
    QApplication.processEvents()
    assert len(bars.label_rects()) == 10 and "most likely of" not in bars.texts()[1][0]


def test_the_poem_box_follows_the_end_with_its_first_line_whole(qtbot, window, tmp_path):
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    for _ in range(2):  # fold and open: the text stays open, and the poem's box is low
        qtbot.mouseClick(window.fold_button, Qt.MouseButton.LeftButton)
    window.controls_panel.speed_slider.setValue(200)
    window.write()
    view = window.poem_view

    def scrolled_and_whole() -> None:
        bar = view.verticalScrollBar()
        assert bar.maximum() > 0 and bar.value() == bar.maximum()
        assert not cut_lines(view)

    qtbot.waitUntil(scrolled_and_whole, timeout=20_000)  # while it writes ...
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    QApplication.processEvents()
    scrolled_and_whole()  # ... and when it has ended
    assert window.state.session.finished and window.lesson_text.isVisible()


def test_the_heatmap_says_which_characters_it_shows(qtbot, window, tmp_path):
    write_a_poem(qtbot, window)
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    heatmap = window.memory_panel.heatmap
    first, count = heatmap.shown_range()
    assert count == len(window.state.session.chars()) and 0 < first < count
    assert f"the last {count - first} of {count} characters" in heatmap.range_text()
    render_screenshot(window, str(tmp_path / "shot.png"), (1440, 900))
    window.prompt_row.prompt_edit.setText("山")
    window.controls_panel.length_spin.setValue(6)
    window.write()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    assert heatmap.shown_range()[0] == 0 and heatmap.range_text().startswith("all ")


def test_writing_folds_the_lesson_text_and_the_student_can_open_it_again(qtbot, window, tmp_path):
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    assert window.lesson_text.isVisible() and not window.lesson_folded
    write_a_poem(qtbot, window)
    assert not window.lesson_text.isVisible() and window.fold_button.isVisible()
    qtbot.mouseClick(window.fold_button, Qt.MouseButton.LeftButton)
    assert window.lesson_text.isVisible()
    write_a_poem(qtbot, window, "月")
    assert window.lesson_text.isVisible()  # opened by hand: it stays open
    window.open_lesson(lesson_by_name("poetry-tang"))
    write_a_poem(qtbot, window)
    assert not window.lesson_text.isVisible()  # a lesson opened afresh folds again
