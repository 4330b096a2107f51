"""A poetry lesson as a runnable script (`export_code`). No Qt.

The script holds the lesson's settings as Python literals (the model's name, the prompt, the
temperature, the seed, the length) and reads the model beside it: the lesson's shipped model
file, byte for byte (``-model.npz``). The PyTorch script also gets the shipped text the model
learned (``-corpus.txt.xz``) for its ``--train`` mode, which trains a larger model and writes
it in the app's model format (`lstm_lab.engine.charmodel.files`), with its held-out loss
measured on the held-out records `lstm_lab.lessons.poetry.heldout` draws.

The script's source is kept in pieces below (`_HEAD`, `_COMMON`, `_NUMPY_MODEL`,
`_TORCH_MODEL`, `_TRAIN`, `_MAIN`); only `_settings` puts values from the lesson into it, each
through repr().
"""

from __future__ import annotations

from lstm_lab.core.export_code import ExportedCode, ExportError
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine.charmodel import GREEDY_BELOW, MAX_WEIGHTS
from lstm_lab.engine.charmodel.model import MAX_LAYERS
from lstm_lab.lessons.poetry.heldout import HELD_OUT_EVERY
from lstm_lab.lessons.poetry.options import check_options
from lstm_lab.lessons.poetry.script import read_as
from lstm_lab.lessons.poetry.session import END_KEY, TOP
from lstm_lab.lessons.poetry.textdata import CORPORA, FOLDER, MODELS, manifest, shipped_model
from lstm_lab.resources import resource_bytes

#: The seed of the held-out split the shipped models were measured on (`measures.split_of`).
HELD_OUT_SEED = 0
#: Suffixes of the data files written beside the script.
MODEL_SUFFIX = "-model.npz"
CORPUS_SUFFIX = "-corpus.txt.xz"


def export_code(lesson: Lesson, framework: str) -> ExportedCode:
    """The poetry ``lesson`` (as on screen) as a script for ``framework``."""
    if framework not in ("numpy", "pytorch"):
        raise ExportError(
            translate("PoetryExport", '"{framework}" is not a framework LSTM Lab writes').format(
                framework=framework
            )
        )
    options = check_options(lesson.options)
    name = options["model"]
    file, corpus_name = MODELS[name]
    corpus = CORPORA[corpus_name]
    try:
        data = {MODEL_SUFFIX: resource_bytes(FOLDER + file)}
        if framework == "pytorch":
            data[CORPUS_SUFFIX] = resource_bytes(FOLDER + corpus.file)
    except FileNotFoundError:
        raise ExportError(
            translate(
                "PoetryModel", 'the built-in model "{name}" is missing from this installation'
            ).format(name=name)
        ) from None
    values = {
        "LESSON_TITLE": lesson.title or lesson.name,
        "MODEL_NAME": name,
        "PROMPT": prompt_read(options),
        "TEMPERATURE": float(options["temperature"]),
        "SEED": int(options["seed"]),
        "LENGTH": int(options["length"]),
        "LAYOUT": corpus.layout,
        "CORPUS_NAME": corpus_name,
        "CORPUS_FILE": corpus.file,
        "CORPUS_SHA256": manifest()["files"][corpus.file]["sha256_text"],
        "GREEDY_BELOW": GREEDY_BELOW,
        "TOP": TOP,
        "END_KEY": END_KEY,
        "HELD_OUT_EVERY": HELD_OUT_EVERY,
        "HELD_OUT_SEED": HELD_OUT_SEED,
        "MAX_LAYERS": MAX_LAYERS,
        "MAX_WEIGHTS": MAX_WEIGHTS,
    }
    parts = [_HEAD[framework], _settings(values), _COMMON]
    if framework == "numpy":
        parts.append(_NUMPY_MODEL)
    else:
        parts += [_TORCH_MODEL, _TRAIN]
    parts.append(_MAIN[framework])
    return ExportedCode("".join(parts), data)


def _settings(values: dict) -> str:
    """The lesson's values as assignments, every value through repr() (a title or a prompt
    from a lesson file becomes a string constant, whatever it holds)."""
    lines = [
        "# ---------------------------------------------------------------- the lesson's settings",
        "# The lesson as it was on screen when it was exported.",
    ]
    for key, value in values.items():
        if key in _NOTES:
            lines.append(f"# {_NOTES[key]}")
        lines.append(f"{key} = {value!r}")
    return "\n".join(lines) + "\n"


