"""Build the one-folder LSTM Lab bundle with PyInstaller from packaging/lstm-lab.spec.

    python packaging/build.py [--dist DIR] [--work DIR] [--check]

The bundle is DIST/lstm-lab/ and its program DIST/lstm-lab/lstm-lab (lstm-lab.exe on Windows).
At the end it prints the bundle's size and the build time; --check then runs the bundle's
``--self-test``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "lstm-lab.spec"
NAME = "lstm-lab"


def executable_path(dist: Path) -> Path:
    """The program inside a bundle built into ``dist``."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes in all files under ``folder`` (symbolic links counted once, as links)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for filename in filenames:
            total += os.lstat(os.path.join(dirpath, filename)).st_size
    return total


def build(dist: Path, work: Path) -> int:
    """Run PyInstaller on the spec; returns its exit status."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    env = dict(os.environ, PYQTGRAPH_QT_LIB="PySide6")
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--check", action="store_true", help="run the bundle's --self-test")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print(
            'PyInstaller is not installed. Install it with: pip install -e ".[package]"',
            file=sys.stderr,
        )
        return 2
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()
    status = build(dist, work)
    elapsed = time.perf_counter() - started
    program = executable_path(dist)
    if status != 0 or not program.exists():
        print(f"Build failed (PyInstaller exit status {status}).", file=sys.stderr)
        return status or 1
    size = folder_size(program.parent)
    print(f"Bundle: {program.parent}")
    print(f"Program: {program}")
    print(f"Bundle size: {size / 1e6:.1f} MB")
    print(f"Build time: {elapsed:.1f} s")
    if args.check:
        env = dict(os.environ)
        if sys.platform.startswith("linux") and not (
            env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
        ):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.run([str(program), "--self-test"], env=env).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
