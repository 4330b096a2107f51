"""`lstm-lab race`: the "Who remembers?" lesson's race on the command line, over several seeds.

lstm-lab race --task echo --delay 10 --cell all --lr 0.05 --seeds 5 --epochs 250 --units 1 --json

Each cell (``--units`` N units each, 1 to 8; one by default) trains on the task from the
lesson's start weights (`lstm_lab.engine.race.race_start`), once per seed (``--seed`` FIRST,
FIRST + 1, …), and is tested on 200 fresh sequences. It prints, per cell, in how many seeds it
learnt the task, every seed's test MSE and how strongly the pulse moved the scored output at
the start weights and at the end of each seed (`echo_gradient`: 1 for an exact echo).
``--list-tasks`` lists the tasks. Bad input ends with one line on stderr and exit status 2. No
Qt is imported.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import statistics
import sys
import time
from collections import deque
from typing import TextIO

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError, error_line, localise, write_output
from lstm_lab.core.i18n import translate
from lstm_lab.engine.race import (
    DEFAULT_EPOCHS,
    DEFAULT_SEEDS,
    LEARNING_RATE,
    LEARNING_RATE_RANGE,
    MAX_DELAY,
    MAX_SEEDS,
    MAX_UNITS,
    RACE_ORDER,
    TASKS,
    RaceTally,
    race_seeds,
)
from lstm_lab.lessons.compare.race import DEFAULT_SEED, MAX_SEED, units_text

PROG = "lstm-lab race"
#: The most epochs a race on the command line runs per cell and seed.
MAX_EPOCHS = 100_000


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "RaceCommand",
            "Train the RNN, LSTM and GRU (one unit each, or --units N) on a memory task over "
            "several seeds and report in how many each learnt it.",
        ),
    )
    parser.add_argument(
        "--task",
        default="echo",
        help=translate("RaceCommand", "the task (default echo; --list-tasks)"),
    )
    parser.add_argument(
        "--list-tasks",
        action="store_true",
        help=translate("RaceCommand", "list the tasks and what they ask, then exit"),
    )
    parser.add_argument(
        "--delay",
        metavar="K",
        help=translate("RaceCommand", "the delay k, 1 to {most}").format(most=MAX_DELAY),
    )
    parser.add_argument(
        "--cell",
        action="append",
        metavar="CELL",
        help=translate("RaceCommand", "rnn, lstm, gru or all (repeatable; default all)"),
    )
    parser.add_argument(
        "--lr",
        default=str(LEARNING_RATE),
        help=translate("RaceCommand", "Adam's learning rate (default {rate})").format(
            rate=LEARNING_RATE
        ),
    )
    parser.add_argument(
        "--seeds",
        default=str(DEFAULT_SEEDS),
        help=translate("RaceCommand", "how many seeds (default {count})").format(
            count=DEFAULT_SEEDS
        ),
    )
    parser.add_argument(
        "--seed",
        default=str(DEFAULT_SEED),
        help=translate("RaceCommand", "the first seed (default {seed})").format(seed=DEFAULT_SEED),
    )
    parser.add_argument(
        "--epochs",
        default=str(DEFAULT_EPOCHS),
        help=translate("RaceCommand", "epochs per cell and seed (default {epochs})").format(
            epochs=DEFAULT_EPOCHS
        ),
    )
    parser.add_argument(
        "--units",
        default="1",
        metavar="N",
        help=translate("RaceCommand", "units of every cell, 1 to {most} (default 1)").format(
            most=MAX_UNITS
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("RaceCommand", "print JSON instead of a table"),
    )
    return localise(parser)


def _whole(text: str, what: str, low: int, high: int) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise UsageError(
            translate("RaceCommand", '{what} "{text}" is not a whole number').format(
                what=what, text=text
            )
        ) from None
    if not low <= value <= high:
        raise UsageError(
            translate("RaceCommand", "{what} must be from {low} to {high}, not {value}").format(
                what=what, low=low, high=high, value=value
            )
        )
    return value


def _rate(text: str) -> float:
    low, high = LEARNING_RATE_RANGE
    try:
        value = float(text.strip())
    except ValueError:
        raise UsageError(
            translate("RaceCommand", '--lr "{text}" is not a number').format(text=text)
        ) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise UsageError(
            translate("RaceCommand", "--lr must be from {low} to {high}, not {text}").format(
                low=f"{low:g}", high=f"{high:g}", text=text
            )
        )
    return value


def _cells(items: list[str] | None) -> tuple[str, ...]:
    chosen: list[str] = []
    for item in items or ["all"]:
        for name in (part.strip().lower() for part in item.split(",")):
            if name == "all":
                chosen += list(RACE_ORDER)
            elif name in RACE_ORDER:
                chosen.append(name)
            else:
                raise UsageError(
                    translate(
                        "RaceCommand", 'unknown cell "{name}"; the cells are rnn, lstm, gru or all'
                    ).format(name=name)
                )
    return tuple(name for name in RACE_ORDER if name in chosen)


def run_race(args: argparse.Namespace) -> tuple[RaceTally, dict[str, float]]:
    """The race the arguments ask for, run to its end: its tally and each cell's seconds."""
    if args.task not in TASKS:
        raise UsageError(
            translate("RaceCommand", 'unknown task "{task}"; the tasks are {tasks}').format(
                task=args.task, tasks=", ".join(TASKS)
            )
        )
    if args.delay is None:
        raise UsageError(translate("RaceCommand", "--delay K is needed, e.g. --delay 10"))
    delay = _whole(args.delay, "--delay", 1, MAX_DELAY)
    count = _whole(args.seeds, "--seeds", 1, MAX_SEEDS)
    first = _whole(args.seed, "--seed", 0, MAX_SEED)
    epochs = _whole(args.epochs, "--epochs", 1, MAX_EPOCHS)
    rate = _rate(args.lr)
    units = _whole(args.units, "--units", 1, MAX_UNITS)
    cells = _cells(args.cell)
    seconds: dict[str, float] = {}
    tally = None
    for name in cells:  # one cell at a time, so each is timed on its own
        start = time.perf_counter()
        rounds = race_seeds(
            delay,
            seeds=range(first, first + count),
            epochs=epochs,
            learning_rate=rate,
            cells=(name,),
            units=units,
        )
        last = deque(rounds, maxlen=1)[0]
        seconds[name] = time.perf_counter() - start
        if tally is None:
            tally = last.tally
        else:
            tally.start_gradient.update(last.tally.start_gradient)
            tally.test.update(last.tally.test)
            tally.end_gradient.update(last.tally.end_gradient)
    tally.cells = cells
    return tally, seconds


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def as_json(tally: RaceTally, seconds: dict[str, float]) -> dict[str, object]:
    return {
        "task": "echo",
        "delay": tally.delay,
        "learning_rate": tally.learning_rate,
        "epochs": tally.epochs,
        "units": tally.units,
        "seeds_used": list(tally.seeds),
        "learnt_below": tally.threshold,
        "cells": {
            name: {
                "learnt": tally.learnt(name),
                "seeds": tally.tested(name),
                "test_mse": [_finite(v) for v in tally.test[name]],
                "echo_gradient_start": _finite(tally.start_gradient[name]),
                "echo_gradient_end": [_finite(v) for v in tally.end_gradient[name]],
                "seconds": round(seconds[name], 3),
            }
            for name in tally.cells
        },
    }


