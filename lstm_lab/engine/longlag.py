"""The long-lag memory task: "I grew up in France … (many words later) … so I speak fluent ___".

The sentence is the usual picture of a long-term dependency: the word that decides the answer
came long before the question, and every word in between is beside the point. Here it is a
small made-up language. A sequence is

    country   filler × N   "speak"

a country token (France, Spain, …), then exactly N filler words drawn at random from a small
vocabulary (the distractors), then the query token; the answer at the query step is the
country's language (French, Spanish, …). Only that last step is scored, so nothing but memory
over N + 1 steps helps: a network that forgot the country can do no better than chance,
1 / (number of countries). This is the kind of task Hochreiter & Schmidhuber (1997, "Long
short-term memory", Neural Computation 9(8)) built the LSTM for: a signal that must be kept
for a long, exact lag while noise streams in.

Three cells learn it under the same conditions (units, Adam, learning rate, batch size,
number of updates, gradient-norm clipping, training sequences): a layer of tanh RNN units,
of LSTM units (`layer.py`) or of GRU units (`recurrent_layers.py`), each read at the last step
by a Dense head with one output per language, trained with softmax cross-entropy: the loss
of a choice among languages, whose gradient at the head, p − target, is as large as the
mistake, and whose value reads directly (ln 4 ≈ 1.39 is chance with four countries).

How the cells start (`init_model`): every array is drawn as PyTorch draws it for nn.RNN,
nn.LSTM, nn.GRU and nn.Linear (uniform on ±1/√H). Then the gates that decide how much of the
old state is kept are set, as `gate_init` says:

- "standard": the LSTM's forget-gate bias is 1, as LSTMs usually start (Keras does so by
  default; Jozefowicz, Zaremba & Sutskever 2015); the GRU keeps PyTorch's draw.
- "chrono" (the lesson's): the chrono initialisation of Tallec & Ollivier (2018, "Can
  recurrent neural networks warp time?"): each LSTM unit's forget bias is log(u), u uniform
  on [1, T − 1] with T = N + 2 the sequence length, and its input bias is minus that, so the
  units start with memory time scales spread up to the lag and their input gates mostly
  shut; the GRU's update-gate bias is drawn the same way (z near 1 keeps the state).

The plain RNN has no gate to set, so it starts as PyTorch starts it in both cases.

Why the lesson does not use the standard start: with it, at N = 100, neither gated cell
learns within the lesson's budget either. A forget gate at σ(1) ≈ 0.73 keeps 0.73¹⁰⁰ ≈ 3·10⁻¹⁴
of the country after 100 steps, so the gradient that would open the gate has vanished just
as the RNN's has. A gate can be told the time scale of the task; a plain RNN has nothing to
tell.
`benchmarks/bench_longlag.py` shows both starts.

A cell *learnt* the task when its accuracy on held-out sequences (`TEST_SIZE` of them, drawn
from their own seed, never trained on) is at least `LEARNT_ACCURACY`. Nothing here imports
Qt: `train_longlag` is a generator a window can pump one update at a time.
"""

from __future__ import annotations

import io
import json
import math
import os
import time
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.layer import (
    Workspace,
    init_layer,
    lstm_layer,
    lstm_layer_backward,
)
from lstm_lab.engine.optim import Adam, clip_grad_norm
from lstm_lab.engine.recurrent_layers import (
    gru_layer,
    gru_layer_backward,
    init_gru_layer,
    init_rnn_layer,
    rnn_layer,
    rnn_layer_backward,
)

__all__ = [
    "CELL_NAMES",
    "COUNTRIES",
    "FILLERS",
    "GATE_INITS",
    "LANGUAGES",
    "LESSON",
    "LEARNT_ACCURACY",
    "QUERY",
    "TEST_SIZE",
    "LongLagResult",
    "LongLagSettings",
    "LongLagStep",
    "LongLagTask",
    "accuracy",
    "held_out_set",
    "init_model",
    "lesson_settings",
    "load_result",
    "loss_and_grads",
    "predict",
    "pretrained",
    "run_to_end",
    "save_result",
    "start_weights",
    "train",
    "training_batches",
    "train_longlag",
]

