"""`lstm-lab generate`: continue a text with a character model, without a window.

    lstm-lab generate --model tang --prompt 春 --temperature 0.8 --length 48 --seed 3

Prints the prompt and its continuation (a Tang poem laid out a couplet per line). The text is
the one the poetry window writes from the same model, prompt, temperature and seed. The Tang
model reads a prompt typed in simplified characters in traditional ones, and ``--script``
prints its text in simplified or traditional characters (by default the language's). With
``--json`` it prints the odds of the next character after the prompt (the bars of the window)
and the continuation as JSON (`generate_json`); a model file (``--model FILE``) is described on
standard error first: its size and its held-out loss.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import Any

import numpy as np

from lstm_lab.core.cli import Parser as _Parser
from lstm_lab.core.cli import UsageError, localise, write_output
from lstm_lab.core.engine_words import error_text
from lstm_lab.core.i18n import current_language, translate
from lstm_lab.engine.charmodel import END, CharModel, ModelError
from lstm_lab.lessons.poetry.model import describe_model
from lstm_lab.lessons.poetry.options import MAX_LENGTH, MAX_PROMPT
from lstm_lab.lessons.poetry.script import SCRIPTS, TRADITIONAL, script_of_language
from lstm_lab.lessons.poetry.session import PoetrySession, odds
from lstm_lab.lessons.poetry.textdata import MODELS, poem_lines, read_model_file, shipped_model

PROG = "lstm-lab generate"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "PoetryCli",
            "Continue a text character by character with a trained LSTM: the "
            "built-in Tang poetry or Shakespeare model, or a model saved from the poetry lesson.",
        ),
    )
    parser.add_argument(
        "--model",
        default="tang",
        metavar="tang|shakespeare|FILE",
        help=translate(
            "PoetryCli",
            "a built-in model or a model file (.npz) saved from the lesson (default tang)",
        ),
    )
    parser.add_argument(
        "--prompt",
        default="",
        metavar="TEXT",
        help=translate("PoetryCli", "the text to continue"),
    )
    parser.add_argument(
        "--temperature",
        type=float,
        default=0.8,
        metavar="T",
        help=translate(
            "PoetryCli",
            "scores are divided by T before the softmax: below 1 safer, above 1 bolder; "
            "0 always takes the most likely character (default 0.8)",
        ),
    )
    parser.add_argument(
        "--length",
        type=int,
        default=64,
        metavar="N",
        help=translate("PoetryCli", "at most N characters (default 64)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="S",
        help=translate("PoetryCli", "seed of the random choices (default 0)"),
    )
    default_script = script_of_language(current_language())
    parser.add_argument(
        "--script",
        choices=SCRIPTS,
        default=default_script,
        help=translate(
            "PoetryCommand",
            "print a Chinese model's text in simplified or traditional characters (default "
            "{script}: the language's); the model reads a prompt in either",
        ).format(script=default_script),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "PoetryCli",
            "print JSON: the odds of the next character after the prompt (every character's "
            "probability at T, and the ten the window's bars show) and the continuation",
        ),
    )
    return localise(parser)


def _model(name: str):
    try:
        if name in MODELS:
            return shipped_model(name)
        if not os.path.exists(name):
            raise UsageError(
                translate(
                    "PoetryCli", "--model must be {models} or a model file; {name} does not exist"
                ).format(models=" or ".join(MODELS), name=name)
            )
        return read_model_file(name)
    except ModelError as error:
        raise UsageError(f"--model {name}: {error_text(error)}") from None


def generate_json(
    model: CharModel,
    name: str,
    prompt: str,
    temperature: float,
    seed: int,
    length: int,
    dtype: Any = np.float32,
    script: str = TRADITIONAL,
) -> dict:
    """What ``--json`` prints: the settings, the prompt's characters the model does not know
    (read as □), the odds after the prompt (`odds`), the continuation as the model wrote it
    (``continuation``), the text as printed in ``script`` (``text``) and whether the model
    ended it."""
    session = PoetrySession(
        model,
        prompt,
        temperature=temperature,
        seed=seed,
        length=length,
        dtype=dtype,
        script=script,
    )
    first = odds(session.sampler, session.next_logits(), temperature)
    session.run()
    return {
        "model": name,
        "prompt": session.prompt,
        "temperature": temperature,
        "seed": seed,
        "length": length,
        "unknown": session.unknown,
        **first,
        "continuation": session.generated,
        "text": _laid_out(model, session.shown_text),
        "ended": bool(session.steps) and session.steps[-1].token == END,
    }


def _laid_out(model: CharModel, text: str) -> str:
    return "\n".join(poem_lines(text)) if model.info.get("layout") == "poem" else text


def run(argv: list[str]) -> str:
    args = build_parser().parse_args(argv)
    if not (math.isfinite(args.temperature) and 0 <= args.temperature <= 10):
        raise UsageError(
            translate("PoetryCli", "--temperature must be from 0 to 10, not {value}").format(
                value=args.temperature
            )
        )
    if not 1 <= args.length <= MAX_LENGTH:
        raise UsageError(
            translate("PoetryCli", "--length must be from 1 to {most}, not {value}").format(
                most=f"{MAX_LENGTH:,}", value=args.length
            )
        )
    if not 0 <= args.seed < 2**31:
        raise UsageError(
            translate("PoetryCli", "--seed must be from 0 to {most}, not {value}").format(
                most=2**31 - 1, value=args.seed
            )
        )
    if len(args.prompt) > MAX_PROMPT:
        raise UsageError(
            translate("PoetryCli", "--prompt is longer than {most} characters").format(
                most=MAX_PROMPT
            )
        )
    model = _model(args.model)
    if args.model not in MODELS:
        print(f"{PROG}: {os.path.basename(args.model)}: {describe_model(model)}", file=sys.stderr)
    if args.json:
        found = generate_json(
            model,
            args.model,
            args.prompt,
            args.temperature,
            args.seed,
            args.length,
            script=args.script,
        )
        return json.dumps(found, ensure_ascii=False)
    session = PoetrySession(
        model,
        args.prompt,
        temperature=args.temperature,
        seed=args.seed,
        length=args.length,
        script=args.script,
    )
    session.run()
    text = _laid_out(model, session.shown_text)
    unknown = session.unknown
    if unknown:
        note = "".join(unknown)
        print(
            translate(
                "PoetryCli", "{prog}: note: the model does not know {characters}; it read □ instead"
            ).format(prog=PROG, characters=note),
            file=sys.stderr,
        )
    return text


def main(argv: list[str]) -> int:
    """Entry point of `lstm-lab generate`; returns the exit status (2 for bad input)."""
    try:
        text = run(argv)
    except UsageError as error:
        print(
            translate("PoetryCli", "{prog}: error: {problem}").format(prog=PROG, problem=error),
            file=sys.stderr,
        )
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    return write_output(PROG, lambda stream: _print(stream, text))


def _print(stream, text: str) -> None:
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:  # a console that cannot show the characters
        stream.flush()
        stream.buffer.write(text.encode("utf-8") + b"\n")
