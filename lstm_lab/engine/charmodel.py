"""A character-level language model: Embedding → LSTM layer → Dense → softmax.

The model reads one character at a time and gives a probability to every character of its
vocabulary as the next one. It is trained with cross-entropy on a text cut into records
(poems, speeches), each wrapped in a start and an end marker, by truncated backpropagation
through time: B streams of the text run side by side, T characters per step, and the states
at the end of one step are the (constant) starting states of the next.

Its arrays, with V symbols, an E-wide embedding and H units::

    embedding   (V, E)     row v is the input vector of symbol v
    weight_ih   (4H, E)    the LSTM layer, in PyTorch's layout and gate order (layer.py)
    weight_hh   (4H, H)
    bias_ih     (4H,)
    bias_hh     (4H,)
    weight_out  (V, H)     the Dense head: scores (logits) y = W_out·h + b_out
    bias_out    (V,)

Sampling divides the scores by the temperature T before the softmax, p = softmax(y / T):
T = 1 is the model's own distribution, T < 1 sharpens it, T > 1 flattens it, and T → 0
becomes the argmax (greedy). The unknown symbol and the start marker are never sampled.
Nothing here imports Qt.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.layer import Workspace, lstm_layer, lstm_layer_backward
from lstm_lab.engine.optim import Adam, clip_grad_norm

UNKNOWN, START, END = 0, 1, 2
#: How the three special symbols are shown in text.
UNKNOWN_CHAR = "□"
MARKER_NAMES = ("unknown", "start", "end")
#: The model file's format name and version.
FILE_FORMAT = "lstm-lab-charmodel"
FILE_VERSION = 1
#: Arrays of a model, in this order.
PARAM_KEYS = (
    "embedding",
    "weight_ih",
    "weight_hh",
    "bias_ih",
    "bias_hh",
    "weight_out",
    "bias_out",
)
#: Below this temperature sampling is the argmax.
GREEDY_BELOW = 1e-3
#: The fewest symbols (characters and markers) a text must have to be trained on.
MIN_TRAIN_SYMBOLS = 200
#: Most characters a model file or a generation may hold.
MAX_VOCABULARY = 20_000


class ModelError(ValueError):
    """A model file or a setting that cannot be used; the message says why in plain words."""


# ----------------------------------------------------------------------------- vocabulary
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
    """The ``max_chars`` most frequent characters of ``counts`` (ties: by code point)."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
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


# ----------------------------------------------------------------------------- the model
@dataclass
class CharModel:
    """A vocabulary, the arrays named in PARAM_KEYS, and what is known of its training."""

    vocabulary: Vocabulary
    params: dict[str, np.ndarray]
    info: dict[str, Any] = field(default_factory=dict)
    #: The state in which a record begins: the mean state after reading the end marker in
    #: training (the streams run from one record into the next). None: zeros.
    start_h: np.ndarray | None = None
    start_c: np.ndarray | None = None

    @property
    def hidden(self) -> int:
        return int(self.params["weight_hh"].shape[1])

    @property
    def embed(self) -> int:
        return int(self.params["embedding"].shape[1])

    @property
    def dtype(self) -> np.dtype:
        return self.params["weight_hh"].dtype

    def astype(self, dtype: Any) -> CharModel:
        params = {key: value.astype(dtype) for key, value in self.params.items()}
        return CharModel(self.vocabulary, params, dict(self.info), self.start_h, self.start_c)

    def parameter_count(self) -> int:
        return int(sum(value.size for value in self.params.values()))


def init_model(
    vocabulary: Vocabulary,
    hidden: int,
    embed: int,
    rng: np.random.Generator,
    dtype: Any = np.float32,
) -> CharModel:
    """Random weights drawn as PyTorch draws them: the embedding N(0, 1), the layer and the
    head uniform on [−1/√H, 1/√H]."""
    if not 1 <= hidden <= 2048 or not 1 <= embed <= 2048:
        raise ModelError(f"hidden size and embedding must be 1 to 2048, not {hidden}, {embed}")
    size = len(vocabulary)
    bound = 1.0 / math.sqrt(hidden)
    params = {
        "embedding": rng.normal(size=(size, embed)),
        "weight_ih": rng.uniform(-bound, bound, (4 * hidden, embed)),
        "weight_hh": rng.uniform(-bound, bound, (4 * hidden, hidden)),
        "bias_ih": rng.uniform(-bound, bound, 4 * hidden),
        "bias_hh": rng.uniform(-bound, bound, 4 * hidden),
        "weight_out": rng.uniform(-bound, bound, (size, hidden)),
        "bias_out": rng.uniform(-bound, bound, size),
    }
    return CharModel(vocabulary, {key: params[key].astype(dtype) for key in PARAM_KEYS})


