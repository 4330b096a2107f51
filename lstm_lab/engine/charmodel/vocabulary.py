"""The symbols of a character model and the records it reads: the vocabulary (ids 0, 1, 2 are
the unknown symbol and the start and end markers, then the characters), a text cut into
records, each record as ids wrapped in START … END."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from lstm_lab.engine.messages import Phrase

UNKNOWN, START, END = 0, 1, 2
#: How the three special symbols are shown in text.
UNKNOWN_CHAR = "□"
MARKER_NAMES = ("unknown", "start", "end")
#: The one control character a vocabulary may hold: the line end, which records of several
#: lines (a speech, a verse) keep as a character.
LINE_END = "\n"
#: Bidirectional classes of the characters that embed, override or isolate the direction of
#: the text after them (U+202A–U+202E, U+2066–U+2069): they change how other text is shown.
_BIDI_CONTROLS = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def char_problem(ch: str) -> str | None:
    """Why ``ch`` cannot be a character of a vocabulary (in words, the character named by its
    code point), or None if it can. Refused: control characters other than the line end
    (they would drive a terminal), lone surrogates, line and paragraph separators other than
    the line end, direction overrides and isolates, and the non-characters (U+FDD0–U+FDEF
    and the last two code points of every plane)."""
    code = ord(ch)
    name = f"U+{code:04X}"
    category = unicodedata.category(ch)
    if ch == LINE_END:
        return None
    if category == "Cc":
        return Phrase("a control character ({code})", code=name)
    if category == "Cs":
        return Phrase("a lone surrogate ({code})", code=name)
    if category in ("Zl", "Zp"):
        return Phrase("a line or paragraph separator ({code})", code=name)
    if unicodedata.bidirectional(ch) in _BIDI_CONTROLS:
        return Phrase("a text direction control ({code})", code=name)
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return Phrase("a non-character ({code})", code=name)
    return None


@dataclass(frozen=True)
class Vocabulary:
    """The symbols of a model: ids 0, 1, 2 are unknown, start and end; then the characters."""

    chars: tuple[str, ...]
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {ch: k + 3 for k, ch in enumerate(self.chars)})

    def __len__(self) -> int:
        return len(self.chars) + 3

    def encode(self, text: str) -> np.ndarray:
        """The ids of ``text``'s characters (unknown characters → UNKNOWN), as int64."""
        get = self.index.get
        return np.fromiter((get(ch, UNKNOWN) for ch in text), dtype=np.int64, count=len(text))

    def symbol(self, token: int) -> str:
        """The character of id ``token``; the unknown symbol is □, the markers are empty."""
        if token >= 3:
            return self.chars[token - 3]
        return UNKNOWN_CHAR if token == UNKNOWN else ""

    def decode(self, tokens: Iterable[int]) -> str:
        return "".join(self.symbol(int(t)) for t in tokens)

    def unknown_in(self, text: str) -> list[str]:
        """The characters of ``text`` this vocabulary does not have, each once, in order."""
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in self.index:
                seen[ch] = None
        return list(seen)


def build_vocabulary(records: Sequence[str], max_chars: int | None = None) -> Vocabulary:
    """The ``max_chars`` most frequent characters of ``records`` (ties: by code point)."""
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(record)
    return vocabulary_from_counts(counts, max_chars)


def vocabulary_from_counts(counts: Counter[str], max_chars: int | None = None) -> Vocabulary:
    """The ``max_chars`` most frequent characters of ``counts`` (ties: by code point), leaving
    out those a model file may not hold (`char_problem`): they read as the unknown symbol, and
    a model trained on any text can be saved and opened again."""
    usable = ((ch, count) for ch, count in counts.items() if char_problem(ch) is None)
    ranked = sorted(usable, key=lambda item: (-item[1], item[0]))
    if max_chars is not None:
        ranked = ranked[:max_chars]
    return Vocabulary(tuple(sorted(ch for ch, _ in ranked)))


def split_records(text: str) -> list[str]:
    """A text's records: its parts between blank lines (a text without any is one record per
    line when its lines are short, else in pieces of about 2,000 characters)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    records = [part.strip("\n") for part in text.split("\n\n")]
    records = [part for part in records if part.strip()]
    if len(records) == 1 and len(records[0]) > 4000:
        lines = [line for line in records[0].split("\n") if line.strip()]
        if lines and max(len(line) for line in lines) <= 200 and len(lines) > 20:
            return lines
        whole = records[0]
        return [whole[k : k + 2000] for k in range(0, len(whole), 2000)]
    return records


def encode_records(vocabulary: Vocabulary, records: Sequence[str]) -> list[np.ndarray]:
    """Each record as ids wrapped in START … END."""
    out = []
    for record in records:
        ids = np.empty(len(record) + 2, dtype=np.int64)
        ids[0], ids[-1] = START, END
        ids[1:-1] = vocabulary.encode(record)
        out.append(ids)
    return out