#: A comment above some of the settings.
_NOTES = {
    "LESSON_TITLE": "The lesson's title, as text (printed, never run).",
    "MODEL_NAME": "The shipped model the lesson writes with (read from SCRIPT-model.npz).",
    "PROMPT": "What the model continues, its temperature, the seed of the draws, the length.",
    "LAYOUT": 'How the text is shown: "poem" ends a line after 。？！.',
    "CORPUS_NAME": "The text the model learned, and its SHA-256 (of the UTF-8 text).",
    "GREEDY_BELOW": "Below this temperature the likeliest symbol is taken (no draw).",
    "TOP": "How many candidates the app's bars show; the key of the end marker in the JSON.",
    "HELD_OUT_EVERY": "The held-out split of --train: one record in 50, from this seed.",
    "MAX_LAYERS": "The largest model LSTM Lab opens.",
}


_DOC = '''"""A character-level language model, as in LSTM Lab's poetry lesson ({what}).

The model reads a text one character at a time and gives every character of its vocabulary a
probability of coming next:

    x(t) = E[token(t)]                          the character's row of the embedding
    f(t) = σ(W_xf·x(t) + W_hf·h(t−1) + b_f)      forget gate
    i(t) = σ(W_xi·x(t) + W_hi·h(t−1) + b_i)      input gate
    C̃(t) = tanh(W_xc·x(t) + W_hc·h(t−1) + b_c)   candidate
    o(t) = σ(W_xo·x(t) + W_ho·h(t−1) + b_o)      output gate
    C(t) = f(t)·C(t−1) + i(t)·C̃(t)               cell state
    h(t) = o(t)·tanh(C(t))                       hidden state
    y(t) = W_out·h(t) + b_out                    a score for every symbol
    p    = softmax(y(t) / T)                     T: the temperature

The weights are read from SCRIPT-model.npz, written beside this script: the very file LSTM Lab
ships, so the probabilities are the app's.{model_file} (SCRIPT stands for this file's name
without .py.)

    python SCRIPT.py                   the lesson's prompt, the odds after it and a text
    python SCRIPT.py --probs PROMPT    the next character's probabilities after PROMPT (JSON)
    python SCRIPT.py --json            what `lstm-lab generate --json` prints for the lesson{train}
"""
'''

_TRAIN_USAGE = """
    python SCRIPT.py --train           train a larger model on the text the lesson's model
                                       learned and write it in LSTM Lab's model format
                                       (python SCRIPT.py --help lists the options)"""

_HEAD = {
    "numpy": "#!/usr/bin/env python3\n"
    + _DOC.format(what="NumPy", model_file="", train="")
    + """
import argparse
import json
import os
import sys

import numpy as np

""",
    "pytorch": "#!/usr/bin/env python3\n"
    + _DOC.format(
        what="PyTorch",
        model_file=" The text it learned is beside it too, for --train:\nSCRIPT-corpus.txt.xz.",
        train=_TRAIN_USAGE,
    )
    + """
import argparse
import hashlib
import io
import json
import lzma
import math
import os
import sys
import time
from collections import defaultdict

import numpy as np
import torch
from torch import nn

""",
}

