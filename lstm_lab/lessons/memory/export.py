"""The lesson "Remember for 100 steps" as one runnable script, with NumPy only or with PyTorch.

`export_code(lesson, framework)` fills a fixed template with the lesson's numbers: part 1's
value and hold (the constant error carousel by hand), part 2's settings (the long-lag task
"France … speak → French" and the run "Train it yourself" starts: cell, seed, delay, updates),
and the settings and records of the runs shipped with the app. The shipped weights go to a
data file written beside the script (``-runs.npz``: float32 arrays, read with
``np.load(..., allow_pickle=False)``), so that the script reproduces the held-out accuracies
the lesson shows from the weights themselves.

Every value inserted is a number or a string written with repr(), so a lesson file's title
cannot break out of its string constant. The script's ``--json`` prints what
``lstm-lab memory --json`` prints for the same settings (see the script's docstring). No Qt.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from lstm_lab.core.export_code import FRAMEWORKS, ExportedCode, ExportError
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine.layer import LAYER_KEYS
from lstm_lab.engine.longlag import (
    CELL_NAMES,
    COUNTRIES,
    FILLERS,
    LANGUAGES,
    LEARNT_ACCURACY,
    LESSON,
    MAX_DELAY,
    QUERY,
    TEST_SIZE,
    pretrained,
)
from lstm_lab.lessons.memory.model import LEAKY_FORGET, check_options

#: The suffix of the data file holding the shipped runs' weights.
RUNS_SUFFIX = "-runs.npz"
#: The keys of a cell's arrays in that file: "lstm.weight_ih", …
WEIGHT_KEYS = (*LAYER_KEYS, "weight_out", "bias_out")


def export_code(lesson: Lesson, framework: str) -> ExportedCode:
    """The script of ``lesson`` (of kind "memory") for ``framework`` ("numpy" or "pytorch")."""
    if framework not in FRAMEWORKS:
        raise ExportError(
            translate("MemoryExport", '"{framework}" is not a framework LSTM Lab writes').format(
                framework=framework
            )
        )
    options = check_options(lesson.options or {})
    shipped, arrays = {}, {}
    for cell in CELL_NAMES:
        settings, weights, info = pretrained(cell)
        shipped[cell] = {
            "units": settings.units,
            "delay": settings.delay,
            "seed": settings.seed,
            "updates": settings.updates,
            "gate_init": settings.gate_init,
            "countries": settings.countries,
            "fillers": settings.fillers,
            "test_size": settings.test_size,
            "learnt_at": info["learnt_at"],
        }
        for key in WEIGHT_KEYS:
            arrays[f"{cell}.{key}"] = np.asarray(weights[key], np.float32)
    stream = io.BytesIO()
    np.savez(stream, **arrays)
    values = _settings_block(lesson.title or lesson.name, options, shipped)
    body = _NUMPY if framework == "numpy" else _PYTORCH
    header = _HEADER.replace("@FRAMEWORK@", "NumPy only" if framework == "numpy" else "PyTorch")
    script = header.replace("@IMPORTS@\n", _IMPORTS[framework]) + _TASK + body + _MAIN
    # The lesson's values go in last, so nothing is ever searched for inside them.
    script = script.replace("# @SETTINGS@\n", values)
    return ExportedCode(script=script, data_files={RUNS_SUFFIX: stream.getvalue()})


def _settings_block(title: str, options: dict[str, Any], shipped: dict[str, dict]) -> str:
    def line(name: str, value: Any, comment: str = "") -> str:
        return f"{name} = {value!r}" + (f"  # {comment}\n" if comment else "\n")

    shipped_lines = "".join(f"    {cell!r}: {values!r},\n" for cell, values in shipped.items())
    return (
        line("LESSON_TITLE", str(title), "the lesson's title, as a string")
        + "\n# Part 1: one LSTM unit whose gates are set by hand.\n"
        + line("VALUE", float(options["value"]), "what the input gate writes at step 1")
        + line("HOLD", int(options["hold"]), "steps from the marker to the query: T = HOLD + 1")
        + line("LEAKY_FORGET", float(LEAKY_FORGET), "the forget gate compared with f = 1")
        + '\n# Part 2: the run "Train it yourself" starts (--train), as set in the lesson.\n'
        + line("CELL", str(options["cell"]), "the cell trained: 'rnn', 'lstm' or 'gru'")
        + line("SEED", int(options["seed"]), "seeds the weights, the batches and the held-out set")
        + line("DELAY", int(options["delay"]), "filler words between the country and 'speak'")
        + line("UPDATES", int(options["updates"]), "Adam updates")
        + "\n# The settings every run of the lesson shares (the app's LESSON).\n"
        + line("UNITS", int(LESSON["units"]), "units H of the layer")
        + line("N_COUNTRIES", int(LESSON["countries"]), "countries (and languages)")
        + line("N_FILLERS", int(LESSON["fillers"]), "filler words drawn from")
        + line("LR", float(LESSON["lr"]), "Adam's learning rate")
        + line("BATCH_SIZE", int(LESSON["batch_size"]), "sentences per update")
        + line("CLIP_NORM", float(LESSON["clip_norm"]), "largest joint 2-norm of the gradients")
        + line("GATE_INIT", str(LESSON["gate_init"]), "how the memory gates start")
        + line("EVAL_EVERY", 250, "updates between two held-out evaluations")
        + line("TEST_SIZE", int(TEST_SIZE), "held-out sentences")
        + line("LEARNT_ACCURACY", float(LEARNT_ACCURACY), "held-out accuracy that counts as learnt")
        + line("MAX_DELAY", int(MAX_DELAY), "longest delay")
        + "\n# The words: token k < N_COUNTRIES is a country and answers language k.\n"
        + line("COUNTRIES", tuple(COUNTRIES))
        + line("LANGUAGES", tuple(LANGUAGES))
        + "# The filler words; a sentence draws from the first N_FILLERS.\n"
        + line("FILLERS", tuple(FILLERS))
        + line("QUERY", str(QUERY), "the last word of every sentence")
        + "\n# The runs shipped with the app (their weights are in the -runs.npz file beside this\n"
        + "# script); learnt_at is the first evaluated update whose held-out accuracy reached\n"
        + "# LEARNT_ACCURACY during their training.\n"
        + "SHIPPED = {\n"
        + shipped_lines
        + "}\n"
    )


_IMPORTS = {
    "numpy": "import numpy as np\n\n",
    "pytorch": "import numpy as np\nimport torch\nfrom torch import nn\n\n",
}

_HEADER = r'''"""A memory lesson of LSTM Lab ("Remember for 100 steps") as a script, @FRAMEWORK@.

