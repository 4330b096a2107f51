"""A teacher's passphrase on an exercise, kept as a salted hash: what a lesson file's
``"teacher_lock"`` holds, how it is checked, made and opened.

The file keeps ``{"salt": 32 hex digits, "hash": 64 hex digits}``: 16 random bytes from
``os.urandom`` and the 32-byte scrypt hash of the passphrase with that salt. The passphrase
itself is never stored. The cost of the hash (`SCRYPT_N`, `SCRYPT_R`, `SCRYPT_P`) is fixed here,
in the code: a lesson file may come from anyone, so nothing in it chooses how long a check
takes or how much memory it needs (one check: about a tenth of a second and 32 MiB).
Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import translate

__all__ = [
    "HASH_BYTES",
    "MIN_PASSPHRASE",
    "SALT_BYTES",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "TeacherLock",
    "teacher_lock_field",
]

#: scrypt's cost: CPU and memory (a power of two), block size, parallelism. Fixed in code.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: The memory scrypt may use: twice the 128·N·r bytes these costs need.
SCRYPT_MAXMEM = 2 * 128 * SCRYPT_N * SCRYPT_R
SALT_BYTES = 16
HASH_BYTES = 32
#: The shortest passphrase the teacher may set, and the longest one that is hashed.
MIN_PASSPHRASE = 4
MAX_PASSPHRASE = 1000

_HEX = {
    "salt": re.compile(f"[0-9a-f]{{{2 * SALT_BYTES}}}"),
    "hash": re.compile(f"[0-9a-f]{{{2 * HASH_BYTES}}}"),
}


def _derive(passphrase: str, salt: bytes) -> bytes:
    """The scrypt hash of ``passphrase`` (NFC-normalised UTF-8, so the same letters typed on
    another system give the same hash) with ``salt``, at the costs fixed above."""
    text = unicodedata.normalize("NFC", passphrase)[:MAX_PASSPHRASE]
    return hashlib.scrypt(
        text.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=HASH_BYTES,
    )


@dataclass(frozen=True)
class TeacherLock:
    """A passphrase's salt and scrypt hash; `opens_with` says whether a passphrase fits."""

    salt: bytes
    digest: bytes

    @classmethod
    def from_passphrase(cls, passphrase: str) -> TeacherLock:
        """A lock for ``passphrase`` with a fresh random salt."""
        salt = os.urandom(SALT_BYTES)
        return cls(salt=salt, digest=_derive(passphrase, salt))

    def opens_with(self, passphrase: str) -> bool:
        """True when ``passphrase`` is the one the lock was made with (compared in constant
        time)."""
        return hmac.compare_digest(_derive(passphrase, self.salt), self.digest)

    def to_json(self) -> dict[str, str]:
        return {"salt": self.salt.hex(), "hash": self.digest.hex()}


def teacher_lock_field(value: Any) -> TeacherLock:
    """The lock a file's ``"teacher_lock"`` holds: exactly a "salt" of 32 and a "hash" of 64
    lower-case hex digits. Anything else raises LessonError naming the field."""
    if (
        not isinstance(value, dict)
        or set(value) != set(_HEX)
        or not all(
            isinstance(value[key], str) and pattern.fullmatch(value[key])
            for key, pattern in _HEX.items()
        )
    ):
        raise LessonError(
            translate(
                "LessonFile",
                '"teacher_lock" must hold a "salt" of {salt} and a "hash" of {digest} '
                "hexadecimal digits (0-9, a-f), and nothing else",
            ).format(salt=2 * SALT_BYTES, digest=2 * HASH_BYTES)
        )
    return TeacherLock(salt=bytes.fromhex(value["salt"]), digest=bytes.fromhex(value["hash"]))
