"""Forecasting a time series with an LSTM(H) + Dense(1), in three steps and without Qt.

Step 1, the data: a signal (or a teacher's series from CSV), z-scored with the mean and
standard deviation of its training part only, cut into sliding windows of W values x(1…W)
whose target is the next value. The last `test_size` values are the test span.

Step 2, the model: an LSTM layer of H units reads a window one value per step; a Dense(1)
head turns its last hidden state into the forecast, ŷ = W_out·h(W) + b_out.

Step 3, training and forecasting: Adam on mini-batches of windows (mean squared error),
then three forecasts over the test span, in the signal's units:

    one-step      each prediction from W true values before it
    rolling       each prediction fed back as the next input (only the first window is true)
    last value    the baseline: the value just before, ŷ(n) = x(n−1)

and a second baseline, linear: AR(W), ŷ = c + Σ_k a_k·x(n−k) over the same W values, fitted
by least squares to the same z-scored training windows, forecast one step and rolling exactly
as the LSTM is. A sine, or any sum of K sines, obeys x(n) = Σ_{k=1…2K} a_k·x(n−k), so with
W ≥ 2K lags AR is exact up to rounding; the LSTM has to earn its place on other signals.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from lstm_lab.engine.layer import (
    Workspace,
    dense,
    dense_grads,
    init_layer,
    layer_sizes,
    lstm_layer,
    lstm_layer_backward,
)
from lstm_lab.engine.messages import Refusal
from lstm_lab.engine.optim import Adam, clip_grad_norm

# ----------------------------------------------------------------------------- signals
MAX_LENGTH = 1_000_000


def _check_signal(length: int, frequency: float, noise: float) -> None:
    if not 2 <= length <= MAX_LENGTH:
        raise ValueError(f"the length must be from 2 to {MAX_LENGTH:,}, not {length}")
    if not 0.0 < frequency <= 0.5:
        raise ValueError(
            f"the frequency must be above 0 and at most 0.5 cycles per step, not {frequency}"
        )
    if not (math.isfinite(noise) and noise >= 0.0):
        raise ValueError(f"the noise must be a finite number ≥ 0, not {noise}")


def _with_noise(clean: np.ndarray, noise: float, rng: np.random.Generator) -> np.ndarray:
    # The noise is always drawn, so that a seed gives the same later numbers at any level.
    return clean + noise * rng.standard_normal(clean.shape[0])


def sine(
    length: int, rng: np.random.Generator, frequency: float = 0.02, noise: float = 0.0
) -> np.ndarray:
    """x(n) = sin(2π·frequency·n) + noise·ε(n), ε(n) ~ N(0, 1), n = 0 … length−1.

    `frequency` is in cycles per step: 0.02 is one period every 50 values.
    """
    _check_signal(length, frequency, noise)
    n = np.arange(length)
    return _with_noise(np.sin(2 * np.pi * frequency * n), noise, rng)


def two_sines(
    length: int, rng: np.random.Generator, frequency: float = 0.02, noise: float = 0.0
) -> np.ndarray:
    """x(n) = sin(2π·f·n) + ½·sin(2π·2.7·f·n) + noise·ε(n): a beat that never quite repeats."""
    _check_signal(length, frequency, noise)
    n = np.arange(length)
    clean = np.sin(2 * np.pi * frequency * n) + 0.5 * np.sin(2 * np.pi * 2.7 * frequency * n)
    return _with_noise(clean, noise, rng)


def sawtooth(
    length: int, rng: np.random.Generator, frequency: float = 0.02, noise: float = 0.0
) -> np.ndarray:
    """x(n) = 2·frac(f·n) − 1 + noise·ε(n): a slow climb from −1 to 1, then a sudden drop."""
    _check_signal(length, frequency, noise)
    phase = np.arange(length) * frequency
    return _with_noise(2.0 * (phase - np.floor(phase)) - 1.0, noise, rng)


def square(
    length: int, rng: np.random.Generator, frequency: float = 0.02, noise: float = 0.0
) -> np.ndarray:
    """x(n) = +1 in the first half of each period, −1 in the second, plus noise·ε(n)."""
    _check_signal(length, frequency, noise)
    phase = np.arange(length) * frequency
    return _with_noise(np.where(phase - np.floor(phase) < 0.5, 1.0, -1.0), noise, rng)


def damped_sine(
    length: int, rng: np.random.Generator, frequency: float = 0.02, noise: float = 0.0
) -> np.ndarray:
    """x(n) = sin(2π·f·n)·2^(−2n/length) + noise·ε(n): the swing halves every half series."""
    _check_signal(length, frequency, noise)
    n = np.arange(length)
    clean = np.sin(2 * np.pi * frequency * n) * np.exp2(-2.0 * n / length)
    return _with_noise(clean, noise, rng)


Signal = Callable[..., np.ndarray]
#: The signals by the names the command line and the GUI use.
SIGNALS: dict[str, Signal] = {
    "sine": sine,
    "two-sines": two_sines,
    "sawtooth": sawtooth,
    "square": square,
    "damped": damped_sine,
}


def make_signal(
    name: str,
    length: int,
    rng: np.random.Generator,
    frequency: float = 0.02,
    noise: float = 0.0,
) -> np.ndarray:
    """The signal `name` (a key of SIGNALS); an unknown name is a ValueError."""
    if name not in SIGNALS:
        raise ValueError(f"unknown signal {name!r}; the signals are {', '.join(SIGNALS)}")
    return SIGNALS[name](length, rng, frequency=frequency, noise=noise)


# ----------------------------------------------------------------------------- a teacher's CSV
#: A number as a CSV of numbers writes it: ASCII digits, an optional sign, point and exponent.
#: (Python's float() also takes "1_000", full-width and Arabic-Indic digits, which a series
#: file never means: a value that looks odd is refused by name instead of read as something.)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NAMED = ("nan", "inf", "infinity")


def _is_header(cell: str) -> bool:
    """A column name: it holds a letter and does not start like a number ("value", "t (°C)",
    "温度"); "12abc" or "1.2.3" are broken numbers, not names."""
    if cell.lstrip("+-").lower() in _NAMED:
        return False
    first = cell[0]
    return any(ch.isalpha() for ch in cell) and not first.isdigit() and first not in "+-.−"


def _csv_refusal(error: csv.Error, line: int) -> Refusal:
    """The csv module's complaint about line ``line`` as a sentence of our own (so that it can
    be translated); one the module words in a way not foreseen here is passed on as it is."""
    problem = str(error)
    if "expected after" in problem:
        return Refusal(
            "line {line}: a quoted value must end with its closing quote, then a comma or the "
            "end of the line",
            line=line,
        )
    if "unexpected end of data" in problem:
        return Refusal("line {line}: the file ends inside a quoted value", line=line)
    if "field larger than field limit" in problem:
        return Refusal(
            "line {line}: a value is longer than {limit} characters",
            line=line,
            limit=f"{csv.field_size_limit():,}",
        )
    return Refusal("line {line}: {problem}", line=line, problem=problem)


def load_series_csv(text: str) -> np.ndarray:
    """The numbers of a one-column CSV text, top to bottom; the first row may be a header.

    Blank lines and empty cells at the end of a row are skipped. A header is a first row that
    names the column (it holds a letter and does not start like a number). Anything else that
    is not one finite number, written with ASCII digits, per row is a ValueError naming the
    line: "line 7: 'abc' is not a number".
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    values: list[float] = []
    first_row = True
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            if len(cells) > 1:
                raise Refusal(
                    "line {line}: expected one number, found {count} columns ({cells}); the "
                    "series must be one column (and its numbers must use a point, not a comma, "
                    "as the decimal sign)",
                    line=line,
                    count=len(cells),
                    cells=", ".join(repr(cell[:20]) for cell in cells[:3]),
                )
            cell = cells[0]
            shown = repr(cell[:40])
            if first_row and _is_header(cell):
                first_row = False
                continue
            first_row = False
            if cell.lstrip("+-").lower() in _NAMED:
                raise Refusal("line {line}: {cell} is not a finite number", line=line, cell=shown)
            if not _NUMBER.fullmatch(cell):
                raise Refusal("line {line}: {cell} is not a number", line=line, cell=shown)
            value = float(cell)
            if not math.isfinite(value):
                raise Refusal("line {line}: {cell} is too large a number", line=line, cell=shown)
            values.append(value)
    except csv.Error as error:
        raise _csv_refusal(error, reader.line_num) from None
    if not values:
        raise Refusal("the file holds no numbers")
    return np.array(values)


