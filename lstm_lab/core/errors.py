"""The errors a student or teacher can cause with a file or a value: each carries a message in
plain words, shown as it is. Nothing here imports Qt."""

from __future__ import annotations


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the problem in plain words."""


#: A message about a file is at most this long: a value it repeats is cut.
MAX_MESSAGE = 400


def tidy_message(text: str) -> str:
    """One line of at most `MAX_MESSAGE` characters, control characters written as escapes: a
    message may repeat a value from someone else's file."""
    shown = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text[: MAX_MESSAGE * 2]
    )
    return shown if len(shown) <= MAX_MESSAGE else shown[: MAX_MESSAGE - 1] + "…"
