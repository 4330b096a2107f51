"""What a screen reader hears: every control a student can reach, in every window of every
lesson kind, the start screen and the dialogs, has an accessible name (asked of Qt's
accessibility interface, as Orca, NVDA or VoiceOver ask it); a weight's slider and box say
which weight they set and its value; every dock comes forward, with the keyboard, from its own
shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from lstm_lab.app import LabApp, render_screenshot
from lstm_lab.core.builtin import builtin_lessons

CONTROLS = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
)
SIZE = (1024, 768)
KINDS = sorted({lesson.kind for lesson in builtin_lessons()})


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def part_of_another(widget: QWidget) -> bool:
    """A scroll bar, a table's header or corner button, a spin box's or combo box's own line
    edit: part of the control that holds it, which is the one named."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    return isinstance(widget, QLineEdit) and isinstance(
        widget.parent(), (QAbstractSpinBox, QComboBox)
    )


def unnamed_controls(window: QWidget) -> set[str]:
    """The visible controls of ``window`` (each tab of a tab bar one control) that a screen
    reader would announce by their kind alone, or, for a list to choose from, by the choice
    it shows alone."""
    found = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or part_of_another(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QTabBar):
            face = QAccessible.queryAccessibleInterface(widget)
            for k in range(widget.count()):
                child = face.child(k)
                if widget.isTabVisible(k) and not child.text(QAccessible.Text.Name).strip():
                    found.add(f"tab {k} of {where}")
        elif isinstance(widget, CONTROLS) and not spoken_name(widget):
            found.add(where)
        elif isinstance(widget, QComboBox) and not widget.accessibleName():
            # On Linux Qt gives a combo box its choice as its name and its label through a
            # relation; elsewhere the name is the accessible name or nothing.
            found.add(f"{where}, named by its choice {widget.currentText()!r} alone")
    return found


def every_page(window: QWidget):
    """Bring each dock, then each page of each tab widget, to the front in turn."""
    yield "as opened"
    for key, dock in getattr(window, "docks", {}).items():
        if dock.isHidden():
            continue
        dock.raise_()
        QApplication.processEvents()
        yield f"dock {key} in front"
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"page {tabs.tabText(index)!r}"


def problems_of(window: QWidget) -> list[str]:
    """Each unnamed control once, with the first page on which it shows."""
    problems: dict[str, str] = {}
    for where in every_page(window):
        for control in unnamed_controls(window):
            problems.setdefault(control, where)
    return [f"{control} ({where})" for control, where in sorted(problems.items())]


@pytest.fixture
def lab(qtbot, settings):
    app = LabApp(settings)
    yield app
    for window in app.windows.values():
        window.shutdown()
        window.files.forget_changes()
        if window.text_scale != 1.0:
            window.set_text_scale(1.0)
        window.close()
        window.deleteLater()
    if app._start is not None:
        app._start.close()
        app._start.deleteLater()


@pytest.mark.parametrize("kind", KINDS)
def test_every_control_of_every_lesson_has_a_name(qtbot, lab, tmp_path, kind):
    problems = []
    for lesson in builtin_lessons():
        if lesson.kind != kind:
            continue
        window = lab.lesson_window(kind)
        window.open_lesson(lesson)
        render_screenshot(window, str(tmp_path / "shot.png"), SIZE)
        problems += [f"{lesson.name}: {problem}" for problem in problems_of(window)]
    assert not problems, "\n".join(problems)


def test_the_start_screen_names_its_cards_and_lists(qtbot, lab, tmp_path, settings):
    settings.setValue("recent/files", [str(tmp_path / "mine.lstmlab")])
    start = lab.start_screen
    start.refresh_recent()
    render_screenshot(start, str(tmp_path / "shot.png"), SIZE)
    assert not problems_of(start)
    card = start.findChild(QAbstractButton, "lessonCard_explore")
    assert spoken_name(card) == "Explore one LSTM cell"


def test_the_dialogs_name_their_controls(qtbot, lab, tmp_path):
    from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog
    from lstm_lab.lessons.cell.qt.window import VIEWS

    window = lab.lesson_window("cell")
    render_screenshot(window, str(tmp_path / "shot.png"), SIZE)
    dialogs = [window.print_worksheet(), window.show_start_guide()]
    exercise = ExerciseDialog(window.current_lesson(), [(v.key, v.title) for v in VIEWS], window)
    exercise.show()
    dialogs.append(exercise)
    # A lesson that has a passphrase: the exercise dialog keeps or removes it; Unlock asks.
    from lstm_lab.core.teacher_lock import TeacherLock
    from lstm_lab.shell.teacher_lock import UnlockDialog

    lock = TeacherLock.from_passphrase("mango")
    locked = ExerciseDialog(
        window.current_lesson().replace(teacher_lock=lock),
        [(v.key, v.title) for v in VIEWS],
        window,
    )
    locked.show()
    unlock = UnlockDialog(lock, window)
    unlock.show()
    dialogs += [locked, unlock]
    for action in ("shortcuts", "about", "equations"):
        window.actions_by_key[action].trigger()
    for name in ("shortcutsDialog", "aboutDialog", "equationsDialog"):
        dialogs.append(window.findChild(QWidget, name))
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        problems = problems_of(dialog)
        assert not problems, f"{dialog.objectName()}: " + "; ".join(problems)
        dialog.close()


