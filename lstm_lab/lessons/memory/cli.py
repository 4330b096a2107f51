"""`lstm-lab memory`: the long-lag lesson's numbers on the command line, for worksheets.

    lstm-lab memory                       the shipped runs of the three cells (no training)
    lstm-lab memory --cell lstm --train --delay 20 --updates 500 --seed 1 --json

Without ``--train`` it prints the held-out accuracy of the runs shipped with the app (delay
100, 16 units) and whether each cell learnt; with ``--train`` it trains the cells named with
the lesson's settings and the delay, seed and updates given. Bad input ends with one line on
stderr and exit status 2. No Qt is imported.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import TextIO

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError, localise, write_output
from lstm_lab.core.i18n import translate
from lstm_lab.engine.longlag import CELL_NAMES, LESSON, lesson_settings, run_to_end, train
from lstm_lab.lessons.memory.model import MAX_TASK_DELAY, MAX_UPDATES, CellResult

PROG = "lstm-lab memory"


def _whole(low: int, high: int, what: str):
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise UsageError(
                translate("MemoryCli", '{what} "{text}" is not a whole number').format(
                    what=what, text=text
                )
            ) from None
        if not low <= value <= high:
            raise UsageError(
                translate("MemoryCli", "{what} must be from {low} to {high}, not {value}").format(
                    what=what, low=low, high=high, value=value
                )
            )
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "MemoryCli",
            '"France … (N filler words) … speak → French": the held-out accuracy of '
            "the RNN, the LSTM and the GRU, shipped or trained here.",
        ),
    )
    parser.add_argument(
        "--cell",
        choices=CELL_NAMES,
        action="append",
        help=translate("MemoryCli", "a cell (repeatable; default all)"),
    )
    parser.add_argument(
        "--train",
        action="store_true",
        help=translate("MemoryCli", "train instead of the shipped runs"),
    )
    parser.add_argument(
        "--delay",
        type=_whole(1, MAX_TASK_DELAY, translate("MemoryCli", "the delay")),
        default=int(LESSON["delay"]),
        help=translate(
            "MemoryCli",
            "filler words between the country and 'speak' (with --train; default {default})",
        ).format(default=LESSON["delay"]),
    )
    parser.add_argument(
        "--seed",
        type=_whole(0, 2**31 - 1, translate("MemoryCli", "the seed")),
        default=0,
        help=translate("MemoryCli", "the run's seed"),
    )
    parser.add_argument(
        "--updates",
        type=_whole(1, MAX_UPDATES, translate("MemoryCli", "the number of updates")),
        default=MAX_UPDATES,
        help=translate("MemoryCli", "Adam updates (with --train; default {default})").format(
            default=MAX_UPDATES
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("MemoryCli", "print JSON instead of a table"),
    )
    return localise(parser)


def measure(args: argparse.Namespace) -> list[dict]:
    rows = []
    for cell in args.cell or CELL_NAMES:
        if args.train:
            settings = lesson_settings(cell, args.seed, delay=args.delay, updates=args.updates)
            result = CellResult.from_run(run_to_end(train(settings)))
        else:
            result = CellResult.from_shipped(cell)
        s = result.settings
        rows.append(
            {
                "cell": cell,
                "shipped": result.shipped,
                "delay": s.delay,
                "units": s.units,
                "seed": s.seed,
                "updates": s.updates,
                "gate_init": s.gate_init,
                "test_accuracy": result.test_accuracy,
                "chance": result.chance,
                "learnt": result.learnt,
                "learnt_at": result.learnt_at,
            }
        )
    return rows


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab memory`; returns the exit status (2 for bad input)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(
            translate("MemoryCli", "{prog}: error: {problem}").format(prog=PROG, problem=error),
            file=sys.stderr,
        )
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    rows = measure(args)

    def write(stream: TextIO) -> None:
        if args.json:
            stream.write(json.dumps({"cells": rows}, indent=2) + "\n")
            return
        for row in rows:
            if row["shipped"]:
                source = translate("MemoryCli", "shipped")
            else:
                source = translate("MemoryCli", "trained")
            if row["learnt"]:
                verdict = translate("MemoryCli", "learnt at update {update}").format(
                    update=row["learnt_at"]
                )
            else:
                verdict = translate("MemoryCli", "not learnt")
            line = translate(
                "MemoryCli",
                "{cell} {source}, delay {delay}, seed {seed}: held-out accuracy {accuracy} "
                "(chance {chance}), {verdict}",
            ).format(
                cell=f"{row['cell']:<5}",
                source=source,
                delay=row["delay"],
                seed=row["seed"],
                accuracy=f"{row['test_accuracy']:.3f}",
                chance=f"{row['chance']:.2f}",
                verdict=verdict,
            )
            stream.write(line + "\n")

    return write_output(PROG, write)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