Part 1, the constant error carousel by hand: one LSTM unit whose gates are set, not computed.
The input gate is i = 1 at step 1 (the marker) and 0 after, the forget gate f is the same at
every step, the output gate is o = 0 until the last step T (the query) and 1 there:

    C(t) = f(t)·C(t−1) + i(t)·C̃(t)     h(t) = o(t)·tanh(C(t))     ∂C(T)/∂C(t) = Π_{s=t+1..T} f(s)

With f = 1 the cell state C keeps the value exactly and the gradient along it is exactly 1
however long the gap; with f = 0.9 both shrink as 0.9^k.

Part 2, "I grew up in France … (DELAY filler words) … so I speak fluent ___": a sentence is a
country, DELAY filler words, then "speak"; the answer at the last step is the country's
language. A layer of UNITS RNN, LSTM or GRU units reads the sentence, a Dense head reads its
last hidden state, softmax cross-entropy scores the answer; Adam trains it with the
gradients' joint norm clipped. A cell has learnt the task when it answers at least
LEARNT_ACCURACY of TEST_SIZE held-out sentences right (chance is 1 / N_COUNTRIES).

The lesson's numbers are below as Python literals, exactly as LSTM Lab had them.

    python SCRIPT.py                 part 1 step by step, then the shipped runs' held-out
                                     accuracy, computed from their weights (the -runs.npz
                                     file beside this script)
    python SCRIPT.py --json          the same JSON as `lstm-lab memory --json`
    python SCRIPT.py --train         train the lesson's cell with the lesson's settings
    python SCRIPT.py --train --json  the same JSON as `lstm-lab memory --train --json
                                     --cell CELL --seed SEED --delay DELAY --updates UPDATES`
    python SCRIPT.py --carousel --json   part 1's numbers, every step, as JSON

--cell (repeatable), --seed, --delay and --updates change the run as in `lstm-lab memory`;
--gate-init standard starts the gates as LSTMs usually start (see init_weights);
--dtype float64 trains in double precision (the app trains in float32); --losses adds every
update's training loss to the JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

@IMPORTS@
# ============================================================================ the lesson
# @SETTINGS@
CELL_NAMES = ("rnn", "lstm", "gru")
#: The arrays of a layer, named as in PyTorch (without the "_l0" suffix), then the head's.
LAYER_KEYS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
WEIGHT_KEYS = (*LAYER_KEYS, "weight_out", "bias_out")
#: Where the shipped weights are: this script's path with ".py" replaced by "-runs.npz".
_HERE = os.path.abspath(__file__)
RUNS_FILE = _HERE.removesuffix(".py") + "-runs.npz"
'''

_TASK = r'''

# ============================================================================ the task
# Token numbers: 0 … N_COUNTRIES−1 the countries, then the N_FILLERS filler words, then the
# query "speak" (the last number). A sentence has DELAY + 2 steps: the country at step 0,
# fillers at steps 1 … DELAY, the query at step DELAY + 1. Arrays are time-major: tokens
# (T, B), one-hot inputs x (T, B, D) with D = N_COUNTRIES + N_FILLERS + 1.
def n_inputs():
    return N_COUNTRIES + N_FILLERS + 1


def sample(rng, delay, count):
    """count sentences: tokens (delay + 2, count) and their answers (count,)."""
    answers = rng.integers(0, N_COUNTRIES, size=count)
    tokens = np.empty((delay + 2, count), np.int64)
    tokens[0] = answers
    tokens[1:-1] = N_COUNTRIES + rng.integers(0, N_FILLERS, size=(delay, count))
    tokens[-1] = N_COUNTRIES + N_FILLERS  # the query
    return tokens, answers


def one_hot(tokens, dtype):
    """The inputs x (T, B, D) of tokens (T, B): a 1 in the token's row."""
    xs = np.zeros((*tokens.shape, n_inputs()), dtype)
    np.put_along_axis(xs, tokens[..., None], 1.0, axis=-1)
    return xs


