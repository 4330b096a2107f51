"""The held-out poems a shipped model is measured on, and what it is measured by. No Qt.

`held_out_split` cuts a corpus as `tools/train_charmodel.py` does (a random 2 % of the records
held out, the rest for training), then drops from the held-out part every record that the
training part holds too, exactly or nearly, so the held-out loss is measured on text the model
never read:

- an **exact duplicate** is the same record;
- a **near duplicate** has more than half of its lines (`units`: the half-lines of a poem,
  without their punctuation; the lines of any other text) each equal to a line of one and the
  same training record, or different from it in one character at the same place (a variant
  character, as the collection often has for a poem it holds twice).

In the Tang corpus a held-out poem shares with its closest training poem either at most a
quarter of its half-lines (a stock phrase) or at least five of eight, three of four (the same
poem): the rule sits in that gap.

`loss_figures` gives a model's held-out loss per symbol (a character, a punctuation mark or
the end of a record, each predicted once) and per character of the text that counts
(`counts_as_character`: for Chinese poems the Chinese characters, without the punctuation),
which is the whole loss of a record divided by its characters. `bigram_for` fits the bigram
model (`lstm_lab.engine.charmodel.bigram`) the lesson compares with on the same training part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_lab.engine.charmodel import (
    Bigram,
    CharModel,
    Sampler,
    Vocabulary,
    choose_k,
    encode_records,
    fit_bigram,
    record_loss,
)
from lstm_lab.lessons.poetry.textdata import half_lines

#: One record in this many is held out (at least one is).
HELD_OUT_EVERY = 50
#: A stand-in for "any character" in the keys of lines one character apart.
_ANY = "\x00"


@dataclass(frozen=True)
class HeldOutSplit:
    """A corpus cut into training and held-out records; ``exact`` and ``near`` are the
    held-out records dropped as duplicates of training records."""

    train: list[str]
    held_out: list[str]
    exact: list[str]
    near: list[str]

    @property
    def drawn(self) -> int:
        """Held-out records drawn, before duplicates were dropped."""
        return len(self.held_out) + len(self.exact) + len(self.near)


def units(record: str, layout: str) -> list[str]:
    """The lines a near duplicate is judged by: a poem's half-lines without punctuation
    (layout "poem"), or the non-empty lines of any other text."""
    if layout == "poem":
        done, rest = half_lines(record)
        return [*done, rest] if rest else done
    return [line for line in record.split("\n") if line.strip()]


def _keys(line: str) -> Iterable[str]:
    """The line, and the line with each of its characters in turn replaced by `_ANY`: two
    lines of one length share a key exactly when they differ in at most one place."""
    yield line
    for k in range(len(line)):
        yield line[:k] + _ANY + line[k + 1 :]


def near_shares(train: Sequence[str], candidates: Sequence[str], layout: str) -> list[float]:
    """For each of ``candidates``: the largest share of its lines that are each equal to, or
    one character from, a line of one and the same training record (0 when it has no
    lines). The candidates' lines are indexed, the training records read once."""
    lines = [units(record, layout) for record in candidates]
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for number, found in enumerate(lines):
        for place, line in enumerate(found):
            for key in _keys(line):
                index[key].append((number, place))
    best = [0] * len(candidates)
    for record in train:
        matched: dict[int, set[int]] = defaultdict(set)
        for line in units(record, layout):
            for key in _keys(line):
                for number, place in index.get(key, ()):
                    matched[number].add(place)
        for number, places in matched.items():
            best[number] = max(best[number], len(places))
    return [count / len(found) if found else 0.0 for count, found in zip(best, lines, strict=True)]


def is_near(share: float) -> bool:
    """More than half of the lines repeat those of one training record (see the module)."""
    return share > 0.5


def held_out_split(
    records: Sequence[str], rng: np.random.Generator, layout: str = "poem"
) -> HeldOutSplit:
    """The records cut as the shipped models were trained: ``rng`` orders them at random (one
    permutation drawn), the first one in `HELD_OUT_EVERY` are held out, the rest trained on; then
    the held-out records that repeat a training record exactly or nearly are dropped."""
    order = rng.permutation(len(records))
    count = max(1, len(records) // HELD_OUT_EVERY)
    drawn = [records[k] for k in order[:count]]
    train = [records[k] for k in order[count:]]
    trained = set(train)
    shares = near_shares(train, drawn, layout)
    held, exact, near = [], [], []
    for record, share in zip(drawn, shares, strict=True):
        if record in trained:
            exact.append(record)
        elif is_near(share):
            near.append(record)
        else:
            held.append(record)
    return HeldOutSplit(train, held, exact, near)


def chinese_character(ch: str) -> bool:
    """A character of the poem's text, not its punctuation or a line end (a letter)."""
    return ch.isalpha()


@dataclass(frozen=True)
class LossFigures:
    """A model's loss on some records: the nats of all symbols predicted, how many symbols
    (characters, punctuation, the end of each record) and how many characters that count."""

    nats: float
    symbols: int
    characters: int

    @property
    def per_symbol(self) -> float:
        return self.nats / max(1, self.symbols)

    @property
    def per_character(self) -> float:
        return self.nats / max(1, self.characters)


def loss_figures(
    model: CharModel | Sampler | Bigram,
    records: Sequence[str],
    counts_as_character: Callable[[str], bool] = chinese_character,
) -> LossFigures:
    """``model``'s loss on ``records``, each read from the start of a record."""
    vocabulary = model.model.vocabulary if isinstance(model, Sampler) else model.vocabulary
    encoded = encode_records(vocabulary, records)
    if isinstance(model, Bigram):
        nats, symbols = model.total_loss(encoded)
    else:
        nats, symbols = record_loss(model, encoded)
    characters = sum(sum(1 for ch in record if counts_as_character(ch)) for record in records)
    return LossFigures(nats, symbols, characters)


def bigram_for(vocabulary: Vocabulary, train: Sequence[str]) -> Bigram:
    """The bigram model of ``vocabulary``'s symbols counted in the training records, its k
    chosen on their last tenth (`choose_k`)."""
    encoded = encode_records(vocabulary, train)
    return fit_bigram(vocabulary, encoded, choose_k(vocabulary, encoded))
