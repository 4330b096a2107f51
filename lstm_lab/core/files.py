"""Reading a file a student or teacher chose: whole, as UTF-8 text, or one plain message.

Lesson files, a teacher's series (CSV) and a student's text for the poetry model are all read
this way; each caller names what the file should be and how large it may be.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def read_user_bytes(
    path: str | os.PathLike[str],
    *,
    what: str,
    max_bytes: int,
    error: type[Exception] = ValueError,
) -> bytes:
    """The whole file, if it is a regular file of at most ``max_bytes``. ``error`` is raised
    with a message that starts with the file's name: a folder, a pipe or device (whose reading
    could wait or run for ever), too large, or unreadable. The size is checked before reading,
    and no more than ``max_bytes`` are read whatever the file claims."""
    path = Path(path)
    name = path.name or str(path)
    try:
        # Opened without waiting: a pipe with no writer must not hang the app.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
    except IsADirectoryError:
        raise error(f"{name}: this is a folder, not {what}") from None
    except OSError as problem:
        raise error(f"{name}: cannot be read ({problem.strerror or problem})") from None
    try:
        kind = os.fstat(handle)
        if stat.S_ISDIR(kind.st_mode):
            raise error(f"{name}: this is a folder, not {what}")
        if not stat.S_ISREG(kind.st_mode):
            raise error(f"{name}: this is not a file but a pipe or device, not {what}")
        if kind.st_size > max_bytes:
            raise error(
                f"{name}: the file is {kind.st_size / 1e6:.1f} MB, too large for {what} "
                f"(at most {max_bytes / 1e6:.0f} MB)"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        with os.fdopen(handle, "rb", closefd=False) as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as problem:
        raise error(f"{name}: cannot be read ({problem.strerror or problem})") from None
    finally:
        os.close(handle)
    if len(raw) > max_bytes:  # it grew while it was read
        raise error(f"{name}: the file is too large for {what} (at most {max_bytes / 1e6:.0f} MB)")
    return raw


def read_user_text(
    path: str | os.PathLike[str],
    *,
    what: str,
    max_bytes: int,
    error: type[Exception] = ValueError,
) -> str:
    """The file's text (a UTF-8 byte-order mark dropped), read as `read_user_bytes` reads;
    ``error`` also when it is not UTF-8 text."""
    path = Path(path)
    raw = read_user_bytes(path, what=what, max_bytes=max_bytes, error=error)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(
            f"{path.name}: it is not {what} (not UTF-8 text; save it as UTF-8 and open it again)"
        ) from None