_COMMON = r'''
# ---------------------------------------------------------------- the model file and its symbols
UNKNOWN, START, END = 0, 1, 2  # the first three ids; the characters are ids 3, 4, …
UNKNOWN_CHAR = "□"  # how the unknown symbol is shown


def data_path(suffix):
    """A data file written beside this script: this file's name with .py replaced by suffix."""
    path = os.path.abspath(__file__)
    stem = path[:-3] if path.endswith(".py") else path
    return stem + suffix


def read_model(path):
    """(weights as float64 arrays, the vocabulary's characters, the info) of a model file.

    An LSTM Lab model file is a NumPy .npz archive of float16 arrays

        embedding  (V, E)     row v is the input vector x of symbol v
        weight_ih  (4H, E)    rows [W_xi; W_xf; W_xc; W_xo]  (PyTorch's gate order i, f, g, o)
        weight_hh  (4H, H)    rows [W_hi; W_hf; W_hc; W_ho]
        bias_ih    (4H,)      two bias vectors as in PyTorch: only their sum counts
        bias_hh    (4H,)
        weight_out (V, H)
        bias_out   (V,)
        weight_ih_l1, weight_hh_l1, bias_ih_l1, bias_hh_l1, …   the layers above the first,
                              if any, named as nn.LSTM names them (weight_ih_lk is (4H, H))
        start_h, start_c (L·H,) optional: the state a text begins in, every layer's one after
                              another (zeros without them)

    and two uint8 arrays holding UTF-8 JSON: "vocabulary" (the characters, ids 3, 4, …) and
    "info" (what is known of its training). allow_pickle=False: no Python object is read.
    """
    with np.load(path, allow_pickle=False) as archive:
        arrays = {key: archive[key] for key in archive.files}
    chars = json.loads(arrays.pop("vocabulary").tobytes().decode("utf-8"))
    info = json.loads(arrays.pop("info").tobytes().decode("utf-8"))
    weights = {key: value.astype(np.float64) for key, value in arrays.items()}
    return weights, chars, info


def layer_count(weights):
    return 1 + sum(1 for key in weights if key.startswith("weight_hh_l"))


def layer_key(key, k):
    """The file's name of layer k's array `key`: "weight_ih" for the first, "weight_ih_l1" …"""
    return key if k == 0 else f"{key}_l{k}"


class Vocabulary:
    """Ids 0, 1, 2 are the unknown symbol and the start and end markers; then the characters.
    A character the model does not know is read as the unknown symbol, as in the app."""

    def __init__(self, chars):
        self.chars = list(chars)
        self.index = {ch: k + 3 for k, ch in enumerate(self.chars)}

    def __len__(self):
        return len(self.chars) + 3

    def encode(self, text):
        return [self.index.get(ch, UNKNOWN) for ch in text]

    def unknown_in(self, text):
        """The characters of text the model does not know, each once, in order."""
        return list(dict.fromkeys(ch for ch in text if ch not in self.index))

    def symbol(self, token):
        if token >= 3:
            return self.chars[token - 3]
        return UNKNOWN_CHAR if token == UNKNOWN else ""


# ---------------------------------------------------------------- temperature and sampling
def probabilities(scores, temperature):
    """softmax(scores / T) in float64; below GREEDY_BELOW all weight on the highest score."""
    scores = np.asarray(scores, dtype=np.float64)
    if temperature < GREEDY_BELOW:
        out = np.zeros_like(scores)
        out[int(np.argmax(scores))] = 1.0
        return out
    scaled = scores / temperature
    scaled -= scaled.max()
    out = np.exp(scaled)
    out /= out.sum()
    return out


def masked(scores):
    """The scores with the unknown symbol and the start marker ruled out: never written."""
    scores = np.asarray(scores, dtype=np.float64).copy()
    scores[[UNKNOWN, START]] = -np.inf
    return scores


def draw(scores, temperature, rng):
    """A symbol drawn from softmax(scores / T) with one random number, exactly as the app
    draws it (the cumulative sum of the weights, searched); the argmax below GREEDY_BELOW."""
    scores = masked(scores)
    if temperature < GREEDY_BELOW:
        return int(np.argmax(scores))
    scaled = scores - scores.max()
    scaled /= temperature
    np.exp(scaled, out=scaled)
    cumulative = np.cumsum(scaled)
    return int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right"))


def label_of(char, token):
    """A candidate as the app's bars show it."""
    if token == END:
        return "⏎ end"
    if token == UNKNOWN:
        return "□"
    return {"\n": "↵", " ": "␣", "\t": "⇥"}.get(char, char)


def odds(scores, vocabulary, temperature):
    """The next symbol's odds as the app gives them: every symbol's probability at T (the end
    marker under END_KEY) and the TOP candidates of the bars, with their probability at T
    and at T = 1."""
    scores = masked(scores)
    p_t = probabilities(scores, temperature)
    p_1 = probabilities(scores, 1.0)
    keys = [END_KEY] + vocabulary.chars
    order = np.argsort(-p_t if temperature >= GREEDY_BELOW else -p_1, kind="stable")[:TOP]
    top = []
    for k in order:
        k = int(k)
        char = vocabulary.symbol(k)
        top.append(
            {
                "symbol": END_KEY if k == END else char,
                "label": label_of(char, k),
                "p": float(p_t[k]),
                "p1": float(p_1[k]),
            }
        )
    return {
        "probabilities": {key: float(p) for key, p in zip(keys, p_t[END:])},
        "top": top,
    }


def poem_lines(text):
    """A poem laid out a couplet per line: a line ends after 。 ？ or ！."""
    lines, current = [], []
    for ch in text:
        if ch == "\n":
            if current:
                lines.append("".join(current))
                current = []
            continue
        current.append(ch)
        if ch in "。？！":
            lines.append("".join(current))
            current = []
    if current:
        lines.append("".join(current))
    return lines


def laid_out(text, layout):
    return "\n".join(poem_lines(text)) if layout == "poem" else text


def generate(model, vocabulary, prompt, temperature, seed, length):
    """(the odds after the prompt, the continuation, whether the model ended it): START and
    the prompt are read, then up to `length` symbols drawn one at a time, each read in turn;
    the end marker stops the text."""
    rng = np.random.default_rng(seed)
    scores, state = model.read([START] + vocabulary.encode(prompt))
    first = odds(scores, vocabulary, temperature)
    out, ended = [], False
    for _ in range(length):
        token = draw(scores, temperature, rng)
        if token == END:
            ended = True
            break
        out.append(vocabulary.symbol(token))
        scores, state = model.step(token, state)
    return first, "".join(out), ended
'''

