"""Reading a file a student or teacher chose, and writing one: whole, or one plain message.

Lesson files, a teacher's series (CSV) and a student's text for the poetry model are all read
this way; each caller names what the file should be and how large it may be.

Every file the app saves for a student or teacher (lessons, exports, worksheets, models,
screenshots) is written by `write_replacing`: under a short temporary name in the folder of
the real file, then renamed over it, so the file is always the old one or the whole new one.
A symbolic link stays a link (the file it points to gets the content), a file keeps its
permissions, and a folder, pipe or device at the target is refused without being opened.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

from lstm_lab.core.errors import tidy_message
from lstm_lab.core.i18n import translate

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
#: A temporary file is named ``.lstm-lab-<8 hex digits>.tmp``: 22 characters, so any name a
#: folder takes (up to 255 bytes) can be saved, and one left behind is recognisable.
TEMPORARY_PREFIX = ".lstm-lab-"
TEMPORARY_SUFFIX = ".tmp"
TEMPORARY_NAME = re.compile(r"\.lstm-lab-[0-9a-f]{8}\.tmp")
#: A temporary file older than this is what a save that was killed left behind; the next save
#: in its folder removes it (a save in progress is never this old).
STALE_SECONDS = 3600


def readable_stem(*parts: str, limit: int = 80) -> str:
    """A file name stem of words from ``parts``, lower case and joined by hyphens, for a name
    a person reads: ("A single pulse", "Cell diagram") gives "a-single-pulse-cell-diagram".
    Letters of any script are kept; "" when no part has a letter or digit."""
    words = "-".join(re.sub(r"[\W_]+", "-", part.casefold()).strip("-") for part in parts)
    words = re.sub(r"-{2,}", "-", words).strip("-")
    return words[:limit].rstrip("-")


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
        raise error(_folder_message(name, what)) from None
    except OSError as problem:
        raise error(_unreadable_message(name, problem)) from None
    try:
        kind = os.fstat(handle)
        if stat.S_ISDIR(kind.st_mode):
            raise error(_folder_message(name, what))
        if not stat.S_ISREG(kind.st_mode):
            raise error(
                translate(
                    "Files", "{file}: this is not a file but a pipe or device, not {what}"
                ).format(file=name, what=what)
            )
        if kind.st_size > max_bytes:
            raise error(
                translate(
                    "Files",
                    "{file}: the file is {size} MB, too large for {what} (at most {limit} MB)",
                ).format(
                    file=name,
                    size=f"{kind.st_size / 1e6:.1f}",
                    what=what,
                    limit=f"{max_bytes / 1e6:.0f}",
                )
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        with os.fdopen(handle, "rb", closefd=False) as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as problem:
        raise error(_unreadable_message(name, problem)) from None
    finally:
        os.close(handle)
    if len(raw) > max_bytes:  # it grew while it was read
        raise error(
            translate(
                "Files", "{file}: the file is too large for {what} (at most {limit} MB)"
            ).format(file=name, what=what, limit=f"{max_bytes / 1e6:.0f}")
        )
    return raw


def _folder_message(name: str, what: str) -> str:
    return translate("Files", "{file}: this is a folder, not {what}").format(file=name, what=what)


def _unreadable_message(name: str, problem: OSError) -> str:
    return translate("Files", "{file}: cannot be read ({reason})").format(
        file=name, reason=problem.strerror or problem
    )


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
            translate(
                "Files",
                "{file}: it is not {what} (not UTF-8 text; save it as UTF-8 and open it again)",
            ).format(file=path.name, what=what)
        ) from None


# ---------------------------------------------------------------------- writing
class WriteError(OSError):
    """A file could not be written. ``str()`` is one line naming the file and the reason;
    ``strerror`` is the reason alone and ``filename`` the path that was asked for."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int | None = None):
        super().__init__(code, reason, os.fspath(path))
        self.message = tidy_message(
            translate("Files", "{file} cannot be written: {reason}").format(
                file=_name(path), reason=reason
            )
        )

    def __str__(self) -> str:
        return self.message


