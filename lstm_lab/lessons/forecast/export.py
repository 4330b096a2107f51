"""The forecasting lesson as one runnable script, with NumPy only or with PyTorch. No Qt.

The script holds the whole lesson as Python literals: the signal's settings (or a teacher's
series as a list of numbers), the windows and the z-scores, LSTM(H) + Dense(1) started from the
app's initial weights (drawn from the same seed in the same order), the training (Adam, the
same learning rate, mini-batches, epochs, clipping and seed), the one-step and rolling
forecasts and the two baselines, last value and AR(W). ``python SCRIPT.py --json`` prints the
same JSON as ``lstm-lab sine --json`` for the same settings (`ForecastModel.metrics`).

The templates below are plain Python source; `string.Template` puts in the lesson's values,
each written with repr() of an int, a float or a str (so a float64 comes back exactly, and a
title or file name from a lesson file is a string constant, never code or a comment).
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Template
from typing import Any

from lstm_lab.core.errors import LessonError
from lstm_lab.core.export_code import FRAMEWORKS, ExportedCode, ExportError
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson
from lstm_lab.lessons.forecast.options import NUMBERS, check_options

#: The default title of a lesson without one.
UNTITLED = "Forecast a sine wave"
#: Values of a teacher's series per line of the script.
VALUES_PER_LINE = 6

# ----------------------------------------------------------------------------- the templates
_HEADER = '''\
#!/usr/bin/env python3
"""Forecast a series with an LSTM layer and a Dense(1) head: an LSTM Lab lesson as a script.

Written by LSTM Lab (File > Export as code, or lstm-lab export-code), for $framework_words.
It repeats the lesson as it was on screen: the same data, the same starting weights, the
same training and the same forecasts, so its figures are the app's.

    python THIS_FILE.py           a short account: the losses per epoch, then the test MSEs
    python THIS_FILE.py --json    the same JSON as `lstm-lab sine --json` for these settings

The app's notation, for one unit at step t of a window x(1), …, x(W) (σ is the logistic
function, ⊙ multiplies element by element):

    f(t)  = σ(W_f·[h(t−1), x(t)] + b_f)       forget gate
    i(t)  = σ(W_i·[h(t−1), x(t)] + b_i)       input gate
    C̃(t)  = tanh(W_C·[h(t−1), x(t)] + b_C)    candidate cell state (PyTorch calls it g)
    o(t)  = σ(W_o·[h(t−1), x(t)] + b_o)       output gate
    C(t)  = f(t)⊙C(t−1) + i(t)⊙C̃(t)             cell state
    h(t)  = o(t)⊙tanh(C(t))                   hidden state
    y(t)  = W_out·h(t) + b_out                the forecast, read after the last step, t = W

A layer of H units does this for all H units at once, every unit reading every unit's h(t−1).
"""

import argparse
import json
import math
import sys

import numpy as np
$torch_import
# ----------------------------------------------------------------------------- the lesson
LESSON_TITLE = $title
SIGNAL = $signal  # sine, two-sines, sawtooth, square, damped, or csv (a series of numbers)
$series_block
FREQUENCY = $frequency  # cycles per step of the generated signal
LENGTH = $length  # values of the generated signal
NOISE = $noise  # standard deviation of the noise added to it
WINDOW = $window  # W: values the model reads before each forecast
TEST_SIZE = $test_size  # values held out at the end: the test span
HIDDEN = $hidden  # H: units of the LSTM layer
EPOCHS = $epochs  # passes over the training windows (one press of Train)
LEARNING_RATE = $learning_rate  # Adam's step size
BATCH_SIZE = $batch_size  # windows per mini-batch
CLIP_NORM = $clip_norm  # the gradient's norm is clipped to this (0: no clipping)
SEED = $seed  # three random streams: default_rng([SEED, 0]) noise, 1 weights, 2 batches

#: The settings as `lstm-lab sine --json` reports them.
SETTINGS = $settings


# ----------------------------------------------------------------------------- step 1: data
def make_series():
    """The series, in the signal's units."""
$make_series