@dataclass
class LossAndGrads:
    loss: float
    grads: dict[str, np.ndarray]
    h_last: np.ndarray  # (B, H): the states after the last step, for the next piece
    c_last: np.ndarray
    end_h: np.ndarray | None = None  # mean state after reading an end marker (None: none read)
    end_c: np.ndarray | None = None


def loss_and_grads(
    model: CharModel,
    inputs: np.ndarray,
    targets: np.ndarray,
    h0: np.ndarray | None = None,
    c0: np.ndarray | None = None,
    workspace: Workspace | None = None,
) -> LossAndGrads:
    """Mean cross-entropy of predicting ``targets`` (T, B) from ``inputs`` (T, B) and its
    exact gradient with respect to every array (the starting states are constants).

    Equations::

        x(t) = E[input(t)]                          embedding row
        h(t) = LSTM(x(t), h(t−1), C(t−1))           the layer (layer.py)
        y(t) = W_out·h(t) + b_out                   scores
        L    = −(1/TB) Σ log softmax(y(t))[target(t)]
        ∂L/∂y(t) = (softmax(y(t)) − onehot(target(t))) / TB
        ∂L/∂E[v] = Σ_{t: input(t) = v} ∂L/∂x(t)
    """
    params = model.params
    dtype = params["weight_hh"].dtype
    inputs = np.asarray(inputs)
    targets = np.asarray(targets)
    steps, batch = inputs.shape
    embedding = params["embedding"]
    size, width = embedding.shape
    hidden = model.hidden
    count = steps * batch
    xs = embedding[inputs]  # (T, B, E)
    trace = lstm_layer(params, xs, h0, c0, workspace=workspace)
    h_rows = _buf(workspace, "cm_h", (steps, batch, hidden), dtype)
    h_rows[...] = trace.h
    h_flat = h_rows.reshape(count, hidden)
    logits = _buf(workspace, "cm_logits", (count, size), dtype)
    np.matmul(h_flat, params["weight_out"].T, out=logits)
    logits += params["bias_out"]
    # log-softmax, in place: logits → probabilities
    top = logits.max(axis=1, keepdims=True)
    logits -= top
    flat_targets = targets.reshape(count)
    rows = np.arange(count)
    picked = logits[rows, flat_targets].astype(np.float64)
    np.exp(logits, out=logits)
    totals = logits.sum(axis=1, keepdims=True)
    loss = float(np.mean(np.log(totals[:, 0].astype(np.float64)) - picked))
    logits *= (1.0 / count) / totals  # softmax / N
    logits[rows, flat_targets] -= 1.0 / count  # ∂L/∂y
    d_logits = logits
    # Gradient arrays live in the workspace too (fresh megabytes cost page faults each step);
    # the caller uses them before the next call.
    d_weight_out = _buf(workspace, "cm_dw_out", params["weight_out"].shape, dtype)
    np.matmul(d_logits.T, h_flat, out=d_weight_out)
    d_bias_out = d_logits.sum(axis=0)
    d_h = _buf(workspace, "cm_dh", (count, hidden), dtype)
    np.matmul(d_logits, params["weight_out"], out=d_h)
    grads_layer = lstm_layer_backward(
        params, trace, d_h.reshape(steps, batch, hidden), workspace=workspace
    )
    d_embedding = _buf(workspace, "cm_d_embedding", embedding.shape, dtype)
    d_embedding.fill(0.0)
    np.add.at(d_embedding, inputs.reshape(count), grads_layer.d_xs.reshape(count, width))
    grads = dict(grads_layer.d_weights)
    grads.update(embedding=d_embedding, weight_out=d_weight_out, bias_out=d_bias_out)
    ends = inputs == END
    end_h = end_c = None
    if ends.any():
        end_h = trace.h[ends].mean(axis=0)
        end_c = trace.c[ends].mean(axis=0)
    return LossAndGrads(loss, grads, trace.h[-1].copy(), trace.c[-1].copy(), end_h, end_c)


def _buf(workspace: Workspace | None, name: str, shape: tuple[int, ...], dtype: Any):
    return np.empty(shape, dtype) if workspace is None else workspace.get(name, shape, dtype)


