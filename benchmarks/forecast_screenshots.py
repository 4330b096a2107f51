"""Screenshots of the forecasting lesson's window: each step, before and after training.

    .venv/bin/python benchmarks/forecast_screenshots.py OUT_FOLDER [--size 1440x900 ...]
        [--theme dark|light] [--scale 1.0]

Writes OUT_FOLDER/forecast-WxH-<step>.png for the three steps untrained and trained (the
default lesson, trained until its test MSE is below 1e-3 or for its 60 epochs).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--size", action="append", default=[])
    parser.add_argument("--theme", default="dark", choices=("dark", "light"))
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    sizes = [tuple(int(v) for v in s.split("x")) for s in (args.size or ["1440x900", "1024x768"])]
    app = QApplication(sys.argv[:1])
    from lstm_lab.app import LabApp, render_screenshot
    from lstm_lab.core.builtin import lesson_by_name

    os.makedirs(args.folder, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="lstm-lab-shots-")
    settings = QSettings(os.path.join(scratch, "settings.ini"), QSettings.Format.IniFormat)
    lab = LabApp(settings)
    window = lab.lesson_window("forecast")
    window.open_lesson(lesson_by_name("forecast-sine"))
    window.set_theme(args.theme)
    window.set_text_scale(args.scale)
    for trained in (False, True):
        if trained:
            window.trainer.train()
            deadline = time.perf_counter() + 30
            while window.trainer.is_running and time.perf_counter() < deadline:
                app.processEvents()
            window.state.set_unit(3)
        for width, height in sizes:
            for step in ("data", "model", "forecast"):
                window.show_step(step)
                name = f"forecast-{width}x{height}-{step}{'-trained' if trained else ''}.png"
                render_screenshot(window, os.path.join(args.folder, name), (width, height))
                print(name)
    window.files.forget_changes()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
