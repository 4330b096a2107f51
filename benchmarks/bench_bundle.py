"""Start-up time and size of LSTM Lab, frozen and unfrozen.

    python benchmarks/bench_bundle.py [--runs N] [--build | --bundle DIR]

Measures process start to a painted window as the wall time of ``lstm-lab --screenshot out.png``
(start, build the window, paint it, write the PNG, exit), median of N runs after one warm-up
run, for the frozen bundle and for ``python -m lstm_lab``. With --build it first builds the
bundle into a temporary folder and prints the build time and bundle size as well. Runs use a
minimal environment and the offscreen platform, from a folder outside the source tree.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from build import executable_path, folder_size  # noqa: E402


def minimal_env(home: Path) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":  # Windows needs its system folders to start anything
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return env


def time_runs(command: list[str], env: dict[str, str], cwd: Path, runs: int) -> list[float]:
    """Wall times of ``runs`` screenshot runs after one warm-up run (file cache)."""
    times = []
    for index in range(runs + 1):
        out = cwd / f"shot-{index}.png"
        started = time.perf_counter()
        done = subprocess.run(
            [*command, "--screenshot", str(out)], env=env, cwd=cwd, capture_output=True
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or not out.exists():
            raise SystemExit(
                f"{command[0]} --screenshot failed ({done.returncode}): {done.stderr[-500:]!r}"
            )
        if index:
            times.append(elapsed)
    return times


def describe(label: str, times: list[float]) -> str:
    runs = ", ".join(f"{t:.3f}" for t in times)
    return f"{label}: median {statistics.median(times):.3f} s over {len(times)} runs ({runs})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist", help="dist folder of a built bundle"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="lstm-lab-bench-") as scratch:
        scratch = Path(scratch)
        dist = args.bundle
        if args.build:
            dist = scratch / "dist"
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "packaging" / "build.py"),
                    "--dist",
                    str(dist),
                    "--work",
                    str(scratch / "work"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(f"Build time: {time.perf_counter() - started:.1f} s")
        program = executable_path(dist)
        if program.exists():
            # Run a copy far from the source tree, as a classroom machine would.
            copy = scratch / "copy"
            shutil.copytree(program.parent, copy / program.parent.name, symlinks=True)
            program = copy / program.parent.name / program.name
            print(f"Bundle size: {folder_size(program.parent) / 1e6:.1f} MB")
        else:
            print(f"No bundle at {program.parent}: build one with --build", file=sys.stderr)
            program = None

        work = scratch / "run"
        (work / "home").mkdir(parents=True)
        env = minimal_env(work / "home")
        if program is not None:
            print(
                describe("Frozen start to window", time_runs([str(program)], env, work, args.runs))
            )
        unfrozen = [sys.executable, "-m", "lstm_lab"]
        unfrozen_env = dict(env, PYTHONPATH=str(ROOT))
        print(
            describe("Unfrozen start to window", time_runs(unfrozen, unfrozen_env, work, args.runs))
        )
    if hasattr(os, "getloadavg"):  # other work on the machine slows every figure above
        print("Load average: " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