def held_out_set(seed, delay, count=TEST_SIZE):
    """The held-out sentences of run `seed`: a generator of their own, never trained on."""
    return sample(np.random.default_rng([seed, 1]), delay, count)


def training_batches(seed, delay):
    """The endless stream of training batches of run `seed`: the same for the three cells."""
    rng = np.random.default_rng([seed, 0])
    while True:
        yield sample(rng, delay, BATCH_SIZE)


def words(tokens):
    vocabulary = (*COUNTRIES[:N_COUNTRIES], *FILLERS[:N_FILLERS], QUERY)
    return [vocabulary[int(token)] for token in tokens]


def init_weights(cell, seed, delay, gate_init, dtype):
    """The weights a run starts from, drawn from a generator seeded with [seed, 2, the cell's
    number]: every array uniform on ±1/√H as PyTorch draws them for nn.RNN / nn.LSTM / nn.GRU
    and nn.Linear, in that order. Then the gates that decide how much of the old state is kept:

    - "chrono" (the lesson's; Tallec & Ollivier 2018): each LSTM unit's forget bias is log(u),
      u uniform on [1, DELAY + 1], and its input bias −log(u); the GRU's update-gate bias is
      drawn the same way. The units start with memory time scales spread up to the lag.
    - "standard": the LSTM's forget-gate bias is 1 (as LSTMs usually start); the GRU keeps
      PyTorch's draw.

    A bias set here goes to bias_ih; bias_hh of the same rows is 0. The RNN has no gate.
    """
    rng = np.random.default_rng([seed, 2, CELL_NAMES.index(cell)])
    blocks = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
    H, D = UNITS, n_inputs()
    bound = 1.0 / np.sqrt(H)
    shapes = {
        "weight_ih": (blocks * H, D),
        "weight_hh": (blocks * H, H),
        "bias_ih": (blocks * H,),
        "bias_hh": (blocks * H,),
        "weight_out": (N_COUNTRIES, H),
        "bias_out": (N_COUNTRIES,),
    }
    w = {key: rng.uniform(-bound, bound, size=shape).astype(dtype) for key, shape in shapes.items()}
    i_rows, f_rows = slice(0, H), slice(H, 2 * H)  # LSTM rows: i, f, g, o
    z_rows = slice(H, 2 * H)  # GRU rows: r, z, n
    if cell == "lstm" and gate_init == "standard":
        w["bias_ih"][f_rows] = 1.0
        w["bias_hh"][f_rows] = 0.0
    elif cell != "rnn" and gate_init == "chrono":
        keep = np.log(rng.uniform(1.0, delay + 1.0, size=H))
        rows = f_rows if cell == "lstm" else z_rows
        w["bias_ih"][rows] = keep
        w["bias_hh"][rows] = 0.0
        if cell == "lstm":
            w["bias_ih"][i_rows] = -keep
            w["bias_hh"][i_rows] = 0.0
    return w


def load_shipped():
    """The shipped runs' weights {cell: {key: float32 array}} from RUNS_FILE (no pickles)."""
    try:
        with np.load(RUNS_FILE, allow_pickle=False) as data:
            return {
                cell: {key: np.array(data[f"{cell}.{key}"]) for key in WEIGHT_KEYS}
                for cell in CELL_NAMES
            }
    except (OSError, KeyError, ValueError) as error:
        sys.exit(
            f"{os.path.basename(_HERE)}: the shipped weights cannot be read from {RUNS_FILE} "
            f"({error}); it is written beside the script. --train trains without it."
        )
'''

_NUMPY = r'''

# ============================================================================ part 1
def carousel(value, hold, forget):
    """The hand-set unit over steps 1 … T = hold + 1, float64: its gates i, f, o, its
    candidate C̃ (here g), its states C and h, and ∂C(T)/∂C(t) for every step (lists)."""
    steps = hold + 1
    i = [1.0] + [0.0] * hold  # the input gate opens at the marker only
    o = [0.0] * hold + [1.0]  # the output gate opens at the query only
    f = [float(forget)] * steps
    g = [float(value)] + [0.0] * hold  # C̃(1) is the value written
    c, h = [], []
    previous = 0.0  # C(0)
    for t in range(steps):
        previous = f[t] * previous + i[t] * g[t]  # C(t) = f(t)·C(t−1) + i(t)·C̃(t)
        c.append(previous)
        h.append(o[t] * float(np.tanh(previous)))  # h(t) = o(t)·tanh(C(t))
    grad = [0.0] * steps
    product = 1.0  # ∂C(T)/∂C(T) = 1
    for t in range(steps - 1, -1, -1):  # ∂C(T)/∂C(t) = f(t+1)·…·f(T)
        grad[t] = product
        product *= f[t]
    return {"i": i, "f": f, "g": g, "o": o, "c": c, "h": h, "grad": grad}


