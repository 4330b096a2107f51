"""Training speed, offscreen: epochs per second for T = 50 (engine alone, and in the window
while the GUI's event loop runs), the worst gap in the GUI's event loop while training, and the
time from Stop to stopped. Both ways of pulling epochs are measured in the same run: the
timer in the GUI thread the app uses (`TimerPump`) and a worker thread (`ThreadPump`).
Prints figures; asserts nothing.

    python benchmarks/bench_train.py [--epochs 4000] [--stops 5] [--pump timer|thread|both]

Goals: >= 1,000 epochs/s with the GUI running; event-loop gap <= 50 ms in every run;
Stop -> stopped <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from gaps import GapRecorder  # noqa: E402  (benchmarks/gaps.py)
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lstm_lab.core.training import TrainingSettings  # noqa: E402
from lstm_lab.engine import LSTM, LSTMParams  # noqa: E402
from lstm_lab.engine.tasks import hold_the_pulse  # noqa: E402
from lstm_lab.engine.training import fit  # noqa: E402
from lstm_lab.lessons.cell.qt.controller import TrainingController  # noqa: E402
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel  # noqa: E402
from lstm_lab.ui.pump import ThreadPump, TimerPump  # noqa: E402
from lstm_lab.ui.state import LabState  # noqa: E402

LENGTH = 50


def problem(length: int = LENGTH) -> tuple[np.ndarray, np.ndarray]:
    """A pulse every 7 steps to hold: the cell cannot fit it exactly, so no run ends early."""
    xs = np.array([1.0 if k % 7 == 1 else 0.0 for k in range(length)])
    return xs, hold_the_pulse.target_for(xs) * 0.8 + 0.1 * np.sin(np.arange(length))


def engine_epochs_per_second(epochs: int) -> float:
    xs, target = problem()
    start = time.perf_counter()
    for _ in fit(LSTM, LSTMParams(), xs, target, max_epochs=epochs, tolerance=0.0):
        pass
    return epochs / (time.perf_counter() - start)


def engine_task_epochs_per_second(epochs: int) -> float:
    xs, _ = problem()
    rng = np.random.default_rng(0)
    start = time.perf_counter()
    for _ in fit(
        LSTM, LSTMParams(), xs, None, task=hold_the_pulse, rng=rng, max_epochs=epochs, tolerance=0.0
    ):
        pass
    return epochs / (time.perf_counter() - start)


def wait_for(signal, timeout_ms: int = 600_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def gui_run(panel: TrainingPanel, epochs: int, task: bool = False) -> dict[str, float]:
    state = panel.controller.state
    xs, target = problem()
    state.set_task(None)
    state.set_sequence(xs)
    state.set_target(target)
    if task:
        state.set_task(hold_the_pulse, use_example=False)
    settings = TrainingSettings(max_epochs=epochs, tolerance=0.0, many_sequences=task)
    panel.controller.set_settings(settings)
    updates = []
    panel.controller.progressed.connect(updates.append)
    gaps = GapRecorder()
    gaps.start()
    start = time.perf_counter()
    panel.controller.train()
    wait_for(panel.controller.finished)
    elapsed = time.perf_counter() - start
    gaps.stop()
    panel.controller.progressed.disconnect(updates.append)
    step = panel.controller.last_step
    done = step.epoch if step is not None else 0
    return {
        "epochs": done,
        "epochs_per_s": done / elapsed,
        "updates_per_s": len(updates) / elapsed,
        "worst_gap_ms": max(gaps.gaps) if gaps.gaps else float("nan"),
        "p99_gap_ms": float(np.percentile(gaps.gaps, 99)) if gaps.gaps else float("nan"),
    }


def stop_latency(panel: TrainingPanel, runs: int) -> list[tuple[float, float]]:
    """(Stop -> epochs stopped, Stop -> finished signal in the GUI) in ms, per run."""
    app = QApplication.instance()
    state = panel.controller.state
    xs, target = problem()
    state.set_task(None)
    state.set_sequence(xs)
    state.set_target(target)
    panel.controller.set_settings(TrainingSettings(max_epochs=10_000_000, tolerance=0.0))
    results = []
    for _ in range(runs):
        panel.controller.train()
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        pump = panel.controller._pump
        finished_at: list[float] = []

        def note(*_args, finished_at=finished_at) -> None:
            finished_at.append(time.perf_counter())

        panel.controller.finished.connect(note)
        start = time.perf_counter()
        done_before = pump.epochs_done
        panel.stop_button.click()
        if isinstance(pump, ThreadPump):
            pump.wait()
        else:  # the next tick of the GUI thread's timer sees the stop
            while pump.isRunning() and pump.epochs_done == done_before:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        thread_ended = time.perf_counter()
        while not finished_at:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        panel.controller.finished.disconnect(note)
        results.append(((thread_ended - start) * 1000, (finished_at[0] - start) * 1000))
    return results


def print_table(title: str, rows: list[tuple[str, str, str]]) -> None:
    print(f"\n{title}")
    width = max(len(r[0]) for r in rows)
    for name, value, goal in rows:
        print(f"  {name:<{width}}  {value:>14}  {goal}")


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stops", type=int, default=5)
    parser.add_argument("--pump", choices=("timer", "thread", "both"), default="both")
    args = parser.parse_args()
    pumps = {"timer": TimerPump, "thread": ThreadPump}
    chosen = list(pumps) if args.pump == "both" else [args.pump]
    app = QApplication.instance() or QApplication(sys.argv[:1])

    print(
        f"Training benchmark, T = {LENGTH}, {args.epochs} epochs per run, median of "
        f"{args.repeats} runs, Python {sys.version.split()[0]}, numpy {np.__version__}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"
    )
    rows = [
        ("engine alone: one sequence", f"{engine_epochs_per_second(args.epochs):,.0f} ep/s", ""),
        ("engine alone: lesson, 32 seqs", f"{engine_task_epochs_per_second(100):,.0f} ep/s", ""),
    ]
    print_table("Epochs per second without Qt", rows)

    scenes = [("training panel alone", lambda: TrainingPanel(LabState()))]
    try:
        from lstm_lab.app import create_window
    except ImportError:
        create_window = None
    folder = tempfile.TemporaryDirectory()
    if create_window is not None:

        def full_window():
            settings = QSettings(os.path.join(folder.name, "s.ini"), QSettings.Format.IniFormat)
            window = create_window(settings)
            window.resize(1440, 900)
            window.show()
            panel = getattr(window, "training_panel", None)
            if panel is None:  # a window without its own training panel: float one beside it
                panel = TrainingPanel(window.state)
                panel.overlayTextChanged.connect(window.time_series.set_overlay_text)
                panel.show()
            panel.bench_window = window
            return panel

        scenes.append(("main window with its training panel", full_window))

    for (name, make), pump_name in [(scene, p) for scene in scenes for p in chosen]:
        TrainingController.pump_type = pumps[pump_name]
        name = f"{name}, {pump_name} pump"
        panel = make()
        panel.show()
        app.processEvents()
        ones = [gui_run(panel, args.epochs) for _ in range(args.repeats)]
        lessons = [gui_run(panel, 100, task=True) for _ in range(args.repeats)]
        stops = stop_latency(panel, args.stops)
        worst = max(run["worst_gap_ms"] for run in ones)
        worst_lesson = max(run["worst_gap_ms"] for run in lessons)
        print_table(
            f"With the GUI running ({name})",
            [
                (
                    "one sequence: epochs/s",
                    f"{median_of(ones, 'epochs_per_s'):,.0f}",
                    "goal >= 1,000",
                ),
                (
                    "one sequence: view updates/s",
                    f"{median_of(ones, 'updates_per_s'):.1f}",
                    "goal <= ~30",
                ),
                (
                    "one sequence: worst event-loop gap",
                    f"{median_of(ones, 'worst_gap_ms'):.1f} ms",
                    "goal <= 50 ms",
                ),
                ("  (worst of all runs)", f"{worst:.1f} ms", ""),
                (
                    "one sequence: 99th pct gap",
                    f"{median_of(ones, 'p99_gap_ms'):.1f} ms",
                    "(10 ms timer)",
                ),
                ("lesson (32 seqs): epochs/s", f"{median_of(lessons, 'epochs_per_s'):,.0f}", ""),
                (
                    "lesson: worst event-loop gap",
                    f"{median_of(lessons, 'worst_gap_ms'):.1f} ms",
                    "goal <= 50 ms",
                ),
                ("  (worst of all runs)", f"{worst_lesson:.1f} ms", ""),
                (
                    "Stop -> epochs stopped (median)",
                    f"{statistics.median(s[0] for s in stops):.1f} ms",
                    "goal <= 100 ms",
                ),
                ("Stop -> epochs stopped (worst)", f"{max(s[0] for s in stops):.1f} ms", ""),
                ("Stop -> GUI told (worst)", f"{max(s[1] for s in stops):.1f} ms", ""),
            ],
        )
        panel.shutdown()
        window = getattr(panel, "bench_window", None)
        if window is not None:
            window.close()
            window.deleteLater()
        else:
            panel.close()
            panel.deleteLater()
        app.processEvents()
    print(
        f"\nload average at the end {os.getloadavg()[0]:.2f} (other work on the machine skews "
        "the gaps)"
    )
    folder.cleanup()


if __name__ == "__main__":
    main()