def prepare(series):
    """Split off the test span, z-score with the training part's mean and std, cut windows.

    Windows xs[k] = z[k : k+W] and targets ys[k] = z[k+W]. Each test target is a value of the
    test span; its window may reach back into the training part (true values the model may
    see). The mean and std come from the training part only: the test span must not leak.
    """
    split = series.shape[0] - TEST_SIZE  # index of the first test value
    train_part = series[:split]
    mean = float(train_part.mean())
    std = float(train_part.std())
    if not std > 0.0:
        std = 1.0  # a constant series
    scaled = (series - mean) / std
    xs = np.lib.stride_tricks.sliding_window_view(scaled[:-1], WINDOW).copy()
    ys = scaled[WINDOW:].copy()
    first_test = split - WINDOW  # the window whose target is series[split]
    return {
        "series": series,
        "scaled": scaled,
        "split": split,
        "mean": mean,
        "std": std,
        "train_xs": xs[:first_test],
        "train_ys": ys[:first_test],
        "test_xs": xs[first_test:],
        "test_ys": ys[first_test:],
    }


def initial_weights():
    """LSTM(H) + Dense(1) as the app draws them (PyTorch's rule: uniform on ±1/√H).

    The layer's arrays are in PyTorch's layout: rows of the four gates stacked in the order
    i, f, g, o (g is the candidate C̃), and two bias vectors, b_ih and b_hh, whose sum is the
    gate's bias b of the equations above (PyTorch keeps both; only their sum matters).
    """
    rng = np.random.default_rng([SEED, 1])
    bound = 1.0 / np.sqrt(HIDDEN)
    shapes = {
        "weight_ih": (4 * HIDDEN, 1),  # rows [W_xi; W_xf; W_xC̃; W_xo]
        "weight_hh": (4 * HIDDEN, HIDDEN),  # rows [W_hi; W_hf; W_hC̃; W_ho]
        "bias_ih": (4 * HIDDEN,),
        "bias_hh": (4 * HIDDEN,),
        "weight_out": (1, HIDDEN),  # the Dense head y = W_out·h(W) + b_out
        "bias_out": (1,),
    }
    return {name: rng.uniform(-bound, bound, size=shape) for name, shape in shapes.items()}

'''

_NUMPY_MODEL = '''
# ----------------------------------------------------------------------------- step 2: model
H = HIDDEN
I, F, G, O = slice(0, H), slice(H, 2 * H), slice(2 * H, 3 * H), slice(3 * H, 4 * H)


def sigmoid(z):
    """σ(z) = 1 / (1 + e^−z), written as ½·tanh(½·z) + ½: the same function, no
    overflow for large |z|, and the way the app computes it."""
    return 0.5 * np.tanh(0.5 * z) + 0.5


def forward(weights, xs):
    """Run the layer over windows xs (B, W), all B windows at once, from h = C = 0.

    Returns the forecasts y (B,) and what each step computed, for the backward pass.
    """
    batch = xs.shape[0]
    h = np.zeros((batch, H))
    c = np.zeros((batch, H))
    steps = []
    for t in range(xs.shape[1]):
        x = xs[:, t : t + 1]  # x(t), (B, 1)
        z = (
            x @ weights["weight_ih"].T
            + weights["bias_ih"]
            + h @ weights["weight_hh"].T
            + weights["bias_hh"]
        )  # (B, 4H): the four gates' sums, in the order i, f, g, o
        i, f, g, o = sigmoid(z[:, I]), sigmoid(z[:, F]), np.tanh(z[:, G]), sigmoid(z[:, O])
        c_before, h_before = c, h
        c = f * c_before + i * g  # C(t) = f(t)⊙C(t−1) + i(t)⊙C̃(t)
        tanh_c = np.tanh(c)
        h = o * tanh_c  # h(t) = o(t)⊙tanh(C(t))
        steps.append((x, h_before, c_before, i, f, g, o, tanh_c))
    y = (h @ weights["weight_out"].T + weights["bias_out"])[:, 0]
    return y, h, steps


def predict(weights, xs):
    """The forecast after each window of xs (N, W), z-scored: (N,)."""
    return forward(weights, xs)[0]