#: The three cells, in the order the course introduces them.
CELL_NAMES: tuple[str, ...] = ("rnn", "lstm", "gru")
#: The countries a sequence may start with, and the language each one answers.
COUNTRIES: tuple[str, ...] = ("France", "Spain", "Italy", "Germany")
LANGUAGES: tuple[str, ...] = ("French", "Spanish", "Italian", "German")
#: The filler words (distractors) in the order of their input rows; a task uses the first few.
FILLERS: tuple[str, ...] = (
    "the", "rain", "river", "we", "walked", "old", "bread", "and",
    "a", "town", "slowly", "friends", "summer", "long", "road", "then",
)  # fmt: skip
#: The query word: the step at which the language is asked for.
QUERY = "speak"
#: The ways the memory gates may start (see the module).
GATE_INITS: tuple[str, ...] = ("standard", "chrono")
#: Learnt: held-out accuracy at least this (chance is 1 / countries, at most 1/2).
LEARNT_ACCURACY = 0.95
#: Held-out sequences scored after training (and at every evaluation).
TEST_SIZE = 512
#: The longest delay a task may have (a trace of 64 sequences stays below a few megabytes).
MAX_DELAY = 2000
#: The settings of the lesson's run, the same for the three cells (see `lesson_settings`).
LESSON = {
    "units": 16,
    "delay": 100,
    "countries": 4,
    "fillers": 8,
    "lr": 0.003,
    "updates": 3000,
    "batch_size": 32,
    "clip_norm": 1.0,
    "gate_init": "chrono",
}
#: The file format of a saved result.
FILE_FORMAT = "lstm-lab-longlag"
FILE_VERSION = 1


