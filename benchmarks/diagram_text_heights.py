"""How high, in pixels, the smallest number of each lesson kind's main picture is on screen,
at 1024×768 and 1440×900, at 1.0× and 1.5× text and in presenter mode: the figures the back
row of a classroom depends on (see ``lstm_lab/ui/diagram_text.py``).

    python benchmarks/diagram_text_heights.py

Prints one row per kind, window size and mode, and the smallest height in each main view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from diagram_text import LESSONS, SIZES, settle, show_numbers, view_heights  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.app import create_window  # noqa: E402
from lstm_lab.core.builtin import lesson_by_name  # noqa: E402

MODES = (("1.0×", 1.0, False), ("1.5×", 1.5, False), ("present", 1.0, True))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.mkdtemp(prefix="diagram-heights-")
    settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    print(f"{'kind':<9}{'size':<10}{'mode':<9}smallest number, px (per main view)")
    for kind, name in LESSONS.items():
        window = create_window(settings, kind)
        window.open_lesson(lesson_by_name(name))
        for width, height in SIZES:
            for mode, scale, present in MODES:
                if present and not hasattr(window, "set_presenting"):
                    continue
                window.resize(width, height)
                window.show()
                window.set_text_scale(scale)
                if hasattr(window, "set_presenting"):
                    window.set_presenting(present)
                settle(window)
                show_numbers(window, kind)
                settle(window)
                views = view_heights(window)
                shown = "  ".join(f"{view} {px:5.1f}" for view, px in views.items())
                print(f"{kind:<9}{f'{width}x{height}':<10}{mode:<9}{shown}", flush=True)
                if hasattr(window, "set_presenting"):
                    window.set_presenting(False)
        window.set_text_scale(1.0)
        window.shutdown()
        window.files.forget_changes()
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
