"""What the Chinese fonts cost: their sizes, loading them, and the app's start with and without
the UI font.

    python benchmarks/bench_fonts.py [--runs N]

- Sizes of the shipped fonts (the bundle and the wheel carry them as they are).
- Loading each into Qt (``QFontDatabase.addApplicationFontFromData``) in a fresh process that
  has a QApplication already: the median of N processes.
- The start: wall time of ``python -m lstm_lab --screenshot out.png`` (start, build the start
  screen, paint it, write the PNG, exit) and of the same for the poetry lesson
  (``--lesson poetry-tang``), median of N runs after one warm-up, as the app starts and with
  the UI font left out (``lstm_lab.ui.fonts.add_chinese_fallback`` replaced by a no-op), on the
  offscreen platform.
- The start in Chinese against English: the same wall time with ``--language en`` and
  ``--language zh_CN`` (the translations loaded, the lesson texts in Chinese), for the start
  screen, the single-cell lesson and the poetry lesson.

Run with ``OPENBLAS_CORETYPE`` and ``OPENBLAS_L2_SIZE`` unset for the figures a user sees:
``env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/bench_fonts.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOAD = """
import sys, time
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication(sys.argv[:1])
from lstm_lab.resources import resource_bytes
data = resource_bytes({file!r})
started = time.perf_counter()
font_id = QFontDatabase.addApplicationFontFromData(data)
assert QFontDatabase.applicationFontFamilies(font_id)
print(time.perf_counter() - started)
"""

START = """
import sys
if {without!r}:
    import lstm_lab.ui.fonts as fonts
    fonts.add_chinese_fallback = lambda app=None: None
from lstm_lab.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORMTHEME", None)
    return env


def load_time(file: str, runs: int) -> float:
    times = []
    for _ in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", LOAD.format(file=file)],
            env=environment(),
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(done.stdout.split()[-1]))
    return statistics.median(times[1:])


def start_time(args: list[str], without: bool, runs: int, folder: Path) -> float:
    times = []
    for index in range(runs + 1):
        out = folder / f"shot-{without}-{'-'.join(args)}-{index}.png"
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", START.format(without=without), *args, "--screenshot", str(out)],
            env=environment(),
            cwd=folder,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"the screenshot failed ({done.returncode}): {done.stderr[-400:]}")
        times.append(elapsed)
    return statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from lstm_lab.ui.fonts import FONT_FILE, UI_FONT_FILE

    for file in (FONT_FILE, UI_FONT_FILE):
        size = (ROOT / "lstm_lab" / "resources" / file).stat().st_size
        seconds = load_time(file, args.runs)
        print(f"{Path(file).name}: {size:,} bytes, loaded into Qt in {seconds * 1e3:.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for title, command in (
            ("start screen", []),
            ("poetry lesson", ["--lesson", "poetry-tang"]),
        ):
            with_font = start_time(command, False, args.runs, Path(folder))
            without = start_time(command, True, args.runs, Path(folder))
            print(
                f"start to a painted {title}: {with_font:.3f} s with the UI font, "
                f"{without:.3f} s without (median of {args.runs})"
            )
        print(f"\nstart to a painted window by language (median of {args.runs}):")
        print(f"  {'window':<16} {'en':>8} {'zh_CN':>8} {'zh_CN/en':>9}")
        for title, command in (
            ("start screen", []),
            ("single cell", ["--lesson", "single-pulse"]),
            ("poetry lesson", ["--lesson", "poetry-tang"]),
        ):
            english = start_time([*command, "--language", "en"], False, args.runs, Path(folder))
            chinese = start_time([*command, "--language", "zh_CN"], False, args.runs, Path(folder))
            print(f"  {title:<16} {english:>7.3f}s {chinese:>7.3f}s {chinese / english:>8.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
