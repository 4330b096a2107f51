"""The single-cell window's training speed control, offscreen: for each speed offered, the
epochs a second training reaches in the whole window (every view following), the view updates
a second, the share of epochs that reached the views, and the worst gap in the event loop.
Prints figures; asserts nothing.

    python benchmarks/bench_train_speed.py [--seconds 4]

Goals: at a set speed, epochs/s within a few percent of it and every epoch shown (updates =
epochs); as fast as possible, at least 1,000 epochs/s with about 30 updates a second.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from gaps import GapRecorder  # noqa: E402  (benchmarks/gaps.py)
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.app import create_window  # noqa: E402
from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.core.training import TRAINING_SPEEDS, TrainingSettings  # noqa: E402


def run_at(window, speed: int | None, seconds: float) -> dict[str, float]:
    """Train the lesson's cell for ``seconds`` at ``speed`` (no goal, so no early end)."""
    controller = window.training
    window.open_lesson(lesson_by_name("train-hold"))
    window.state.set_training_settings(TrainingSettings(max_epochs=1_000_000, tolerance=0.0))
    controller.set_speed(speed)
    updates = []
    controller.progressed.connect(updates.append)
    gaps = GapRecorder()
    loop = QEventLoop()
    controller.finished.connect(loop.quit)
    gaps.start()
    start = time.perf_counter()
    controller.train()
    QTimer.singleShot(round(seconds * 1000), controller.stop)
    loop.exec()
    elapsed = time.perf_counter() - start
    gaps.stop()
    controller.finished.disconnect(loop.quit)
    controller.progressed.disconnect(updates.append)
    epochs = controller.last_step.epoch if controller.last_step is not None else 0
    return {
        "epochs_per_s": epochs / elapsed,
        "updates_per_s": len(updates) / elapsed,
        "shown": len(updates) / epochs if epochs else float("nan"),
        "worst_gap_ms": max(gaps.gaps) if gaps.gaps else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory()
    settings = QSettings(os.path.join(folder.name, "s.ini"), QSettings.Format.IniFormat)
    window = create_window(settings, "cell")
    window.resize(width, height)
    window.show()
    app.processEvents()
    print(
        f"Training speed control, 'Hold the pulse' (T = 8) in the whole window at {args.size}, "
        f"{args.seconds:g} s per speed, Python {sys.version.split()[0]}, numpy "
        f"{np.__version__}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"
    )
    print(f"\n  {'speed':<22}{'epochs/s':>10}{'updates/s':>11}{'shown':>8}{'worst gap':>12}")
    for speed in TRAINING_SPEEDS:
        result = run_at(window, speed, args.seconds)
        name = "as fast as possible" if speed is None else f"{speed} epochs/s"
        print(
            f"  {name:<22}{result['epochs_per_s']:>10,.1f}{result['updates_per_s']:>11.1f}"
            f"{result['shown']:>8.0%}{result['worst_gap_ms']:>9.1f} ms"
        )
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    window.shutdown()
    window.files.forget_changes()
    window.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
