"""The errors a student or teacher can cause with a file or a value: each carries a message in
plain words, shown as it is. Nothing here imports Qt."""

from __future__ import annotations


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the problem in plain words."""