# ============================================================================ the three cells
# Each forward pass runs H units over B sentences x (T, B, D) from h(0) = C(0) = 0, and keeps
# what the backward pass needs; each backward pass is backpropagation through time written
# out, given ∂L/∂h(T) (only the last step is scored). Rows of a weight array are units; the
# LSTM's 4H rows are its gates in PyTorch's order i, f, g (the candidate C̃), o, the GRU's 3H
# rows r, z, n. PyTorch keeps two bias vectors, bias_ih and bias_hh; for the RNN and the LSTM
# only their sum matters (both get the same gradient), for the GRU bias_hh's n rows sit
# inside the reset gate's product.
def sigmoid(a):
    """σ(a) = 1 / (1 + e^(−a)), computed as ½·tanh(½·a) + ½: the same function, no overflow."""
    return 0.5 * np.tanh(0.5 * a) + 0.5


def rnn_forward(w, xs):
    """h(t) = tanh(W_ih·x(t) + b_ih + W_hh·h(t−1) + b_hh)"""
    h = np.zeros((xs.shape[1], w["weight_hh"].shape[1]), xs.dtype)
    steps = []
    for x in xs:
        h_prev = h
        h = np.tanh(x @ w["weight_ih"].T + w["bias_ih"] + h_prev @ w["weight_hh"].T + w["bias_hh"])
        steps.append((x, h_prev, h))
    return h, steps


def rnn_backward(w, steps, d_h):
    """δa(t) = δh(t)⊙(1 − h(t)²);  δh(t−1) = W_hhᵀ·δa(t);  ∂L/∂W = Σ_t δa(t)·input(t)ᵀ"""
    grads = {key: np.zeros_like(w[key]) for key in LAYER_KEYS}
    for x, h_prev, h in reversed(steps):
        d_a = d_h * (1.0 - h * h)
        grads["weight_ih"] += d_a.T @ x
        grads["weight_hh"] += d_a.T @ h_prev
        grads["bias_ih"] += d_a.sum(axis=0)
        d_h = d_a @ w["weight_hh"]
    grads["bias_hh"] = grads["bias_ih"].copy()
    return grads


def lstm_forward(w, xs):
    """The LSTM step (PyTorch's nn.LSTM, gate order i, f, g, o):

        a(t) = W_ih·x(t) + b_ih + W_hh·h(t−1) + b_hh       4H pre-activations
        i(t) = σ(a_i)   f(t) = σ(a_f)   C̃(t) = tanh(a_g)   o(t) = σ(a_o)
        C(t) = f(t)⊙C(t−1) + i(t)⊙C̃(t)      h(t) = o(t)⊙tanh(C(t))
    """
    B, H = xs.shape[1], w["weight_hh"].shape[1]
    h = np.zeros((B, H), xs.dtype)
    c = np.zeros((B, H), xs.dtype)
    steps = []
    for x in xs:
        h_prev, c_prev = h, c
        a = x @ w["weight_ih"].T + w["bias_ih"] + h_prev @ w["weight_hh"].T + w["bias_hh"]
        i = sigmoid(a[:, 0:H])
        f = sigmoid(a[:, H : 2 * H])
        g = np.tanh(a[:, 2 * H : 3 * H])  # C̃(t)
        o = sigmoid(a[:, 3 * H :])
        c = f * c_prev + i * g
        tanh_c = np.tanh(c)
        h = o * tanh_c
        steps.append((x, h_prev, c_prev, i, f, g, o, tanh_c))
    return h, steps


def lstm_backward(w, steps, d_h):
    """δC(t) = δh(t)⊙o(t)⊙(1 − tanh²C(t)) + δC(t+1)⊙f(t+1)
    δa_i = δC⊙C̃⊙i(1 − i)   δa_f = δC⊙C(t−1)⊙f(1 − f)   δa_g = δC⊙i⊙(1 − C̃²)
    δa_o = δh⊙tanh(C)⊙o(1 − o)   δh(t−1) = W_hhᵀ·δa(t)"""
    grads = {key: np.zeros_like(w[key]) for key in LAYER_KEYS}
    d_c = np.zeros_like(d_h)
    for x, h_prev, c_prev, i, f, g, o, tanh_c in reversed(steps):
        d_c = d_c + d_h * o * (1.0 - tanh_c * tanh_c)
        d_a = np.concatenate(
            [
                d_c * g * i * (1.0 - i),
                d_c * c_prev * f * (1.0 - f),
                d_c * i * (1.0 - g * g),
                d_h * tanh_c * o * (1.0 - o),
            ],
            axis=1,
        )
        grads["weight_ih"] += d_a.T @ x
        grads["weight_hh"] += d_a.T @ h_prev
        grads["bias_ih"] += d_a.sum(axis=0)
        d_h = d_a @ w["weight_hh"]
        d_c = d_c * f  # the carousel: the gradient along C is multiplied by f only
    grads["bias_hh"] = grads["bias_ih"].copy()
    return grads


def gru_forward(w, xs):
    """The GRU step (PyTorch's nn.GRU, gate order r, z, n):

        r(t) = σ(W_ir·x + b_ir + W_hr·h(t−1) + b_hr)            reset gate
        z(t) = σ(W_iz·x + b_iz + W_hz·h(t−1) + b_hz)            update gate
        n(t) = tanh(W_in·x + b_in + r(t)⊙(W_hn·h(t−1) + b_hn))  candidate
        h(t) = (1 − z(t))⊙n(t) + z(t)⊙h(t−1)                    z near 1 keeps the state
    """
    B, H = xs.shape[1], w["weight_hh"].shape[1]
    h = np.zeros((B, H), xs.dtype)
    steps = []
    for x in xs:
        h_prev = h
        a_x = x @ w["weight_ih"].T + w["bias_ih"]
        a_h = h_prev @ w["weight_hh"].T + w["bias_hh"]
        r = sigmoid(a_x[:, 0:H] + a_h[:, 0:H])
        z = sigmoid(a_x[:, H : 2 * H] + a_h[:, H : 2 * H])
        u_n = a_h[:, 2 * H :]  # W_hn·h(t−1) + b_hn
        n = np.tanh(a_x[:, 2 * H :] + r * u_n)
        h = (1.0 - z) * n + z * h_prev
        steps.append((x, h_prev, r, z, n, u_n))
    return h, steps