_NUMPY_MODEL = r'''
# ---------------------------------------------------------------- the model, in NumPy
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class CharLSTM:
    """Embedding → LSTM layers → a linear head, one character at a time, in float64. Layer k
    reads the new hidden state of layer k − 1 (the first reads the embedding)."""

    def __init__(self, weights):
        self.E = weights["embedding"]
        self.layers = []
        for k in range(layer_count(weights)):
            W_ih = weights[layer_key("weight_ih", k)]
            W_hh = weights[layer_key("weight_hh", k)]
            # PyTorch's two bias vectors: only their sum counts.
            b = weights[layer_key("bias_ih", k)] + weights[layer_key("bias_hh", k)]
            self.layers.append((W_ih, W_hh, b))
        self.W_out, self.b_out = weights["weight_out"], weights["bias_out"]
        self.H = self.W_out.shape[1]
        shape = (len(self.layers), self.H)
        self.start_h = weights.get("start_h", np.zeros(shape)).reshape(shape)
        self.start_c = weights.get("start_c", np.zeros(shape)).reshape(shape)

    def step(self, token, state):
        """(the scores y(t) of the next symbol, the new state) after reading `token`."""
        h_before, c_before = state
        h_after, c_after = np.empty_like(h_before), np.empty_like(c_before)
        H = self.H
        x = self.E[token]  # x(t)
        for k, (W_ih, W_hh, b) in enumerate(self.layers):
            z = W_ih @ x + W_hh @ h_before[k] + b  # the gates' inputs, in order i, f, g, o
            i = sigmoid(z[0:H])  # i(t)
            f = sigmoid(z[H : 2 * H])  # f(t)
            c_tilde = np.tanh(z[2 * H : 3 * H])  # C̃(t) (PyTorch calls it g)
            o = sigmoid(z[3 * H : 4 * H])  # o(t)
            c_after[k] = f * c_before[k] + i * c_tilde  # C(t)
            h_after[k] = o * np.tanh(c_after[k])  # h(t)
            x = h_after[k]  # the next layer reads this layer's h(t)
        y = self.W_out @ x + self.b_out  # y(t), from the last layer
        return y, (h_after, c_after)

    def read(self, tokens):
        """Read `tokens` from the start state: (the last scores, the state)."""
        state = (self.start_h.copy(), self.start_c.copy())
        for token in tokens:
            scores, state = self.step(token, state)
        return scores, state


def load(path):
    weights, chars, info = read_model(path)
    return CharLSTM(weights), Vocabulary(chars), info
'''

