"""Simplified and Traditional Chinese for the Tang poet. No Qt.

The Tang model learnt the traditional characters of its poems, and a student in Beijing types
simplified ones: 白日依山尽 would be read as 白日依山□. So a Chinese model reads every prompt
converted to traditional characters (`to_traditional`, OpenCC's ``s2t``), and the text is
shown in the reader's script: simplified (`to_simplified`, OpenCC's ``t2s``) or traditional.
What the model reads and writes stays traditional; only what is shown changes.

Conversion goes phrase by phrase where one simplified character stands for several traditional
ones (后 is 後 in 后来 and 后 in 皇后; 发 is 發 in 出发 and 髮 in 白发): at each place the longest
key of the table that matches, else the character as it is, as OpenCC converts. The table
(``resources/opencc/tang-script.json``) is made from OpenCC's dictionaries by
``tools/build_script_table.py``, so the app needs no OpenCC at run time; every entry keeps the
length of its text, so the n-th character of a text and of its conversion stand for each other.
It is made for the Tang model: phrases that hold none of its characters are left out, and the
few characters its texts write as typed more often than in OpenCC's traditional form stay as
typed (却, not 卻). What the model reads (`read_as`) also takes, where the traditional form is
not one of its characters, another form that is (捣 is 搗, which it never saw, or 擣).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from lstm_lab.resources import resource_bytes

SIMPLIFIED, TRADITIONAL = "simplified", "traditional"
SCRIPTS = (SIMPLIFIED, TRADITIONAL)
#: The languages whose readers read simplified characters (every other reads traditional).
SIMPLIFIED_LANGUAGES = ("zh_CN", "zh_SG")
TABLE_FILE = "opencc/tang-script.json"
TABLE_FORMAT = "lstm-lab-script-table"
TABLE_VERSION = 1
#: The parts of the table: characters made the ones the table knows, then each direction.
PARTS = ("normalize", "to_traditional", "to_simplified")

_log = logging.getLogger(__name__)


class Converter:
    """One direction of conversion: ``table`` maps a phrase or a character to its other form,
    ``normalize`` characters to the ones the table knows; ``longest`` is the length of the
    longest key that starts with each character (worked out from ``table`` if not given)."""

    def __init__(
        self,
        table: Mapping[str, str],
        longest: Mapping[str, int] | None = None,
        normalize: Mapping[str, str] | None = None,
    ):
        self._table = table
        self._normalize = {ord(key): value for key, value in (normalize or {}).items()}
        if longest is None:
            longest = longest_keys(table)
        self._longest = longest

    def convert(self, text: str) -> str:
        """``text`` converted: at each place the longest key that matches, else the
        character as it is. The result has the length of ``text``."""
        if self._normalize:
            text = text.translate(self._normalize)
        table, longest = self._table, self._longest
        out: list[str] = []
        k, end = 0, len(text)
        while k < end:
            span = min(longest.get(text[k], 0), end - k)
            for length in range(span, 0, -1):
                value = table.get(text[k : k + length])
                if value is not None:
                    out.append(value)
                    k += length
                    break
            else:
                out.append(text[k])
                k += 1
        return "".join(out)


def longest_keys(table: Iterable[str]) -> dict[str, int]:
    """The length of the longest key of ``table`` that starts with each character."""
    longest: dict[str, int] = {}
    for key in table:
        if len(key) > longest.get(key[0], 0):
            longest[key[0]] = len(key)
    return longest


@dataclass(frozen=True)
class Table:
    """Both directions of conversion, and for each simplified character that stands for
    several traditional ones all of them (OpenCC's candidates, ``alternatives``)."""

    to_traditional: Converter
    to_simplified: Converter
    alternatives: Mapping[str, str]


def read_table(data: bytes) -> Table:
    """The table file; ValueError says what is wrong.

    In the file (UTF-8 JSON) each part (`PARTS`) is ``{"keys": …, "values": …, "starts": …,
    "longest": […]}``: its keys and their values, each a string of the entries separated by
    spaces in the same order, and for each character that starts a key (``starts``, one
    string) the length of the longest such key; ``alternatives`` is ``{"keys": …, "values":
    …}``, a simplified character's traditional forms written one after another. Strings load
    much faster than JSON objects of 50,000 entries."""
    table = json.loads(data.decode("utf-8"))
    if not isinstance(table, dict) or table.get("format") != TABLE_FORMAT:
        raise ValueError(f"it is not a {TABLE_FORMAT} file")
    if table.get("version") != TABLE_VERSION:
        raise ValueError(f"its version is {table.get('version')!r}, not {TABLE_VERSION}")
    parts: dict[str, tuple[dict[str, str], dict[str, int]]] = {}
    for name in (*PARTS, "alternatives"):
        part = table.get(name)
        fields = ("keys", "values") if name == "alternatives" else ("keys", "values", "starts")
        if not isinstance(part, dict) or not all(isinstance(part.get(f), str) for f in fields):
            raise ValueError(f'its "{name}" is not {", ".join(fields)}')
        keys, values = part["keys"].split(" "), part["values"].split(" ")
        if len(keys) != len(values) or not all(keys):
            raise ValueError(f'its "{name}" has not one value for every key')
        if name == "alternatives":
            parts[name] = (dict(zip(keys, values, strict=True)), {})
            continue
        # Every value as long as its key: a text's n-th character stays its n-th.
        if list(map(len, keys)) != list(map(len, values)):
            raise ValueError(f'its "{name}" has a key and a value of different lengths')
        starts, longest = part["starts"], part.get("longest")
        if not isinstance(longest, list) or len(longest) != len(starts):
            raise ValueError(f'its "{name}" has no length for every start')
        parts[name] = (
            dict(zip(keys, values, strict=True)),
            dict(zip(starts, longest, strict=True)),
        )
    normalize = parts["normalize"][0]
    return Table(
        Converter(*parts["to_traditional"], normalize=normalize),
        Converter(*parts["to_simplified"], normalize=normalize),
        parts["alternatives"][0],
    )


def table_bytes(
    parts: Mapping[str, Mapping[str, str]], alternatives: Mapping[str, str], **info: Any
) -> bytes:
    """The table file of ``parts`` (name → key → value) and ``alternatives`` (a simplified
    character → its traditional forms, one string), with ``info`` (the source)."""
    table: dict[str, Any] = {"format": TABLE_FORMAT, "version": TABLE_VERSION, **info}
    for name in PARTS:
        entries = dict(sorted(parts[name].items()))
        longest = longest_keys(entries)
        table[name] = {
            "keys": " ".join(entries),
            "values": " ".join(entries.values()),
            "starts": "".join(longest),
            "longest": list(longest.values()),
        }
    entries = dict(sorted(alternatives.items()))
    table["alternatives"] = {"keys": " ".join(entries), "values": " ".join(entries.values())}
    return json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


@functools.cache
def _table() -> Table:
    """The shipped table, read once. One that cannot be read is logged in one line and
    nothing is converted (the app goes on)."""
    try:
        return read_table(resource_bytes(TABLE_FILE))
    except (OSError, ValueError) as error:  # json's and UTF-8's errors are ValueErrors
        _log.warning("The simplified-traditional table was not loaded (%s)", error)
        return Table(Converter({}), Converter({}), {})


def to_traditional(text: str) -> str:
    """``text`` in traditional characters (OpenCC's ``s2t``)."""
    return _table().to_traditional.convert(text)


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC's ``t2s``)."""
    return _table().to_simplified.convert(text)


def read_as(known: Container[str], typed: str) -> str:
    """What a model that ``known`` characters reads of ``typed`` (in either script): the text
    in traditional characters (`to_traditional`); where that gives a character the model does
    not know, the first of the typed character's other traditional forms that it knows, else
    the typed character itself if it knows it (捣 is 搗; a model that never saw 搗 reads 擣).
    As many characters as ``typed``."""
    read = to_traditional(typed)
    if all(ch in known for ch in read):
        return read
    alternatives = _table().alternatives
    out = list(read)
    for k, ch in enumerate(read):
        if ch not in known:
            typed_ch = typed[k]
            found = next((o for o in alternatives.get(typed_ch, "") + typed_ch if o in known), None)
            if found is not None:
                out[k] = found
    return "".join(out)


def in_script(text: str, script: str) -> str:
    """A Tang model's ``text`` (traditional) as shown in ``script``."""
    return to_simplified(text) if script == SIMPLIFIED else text


def script_of_language(language: str) -> str:
    """The script a reader of ``language`` reads: simplified for zh_CN (and zh_SG),
    traditional for every other language (English readers see the poems as written)."""
    return SIMPLIFIED if language in SIMPLIFIED_LANGUAGES else TRADITIONAL


def reads_chinese(model: Any) -> bool:
    """Whether ``model`` writes Chinese poems (its info says they are laid out as poems), so
    that a prompt is read in traditional characters and its text may be shown in either
    script. The Shakespeare model and a student's own text model are left as they are."""
    return model.info.get("layout") == "poem"


def unknown_of(known: Mapping[str, Any], typed: str, read: str) -> list[str]:
    """The characters of ``typed`` whose form in ``read`` (its conversion, character for
    character) is not ``known``, each once, in order."""
    seen: dict[str, None] = {}
    for ch, as_read in zip(typed, read, strict=True):
        if as_read not in known:
            seen[ch] = None
    return list(seen)
