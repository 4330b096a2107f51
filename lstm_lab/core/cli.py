"""What every `lstm-lab` subcommand shares: one exception for a bad value on the command line
and an argparse parser that raises it instead of exiting, so that each command reports it in
one line with exit status 2. No Qt."""

from __future__ import annotations

import argparse
import errno
import io
import os
import re
import sys
from collections.abc import Callable
from typing import NoReturn, TextIO

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate


class UsageError(Exception):
    """A bad value on the command line; reported in one line with exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a `UsageError` (the command says them its own way),
    in the language in effect."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(argparse_message(message))


class UsageParser(argparse.ArgumentParser):
    """An ArgumentParser that reports a bad command line as argparse does (the usage, then one
    error line, exit status 2), in the language in effect."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, error_line(self.prog, argparse_message(message)) + "\n")


#: argparse's own error messages (Python 3.11 to 3.14), each with its sentence to translate.
_ARGPARSE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), template)
    for pattern, template in (
        (
            r"argument (?P<argument>[^:]+): (?P<message>.+)",
            QT_TRANSLATE_NOOP("Cli", "argument {argument}: {message}"),
        ),
        (
            r"invalid (?P<type>\w+) value: (?P<value>.+)",
            QT_TRANSLATE_NOOP("Cli", "invalid {type} value: {value}"),
        ),
        (
            r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
            QT_TRANSLATE_NOOP("Cli", "invalid choice: {value} (choose from {choices})"),
        ),
        (
            r"unrecognized arguments: (?P<arguments>.+)",
            QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: {arguments}"),
        ),
        (
            r"the following arguments are required: (?P<arguments>.+)",
            QT_TRANSLATE_NOOP("Cli", "the following arguments are required: {arguments}"),
        ),
        (
            r"one of the arguments (?P<arguments>.+) is required",
            QT_TRANSLATE_NOOP("Cli", "one of the arguments {arguments} is required"),
        ),
        (
            r"not allowed with argument (?P<argument>.+)",
            QT_TRANSLATE_NOOP("Cli", "not allowed with argument {argument}"),
        ),
        (r"expected one argument", QT_TRANSLATE_NOOP("Cli", "expected one argument")),
        (
            r"expected at most one argument",
            QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
        ),
        (
            r"expected at least one argument",
            QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
        ),
        (
            r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)",
            QT_TRANSLATE_NOOP("Cli", "ambiguous option: {option} could match {matches}"),
        ),
        (
            r"ignored explicit argument (?P<value>.+)",
            QT_TRANSLATE_NOOP("Cli", "ignored explicit argument {value}"),
        ),
    )
)


def argparse_message(message: str) -> str:
    """One of argparse's own error messages in the language in effect ("argument --seed:
    invalid int value: 'x'"); a message argparse did not write is returned as it is (the
    commands translate their own)."""
    for pattern, template in _ARGPARSE:
        match = pattern.fullmatch(message)
        if match is not None:
            parts = match.groupdict()
            if "message" in parts:  # "argument --x: <one of argparse's own messages>"
                parts["message"] = argparse_message(parts["message"])
            return translate("Cli", template).format(**parts)
    return message


def write_output(prog: str, write: Callable[[TextIO], None]) -> int:
    """Call ``write(sys.stdout)`` and flush; 0, or 1 with one line on stderr when the output
    cannot be written (a closed pipe, a full disk)."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as error:  # BrokenPipeError among them
        release_stdout()
        reason = error.strerror or error
        message = translate("Cli", "could not write the output ({reason})").format(reason=reason)
        print(error_line(prog, message), file=sys.stderr)
        return 1
    return 0


def error_line(prog: str, message: str) -> str:
    """The one line an error is reported in: "lstm-lab: error: …" (the word translated)."""
    return translate("Cli", "{prog}: error: {message}").format(prog=prog, message=message)


def warning_line(prog: str, message: str) -> str:
    """A warning's one line: "lstm-lab: warning: …"."""
    return translate("Cli", "{prog}: warning: {message}").format(prog=prog, message=message)


def localise(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser`` with the words argparse writes itself (the usage line's "usage:", the
    section titles, -h's help) in the language in effect (`lstm_lab.core.i18n`); its own help
    texts are translated where they are written."""
    base = parser.formatter_class

    class Formatter(base):  # type: ignore[valid-type, misc]
        def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001
            if prefix is None:
                prefix = translate("Cli", "usage: ")
            super().add_usage(usage, actions, groups, prefix)

    parser.formatter_class = Formatter
    parser._positionals.title = translate("Cli", "positional arguments")
    parser._optionals.title = translate("Cli", "options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = translate("Cli", "show this help message and exit")
    return parser


def release_stdout() -> None:
    """Point standard output at the null device after a write to it failed, so that the
    interpreter's last flush of what is left in its buffer does not fail again at exit (the
    Python documentation's advice for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor behind sys.stdout
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - it stays open until the exit


class ClosedOutput(io.TextIOBase):
    """What ``sys.stdout`` is when the program started with its standard output closed (Python
    makes it None): every write raises the OSError a closed descriptor gives, so each command
    reports it as it reports any output that cannot be written."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")