# ----------------------------------------------------------------------------- step 1: data
@dataclass(frozen=True)
class Normaliser:
    """z-scores: z = (x − mean) / std, fitted on the training part only.

    Fitting on the whole series would let the test span's level leak into training.
    """

    mean: float
    std: float

    @classmethod
    def fit(cls, values: Any) -> Normaliser:
        """Mean and standard deviation of `values`; a constant series gets std = 1."""
        array = np.asarray(values, dtype=float)
        if array.size == 0:
            raise ValueError("cannot fit a normaliser on no values")
        std = float(array.std())
        return cls(float(array.mean()), std if std > 0.0 else 1.0)

    def apply(self, values: Any) -> np.ndarray:
        """z = (x − mean) / std"""
        return (np.asarray(values, dtype=float) - self.mean) / self.std

    def invert(self, values: Any) -> np.ndarray:
        """x = z·std + mean"""
        return np.asarray(values, dtype=float) * self.std + self.mean


def sliding_windows(series: Any, window: int) -> tuple[np.ndarray, np.ndarray]:
    """(xs, ys): xs[k] = series[k : k+window] (N−window, window), ys[k] = series[k+window]."""
    array = np.asarray(series, dtype=float)
    if array.ndim != 1:
        raise ValueError(f"the series must be one-dimensional, not of shape {array.shape}")
    if not 1 <= window < array.shape[0]:
        raise ValueError(
            f"a window of {window} needs a series longer than {window} values; "
            f"this one has {array.shape[0]}"
        )
    xs = np.lib.stride_tricks.sliding_window_view(array[:-1], window).copy()
    return xs, array[window:].copy()