def _write_table(tally: RaceTally, seconds: dict[str, float], stream: TextIO) -> None:
    first, final = tally.seeds[0], tally.seeds[-1]
    stream.write(
        translate(
            "RaceCommand",
            "Delay-{delay} echo: Adam, learning rate {rate}, {epochs} epochs, seeds "
            "{first}–{last}; {units}.",
        ).format(
            delay=tally.delay,
            rate=f"{tally.learning_rate:g}",
            epochs=tally.epochs,
            first=first,
            last=final,
            units=units_text(tally.units),
        )
        + "\n"
        + translate(
            "RaceCommand", "Learnt: test MSE on 200 fresh sequences below {threshold}."
        ).format(threshold=f"{tally.threshold:.4f}")
        + "\n\n"
    )
    stream.write(
        f"{'cell':<6}{'learnt':>9}{'median test MSE':>17}{'∂y/∂x(1) start':>16}"
        f"{'median end':>12}{'time':>9}\n"
    )
    for name in tally.cells:
        end = statistics.median(tally.end_gradient[name])
        stream.write(
            f"{name.upper():<6}{f'{tally.learnt(name)}/{tally.tested(name)}':>9}"
            f"{tally.median_mse(name):>17.4g}{tally.start_gradient[name]:>16.3g}"
            f"{end:>12.3g}{seconds[name]:>8.1f}s\n"
        )


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab race`; returns the exit status (2 for bad input)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
        if args.list_tasks:
            text = "".join(f"{name}: {words}\n" for name, words in TASKS.items())
            tally = seconds = None
        else:
            tally, seconds = run_race(args)
    except UsageError as error:
        print(error_line(PROG, str(error)), file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0

    def write(stream: TextIO) -> None:
        if tally is None:
            stream.write(text)
        elif args.json:
            stream.write(json.dumps(as_json(tally, seconds), indent=2, allow_nan=False) + "\n")
        else:
            _write_table(tally, seconds, stream)

    return write_output(PROG, write)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
