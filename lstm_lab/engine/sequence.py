"""Reading numbers the way a student types them: one number in a box ("0.5"), or a sequence
("1, 0, 0, 0, 0").

One rule for every numeric input of the app: the point is the decimal separator, as in the
printed maths. In a box that holds one number, a comma is read as the decimal separator when
that is unambiguous ("0,5" is 0.5; "1,000" could be a thousand or one and is refused). In a list
commas separate the numbers, so a comma between two digits that may be meant as a decimal comma
("0,5", "0,5; 1,5", "0,5, 1") is pointed out, never silently split.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

from lstm_lab.engine.messages import Refusal

MAX_ITEMS = 10_000
MAX_MAGNITUDE = 1e6

# A plain decimal number: no underscores, hex, or words such as "inf" that float() also takes.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;]")
# A comma with a digit right before and right after it: perhaps a decimal comma.
_DIGIT_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")
# An item that reads as one number if its comma is a decimal comma: "0,5", "-1,25e-3".
_DECIMAL_COMMA_ITEM = re.compile(
    r"(?:^|(?<=[\s,;]))[+-]?[0-9]+,[0-9]+(?:[eE][+-]?[0-9]+)?(?=$|[\s,;])"
)
# Typographic minus signs, as the app itself prints them, are read as a plain "-".
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-"})


class NumberError(Refusal):
    """One number a student typed cannot be taken; the message says why, in plain words."""


class SequenceError(Refusal):
    """A sequence a student typed cannot be read. `position` is the 1-based item number, or
    None when the problem is the whole sequence; `item` is the offending text, if any. The
    template's fields are ``fields`` and, when there is one, ``position``."""

    def __init__(
        self,
        template: str,
        /,
        position: int | None = None,
        item: str | None = None,
        **fields: object,
    ) -> None:
        if position is not None:
            fields["position"] = position
        super().__init__(template, **fields)
        self.message = str(self)
        self.position = position
        self.item = item


def _shown(item: str) -> str:
    return item if len(item) <= 24 else item[:21] + "..."


def parse_number(text: str) -> float:
    """Read one number typed in a box, by the app's one rule (see the module's docstring).

    Accepts "0.5", "-2.5e2", "1e-3", "\u22121" (a typographic minus) and "0,5" or "-0,25" (a
    decimal comma), each exactly. Raises NumberError for an empty box, a lone sign or point,
    words, nan and infinity, an ambiguous comma ("1,000"), a comma and a point together
    ("1,000.5"), and a magnitude above 1,000,000 (the limit of sequence values too).
    """
    if not isinstance(text, str):
        raise NumberError("a number must be text, not {type}", type=type(text).__name__)
    body = text.strip().translate(_MINUS_SIGNS)
    shown = _shown(text.strip())
    if not body:
        raise NumberError("the box is empty: type a number, e.g. 0.5")
    if _NOT_FINITE.fullmatch(body):
        raise NumberError('"{shown}" is not a finite number', shown=shown)
    if "," in body:
        whole, _, rest = body.partition(",")
        if "," in rest or "." in body or not _NUMBER.fullmatch(f"{whole}.{rest}"):
            raise NumberError(
                '"{shown}" is not a number: the decimal separator is a point and numbers '
                "have no thousands separators, e.g. 1234.5",
                shown=shown,
            )
        fraction = re.match(r"[0-9]*", rest).group()
        if len(fraction) == 3 and whole.lstrip("+-") not in ("", "0"):
            raise NumberError(
                '"{shown}" is ambiguous: the decimal separator is a point, so write '
                "{decimal} for the decimal number or {whole} for the whole number",
                shown=shown,
                decimal=f"{whole}.{rest}",
                whole=f"{whole}{rest}",
            )
        body = f"{whole}.{rest}"
    if not _NUMBER.fullmatch(body):
        raise NumberError('"{shown}" is not a number', shown=shown)
    value = float(body)
    if not abs(value) <= MAX_MAGNITUDE:
        raise NumberError(
            '"{shown}" is too large: numbers must lie between -1,000,000 and 1,000,000',
            shown=shown,
        )
    return value


