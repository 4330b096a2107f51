"""The start screen and lesson files, driven as a student and a teacher would."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers import message_box, type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lstm_lab.app import LabApp
from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.core.lesson import read_lesson
from lstm_lab.lessons.cell.options import lesson_of

TIMEOUT = 30_000


@pytest.fixture
def lab(qtbot, settings):
    app = LabApp(settings)
    app.show_start_screen()
    qtbot.addWidget(app.start_screen)
    yield app
    for window in app.windows.values():
        window.files.forget_changes()
        window.close()
        window.deleteLater()


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def menu_action(window, key: str):
    return window.actions_by_key[key]


def test_the_start_screen_has_a_card_per_built_in_lesson_with_its_title(lab):
    screen = lab.start_screen
    assert list(screen.cards) == [lesson.name for lesson in builtin_lessons()]
    card = screen.cards["single-pulse"]
    assert card.lesson.title == "A single pulse"
    assert card.accessibleName() == "A single pulse"


def test_a_click_on_a_card_opens_its_lesson_and_the_window_goes_back(qtbot, lab):
    screen = lab.start_screen
    click(qtbot, screen.cards["three-ones"])  # one click from the start screen
    window = lab.window
    qtbot.waitExposed(window)
    assert window.isVisible() and not screen.isVisible()
    np.testing.assert_array_equal(window.state.sequence, [1, 1, 1, 0, 0])
    assert window.lesson_banner.title.text() == "Three ones in a row"
    assert "1, 1, 1, 0, 0" in window.lesson_banner.text.toPlainText()
    assert window.windowTitle().startswith("Three ones in a row")

    menu_action(window, "start").trigger()
    assert screen.isVisible()
    click(qtbot, screen.cards["train-echo"])
    assert lab.window is window  # one lesson window, now showing the next lesson
    assert window.state.task.name == "echo"
    assert window.training_panel.preset_combo.currentText() == "Echo"


def test_a_lesson_starts_from_its_own_weights_after_another_was_changed(qtbot, lab):
    click(qtbot, lab.start_screen.cards["explore"])
    window = lab.window
    type_into(qtbot, window.findChild(QWidget, "paramValue_b_out"), "0.5")
    assert window.state.params.b_out == 0.5
    window.files.forget_changes()
    menu_action(window, "start").trigger()
    click(qtbot, lab.start_screen.cards["train-hold"])
    assert window.state.params.to_dict() == dict(lesson_by_name("train-hold").options.params)


def test_opening_a_file_from_the_start_screen_and_from_recent_files(
    qtbot, lab, tmp_path, monkeypatch
):
    late = lesson_by_name("late-pulse")
    lesson = late.replace(title="Homework 3", options=late.options.replace(step=4))
    path = tmp_path / "homework.lstmlab"
    path.write_text(lesson.dumps(), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    click(qtbot, lab.start_screen.open_button)
    window = lab.window
    assert window.state.cursor == 4
    assert window.windowTitle().startswith("Homework 3 — homework.lstmlab")
    assert window.files.path == str(path)

    menu_action(window, "start").trigger()
    recent = lab.start_screen.recent_list
    assert recent.item(0).text() == "Homework 3\nhomework.lstmlab"  # its title, then its file
    lab.window.state.go_to(0)
    window.files.forget_changes()
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.cursor == 4 and window.isVisible()


def test_a_bad_recent_file_is_greyed_with_its_reason_and_the_start_goes_on(
    qtbot, settings, tmp_path
):
    good = tmp_path / "good.lstmlab"
    good.write_text(lesson_by_name("late-pulse").replace(title="Homework 4").dumps(), "utf-8")
    broken = tmp_path / "broken.lstmlab"  # a list where a name belongs
    broken.write_text(
        '{"format": "lstm-lab-lesson", "version": 2, "kind": ["cell"], "title": "x"}', "utf-8"
    )
    markup = tmp_path / "<img src='x.png'>.lstmlab"  # a name that looks like markup
    markup.write_text("{", "utf-8")
    gone = tmp_path / "gone.lstmlab"
    paths = [str(p) for p in (good, broken, markup, gone)]
    settings.setValue("lessons/recent", paths + ["", "a\0b", "x" * 5000, *paths])

    lab = LabApp(settings)
    lab.show_start_screen()
    qtbot.addWidget(lab.start_screen)
    recent = lab.start_screen.recent_list
    items = [recent.item(row) for row in range(recent.count())]
    assert [item.text() for item in items] == [
        "Homework 4\ngood.lstmlab",
        "broken.lstmlab (cannot be opened)",
        "<img src='x.png'>.lstmlab (cannot be opened)",
        "gone.lstmlab (cannot be opened)",
    ]
    assert items[0].flags() & Qt.ItemFlag.ItemIsEnabled
    for item in items[1:]:
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled  # greyed: a click does nothing
    assert '"kind" must be one of' in items[1].toolTip()
    assert "&lt;img src='x.png'&gt;" in items[2].toolTip()  # shown, never loaded
    assert "no longer there" in items[3].toolTip()

    rect = recent.visualItemRect(items[1])
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lab.window is None and lab.start_screen.isVisible()


def test_a_bad_file_is_reported_and_the_lesson_on_screen_stays(qtbot, lab, tmp_path, monkeypatch):
    click(qtbot, lab.start_screen.cards["alternating"])
    window = lab.window
    before = lesson_of(window.state.model).to_json()
    bad = tmp_path / "broken.lstmlab"
    bad.write_text('{"format": "lstm-lab-lesson", "version": 99}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    menu_action(window, "open").trigger()
    box = message_box(window, "lessonFileError")
    assert box.text() == (
        "broken.lstmlab: it was saved by a newer LSTM Lab (lesson version 99; this one reads "
        "versions up to 4). Update LSTM Lab to open it."
    )
    assert lesson_of(window.state.model).to_json() == before


def test_save_as_writes_a_file_that_opens_identical_in_a_fresh_window(
    qtbot, lab, settings, tmp_path, monkeypatch
):
    click(qtbot, lab.start_screen.cards["remember-or-forget"])
    window = lab.window
    window.resize(1024, 768)
    state = window.state
    type_into(qtbot, window.findChild(QWidget, "paramValue_b_f"), "0.75")
    state.set_clamp("o", 0.5)
    state.go_to(6)
    qtbot.waitUntil(window.isWindowModified, timeout=TIMEOUT)  # the title marks it
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(window, "save_as").trigger()
    saved = tmp_path / "saved.lstmlab"  # the suffix is added
    assert saved.is_file() and not window.isWindowModified()
    assert json.loads(saved.read_text("utf-8"))["options"]["params"]["b_f"] == 0.75

    other = LabApp(settings)
    assert other.open_file(str(saved))
    fresh = other.window
    qtbot.addWidget(fresh)
    fresh.resize(1024, 768)
    assert lesson_of(fresh.state.model) == lesson_of(state.model)
    for win in (window, fresh):
        win.show()
        win.apply_default_sizes()
    # The lesson text folded at the student's first step; a file opens with it to read. The
    # fold is the reader's, not the lesson's: open it again to compare the lessons.
    assert window.lesson_banner.folded and not fresh.lesson_banner.folded
    click(qtbot, window.lesson_banner.fold_button)

    def picture(win) -> QImage:
        return win.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    # The plots settle their axes over a few passes of the event loop; then the two agree.
    qtbot.waitUntil(lambda: picture(window) == picture(fresh), timeout=TIMEOUT)


def test_the_teacher_fixes_sliders_and_hides_views_and_the_file_opens_that_way(
    qtbot, lab, settings, tmp_path, monkeypatch
):
    click(qtbot, lab.start_screen.cards["single-pulse"])
    window = lab.window

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "exerciseDialog"
        dialog.title_edit.setText("Exercise: keep the pulse")
        dialog.text_edit.setPlainText("Only the forget gate's bias may move. Make C(5) > 0.1.")
        for name, check in dialog.fixed_checks.items():
            check.setChecked(name != "b_f")
        dialog.view_checks["training"].setChecked(True)
        dialog.view_checks["loss"].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, fill_in_the_dialog)
    menu_action(window, "exercise").trigger()
    assert window.state.fixed == frozenset(window.state.cell.param_names) - {"b_f"}
    assert not window.docks["training"].isVisible()
    assert not window.findChild(QWidget, "paramSlider_w_f").isEnabled()
    assert window.findChild(QWidget, "paramSlider_b_f").isEnabled()
    path = tmp_path / "exercise.lstmlab"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    menu_action(window, "save").trigger()  # never saved before: Save asks where
    lesson = read_lesson(path)
    assert lesson.title == "Exercise: keep the pulse" and "b_f" not in lesson.fixed

    other = LabApp(settings)
    other.open_file(str(path))
    fresh = other.window
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.docks["training"].isVisible() and not fresh.docks["loss"].isVisible()
    assert fresh.docks["math"].isVisible()
    assert not fresh.findChild(QWidget, "paramSlider_w_f").isEnabled()
    assert "Fixed by this lesson" in fresh.findChild(QWidget, "paramValue_w_out").toolTip()
    assert fresh.lesson_banner.title.text() == "Exercise: keep the pulse"


def test_unsaved_changes_are_asked_about_before_another_lesson_replaces_them(
    qtbot, lab, monkeypatch
):
    click(qtbot, lab.start_screen.cards["explore"])
    window = lab.window
    type_into(qtbot, window.findChild(QWidget, "paramValue_w_out"), "1.5")
    asked = []

    def answer(choice):
        def exec_(box):
            asked.append(box.text())
            return choice

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    menu_action(window, "start").trigger()
    click(qtbot, lab.start_screen.cards["late-pulse"])
    assert asked and "not saved" in asked[0]
    assert window.state.params.w_out == 1.5  # Cancel kept the work
    window.close()
    assert window.isVisible()  # Cancel on closing too
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Discard))
    click(qtbot, lab.start_screen.cards["late-pulse"])
    assert window.state.params.w_out == 1.0
    assert not window.isWindowModified()


def test_stepping_through_a_lesson_is_not_a_change_to_save(qtbot, lab):
    click(qtbot, lab.start_screen.cards["single-pulse"])
    window = lab.window
    window.state.go_to_end()
    window.state.set_mode("full")
    assert not window.files.modified and not window.isWindowModified()


def test_a_theme_chosen_in_one_lesson_window_follows_into_the_next(qtbot, lab):
    click(qtbot, lab.start_screen.cards["explore"])
    cell_window = lab.window
    menu_action(cell_window, "theme_light").trigger()
    assert cell_window.theme.name == "light"
    menu_action(cell_window, "start").trigger()
    click(qtbot, lab.start_screen.cards["compare-who-remembers"])
    compare_window = lab.window
    assert compare_window is not cell_window
    assert compare_window.theme.name == "light"
    assert compare_window.actions_by_key["theme_light"].isChecked()


def test_restore_is_off_in_a_lesson_opened_after_training_another(qtbot, lab):
    from PySide6.QtWidgets import QPushButton

    click(qtbot, lab.start_screen.cards["train-echo"])
    window = lab.window
    controller = window.training
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, "restoreButton").isEnabled()
    window.files.forget_changes()
    menu_action(window, "start").trigger()
    click(qtbot, lab.start_screen.cards["single-pulse"])
    assert not window.findChild(QPushButton, "restoreButton").isEnabled()


def test_the_start_screen_fits_a_projector(qtbot, settings, monkeypatch):
    from PySide6.QtCore import QRect

    from lstm_lab.ui import screen_fit

    room = QRect(0, 0, 1024, 740)  # a projector, less a panel
    monkeypatch.setattr(screen_fit, "screen_room", lambda widget=None: QRect(room))
    lab = LabApp(settings)
    screen = lab.start_screen
    qtbot.addWidget(screen)
    screen.show()
    QApplication.processEvents()
    assert room.contains(screen.frameGeometry())


def test_file_open_in_any_window_shows_the_lesson_in_its_own_kind_of_window(
    qtbot, lab, tmp_path, monkeypatch
):
    click(qtbot, lab.start_screen.cards["explore"])
    cell_window = lab.window
    before = lesson_of(cell_window.state.model).to_json()
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[-1], ""))
    for name in ("compare-who-remembers", "forecast-sine", "poetry-tang", "single-pulse"):
        path = tmp_path / f"{name}.lstmlab"
        path.write_text(lesson_by_name(name).dumps(), encoding="utf-8")
        chosen.append(str(path))
        menu_action(cell_window, "open").trigger()
        shown = lab.windows[lesson_by_name(name).kind]
        assert shown.isVisible()
        assert shown.lesson_in_effect().title == lesson_by_name(name).title
        assert shown.files.path == str(path)
    assert lab.windows.keys() == {"cell", "compare", "forecast", "poetry"}
    # the cell window showed only the cell lesson it was asked to open
    assert lesson_of(cell_window.state.model).to_json() != before
    assert cell_window.lesson_in_effect().title == "A single pulse"


def test_a_window_on_its_own_refuses_a_lesson_of_another_kind_in_words(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_window("explore")
    path = tmp_path / "race.lstmlab"
    path.write_text(lesson_by_name("compare-who-remembers").dumps(), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menu_action(window, "open").trigger()
    box = message_box(window, "lessonFileError")
    assert box.text() == (
        "race.lstmlab: it is a lesson of another kind (compare); open it from the start screen."
    )
    assert window.lesson_in_effect().title == "Explore one LSTM cell"


def test_the_start_screen_has_file_view_and_help_menus(lab):
    bar = lab.start_screen.findChild(QWidget, "startMenuBar")
    titles = [action.text() for action in bar.actions()]
    assert titles == ["&File", "&View", "&Help"]
    texts = {
        action.text()
        for menu_action_ in bar.actions()
        for action in menu_action_.menu().actions()
        if not action.isSeparator()
    }
    assert {
        "Open lesson…",
        "Quit",
        "Larger text",
        "Smaller text",
        "Dark theme",
        "Light theme",
        "Keyboard shortcuts",
        "About LSTM Lab",
    } <= texts


def card_text_height(card) -> float:
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(card.font()).height()


def test_ctrl_plus_on_the_start_screen_grows_its_cards_text_and_the_cards(lab, qtbot, settings):
    from PySide6.QtGui import QKeySequence

    screen = lab.start_screen
    qtbot.waitExposed(screen)
    screen.activateWindow()
    card = screen.cards["explore"]
    text_before, height_before = card_text_height(card), card.height()
    zoom_in = QKeySequence(QKeySequence.StandardKey.ZoomIn)[0]
    qtbot.keyClick(card, zoom_in.key(), zoom_in.keyboardModifiers())
    qtbot.waitUntil(lambda: card_text_height(card) > text_before * 1.1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: card.height() > height_before, timeout=TIMEOUT)
    assert float(settings.value("view/textScale")) == 1.15
    screen.actions_by_key["smaller"].trigger()
    qtbot.waitUntil(lambda: abs(card_text_height(card) - text_before) < 0.5, timeout=TIMEOUT)
    assert float(settings.value("view/textScale")) == 1.0


def test_the_start_screens_theme_is_the_lesson_windows_theme(lab, qtbot, settings):
    screen = lab.start_screen
    screen.actions_by_key["theme_light"].trigger()
    assert settings.value("view/theme") == "light"
    assert screen.palette().color(screen.backgroundRole()).lightness() > 200
    window = lab.lesson_window("cell")
    click(qtbot, screen.cards["explore"])
    qtbot.waitUntil(lambda: window.isVisible(), timeout=TIMEOUT)
    assert window.theme.name == "light"
    assert window.actions_by_key["theme_light"].isChecked()
    window.actions_by_key["theme_dark"].trigger()
    lab.show_start_screen()
    assert screen.actions_by_key["theme_dark"].isChecked()