_TORCH_MODEL = r'''
# ---------------------------------------------------------------- the model, in PyTorch
class CharLSTM(nn.Module):
    """nn.Embedding → nn.LSTM → nn.Linear: the app's model.

    The app keeps its layer in PyTorch's own layout, so the arrays are copied as they are:
    weight_ih and weight_hh hold the gates in PyTorch's order i, f, g, o (g is the app's
    candidate C̃) and there are two bias vectors, bias_ih and bias_hh, of which only the sum
    counts. PyTorch's σ and tanh are the app's. nn.LSTM computes in float32 here; the app's
    window computes in float32 too.
    """

    def __init__(self, symbols, embedding, units, layers=1):
        super().__init__()
        self.embedding = nn.Embedding(symbols, embedding)
        self.lstm = nn.LSTM(embedding, units, num_layers=layers, batch_first=True)
        self.head = nn.Linear(units, symbols)
        self.register_buffer("start_h", torch.zeros(layers, 1, units))
        self.register_buffer("start_c", torch.zeros(layers, 1, units))

    def forward(self, tokens, state):
        """tokens (B, T) → scores (B, T, V) and the state after the last step."""
        out, state = self.lstm(self.embedding(tokens), state)
        return self.head(out), state

    def start_state(self, batch=1):
        return (
            self.start_h.expand(-1, batch, -1).contiguous(),
            self.start_c.expand(-1, batch, -1).contiguous(),
        )

    @torch.no_grad()
    def step(self, token, state):
        scores, state = self(torch.tensor([[token]], device=self.start_h.device), state)
        return scores[0, -1].cpu().numpy(), state

    @torch.no_grad()
    def read(self, tokens):
        """Read `tokens` from the start state (all at once): (the last scores, the state)."""
        tokens = torch.tensor([tokens], device=self.start_h.device)
        scores, state = self(tokens, self.start_state())
        return scores[0, -1].cpu().numpy(), state


def load(path):
    """The model of an LSTM Lab model file, its vocabulary and its info."""
    weights, chars, info = read_model(path)
    symbols, embedding = weights["embedding"].shape
    units = weights["weight_hh"].shape[1]
    layers = layer_count(weights)
    model = CharLSTM(symbols, embedding, units, layers)
    copied = {
        "embedding.weight": weights["embedding"],
        "head.weight": weights["weight_out"],
        "head.bias": weights["bias_out"],
    }
    for k in range(layers):
        for key in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            copied[f"lstm.{key}_l{k}"] = weights[layer_key(key, k)]
    if "start_h" in weights:
        copied["start_h"] = weights["start_h"].reshape(layers, 1, units)
        copied["start_c"] = weights["start_c"].reshape(layers, 1, units)
    state = {key: torch.tensor(value, dtype=torch.float32) for key, value in copied.items()}
    missing = model.load_state_dict(state, strict=False).missing_keys
    assert not [key for key in missing if not key.startswith("start_")], missing
    return model.eval(), Vocabulary(chars), info
'''

