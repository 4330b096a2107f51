"""The 简/繁 switch of the poetry window, driven as a student would: the poem, its bars, the
heatmap's labels and what is copied follow the script shown; the model reads traditional."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lstm_lab.core import i18n
from lstm_lab.lessons.poetry.script import SIMPLIFIED, TRADITIONAL, to_simplified
from lstm_lab.lessons.poetry.textdata import poem_lines
from lstm_lab.ui.fonts import FAMILY


@pytest.fixture
def window(open_window):
    win = open_window("poetry-tang")
    win.controls_panel.speed_slider.setValue(200)
    return win


def write_all(qtbot, win, prompt: str) -> None:
    win.prompt_row.prompt_edit.setText(prompt)
    qtbot.mouseClick(win.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=20_000)


def shown_poem(win) -> str:
    return win.poem_view.toPlainText().replace("\n", "").replace("\u2028", "")


def drawn_families(win) -> set[str]:
    """The families the poem view draws its Chinese characters from (none a missing glyph)."""
    found = set()
    block = win.poem_view.document().firstBlock()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for k, ch in enumerate(text):
            if "\u4e00" <= ch <= "\u9fff":
                for run in layout.lineForTextPosition(k).glyphRuns(k, 1):
                    assert 0 not in run.glyphIndexes(), ch
                    found.add(run.rawFont().familyName())
        block = block.next()
    return found


def bar_labels(win) -> list[str]:
    return [candidate.label for candidate in win.bars.candidates]


def test_the_switch_shows_the_poem_bars_and_heatmap_in_either_script(qtbot, window):
    simplified = window.script_buttons[SIMPLIFIED]
    traditional = window.script_buttons[TRADITIONAL]
    assert window.state.script == TRADITIONAL and traditional.isChecked()  # English: as written
    assert simplified.accessibleName() == "Simplified characters"
    assert traditional.accessibleName() == "Traditional characters"
    assert simplified.text() == "简" and traditional.text() == "繁"
    assert simplified.isVisibleTo(window) and traditional.isVisibleTo(window)
    write_all(qtbot, window, "白日依山尽")
    session = window.state.session
    assert session.reading == "白日依山盡" and not window.prompt_row.note.isVisibleTo(window)
    text = session.text
    assert to_simplified(text) != text
    assert shown_poem(window).startswith(text)
    traditional_labels = bar_labels(window)
    traditional_chars = list(window.memory_panel.heatmap.chars)

    # The keyboard: Tab from the lesson's fold button reaches the pair, Space chooses.
    window.fold_button.setFocus()
    qtbot.keyClick(window.fold_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is simplified
    qtbot.keyClick(simplified, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.state.script == SIMPLIFIED)
    assert simplified.isChecked() and not traditional.isChecked()
    assert window.act_simplified.isChecked() and not window.act_traditional.isChecked()
    assert session.text == text  # the model's text is what it was
    assert shown_poem(window).startswith(to_simplified(text))
    assert shown_poem(window).startswith("白日依山尽")
    chars = window.memory_panel.heatmap.chars
    assert chars[1:6] == list("白日依山尽") and chars != traditional_chars
    assert len(chars) == len(traditional_chars)
    labels = bar_labels(window)
    assert labels != traditional_labels and len(labels) == len(traditional_labels)
    for label in labels:
        assert to_simplified(label[0]) == label[0]
    window.copy_text()
    assert QApplication.clipboard().text() == "\n".join(poem_lines(to_simplified(text)))
    # The simplified poem keeps the poems' serif: each of its characters drawn from it.
    assert drawn_families(window) == {FAMILY}

    # The arrow key moves to 繁 and brings the traditional characters back, as in a group of
    # radio buttons; so does a click.
    qtbot.keyClick(simplified, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is traditional and window.state.script == TRADITIONAL
    qtbot.mouseClick(simplified, Qt.MouseButton.LeftButton)
    assert window.state.script == SIMPLIFIED
    qtbot.mouseClick(traditional, Qt.MouseButton.LeftButton)
    assert window.state.script == TRADITIONAL
    assert shown_poem(window).startswith(text) and bar_labels(window) == traditional_labels
    assert list(window.memory_panel.heatmap.chars) == traditional_chars
    window.copy_text()
    assert QApplication.clipboard().text() == "\n".join(poem_lines(text))

    # The Write menu does the same.
    window.act_simplified.trigger()
    assert window.state.script == SIMPLIFIED and simplified.isChecked()


def test_shakespeare_has_no_switch(qtbot, window):
    window.controls_panel.model_combo.setCurrentIndex(
        window.controls_panel.model_combo.findData("shakespeare")
    )
    assert not window.script_switch.isVisibleTo(window)
    assert not window.act_simplified.isEnabled()
    window.controls_panel.model_combo.setCurrentIndex(
        window.controls_panel.model_combo.findData("tang")
    )
    assert window.script_switch.isVisibleTo(window) and window.act_simplified.isEnabled()


def test_under_zh_cn_the_poem_is_simplified_and_follows_the_language(
    qtbot, open_window, monkeypatch
):
    try:
        i18n.set_translator(None, "zh_CN")
        window = open_window("poetry-tang")
        assert window.state.script == SIMPLIFIED
        assert window.script_buttons[SIMPLIFIED].isChecked()
        # The language changes at once (View → Language): the script follows, unless the
        # student chose one.
        QApplication.sendEvent(window, _language_change())
        i18n.set_translator(None, "en")  # named after its translators were installed
        qtbot.waitUntil(lambda: window.state.script == TRADITIONAL)
        assert window.script_buttons[TRADITIONAL].isChecked()
        qtbot.mouseClick(window.script_buttons[SIMPLIFIED], Qt.MouseButton.LeftButton)
        followed = []
        follow = window._follow_language
        monkeypatch.setattr(window, "_follow_language", lambda: followed.append(follow()))
        i18n.set_translator(None, "zh_TW")
        QApplication.sendEvent(window, _language_change())
        qtbot.waitUntil(lambda: bool(followed))
        assert window.state.script == SIMPLIFIED  # the student's choice stays
    finally:
        i18n.set_translator(None, "en")


def _language_change():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


def test_a_window_closed_right_after_a_language_switch_leaves_nothing_behind(qtbot, settings):
    """The script follows the language once the switch is done (a deferred call): a window
    closed and deleted before then is not called back (it used to raise "Signal source has
    been deleted" in whatever ran next)."""
    from PySide6.QtCore import QEvent

    from lstm_lab.app import create_window
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.ui.language import install_language

    win = create_window(settings, "poetry")
    win.open_lesson(lesson_by_name("poetry-tang"))
    win.show()
    try:
        install_language("zh_CN")  # a LanguageChange event for every widget
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # (the call deferred)
        win.shutdown()
        win.files.forget_changes()
        win.close()
        win.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        with qtbot.captureExceptions() as raised:
            for _ in range(5):
                QApplication.processEvents()
        assert raised == []
    finally:
        install_language("en")