def gru_backward(w, steps, d_h):
    """δa_n = δh⊙(1 − z)⊙(1 − n²)   δa_z = δh⊙(h(t−1) − n)⊙z(1 − z)   δa_r = δa_n⊙u_n⊙r(1 − r)
    the input side gets [δa_r; δa_z; δa_n], the hidden side [δa_r; δa_z; δa_n⊙r];
    δh(t−1) = δh⊙z + W_hhᵀ·(hidden side)"""
    grads = {key: np.zeros_like(w[key]) for key in LAYER_KEYS}
    for x, h_prev, r, z, n, u_n in reversed(steps):
        d_a_n = d_h * (1.0 - z) * (1.0 - n * n)
        d_a_z = d_h * (h_prev - n) * z * (1.0 - z)
        d_a_r = d_a_n * u_n * r * (1.0 - r)
        d_in = np.concatenate([d_a_r, d_a_z, d_a_n], axis=1)
        d_rec = np.concatenate([d_a_r, d_a_z, d_a_n * r], axis=1)
        grads["weight_ih"] += d_in.T @ x
        grads["bias_ih"] += d_in.sum(axis=0)
        grads["weight_hh"] += d_rec.T @ h_prev
        grads["bias_hh"] += d_rec.sum(axis=0)
        d_h = d_h * z + d_rec @ w["weight_hh"]
    return grads


FORWARD = {"rnn": rnn_forward, "lstm": lstm_forward, "gru": gru_forward}
BACKWARD = {"rnn": rnn_backward, "lstm": lstm_backward, "gru": gru_backward}


def logits_of(cell, w, xs):
    """The Dense head on the last hidden state: y = W_out·h(T) + b_out, one per language."""
    h_last, steps = FORWARD[cell](w, xs)
    return h_last @ w["weight_out"].T + w["bias_out"], h_last, steps


def loss_and_grads(cell, w, xs, answers):
    """Softmax cross-entropy of the answers at the last step, and every array's gradient:

        p = softmax(y)     L = −(1/B)·Σ_b ln p_b[answer_b]     ∂L/∂y = (p − onehot(answer)) / B
    """
    logits, h_last, steps = logits_of(cell, w, xs)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(len(answers))
    loss = -float(np.mean(log_p[rows, answers], dtype=np.float64))
    d_logits = np.exp(log_p)
    d_logits[rows, answers] -= 1.0
    d_logits /= len(answers)
    grads = BACKWARD[cell](w, steps, d_logits @ w["weight_out"])
    grads["weight_out"] = d_logits.T @ h_last
    grads["bias_out"] = d_logits.sum(axis=0)
    return loss, grads


def accuracy(cell, w, tokens, answers):
    """The share of sentences whose language the model answers right (argmax of y)."""
    logits, _, _ = logits_of(cell, w, one_hot(tokens, w["weight_hh"].dtype))
    return float(np.mean(np.argmax(logits, axis=1) == answers))


def answer_of(cell, w, tokens):
    logits, _, _ = logits_of(cell, w, one_hot(tokens[:, None], w["weight_hh"].dtype))
    return int(np.argmax(logits[0]))


# ============================================================================ training
def clip_grad_norm(grads, max_norm):
    """Scale all gradients so that their joint 2-norm is at most max_norm (as PyTorch's
    clip_grad_norm_: the norm of the arrays' norms, and a factor max_norm / (norm + 10⁻⁶))."""
    norms = [math.sqrt(float(np.vdot(g, g))) for g in grads.values()]
    total = math.sqrt(math.fsum(n * n for n in norms))
    coefficient = max_norm / (total + 1e-6)
    if not coefficient >= 1.0:
        for g in grads.values():
            g *= coefficient
    return total


class Adam:
    """Adam as torch.optim.Adam with its defaults, on a dict of arrays, updated in place:

        m ← m + (1 − β₁)·(g − m)      v ← β₂·v + (1 − β₂)·g²      at step k = 1, 2, …
        θ ← θ − (η / (1 − β₁ᵏ))·m / (√v / √(1 − β₂ᵏ) + ε)
    """

    def __init__(self, params, lr, betas=(0.9, 0.999), eps=1e-8):
        self.params, self.lr, self.eps = params, lr, eps
        self.beta1, self.beta2 = betas
        self.m = {key: np.zeros_like(value) for key, value in params.items()}
        self.v = {key: np.zeros_like(value) for key, value in params.items()}
        self.k = 0

    def step(self, grads):
        self.k += 1
        step_size = self.lr / (1.0 - self.beta1**self.k)
        bias2 = math.sqrt(1.0 - self.beta2**self.k)
        for key, theta in self.params.items():
            g, m, v = grads[key], self.m[key], self.v[key]
            m += (g - m) * (1.0 - self.beta1)
            v *= self.beta2
            v += (g * g) * (1.0 - self.beta2)
            theta -= (m / (np.sqrt(v) / bias2 + self.eps)) * step_size


