"""Help → Start here: from the menu at any time; by itself only on the first normal start."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lstm_lab.app import LabApp, create_window, run_gui
from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.shell.start_guide import SHOWN_KEY, StartGuide


def guides() -> list[StartGuide]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, StartGuide) and w.isVisible()
    ]


def close_all(apps) -> None:
    for lab in apps:
        for window in lab.windows.values():
            window.files.forget_changes()
            window.close()
            window.deleteLater()


def test_the_menu_opens_the_guide(qtbot, settings):
    window = create_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not guides()  # a window made by a test never opens it by itself
    texts = [a.text() for a in window.menus["&Help"].actions()]
    assert "Start here" in texts
    window.actions_by_key["start_guide"].trigger()
    qtbot.waitUntil(lambda: len(guides()) == 1)
    guide = guides()[0]
    text = guide.browser.toPlainText()
    assert "What the window shows" in text and "Five things to try" in text and "Keys" in text
    assert settings.value(SHOWN_KEY) in (True, "true")
    guide.close()


def test_the_guide_opens_on_the_first_run_only(qtbot, settings):
    first = LabApp(settings)
    first.offer_guide = True  # as run_gui sets it for a normal start
    try:
        assert first.open_lesson(lesson_by_name("single-pulse"))
        qtbot.waitUntil(lambda: len(guides()) == 1)
        guides()[0].close()
        # Another lesson in the same run: not again.
        assert first.open_lesson(lesson_by_name("late-pulse"))
        assert not guides()
    finally:
        close_all([first])
    settings.sync()
    second = LabApp(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    second.offer_guide = True
    try:
        assert second.open_lesson(lesson_by_name("single-pulse"))
        assert not guides()
    finally:
        close_all([second])


def test_an_app_not_started_normally_never_offers_it(qtbot, settings):
    lab = LabApp(settings)  # as tests and the self-test make it
    try:
        assert lab.open_lesson(lesson_by_name("single-pulse"))
        assert not guides()
        assert settings.value(SHOWN_KEY) is None
    finally:
        close_all([lab])


def test_a_screenshot_run_never_opens_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("lstm_lab.shell.crash.install_crash_handler", lambda app: None)
    opened = []
    monkeypatch.setattr(StartGuide, "show", lambda self: opened.append(self))
    args = argparse.Namespace(
        file=None,
        lesson="single-pulse",
        sequence=None,
        step=None,
        screenshot=str(tmp_path / "shot.png"),
        size=(800, 600),
    )
    assert run_gui(args) == 0
    assert (tmp_path / "shot.png").exists()
    assert not opened
