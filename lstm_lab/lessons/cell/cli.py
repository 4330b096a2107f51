"""`lstm-lab trace`: the step table of one cell on the command line, for worksheets and keys.

lstm-lab trace --sequence "1, 0, 0, 0, 0" --param w_xf=0.8 --target "0, 0, 0, 0, 1" --json
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import sys
from typing import TextIO

from lstm_lab.core.cli import UsageError, UsageParser, error_line, localise
from lstm_lab.core.engine_words import error_text
from lstm_lab.core.i18n import translate
from lstm_lab.engine import (
    GATE_NAMES,
    PARAM_NAMES,
    SIMPLE_GROUPS,
    LSTMParams,
    NumberError,
    SequenceError,
    check_clamps,
    mse_and_grads,
    parse_number,
    parse_sequence,
    run_lstm,
)

PROG = "lstm-lab trace"
# (trace field, table heading); the heading of the candidate falls back to "C~" on consoles
# that cannot print the combining tilde.
COLUMNS = (
    ("t", "t"),
    ("x", "x"),
    ("f", "f"),
    ("i", "i"),
    ("g", "C\u0303"),
    ("o", "o"),
    ("c", "C"),
    ("h", "h"),
    ("y", "y"),
)


class OutputError(Exception):
    """The output could not be written (stdout closed, full, or a pipe nobody reads)."""


def build_parser() -> argparse.ArgumentParser:
    full = ", ".join(PARAM_NAMES)
    simple = ", ".join(name for name, members in SIMPLE_GROUPS.items() if len(members) > 1)
    parser = UsageParser(
        prog=PROG,
        description=translate(
            "TraceCommand",
            "Run one LSTM cell over an input sequence and print every step: gates f, i, o, the "
            "candidate C\u0303, cell state C, hidden state h and output y.",
        ),
        epilog=translate(
            "TraceCommand",
            "Parameters: {full}. Simple-mode names set both weights of a gate: {simple}.",
        ).format(full=full, simple=simple),
    )
    parser.add_argument(
        "--sequence",
        required=True,
        metavar="TEXT",
        help=translate(
            "TraceCommand",
            'input sequence, numbers separated by commas, e.g. "1, 0, 0, 0, 0" '
            '(one that starts with a minus is written --sequence="-1, 0")',
        ),
    )
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=translate(
            "TraceCommand",
            "set a parameter (repeatable), e.g. --param w_xf=0.8; others keep their defaults",
        ),
    )
    parser.add_argument(
        "--clamp",
        action="append",
        default=[],
        metavar="GATE=VALUE",
        help=translate(
            "TraceCommand", "pin a gate (f, i, g or o) to a value at every step, e.g. --clamp f=1"
        ),
    )
    parser.add_argument(
        "--target",
        metavar="TEXT",
        help=translate(
            "TraceCommand",
            "target sequence of the same length: also print the MSE and its 14 gradients",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("TraceCommand", "print JSON instead of a table"),
    )
    return localise(parser)


def _assignments(items: list[str], what: str) -> list[tuple[str, str, float]]:
    parsed = []
    for item in items:
        name, equals, text = item.partition("=")
        name, text = name.strip(), text.strip()
        if not equals or not name:
            raise UsageError(
                translate(
                    "TraceCommand", '{what} "{item}" must look like NAME=VALUE, e.g. w_xf=0.8'
                ).format(what=what, item=item)
            )
        try:  # the app's one rule and limits, as in the value boxes and sequences
            value = parse_number(text)
        except NumberError as error:
            raise UsageError(
                translate("TraceCommand", "{what} {name}: {problem}").format(
                    what=what, name=name, problem=error_text(error)
                )
            ) from None
        parsed.append((item, name, value))
    return parsed


def _params(items: list[str]) -> LSTMParams:
    values: dict[str, float] = {}
    for _, name, value in _assignments(items, translate("TraceCommand", "parameter")):
        if name in PARAM_NAMES:
            values[name] = value
        elif name in SIMPLE_GROUPS:
            values.update(dict.fromkeys(SIMPLE_GROUPS[name], value))
        else:
            raise UsageError(
                translate(
                    "TraceCommand",
                    'unknown parameter "{name}"; the parameters are {names} '
                    "(or w_f, w_i, w_c, w_o for both weights of a gate)",
                ).format(name=name, names=", ".join(PARAM_NAMES))
            )
    return LSTMParams().replace(**values)


def _clamps(items: list[str]) -> dict[str, float]:
    clamps = {}
    for _, name, value in _assignments(items, translate("TraceCommand", "clamp")):
        if name not in GATE_NAMES:
            raise UsageError(
                translate(
                    "TraceCommand", 'unknown gate "{name}" to clamp; the gates are f, i, g, o'
                ).format(name=name)
            )
        clamps[name] = value
    try:
        return check_clamps(clamps)  # type: ignore[return-value]
    except ValueError as error:
        raise UsageError(error_text(error)) from None


def _sequence(text: str, what: str):
    try:
        return parse_sequence(text)
    except SequenceError as error:
        problem = error_text(error)
        raise UsageError(
            translate("TraceCommand", "{what}: {problem}").format(what=what, problem=problem)
        ) from None


def _heading(text: str, stream: TextIO) -> str:
    try:
        text.encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return text.replace("\u0303", "~")
    return text


def _table(rows: list[dict[str, float]], stream: TextIO) -> str:
    headings = [_heading(title, stream) for _, title in COLUMNS]
    cells = [[str(int(row["t"]))] + [f"{row[key]:.6f}" for key, _ in COLUMNS[1:]] for row in rows]
    # A combining tilde takes no column of its own.
    shown = [len(title) - title.count("\u0303") for title in headings]
    widths = [max([shown[k]] + [len(line[k]) for line in cells]) for k in range(len(COLUMNS))]
    lines = ["  ".join(" " * (w - s) + h for h, s, w in zip(headings, shown, widths, strict=True))]
    for line in cells:
        lines.append("  ".join(text.rjust(w) for text, w in zip(line, widths, strict=True)))
    return "\n".join(lines)


def _run(args: argparse.Namespace, stream: TextIO) -> None:
    xs = _sequence(args.sequence, translate("TraceCommand", "sequence"))
    params = _params(args.param)
    clamps = _clamps(args.clamp)
    targets = None
    if args.target is not None:
        targets = _sequence(args.target, translate("TraceCommand", "target"))
        if len(targets) != len(xs):
            raise UsageError(
                translate(
                    "TraceCommand",
                    "the target has {count} numbers but the sequence has {length}; "
                    "they must be the same length",
                ).format(count=len(targets), length=len(xs))
            )
    trace = run_lstm(params, xs, clamps=clamps or None)
    rows = [
        {"t": t + 1, **{key: float(getattr(trace, key)[t]) for key, _ in COLUMNS[1:]}}
        for t in range(len(trace))
    ]
    mse = grads = None
    if targets is not None:
        mse, grads = mse_and_grads(params, xs, targets, clamps=clamps or None)
    if args.json:
        document: dict[str, object] = {"steps": rows}
        if grads is not None:
            document["mse"] = float(mse)
            document["gradients"] = {name: float(getattr(grads, name)) for name in PARAM_NAMES}
        overflowed: list[str] = []
        document = _finite_or_null(document, "", overflowed)
        stream.write(json.dumps(document, indent=2, allow_nan=False) + "\n")
        if overflowed:
            raise OverflowError(
                translate(
                    "TraceCommand",
                    "{names} overflowed (too large for a number) and were written as null",
                ).format(names=", ".join(overflowed[:3]) + (" …" if len(overflowed) > 3 else ""))
            )
        return
    stream.write(_table(rows, stream) + "\n")
    if grads is not None:
        width = max(len(name) for name in PARAM_NAMES)
        stream.write(f"\nMSE = {float(mse):.6f}\n\n")
        stream.write(translate("TraceCommand", "Gradient of the MSE:") + "\n")
        for name in PARAM_NAMES:
            stream.write(f"  dMSE/d{name.ljust(width)} = {float(getattr(grads, name)): .6f}\n")


def _finite_or_null(value, where: str, overflowed: list[str]):
    """``value`` with every infinity or NaN replaced by None (JSON null), named in
    ``overflowed``: JSON has no Infinity or NaN."""
    if isinstance(value, dict):
        return {
            key: _finite_or_null(item, f"{where}.{key}" if where else key, overflowed)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_finite_or_null(item, f"{where}[{k}]", overflowed) for k, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        overflowed.append(where)
        return None
    return value


def _say(message: str) -> None:
    """One line on stderr, if stderr can still take it."""
    try:
        sys.stderr.write(error_line(PROG, message) + "\n")
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass


def _drop_stdout() -> None:
    """Point stdout at the null device, so that Python's last flush at exit cannot fail again
    (which would print "Exception ignored" and a traceback)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass


