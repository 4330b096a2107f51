"""The race of the lesson "Who remembers?" at its own settings, over 5 seeds: for each delay k and
each cell (one unit each, or ``--units`` N), in how many seeds it learnt the delay-k echo, its
median test MSE, how strongly the pulse moved its scored output at the start and at the end
(median), and the time the cell's five races took. Also the RNN at learning rate 0.005. Prints
a table.

    python benchmarks/bench_race.py [--delays 5,10,20,30,50] [--seeds 5] [--units 1]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import deque

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.engine.race import DEFAULT_EPOCHS, MAX_UNITS, RACE_ORDER, race_seeds
from lstm_lab.lessons.compare.model import check_options
from lstm_lab.lessons.compare.race import DEFAULT_SEED, units_text

LESSON = "compare-who-remembers"


def row(delay: int, name: str, seeds: range, rate: float, units: int = 1) -> str:
    start = time.perf_counter()
    rounds = race_seeds(delay, seeds=seeds, learning_rate=rate, cells=(name,), units=units)
    tally = deque(rounds, maxlen=1)[0].tally
    seconds = time.perf_counter() - start
    end = statistics.median(tally.end_gradient[name])
    return (
        f"{delay:>4}  {name.upper():<5}{rate:>8g}{f'{tally.learnt(name)}/{len(seeds)}':>9}"
        f"{tally.median_mse(name):>12.4f}{tally.start_gradient[name]:>11.2g}{end:>10.2g}"
        f"{seconds:>9.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delays", default="5,10,20,30,50")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument(
        "--units", type=int, default=1, choices=range(1, MAX_UNITS + 1), metavar="N"
    )
    args = parser.parse_args()
    options = check_options(lesson_by_name(LESSON).options)
    rate = options["learning_rate"]
    seeds = range(DEFAULT_SEED, DEFAULT_SEED + args.seeds)
    print(
        f"Race of the lesson {LESSON}: delay-k echo, Adam, {DEFAULT_EPOCHS} epochs a seed, "
        f"seeds {seeds[0]}–{seeds[-1]}, {units_text(args.units)}"
    )
    print("   k  cell  l. rate   learnt  median MSE  ∂y/∂x(1)  at end      time")
    print("                                             start   (median)  (all seeds)")
    total = time.perf_counter()
    for delay in (int(k) for k in args.delays.split(",")):
        for name in RACE_ORDER:
            print(row(delay, name, seeds, rate, args.units), flush=True)
    for delay in (10, 20):
        print(row(delay, "rnn", seeds, 0.005, args.units), flush=True)
    print(f"total {time.perf_counter() - total:.0f} s")


if __name__ == "__main__":
    main()
