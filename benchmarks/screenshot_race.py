"""Render the comparison window after a race to a PNG: python benchmarks/screenshot_race.py
OUT.png [WxH] [k]. For looking at the window as a student sees it at the end of the race."""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.app import render_screenshot  # noqa: E402
from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.lessons.compare.qt.window import CompareWindow  # noqa: E402


def main(argv: list[str]) -> int:
    path = argv[0] if argv else "race.png"
    width, height = (int(v) for v in (argv[1] if len(argv) > 1 else "1440x900").split("x"))
    delay = int(argv[2]) if len(argv) > 2 else 10
    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    win = CompareWindow(QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat))
    win.open_lesson(lesson_by_name("compare-who-remembers"))
    win.resize(width, height)
    win.show()
    win.race_panel.delay.setValue(delay)
    done: list[int] = []
    win.race_panel.raceFinished.connect(lambda: done.append(1))
    win.race_panel.start()
    while not done:
        app.processEvents()
    win.docks["race"].raise_()
    ok = render_screenshot(win, path, (width, height))
    win.files.forget_changes()
    win.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
