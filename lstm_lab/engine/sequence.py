"""Reading and writing input sequences the way a student types them: "1, 0, 0, 0, 0"."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

MAX_ITEMS = 10_000
MAX_MAGNITUDE = 1e6

# A plain decimal number: no underscores, hex, or words such as "inf" that float() also takes.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;]")
# Typographic minus signs, as the app itself prints them, are read as a plain "-".
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-"})


class SequenceError(ValueError):
    """A sequence a student typed cannot be read. `position` is the 1-based item number, or
    None when the problem is the whole sequence; `item` is the offending text, if any."""

    def __init__(self, message: str, position: int | None = None, item: str | None = None):
        super().__init__(message)
        self.message = message
        self.position = position
        self.item = item


def _shown(item: str) -> str:
    return item if len(item) <= 24 else item[:21] + "..."


def parse_sequence(text: str) -> np.ndarray:
    """Read numbers separated by commas, semicolons or spaces into a float64 array.

    "1, 0, 0", "1 0 0", "0.5; -1" and " 1e-3 ,2 " are all accepted; so is one pair of
    surrounding brackets ("[1, 0, 0]"). Raises SequenceError naming the item and its 1-based
    position for a non-number, an empty item ("1,,0"), nan or infinity, a magnitude above
    1,000,000; and for an empty sequence or one of more than 10,000 items.
    """
    if not isinstance(text, str):
        raise SequenceError(f"the sequence must be text, not {type(text).__name__}")
    body = text.strip()
    if len(body) >= 2 and (body[0], body[-1]) in (("[", "]"), ("(", ")")):
        body = body[1:-1]
    if not body.strip():
        raise SequenceError("the sequence is empty: type numbers separated by commas, e.g. 1, 0, 0")

    items: list[str] = []
    pieces = _SEPARATOR.split(body)
    for index, piece in enumerate(pieces):
        words = piece.split()
        if not words:
            position = len(items) + 1
            if index == 0:
                where = "there is nothing before the first comma or semicolon"
            elif index == len(pieces) - 1:
                where = "there is nothing after the last comma or semicolon"
            else:
                where = "there is nothing between two commas or semicolons"
            raise SequenceError(f"item {position} is empty: {where}", position, "")
        items.extend(words)
        if len(items) > MAX_ITEMS:
            break
    if len(items) > MAX_ITEMS:
        raise SequenceError(f"the sequence is too long: at most {MAX_ITEMS:,} numbers are allowed")

    values = np.empty(len(items))
    for index, item in enumerate(items):
        position = index + 1
        plain = item.translate(_MINUS_SIGNS)
        if _NOT_FINITE.fullmatch(plain):
            raise SequenceError(
                f'item {position}, "{_shown(item)}", is not a finite number', position, item
            )
        if not _NUMBER.fullmatch(plain):
            raise SequenceError(
                f'item {position}, "{_shown(item)}", is not a number', position, item
            )
        value = float(plain)
        if not abs(value) <= MAX_MAGNITUDE:
            raise SequenceError(
                f'item {position}, "{_shown(item)}", is too large: numbers must lie between '
                f"-1,000,000 and 1,000,000",
                position,
                item,
            )
        values[index] = value
    return values


def format_number(value: float) -> str:
    """Shortest text that reads back as exactly `value`: "1" for 1.0, "0.1" for 0.1."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"cannot write {number} in a sequence")
    if number == 0.0:
        return "-0" if math.copysign(1.0, number) < 0 else "0"
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return repr(number)


def format_sequence(values: Iterable[float] | np.ndarray) -> str:
    """Write a sequence as "1, 0, 0.5" so that parse_sequence reads back exactly the same."""
    return ", ".join(format_number(value) for value in np.asarray(values, dtype=float).ravel())
