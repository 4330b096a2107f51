"""`lstm-lab sine`: the forecasting lesson's three steps on the command line, without a window.

lstm-lab sine --signal two-sines --hidden 16 --epochs 40 --seed 3 --json

Prints the training and test loss of every epoch (mean squared error of z-scored values),
then the test MSE, in the signal's units, of the one-step forecast, the rolling forecast and
the two baselines over the test span: the last value, and AR(W), a linear model of the same
W values fitted by least squares to the training windows, one-step and rolling. The JSON has
the LSTM's and last value's under "test_mse" and AR's under "ar_baseline".
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import TextIO

import numpy as np

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError
from lstm_lab.engine.forecast import (
    HIDDEN_RANGE,
    SIGNALS,
    LessonSettings,
    evaluate,
    init_model,
    lesson_data,
    parameter_count,
    train,
)
from lstm_lab.lessons.forecast.options import read_series_file

PROG = "lstm-lab sine"
LIMITS = {
    "hidden": HIDDEN_RANGE,
    "window": (1, 1000),
    "epochs": (1, 100_000),
    "seed": (0, 2**63 - 1),
}


def build_parser() -> argparse.ArgumentParser:
    defaults = LessonSettings()
    parser = _Parser(
        prog=PROG,
        description="Forecast a signal with an LSTM layer and a Dense(1) head: make the "
        "signal, train on sliding windows, then forecast the test span one step ahead and "
        "rolling (each prediction fed back), against the last-value baseline and a linear "
        "AR(W) model fitted by least squares to the same training windows.",
    )
    parser.add_argument(
        "--signal",
        choices=tuple(SIGNALS),
        default=defaults.signal,
        help=f"the signal to forecast (default {defaults.signal})",
    )
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help="forecast the series in this one-column CSV file instead of a signal",
    )
    parser.add_argument(
        "--hidden",
        type=int,
        default=defaults.hidden,
        metavar="N",
        help=f"LSTM units, {HIDDEN_RANGE[0]} to {HIDDEN_RANGE[1]} (default {defaults.hidden})",
    )
    parser.add_argument(
        "--window",
        type=int,
        default=defaults.window,
        metavar="W",
        help=f"values the model reads per forecast (default {defaults.window})",
    )
    parser.add_argument(
        "--epochs",
        type=int,
        default=defaults.epochs,
        metavar="E",
        help=f"passes over the training windows (default {defaults.epochs})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=defaults.seed,
        metavar="S",
        help=f"seed of the random numbers: noise, initial weights, batches (default "
        f"{defaults.seed})",
    )
    parser.add_argument(
        "--noise",
        type=float,
        default=defaults.noise,
        metavar="SIGMA",
        help=f"standard deviation of noise added to the signal (default {defaults.noise:g})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def _settings(args: argparse.Namespace) -> LessonSettings:
    for name, (low, high) in LIMITS.items():
        value = getattr(args, name)
        if not low <= value <= high:
            raise UsageError(f"--{name} must be from {low:,} to {high:,}, not {value}")
    if not (math.isfinite(args.noise) and args.noise >= 0):
        raise UsageError(f"--noise must be a finite number ≥ 0, not {args.noise}")
    return replace(
        LessonSettings(),
        signal=args.signal,
        hidden=args.hidden,
        window=args.window,
        epochs=args.epochs,
        seed=args.seed,
        noise=args.noise,
    )


def _series(path: str | None) -> np.ndarray | None:
    """The series of a CSV file, read and checked as the window reads it (the same limits)."""
    if path is None:
        return None
    try:
        return read_series_file(path)
    except ValueError as error:
        message, name = str(error), Path(path).name
        if message.startswith(f"{name}: "):  # the command line names the file as it was typed
            message = f"{path}: {message[len(name) + 2 :]}"
        raise UsageError(message) from None


def _number(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _run(args: argparse.Namespace, stream: TextIO) -> None:
    settings = _settings(args)
    series = _series(args.csv)
    rng = np.random.default_rng(settings.seed)
    try:
        data = lesson_data(settings, rng, series)
    except ValueError as error:
        raise UsageError(str(error)) from None
    weights = init_model(settings.hidden, rng)
    source = args.csv if args.csv is not None else settings.signal
    count = parameter_count(settings.hidden)
    test_size = data.test_ys.shape[0]
    if not args.json:
        stream.write(
            f"{source}: {data.series.shape[0]} values, window {settings.window}, "
            f"LSTM({settings.hidden}) + Dense(1) = {count:,} weights, "
            f"{data.train_ys.shape[0]} training windows, {test_size} test values\n"
            "epoch   train loss    test loss   (MSE of z-scored values)\n"
        )
    history = []
    result = None
    for result in train(
        data,
        weights,
        rng,
        settings.epochs,
        learning_rate=settings.learning_rate,
        batch_size=settings.batch_size,
        clip_norm=settings.clip_norm,
    ):
        history.append(
            {
                "epoch": result.epoch,
                "train_loss": _number(result.train_loss),
                "test_loss": _number(result.test_loss),
            }
        )
        if not args.json:
            stream.write(
                f"{result.epoch:5d}  {result.train_loss:11.6g}  {result.test_loss:11.6g}\n"
            )
            stream.flush()
    assert result is not None
    mses = evaluate(result.weights, data).mses
    lags = data.window
    if args.json:
        document = {
            "source": source,
            "settings": asdict(settings) | {"csv": args.csv},
            "parameters": count,
            "train_windows": int(data.train_ys.shape[0]),
            "test_values": int(test_size),
            "epochs": history,
            "test_mse": {key: _number(mses[key]) for key in ("one_step", "rolling", "last_value")},
            "ar_baseline": {
                "lags": lags,
                "fitted_on": "training windows, z-scored, least squares with an intercept",
                "test_mse": {
                    "one_step": _number(mses["ar_one_step"]),
                    "rolling": _number(mses["ar_rolling"]),
                },
            },
        }
        stream.write(json.dumps(document, indent=2) + "\n")
        return
    rows = [
        ("one-step forecast", mses["one_step"]),
        ("rolling forecast", mses["rolling"]),
        ("last-value baseline", mses["last_value"]),
        (f"AR({lags}) one-step", mses["ar_one_step"]),
        (f"AR({lags}) rolling", mses["ar_rolling"]),
    ]
    stream.write(f"\nTest MSE over the last {test_size} values (in the signal's units):\n")
    for name, value in rows:
        stream.write(f"  {name:<20} {value:.6g}\n")
    stream.write(
        f"AR({lags}) is a linear model of the same {lags} values, fitted by least squares to "
        "the training windows.\n"
    )


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab sine`; returns the exit status (2 for bad input)."""
    try:
        args = build_parser().parse_args(argv)
        _run(args, sys.stdout)
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