def loss_and_grads(weights, xs, ys):
    """The mean squared error of one mini-batch and its gradient for every array, by
    backpropagation through time (the app's engine/layer.py, written out):

        ∂L/∂y = (2/B)·(y − target)            δh(W) = ∂L/∂y·W_out
        δC(t) = δh(t)⊙o(t)⊙(1 − tanh²C(t)) + δC(t+1)⊙f(t+1)
        δz_i = δC(t)⊙C̃(t)⊙i(1 − i)            δz_f = δC(t)⊙C(t−1)⊙f(1 − f)
        δz_g = δC(t)⊙i(t)⊙(1 − C̃(t)²)         δz_o = δh(t)⊙tanh(C(t))⊙o(1 − o)
        δh(t−1) = δz(t)·W_hh                  ∂L/∂W_ih += δz(t)ᵀ·x(t), ∂L/∂W_hh += δz(t)ᵀ·h(t−1)
    """
    y, h, steps = forward(weights, xs)
    batch = ys.shape[0]
    error = y - ys
    loss = float(np.dot(error, error)) / batch
    d_y = error * (2.0 / batch)
    grads = {name: np.zeros_like(value) for name, value in weights.items()}
    grads["weight_out"] = d_y[None, :] @ h
    grads["bias_out"] = np.array([d_y.sum()])
    d_h = d_y[:, None] @ weights["weight_out"]  # (B, H): only h(W) feeds the head
    d_c = np.zeros_like(d_h)
    for x, h_before, c_before, i, f, g, o, tanh_c in reversed(steps):
        d_c = d_c + d_h * o * (1.0 - tanh_c * tanh_c)
        d_z = np.concatenate(
            [
                d_c * g * i * (1.0 - i),
                d_c * c_before * f * (1.0 - f),
                d_c * i * (1.0 - g * g),
                d_h * tanh_c * o * (1.0 - o),
            ],
            axis=1,
        )  # (B, 4H), in the order i, f, g, o
        grads["weight_ih"] += d_z.T @ x
        grads["weight_hh"] += d_z.T @ h_before
        grads["bias_ih"] += d_z.sum(axis=0)
        d_h = d_z @ weights["weight_hh"]
        d_c = d_c * f
    grads["bias_hh"] = grads["bias_ih"].copy()  # both biases enter the same sum
    return loss, grads


def clip_grad_norm(grads, max_norm):
    """Scale all gradients so that their joint 2-norm is at most max_norm
    (torch.nn.utils.clip_grad_norm_)."""
    total = math.sqrt(math.fsum(float(np.vdot(g, g)) for g in grads.values()))
    coefficient = max_norm / (total + 1e-6)
    if not coefficient >= 1.0:
        for g in grads.values():
            g *= coefficient


class Adam:
    """Adam with PyTorch's defaults (betas 0.9, 0.999; eps 1e-8), updating in place."""

    def __init__(self, params, lr):
        self.params, self.lr, self.k = params, lr, 0
        self.m = {name: np.zeros_like(value) for name, value in params.items()}
        self.v = {name: np.zeros_like(value) for name, value in params.items()}

    def step(self, grads):
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        self.k += 1
        step_size = self.lr / (1.0 - beta1**self.k)
        correction = math.sqrt(1.0 - beta2**self.k)
        for name, value in self.params.items():
            g, m, v = grads[name], self.m[name], self.v[name]
            m += (1.0 - beta1) * (g - m)
            v *= beta2
            v += (1.0 - beta2) * g * g
            value -= step_size * m / (np.sqrt(v) / correction + eps)


# ----------------------------------------------------------------------------- step 3: training
def train(data, weights, on_epoch):
    """EPOCHS epochs of Adam on shuffled mini-batches of the training windows; stops after an
    epoch whose loss is not finite. Returns each epoch's (train loss, test loss), z-scored."""
    rng = np.random.default_rng([SEED, 2])
    train_xs, train_ys = data["train_xs"], data["train_ys"]
    count = train_ys.shape[0]
    optimizer = Adam(weights, LEARNING_RATE)
    history = []
    for epoch in range(1, EPOCHS + 1):
        order = rng.permutation(count)
        total = 0.0
        for start in range(0, count, BATCH_SIZE):
            rows = order[start : start + BATCH_SIZE]
            loss, grads = loss_and_grads(weights, train_xs[rows], train_ys[rows])
            if CLIP_NORM > 0:
                clip_grad_norm(grads, CLIP_NORM)
            optimizer.step(grads)
            total += loss * rows.shape[0]
        train_loss = total / count
        error = predict(weights, data["test_xs"]) - data["test_ys"]
        test_loss = float(np.mean(error * error))
        history.append((train_loss, test_loss))
        on_epoch(epoch, train_loss, test_loss)
        if not (math.isfinite(train_loss) and math.isfinite(test_loss)):
            break
    return history


def forecast_one(weights, window):
    """The forecast after one z-scored window (W,)."""
    return float(predict(weights, window[None, :])[0])

'''

_TORCH_MODEL = '''
# ----------------------------------------------------------------------------- step 2: model
#: The app computes in float64, and so does this script: its figures then agree with the
#: app's to about 12 digits. With --float32 it trains in PyTorch's usual precision, and the
#: figures agree to about 5.
DTYPE = torch.float64


