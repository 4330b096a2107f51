"""What every `lstm-lab` subcommand shares: one exception for a bad value on the command line
and an argparse parser that raises it instead of exiting, so that each command reports it in
one line with exit status 2. No Qt."""

from __future__ import annotations

import argparse
from typing import NoReturn


class UsageError(Exception):
    """A bad value on the command line; reported in one line with exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a `UsageError` (the command says them its own way)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