_TRAIN = r'''
# ---------------------------------------------------------------- --train: a larger model
# The records of the text are cut as LSTM Lab cuts them (split_records), and held out as the
# shipped models were (held_out_split): a seeded permutation, the first one in HELD_OUT_EVERY
# held out, then those that repeat a training record exactly or nearly dropped.
HALF_LINE_ENDS = "，。？！；"


def split_records(text):
    """A text's records: its parts between blank lines (a text without any: one record per
    short line, else pieces of 2,000 characters)."""
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


def units_of(record, layout):
    """The lines a near duplicate is judged by: a poem's half-lines without punctuation, or
    the non-empty lines of any other text."""
    if layout == "poem":
        flat = record.replace("\n", "")
        parts, current = [], []
        for ch in flat:
            if ch in HALF_LINE_ENDS:
                parts.append("".join(current))
                current = []
            else:
                current.append(ch)
        rest = "".join(current)
        return parts + [rest] if rest else parts
    return [line for line in record.split("\n") if line.strip()]


def line_keys(line):
    """The line, and the line with each character in turn replaced by a stand-in: two lines of
    one length share a key exactly when they differ in at most one place."""
    yield line
    for k in range(len(line)):
        yield line[:k] + "\x00" + line[k + 1 :]


def near_shares(train, candidates, layout):
    """For each candidate, the largest share of its lines each equal to (or one character
    from) a line of one and the same training record."""
    lines = [units_of(record, layout) for record in candidates]
    index = defaultdict(list)
    for number, found in enumerate(lines):
        for place, line in enumerate(found):
            for key in line_keys(line):
                index[key].append((number, place))
    best = [0] * len(candidates)
    for record in train:
        matched = defaultdict(set)
        for line in units_of(record, layout):
            for key in line_keys(line):
                for number, place in index.get(key, ()):
                    matched[number].add(place)
        for number, places in matched.items():
            best[number] = max(best[number], len(places))
    return [count / len(found) if found else 0.0 for count, found in zip(best, lines)]


def held_out_split(records, seed, layout):
    """(training records, held-out records): the cut the shipped models were measured by."""
    order = np.random.default_rng(seed).permutation(len(records))
    count = max(1, len(records) // HELD_OUT_EVERY)
    drawn = [records[k] for k in order[:count]]
    train = [records[k] for k in order[count:]]
    trained = set(train)
    shares = near_shares(train, drawn, layout)
    held = [r for r, share in zip(drawn, shares) if r not in trained and share <= 0.5]
    return train, held


def encode_records(vocabulary, records):
    """Each record as ids, wrapped in START … END."""
    return [np.array([START] + vocabulary.encode(r) + [END], dtype=np.int64) for r in records]


def epoch_rows(encoded, rng, batch):
    """One epoch's text: the records shuffled and joined, cut into `batch` rows side by side."""
    stream = np.concatenate([encoded[k] for k in rng.permutation(len(encoded))])
    length = (len(stream) - 1) // batch
    inputs = stream[: batch * length].reshape(batch, length)
    targets = stream[1 : batch * length + 1].reshape(batch, length)
    return torch.from_numpy(inputs), torch.from_numpy(targets)


@torch.no_grad()
def start_state(model, encoded, device, records=500):
    """The state a record begins in: the mean state after reading the end marker, with the
    records read one after another (as in training, where the text runs on)."""
    state = model.start_state()
    hs, cs = [], []
    for ids in encoded[:records]:
        _, state = model(torch.from_numpy(ids[None, :]).to(device), state)
        hs.append(state[0])
        cs.append(state[1])
    return torch.stack(hs).mean(0), torch.stack(cs).mean(0)


@torch.no_grad()
def held_out_loss(model, encoded, device):
    """(nats per symbol, symbols): every symbol after the first of each held-out record,
    predicted from the record's start, as the app measures it (float64 log-softmax)."""
    total, count = 0.0, 0
    for ids in encoded:
        tokens = torch.from_numpy(ids).to(device)
        scores, _ = model(tokens[None, :-1], model.start_state())
        loss = nn.functional.cross_entropy(scores[0].double(), tokens[1:], reduction="sum")
        total += float(loss)
        count += len(ids) - 1
    return total / max(1, count), count


def model_file_bytes(model, chars, info):
    """The model in LSTM Lab's format (what the app's load_model reads): float16 arrays,
    the vocabulary and the info as UTF-8 JSON in uint8 arrays, compressed."""
    arrays = {
        "embedding": model.embedding.weight,
        "weight_out": model.head.weight,
        "bias_out": model.head.bias,
        "start_h": model.start_h[:, 0].reshape(-1),  # every layer's, one after another
        "start_c": model.start_c[:, 0].reshape(-1),
    }
    for k in range(model.lstm.num_layers):
        for key in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            arrays[layer_key(key, k)] = getattr(model.lstm, f"{key}_l{k}")
    arrays = {k: v.detach().cpu().numpy().astype(np.float16) for k, v in arrays.items()}
    text = json.dumps(chars, ensure_ascii=False).encode("utf-8")
    arrays["vocabulary"] = np.frombuffer(text, np.uint8)
    info = dict(info, format="lstm-lab-charmodel", version=1)
    arrays["info"] = np.frombuffer(json.dumps(info, ensure_ascii=False).encode("utf-8"), np.uint8)
    stream = io.BytesIO()
    np.savez_compressed(stream, **arrays)
    return stream.getvalue()


def as_saved(model):
    """The weights rounded to float16, as the model file holds them (its losses are measured
    so, and the app's figures are then the same)."""
    with torch.no_grad():
        for value in model.state_dict().values():
            value.copy_(value.half().float())


def train(args):
    """Train a model of args.units units on the lesson's text and write it to args.out."""
    if not 1 <= args.layers <= MAX_LAYERS:
        sys.exit(f"--layers: LSTM Lab opens models of 1 to {MAX_LAYERS} layers")
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
    torch.manual_seed(args.seed)
    text = lzma.decompress(open(data_path("-corpus.txt.xz"), "rb").read()).decode("utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != CORPUS_SHA256:
        print(f"note: the text is not the one LSTM Lab ships ({CORPUS_FILE})", file=sys.stderr)
    records = split_records(text)
    # Always the shipped models' split (HELD_OUT_SEED), whatever --seed is: the held-out loss
    # of every model of this text is then measured on the same records.
    train_records, held = held_out_split(records, HELD_OUT_SEED, LAYOUT)
    if args.records:
        train_records = train_records[: args.records]
    # The vocabulary is the shipped model's: the characters of the whole text, at most 3,000
    # of the most frequent for Chinese (the others are read as the unknown symbol).
    _, chars, _ = read_model(data_path("-model.npz"))
    vocabulary = Vocabulary(chars)
    encoded = encode_records(vocabulary, train_records)
    encoded_held = encode_records(vocabulary, held)
    symbols = sum(len(ids) for ids in encoded)
    model = CharLSTM(len(vocabulary), args.embedding, args.units, args.layers).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_of = nn.CrossEntropyLoss()
    rng = np.random.default_rng(args.seed)
    weights = sum(p.numel() for p in model.parameters())
    if weights + 2 * args.layers * args.units > MAX_WEIGHTS:
        sys.exit(f"{weights:,} weights: LSTM Lab opens models of at most {MAX_WEIGHTS:,}")
    print(
        f"training on {device}: {len(train_records):,} records ({symbols:,} symbols), "
        f"{len(held)} held out; {args.layers} layer(s) of {args.units} units, embedding "
        f"{args.embedding}, "
        f"{weights:,} weights"
    )
    step, started, running = 0, time.perf_counter(), None
    first_done = started
    epochs_done = 0
    for epoch in range(math.ceil(args.epochs)):
        inputs, targets = epoch_rows(encoded, rng, args.batch)
        state = None  # zeros: each epoch begins afresh
        pieces = range(0, inputs.shape[1] - 1, args.seq_len)
        if epoch + 1 > args.epochs:  # a fraction of an epoch
            pieces = pieces[: max(1, int(len(pieces) * (args.epochs - epoch)))]
        for start in pieces:
            x = inputs[:, start : start + args.seq_len].to(device)
            y = targets[:, start : start + args.seq_len].to(device)
            scores, state = model(x, state)
            loss = loss_of(scores.reshape(-1, scores.shape[-1]), y.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            optimizer.step()
            # Truncated backpropagation through time: the state goes on, its history does not.
            state = tuple(s.detach() for s in state)
            step += 1
            if step == 1:  # the first step also warms up (allocations, kernels): not timed
                first_done = time.perf_counter()
            value = loss.item()
            running = value if running is None else 0.98 * running + 0.02 * value
            if step % 100 == 0:
                rate = (step - 1) / (time.perf_counter() - first_done)
                print(f"step {step:6d}  epoch {epoch + 1}  loss {running:.4f}  {rate:.1f} steps/s")
            if args.max_steps and step >= args.max_steps:
                break
        for group in optimizer.param_groups:
            group["lr"] *= args.decay
        epochs_done += 1
        if args.max_steps and step >= args.max_steps:
            break
    seconds = time.perf_counter() - started
    rate = (step - 1) / max(1e-9, time.perf_counter() - first_done)
    print(f"trained {step} steps in {seconds:.1f} s ({rate:.2f} steps/s after the first)")
    model.eval()
    as_saved(model)
    start_h, start_c = start_state(model, encoded, device)
    model.start_h.copy_(start_h)
    model.start_c.copy_(start_c)
    as_saved(model)
    loss, count = held_out_loss(model, encoded_held, device)
    print(f"held-out loss on {len(held)} records ({count:,} symbols): {loss:.4f} nats per symbol")
    info = {
        "name": f"{MODEL_NAME}, {args.layers} × {args.units} units (PyTorch)",
        "corpus": CORPUS_NAME,
        "corpus_file": CORPUS_FILE,
        "corpus_sha256": digest,
        "layout": LAYOUT,
        "hidden": args.units,
        "layers": args.layers,
        "embedding": args.embedding,
        "batch": args.batch,
        "steps": args.seq_len,
        "learning_rate": args.lr,
        "decay": args.decay,
        "clip_norm": args.clip,
        "seed": args.seed,
        "epochs": epochs_done,
        "training_steps": step,
        "training_seconds": round(seconds),
        "held_out_loss": loss,
        "held_out_records": len(held),
    }
    data = model_file_bytes(model, chars, info)
    with open(args.out, "wb") as stream:
        stream.write(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return info
'''