class Forecaster(nn.Module):
    """nn.LSTM reads a window (B, W, 1), batch first; nn.Linear turns h(W) into the forecast.

    nn.LSTM computes the equations at the top for all H units: weight_ih_l0 (4H, 1) and
    weight_hh_l0 (4H, H) stack the gates' rows in the order i, f, g, o (g is the app's C̃),
    and it adds two bias vectors, bias_ih_l0 and bias_hh_l0. The app keeps its weights in
    exactly this layout, so they are copied over as they are.
    """

    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):  # x: (batch, W steps, 1 value)
        out, _ = self.lstm(x)  # h(t) of every step, (batch, W, H), from h = C = 0
        return self.head(out[:, -1, :])[:, 0]  # h(W) → the next value, (batch,)


def new_model():
    """The model, started from the app's initial weights (not PyTorch's own random ones)."""
    model = Forecaster(HIDDEN).to(DTYPE)
    weights = initial_weights()
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(model.lstm, name + "_l0").copy_(torch.from_numpy(weights[name]))
        model.head.weight.copy_(torch.from_numpy(weights["weight_out"]))
        model.head.bias.copy_(torch.from_numpy(weights["bias_out"]))
    return model


def tensor(values):
    return torch.from_numpy(np.ascontiguousarray(values)).to(DTYPE)


def predict(model, xs):
    """The forecast after each window of xs (N, W), z-scored: (N,) as float64 numbers."""
    with torch.no_grad():
        return model(tensor(xs)[:, :, None]).double().numpy()


# ----------------------------------------------------------------------------- step 3: training
def train(data, model, on_epoch):
    """EPOCHS epochs of Adam on shuffled mini-batches of the training windows (the order
    drawn as the app draws it); stops after an epoch whose loss is not finite. Returns each
    epoch's (train loss, test loss), z-scored."""
    rng = np.random.default_rng([SEED, 2])
    train_xs, train_ys = tensor(data["train_xs"])[:, :, None], tensor(data["train_ys"])
    count = train_ys.shape[0]
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    loss_fn = nn.MSELoss()
    history = []
    for epoch in range(1, EPOCHS + 1):
        order = torch.from_numpy(rng.permutation(count))
        total = 0.0
        for start in range(0, count, BATCH_SIZE):
            rows = order[start : start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_fn(model(train_xs[rows]), train_ys[rows])
            loss.backward()
            if CLIP_NORM > 0:
                nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)
            optimizer.step()
            total += loss.item() * rows.shape[0]
        train_loss = total / count
        error = predict(model, data["test_xs"]) - data["test_ys"]
        test_loss = float(np.mean(error * error))
        history.append((train_loss, test_loss))
        on_epoch(epoch, train_loss, test_loss)
        if not (math.isfinite(train_loss) and math.isfinite(test_loss)):
            break
    return history


def forecast_one(model, window):
    """The forecast after one z-scored window (W,)."""
    return float(predict(model, window[None, :])[0])

'''

_FORECASTS = '''
# ----------------------------------------------------------------------------- forecasts
def rolling(model, history, steps):
    """steps forecasts after the z-scored history (its last W values are the first window),
    each forecast fed back as the newest value of the next window."""
    values = list(history[-WINDOW:])
    out = []
    for _ in range(steps):
        value = forecast_one(model, np.array(values[-WINDOW:]))
        out.append(value)
        values.append(value)
    return np.array(out)


def fit_ar(xs, ys):
    """The baseline AR(W): y = c + sum_j a_j x_j over the same W values, fitted by least
    squares (numpy.linalg.lstsq) to the same z-scored training windows."""
    design = np.empty((xs.shape[0], xs.shape[1] + 1))
    design[:, :-1] = xs
    design[:, -1] = 1.0
    solution, *_ = np.linalg.lstsq(design, ys, rcond=None)
    return solution[:-1].copy(), float(solution[-1])


def ar_rolling(coefficients, intercept, history, steps):
    buffer = np.empty(WINDOW + steps)
    buffer[:WINDOW] = history[-WINDOW:]
    for k in range(steps):
        buffer[WINDOW + k] = float(np.dot(coefficients, buffer[k : k + WINDOW]))
        buffer[WINDOW + k] += intercept
    return buffer[WINDOW:].copy()


def mse(predictions, targets):
    error = np.asarray(predictions, dtype=float) - np.asarray(targets, dtype=float)
    return float(np.mean(error * error))


