"""A smaller ICU data library for the Linux bundle.

Qt's Linux libraries link ICU, whose data library (libicudata.so.NN, 32 MB) holds converters for
legacy encodings and the names of languages, currencies, units and time zones in every locale.
Qt formats numbers and dates from its own locale tables; from ICU it needs the Unicode
properties, normalisation, IDNA, locale IDs and root collation. This module copies the data
package inside the library, keeps those items and English, and links a replacement library of
the same name with the one symbol ICU looks for. It needs readelf and a C compiler; without them
the spec keeps the full library.

The data package ("CmnD"): a data header, a table of contents (count, then name and data offsets
relative to the table's start, names sorted), the names, then each item 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# Locale bundles kept (the app's texts are English; root is every locale's fallback).
KEPT_LOCALES = {"root", "en", "en_US", "en_US_POSIX", "en_001", "en_GB"}
# Folders of per-locale data (collation, display names, break rules, spelled-out numbers) of
# which only KEPT_LOCALES and the shared files stay.
LOCALE_FOLDERS = {"coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr"}
# Dropped whole: transliterators, dictionaries for word breaks in Chinese, Japanese, Thai, Lao,
# Khmer and Burmese, converters for legacy encodings, and Unicode character names.
DROPPED_FOLDERS = {"translit"}
DROPPED_SUFFIXES = (".cnv", ".dict")
DROPPED_FILES = {"unames.icu", "confusables.cfu"}
_LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
SHARED_ITEMS = {"res_index", "pool"}  # the list of locales and the shared key pool


def keep_item(name: str) -> bool:
    """Whether a data item (e.g. "icudt73l/coll/root.res") stays in the trimmed package."""
    parts = name.split("/")[1:]  # drop the package name
    filename = parts[-1]
    stem = filename.rsplit(".", 1)[0]
    if len(parts) > 1:
        folder = parts[0]
        if folder in DROPPED_FOLDERS or filename.endswith(DROPPED_SUFFIXES):
            return False
        if folder in LOCALE_FOLDERS:
            return stem in KEPT_LOCALES | SHARED_ITEMS or not _LOCALE_NAME.fullmatch(stem)
        return True
    if filename in DROPPED_FILES or filename.endswith(DROPPED_SUFFIXES):
        return False
    if filename.endswith(".res") and _LOCALE_NAME.fullmatch(stem):
        return stem in KEPT_LOCALES | SHARED_ITEMS
    return True


def read_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The data header and the (name, data) items of a common data package."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``items`` (kept in their sorted order)."""
    count = len(items)
    names = b""
    name_offsets = []
    for name, _data in items:
        name_offsets.append(4 + 8 * count + len(names))
        names += name.encode("ascii") + b"\0"
    body_start = 4 + 8 * count + len(names)
    padding = (-(len(header) + body_start)) % 16
    offset = body_start + padding
    data_offsets = []
    chunks = []
    for _name, data in items:
        data_offsets.append(offset)
        chunk = data + b"\0" * ((-len(data)) % 16)
        chunks.append(chunk)
        offset += len(chunk)
    toc = struct.pack("<I", count) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return header + toc + names + b"\0" * padding + b"".join(chunks)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, virtual address, size) of the icudtNN_dat symbol."""
    listing = subprocess.run(
        ["readelf", "-sW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            return fields[7], int(fields[1], 16), int(fields[2], 0)
    raise ValueError(f"no ICU data symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    listing = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    pattern = re.compile(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)")
    for line in listing.splitlines():
        match = pattern.match(line)
        if match:
            start, offset, size = (int(group, 16) for group in match.groups())
            if start <= address < start + size:
                return address - start + offset
    raise ValueError(f"address {address:#x} is in no section of {library}")


def trim_library(library: Path, out_dir: Path) -> Path | None:
    """A trimmed copy of ``library`` in ``out_dir`` (same file name), or None if it cannot be
    built here (no readelf or C compiler, or an unexpected library)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("readelf") is None:
        return None
    try:
        symbol, address, size = _symbol(library)
        start = _file_offset(library, address)
        with library.open("rb") as stream:
            stream.seek(start)
            package = stream.read(size)
        header, items = read_items(package)
    except (OSError, ValueError, subprocess.CalledProcessError):
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    data_file = out_dir / f"{symbol}.dat"
    data_file.write_bytes(write_package(header, [item for item in items if keep_item(item[0])]))
    source = out_dir / f"{symbol}.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{data_file.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = out_dir / library.name
    built = subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(output),
            source.name,
        ],
        cwd=out_dir,
        capture_output=True,
    )
    return output if built.returncode == 0 and output.exists() else None