def _output_problem(error: BaseException) -> str:
    if isinstance(error, BrokenPipeError):
        return translate(
            "TraceCommand", "the output was closed before it was all written (broken pipe)"
        )
    if isinstance(error, OSError) and error.strerror:
        return translate("TraceCommand", "cannot write the output: {reason}").format(
            reason=error.strerror
        )
    return translate("TraceCommand", "cannot write the output: standard output is closed")


class _Output:
    """Stdout for argparse and the table: a failed write becomes an OutputError."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.encoding = getattr(stream, "encoding", None)

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError(_output_problem(ValueError()))
        try:
            return self._stream.write(text)
        except (OSError, ValueError) as error:
            raise OutputError(_output_problem(error)) from None

    def flush(self) -> None:
        if self._stream is None:
            raise OutputError(_output_problem(ValueError()))
        try:
            self._stream.flush()
        except (OSError, ValueError) as error:
            raise OutputError(_output_problem(error)) from None


def trace_main(argv: list[str]) -> int:
    """Entry point of `lstm-lab trace`; returns the exit status: 2 for bad input, 1 when the
    output cannot be written or overflowed, each with one line on stderr."""
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show "C̃" or "−" (Windows code pages) gets "?" instead of a
        # UnicodeEncodeError.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    output = _Output(sys.stdout)
    real_stdout = sys.stdout
    try:
        sys.stdout = output  # argparse writes --help here
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exit_:  # argparse reports its own errors and --help this way
            output.flush()
            return exit_.code if isinstance(exit_.code, int) else 2
        finally:
            sys.stdout = real_stdout
        try:
            _run(args, output)
        except UsageError as error:
            _say(str(error))
            return 2
        except OverflowError as error:
            output.flush()
            _say(str(error))
            return 1
        output.flush()
    except OutputError as error:
        _drop_stdout()
        _say(str(error))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(trace_main(sys.argv[1:]))
