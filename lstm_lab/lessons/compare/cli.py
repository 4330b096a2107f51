"""`lstm-lab compare`: the "Who remembers?" lesson's numbers on the command line, for worksheets.

lstm-lab compare --sequence "1, 0, 0, 0" --param rnn.w_hh=0.9 --units 32 --json

The cells' parameters and the sequence are the built-in lesson "Who remembers?"'s unless told
otherwise: ``--lesson NAME|FILE`` takes another compare lesson's, ``--defaults`` the cells' own
defaults, ``--sequence`` and ``--param`` change them. For each cell (rnn, lstm, gru):
retention(k) and the read-out's R²(k) for k = 1 … T, gradient(k) = |∂y(T)/∂x(T−k)| and the
cell's reference lines for k = 0 … T−1, for how many steps it remembers and the first input's
height stays readable, where it becomes a latch, and the parameter count of a layer of N units
reading M inputs. Bad input ends with one line on stderr and exit status 2. No Qt is imported.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import sys
from typing import TextIO

import numpy as np

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError, error_line, localise, write_output
from lstm_lab.core.engine_words import error_text
from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import translate
from lstm_lab.engine import CELLS, MAX_MAGNITUDE, SequenceError, parse_sequence
from lstm_lab.engine.memory import (
    READABLE_R2,
    gradient_profile,
    gradient_references,
    latch_from,
    param_count,
    readable_for,
    readout_r2,
    remembers_for,
    retention,
)
from lstm_lab.lessons.compare.model import DEFAULT_SEQUENCE, check_options

PROG = "lstm-lab compare"
ORDER = ("rnn", "lstm", "gru")
MAX_SIZE = 4096
#: The lesson whose parameters and sequence `lstm-lab compare` uses unless told otherwise.
LESSON = "compare-who-remembers"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "CompareCommand",
            "Compare the RNN, LSTM and GRU cells on one sequence: how long each remembers its "
            "first input (retention), how its gradient vanishes, and its parameter count.",
        ),
        epilog=translate("CompareCommand", "Parameters: {names}").format(
            names="; ".join(f"{name}: {', '.join(CELLS[name].param_names)}" for name in ORDER)
        ),
    )
    parser.add_argument(
        "--sequence",
        metavar="TEXT",
        help=translate(
            "CompareCommand",
            'input sequence, numbers separated by commas, e.g. "1, 0, 0, 0, 0" (default: the '
            "lesson's)",
        ),
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--lesson",
        metavar="NAME|FILE",
        help=translate(
            "CompareCommand",
            "take the parameters and the sequence of this compare lesson (default: {lesson})",
        ).format(lesson=LESSON),
    )
    source.add_argument(
        "--defaults",
        action="store_true",
        help=translate(
            "CompareCommand", "start from each cell's own default parameters instead of a lesson's"
        ),
    )
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="CELL.NAME=VALUE",
        help=translate(
            "CompareCommand", "set one cell's parameter (repeatable), e.g. --param rnn.w_hh=0.9"
        ),
    )
    parser.add_argument(
        "--inputs",
        default="1",
        metavar="M",
        help=translate("CompareCommand", "input size m (default 1)"),
    )
    parser.add_argument(
        "--units",
        default="1",
        metavar="N",
        help=translate("CompareCommand", "number of units n (default 1)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CompareCommand", "print JSON instead of tables"),
    )
    return localise(parser)


def _size(text: str, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(
            translate("CompareCommand", '{what} "{text}" is not a whole number').format(
                what=what, text=text
            )
        ) from None
    if not 1 <= value <= MAX_SIZE:
        raise UsageError(
            translate("CompareCommand", "{what} must be from 1 to {most}, not {value}").format(
                what=what, most=MAX_SIZE, value=value
            )
        )
    return value


def _params(items: list[str]) -> dict[str, dict[str, float]]:
    values: dict[str, dict[str, float]] = {name: {} for name in ORDER}
    for item in items:
        key, equals, text = item.partition("=")
        cell, dot, name = key.strip().partition(".")
        if not equals or not dot or not name:
            raise UsageError(
                translate(
                    "CompareCommand",
                    'parameter "{item}" must look like CELL.NAME=VALUE, e.g. rnn.w_hh=0.9',
                ).format(item=item)
            )
        if cell not in CELLS:
            raise UsageError(
                translate(
                    "CompareCommand", 'unknown cell "{cell}"; the cells are rnn, lstm, gru'
                ).format(cell=cell)
            )
        if name not in CELLS[cell].specs:
            names = ", ".join(CELLS[cell].param_names)
            raise UsageError(
                translate(
                    "CompareCommand",
                    'unknown parameter "{name}" of the {cell}; its parameters: {names}',
                ).format(name=name, cell=cell, names=names)
            )
        try:
            value = float(text.strip())
        except ValueError:
            raise UsageError(
                translate(
                    "CompareCommand", 'parameter {cell}.{name}: "{text}" is not a number'
                ).format(cell=cell, name=name, text=text)
            ) from None
        if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
            raise UsageError(
                translate(
                    "CompareCommand",
                    'parameter {cell}.{name}: "{text}" is not a finite number within ±{most}',
                ).format(cell=cell, name=name, text=text, most=f"{MAX_MAGNITUDE:g}")
            )
        values[cell][name] = value
    return values


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def lesson_options(name_or_file: str) -> tuple[str, dict]:
    """The checked options of the compare lesson ``name_or_file`` (a built-in lesson's name or
    a lesson file) and the name to report it by; UsageError naming the problem."""
    from lstm_lab.core.builtin import builtin_lessons, lesson_by_name
    from lstm_lab.core.lesson import read_lesson

    try:
        if name_or_file in {lesson.name for lesson in builtin_lessons()}:
            lesson, shown = lesson_by_name(name_or_file), name_or_file
        elif os.path.exists(name_or_file):
            lesson, shown = read_lesson(name_or_file), name_or_file
        else:
            raise UsageError(
                translate(
                    "CompareCommand",
                    '--lesson "{name}" is neither a built-in lesson nor a file '
                    "(lstm-lab --list-lessons lists the lessons)",
                ).format(name=name_or_file)
            )
    except LessonError as error:
        raise UsageError(f"--lesson: {error}") from None
    if lesson.kind != "compare":
        raise UsageError(
            translate(
                "CompareCommand", '--lesson: "{name}" is a {kind} lesson, not a compare lesson'
            ).format(name=shown, kind=lesson.kind)
        )
    return shown, check_options(lesson.options)


def compare(args: argparse.Namespace) -> dict[str, object]:
    lesson, options = lesson_options(args.lesson or LESSON)
    source = "defaults" if args.defaults else lesson
    try:
        if args.sequence is not None:
            xs = parse_sequence(args.sequence)
        else:
            xs = np.asarray(options.get("sequence", DEFAULT_SEQUENCE), dtype=np.float64)
    except SequenceError as error:
        raise UsageError(
            translate("CompareCommand", "sequence: {error}").format(error=error_text(error))
        ) from None
    chosen = _params(args.param)
    inputs, units = _size(args.inputs, "--inputs"), _size(args.units, "--units")
    cells: dict[str, dict[str, object]] = {}
    for name in ORDER:
        cell = CELLS[name]
        start = {} if args.defaults else options.get("params", {}).get(name, {})
        params = cell.defaults().replace(**start).replace(**chosen[name])
        with np.errstate(all="ignore"):
            kept = retention(cell, params, xs)
            grads = gradient_profile(cell, params, xs)
            references = gradient_references(cell, params, xs)
            r2 = readout_r2(cell, params, xs)
        cells[name] = {
            "params_used": {key: float(v) for key, v in params.to_dict().items()},
            "retention": [_finite(v) for v in kept],
            "readout_r2": [_finite(v) for v in r2],
            "gradient": [_finite(v) for v in grads],
            "references": {key: [_finite(v) for v in values] for key, values in references.items()},
            "remembers_for": remembers_for(kept),
            "readable_for": readable_for(r2),
            "latch_from": latch_from(kept, r2),
            "param_count": param_count(name, inputs, units),
        }
    return {"parameters_from": source, "cells": cells}


def _write_text(result: dict[str, object], args, stream: TextIO) -> None:
    def number(value: float | None) -> str:
        return translate("CompareCommand", "overflow") if value is None else f"{value:.6g}"

    cells: dict[str, dict[str, object]] = result["cells"]  # type: ignore[assignment]
    steps = len(cells["rnn"]["retention"])  # type: ignore[arg-type]
    source = result["parameters_from"]
    if source == "defaults":
        shown = translate("CompareCommand", "each cell's defaults")
    else:
        shown = translate("CompareCommand", "the lesson {name}").format(name=source)
    stream.write(
        translate("CompareCommand", "Parameters: {source}, with any --param applied.").format(
            source=shown
        )
        + "\n\n"
    )
    stream.write(
        translate(
            "CompareCommand", "Parameter count for m = {inputs} inputs, n = {units} units:"
        ).format(inputs=args.inputs, units=args.units)
        + "\n"
    )
    for name in ORDER:
        stream.write(f"  {name.upper():<5}{cells[name]['param_count']:>12,}\n")
    stream.write(
        "\n" + translate("CompareCommand", "Remembers for (retention ≥ 1% of retention(1)):") + "\n"
    )
    steps_words = translate("CompareCommand", "{count} steps")
    for name in ORDER:
        count = steps_words.format(count=f"{cells[name]['remembers_for']:>6}")
        stream.write(f"  {name.upper():<5}{count}\n")
    stream.write(
        "\n"
        + translate(
            "CompareCommand", "First input's height readable for (read-out R² ≥ {r2}):"
        ).format(r2=f"{READABLE_R2:g}")
        + "\n"
    )
    for name in ORDER:
        latch = cells[name]["latch_from"]
        note = (
            "  " + translate("CompareCommand", "(a latch from step {step})").format(step=latch)
            if latch
            else ""
        )
        count = steps_words.format(count=f"{cells[name]['readable_for']:>6}")
        stream.write(f"  {name.upper():<5}{count}{note}\n")
    stream.write("\n   k  " + "".join(f"{f'retention {n}':>16}" for n in ORDER))
    stream.write("".join(f"{f'gradient {n}':>16}" for n in ORDER) + "\n")
    for k in range(steps):
        row = f"{k + 1:>4}  " + "".join(
            f"{number(cells[n]['retention'][k]):>16}"  # type: ignore[index]
            for n in ORDER
        )
        row += "".join(f"{number(cells[n]['gradient'][k]):>16}" for n in ORDER)  # type: ignore[index]
        stream.write(row + "\n")
    stream.write(
        translate(
            "CompareCommand", "(retention at k = 1 … T; the gradient columns at k − 1 = 0 … T−1)"
        )
        + "\n"
    )


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab compare`; returns the exit status (2 for bad input)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
        result = compare(args)
    except UsageError as error:
        print(error_line(PROG, str(error)), file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0

    def write(stream: TextIO) -> None:
        if args.json:
            stream.write(json.dumps(result, indent=2, allow_nan=False) + "\n")
        else:
            _write_text(result, args, stream)

    return write_output(PROG, write)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