def train_test_split(series: Any, test_size: int) -> tuple[np.ndarray, np.ndarray]:
    """(training part, test span): the last `test_size` values are held out, in time order."""
    array = np.asarray(series, dtype=float)
    if not 1 <= test_size < array.shape[0]:
        raise ValueError(
            f"the test span must hold from 1 to {array.shape[0] - 1} values, not {test_size}"
        )
    return array[:-test_size].copy(), array[-test_size:].copy()


@dataclass(frozen=True, eq=False)
class ForecastData:
    """A series ready for the model: z-scored, windowed and split.

    Every test target is a value of the test span; its window may reach back into the
    training part (those inputs are true values the model is allowed to see).
    """

    series: np.ndarray  # (N,) in the signal's units
    normaliser: Normaliser
    window: int
    split: int  # index of the first test value
    train_xs: np.ndarray  # (N_train, W), z-scored
    train_ys: np.ndarray  # (N_train,)
    test_xs: np.ndarray  # (test_size, W)
    test_ys: np.ndarray  # (test_size,)
    scaled: np.ndarray = field(repr=False)  # (N,) the whole series z-scored

    @property
    def test_values(self) -> np.ndarray:
        """The test span in the signal's units."""
        return self.series[self.split :]


def prepare_data(series: Any, window: int, test_size: int) -> ForecastData:
    """Step 1: split off the last `test_size` values, z-score, cut windows of `window`."""
    array = np.asarray(series, dtype=float)
    if array.ndim != 1 or not np.all(np.isfinite(array)):
        raise ValueError("the series must be one column of finite numbers")
    if window < 1:
        raise ValueError(f"the window must hold at least 1 value, not {window}")
    train, _ = train_test_split(array, test_size)
    if train.shape[0] <= window:
        raise ValueError(
            f"the training part has {train.shape[0]} values, too few for one window of "
            f"{window} and its target; use a longer series, a shorter window or a shorter "
            "test span"
        )
    normaliser = Normaliser.fit(train)
    scaled = normaliser.apply(array)
    xs, ys = sliding_windows(scaled, window)
    split = array.shape[0] - test_size
    first_test = split - window  # the window whose target is series[split]
    return ForecastData(
        series=array.copy(),
        normaliser=normaliser,
        window=window,
        split=split,
        train_xs=xs[:first_test],
        train_ys=ys[:first_test],
        test_xs=xs[first_test:],
        test_ys=ys[first_test:],
        scaled=scaled,
    )


# ----------------------------------------------------------------------------- step 2: model
def parameter_count(hidden: int, inputs: int = 1) -> int:
    """Weights of LSTM(H) + Dense(1): 4H(D + H + 2) + H + 1 (PyTorch keeps two biases)."""
    return 4 * hidden * (inputs + hidden + 2) + hidden + 1


def init_model(
    hidden: int, rng: np.random.Generator, dtype: Any = np.float32
) -> dict[str, np.ndarray]:
    """A new LSTM(H) + Dense(1) for one input, drawn as PyTorch draws a new model."""
    return init_layer(hidden, 1, rng, outputs=1, dtype=dtype)