def write_replacing(
    path: str | os.PathLike[str],
    write: Callable[[str], None],
    *,
    what: str = "a file",
    error: type[Exception] = WriteError,
) -> None:
    """Save a file by calling ``write(temporary)``, which writes the whole content at the
    path ``temporary``, then put that file in the place of ``path`` in one step.

    - A symbolic link at ``path`` is followed: the file it points to is replaced and the link
      stays. A folder, pipe, device or socket there is refused without being opened.
    - The temporary file sits in the real file's folder under a short name; it is flushed to
      the disk and given the old file's permission bits (and group, where allowed) before the
      rename. A new file gets what any new file gets there (the umask and the folder's rules).
    - On any failure, an interruption too, the temporary file is removed and the file at
      ``path`` is what it was. ``error`` is raised (a `WriteError` unless the caller names
      another) with one line naming the file and the reason; ``write`` reports a failure by
      raising OSError or ``error``. Any other exception is a fault and passes on unchanged.
    """

    def failed(reason: str, code: int | None = None) -> Exception:
        return _failure(error, path, reason, code)

    real = os.path.realpath(path)
    folder = os.path.dirname(real)
    try:
        before = os.stat(real)
    except FileNotFoundError:
        before = None
    except OSError as problem:  # a loop of links, a folder that cannot be searched
        raise failed(_reason(problem), problem.errno) from None
    if before is not None and not stat.S_ISREG(before.st_mode):
        if stat.S_ISDIR(before.st_mode):
            raise failed(translate("Files", "it is a folder, not {what}").format(what=what))
        raise failed(
            translate("Files", "it is a pipe, device or socket, not {what}").format(what=what)
        )
    try:
        temporary = _new_temporary(folder, before)
    except OSError as problem:
        raise failed(_reason(problem), problem.errno) from None
    try:
        write(temporary)
        _settle(temporary, before)
        os.replace(temporary, real)
    except BaseException as problem:
        _remove(temporary)
        if isinstance(problem, OSError):
            raise failed(_reason(problem), problem.errno) from problem
        if isinstance(problem, error):
            raise failed(str(problem)) from problem
        raise
    _sync_folder(folder)
    remove_stale_temporaries(folder)


def write_bytes_replacing(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    what: str = "a file",
    error: type[Exception] = WriteError,
) -> None:
    """``data`` saved at ``path`` as `write_replacing` saves."""

    def write(temporary: str) -> None:
        with open(temporary, "wb") as stream:
            stream.write(data)

    write_replacing(path, write, what=what, error=error)


def write_text_replacing(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    what: str = "a file",
    error: type[Exception] = WriteError,
) -> None:
    """``text`` saved at ``path`` as `write_replacing` saves, its line ends as they are."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # e.g. half of a surrogate pair, read from a JSON escape
        raise _failure(
            error,
            path,
            translate(
                "Files", "the text holds characters that cannot be written as {encoding}"
            ).format(encoding=encoding),
        ) from None
    write_bytes_replacing(path, data, what=what, error=error)


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files that saves killed in ``folder`` left behind: regular files
    of this user named exactly as `write_replacing` names them and older than
    `STALE_SECONDS`. Returns the names removed; nothing else is touched, and a file that
    cannot be looked at or removed is left."""
    removed = []
    limit = time.time() - STALE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not TEMPORARY_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > limit:
                continue
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                continue
            os.remove(entry.path)
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def _new_temporary(folder: str, before: os.stat_result | None) -> str:
    """A new, empty file in ``folder`` with a name no other file has. It is made with the
    old file's permissions (and its owner's reading and writing, to write it), or those of any
    new file (the umask applies either way): it is never open to more people than the file it
    becomes."""
    mode = (stat.S_IMODE(before.st_mode) & 0o777 | 0o600) if before is not None else 0o666
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(100):
        name = os.path.join(folder, f"{TEMPORARY_PREFIX}{os.urandom(4).hex()}{TEMPORARY_SUFFIX}")
        try:
            os.close(os.open(name, flags, mode))
        except FileExistsError:
            continue
        return name
    raise FileExistsError(17, "no free name for a temporary file")


def _settle(temporary: str, before: os.stat_result | None) -> None:
    """Give the written file the old file's permission bits and group, then flush it to the
    disk so the rename never puts an empty or partial file in place."""
    handle = os.open(temporary, os.O_RDWR | _BINARY | getattr(os, "O_NOFOLLOW", 0))
    try:
        if before is not None:
            if hasattr(os, "fchown") and os.fstat(handle).st_gid != before.st_gid:
                try:
                    os.fchown(handle, -1, before.st_gid)
                except OSError:
                    pass  # not a member of that group: the folder's rules decide
            if hasattr(os, "fchmod"):
                os.fchmod(handle, stat.S_IMODE(before.st_mode) & 0o777)
            else:
                os.chmod(temporary, stat.S_IMODE(before.st_mode) & 0o777)
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: str) -> None:
    """Flush the folder's entry for the renamed file (where the system allows it)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _failure(
    error: type[Exception], path: str | os.PathLike[str], reason: str, code: int | None = None
) -> Exception:
    """``error`` with the one-line message of a file that cannot be written."""
    if issubclass(error, WriteError):
        return error(path, reason, code)
    return error(WriteError(path, reason, code).message)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _name(path: str | os.PathLike[str]) -> str:
    path = Path(path)
    return path.name or str(path)


def _reason(problem: OSError) -> str:
    return problem.strerror or str(problem) or type(problem).__name__