_MAIN_BODY = r"""
# ---------------------------------------------------------------- the command line
def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probs", metavar="PROMPT", help="print the odds after PROMPT (JSON)")
    parser.add_argument("--json", action="store_true", help="print `lstm-lab generate --json`")
    parser.add_argument("--model", default=data_path("-model.npz"), help="another model file")
    parser.add_argument("--prompt", default=PROMPT)
    parser.add_argument("--temperature", type=float, default=TEMPERATURE)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--length", type=int, default=LENGTH)
    add_train_options(parser)
    args = parser.parse_args(argv)
    if getattr(args, "train", False):
        train(args)
        return 0
    model, vocabulary, info = load(args.model)
    name = MODEL_NAME if args.model == data_path("-model.npz") else args.model
    layout = info.get("layout", "text")
    if args.probs is not None:
        found = {"prompt": args.probs, "temperature": args.temperature}
        found["unknown"] = vocabulary.unknown_in(args.probs)
        scores, _ = model.read([START] + vocabulary.encode(args.probs))
        found.update(odds(scores, vocabulary, args.temperature))
        return show(json.dumps(found, ensure_ascii=False))
    first, text, ended = generate(
        model, vocabulary, args.prompt, args.temperature, args.seed, args.length
    )
    if args.json:
        found = {
            "model": name,
            "prompt": args.prompt,
            "temperature": args.temperature,
            "seed": args.seed,
            "length": args.length,
            "unknown": vocabulary.unknown_in(args.prompt),
            **first,
            "continuation": text,
            "text": laid_out(args.prompt + text, layout),
            "ended": ended,
        }
        return show(json.dumps(found, ensure_ascii=False))
    # A title that is not plain printable text (line ends, control characters) is shown quoted.
    title = LESSON_TITLE if LESSON_TITLE.isprintable() else repr(LESSON_TITLE)
    lines = [f"Lesson: {title}", f"Model: {name}, {info.get('hidden')} units"]
    lines.append(f"After {args.prompt!r} at T = {args.temperature:g}, the likeliest next:")
    for candidate in first["top"][:5]:
        lines.append(f"  {candidate['label']}  {candidate['p']:.1%}")
    lines.append(f"Written with seed {args.seed}:")
    lines.append(laid_out(args.prompt + text, layout))
    return show("\n".join(lines))


def show(text):
    try:
        print(text)
    except UnicodeEncodeError:  # a console that cannot show the characters
        sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    return 0
"""

