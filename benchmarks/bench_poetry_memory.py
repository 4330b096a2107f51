"""The poetry window's memory while it writes: does the process stay flat?

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/bench_poetry_memory.py [--chars 50000]

Opens the poetry window offscreen with the built-in Tang lesson and writes through the same
path as the Write button (`PoetryWindow.write`, the window's writing pump, every view
following each character), with the pump's pace lifted so it writes as fast as its budget
allows. A poem that ends (or reaches its length) is followed by the next one with the next
seed, as a student pressing Write again would, until the characters asked for are written.
After a warm-up it prints, every tenth of the run, the process's resident memory (RSS, from
/proc/self/statm) and the Python heap allocated since the warm-up and still alive
(tracemalloc), both as growth from the end of the warm-up. Goal: < 2 MiB of RSS growth over
50,000 characters once warm. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import tempfile
import time
import tracemalloc

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MIB = 1024 * 1024


def rss_bytes() -> int:
    """The resident set size now (the peak from getrusage where /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=50_000, help="characters to write")
    parser.add_argument("--warm", type=int, default=5_000, help="characters of warm-up")
    parser.add_argument("--lesson", default="poetry-tang", help="a built-in poetry lesson")
    parser.add_argument("--top", type=int, default=8, help="tracemalloc lines at the end")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    from lstm_lab.app import create_window
    from lstm_lab.core.builtin import lesson_by_name

    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
    win = create_window(settings, "poetry")
    win.open_lesson(lesson_by_name(args.lesson))
    win.resize(1440, 900)
    win.show()
    app.processEvents()

    controls = win.controls_panel
    done = [0]  # characters of the poems that have ended

    def add_run(_reason: str) -> None:
        done[0] += win.writer.items

    win.writer.finished.connect(add_run)

    def written() -> int:
        return done[0] + (win.writer.items if win.writer.is_running else 0)

    def write_until(target: int) -> None:
        while written() < target:
            if not win.is_busy():  # the poem ended: the next one, with the next seed
                controls.seed_spin.setValue(controls.seed_spin.value() + 1)
                win.write()
                win.writer.set_pace(None)  # as fast as the pump's budget allows
            app.processEvents()

    start = time.perf_counter()
    write_until(args.warm)
    gc.collect()
    app.processEvents()
    tracemalloc.start(1)
    base_rss = rss_bytes()
    base_chars = written()
    first = tracemalloc.take_snapshot()
    print(
        f"lesson {args.lesson}: warm-up {base_chars:,} characters in "
        f"{time.perf_counter() - start:.1f} s; RSS {base_rss / MIB:.1f} MiB"
    )
    print(f"{'written':>10}  {'RSS growth':>11}  {'Python heap growth':>18}  {'chars/s':>8}")
    step = args.chars // 5
    began = time.perf_counter()
    for target in range(step, args.chars + 1, step):
        write_until(base_chars + target)
        gc.collect()
        heap, _peak = tracemalloc.get_traced_memory()
        rate = (written() - base_chars) / (time.perf_counter() - began)
        print(
            f"{target:>10,}  {(rss_bytes() - base_rss) / MIB:>+8.2f} MiB  "
            f"{heap / MIB:>+14.3f} MiB  {rate:>8.0f}",
            flush=True,
        )
    win.stop_writing()
    last = tracemalloc.take_snapshot()
    print(f"largest Python growth by line ({written() - base_chars:,} characters):")
    for stat in last.compare_to(first, "lineno")[: args.top]:
        frame = stat.traceback[0]
        where = f"{os.path.relpath(frame.filename)}:{frame.lineno}"
        print(f"    {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+8d} blocks  {where}")
    tracemalloc.stop()
    win.files.forget_changes()
    win.close()


if __name__ == "__main__":
    main()
