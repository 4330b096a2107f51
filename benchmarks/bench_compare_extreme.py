"""The comparison window ("Who remembers?") with the built-in lesson and with an extreme but
valid one: the longest sequence a lesson may hold (10,000 values) and every weight at 1e6.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/bench_compare_extreme.py [--changes 10]

A third case keeps the built-in lesson's weights on the same 10,000 steps (cells that do not
saturate). For each lesson it prints the time to open the window (built, lesson applied,
shown, first paint) and the time a slider change takes until every curve is recomputed and
the window repainted (median and max over ``--changes`` changes each of the RNN's w_hh, the
LSTM's w_hf and the GRU's w_hz), and the most points one curve of each plot draws. Goals: the
extreme lesson opens within a couple of seconds and answers a slider change within 100 ms.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.app import create_window  # noqa: E402
from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.core.lesson import Lesson, loads  # noqa: E402
from lstm_lab.engine import CELLS, MAX_ITEMS, MAX_MAGNITUDE  # noqa: E402

BUILT_IN = "compare-who-remembers"


def long_lesson(weight: float | None) -> Lesson:
    """The built-in lesson with MAX_ITEMS inputs (a pulse, then values in [−1, 1]) and every
    weight (each parameter named w_…) of the three cells at ``weight`` (None: the lesson's
    own), read as a file is."""
    data = lesson_by_name(BUILT_IN).to_json()
    rng = np.random.default_rng(0)
    data["title"] = "Who remembers? (long)"
    data["options"]["sequence"] = [1.0] + np.round(rng.uniform(-1, 1, MAX_ITEMS - 1), 3).tolist()
    for name, values in data["options"]["params"].items():
        for key in CELLS[name].specs:
            if key.startswith("w_") and weight is not None:
                values[key] = weight
    return loads(json.dumps(data))


def measure(app: QApplication, settings: QSettings, label: str, lesson: Lesson, changes: int):
    start = time.perf_counter()
    win = create_window(settings, "compare")
    win.open_lesson(lesson)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    win.grab()
    opened = time.perf_counter() - start
    print(f"{label}: {len(win.model.sequence):,} steps; opened in {opened * 1000:.0f} ms")
    for cell, param in (("rnn", "w_hh"), ("lstm", "w_hf"), ("gru", "w_hz")):
        slider = win.columns[cell].sliders[param]
        base = slider.value()
        times = []
        for k in range(changes):
            value = round(base * (0.55 + 0.05 * (k % 10)), 2) or 0.5 + 0.05 * k
            begin = time.perf_counter()
            slider.setValue(value)
            app.processEvents()
            win.repaint()
            times.append((time.perf_counter() - begin) * 1000)
        print(
            f"    {cell} {param}: slider change -> curves recomputed and window repainted: "
            f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
            f"({len(times)} changes; goal <= 100 ms)"
        )
    points = {
        plot.objectName(): max(
            len(curve.getData()[0]) if curve.getData()[0] is not None else 0
            for curve in plot.curves.values()
        )
        for plot in (win.hidden_plot, win.retention_plot, win.gradient_plot)
    }
    print(f"    most points drawn by one curve: {points}")
    win.files.forget_changes()
    win.shutdown()
    win.close()
    win.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10, help="slider changes per slider")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
    # A first window, not measured: imports, fonts and pyqtgraph's first plots.
    warm = create_window(settings, "compare")
    warm.show()
    app.processEvents()
    warm.close()
    warm.deleteLater()
    app.processEvents()
    measure(app, settings, "(a) the built-in lesson", lesson_by_name(BUILT_IN), args.changes)
    measure(
        app,
        settings,
        "(b) the extreme lesson, weights at 1e6",
        long_lesson(MAX_MAGNITUDE),
        args.changes,
    )
    measure(
        app,
        settings,
        "(c) the same steps, the lesson's own weights",
        long_lesson(None),
        args.changes,
    )


if __name__ == "__main__":
    main()
