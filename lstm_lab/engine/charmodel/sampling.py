"""Reading and writing text with a character model, one character at a time: the `Sampler`
(fast single steps), the temperature's softmax (`probabilities`) and its draw (`draw`),
`generate`, and the loss of whole records (`record_loss`, `mean_loss`)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from lstm_lab.engine.charmodel.model import CharModel, ModelError
from lstm_lab.engine.charmodel.vocabulary import END, START, UNKNOWN, Vocabulary

#: Below this temperature sampling is the argmax.
GREEDY_BELOW = 1e-3


def probabilities(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / T) in float64; T below GREEDY_BELOW puts all weight on the argmax."""
    logits = np.asarray(logits, dtype=np.float64)
    if temperature < GREEDY_BELOW:
        out = np.zeros_like(logits)
        out[int(np.argmax(logits))] = 1.0
        return out
    scaled = logits / temperature
    scaled -= scaled.max()
    out = np.exp(scaled)
    out /= out.sum()
    return out


def draw(logits: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
    """A symbol drawn from softmax(logits / T) with one number of ``rng``; the argmax below
    GREEDY_BELOW (and no number drawn). A score of −inf is never drawn."""
    if temperature < GREEDY_BELOW:
        return int(np.argmax(logits))
    scaled = logits.astype(np.float64)
    scaled -= scaled.max()
    scaled /= temperature
    np.exp(scaled, out=scaled)
    cumulative = np.cumsum(scaled)
    return int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right"))


class Sampler:
    """One character at a time from a model, fast: the embedding and the input weights are
    folded into one table (V, 4H), and the σ rows are halved so one tanh serves all gates.

    With ``fold`` False the table is not built (a V·E·4H product) and each step multiplies
    one embedding row instead: quicker for a short sample from a model still training."""

    def __init__(self, model: CharModel, dtype: Any = np.float32, fold: bool = True) -> None:
        self.model = model
        self.dtype = np.dtype(dtype)
        # Folded in the model's own precision (float64 for checks; float32 takes a few ms).
        work = np.result_type(model.dtype, self.dtype)
        p = {key: np.asarray(v, dtype=work) for key, v in model.params.items()}
        hidden = model.hidden
        scale = np.full(4 * hidden, 0.5, dtype=work)
        scale[2 * hidden : 3 * hidden] = 1.0  # the g rows stay whole (tanh)
        self.table: np.ndarray | None = None
        if fold:
            table = p["embedding"] @ p["weight_ih"].T + p["bias_ih"] + p["bias_hh"]
            self.table = (table * scale).astype(self.dtype)
        else:
            self.embedding = p["embedding"].astype(self.dtype)
            self.w_ih = (p["weight_ih"] * scale[:, None]).astype(self.dtype)
            self.b_in = ((p["bias_ih"] + p["bias_hh"]) * scale).astype(self.dtype)
        self.w_hh = (p["weight_hh"] * scale[:, None]).astype(self.dtype)
        self.w_out = p["weight_out"].astype(self.dtype)
        self.b_out = p["bias_out"].astype(self.dtype)
        self.hidden = hidden
        self.layers = model.layers
        # The layers above the first, each (W_ih, W_hh, b) with the σ rows halved as above.
        self.upper = [
            (
                (p[f"weight_ih_l{k}"] * scale[:, None]).astype(self.dtype),
                (p[f"weight_hh_l{k}"] * scale[:, None]).astype(self.dtype),
                ((p[f"bias_ih_l{k}"] + p[f"bias_hh_l{k}"]) * scale).astype(self.dtype),
            )
            for k in range(1, self.layers)
        ]
        size = len(model.vocabulary)
        self.allowed = np.ones(size, dtype=bool)
        self.allowed[[UNKNOWN, START]] = False
        self._mask = np.where(self.allowed, 0.0, -np.inf).astype(self.dtype)
        self._z = np.empty(4 * hidden, self.dtype)
        # A state holds every layer's, one after another: (layers · H,).
        self.start_h = np.zeros(self.layers * hidden, self.dtype)
        self.start_c = np.zeros(self.layers * hidden, self.dtype)
        if model.start_h is not None and model.start_c is not None:
            self.start_h[:] = model.start_h
            self.start_c[:] = model.start_c

    def zeros(self) -> tuple[np.ndarray, np.ndarray]:
        """The state before a record begins (the model's start state; zeros if it has none)."""
        return self.start_h.copy(), self.start_c.copy()

    def step(
        self, token: int, h: np.ndarray, c: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(scores of the next symbol, new h, new C) after reading ``token``."""
        if self.upper:
            return self._stacked_step(token, h, c)
        H = self.hidden
        z = np.matmul(self.w_hh, h, out=self._z)
        if self.table is not None:
            z += self.table[token]
        else:
            z += self.w_ih @ self.embedding[token]
            z += self.b_in
        np.tanh(z, out=z)
        z[: 2 * H] *= 0.5
        z[: 2 * H] += 0.5
        z[3 * H :] *= 0.5
        z[3 * H :] += 0.5
        c = z[H : 2 * H] * c
        c += z[:H] * z[2 * H : 3 * H]
        h = np.tanh(c)
        h *= z[3 * H :]
        logits = self.w_out @ h
        logits += self.b_out
        return logits, h, c

    def _stacked_step(
        self, token: int, h: np.ndarray, c: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`step` through several layers: layer k reads the new hidden state of layer k − 1."""
        H = self.hidden
        h_new, c_new = np.empty_like(h), np.empty_like(c)
        if self.table is not None:
            z = self.w_hh @ h[:H] + self.table[token]
        else:
            z = self.w_hh @ h[:H] + self.w_ih @ self.embedding[token] + self.b_in
        for k in range(self.layers):
            if k:
                w_ih, w_hh, b = self.upper[k - 1]
                z = w_hh @ h[k * H : (k + 1) * H] + w_ih @ h_new[(k - 1) * H : k * H] + b
            np.tanh(z, out=z)
            z[: 2 * H] = 0.5 * z[: 2 * H] + 0.5  # σ(x) = ½ tanh(x/2) + ½, rows halved above
            z[3 * H :] = 0.5 * z[3 * H :] + 0.5
            cell = c_new[k * H : (k + 1) * H]
            cell[:] = z[H : 2 * H] * c[k * H : (k + 1) * H] + z[:H] * z[2 * H : 3 * H]
            h_new[k * H : (k + 1) * H] = z[3 * H :] * np.tanh(cell)
        logits = self.w_out @ h_new[-H:]
        logits += self.b_out
        return logits, h_new, c_new

    def gates(self, token: int, h: np.ndarray) -> np.ndarray:
        """The four gates (i, f, g, o) of the first layer, each (H,), on reading ``token`` in
        state ``h``."""
        H = self.hidden
        h = h[:H]
        table_row = (
            self.table[token]
            if self.table is not None
            else self.w_ih @ self.embedding[token] + self.b_in
        )
        z = np.tanh(self.w_hh @ h + table_row).astype(np.float64)
        z[: 2 * H] = 0.5 * z[: 2 * H] + 0.5
        z[3 * H :] = 0.5 * z[3 * H :] + 0.5
        return z.reshape(4, H)

    def feed(
        self, tokens: Iterable[int], h: np.ndarray | None = None, c: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Read ``tokens`` from (h, C) (zeros by default): (last scores, h, C)."""
        if h is None or c is None:
            h, c = self.zeros()
        logits = None
        for token in tokens:
            logits, h, c = self.step(int(token), h, c)
        if logits is None:
            raise ModelError("nothing to read")
        return logits, h, c

    def choose(self, logits: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
        """A symbol drawn from softmax(logits / T) (never unknown or start); argmax as T → 0."""
        return draw(logits + self._mask, temperature, rng)

    def masked(self, logits: np.ndarray) -> np.ndarray:
        return logits + self._mask


def start_tokens(vocabulary: Vocabulary, prompt: str) -> np.ndarray:
    """START then the prompt's ids: what the model reads before it continues."""
    return np.concatenate([[START], vocabulary.encode(prompt)]).astype(np.int64)


def generate(
    model: CharModel | Sampler,
    prompt: str,
    temperature: float = 0.8,
    length: int = 200,
    seed: int | None = 0,
    stop_at_end: bool = True,
) -> str:
    """The continuation of ``prompt`` (without the prompt): up to ``length`` characters,
    ending early at the end marker when ``stop_at_end``. ``model`` may be a model or anything
    that samples as a `Sampler` does (a `BigramSampler`)."""
    sampler = Sampler(model) if isinstance(model, CharModel) else model
    vocabulary = sampler.model.vocabulary
    rng = np.random.default_rng(seed)
    logits, h, c = sampler.feed(start_tokens(vocabulary, prompt))
    out: list[str] = []
    for _ in range(length):
        token = sampler.choose(logits, temperature, rng)
        if token == END:
            if stop_at_end:
                break
            out.append("\n\n")
            logits, h, c = sampler.step(START, *sampler.step(END, h, c)[1:])
            continue
        out.append(vocabulary.symbol(token))
        logits, h, c = sampler.step(token, h, c)
    return "".join(out)


def mean_loss(model: CharModel, records: Sequence[np.ndarray], limit: int = 200) -> float:
    """Mean cross-entropy per symbol over (up to ``limit``) records from the start state."""
    total, count = record_loss(model, records[:limit])
    return total / max(1, count)


def record_loss(model: CharModel | Sampler, records: Sequence[np.ndarray]) -> tuple[float, int]:
    """(the cross-entropy of every symbol after the first of each record, read from the start
    state, summed in nats; how many symbols that is). ``model`` may be a model or anything
    that samples as a `Sampler` does."""
    sampler = Sampler(model) if isinstance(model, CharModel) else model
    total, count = 0.0, 0
    for ids in records:
        h, c = sampler.zeros()
        for current, following in zip(ids[:-1], ids[1:], strict=True):
            logits, h, c = sampler.step(int(current), h, c)
            shifted = logits.astype(np.float64) - logits.max()
            total += math.log(np.exp(shifted).sum()) - shifted[following]
            count += 1
    return float(total), count
