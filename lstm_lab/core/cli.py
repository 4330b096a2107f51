"""What every `lstm-lab` subcommand shares: one exception for a bad value on the command line
and an argparse parser that raises it instead of exiting, so that each command reports it in
one line with exit status 2. No Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn, TextIO


class UsageError(Exception):
    """A bad value on the command line; reported in one line with exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a `UsageError` (the command says them its own way)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def write_output(prog: str, write: Callable[[TextIO], None]) -> int:
    """Call ``write(sys.stdout)`` and flush; 0, or 1 with one line on stderr when the output
    cannot be written (a closed pipe, a full disk)."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as error:  # BrokenPipeError among them
        reason = error.strerror or error
        print(f"{prog}: error: could not write the output ({reason})", file=sys.stderr)
        return 1
    return 0
