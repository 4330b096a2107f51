"""What saving a lesson costs: the one writer (`lstm_lab.core.files.write_replacing`) in an
empty folder and in a folder of many files, where every save also looks for temporary files a
killed save left behind.

    python benchmarks/bench_saving.py [--runs N] [--files N]

Prints the median wall time of N saves of a built-in lesson (each flushed to the disk) in a
fresh temporary folder, then in one holding ``--files`` other files.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.core.files import remove_stale_temporaries  # noqa: E402
from lstm_lab.core.lesson import write_lesson  # noqa: E402


def median_save(folder: Path, runs: int) -> float:
    lesson = lesson_by_name("single-pulse")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write_lesson(lesson, folder / "lesson.lstmlab")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        for index in range(args.files):
            (Path(full) / f"file-{index:05d}.txt").write_bytes(b"")
        alone = median_save(Path(empty), args.runs)
        print(f"save a lesson, empty folder: {alone * 1e3:7.2f} ms")
        print(
            f"save a lesson, {args.files} other files: "
            f"{median_save(Path(full), args.runs) * 1e3:7.2f} ms"
        )
        start = time.perf_counter()
        for _ in range(args.runs):
            remove_stale_temporaries(full)
        scan = (time.perf_counter() - start) / args.runs
        print(f"the look for stale temporaries alone, {args.files} files: {scan * 1e3:7.2f} ms")


if __name__ == "__main__":
    main()
