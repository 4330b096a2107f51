"""`lstm-lab sine`: the forecasting lesson's three steps on the command line, without a window.

lstm-lab sine --signal two-sines --hidden 16 --epochs 40 --seed 3 --json

Prints the training and test loss of every epoch (mean squared error of z-scored values),
then the test MSE, in the signal's units, of the one-step forecast, the rolling forecast and
the two baselines over the test span: the last value, and AR(W), a linear model of the same
W values fitted by least squares to the training windows, one-step and rolling. The JSON has
the LSTM's and last value's under "test_mse" and AR's under "ar_baseline".

It trains the lesson window's model (`ForecastModel`) with the same options, through the same
`training_steps()`, so its figures are the window's for the same settings and seed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any, TextIO

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError, localise
from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine.forecast import SIGNALS, EpochResult, parameter_count
from lstm_lab.lessons.forecast.model import ForecastModel
from lstm_lab.lessons.forecast.options import (
    NUMBER_BY_NAME,
    default_options,
    read_series_file,
)

PROG = "lstm-lab sine"
#: The options the command line sets, by flag, with the help each shows (translated where
#: shown, in the context "ForecastCli"). Their ranges are the window's (options.NUMBERS): the
#: same settings give the same figures in both.
FLAGS = {
    "hidden": ("N", QT_TRANSLATE_NOOP("ForecastCli", "LSTM units")),
    "window": ("W", QT_TRANSLATE_NOOP("ForecastCli", "values the model reads per forecast")),
    "epochs": ("E", QT_TRANSLATE_NOOP("ForecastCli", "passes over the training windows")),
    "seed": (
        "S",
        QT_TRANSLATE_NOOP(
            "ForecastCli", "seed of the random numbers: noise, initial weights, batches"
        ),
    ),
    "noise": (
        "SIGMA",
        QT_TRANSLATE_NOOP("ForecastCli", "standard deviation of noise added to the signal"),
    ),
    "length": ("N", QT_TRANSLATE_NOOP("ForecastCli", "values of the signal")),
    "frequency": ("F", QT_TRANSLATE_NOOP("ForecastCli", "cycles per step of the signal")),
    "test_size": (
        "N",
        QT_TRANSLATE_NOOP("ForecastCli", "values held out at the end as the test span"),
    ),
    "learning_rate": ("RATE", QT_TRANSLATE_NOOP("ForecastCli", "Adam's learning rate")),
    "batch_size": ("N", QT_TRANSLATE_NOOP("ForecastCli", "windows per mini-batch")),
    "clip_norm": (
        "NORM",
        QT_TRANSLATE_NOOP("ForecastCli", "clip the gradient's norm to this (0: no clipping)"),
    ),
}
#: The whole-number flags' ranges.
LIMITS = {
    name: (int(option.low), int(option.high))
    for name, option in NUMBER_BY_NAME.items()
    if name in FLAGS and option.whole
}


def build_parser() -> argparse.ArgumentParser:
    defaults = default_options()
    parser = _Parser(
        prog=PROG,
        description=translate(
            "ForecastCli",
            "Forecast a signal with an LSTM layer and a Dense(1) head: make the "
            "signal, train on sliding windows, then forecast the test span one step ahead and "
            "rolling (each prediction fed back), against the last-value baseline and a linear "
            "AR(W) model fitted by least squares to the same training windows. The same settings "
            "give the same figures as the lesson window.",
        ),
    )
    parser.add_argument(
        "--signal",
        choices=tuple(SIGNALS),
        default=defaults["signal"],
        help=translate("ForecastCli", "the signal to forecast (default {default})").format(
            default=defaults["signal"]
        ),
    )
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help=translate(
            "ForecastCli", "forecast the series in this one-column CSV file instead of a signal"
        ),
    )
    for name, (metavar, words) in FLAGS.items():
        option = NUMBER_BY_NAME[name]
        if option.whole:
            low, high = f"{int(option.low):,}", f"{int(option.high):,}"
        else:
            low, high = f"{option.low:g}", f"{option.high:g}"
        parser.add_argument(
            "--" + name.replace("_", "-"),
            dest=name,
            type=int if option.whole else float,
            default=defaults[name],
            metavar=metavar,
            help=translate("ForecastCli", "{words}, {low} to {high} (default {default})").format(
                words=translate("ForecastCli", words),
                low=low,
                high=high,
                default=f"{defaults[name]:g}",
            ),
        )
    parser.add_argument(
        "--json", action="store_true", help=translate("ForecastCli", "print JSON instead of text")
    )
    return localise(parser)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The lesson options the arguments name, each checked against the window's range."""
    options = default_options()
    options["signal"] = args.signal
    for name in FLAGS:
        option = NUMBER_BY_NAME[name]
        value = getattr(args, name)
        if not math.isfinite(value):
            raise UsageError(
                translate("ForecastCli", "--{flag} must be a finite number, not {value}").format(
                    flag=name.replace("_", "-"), value=value
                )
            )
        if not option.low <= value <= option.high:
            low, high = option.low, option.high
            if option.whole:
                low, high = int(low), int(high)
            raise UsageError(
                translate(
                    "ForecastCli", "--{flag} must be from {low} to {high}, not {value}"
                ).format(
                    flag=name.replace("_", "-"),
                    low=f"{low:,}",
                    high=f"{high:,}",
                    value=f"{value:,}",
                )
            )
        options[name] = value
    if args.csv is not None:
        options["signal"] = "csv"
        options["series"] = [float(value) for value in _series(args.csv)]
        options["series_name"] = Path(args.csv).name[:200]
    return options