def test_a_weight_slider_says_its_weight_and_its_value(qtbot, open_window):
    window = open_window("explore")
    window.actions_by_key["full"].trigger()  # one slider per weight
    row = window.findChild(QWidget, "paramSlider_w_xf")
    slider = row.findChild(QSlider)
    box = window.findChild(QLineEdit, "paramValue_w_xf")
    assert spoken_name(slider) == "forget gate input weight w_xf, \u22122 to 2"
    assert spoken_name(box) == spoken_name(slider)
    assert "forget gate" in QAccessible.queryAccessibleInterface(slider).text(
        QAccessible.Text.Description
    )
    window.state.set_param("w_xf", 0.75)
    face = QAccessible.queryAccessibleInterface(slider)
    assert face.valueInterface().currentValue() == pytest.approx(float(box.text()))
    assert face.text(QAccessible.Text.Value) == "0.75"
    assert QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Value) == box.text()
    lock = window.findChild(QAbstractButton, "lockButton_w_xf")
    assert spoken_name(lock) == "Lock w_xf"
    # The value interface sets the weight as a screen reader's own slider keys do.
    face.valueInterface().setCurrentValue(-1.25)
    assert window.state.params.w_xf == -1.25
    assert box.text() == "-1.250"


def all_shortcuts(window) -> list[tuple[str, str]]:
    """(key, what it does) for every shortcut of the window's actions."""
    return [
        (key.toString(QKeySequence.SequenceFormat.PortableText), action.text())
        for action in window.findChildren(type(window.actions_by_key["quit"]))
        for key in action.shortcuts()
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_each_dock_has_its_own_key_that_brings_it_forward(qtbot, lab, tmp_path, kind):
    window = lab.lesson_window(kind)
    render_screenshot(window, str(tmp_path / "shot.png"), SIZE)
    window.activateWindow()
    keys = [key for key, _what in all_shortcuts(window)]
    clashes = {key for key in keys if keys.count(key) > 1}
    assert not clashes, clashes
    entries = window.menus["&View"].actions()
    for key, dock in window.docks.items():
        action = window.actions_by_key[f"raise_{key}"]
        # In the View menu right under the dock's own entry, its key beside it.
        assert entries.index(action) == entries.index(dock.toggleViewAction()) + 1, key
        assert dock.windowTitle() in action.text(), key
        sequence = action.shortcut()
        assert not sequence.isEmpty(), key
        qtbot.keyClick(window, sequence[0].key(), sequence[0].keyboardModifiers())
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())
        focus = QApplication.focusWidget()
        assert focus is not None and dock.isAncestorOf(focus), (key, focus)


def test_a_closed_dock_comes_back_with_its_key(qtbot, lab, tmp_path):
    window = lab.lesson_window("cell")
    render_screenshot(window, str(tmp_path / "shot.png"), SIZE)
    window.docks["math"].close()
    window.actions_by_key["raise_math"].trigger()
    qtbot.waitUntil(lambda: window.docks["math"].isVisible())
    assert window.math_panel.hasFocus()


def test_the_math_of_the_step_is_read_in_order_from_the_keyboard(qtbot, lab, tmp_path):
    window = lab.lesson_window("cell")
    window.open_lesson(next(lesson for lesson in builtin_lessons() if lesson.name == "explore"))
    render_screenshot(window, str(tmp_path / "shot.png"), SIZE)
    window.activateWindow()
    window.state.go_to(1)
    panel = window.math_panel
    # Tab reaches it, from the first control of the window.
    window.sequence_input.edit.setFocus()
    for _ in range(300):
        if panel.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert panel.hasFocus()
    face = QAccessible.queryAccessibleInterface(panel)
    assert face.text(QAccessible.Text.Name) == "Math of this step"
    text = face.textInterface()
    assert text.text(0, text.characterCount()) == panel.toPlainText()
    # Down reads it line by line, from the first: the caret a screen reader follows.
    lines = panel.toPlainText().split("\n")
    heard = [panel.textCursor().block()]
    for _ in range(10 * len(lines)):  # a wrapped line takes more than one Down
        qtbot.keyClick(panel, Qt.Key.Key_Down)
        if panel.textCursor().block() != heard[-1]:
            heard.append(panel.textCursor().block())
    assert [block.text() for block in heard] == lines
    assert window.state.cursor == 1  # reading moved no step
    qtbot.keyClick(panel, Qt.Key.Key_Tab)  # and Tab goes on to the next control
    assert not panel.hasFocus()


def test_every_option_slider_tells_its_value_in_its_own_units(qtbot, open_window):
    from lstm_lab.lessons.forecast.qt.option_slider import OptionSlider

    forecast = open_window("forecast-sine", size=SIZE)
    options = forecast.findChildren(OptionSlider)
    assert options
    for option in options:
        face = QAccessible.queryAccessibleInterface(option.slider)
        assert face.valueInterface().currentValue() == pytest.approx(option.value())
        said = face.text(QAccessible.Text.Value).replace("\u2212", "-")
        assert float(said) == pytest.approx(option.value(), rel=1e-5), option.label.text()
    poetry = open_window("poetry-tang", size=SIZE)
    slider = poetry.findChild(QSlider, "temperatureSlider")
    face = QAccessible.queryAccessibleInterface(slider)
    face.valueInterface().setCurrentValue(1.25)  # as a screen reader's own keys set it
    assert poetry.state.option("temperature") == pytest.approx(1.25)
    assert face.valueInterface().currentValue() == pytest.approx(1.25)
