"""Glass-box window speed, offscreen: slider change to every view updated and repainted, and
process start to the first painted window. Prints figures; asserts nothing.

    python benchmarks/bench_ui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def slider_to_repaint(window, length: int, repeats: int = 200) -> list[float]:
    state = window.state
    state.set_sequence([1.0 if k % 7 == 0 else 0.0 for k in range(length)])
    state.go_to(length // 2)
    slider = window.findChild(object, "paramSlider_w_hf")
    QApplication.processEvents()
    times = []
    for k in range(repeats):
        value = round(-1.5 + 3.0 * (k % 50) / 49, 2)
        start = time.perf_counter()
        slider.setValue(value)  # the state recomputes and every view updates
        QApplication.processEvents()
        window.repaint()  # paint the whole window now, not when the event loop gets to it
        times.append((time.perf_counter() - start) * 1000)
    return times[10:]


def start_to_window(runs: int = 5) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            out = os.path.join(folder, f"shot{run}.png")
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "lstm_lab", "--screenshot", out],
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lstm_lab.app import create_window

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
        window = create_window(settings)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        window.param_panel.set_mode("full")
        print("slider change -> every view updated and the window repainted (1440x900, offscreen)")
        for length, goal in ((50, 8.0), (200, 16.7)):
            times = slider_to_repaint(window, length)
            print(
                f"  T = {length:4d}, cursor mid-sequence: median {statistics.median(times):6.2f} ms"
                f"   p90 {sorted(times)[int(0.9 * len(times))]:6.2f} ms   (goal <= {goal} ms)"
            )
        window.close()
    starts = start_to_window()
    print("process start -> first painted window (lstm-lab --screenshot, 5 runs)")
    print(
        f"  median {statistics.median(starts):.3f} s   min {min(starts):.3f} s   "
        f"max {max(starts):.3f} s   (goal <= 1.0 s)"
    )


if __name__ == "__main__":
    main()