def mean_loss(model: CharModel, records: Sequence[np.ndarray], limit: int = 200) -> float:
    """Mean cross-entropy per character over (up to ``limit``) records from the start state."""
    sampler = Sampler(model)
    total, count = 0.0, 0
    for ids in records[:limit]:
        h, c = sampler.zeros()
        for current, following in zip(ids[:-1], ids[1:], strict=True):
            logits, h, c = sampler.step(int(current), h, c)
            shifted = logits.astype(np.float64) - logits.max()
            total += math.log(np.exp(shifted).sum()) - shifted[following]
            count += 1
    return total / max(1, count)


# ----------------------------------------------------------------------------- training
@dataclass(frozen=True)
class TrainSettings:
    batch: int = 32
    steps: int = 64  # characters per piece of truncated BPTT
    learning_rate: float = 2e-3
    clip_norm: float = 5.0
    seed: int = 0


@dataclass
class TrainReport:
    """One training step: its number, the loss of its batch, the epoch as a fraction."""

    step: int
    loss: float
    epoch: float
    grad_norm: float


def _stream(records: Sequence[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    order = rng.permutation(len(records))
    return np.concatenate([records[k] for k in order])


def train(
    model: CharModel,
    records: Sequence[np.ndarray],
    settings: TrainSettings = TrainSettings(),
    optimizer: Adam | None = None,
) -> Iterator[TrainReport | None]:
    """Train ``model`` in place, one batch per ``next()``, for ever (the caller stops).

    The first ``next()`` only prepares (and yields None); every later one trains a batch.

    Each epoch shuffles the records (with ``settings.seed``), joins them into one stream,
    cuts it into ``batch`` rows and walks along them ``steps`` characters at a time,
    carrying the states from piece to piece and resetting them at each new epoch.
    """
    if not records:
        raise ModelError("there is no text to train on")
    total = sum(len(r) for r in records)
    if total < MIN_TRAIN_SYMBOLS:
        raise ModelError(
            f"the text is too short to train on ({total - 2 * len(records)} characters; "
            f"at least {MIN_TRAIN_SYMBOLS} are needed)"
        )
    batch = max(1, min(settings.batch, (total - 1) // (settings.steps + 1)))
    rng = np.random.default_rng(settings.seed)
    optimizer = optimizer or Adam(model.params, lr=settings.learning_rate)
    for array in (optimizer.m, optimizer.v, optimizer._grad, optimizer._work):
        array.fill(0.0)  # touch the fresh pages now, not inside the first step
    yield None
    workspace = Workspace()
    dtype = model.dtype
    step = 0
    epoch = 0
    while True:
        stream = _stream(records, rng)
        yield None
        length = (len(stream) - 1) // batch
        pieces = max(1, (length - 1) // settings.steps)
        rows_in = stream[: batch * length].reshape(batch, length).T  # (length, B)
        rows_out = stream[1 : batch * length + 1].reshape(batch, length).T
        h = np.zeros((batch, model.hidden), dtype)
        c = np.zeros((batch, model.hidden), dtype)
        for piece in range(pieces):
            cut = slice(piece * settings.steps, min(length, (piece + 1) * settings.steps))
            result = loss_and_grads(model, rows_in[cut], rows_out[cut], h, c, workspace)
            norm = clip_grad_norm(result.grads, settings.clip_norm)
            optimizer.step(result.grads)
            h, c = result.h_last, result.c_last
            if result.end_h is not None:
                _follow_start_state(model, result.end_h, result.end_c)
            step += 1
            yield TrainReport(step, result.loss, epoch + (piece + 1) / pieces, norm)
        epoch += 1


def _follow_start_state(model: CharModel, end_h: np.ndarray, end_c: np.ndarray) -> None:
    """Move the model's start state towards the mean state after an end marker."""
    if model.start_h is None or model.start_c is None:
        model.start_h, model.start_c = end_h.copy(), end_c.copy()
        return
    model.start_h += 0.05 * (end_h - model.start_h)
    model.start_c += 0.05 * (end_c - model.start_c)


# ----------------------------------------------------------------------------- sampling
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
        size = len(model.vocabulary)
        self.allowed = np.ones(size, dtype=bool)
        self.allowed[[UNKNOWN, START]] = False
        self._mask = np.where(self.allowed, 0.0, -np.inf).astype(self.dtype)
        self._z = np.empty(4 * hidden, self.dtype)
        self.start_h = np.zeros(hidden, self.dtype)
        self.start_c = np.zeros(hidden, self.dtype)
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

    def gates(self, token: int, h: np.ndarray) -> np.ndarray:
        """The four gates (i, f, g, o), each (H,), on reading ``token`` in state ``h``."""
        H = self.hidden
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
        masked = logits + self._mask
        if temperature < GREEDY_BELOW:
            return int(np.argmax(masked))
        scaled = masked.astype(np.float64)
        scaled -= scaled.max()
        scaled /= temperature
        np.exp(scaled, out=scaled)
        cumulative = np.cumsum(scaled)
        return int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right"))

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
    ending early at the end marker when ``stop_at_end``."""
    sampler = model if isinstance(model, Sampler) else Sampler(model)
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


# ----------------------------------------------------------------------------- files
def save_model(model: CharModel, target: str | os.PathLike[str] | io.BufferedIOBase) -> None:
    """Write the model as a compressed .npz: float16 weights, the vocabulary, its info."""
    info = dict(model.info, format=FILE_FORMAT, version=FILE_VERSION)
    arrays = {key: model.params[key].astype(np.float16) for key in PARAM_KEYS}
    arrays["vocabulary"] = np.frombuffer(
        json.dumps(list(model.vocabulary.chars), ensure_ascii=False).encode("utf-8"), np.uint8
    )
    arrays["info"] = np.frombuffer(json.dumps(info, ensure_ascii=False).encode("utf-8"), np.uint8)
    if model.start_h is not None and model.start_c is not None:
        arrays["start_h"] = model.start_h.astype(np.float16)
        arrays["start_c"] = model.start_c.astype(np.float16)
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as stream:
            np.savez_compressed(stream, **arrays)
    else:
        np.savez_compressed(target, **arrays)


def load_model(source: str | os.PathLike[str] | bytes, dtype: Any = np.float32) -> CharModel:
    """Read a model written by `save_model`; ModelError says what is wrong with a bad file."""
    try:
        stream = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    except OSError as error:
        raise ModelError(f"the model file cannot be read ({error.strerror or error})") from None
    try:
        with stream, np.load(stream, allow_pickle=False) as data:
            missing = [key for key in (*PARAM_KEYS, "vocabulary", "info") if key not in data]
            if missing:
                raise ModelError(f"it is not an LSTM Lab text model (no {missing[0]!r})")
            info = json.loads(bytes(data["info"]).decode("utf-8"))
            chars = json.loads(bytes(data["vocabulary"]).decode("utf-8"))
            params = {key: np.asarray(data[key], dtype=dtype) for key in PARAM_KEYS}
            start = [
                np.asarray(data[key], dtype=dtype) if key in data else None
                for key in ("start_h", "start_c")
            ]
    except ModelError:
        raise
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        raise ModelError(f"it is not an LSTM Lab text model ({error})") from None
    if not isinstance(info, dict) or info.get("format") != FILE_FORMAT:
        raise ModelError("it is not an LSTM Lab text model")
    if int(info.get("version", 0)) > FILE_VERSION:
        raise ModelError("it was saved by a newer LSTM Lab; update LSTM Lab to open it")
    if not isinstance(chars, list) or not all(isinstance(ch, str) and len(ch) == 1 for ch in chars):
        raise ModelError("its vocabulary is damaged")
    if len(chars) > MAX_VOCABULARY or len(set(chars)) != len(chars):
        raise ModelError("its vocabulary is damaged")
    vocabulary = Vocabulary(tuple(chars))
    _check_shapes(params, len(vocabulary))
    if not all(np.isfinite(value).all() for value in params.values()):
        raise ModelError("its weights hold values that are not numbers")
    hidden = params["weight_hh"].shape[1]
    if any(a is not None and (a.shape != (hidden,) or not np.isfinite(a).all()) for a in start):
        raise ModelError("its start state is damaged")
    return CharModel(vocabulary, params, info, start[0], start[1])


def _check_shapes(params: dict[str, np.ndarray], size: int) -> None:
    embed = params["embedding"].shape[1] if params["embedding"].ndim == 2 else -1
    hidden = params["weight_hh"].shape[1] if params["weight_hh"].ndim == 2 else -1
    expected = {
        "embedding": (size, embed),
        "weight_ih": (4 * hidden, embed),
        "weight_hh": (4 * hidden, hidden),
        "bias_ih": (4 * hidden,),
        "bias_hh": (4 * hidden,),
        "weight_out": (size, hidden),
        "bias_out": (size,),
    }
    for key, shape in expected.items():
        if params[key].shape != shape or min(shape) < 1:
            raise ModelError(f"its {key} has shape {params[key].shape}, expected {shape}")
