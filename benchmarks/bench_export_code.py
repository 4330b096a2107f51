"""Every built-in lesson whose kind can export, as a NumPy and a PyTorch script (PyTorch only
where torch imports): the script's size and its data files' size in bytes, the time
``python SCRIPT.py --json`` takes, and the largest difference of its numbers from the app's
JSON. Prints figures.

The app's JSON comes from the kind's export module where it offers one: a function
``app_json(lesson)`` beside the exporter named in the kind's registration, giving
what ``--json`` must print from the app's own code. A kind without it shows "n/a".
The comparison walks both documents: numbers by their absolute difference, everything else
by equality; where lists differ in length (a training run that stopped a few epochs earlier
or later) their common part is compared, the lengths are noted, and their lists (steps,
epochs) are compared once more over their first `FIRST` items.

    python benchmarks/bench_export_code.py [LESSON …]
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lstm_lab.core.builtin import builtin_lessons
from lstm_lab.core.export_code import FRAMEWORKS, export_lesson, write_export
from lstm_lab.core.kinds import kinds

#: Where two runs differ in length, they are also compared over this many first items.
FIRST = 100


def differences(a: Any, b: Any, where: str, notes: list[str]) -> float:
    """The largest absolute difference of the numbers of ``a`` and ``b``; every other
    difference is described in ``notes``."""
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            notes.append(f"{where or 'top'}: keys {sorted(a)} and {sorted(b)}")
        shared = [key for key in a if key in b]
        return max((differences(a[k], b[k], f"{where}.{k}", notes) for k in shared), default=0.0)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            notes.append(f"{where}: {len(a)} and {len(b)} items")
        pairs = enumerate(zip(a, b, strict=False))
        return max((differences(x, y, f"{where}[{k}]", notes) for k, (x, y) in pairs), default=0.0)
    numbers = (int, float)
    if (
        isinstance(a, numbers)
        and isinstance(b, numbers)
        and not isinstance(a, bool)
        and not isinstance(b, bool)
    ):
        difference = abs(float(a) - float(b))
        return difference if math.isfinite(difference) else math.inf
    if a != b:
        notes.append(f"{where}: {a!r} and {b!r}")
    return 0.0


def series(value: Any, where: str = "") -> dict[str, list]:
    """Every list of the document by its place, cut to its first `FIRST` items."""
    found: dict[str, list] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            found.update(series(item, f"{where}.{key}"))
    elif isinstance(value, list):
        found[where] = value[:FIRST]
    return found


def app_json_of(kind_name: str):
    reference = kinds()[kind_name].export_code
    module = importlib.import_module(reference.partition(":")[0])
    return getattr(module, "app_json", None)


def frameworks() -> list[str]:
    if importlib.util.find_spec("torch") is None:
        return ["numpy"]
    try:
        import torch  # noqa: F401
    except Exception:  # a broken torch install: the numpy half still runs
        return ["numpy"]
    return list(FRAMEWORKS)


def main(names: list[str]) -> None:
    lessons = [
        lesson
        for lesson in builtin_lessons()
        if kinds()[lesson.kind].export_code is not None and (not names or lesson.name in names)
    ]
    folder = Path(tempfile.mkdtemp())
    print(
        f"{'lesson':<24}{'framework':<10}{'script B':>9}{'data B':>9}{'--json s':>10}"
        "  largest difference"
    )
    for lesson in lessons:
        app_json = app_json_of(lesson.kind)
        expected = app_json(lesson) if app_json is not None else None
        for framework in frameworks():
            code = export_lesson(lesson, framework)
            path = folder / f"{lesson.name}-{framework}.py"
            write_export(code, path)
            size = len(code.script.encode("utf-8"))
            data = sum(map(len, code.data_files.values()))
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-I", str(path), "--json"],
                capture_output=True,
                text=True,
                encoding="utf-8",
                cwd=folder,
            )
            seconds = time.perf_counter() - start
            if result.returncode != 0:
                shown = f"the script failed: {result.stderr.strip().splitlines()[-1:]}"
            elif expected is None:
                shown = "n/a (the kind's export module has no app_json)"
            else:
                notes: list[str] = []
                got = json.loads(result.stdout)
                largest = differences(expected, got, "", notes)
                shown = f"{largest:.3g}" + (f"  ({'; '.join(notes[:3])})" if notes else "")
                if notes:  # runs of different lengths: how far they agree over their start
                    start = differences(series(expected), series(got), "", [])
                    shown += f"; the first {FIRST} items of every list: {start:.3g}"
            print(f"{lesson.name:<24}{framework:<10}{size:>9}{data:>9}{seconds:>10.2f}  {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
