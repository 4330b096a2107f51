"""Every window and dialog fits a projector's 1024×768 screen with its frame: the lesson
windows with their bottom tab rows, the Print worksheet dialog with its Save PDF and Print
buttons, and the other dialogs the app opens; at text 1.0× and 1.5×."""

from __future__ import annotations

import pytest
from helpers import cut_texts, elided_tabs, horizontally_cut
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabBar, QWidget

from lstm_lab.app import render_screenshot
from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
from lstm_lab.ui import screen_fit

PROJECTOR = QRect(0, 0, 1024, 768)
KINDS = sorted({lesson.kind for lesson in builtin_lessons()})
FIRST = {kind: next(lesson.name for lesson in builtin_lessons() if lesson.kind == kind)
         for kind in KINDS}  # fmt: skip


@pytest.fixture
def projector(monkeypatch):
    """The screen is a projector's: 1024×768 of room (the offscreen screen has none to fit)."""
    monkeypatch.setattr(screen_fit, "screen_room", lambda widget=None: QRect(PROJECTOR))
    return PROJECTOR


def on_screen(window: QWidget, room: QRect) -> None:
    QApplication.processEvents()
    frame = window.frameGeometry()
    assert room.contains(frame), f"{window.objectName()}: {frame} is not inside {room}"


def wholly_shown(widget: QWidget) -> bool:
    """``widget`` is shown and none of it is outside its window or scrolled away."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("kind", KINDS)
def test_each_lesson_window_fits_the_screen_with_its_frame(
    qtbot, projector, settings, open_window, kind, scale, language
):
    settings.setValue("view/textScale", scale)
    window = open_window(FIRST[kind], size=None)
    on_screen(window, projector)
    for bar in window.findChildren(QTabBar):  # the bottom tab row too
        if bar.parent() is window and not bar.visibleRegion().isEmpty():
            assert wholly_shown(bar), (
                f"{kind}: tab bar {[bar.tabText(k) for k in range(bar.count())]}"
            )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_print_dialog_fits_with_its_buttons_in_view(
    qtbot, projector, settings, open_window, scale, language
):
    settings.setValue("view/textScale", scale)
    window = open_window("single-pulse", size=None)
    dialog = window.print_worksheet()
    qtbot.waitExposed(dialog)
    on_screen(dialog, projector)
    for name in ("worksheetSave", "worksheetPrint"):
        button = dialog.findChild(QPushButton, name)
        assert wholly_shown(button), f"{button.text()} is not in view at {scale}x"
    assert dialog.preview.height() >= 200  # the pages are still there to look at


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_other_dialogs_fit(qtbot, projector, settings, open_window, scale, language):
    from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog
    from lstm_lab.lessons.cell.qt.window import VIEWS

    settings.setValue("view/textScale", scale)
    window = open_window("train-hold", size=None)
    guide = window.show_start_guide()
    exercise = ExerciseDialog(
        lesson_by_name("train-hold"), [(v.key, v.title) for v in VIEWS], window
    )
    exercise.show()
    from lstm_lab.core.teacher_lock import TeacherLock
    from lstm_lab.shell.teacher_lock import UnlockDialog

    unlock = UnlockDialog(TeacherLock.from_passphrase("mango"), window)
    unlock.show()
    shortcuts = window.show_shortcuts()
    window.show_about()
    window.show_equations()
    QApplication.processEvents()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 2
    for dialog in (guide, exercise, unlock, shortcuts, *boxes):
        on_screen(dialog, projector)
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                assert wholly_shown(button), f"{dialog.objectName()}: {button.text()}"
    exercise.close()
    unlock.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)], ids=["1024x768", "1440x900"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_text_is_cut_in_any_lesson_window(
    qtbot, open_window, tmp_path, kind, size, scale, language
):
    """Every control whole, no tab title elided and no choice cut, with each dock in front in
    turn, as a teacher clicks through the tabs."""
    window = open_window(FIRST[kind], size=size)
    window.set_text_scale(scale)
    assert render_screenshot(window, str(tmp_path / "shot.png"), size)
    where = f"{kind} at {size} {scale}x in {language}"
    for key, dock in window.docks.items():
        if dock.isHidden():
            continue
        dock.raise_()
        problems = horizontally_cut(window) + elided_tabs(window) + cut_texts(window)
        assert not problems, f"{where}, {key} in front: " + "; ".join(problems)
    assert (window.width(), window.height()) == size, f"{where}: the window grew past the screen"