def _time_major(xs: np.ndarray, dtype: Any) -> np.ndarray:
    """Windows (N, W) → the layer's inputs (W, N, 1)."""
    return np.ascontiguousarray(np.asarray(xs, dtype=dtype).T)[:, :, None]


def predict(
    weights: Mapping[str, np.ndarray], xs: Any, workspace: Workspace | None = None
) -> np.ndarray:
    """The model's next value after each window of `xs` (N, W), z-scored in and out: (N,)."""
    dtype = weights["weight_hh"].dtype
    trace = lstm_layer(weights, _time_major(np.atleast_2d(xs), dtype), workspace=workspace)
    return dense(weights, trace.h[-1])[:, 0]


def loss_and_grads(
    weights: Mapping[str, np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    workspace: Workspace | None = None,
) -> tuple[float, dict[str, np.ndarray]]:
    """Mean squared error of one batch and its gradient for every array of the model.

    `inputs` is time-major (W, B, 1), `targets` (B,).

    Equations::

        ŷ_b = W_out·h_b(W) + b_out          L = (1/B)·Σ_b (ŷ_b − y_b)²
        ∂L/∂ŷ_b = (2/B)·(ŷ_b − y_b)         ∂L/∂h_b(W) = ∂L/∂ŷ_b·W_out, ∂L/∂h_b(t<W) = 0
    """
    trace = lstm_layer(weights, inputs, workspace=workspace)
    last = trace.h[-1]
    batch = targets.shape[0]
    error = dense(weights, last)[:, 0] - targets
    loss = float(np.dot(error, error)) / batch
    d_y = (error * (2.0 / batch))[:, None]
    d_last, grads = dense_grads(weights, last, d_y)
    d_h = np.zeros(trace.h.shape, trace.h.dtype)
    d_h[-1] = d_last
    layer = lstm_layer_backward(weights, trace, d_h, input_grad=False, workspace=workspace)
    grads.update(layer.d_weights)
    return loss, grads


# ----------------------------------------------------------------------------- step 3: training
class EpochResult(NamedTuple):
    """One epoch of training; the losses are mean squared errors of z-scored values."""

    epoch: int
    train_loss: float
    test_loss: float
    weights: dict[str, np.ndarray]


class BatchResult(NamedTuple):
    """One mini-batch of training. `epoch_result` is set on the last mini-batch of an epoch."""

    epoch: int
    batch: int  # 1-based within the epoch
    batches: int  # mini-batches per epoch
    loss: float  # this mini-batch's MSE, z-scored
    epoch_result: EpochResult | None


def train_batches(
    data: ForecastData,
    weights: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    epochs: int,
    learning_rate: float = 0.01,
    batch_size: int = 64,
    clip_norm: float | None = 1.0,
) -> Iterator[BatchResult]:
    """Step 3 one mini-batch at a time: `train` without waiting for the end of each epoch.

    A GUI that trains from a timer in its own thread pulls a few mini-batches per tick, so a
    tick stays a few milliseconds long however many windows an epoch holds. Each epoch's last
    mini-batch carries the epoch's `EpochResult` (losses and a copy of the weights).
    """
    if epochs < 0:
        raise ValueError(f"the number of epochs must be ≥ 0, not {epochs}")
    if batch_size < 1:
        raise ValueError(f"the batch size must be ≥ 1, not {batch_size}")
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"the learning rate must be a number above 0, not {learning_rate}")
    layer_sizes(weights)  # a ValueError before the first epoch, not inside it
    params = {key: np.array(value) for key, value in weights.items()}
    dtype = params["weight_hh"].dtype
    inputs = _time_major(data.train_xs, dtype)
    targets = np.asarray(data.train_ys, dtype)
    count = targets.shape[0]
    batches = -(-count // batch_size)
    optimizer = Adam(params, lr=learning_rate)
    workspace, test_workspace = Workspace(), Workspace()
    for epoch in range(1, epochs + 1):
        order = rng.permutation(count)
        total = 0.0
        for batch, start in enumerate(range(0, count, batch_size), start=1):
            rows = order[start : start + batch_size]
            loss, grads = loss_and_grads(params, inputs[:, rows], targets[rows], workspace)
            if clip_norm is not None:
                clip_grad_norm(grads, clip_norm)
            optimizer.step(grads)
            total += loss * rows.shape[0]
            if batch < batches:
                yield BatchResult(epoch, batch, batches, loss, None)
        train_loss = total / count
        error = predict(params, data.test_xs, test_workspace) - data.test_ys
        test_loss = float(np.mean(error * error))
        snapshot = {key: value.copy() for key, value in params.items()}
        result = EpochResult(epoch, train_loss, test_loss, snapshot)
        yield BatchResult(epoch, batches, batches, loss, result)
        if not (math.isfinite(train_loss) and math.isfinite(test_loss)):
            return


def train(
    data: ForecastData,
    weights: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    epochs: int,
    learning_rate: float = 0.01,
    batch_size: int = 64,
    clip_norm: float | None = 1.0,
) -> Iterator[EpochResult]:
    """Step 3: Adam on shuffled mini-batches of windows; yields after every epoch.

    The caller pulls epochs one by one (a GUI timer or a worker thread) and may stop at any
    time. The weights passed in are not changed: training works on a copy, and each result
    carries its own copy. `train_loss` is the mean of the epoch's mini-batch losses weighted
    by their sizes; `test_loss` is the one-step MSE over the test windows at the epoch's
    end. A loss that stops being finite ends the run after its epoch is yielded.
    `train_batches` is the same run one mini-batch at a time.
    """
    for step in train_batches(data, weights, rng, epochs, learning_rate, batch_size, clip_norm):
        if step.epoch_result is not None:
            yield step.epoch_result


# ----------------------------------------------------------------------------- forecasts
def one_step_forecast(weights: Mapping[str, np.ndarray], data: ForecastData) -> np.ndarray:
    """Predictions for the test span, each from the W true values before it (signal units)."""
    return data.normaliser.invert(predict(weights, data.test_xs))


def last_value_forecast(data: ForecastData) -> np.ndarray:
    """The baseline for the test span: each value predicted by the one before it."""
    return data.series[data.split - 1 : -1].copy()


def rolling_forecast(weights: Mapping[str, np.ndarray], history: Any, steps: int) -> np.ndarray:
    """`steps` values after the z-scored `history` (its last W values are the first window),
    each prediction fed back as the newest input of the next window: (steps,), z-scored.

    Every window starts from h = C = 0, as in training, so the k-th prediction reads window
    k = [v(k), …, v(k+W−1)] of the growing list v = history + predictions. Window k reads
    v(τ) at time τ = k + j of its step j, so at any time τ all windows still running read
    the same value v(τ): the W windows in flight run as one batch of W, each step one
    (4H × H)·(H × W) product, and the window that finishes gives v(τ+1). That is steps + W − 1
    layer steps instead of steps·W.
    """
    hidden, inputs = layer_sizes(weights)
    if inputs != 1:
        raise ValueError("the rolling forecast needs a model with one input")
    values = np.asarray(history, dtype=float)
    window = values.shape[0]
    if values.ndim != 1 or window < 1:
        raise ValueError("the history must be a non-empty one-dimensional series")
    if steps < 0:
        raise ValueError(f"the number of steps must be ≥ 0, not {steps}")
    dtype = weights["weight_hh"].dtype
    # Rows [h(t−1); x(t); 1] of every window side by side: z = W_aug·state, one product.
    width = 4 * hidden
    w_aug = np.empty((width, hidden + 2), dtype)
    w_aug[:, :hidden] = weights["weight_hh"]
    w_aug[:, hidden] = weights["weight_ih"][:, 0]
    w_aug[:, hidden + 1] = weights["bias_ih"] + weights["bias_hh"]
    sigma = np.r_[0 : 2 * hidden, 3 * hidden : width]
    w_aug[sigma] *= 0.5  # σ(z) = ½·tanh(½·z) + ½
    scale = np.full(width, 0.5, dtype)
    scale[2 * hidden : 3 * hidden] = 1.0
    offset = np.full(width, 0.5, dtype)
    offset[2 * hidden : 3 * hidden] = 0.0
    w_out = np.asarray(weights["weight_out"], dtype)[0]
    b_out = float(np.asarray(weights["bias_out"])[0])
    state = np.zeros((hidden + 2, window), dtype)
    state[hidden + 1] = 1.0
    h = state[:hidden]
    c = np.zeros((hidden, window), dtype)
    z = np.empty((width, window), dtype)
    product = np.empty((hidden, window), dtype)
    tanh_c = np.empty((hidden, window), dtype)
    i, f = z[:hidden], z[hidden : 2 * hidden]
    g, o = z[2 * hidden : 3 * hidden], z[3 * hidden :]
    scale, offset = scale[:, None], offset[:, None]
    out = np.empty(steps)
    v = float(values[0])
    for tau in range(steps + window - 1):
        column = tau % window  # the window starting now
        h[:, column] = 0.0
        c[:, column] = 0.0
        state[hidden] = v
        np.matmul(w_aug, state, out=z)
        np.tanh(z, out=z)
        z *= scale
        z += offset
        c *= f
        np.multiply(i, g, out=product)
        c += product
        np.tanh(c, out=tanh_c)
        np.multiply(o, tanh_c, out=h)
        if tau + 1 < window:
            v = float(values[tau + 1])
        else:  # window τ − W + 1 has read its last value: its output is v(τ + 1)
            v = float(np.dot(w_out, h[:, (tau + 1) % window])) + b_out
            out[tau + 1 - window] = v
    return out


def rolling_test_forecast(
    weights: Mapping[str, np.ndarray], data: ForecastData, steps: int | None = None
) -> np.ndarray:
    """The rolling forecast from the last true window before the test span (signal units)."""
    steps = data.series.shape[0] - data.split if steps is None else steps
    history = data.scaled[data.split - data.window : data.split]
    return data.normaliser.invert(rolling_forecast(weights, history, steps))


# ----------------------------------------------------------------------------- the linear baseline
@dataclass(frozen=True, eq=False)
class ARModel:
    """AR(W) with an intercept on z-scored values: ŷ = c + Σ_j a_j·x_j over a window
    x_1 … x_W (oldest first), as the LSTM reads it."""

    coefficients: np.ndarray  # (W,) a_j, the weight of the window's j-th value (oldest first)
    intercept: float  # c

    @property
    def lags(self) -> int:
        return int(self.coefficients.shape[0])


def fit_ar(xs: Any, ys: Any) -> ARModel:
    """The least-squares AR model of windows `xs` (N, W) and their next values `ys` (N,):
    minimise Σ_n (c + xs[n]·a − ys[n])² with numpy.linalg.lstsq (the smallest-norm solution
    when the windows do not determine every coefficient, as for a pure sine)."""
    xs = np.asarray(xs, dtype=np.float64)
    ys = np.asarray(ys, dtype=np.float64)
    if xs.ndim != 2 or ys.shape != (xs.shape[0],) or xs.shape[0] == 0:
        raise ValueError(f"AR needs windows (N, W) and N targets, not {xs.shape} and {ys.shape}")
    design = np.empty((xs.shape[0], xs.shape[1] + 1))
    design[:, :-1] = xs
    design[:, -1] = 1.0
    solution, *_ = np.linalg.lstsq(design, ys, rcond=None)
    return ARModel(coefficients=solution[:-1].copy(), intercept=float(solution[-1]))


def ar_predict(model: ARModel, xs: Any) -> np.ndarray:
    """The AR model's next value after each window of `xs` (N, W), z-scored in and out: (N,)."""
    return np.atleast_2d(np.asarray(xs, dtype=np.float64)) @ model.coefficients + model.intercept


def ar_rolling_forecast(model: ARModel, history: Any, steps: int) -> np.ndarray:
    """`steps` values after the z-scored `history` (its last W values are the first window),
    each prediction fed back as the newest input of the next window: (steps,), z-scored."""
    values = np.asarray(history, dtype=np.float64)
    lags = model.lags
    if values.ndim != 1 or values.shape[0] < lags:
        raise ValueError(f"the history must hold at least {lags} values")
    if steps < 0:
        raise ValueError(f"the number of steps must be ≥ 0, not {steps}")
    buffer = np.empty(lags + steps)
    buffer[:lags] = values[values.shape[0] - lags :]
    for k in range(steps):
        buffer[lags + k] = float(np.dot(model.coefficients, buffer[k : k + lags]))
        buffer[lags + k] += model.intercept
    return buffer[lags:].copy()


def fit_lesson_ar(data: ForecastData) -> ARModel:
    """AR(W) fitted on the training windows only: those the LSTM trains on."""
    return fit_ar(data.train_xs, data.train_ys)


def ar_one_step_forecast(model: ARModel, data: ForecastData) -> np.ndarray:
    """AR's predictions for the test span, each from the W true values before it (signal
    units), as `one_step_forecast` is the LSTM's."""
    return data.normaliser.invert(ar_predict(model, data.test_xs))


def ar_rolling_test_forecast(
    model: ARModel, data: ForecastData, steps: int | None = None
) -> np.ndarray:
    """AR's rolling forecast from the last true window before the test span (signal units),
    as `rolling_test_forecast` is the LSTM's."""
    steps = data.series.shape[0] - data.split if steps is None else steps
    history = data.scaled[data.split - data.window : data.split]
    return data.normaliser.invert(ar_rolling_forecast(model, history, steps))


class Baselines(NamedTuple):
    """The forecasts that need no training, over the test span in the signal's units."""

    last_value: np.ndarray
    ar_one_step: np.ndarray
    ar_rolling: np.ndarray
    ar: ARModel


def baselines(data: ForecastData) -> Baselines:
    """The last-value baseline and AR(W), one-step and rolling, for the test span."""
    model = fit_lesson_ar(data)
    return Baselines(
        last_value=last_value_forecast(data),
        ar_one_step=ar_one_step_forecast(model, data),
        ar_rolling=ar_rolling_test_forecast(model, data),
        ar=model,
    )


def mse(predictions: Any, targets: Any) -> float:
    """Mean squared error of two equally long series."""
    error = np.asarray(predictions, dtype=float) - np.asarray(targets, dtype=float)
    return float(np.mean(error * error))


def unit_activity(weights: Mapping[str, np.ndarray], window: Any) -> dict[str, np.ndarray]:
    """What every unit does over one z-scored window (W,): h, C and the gates, each (W, H).

    For a heatmap of the H units against time; keys 'h', 'c', 'i', 'f', 'g', 'o'.
    """
    values = np.asarray(window, dtype=weights["weight_hh"].dtype)
    trace = lstm_layer(weights, values.reshape(-1, 1, 1))
    return {name: np.array(getattr(trace, name)[:, 0]) for name in ("h", "c", "i", "f", "g", "o")}


# ----------------------------------------------------------------------------- the lesson
#: Units of the LSTM layer, fewest and most: the same limits in the window and on the
#: command line.
HIDDEN_RANGE = (1, 64)


@dataclass(frozen=True)
class LessonSettings:
    """The default forecasting lesson; every field can be changed from the CLI or the GUI."""

    signal: str = "sine"
    length: int = 600
    frequency: float = 0.02
    noise: float = 0.0
    window: int = 20
    hidden: int = 32
    test_size: int = 50
    epochs: int = 60
    batch_size: int = 64
    learning_rate: float = 0.01
    clip_norm: float = 1.0
    seed: int = 0


#: The forecasts of a `LessonReport` by key: the LSTM's two, then the baselines.
FORECAST_KEYS = ("one_step", "rolling", "last_value", "ar_one_step", "ar_rolling")


@dataclass(eq=False)
class LessonReport:
    """The LSTM's forecasts and the baselines' over the test span, in the signal's units,
    and their MSEs."""

    targets: np.ndarray
    one_step: np.ndarray
    rolling: np.ndarray
    last_value: np.ndarray
    ar_one_step: np.ndarray
    ar_rolling: np.ndarray

    @property
    def mses(self) -> dict[str, float]:
        """The MSE of each forecast, keyed as `FORECAST_KEYS`."""
        return {key: mse(getattr(self, key), self.targets) for key in FORECAST_KEYS}


def lesson_data(
    settings: LessonSettings, rng: np.random.Generator, series: Any = None
) -> ForecastData:
    """Step 1 for the settings: their signal (or `series`, e.g. from a CSV) prepared."""
    if series is None:
        series = make_signal(
            settings.signal, settings.length, rng, settings.frequency, settings.noise
        )
    return prepare_data(series, settings.window, settings.test_size)


def evaluate(
    weights: Mapping[str, np.ndarray], data: ForecastData, base: Baselines | None = None
) -> LessonReport:
    """The LSTM's one-step and rolling forecasts of the test span, and the baselines'
    (last value; AR(W) one-step and rolling). `base` reuses baselines already computed for
    the same data."""
    base = baselines(data) if base is None else base
    return LessonReport(
        targets=data.test_values.copy(),
        one_step=one_step_forecast(weights, data),
        rolling=rolling_test_forecast(weights, data),
        last_value=base.last_value,
        ar_one_step=base.ar_one_step,
        ar_rolling=base.ar_rolling,
    )