def finite(value):
    return value if math.isfinite(value) else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
$extra_arguments    args = parser.parse_args()
    sys.stdout.reconfigure(errors="backslashreplace")  # any title prints, on any console
$extra_setup
    data = prepare(make_series())
    split, test_size = data["split"], data["test_ys"].shape[0]

    def unscale(z):  # z-scores back to the signal's units: x = z·std + mean
        return np.asarray(z) * data["std"] + data["mean"]

    if not args.json:
        print(
            f"{LESSON_TITLE}: {data['series'].shape[0]} values, window {WINDOW}, LSTM({HIDDEN})"
            f" + Dense(1), {data['train_ys'].shape[0]} training windows, {test_size} test values"
        )
        print("epoch   train loss    test loss   (MSE of z-scored values)")

    def show(epoch, train_loss, test_loss):
        if not args.json:
            print(f"{epoch:5d}  {train_loss:11.6g}  {test_loss:11.6g}", flush=True)

    model = $new_model
    history = train(data, model, show)

    # The forecasts of the test span, in the signal's units.
    targets = data["series"][split:]
    start = data["scaled"][split - WINDOW : split]  # the last true window before the test span
    one_step = unscale(predict(model, data["test_xs"]))  # each from W true values
    rolled = unscale(rolling(model, start, test_size))  # each forecast fed back
    last_value = data["series"][split - 1 : -1]  # the baseline: the value just before
    coefficients, intercept = fit_ar(data["train_xs"], data["train_ys"])
    ar_one_step = unscale(data["test_xs"] @ coefficients + intercept)
    ar_rolled = unscale(ar_rolling(coefficients, intercept, start, test_size))

    if args.json:
        document = {
            "source": (SERIES_NAME or "csv") if SIGNAL == "csv" else SIGNAL,
            "settings": SETTINGS,
            "parameters": 4 * HIDDEN * (1 + HIDDEN + 2) + HIDDEN + 1,
            "train_windows": int(data["train_ys"].shape[0]),
            "test_values": int(test_size),
            "epochs": [
                {"epoch": k + 1, "train_loss": finite(train), "test_loss": finite(test)}
                for k, (train, test) in enumerate(history)
            ],
            "test_mse": {
                "one_step": finite(mse(one_step, targets)),
                "rolling": finite(mse(rolled, targets)),
                "last_value": finite(mse(last_value, targets)),
            },
            "ar_baseline": {
                "lags": WINDOW,
                "fitted_on": "training windows, z-scored, least squares with an intercept",
                "test_mse": {
                    "one_step": finite(mse(ar_one_step, targets)),
                    "rolling": finite(mse(ar_rolled, targets)),
                },
            },
        }
        print(json.dumps(document, indent=2))
        return
    print(f"\\nTest MSE over the last {test_size} values (in the signal's units):")
    for name, forecast in [
        ("one-step forecast", one_step),
        ("rolling forecast", rolled),
        ("last-value baseline", last_value),
        (f"AR({WINDOW}) one-step", ar_one_step),
        (f"AR({WINDOW}) rolling", ar_rolled),
    ]:
        print(f"  {name:<20} {mse(forecast, targets):.6g}")


if __name__ == "__main__":
    main()
