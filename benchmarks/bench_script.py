"""Simplified ↔ Traditional Chinese for the Tang poet: the shipped table against OpenCC.

    python benchmarks/bench_script.py [--runs N] [--opencc-path DIR]

The start time is what the first conversion costs a fresh process that has the app's lesson
kinds loaded already (as the app and `lstm-lab generate` have): importing the converter, then
turning 白日依山尽，黄河入海流。 into traditional characters and back. It is the median of N
fresh processes. Sizes: the table file (and compressed as a wheel holds it), against the
installed ``opencc`` package and the part of it a frozen bundle would need (its extension
module and the dictionaries and configurations of ``s2t`` and ``t2s``). ``--opencc-path``
names a folder that holds the ``opencc`` package (``pip install --target DIR opencc``) when it
is not installed in this Python; without it only the table is measured. Then both convert the
shipped Tang texts (to simplified and back) for speed on long texts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LINE = "白日依山尽，黄河入海流。"

TABLE_START = f"""
import time
import lstm_lab.lessons  # the app has its lesson kinds loaded before any poem is converted
started = time.perf_counter()
from lstm_lab.lessons.poetry.script import to_simplified, to_traditional
imported = time.perf_counter()
back = to_simplified(to_traditional({LINE!r}))
done = time.perf_counter()
print(imported - started, done - imported, back)
"""

OPENCC_START = f"""
import time
import lstm_lab.lessons
started = time.perf_counter()
import opencc
imported = time.perf_counter()
back = opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False).convert(
    opencc.OpenCC("s2t").convert({LINE!r})
)
done = time.perf_counter()
print(imported - started, done - imported, back)
"""


def start_times(code: str, runs: int, extra_path: str | None) -> tuple[float, float]:
    """Median (import, first conversion) seconds over ``runs`` fresh processes."""
    env = dict(os.environ)
    paths = [str(ROOT)] + ([extra_path] if extra_path else [])
    env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    imports, firsts = [], []
    for _ in range(runs + 1):  # the first run warms the file cache
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        if out[2] != LINE:
            raise SystemExit(f"the round trip gave {out[2]}, not {LINE}")
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports[1:]), statistics.median(firsts[1:])


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def opencc_sizes(package: Path) -> tuple[int, int]:
    """(the installed package, what a bundle needs of it for s2t and t2s)."""
    share = package / "clib" / "share" / "opencc"
    needed = set(package.glob("*.py")) | set((package / "clib").glob("opencc_clib*"))

    def files(node) -> list[str]:
        if isinstance(node, dict):
            found = [node["file"]] if isinstance(node.get("file"), str) else []
            return found + [name for value in node.values() for name in files(value)]
        if isinstance(node, list):
            return [name for value in node for name in files(value)]
        return []

    for config in ("s2t.json", "t2s.json"):
        needed.add(share / config)
        needed.update(share / name for name in files(json.loads((share / config).read_text())))
    return folder_bytes(package), sum(path.stat().st_size for path in needed)


def long_text_times(extra_path: str | None) -> None:
    import time

    from lstm_lab.lessons.poetry.script import to_simplified, to_traditional
    from lstm_lab.lessons.poetry.textdata import corpus_text

    text = corpus_text("tang5")
    started = time.perf_counter()
    simplified = to_simplified(text)
    middle = time.perf_counter()
    to_traditional(simplified)
    ended = time.perf_counter()
    count = len(text)
    print(
        f"table:  the Tang texts ({count:,} characters) to simplified {middle - started:.2f} s, "
        f"back {ended - middle:.2f} s"
    )
    if extra_path is None:
        return
    sys.path.insert(0, extra_path)
    import opencc

    t2s = opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False)
    s2t = opencc.OpenCC("s2t")
    started = time.perf_counter()
    theirs = t2s.convert(text)
    middle = time.perf_counter()
    s2t.convert(theirs)
    ended = time.perf_counter()
    print(
        f"opencc: the Tang texts ({count:,} characters) to simplified {middle - started:.2f} s, "
        f"back {ended - middle:.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--opencc-path", default=None, metavar="DIR")
    args = parser.parse_args()
    from lstm_lab.lessons.poetry.script import TABLE_FILE

    table = ROOT / "lstm_lab" / "resources" / TABLE_FILE
    data = table.read_bytes()
    imported, first = start_times(TABLE_START, args.runs, None)
    print(
        f"table:  import {imported * 1e3:.1f} ms, first conversion {first * 1e3:.1f} ms "
        f"(median of {args.runs} processes); {table.name} {len(data):,} bytes, "
        f"{len(zlib.compress(data, 9)):,} compressed"
    )
    extra = args.opencc_path
    found = None
    try:
        import importlib.util

        if extra:
            sys.path.insert(0, extra)
        spec = importlib.util.find_spec("opencc")
        found = Path(spec.origin).parent if spec and spec.origin else None
    finally:
        if extra:
            sys.path.remove(extra)
    if found is None:
        print("opencc: not installed (pip install --target DIR opencc; --opencc-path DIR)")
    else:
        imported, first = start_times(OPENCC_START, args.runs, extra)
        installed, needed = opencc_sizes(found)
        print(
            f"opencc: import {imported * 1e3:.1f} ms, first conversion {first * 1e3:.1f} ms "
            f"(median of {args.runs} processes); installed {installed:,} bytes, "
            f"{needed:,} of them needed for s2t and t2s"
        )
    long_text_times(str(found.parent) if found is not None else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
