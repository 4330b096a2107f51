"""The form of Chinese poems a model writes, counted: half-lines of five characters, half-lines
per poem, lines copied from the corpus, and rhyme. No Qt.

A poem of the Tang corpus is 4 or 8 half-lines of five characters, each ending in punctuation
(，。？！；), two to a line; its even half-lines (the 2nd, 4th, …) end in characters that rhyme.

- `form_statistics` counts the form of some texts (`Written`: a text and whether it ended with
  the end marker): the half-lines that ended (a punctuation mark closes them) and how many have
  five characters; for the texts that ended, how many half-lines each had (2, 4, 6, 8 or
  other: a poem that ends inside a half-line is "other"); and how many of its half-lines and
  lines (couplets, ending in 。？！) are word for word in the corpus (`CorpusLines`).
- `RhymeTable` says which characters rhyme as the corpus uses them: two characters rhyme if
  one poem of the training records ends its even half-lines with both (or they are the same
  character). `rhyme_statistics` counts how often neighbouring rhyme places rhyme in poems of
  eight half-lines, and how often they would by chance (the same rhyme characters paired at
  random).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_lab.lessons.poetry.textdata import corpus_records, half_lines

#: The half-line counts `form_statistics` tells apart; any other is "other".
SHAPES = (2, 4, 6, 8)
#: The punctuation that ends a line of a poem, and the one that ends a half-line inside it.
_LINE_ENDS = re.compile("[。？！]")
_INSIDE_LINE = re.compile("[，；]")


@dataclass(frozen=True)
class Written:
    """A text a model wrote (with its prompt) and whether the model ended it."""

    text: str
    ended: bool


@dataclass(frozen=True)
class CorpusLines:
    """The half-lines and the lines (without punctuation) of a corpus, to tell a copy."""

    half_lines: frozenset[str]
    lines: frozenset[str]

    @classmethod
    def of(cls, records: Iterable[str]) -> CorpusLines:
        # Records of one line that end in 。？！ (all the shipped poems) are read joined: a
        # half-line or a line never runs from one into the next.
        joined, others = [], []
        for record in records:
            (joined if "\n" not in record and record[-1:] in "。？！" else others).append(record)
        text = "".join(joined)
        halves = set(half_lines(text)[0])
        lines = set(_bare_lines(text))
        for record in others:
            halves.update(half_lines(record)[0])
            lines.update(_bare_lines(record))
        return cls(frozenset(halves), frozenset(lines))


@functools.cache
def corpus_lines(name: str) -> CorpusLines:
    """The half-lines and lines of a shipped corpus (read once: about half a second for the
    Tang poems)."""
    return CorpusLines.of(corpus_records(name))


def _bare_lines(text: str) -> list[str]:
    """The lines of ``text`` that ended (in 。？！; a line end also ends a line), without
    their punctuation: the lines of `poem_lines` that end in 。？！, their half-lines
    joined."""
    lines = []
    for part in text.split("\n"):
        lines += _LINE_ENDS.split(_INSIDE_LINE.sub("", part))[:-1]
    return lines


@dataclass(frozen=True)
class FormStats:
    """What `form_statistics` counted (see the module)."""

    texts: int
    half_lines: int
    five: int
    shapes: dict[str, int]  # "2", "4", "6", "8", "other" → poems that ended so
    copied_half_lines: int
    lines: int
    copied_lines: int

    @property
    def poems(self) -> int:
        """Texts that ended."""
        return sum(self.shapes.values())

    @property
    def five_share(self) -> float:
        return self.five / self.half_lines if self.half_lines else 0.0

    def shape_share(self, *counts: int | str) -> float:
        """The share of poems (texts that ended) with one of ``counts`` half-lines."""
        if not self.poems:
            return 0.0
        return sum(self.shapes[str(count)] for count in counts) / self.poems


def shape_of(text: str) -> str:
    """ "2", "4", "6" or "8": the half-lines of a poem that ended; else "other"."""
    done, rest = half_lines(text)
    return str(len(done)) if len(done) in SHAPES and not rest.strip() else "other"


def form_statistics(written: Iterable[Written], corpus: CorpusLines | None = None) -> FormStats:
    """The form of ``written`` (see the module); copies are counted when ``corpus`` is given."""
    shapes = {str(count): 0 for count in SHAPES} | {"other": 0}
    texts = halves = five = copied_halves = lines = copied_lines = 0
    for item in written:
        texts += 1
        done, _ = half_lines(item.text)
        halves += len(done)
        five += sum(len(half) == 5 for half in done)
        bare = _bare_lines(item.text)
        lines += len(bare)
        if corpus is not None:
            copied_halves += sum(half in corpus.half_lines for half in done)
            copied_lines += sum(line in corpus.lines for line in bare)
        if item.ended:
            shapes[shape_of(item.text)] += 1
    return FormStats(texts, halves, five, shapes, copied_halves, lines, copied_lines)


def rhyme_characters(text: str) -> list[str]:
    """The last characters of the even half-lines (the 2nd, 4th, …) of a poem."""
    return [half[-1] for half in half_lines(text)[0][1::2] if half]


class RhymeTable:
    """Which characters rhyme as the corpus uses them (see the module)."""

    def __init__(self, records: Iterable[str]) -> None:
        self.pairs: set[tuple[str, str]] = set()
        for record in records:
            ends = sorted(set(rhyme_characters(record)))
            self.pairs.update(itertools.combinations(ends, 2))

    def rhyme(self, first: str, second: str) -> bool:
        return first == second or (min(first, second), max(first, second)) in self.pairs

    def whole_poem(self, ends: Sequence[str]) -> bool:
        """Every two of the rhyme characters ``ends`` rhyme."""
        return all(self.rhyme(a, b) for a, b in itertools.combinations(ends, 2))


@dataclass(frozen=True)
class RhymeStats:
    """Poems of eight half-lines: how many rhyme throughout, how many neighbouring rhyme
    places (2nd–4th, 4th–6th, 6th–8th half-line) there are and rhyme, and the share that
    would rhyme with the same rhyme characters paired at random (``chance``)."""

    poems: int
    rhyming_poems: int
    pairs: int
    rhyming_pairs: int
    chance: float

    @property
    def pair_share(self) -> float:
        return self.rhyming_pairs / self.pairs if self.pairs else 0.0


def rhyme_statistics(
    texts: Iterable[str], table: RhymeTable, seed: int = 0, shuffles: int = 20
) -> RhymeStats:
    """Rhyme in the texts of exactly eight half-lines among ``texts`` (see `RhymeStats`); the
    chance is the mean over ``shuffles`` random pairings (``seed``)."""
    poems = [rhyme_characters(text) for text in texts if shape_of(text) == "8"]
    pairs = [(a, b) for ends in poems for a, b in itertools.pairwise(ends)]
    rhyming = sum(table.rhyme(a, b) for a, b in pairs)
    whole = sum(table.whole_poem(ends) for ends in poems)
    pool = [ch for ends in poems for ch in ends]
    cuts = np.cumsum([len(ends) for ends in poems])[:-1]
    rng = np.random.default_rng(seed)
    chance = []
    for _ in range(shuffles if pairs else 0):
        shuffled = np.split(np.array(pool)[rng.permutation(len(pool))], cuts)
        paired = [table.rhyme(a, b) for row in shuffled for a, b in itertools.pairwise(row)]
        chance.append(sum(paired) / len(paired))
    return RhymeStats(len(poems), whole, len(pairs), rhyming, float(np.mean(chance or [0.0])))
