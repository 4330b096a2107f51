"""`lstm-lab generate`: continue a text with a character model, without a window.

    lstm-lab generate --model tang --prompt 春 --temperature 0.8 --length 48 --seed 3

Prints the prompt and its continuation (a Tang poem laid out a couplet per line). The text is
the one the poetry window writes from the same model, prompt, temperature and seed.
"""

from __future__ import annotations

import argparse
import math
import os
import sys

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError
from lstm_lab.engine.charmodel import ModelError
from lstm_lab.lessons.poetry.options import MAX_LENGTH, MAX_PROMPT
from lstm_lab.lessons.poetry.session import PoetrySession
from lstm_lab.lessons.poetry.textdata import MODELS, poem_lines, read_model_file, shipped_model

PROG = "lstm-lab generate"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Continue a text character by character with a trained LSTM: the "
        "built-in Tang poetry or Shakespeare model, or a model saved from the poetry lesson.",
    )
    parser.add_argument(
        "--model",
        default="tang",
        metavar="tang|shakespeare|FILE",
        help="a built-in model or a model file (.npz) saved from the lesson (default tang)",
    )
    parser.add_argument("--prompt", default="", metavar="TEXT", help="the text to continue")
    parser.add_argument(
        "--temperature",
        type=float,
        default=0.8,
        metavar="T",
        help="scores are divided by T before the softmax: below 1 safer, above 1 bolder; "
        "0 always takes the most likely character (default 0.8)",
    )
    parser.add_argument(
        "--length", type=int, default=64, metavar="N", help="at most N characters (default 64)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, metavar="S", help="seed of the random choices (default 0)"
    )
    return parser


def _model(name: str):
    try:
        if name in MODELS:
            return shipped_model(name)
        if not os.path.exists(name):
            raise UsageError(
                f"--model must be {' or '.join(MODELS)} or a model file; {name} does not exist"
            )
        return read_model_file(name)
    except ModelError as error:
        raise UsageError(f"--model {name}: {error}") from None


def run(argv: list[str]) -> str:
    args = build_parser().parse_args(argv)
    if not (math.isfinite(args.temperature) and 0 <= args.temperature <= 10):
        raise UsageError(f"--temperature must be from 0 to 10, not {args.temperature}")
    if not 1 <= args.length <= MAX_LENGTH:
        raise UsageError(f"--length must be from 1 to {MAX_LENGTH:,}, not {args.length}")
    if not 0 <= args.seed < 2**31:
        raise UsageError(f"--seed must be from 0 to {2**31 - 1}, not {args.seed}")
    if len(args.prompt) > MAX_PROMPT:
        raise UsageError(f"--prompt is longer than {MAX_PROMPT} characters")
    model = _model(args.model)
    session = PoetrySession(
        model, args.prompt, temperature=args.temperature, seed=args.seed, length=args.length
    )
    session.run()
    text = session.text
    if model.info.get("layout") == "poem":
        text = "\n".join(poem_lines(text))
    unknown = session.unknown
    if unknown:
        note = "".join(unknown)
        print(f"{PROG}: note: the model does not know {note}; it read □ instead", file=sys.stderr)
    return text


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab generate`; returns the exit status (2 for bad input)."""
    try:
        text = run(argv)
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    try:
        print(text)
    except UnicodeEncodeError:  # a console that cannot show the characters
        sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()
    return 0