_NO_TRAIN = r'''

def add_train_options(parser):
    """Training a larger model is the PyTorch script's (--train)."""
'''

_TRAIN_OPTIONS = r"""

def add_train_options(parser):
    group = parser.add_argument_group("--train: a larger model, written in LSTM Lab's format")
    group.add_argument("--train", action="store_true", help="train a model on the lesson's text")
    group.add_argument("--units", type=int, default=256, help="LSTM units (default 256)")
    group.add_argument("--layers", type=int, default=1, help="stacked LSTM layers (1)")
    group.add_argument("--embedding", type=int, default=128, help="embedding width (128)")
    group.add_argument("--epochs", type=float, default=1.0, help="passes over the text (1)")
    group.add_argument("--batch", type=int, default=32, help="rows side by side (32)")
    group.add_argument("--seq-len", type=int, default=64, help="characters per step (64)")
    group.add_argument("--lr", type=float, default=2e-3, help="Adam's learning rate (0.002)")
    group.add_argument("--decay", type=float, default=0.85, help="lr × this after each epoch")
    group.add_argument("--clip", type=float, default=5.0, help="gradient norm clipped to (5)")
    group.add_argument("--records", type=int, default=0, help="train on the first N records")
    group.add_argument("--max-steps", type=int, default=0, help="stop after N steps")
    group.add_argument("--threads", type=int, default=0, help="CPU threads (default: torch's)")
    group.add_argument("--cpu", action="store_true", help="train on the CPU even with CUDA")
    group.add_argument("--out", default=data_path("-trained.npz"), help="the model file")
"""

_TAIL = r"""

if __name__ == "__main__":
    sys.exit(main())
"""

_MAIN = {
    "numpy": _MAIN_BODY + _NO_TRAIN + _TAIL,
    "pytorch": _MAIN_BODY + _TRAIN_OPTIONS + _TAIL,
}


def prompt_read(options: dict) -> str:
    """The lesson's prompt as its model reads it: a Tang model reads a prompt typed in
    simplified characters in traditional ones (the script has no conversion of its own)."""
    name = options["model"]
    if CORPORA[MODELS[name][1]].layout != "poem":
        return options["prompt"]
    return read_as(shipped_model(name).vocabulary.index, options["prompt"])


def app_json(lesson: Lesson) -> dict:
    """What the exported script's ``--json`` must print, from the app's own code: `lstm-lab
    generate --json` with the lesson's model, prompt, temperature, seed and length."""
    import json

    from lstm_lab.lessons.poetry.cli import _model, generate_json

    o = check_options(lesson.options)
    model = _model(o["model"])
    prompt = prompt_read(o)  # as the script holds it
    found = generate_json(model, o["model"], prompt, o["temperature"], o["seed"], o["length"])
    return json.loads(json.dumps(found))