def train(cell, seed, delay, updates, gate_init=GATE_INIT, dtype="float32", report=None):
    """One run: UPDATES Adam updates on batches of BATCH_SIZE sentences, the held-out accuracy
    every EVAL_EVERY updates and after the last; a non-finite loss ends the run early.
    Returns the run's row (as `lstm-lab memory --json` writes it) and its losses."""
    dtype = np.dtype(dtype)
    w = init_weights(cell, seed, delay, gate_init, dtype)
    batches = training_batches(seed, delay)
    test_tokens, test_answers = held_out_set(seed, delay)
    optimizer = Adam(w, lr=LR)
    losses, learnt_at, measured = [], None, None
    for update in range(1, updates + 1):
        tokens, answers = next(batches)
        with np.errstate(all="ignore"):
            loss, grads = loss_and_grads(cell, w, one_hot(tokens, dtype), answers)
        losses.append(loss)
        healthy = math.isfinite(loss)
        if healthy:
            clip_grad_norm(grads, CLIP_NORM)
            optimizer.step(grads)
        last = update == updates or not healthy
        if last or update % EVAL_EVERY == 0:
            with np.errstate(all="ignore"):
                measured = accuracy(cell, w, test_tokens, test_answers)
            if learnt_at is None and measured >= LEARNT_ACCURACY:
                learnt_at = update
            if report is not None:
                report(cell, update, loss, measured)
        if last:
            break
    row = run_row(cell, False, delay, seed, updates, gate_init, measured, learnt_at)
    return row, losses
'''

_PYTORCH = r'''

# ============================================================================ part 1
def carousel(value, hold, forget):
    """The hand-set unit over steps 1 … T = hold + 1, in float64 tensors: its gates i, f, o,
    its candidate C̃ (here g), its states C and h, and ∂C(T)/∂C(t) for every step (lists).

    nn.LSTM cannot run this unit: its gates are always computed, σ(W·x + W·h + b), and σ
    reaches 0 or 1 only in the limit, so no weights make f exactly 1 or open i at step 1
    only. A pinned gate needs the cell loop written out, as here. The gradient is the one
    autograd finds: C(T).backward() through the loop."""
    steps = hold + 1
    i = torch.zeros(steps, dtype=torch.float64)
    i[0] = 1.0  # the input gate opens at the marker only
    o = torch.zeros(steps, dtype=torch.float64)
    o[-1] = 1.0  # the output gate opens at the query only
    f = torch.full((steps,), float(forget), dtype=torch.float64)
    g = torch.zeros(steps, dtype=torch.float64)
    g[0] = float(value)  # C̃(1) is the value written
    states = [torch.zeros((), dtype=torch.float64, requires_grad=True)]  # C(0)
    for t in range(steps):
        c = f[t] * states[-1] + i[t] * g[t]  # C(t) = f(t)·C(t−1) + i(t)·C̃(t)
        c.retain_grad()
        states.append(c)
    c = torch.stack(states[1:])
    h = o * torch.tanh(c)  # h(t) = o(t)·tanh(C(t))
    states[-1].backward()  # ∂C(T)/∂C(t) for every t, by autograd through the loop
    grad = [1.0 if s.grad is None else s.grad.item() for s in states[1:]]
    return {
        "i": i.tolist(), "f": f.tolist(), "g": g.tolist(), "o": o.tolist(),
        "c": c.detach().tolist(), "h": h.detach().tolist(), "grad": grad,
    }  # fmt: skip


# ============================================================================ the three cells
# nn.RNN (tanh), nn.LSTM and nn.GRU are the app's three layers exactly: LSTM Lab keeps its
# weights in PyTorch's layout and gate order (LSTM: i, f, g = C̃, o; GRU: r, z, n), with
# PyTorch's two bias vectors bias_ih and bias_hh, and follows PyTorch's documented equations:
#
#   RNN   h(t) = tanh(W_ih·x(t) + b_ih + W_hh·h(t−1) + b_hh)
#   LSTM  i, f, o = σ(…), C̃ = tanh(…), C(t) = f⊙C(t−1) + i⊙C̃, h(t) = o⊙tanh(C(t))
#   GRU   n(t) = tanh(W_in·x + b_in + r⊙(W_hn·h(t−1) + b_hn)), h(t) = (1 − z)⊙n + z⊙h(t−1)
#
# What differs is rounding only: the app computes σ(a) as ½·tanh(½·a) + ½ and adds the terms
# in another order, so float32 results agree to about 10⁻⁶ and float64 ones to about 10⁻¹⁵.
# Inputs are time-major, (T, B, D), which is nn.RNN's default (batch_first=False); every
# sentence starts from h(0) = C(0) = 0.
# Layers this small run fastest on one thread: more only wait for each other at every step.
torch.set_num_threads(1)