def _decimal_comma_complaint(body: str) -> SequenceError | None:
    """Why a list's commas may be decimal commas, or None when they can only separate."""
    candidate = _DECIMAL_COMMA_ITEM.search(body)
    if candidate is None:  # "0.5,1.5" or "1e-3,2": the commas can only separate
        return None
    token = _shown(candidate.group())
    whole, _, rest = token.partition(",")
    if ";" in body:
        return SequenceError(
            '"{token}" has a comma inside a number in a list separated by semicolons; the '
            "decimal separator is a point: write {decimal}",
            token=token,
            decimal=f"{whole}.{rest}",
        )
    commas, digit_commas = body.count(","), len(_DIGIT_COMMA.findall(body))
    if commas != digit_commas or commas == 1 or len(body.split(maxsplit=1)) > 1:
        return SequenceError(
            '"{token}" is ambiguous; the decimal separator is a point: write {decimal} for '
            "one number, or {pair} (with a space) for two",
            token=token,
            decimal=f"{whole}.{rest}",
            pair=f"{whole}, {rest}",
        )
    return None  # "1,0,0,0": commas only, none spaced, more than one: a plain list


def parse_sequence(text: str) -> np.ndarray:
    """Read numbers separated by commas, semicolons or spaces into a float64 array.

    "1, 0, 0", "1 0 0", "0.5; -1" and " 1e-3 ,2 " are all accepted; so is one pair of
    surrounding brackets ("[1, 0, 0]"). Raises SequenceError naming the item and its 1-based
    position for a non-number, an empty item ("1,,0"), nan or infinity, a magnitude above
    1,000,000; and for an empty sequence or one of more than 10,000 items. A comma between two
    digits that may be a decimal comma ("0,5", "0,5; 1,5", "0,5, 1" or "0,5 1,5") is refused
    with advice; "1,0,0,0", commas alone with none spaced, is a plain list.
    """
    if not isinstance(text, str):
        raise SequenceError("the sequence must be text, not {type}", type=type(text).__name__)
    body = text.strip()
    if len(body) >= 2 and (body[0], body[-1]) in (("[", "]"), ("(", ")")):
        body = body[1:-1]
    if not body.strip():
        raise SequenceError("the sequence is empty: type numbers separated by commas, e.g. 1, 0, 0")
    complaint = _decimal_comma_complaint(body.translate(_MINUS_SIGNS))
    if complaint is not None:
        raise complaint

    items: list[str] = []
    pieces = _SEPARATOR.split(body)
    for index, piece in enumerate(pieces):
        words = piece.split()
        if not words:
            position = len(items) + 1
            if index == 0:
                raise SequenceError(
                    "item {position} is empty: there is nothing before the first comma or "
                    "semicolon",
                    position,
                    "",
                )
            if index == len(pieces) - 1:
                raise SequenceError(
                    "item {position} is empty: there is nothing after the last comma or semicolon",
                    position,
                    "",
                )
            raise SequenceError(
                "item {position} is empty: there is nothing between two commas or semicolons",
                position,
                "",
            )
        items.extend(words)
    if len(items) > MAX_ITEMS:
        raise SequenceError(
            "the sequence is too long: it has {count} numbers and at most {most} are allowed",
            count=f"{len(items):,}",
            most=f"{MAX_ITEMS:,}",
        )

    values = np.empty(len(items))
    for index, item in enumerate(items):
        position = index + 1
        plain = item.translate(_MINUS_SIGNS)
        if _NOT_FINITE.fullmatch(plain):
            raise SequenceError(
                'item {position}, "{shown}", is not a finite number',
                position,
                item,
                shown=_shown(item),
            )
        if not _NUMBER.fullmatch(plain):
            raise SequenceError(
                'item {position}, "{shown}", is not a number', position, item, shown=_shown(item)
            )
        value = float(plain)
        if not abs(value) <= MAX_MAGNITUDE:
            raise SequenceError(
                'item {position}, "{shown}", is too large: numbers must lie between -1,000,000 '
                "and 1,000,000",
                position,
                item,
                shown=_shown(item),
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