'''

_TORCH_IMPORT = """import torch
from torch import nn

torch.set_num_threads(1)  # a model this small trains fastest on one thread
"""
_TORCH_ARGUMENTS = """\
    parser.add_argument(
        "--float32", action="store_true", help="train in float32, PyTorch's usual precision"
    )
"""
_TORCH_SETUP = """\
    global DTYPE
    if args.float32:
        DTYPE = torch.float32
"""

#: Each signal as the app makes it (engine/forecast.py), n = 0, …, LENGTH − 1.
_SIGNALS = {
    "sine": (
        "x(n) = sin(2π·FREQUENCY·n)",
        "n = np.arange(LENGTH)\nclean = np.sin(2 * np.pi * FREQUENCY * n)",
    ),
    "two-sines": (
        "x(n) = sin(2π·f·n) + ½·sin(2π·2.7·f·n): a beat that never quite repeats",
        "n = np.arange(LENGTH)\n"
        "clean = np.sin(2 * np.pi * FREQUENCY * n)"
        " + 0.5 * np.sin(2 * np.pi * 2.7 * FREQUENCY * n)",
    ),
    "sawtooth": (
        "x(n) = 2·frac(f·n) − 1: a slow climb from −1 to 1, then a sudden drop",
        "phase = np.arange(LENGTH) * FREQUENCY\nclean = 2.0 * (phase - np.floor(phase)) - 1.0",
    ),
    "square": (
        "x(n) = +1 in the first half of each period, −1 in the second",
        "phase = np.arange(LENGTH) * FREQUENCY\n"
        "clean = np.where(phase - np.floor(phase) < 0.5, 1.0, -1.0)",
    ),
    "damped": (
        "x(n) = sin(2π·f·n)·2^(−2n/LENGTH): the swing halves every half series",
        "n = np.arange(LENGTH)\n"
        "clean = np.sin(2 * np.pi * FREQUENCY * n) * np.exp2(-2.0 * n / LENGTH)",
    ),
}


def _indent(code: str, spaces: int = 4) -> str:
    return "\n".join(" " * spaces + line if line else line for line in code.split("\n"))


def _make_series(signal: str) -> str:
    if signal == "csv":
        return _indent("return np.array(SERIES, dtype=np.float64)  # the teacher's numbers above")
    words, code = _SIGNALS[signal]
    return _indent(
        f"# {words}, plus NOISE·ε(n), ε(n) a standard normal number\n"
        "# (drawn even when NOISE is 0, so a seed gives the same numbers at any noise level).\n"
        "rng = np.random.default_rng([SEED, 0])\n"
        f"{code}\n"
        "return clean + NOISE * rng.standard_normal(clean.shape[0])"
    )


def _series_block(options: Mapping[str, Any]) -> str:
    if options["signal"] != "csv":
        return (
            "SERIES = None  # a teacher's series; this lesson generates its signal\n"
            "SERIES_NAME = ''"
        )
    values = [repr(float(value)) for value in options["series"]]
    rows = [
        "    " + ", ".join(values[k : k + VALUES_PER_LINE]) + ","
        for k in range(0, len(values), VALUES_PER_LINE)
    ]
    return (
        f"SERIES_NAME = {options.get('series_name', '')!r}  # where the numbers came from\n"
        f"# The teacher's series, {len(values)} values, top to bottom:\n"
        "SERIES = [\n" + "\n".join(rows) + "\n]"
    )


def _settings_literal(options: Mapping[str, Any]) -> str:
    settings = {key: value for key, value in options.items() if key != "series"}
    lines = [f"    {key!r}: {value!r}," for key, value in settings.items()]
    return "{\n" + "\n".join(lines) + "\n}"


def lesson_script(options: Mapping[str, Any], framework: str, title: str = UNTITLED) -> str:
    """The script for checked forecast `options` in `framework` ("numpy" or "pytorch")."""
    if framework not in FRAMEWORKS:
        raise ExportError(
            translate("ForecastExport", '"{framework}" is not a framework LSTM Lab writes').format(
                framework=framework
            )
        )
    torch = framework == "pytorch"
    values: dict[str, str] = {
        "framework_words": "PyTorch" if torch else "NumPy only",
        "torch_import": _TORCH_IMPORT if torch else "",
        "title": repr(str(title)),
        "signal": repr(str(options["signal"])),
        "series_block": _series_block(options),
        "settings": _settings_literal(options),
        "make_series": _make_series(str(options["signal"])),
        "extra_arguments": _TORCH_ARGUMENTS if torch else "",
        "extra_setup": _TORCH_SETUP if torch else "",
        "new_model": "new_model()" if torch else "initial_weights()",
    }
    for option in NUMBERS:
        value = options[option.name]
        values[option.name] = repr(int(value) if option.whole else float(value))
    model = _TORCH_MODEL if torch else _NUMPY_MODEL
    return Template(_HEADER + model + _FORECASTS).substitute(values)


def export_code(lesson: Lesson, framework: str) -> ExportedCode:
    """The lesson on screen as a script (`LessonKind.export_code`)."""
    try:
        options = check_options(dict(lesson.options or {}))
    except LessonError as error:
        raise ExportError(str(error)) from None
    return ExportedCode(lesson_script(options, framework, lesson.title or UNTITLED))


def app_json(lesson: Lesson) -> dict[str, Any]:
    """What the exported script's ``--json`` must print, from the app's own code: the metrics
    `lstm-lab sine --json` prints after one training run with the lesson's settings."""
    from lstm_lab.lessons.forecast.model import ForecastModel

    model = ForecastModel(check_options(lesson.options))
    model.train_to_end()
    return model.metrics()