class LongLagModel(nn.Module):
    """A layer of UNITS cells read at the last step by a Dense head (nn.Linear)."""

    def __init__(self, cell):
        super().__init__()
        layer = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[cell]
        self.layer = layer(n_inputs(), UNITS)
        self.head = nn.Linear(UNITS, N_COUNTRIES)

    def forward(self, xs):
        hs, _ = self.layer(xs)  # h(t) of every step: (T, B, H)
        return self.head(hs[-1])  # y = W_out·h(T) + b_out, one per language

    def load_arrays(self, w):
        """Weights from numpy arrays named as LSTM Lab names them."""
        state = {f"layer.{key}_l0": torch.from_numpy(w[key]) for key in LAYER_KEYS}
        state["head.weight"] = torch.from_numpy(w["weight_out"])
        state["head.bias"] = torch.from_numpy(w["bias_out"])
        self.load_state_dict(state)
        return self


def model_of(cell, w):
    dtype = torch.float64 if w["weight_hh"].dtype == np.float64 else torch.float32
    return LongLagModel(cell).to(dtype).load_arrays(w)


def accuracy_of(model, tokens, answers):
    """The share of sentences whose language the model answers right (argmax of y)."""
    dtype = np.float64 if model.head.weight.dtype == torch.float64 else np.float32
    with torch.no_grad():
        logits = model(torch.from_numpy(one_hot(tokens, dtype)))
    return float(np.mean(logits.argmax(dim=1).numpy() == answers))


def accuracy(cell, w, tokens, answers):
    return accuracy_of(model_of(cell, w), tokens, answers)


def answer_of(cell, w, tokens):
    model = model_of(cell, w)
    with torch.no_grad():
        logits = model(torch.from_numpy(one_hot(tokens[:, None], w["weight_hh"].dtype)))
    return int(logits[0].argmax())


# ============================================================================ training
def train(cell, seed, delay, updates, gate_init=GATE_INIT, dtype="float32", report=None):
    """One run: UPDATES Adam updates on batches of BATCH_SIZE sentences, the held-out accuracy
    every EVAL_EVERY updates and after the last; a non-finite loss ends the run early.
    Returns the run's row (as `lstm-lab memory --json` writes it) and its losses.

    The weights start as LSTM Lab draws them (init_weights, with numpy's generator) and the
    batches are the same, so this run and the app's see the same numbers; Adam is
    torch.optim.Adam with its defaults, the loss F.cross_entropy (softmax cross-entropy),
    the clipping clip_grad_norm_, as in the app."""
    np_dtype = np.dtype(dtype)
    model = model_of(cell, init_weights(cell, seed, delay, gate_init, np_dtype))
    batches = training_batches(seed, delay)
    test_tokens, test_answers = held_out_set(seed, delay)
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    losses, learnt_at, measured = [], None, None
    for update in range(1, updates + 1):
        tokens, answers = next(batches)
        logits = model(torch.from_numpy(one_hot(tokens, np_dtype)))
        loss = nn.functional.cross_entropy(logits, torch.from_numpy(answers))
        value = loss.item()
        losses.append(value)
        healthy = math.isfinite(value)
        if healthy:
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)
            optimizer.step()
        last = update == updates or not healthy
        if last or update % EVAL_EVERY == 0:
            measured = accuracy_of(model, test_tokens, test_answers)
            if learnt_at is None and measured >= LEARNT_ACCURACY:
                learnt_at = update
            if report is not None:
                report(cell, update, value, measured)
        if last:
            break
    row = run_row(cell, False, delay, seed, updates, gate_init, measured, learnt_at)
    return row, losses
'''

_MAIN = r'''

# ============================================================================ what it prints
def run_row(cell, shipped, delay, seed, updates, gate_init, test_accuracy, learnt_at):
    """One cell's row, with the names and order of `lstm-lab memory --json`."""
    return {
        "cell": cell,
        "shipped": shipped,
        "delay": delay,
        "units": UNITS,
        "seed": seed,
        "updates": updates,
        "gate_init": gate_init,
        "test_accuracy": test_accuracy,
        "chance": 1.0 / N_COUNTRIES,
        "learnt": test_accuracy >= LEARNT_ACCURACY,
        "learnt_at": learnt_at,
    }


def shipped_row(cell, w):
    """A shipped run's row: its held-out accuracy measured here, from its weights."""
    s = SHIPPED[cell]
    tokens, answers = held_out_set(s["seed"], s["delay"], s["test_size"])
    measured = accuracy(cell, w, tokens, answers)
    return run_row(
        cell, True, s["delay"], s["seed"], s["updates"], s["gate_init"], measured, s["learnt_at"]
    )


def row_text(row):
    where = "shipped" if row["shipped"] else "trained"
    learnt = f"learnt at update {row['learnt_at']}" if row["learnt"] else "not learnt"
    return (
        f"{row['cell']:<5} {where}, delay {row['delay']}, seed {row['seed']}: held-out accuracy "
        f"{row['test_accuracy']:.3f} (chance {row['chance']:.2f}), {learnt}"
    )


