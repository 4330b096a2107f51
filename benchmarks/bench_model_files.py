"""What reading a character-model file costs, a good one and a hostile one, and what the
seeded mutator of tests/test_model_files.py finds.

    .venv/bin/python benchmarks/bench_model_files.py [--cases 300] [--seed 7]

Prints, for loading the shipped Tang model and for refusing a 0.5 MB file whose headers
claim 8,192 units (512 MiB of weight_hh once decompressed): the time of the first load and
the median of a few more, the peak of memory traced by tracemalloc (numpy's arrays included),
and the growth of the process's peak resident size (ru_maxrss; each case runs in a fresh
process so the figure is its own). Then the mutator's counts: cases, loaded, refused (a
ModelError) and any other exception (there should be none). Asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from model_damage import huge_header_model, model_bytes, mutations, small_model  # noqa: E402

from lstm_lab.engine.charmodel import START, ModelError, Sampler, load_model  # noqa: E402
from lstm_lab.resources import resource_bytes  # noqa: E402

try:
    import resource
except ImportError:  # Windows
    resource = None


def peak_rss_bytes() -> int:
    if resource is None:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux counts KiB


def attempt(data: bytes) -> str:
    try:
        load_model(data)
    except ModelError as error:
        return f"refused: {error}"
    return "loaded"


def measure(case: str) -> dict:
    """One case, in this (fresh) process."""
    data = resource_bytes("poetry/tang5.npz") if case == "tang5" else huge_header_model(8192)
    before = peak_rss_bytes()
    start = time.perf_counter()
    outcome = attempt(data)
    first = time.perf_counter() - start
    rss = peak_rss_bytes() - before
    times = []
    for _ in range(5):
        start = time.perf_counter()
        attempt(data)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    attempt(data)
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "bytes": len(data),
        "outcome": outcome,
        "first": first,
        "median": statistics.median(times),
        "traced": traced,
        "rss": rss,
    }


def mutator(cases: int, seed: int) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    base = model_bytes(small_model())
    for _kind, data in mutations(base, cases, seed):
        counts["cases"] += 1
        try:
            model = load_model(data)
            sampler = Sampler(model)
            logits, _, _ = sampler.step(START, *sampler.zeros())
            sampler.choose(logits, 0.8, np.random.default_rng(0))
        except ModelError:
            counts["refused"] += 1
        except Exception as error:  # noqa: BLE001 (counted: there should be none)
            counts["other exceptions"] += 1
            print(f"  other: {type(error).__name__}: {error}")
        else:
            counts["loaded"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=300, help="mutator cases (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="mutator seed (default 7)")
    parser.add_argument("--case", choices=("tang5", "huge"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:  # the child process of one case
        print(json.dumps(measure(args.case)))
        return
    titles = {
        "tang5": "load the shipped tang5 model",
        "huge": "refuse a file claiming 8,192 units",
    }
    for case, title in titles.items():
        done = subprocess.run(
            [sys.executable, __file__, "--case", case],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(done.stdout)
        print(f"{title} ({figures['bytes'] / 1024:,.0f} KiB file): {figures['outcome']}")
        print(
            f"  time: first {figures['first'] * 1e3:.1f} ms, median of 5 "
            f"{figures['median'] * 1e3:.1f} ms; tracemalloc peak "
            f"{figures['traced'] / 2**20:.2f} MiB; maxrss growth {figures['rss'] / 2**20:.1f} MiB"
        )
    counts = mutator(args.cases, args.seed)
    print(
        f"mutator (seed {args.seed}): {counts['cases']} cases, {counts['loaded']} loaded, "
        f"{counts['refused']} refused, {counts['other exceptions']} other exceptions"
    )


if __name__ == "__main__":
    main()
