"""Reading a file a student or teacher chose: whole, as UTF-8 text, or one plain message.

Lesson files, a teacher's series (CSV) and a student's text for the poetry model are all read
this way; each caller names what the file should be and how large it may be.
"""

from __future__ import annotations

import os
from pathlib import Path


def read_user_text(
    path: str | os.PathLike[str],
    *,
    what: str,
    max_bytes: int,
    error: type[Exception] = ValueError,
) -> str:
    """The file's text (a UTF-8 byte-order mark dropped). ``error`` is raised with a message
    that starts with the file's name: a folder, too large, unreadable, or not UTF-8 text."""
    path = Path(path)
    try:
        if path.is_dir():
            raise error(f"{path.name}: this is a folder, not {what}")
        size = path.stat().st_size
        if size > max_bytes:
            raise error(
                f"{path.name}: the file is {size / 1e6:.1f} MB, too large for {what} "
                f"(at most {max_bytes / 1e6:.0f} MB)"
            )
        raw = path.read_bytes()
    except OSError as problem:
        raise error(f"{path.name}: cannot be read ({problem.strerror or problem})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(
            f"{path.name}: it is not {what} (not UTF-8 text; save it as UTF-8 and open it again)"
        ) from None
