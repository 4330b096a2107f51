"""Help → Keyboard shortcuts is a dialog of its own, not a message box: a table a menu and one
for presenter mode (with the comparison's cell keys), in columns that fit a projector's screen
at 1.0× and 1.5× text, every row whole, closed by Esc. And a command keeps an ellipsis inside
its words on presenter mode's buttons ("Part 2: France … speak")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolBar, QToolButton

from lstm_lab.core.builtin import builtin_lessons
from lstm_lab.shell.shortcuts_dialog import keys_of, plain_name
from lstm_lab.ui import screen_fit

KINDS = sorted({lesson.kind for lesson in builtin_lessons()})
FIRST = {kind: next(lesson.name for lesson in builtin_lessons() if lesson.kind == kind)
         for kind in KINDS}  # fmt: skip
PROJECTOR = QRect(0, 0, 1024, 768)
LAPTOP = QRect(0, 0, 1440, 900)


def use_screen(monkeypatch, room: QRect) -> None:
    """The screen has ``room`` (the offscreen screen has none to fit)."""
    monkeypatch.setattr(screen_fit, "screen_room", lambda widget=None: QRect(room))


def opened(qtbot, window) -> QDialog:
    window.actions_by_key["shortcuts"].trigger()  # Help → Keyboard shortcuts
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and not isinstance(dialog, QMessageBox)
    qtbot.waitExposed(dialog)
    return dialog


def rows_cut(dialog) -> list[str]:
    """Table cells whose words are wider than their column, and tables that scroll."""
    cut = []
    for table in dialog.tables:
        if table.horizontalScrollBar().maximum() or table.verticalScrollBar().maximum():
            cut.append(f"{table.objectName()} scrolls")
        for row in range(table.rowCount()):
            for column in range(2):
                item = table.item(row, column)
                needed = QFontMetrics(item.font()).horizontalAdvance(item.text())
                if needed > table.columnWidth(column):
                    cut.append(f"{item.text()!r}: {needed} of {table.columnWidth(column)} px")
    return cut


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("kind", KINDS)
def test_every_key_is_listed_whole_on_a_projector(
    qtbot, monkeypatch, settings, open_window, kind, scale
):
    use_screen(monkeypatch, PROJECTOR)
    settings.setValue("view/textScale", scale)
    window = open_window(FIRST[kind], size=None)
    dialog = opened(qtbot, window)
    QApplication.processEvents()
    assert PROJECTOR.contains(dialog.frameGeometry()), dialog.frameGeometry()
    assert not dialog.scroll.horizontalScrollBar().maximum(), "the list scrolls sideways"
    assert not rows_cut(dialog), rows_cut(dialog)
    listed = {(keys, what) for _title, keys, what in dialog.entries()}
    for key, action in window.actions_by_key.items():
        if action.shortcuts() and not key.startswith("raise_"):
            assert (keys_of(action), plain_name(action.text())) in listed, key
    titles = [title for title, _rows in dialog.sections]
    assert "Presenter mode" in titles
    presenter = dict(dialog.sections[titles.index("Presenter mode")][1])
    assert {"F5", "Esc"} <= set(presenter)
    for action in window.presenter_actions():  # the presenter bar's buttons and their keys
        if action.shortcuts():
            assert presenter.get(keys_of(action)) == plain_name(action.text())
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_comparison_lists_its_cell_keys(qtbot, monkeypatch, open_window):
    use_screen(monkeypatch, PROJECTOR)
    window = open_window("compare-who-remembers", size=None)
    dialog = opened(qtbot, window)
    presenter = dict(dialog.sections[[t for t, _ in dialog.sections].index("Presenter mode")][1])
    assert presenter["1"] == "Show the RNN cell" and presenter["3"] == "Show the GRU cell"
    assert "Left" in presenter and "Right" in presenter
    assert "1, 2 and 3" in dialog.note.text()
    dialog.close()


@pytest.mark.parametrize("kind", KINDS)
def test_on_a_laptop_screen_every_key_is_in_view_at_once(qtbot, monkeypatch, open_window, kind):
    use_screen(monkeypatch, LAPTOP)
    window = open_window(FIRST[kind], size=None)
    dialog = opened(qtbot, window)
    QApplication.processEvents()
    assert LAPTOP.contains(dialog.frameGeometry())
    assert dialog.scroll.verticalScrollBar().maximum() == 0, "the list scrolls"
    assert not rows_cut(dialog), rows_cut(dialog)
    dialog.close()


def test_the_start_screen_lists_its_keys_in_the_same_dialog(qtbot, monkeypatch, settings):
    from lstm_lab.app import LabApp

    use_screen(monkeypatch, PROJECTOR)
    app = LabApp(settings)
    start = app.start_screen
    start.show()
    start.actions_by_key["shortcuts"].trigger()
    dialog = start.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and not isinstance(dialog, QMessageBox)
    assert ("View", "F11") not in {(t, k) for t, k, _w in dialog.entries()}
    assert {"Open lesson", "Larger text", "Quit"} <= {w for _t, _k, w in dialog.entries()}
    dialog.close()
    start.close()


def test_a_presenter_button_keeps_the_ellipsis_inside_its_words(qtbot, open_window):
    window = open_window("memory-france", size=(1024, 768))
    window.set_presenting(True)
    bar = window.findChild(QToolBar, "presenterBar")
    words = [
        button.text()
        for button in (bar.widgetForAction(action) for action in bar.actions())
        if isinstance(button, QToolButton)
    ]
    assert "Part 2: France … speak" in words, words
    window.set_presenting(False)


@pytest.mark.parametrize("kind", KINDS)
def test_no_command_loses_an_ellipsis_inside_its_words(qtbot, open_window, kind):
    window = open_window(FIRST[kind], size=(1024, 768))
    for key, action in window.actions_by_key.items():
        words = action.text().replace("&", "")
        inside = words.removesuffix("…").count("…")
        assert action.iconText().count("…") == inside, (key, words, action.iconText())