# ----------------------------------------------------------------------------- the task
def _whole(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{name} must be a whole number, not {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be from {low} to {high}, not {value}")
    return int(value)


@dataclass(frozen=True)
class LongLagTask:
    """`countries` countries, `fillers` filler words and a delay of `delay` fillers.

    Token numbers: 0 … countries−1 are the countries (token k answers language k), the next
    `fillers` numbers are the filler words, and the last number is the query "speak". A
    sequence has `length` = delay + 2 steps: the country at step 0, fillers at steps
    1 … delay, the query at step delay + 1.
    """

    delay: int
    countries: int = 4
    fillers: int = 8

    def __post_init__(self) -> None:
        _whole(self.delay, "the delay", 1, MAX_DELAY)
        _whole(self.countries, "the number of countries", 2, len(COUNTRIES))
        _whole(self.fillers, "the number of filler words", 1, len(FILLERS))

    @property
    def length(self) -> int:
        return self.delay + 2

    @property
    def query(self) -> int:
        """The query's token number."""
        return self.countries + self.fillers

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """Every token's word, by token number."""
        return (*COUNTRIES[: self.countries], *FILLERS[: self.fillers], QUERY)

    @property
    def languages(self) -> tuple[str, ...]:
        """The answers, by class number (the country's token number)."""
        return LANGUAGES[: self.countries]

    @property
    def inputs(self) -> int:
        """Width of the one-hot input: one row per token."""
        return self.countries + self.fillers + 1

    def sample(self, rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
        """`count` sequences: tokens (length, count) and their answers (count,), both int64."""
        count = _whole(count, "the number of sequences", 1, 1_000_000)
        answers = rng.integers(0, self.countries, size=count)
        tokens = np.empty((self.length, count), np.int64)
        tokens[0] = answers
        tokens[1:-1] = self.countries + rng.integers(0, self.fillers, size=(self.delay, count))
        tokens[-1] = self.query
        return tokens, answers

    def one_hot(self, tokens: np.ndarray, dtype: Any = np.float32) -> np.ndarray:
        """The inputs (T, B, D) of tokens (T, B): one row of D = `inputs` per token."""
        tokens = np.asarray(tokens)
        xs = np.zeros((*tokens.shape, self.inputs), dtype)
        np.put_along_axis(xs, tokens[..., None], 1.0, axis=-1)
        return xs

    def words(self, tokens: np.ndarray) -> list[str]:
        """The words of one sequence of tokens (T,)."""
        vocabulary = self.vocabulary
        return [vocabulary[int(token)] for token in np.asarray(tokens).reshape(-1)]


def held_out_set(
    task: LongLagTask, seed: int, count: int = TEST_SIZE
) -> tuple[np.ndarray, np.ndarray]:
    """The held-out sequences of run `seed`: their own generator, never used for training."""
    return task.sample(np.random.default_rng([int(seed), 1]), count)


# ----------------------------------------------------------------------------- the model
_LAYERS = {
    "rnn": (rnn_layer, rnn_layer_backward),
    "lstm": (lstm_layer, lstm_layer_backward),
    "gru": (gru_layer, gru_layer_backward),
}


def _cell(name: str) -> str:
    if name not in CELL_NAMES:
        raise ValueError(f"the cell must be one of {', '.join(CELL_NAMES)}, not {name!r}")
    return name


def init_model(
    cell: str,
    units: int,
    task: LongLagTask,
    rng: np.random.Generator,
    gate_init: str = "chrono",
    dtype: Any = np.float32,
) -> dict[str, np.ndarray]:
    """A new layer of `units` cells of kind `cell` and its Dense head (see the module).

    The arrays are named as in PyTorch (weight_ih, weight_hh, bias_ih, bias_hh, and the head's
    weight_out, bias_out). A bias set by `gate_init` goes to bias_ih; bias_hh of the same rows
    is zero, so their sum is the bias.
    """
    _cell(cell)
    if gate_init not in GATE_INITS:
        raise ValueError(f"gate_init must be one of {GATE_INITS}, not {gate_init!r}")
    units = _whole(units, "the number of units", 1, 1024)
    inputs, outputs = task.inputs, task.countries
    if cell == "lstm":
        weights = init_layer(units, inputs, rng, dtype=dtype)
    elif cell == "gru":
        weights = init_gru_layer(units, inputs, rng, dtype=dtype)
    else:
        weights = init_rnn_layer(units, inputs, rng, dtype=dtype)
    bound = 1.0 / math.sqrt(units)
    weights["weight_out"] = rng.uniform(-bound, bound, size=(outputs, units)).astype(dtype)
    weights["bias_out"] = rng.uniform(-bound, bound, size=outputs).astype(dtype)
    i_rows, f_rows = slice(0, units), slice(units, 2 * units)  # LSTM: i, f, g, o
    z_rows = slice(units, 2 * units)  # GRU: r, z, n
    if cell == "lstm" and gate_init == "standard":
        weights["bias_ih"][f_rows] = 1.0
        weights["bias_hh"][f_rows] = 0.0
    elif cell != "rnn" and gate_init == "chrono":
        keep = np.log(rng.uniform(1.0, task.delay + 1.0, size=units))
        rows = f_rows if cell == "lstm" else z_rows
        weights["bias_ih"][rows] = keep
        weights["bias_hh"][rows] = 0.0
        if cell == "lstm":
            weights["bias_ih"][i_rows] = -keep
            weights["bias_hh"][i_rows] = 0.0
    return weights


def _last_hidden(cell: str, weights: Mapping[str, np.ndarray], xs: np.ndarray, workspace):
    forward, _ = _LAYERS[cell]
    trace = forward(weights, xs, workspace=workspace)
    return trace, trace.h[-1]


def _logits(weights: Mapping[str, np.ndarray], h: np.ndarray) -> np.ndarray:
    return h @ weights["weight_out"].T + weights["bias_out"]


def loss_and_grads(
    cell: str,
    weights: Mapping[str, np.ndarray],
    xs: np.ndarray,
    answers: np.ndarray,
    workspace: Workspace | None = None,
) -> tuple[float, dict[str, np.ndarray]]:
    """Cross-entropy of the answers at the last step of `xs` (T, B, D), and its gradients.

    Equations::

        y = W_out·h(T) + b_out        p = softmax(y)        L = −(1/B)·Σ_b ln p_b[answer_b]
        ∂L/∂y = (p − onehot(answer)) / B        ∂L/∂h(T) = ∂L/∂y·W_out
        ∂L/∂h(t) = 0 from outside for t < T: only the last step is scored
    """
    _cell(cell)
    answers = np.asarray(answers)
    trace, h_last = _last_hidden(cell, weights, xs, workspace)
    logits = _logits(weights, h_last)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    batch = len(answers)
    rows = np.arange(batch)
    loss = -float(np.mean(log_p[rows, answers], dtype=np.float64))
    d_logits = np.exp(log_p)
    d_logits[rows, answers] -= 1.0
    d_logits /= batch
    d_h = np.zeros(trace.h.shape, d_logits.dtype)
    d_h[-1] = d_logits @ weights["weight_out"]
    _, backward = _LAYERS[cell]
    grads = backward(weights, trace, d_h, input_grad=False, workspace=workspace).d_weights
    grads["weight_out"] = d_logits.T @ h_last
    grads["bias_out"] = d_logits.sum(axis=0)
    return loss, grads


def predict(
    cell: str,
    weights: Mapping[str, np.ndarray],
    task: LongLagTask,
    tokens: np.ndarray,
    chunk: int = 256,
) -> np.ndarray:
    """The language (class number) the model answers for each sequence of tokens (T, B)."""
    _cell(cell)
    tokens = np.asarray(tokens)
    dtype = np.asarray(weights["weight_hh"]).dtype
    answers = np.empty(tokens.shape[1], np.int64)
    workspace = Workspace()
    for start in range(0, tokens.shape[1], chunk):
        part = slice(start, start + chunk)
        xs = task.one_hot(tokens[:, part], dtype)
        _, h_last = _last_hidden(cell, weights, xs, workspace)
        answers[part] = np.argmax(_logits(weights, h_last), axis=1)
    return answers


def accuracy(
    cell: str, weights: Mapping[str, np.ndarray], task: LongLagTask, tokens, answers
) -> float:
    """The share of sequences whose language the model answers right."""
    return float(np.mean(predict(cell, weights, task, tokens) == np.asarray(answers)))


# ----------------------------------------------------------------------------- training
@dataclass(frozen=True)
class LongLagSettings:
    """Everything one training run depends on; the same for the three cells but `cell`."""

    cell: str
    units: int
    delay: int
    seed: int
    lr: float
    updates: int
    countries: int = 4
    fillers: int = 8
    batch_size: int = 32
    clip_norm: float = 1.0
    gate_init: str = "chrono"
    eval_every: int = 250
    test_size: int = TEST_SIZE

    def __post_init__(self) -> None:
        _cell(self.cell)
        _whole(self.units, "the number of units", 1, 1024)
        _whole(self.seed, "the seed", 0, 2**63 - 1)
        _whole(self.updates, "the number of updates", 1, 10_000_000)
        _whole(self.batch_size, "the batch size", 1, 4096)
        _whole(self.eval_every, "the evaluation interval", 1, 10_000_000)
        _whole(self.test_size, "the number of test sequences", 1, 100_000)
        if not (isinstance(self.lr, (int, float)) and 0.0 < self.lr < math.inf):
            raise ValueError(f"the learning rate must be a positive number, not {self.lr!r}")
        if not (isinstance(self.clip_norm, (int, float)) and 0.0 < self.clip_norm):
            raise ValueError(f"the clipping norm must be a positive number, not {self.clip_norm!r}")
        if self.gate_init not in GATE_INITS:
            raise ValueError(f"gate_init must be one of {GATE_INITS}, not {self.gate_init!r}")
        LongLagTask(self.delay, self.countries, self.fillers)  # checks those three

    @property
    def task(self) -> LongLagTask:
        return LongLagTask(self.delay, self.countries, self.fillers)


@dataclass
class LongLagResult:
    """A finished run: its weights, held-out accuracy and curves.

    `losses` holds the training loss of every update; `accuracies` (update, held-out
    accuracy) pairs, one per evaluation, the last after the last update. `learnt_at` is the
    first evaluated update at which the accuracy reached `LEARNT_ACCURACY` (None if never);
    `learnt` judges the final weights. `seconds` is the time spent training (evaluations
    left out); `stopped` says why a run ended before its budget ("" when it did not).
    """

    settings: LongLagSettings
    weights: dict[str, np.ndarray]
    test_accuracy: float
    losses: np.ndarray
    accuracies: list[tuple[int, float]]
    learnt_at: int | None
    seconds: float
    stopped: str = ""

    @property
    def learnt(self) -> bool:
        return self.test_accuracy >= LEARNT_ACCURACY

    @property
    def chance(self) -> float:
        return 1.0 / self.settings.countries


@dataclass
class LongLagStep:
    """One update of a run, as `train_longlag` yields it.

    `loss` is the update's training loss; `test_accuracy` the held-out accuracy when it was
    measured after this update (None otherwise); the last step has `finished` set and the
    `result`.
    """

    update: int
    loss: float
    test_accuracy: float | None = None
    finished: bool = False
    result: LongLagResult | None = field(default=None, repr=False)


def train_longlag(
    cell: str,
    units: int,
    delay: int,
    seed: int,
    lr: float,
    updates: int,
    *,
    countries: int = 4,
    fillers: int = 8,
    batch_size: int = 32,
    clip_norm: float = 1.0,
    gate_init: str = "chrono",
    eval_every: int = 250,
    test_size: int = TEST_SIZE,
    dtype: Any = np.float32,
) -> Iterator[LongLagStep]:
    """Train `cell` on the task for `updates` Adam updates, one `LongLagStep` per update.

    The settings are checked before the first step (a ValueError says which one is wrong).
    The weights start as `start_weights` draws them and the batches come from
    `training_batches`, so the three cells trained with the same seed see the same sequences
    in the same order; `held_out_set(task, seed)` is held out. The held-out accuracy is measured
    every `eval_every` updates and after the last one. A non-finite loss ends the run early
    (`LongLagResult.stopped`).
    """
    settings = LongLagSettings(
        cell=cell,
        units=units,
        delay=delay,
        seed=seed,
        lr=lr,
        updates=updates,
        countries=countries,
        fillers=fillers,
        batch_size=batch_size,
        clip_norm=clip_norm,
        gate_init=gate_init,
        eval_every=eval_every,
        test_size=test_size,
    )
    return train(settings, dtype)


def lesson_settings(cell: str, seed: int = 0, **changes: Any) -> LongLagSettings:
    """The lesson's run of `cell` (`LESSON`), with any setting changed by name.

    Four countries rather than two: one remembered bit is a latch a tanh RNN can stumble
    into at a larger learning rate, while two bits at chance 1/4 leave no doubt. With these
    settings the LSTM and the GRU learn within a few hundred updates and the RNN stays at
    chance (benchmarks/bench_longlag.py).
    """
    return LongLagSettings(cell=cell, seed=seed, **{**LESSON, **changes})


def start_weights(settings: LongLagSettings, dtype: Any = np.float32) -> dict[str, np.ndarray]:
    """The weights run `settings` starts from (drawn from a generator seeded with
    [seed, 2, the cell's number in CELL_NAMES])."""
    rng = np.random.default_rng([settings.seed, 2, CELL_NAMES.index(settings.cell)])
    return init_model(settings.cell, settings.units, settings.task, rng, settings.gate_init, dtype)


def training_batches(settings: LongLagSettings) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The endless stream of training batches (tokens (T, B), answers (B,)) of run `settings`,
    drawn from a generator seeded with [seed, 0]: the same for the three cells."""
    rng = np.random.default_rng([settings.seed, 0])
    while True:
        yield settings.task.sample(rng, settings.batch_size)


def train(settings: LongLagSettings, dtype: Any = np.float32) -> Iterator[LongLagStep]:
    """`train_longlag` with its settings in one object."""
    task = settings.task
    cell = settings.cell
    weights = start_weights(settings, dtype)
    batches = training_batches(settings)
    test_tokens, test_answers = held_out_set(task, settings.seed, settings.test_size)
    optimizer = Adam(weights, lr=settings.lr)
    workspace = Workspace()
    losses = np.full(settings.updates, math.nan)
    accuracies: list[tuple[int, float]] = []
    learnt_at: int | None = None
    seconds = 0.0
    stopped = ""
    update = 0
    while update < settings.updates:
        start = time.perf_counter()
        tokens, answers = next(batches)
        with np.errstate(all="ignore"):
            xs = task.one_hot(tokens, dtype)
            loss, grads = loss_and_grads(cell, weights, xs, answers, workspace)
        healthy = math.isfinite(loss)
        if healthy:
            clip_grad_norm(grads, settings.clip_norm)
            optimizer.step(grads)
        seconds += time.perf_counter() - start
        losses[update] = loss
        update += 1
        if not healthy:
            stopped = f"the loss became {loss} at update {update}"
        last = update == settings.updates or not healthy
        measured = None
        if last or update % settings.eval_every == 0:
            with np.errstate(all="ignore"):
                measured = accuracy(cell, weights, task, test_tokens, test_answers)
            accuracies.append((update, measured))
            if learnt_at is None and measured >= LEARNT_ACCURACY:
                learnt_at = update
        if not last:
            yield LongLagStep(update, loss, measured)
            continue
        assert measured is not None
        result = LongLagResult(
            settings=settings,
            weights={key: np.array(value) for key, value in weights.items()},
            test_accuracy=measured,
            losses=losses[:update].copy(),
            accuracies=accuracies,
            learnt_at=learnt_at,
            seconds=seconds,
            stopped=stopped,
        )
        yield LongLagStep(update, loss, measured, finished=True, result=result)
        return


def run_to_end(steps: Iterator[LongLagStep]) -> LongLagResult:
    """Pump a run to its end and return its result."""
    for step in steps:
        if step.finished:
            assert step.result is not None
            return step.result
    raise ValueError("the run ended without a result")


# ----------------------------------------------------------------------------- files
def save_result(
    result: LongLagResult,
    weights_target: str | os.PathLike[str],
    info_target: str | os.PathLike[str],
    curve_points: int = 200,
) -> dict[str, Any]:
    """Write the weights (float32 .npz) and a JSON of the settings, accuracies and curves.

    The loss curve is stored as the mean loss of at most `curve_points` equal stretches of
    updates. Returns what the JSON holds.
    """
    losses = result.losses
    pieces = np.array_split(np.arange(len(losses)), min(curve_points, len(losses)))
    info = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "settings": asdict(result.settings),
        "test_accuracy": result.test_accuracy,
        "learnt": result.learnt,
        "learnt_at": result.learnt_at,
        "seconds": round(result.seconds, 3),
        "stopped": result.stopped,
        "accuracies": [[int(u), float(a)] for u, a in result.accuracies],
        "loss_curve": [
            [int(piece[-1]) + 1, float(np.mean(losses[piece]))] for piece in pieces if len(piece)
        ],
    }
    arrays = {key: np.asarray(value, np.float32) for key, value in result.weights.items()}
    with open(weights_target, "wb") as stream:
        np.savez_compressed(stream, **arrays)
    lines = ",\n".join(f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in info.items())
    with open(info_target, "w", encoding="utf-8") as stream:
        stream.write("{\n" + lines + "\n}\n")  # one line per entry
    return info


def load_result(
    weights_source: str | os.PathLike[str] | bytes,
    info_source: str | os.PathLike[str] | bytes,
    name: str = "the saved result",
) -> tuple[LongLagSettings, dict[str, np.ndarray], dict[str, Any]]:
    """(settings, weights, info) of a result written by `save_result`.

    A file that cannot be read or is not such a result is a ValueError naming `name` and the
    problem.
    """
    try:
        info_bytes = info_source if isinstance(info_source, bytes) else _read(info_source)
        info = json.loads(info_bytes.decode("utf-8"))
        if not isinstance(info, dict) or info.get("format") != FILE_FORMAT:
            raise ValueError("its JSON is not an LSTM Lab long-lag result")
        settings = LongLagSettings(**info["settings"])
        stream = io.BytesIO(
            weights_source if isinstance(weights_source, bytes) else _read(weights_source)
        )
        with np.load(stream, allow_pickle=False) as data:
            weights = {key: np.asarray(data[key], np.float32) for key in data.files}
        expected = init_model(
            settings.cell, settings.units, settings.task, np.random.default_rng(0)
        )
        for key, array in expected.items():
            if key not in weights or weights[key].shape != array.shape:
                raise ValueError(f"its weights lack {key!r} of shape {array.shape}")
    except (
        OSError,
        UnicodeDecodeError,
        KeyError,
        TypeError,
        zipfile.BadZipFile,
    ) as error:
        raise ValueError(f"{name} cannot be read: {error}") from None
    except ValueError as error:
        raise ValueError(f"{name} cannot be read: {error}") from None
    return settings, weights, info


def _read(path: str | os.PathLike[str]) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()


def pretrained(cell: str) -> tuple[LongLagSettings, dict[str, np.ndarray], dict[str, Any]]:
    """The run of `cell` shipped in lstm_lab/resources/longlag/ (see tools/train_longlag.py)."""
    from lstm_lab.resources import resource_bytes

    _cell(cell)
    return load_result(
        resource_bytes(f"longlag/{cell}.npz"),
        resource_bytes(f"longlag/{cell}.json"),
        name=f"the shipped {cell} result",
    )
