"""A picture saved as a PNG file the way every file is saved
(`lstm_lab.core.files.write_replacing`): whole or not at all, a link kept a link."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap

from lstm_lab.core.files import WriteError, write_replacing


def save_png(
    picture: QImage | QPixmap, path: str | os.PathLike[str], *, error: type[Exception] = WriteError
) -> None:
    """``picture`` as a PNG file at ``path``; ``error`` (a `WriteError` unless named) says in
    one line which file could not be written and why."""

    def write(temporary: str) -> None:
        if not picture.save(temporary, "PNG"):
            raise WriteError(
                path,
                QCoreApplication.translate(
                    "pictures", "the picture could not be encoded or written"
                ),
            )

    write_replacing(path, write, what="a picture", error=error)