def _series(path: str):
    """The series of a CSV file, read and checked as the window reads it (the same limits)."""
    try:
        return read_series_file(path)
    except ValueError as error:
        message, name = str(error), Path(path).name
        if message.startswith(f"{name}: "):  # the command line names the file as it was typed
            message = f"{path}: {message[len(name) + 2 :]}"
        raise UsageError(message) from None


def lesson_model(options: dict[str, Any]) -> ForecastModel:
    """The model of the lesson window for these options, untrained; UsageError in words."""
    try:
        return ForecastModel(options)
    except LessonError as error:
        raise UsageError(str(error).replace('"options" ', "")) from None


def _run(args: argparse.Namespace, stream: TextIO) -> None:
    options = _options(args)
    model = lesson_model(options)
    data = model.data
    hidden, window = model.hidden, model.window
    source = args.csv if args.csv is not None else options["signal"]
    test_size = data.test_ys.shape[0]
    if not args.json:
        stream.write(
            translate(
                "ForecastCli",
                "{source}: {values} values, window {window}, LSTM({hidden}) + Dense(1) = "
                "{weights} weights, {windows} training windows, {test} test values",
            ).format(
                source=source,
                values=data.series.shape[0],
                window=window,
                hidden=hidden,
                weights=f"{parameter_count(hidden):,}",
                windows=data.train_ys.shape[0],
                test=test_size,
            )
            + "\n"
            + translate("ForecastCli", "epoch   train loss    test loss   (MSE of z-scored values)")
            + "\n"
        )

    def show(result: EpochResult) -> None:
        if not args.json:
            stream.write(
                f"{result.epoch:5d}  {result.train_loss:11.6g}  {result.test_loss:11.6g}\n"
            )
            stream.flush()

    model.train_to_end(show)
    document = model.metrics()
    if args.json:
        stream.write(json.dumps(document, indent=2) + "\n")
        return
    mses = model.forecast_mses()
    rows = [
        (translate("ForecastCli", "one-step forecast"), mses["one_step"]),
        (translate("ForecastCli", "rolling forecast"), mses["rolling"]),
        (translate("ForecastCli", "last-value baseline"), mses["last_value"]),
        (
            translate("ForecastCli", "AR({window}) one-step").format(window=window),
            mses["ar_one_step"],
        ),
        (
            translate("ForecastCli", "AR({window}) rolling").format(window=window),
            mses["ar_rolling"],
        ),
    ]
    heading = translate(
        "ForecastCli", "Test MSE over the last {count} values (in the signal's units):"
    ).format(count=test_size)
    stream.write(f"\n{heading}\n")
    for name, value in rows:
        stream.write(f"  {name:<20} {value:.6g}\n")
    note = translate(
        "ForecastCli",
        "AR({window}) is a linear model of the same {window} values, fitted by least squares "
        "to the training windows.",
    ).format(window=window)
    stream.write(note + "\n")


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab sine`; returns the exit status (2 for bad input)."""
    try:
        args = build_parser().parse_args(argv)
        _run(args, sys.stdout)
    except UsageError as error:
        print(
            translate("ForecastCli", "{prog}: error: {problem}").format(prog=PROG, problem=error),
            file=sys.stderr,
        )
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
