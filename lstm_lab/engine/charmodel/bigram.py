"""A bigram model of a character model's symbols, to compare with: the next symbol's
probability from the one symbol before it and nothing else, counted in the training records
with add-k smoothing::

    p(b | a) = (count(a, b) + k) / (count(a) + k·(V − 1))

over the V − 1 symbols that may follow (every symbol but the start marker); count(a, b) is how
often b follows a inside a record (START … END) and count(a) how often a is followed at all.
A bigram knows which character tends to follow which, and nothing of where in the line or the
poem it is.

`fit_bigram` counts, `choose_k` picks k on a part of the training records kept apart, and a
`BigramSampler` writes with it through the character model's sampling (`generate`,
`record_loss`), its scores being log p. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_lab.engine.charmodel.model import ModelError
from lstm_lab.engine.charmodel.sampling import draw
from lstm_lab.engine.charmodel.vocabulary import START, UNKNOWN, Vocabulary

#: The values of k `choose_k` tries.
K_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


@dataclass(frozen=True)
class Bigram:
    """The counts of a bigram model and its smoothing ``k``.

    The pairs seen are kept sparse: ``codes`` holds a·V + b of every pair (a, b) seen, sorted,
    and ``counts`` how often; ``totals[a]`` is count(a)."""

    vocabulary: Vocabulary
    k: float
    codes: np.ndarray
    counts: np.ndarray
    totals: np.ndarray

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def pair_counts(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """count(a, b) of each pair (first[j], second[j])."""
        wanted = np.asarray(first, np.int64) * self.size + np.asarray(second, np.int64)
        if not len(self.codes):
            return np.zeros(len(wanted), np.int64)
        at = np.minimum(np.searchsorted(self.codes, wanted), len(self.codes) - 1)
        return np.where(self.codes[at] == wanted, self.counts[at], 0)

    def log_probabilities(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """log p(second[j] | first[j]) for every j (−inf where second is the start marker)."""
        first = np.asarray(first, np.int64)
        second = np.asarray(second, np.int64)
        top = self.pair_counts(first, second) + self.k
        bottom = self.totals[first] + self.k * (self.size - 1)
        with np.errstate(divide="ignore"):
            return np.where(second == START, -np.inf, np.log(top) - np.log(bottom))

    def row(self, first: int) -> np.ndarray:
        """log p(b | first) for every symbol b (−inf for the start marker)."""
        size = self.size
        low, high = np.searchsorted(self.codes, [first * size, (first + 1) * size])
        top = np.full(size, self.k)
        top[self.codes[low:high] - first * size] += self.counts[low:high]
        top[START] = 0.0
        with np.errstate(divide="ignore"):
            return np.log(top) - np.log(self.totals[first] + self.k * (size - 1))

    def total_loss(self, records: Sequence[np.ndarray]) -> tuple[float, int]:
        """(the cross-entropy of every symbol after the first of each record, summed in nats;
        how many symbols that is)."""
        if not records:
            return 0.0, 0
        first = np.concatenate([ids[:-1] for ids in records])
        second = np.concatenate([ids[1:] for ids in records])
        return float(-self.log_probabilities(first, second).sum()), int(len(first))


def fit_bigram(vocabulary: Vocabulary, records: Sequence[np.ndarray], k: float) -> Bigram:
    """A bigram model counted in ``records`` (each START … END, as `encode_records` gives)."""
    if not k > 0:
        raise ModelError("the smoothing k must be above 0, not {k}", k=k)
    size = len(vocabulary)
    if records:
        first = np.concatenate([np.asarray(ids[:-1], np.int64) for ids in records])
        second = np.concatenate([np.asarray(ids[1:], np.int64) for ids in records])
    else:
        first = second = np.zeros(0, np.int64)
    codes, counts = np.unique(first * size + second, return_counts=True)
    totals = np.bincount(first, minlength=size)
    return Bigram(vocabulary, float(k), codes, counts.astype(np.int64), totals.astype(np.int64))


def choose_k(
    vocabulary: Vocabulary, records: Sequence[np.ndarray], grid: Sequence[float] = K_GRID
) -> float:
    """The k of ``grid`` whose bigram, counted in the first nine tenths of ``records``, gives
    the lowest loss on the last tenth (the records should be in a random order)."""
    cut = len(records) - max(1, len(records) // 10)
    if cut < 1:
        raise ModelError("there are too few records to choose k")
    counted = fit_bigram(vocabulary, records[:cut], grid[0])
    kept = records[cut:]
    losses = []
    for k in grid:
        model = Bigram(vocabulary, float(k), counted.codes, counted.counts, counted.totals)
        losses.append(model.total_loss(kept)[0])
    return float(grid[int(np.argmin(losses))])


class BigramSampler:
    """A bigram model behind the interface of the character model's `Sampler`: its scores
    are log p, its state is nothing (two empty arrays), its choice is the same draw at the
    same temperature (never the unknown symbol or the start marker)."""

    def __init__(self, bigram: Bigram) -> None:
        self.model = bigram
        size = bigram.size
        self._mask = np.zeros(size)
        self._mask[[UNKNOWN, START]] = -np.inf
        self._empty = np.zeros(0)

    def zeros(self) -> tuple[np.ndarray, np.ndarray]:
        return self._empty, self._empty

    def step(
        self, token: int, h: np.ndarray, c: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(log p of every next symbol, the empty state) after ``token``."""
        return self.model.row(int(token)), h, c

    def feed(
        self, tokens: Iterable[int], h: np.ndarray | None = None, c: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(log p of every next symbol, the empty state) after the last of ``tokens``."""
        tokens = list(tokens)
        if not tokens:
            raise ModelError("nothing to read")
        return self.step(tokens[-1], self._empty, self._empty)

    def choose(self, logits: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
        return draw(logits + self._mask, temperature, rng)

    def masked(self, logits: np.ndarray) -> np.ndarray:
        return logits + self._mask
