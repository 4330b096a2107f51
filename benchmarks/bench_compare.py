"""The comparison lesson's speed: a slider change at T = 100 (three cells) until every curve is
recomputed and the window repainted, and the race's worst event-loop gap. Prints figures."""

from __future__ import annotations

import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gaps import GapRecorder  # noqa: E402  (benchmarks/gaps.py)
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.lessons.compare.qt.window import CompareWindow  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
    win = CompareWindow(settings)
    win.open_lesson(lesson_by_name("compare-who-remembers"))
    win.set_sequence([1.0] + [0.0] * 99)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    times = []
    slider = win.columns["rnn"].sliders["w_hh"]
    for k in range(60):
        value = 0.5 + 0.4 * (k % 10) / 10
        start = time.perf_counter()
        slider.setValue(value)
        win.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    times = times[5:]
    print(
        f"slider change -> curves recomputed and window repainted, T = 100: "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
        f"({len(times)} changes; goal median <= 16.7 ms)"
    )
    for k in (5, 10, 20):
        recorder = GapRecorder(interval_ms=5)
        panel = win.race_panel
        panel.delay.setValue(k)
        done = []
        panel.raceFinished.connect(lambda done=done: done.append(1))
        start = time.perf_counter()
        recorder.start()
        panel.start()
        while not done:
            app.processEvents()
        recorder.stop()
        gaps = recorder.gaps
        print(
            f"race k = {k}: {time.perf_counter() - start:.1f} s, worst event-loop gap "
            f"{max(gaps):.1f} ms (goal <= 50 ms), median gap {statistics.median(gaps):.1f} ms; "
            f"{panel.verdict.text()}"
        )
    win.files.forget_changes()
    win.close()


if __name__ == "__main__":
    main()