def print_part_one():
    kept = carousel(VALUE, HOLD, 1.0)
    leaky = carousel(VALUE, HOLD, LEAKY_FORGET)
    T = HOLD + 1
    print(f"{LESSON_TITLE}\n")
    print(f"Part 1: the constant error carousel by hand (value {VALUE}, T = {T} steps)")
    print(
        f"{'t':>5} {'i':>3} {'f':>3} {'C̃':>6} {'o':>3} {'C(t)':>10} {'h(t)':>10} "
        f"{'∂C(T)/∂C(t)':>12}"
    )
    shown = sorted({0, 1, 2, T - 2, T - 1} & set(range(T)))
    for n, t in enumerate(shown):
        if n and t != shown[n - 1] + 1:
            print(f"{'…':>5}")
        print(
            f"{t + 1:>5} {kept['i'][t]:>3g} {kept['f'][t]:>3g} {kept['g'][t]:>6g} "
            f"{kept['o'][t]:>3g} {kept['c'][t]:>10.6g} {kept['h'][t]:>10.6g} {kept['grad'][t]:>12g}"
        )
    print(f"With f = 1:   C(T) = {kept['c'][-1]!r}, h(T) = tanh(C(T)) = {kept['h'][-1]:.6g}, "
          f"∂C(T)/∂C(1) = {kept['grad'][0]!r}")
    print(f"With f = {LEAKY_FORGET}: C(T) = {leaky['c'][-1]:.3g}, h(T) = {leaky['h'][-1]:.3g}, "
          f"∂C(T)/∂C(1) = {LEAKY_FORGET}^{HOLD} = {leaky['grad'][0]:.3g}\n")


def print_sample(weights):
    """One held-out sentence of the lesson's seed and delay, and each shipped run's answer."""
    tokens, answers = held_out_set(SEED, DELAY, 1)
    sentence = words(tokens[:, 0])
    shown = sentence if len(sentence) <= 8 else (
        sentence[:4] + [f"… ({len(sentence) - 6} more words) …"] + sentence[-2:]
    )
    print(f"A held-out sentence (seed {SEED}, delay {DELAY}): {' '.join(shown)} → "
          f"{LANGUAGES[int(answers[0])]}")
    for cell in CELL_NAMES:
        answer = answer_of(cell, weights[cell], tokens[:, 0])
        print(f"  the shipped {cell.upper()} answers {LANGUAGES[answer]}")


def report_progress(cell, update, loss, measured):
    print(f"  {cell} update {update}: loss {loss:.4f}, held-out accuracy {measured:.3f}",
          flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cell", choices=CELL_NAMES, action="append",
                        help=f"a cell (repeatable; default: the shipped runs all, --train {CELL})")
    parser.add_argument("--train", action="store_true", help="train instead of the shipped runs")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the run's seed (default {SEED})")
    parser.add_argument("--delay", type=int, default=DELAY,
                        help=f"filler words between the country and 'speak' (default {DELAY})")
    parser.add_argument("--updates", type=int, default=UPDATES,
                        help=f"Adam updates (default {UPDATES})")
    parser.add_argument("--gate-init", choices=("chrono", "standard"), default=GATE_INIT,
                        help=f"how the memory gates start (default {GATE_INIT})")
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float32",
                        help="the precision of training (default float32, as the app)")
    parser.add_argument("--losses", action="store_true",
                        help="add every update's training loss to the JSON rows")
    parser.add_argument("--carousel", action="store_true", help="part 1 only")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not 1 <= args.delay <= MAX_DELAY:
        parser.error(f"the delay must be from 1 to {MAX_DELAY}, not {args.delay}")
    if args.updates < 1:
        parser.error(f"the number of updates must be at least 1, not {args.updates}")
    if args.seed < 0:
        parser.error(f"the seed must be at least 0, not {args.seed}")
    return args


def main(argv):
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = parse_args(argv)
    if args.carousel:
        if args.json:
            runs = [dict(carousel(VALUE, HOLD, f), forget=f) for f in (1.0, LEAKY_FORGET)]
            print(json.dumps({"value": VALUE, "hold": HOLD, "runs": runs}))
        else:
            print_part_one()
        return 0
    rows = []
    if args.train:
        for cell in args.cell or [CELL]:
            if not args.json:
                print(f"Training the {cell.upper()} ({args.updates} updates, delay {args.delay}, "
                      f"seed {args.seed}, {args.dtype})…", flush=True)
            start = time.perf_counter()
            row, losses = train(cell, args.seed, args.delay, args.updates, args.gate_init,
                                args.dtype, report=None if args.json else report_progress)
            if args.losses:
                row["losses"] = losses
            rows.append(row)
            if not args.json:
                print(f"  {time.perf_counter() - start:.1f} s")
    else:
        weights = load_shipped()
        if not args.json:
            print_part_one()
            print('Part 2: "France … speak → French", the runs shipped with the app')
            print_sample(weights)
        rows = [shipped_row(cell, weights[cell]) for cell in args.cell or CELL_NAMES]
    if args.json:
        print(json.dumps({"cells": rows}, indent=2))
    else:
        for row in rows:
            print(row_text(row))
        if not args.train:
            print(f"\npython {os.path.basename(_HERE)} --train trains the {CELL.upper()} "
                  f"with the lesson's settings ({UPDATES} updates, delay {DELAY}, seed {SEED}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


def app_json(lesson: Lesson) -> dict[str, Any]:
    """What the exported script's ``--json`` (no options) must print, from the app's own code:
    `lstm-lab memory --json`, the shipped runs' held-out accuracies."""
    from lstm_lab.lessons.memory.cli import build_parser, measure

    return {"cells": measure(build_parser().parse_args([]))}
