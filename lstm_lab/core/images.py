"""Pictures a lesson carries inside its file: PNG images, checked before anything decodes them.

A lesson never names a picture by path or address (that would make the app read whatever the
author chose, see `lstm_lab.core.safe_text`); a teacher's picture travels in the file itself,
under ``"images"``, as base64 PNG data, and the text shows it with
``![what it shows](lesson-image:NAME)``. Each picture is checked here, without decoding its
pixels: a PNG signature, a header within `MAX_SIDE` pixels a side (a small file cannot claim a
picture that takes gigabytes to decode), at most `MAX_IMAGE_BYTES`, at most `MAX_IMAGES`.
Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import zlib
from collections.abc import Mapping
from typing import Any

from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import translate

#: The address scheme of a picture carried by the lesson: ``lesson-image:NAME``.
SCHEME = "lesson-image"
MAX_IMAGES = 8
MAX_IMAGE_BYTES = 1_000_000
MAX_SIDE = 2000
#: A picture's name: letters, digits, "-" and "_".
NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes, where: str | None = None) -> tuple[int, int]:
    """Width and height from a PNG's header; LessonError when ``data`` is no PNG, a damaged
    one, or larger than `MAX_SIDE` a side. ``where`` names the picture in the message ("the
    picture" when None)."""
    where = translate("LessonFile", "the picture") if where is None else where
    if len(data) > MAX_IMAGE_BYTES:
        raise LessonError(
            translate(
                "LessonFile", "{where} is {size} MB; a lesson's picture may have at most {limit} MB"
            ).format(
                where=where, size=f"{len(data) / 1e6:.1f}", limit=f"{MAX_IMAGE_BYTES / 1e6:.0f}"
            )
        )
    if not data.startswith(PNG_SIGNATURE) or len(data) < 33:
        raise LessonError(translate("LessonFile", "{where} is not a PNG image").format(where=where))
    length, chunk = struct.unpack(">I4s", data[8:16])
    header = data[16:29]
    if chunk != b"IHDR" or length != 13:
        raise LessonError(
            translate("LessonFile", "{where} is a damaged PNG image (no header)").format(
                where=where
            )
        )
    (crc,) = struct.unpack(">I", data[29:33])
    if zlib.crc32(data[12:29]) != crc:
        raise LessonError(
            translate(
                "LessonFile", "{where} is a damaged PNG image (its header does not check out)"
            ).format(where=where)
        )
    width, height = struct.unpack(">II", header[:8])
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise LessonError(
            translate(
                "LessonFile",
                "{where} is {width} × {height} pixels; a lesson's picture may have at most "
                "{limit} a side",
            ).format(where=where, width=width, height=height, limit=MAX_SIDE)
        )
    return width, height


def images_field(value: Any) -> dict[str, bytes]:
    """The ``"images"`` of a lesson file: names to PNG bytes, each checked by `png_size`."""
    if not isinstance(value, Mapping):
        raise LessonError(translate("LessonFile", '"images" must be a set of named pictures'))
    if len(value) > MAX_IMAGES:
        raise LessonError(
            translate(
                "LessonFile", '"images" holds {count} pictures; a lesson may have {limit}'
            ).format(count=len(value), limit=MAX_IMAGES)
        )
    images: dict[str, bytes] = {}
    for name, encoded in value.items():
        if not NAME.fullmatch(name):
            raise LessonError(
                translate(
                    "LessonFile",
                    '"images": a picture\'s name may hold only letters, digits, "-" and "_" '
                    "(at most 40)",
                )
            )
        if not isinstance(encoded, str) or len(encoded) > 2 * MAX_IMAGE_BYTES:
            raise LessonError(
                translate(
                    "LessonFile", '"images": the picture "{name}" must be base64 PNG data'
                ).format(name=name)
            )
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise LessonError(
                translate("LessonFile", '"images": the picture "{name}" is not base64 data').format(
                    name=name
                )
            ) from None
        png_size(data, translate("LessonFile", 'the picture "{name}"').format(name=name))
        images[name] = data
    return images


def images_to_json(images: Mapping[str, bytes]) -> dict[str, str]:
    return {name: base64.b64encode(data).decode("ascii") for name, data in images.items()}


def free_name(images: Mapping[str, bytes], wanted: str) -> str:
    """A picture name from ``wanted`` (a file's stem) that is not taken yet."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", wanted).strip("-")[:32] or "picture"
    name, number = base, 2
    while name in images:
        name, number = f"{base}-{number}", number + 1
    return name
