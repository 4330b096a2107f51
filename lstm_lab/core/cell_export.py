"""The code both scalar-cell kinds ("cell" and "compare") write into their exported scripts.
No Qt.

An exported script is plain Python that needs only numpy (framework "numpy") or numpy and torch
("pytorch") and never imports lstm_lab. It is assembled from the source texts kept here and a
data section of Python literals. Every number goes in through `literal` (``repr`` of a float,
which reads back as exactly the same float64) and every text through ``repr`` into a string
constant, so nothing a lesson file holds can become code or end a comment.

The source texts:

- `numpy_cell(cell)`: the cell's forward pass over B sequences at once (``run_cell``) and its
  mean squared error with the exact gradient by backpropagation through time
  (``mse_and_gradients``), in the app's notation and equations (lstm_lab/engine/lstm.py,
  rnn.py, gru.py). The LSTM applies ``PINS``, the gates the lesson holds at a value.
- `torch_cell(cell, pinned)`: the same cell as a torch module: ``nn.LSTM``, ``nn.RNN`` or
  ``nn.GRU`` with the app's weights copied in where they express the cell exactly, else (an
  LSTM with a pinned gate) a cell loop of its own. Gradients come from torch.autograd.
- `numpy_training` / `torch_training`: the app's training loop (lstm_lab/engine/training.py):
  Adam or SGD with momentum 0.9, gradient-norm clipping, locked parameters, the stopping rule
  (below the tolerance, after the most epochs, or diverged), on the one sequence or on a
  task's random sequences in mini-batches.
- `task_code(name)`: a training task's target rule and its random sequences (tasks.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

#: Numbers per line of a long list literal.
PER_LINE = 6


# ---------------------------------------------------------------------- literals
def literal(value: Any, indent: int = 0) -> str:
    """Python source for ``value``: floats by ``repr`` (exact), ints, bools, None, strings by
    ``repr``, and lists, tuples and dicts of those; long lists of numbers wrap over lines."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("a lesson's numbers are finite")
        return repr(float(value))
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        inner = " " * (indent + 4)
        items = [
            f"{inner}{literal(str(key))}: {literal(item, indent + 4)},"
            for key, item in value.items()
        ]
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(value, Sequence):
        parts = [literal(item, indent + 4) for item in value]
        open_, close = ("(", ")") if isinstance(value, tuple) else ("[", "]")
        if isinstance(value, tuple) and len(parts) == 1:
            return f"({parts[0]},)"
        if len(parts) <= PER_LINE and all("\n" not in part for part in parts):
            return open_ + ", ".join(parts) + close
        inner = " " * (indent + 4)
        lines = [
            inner + ", ".join(parts[k : k + PER_LINE]) + "," for k in range(0, len(parts), PER_LINE)
        ]
        return open_ + "\n" + "\n".join(lines) + "\n" + " " * indent + close
    try:  # numpy scalars
        return literal(float(value), indent)
    except (TypeError, ValueError):
        raise TypeError(f"no literal for {type(value).__name__}") from None


def assign(name: str, value: Any, comment: str = "") -> str:
    """``NAME = literal`` with an optional comment line above (the comment is the exporter's
    own words, never text from a lesson)."""
    head = f"# {comment}\n" if comment else ""
    return f"{head}{name} = {literal(value)}\n"


def floats(values: Any) -> list[float]:
    return [float(v) for v in values]


# ---------------------------------------------------------------------- the cells in numpy
NUMPY_COMMON = '''
def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), computed as ½·tanh(½·z) + ½: the same number, and it never
    overflows (the app computes it this way too)."""
    return 0.5 * np.tanh(0.5 * z) + 0.5
'''

NUMPY_LSTM = '''
#: The columns of the step table, as `lstm-lab trace` prints them: C̃(t) is "g", C(t) is "c".
COLUMNS = ("x", "f", "i", "g", "o", "c", "h", "y")
#: Each gate's input weight, recurrent weight and bias.
GATE_PARAMS = {
    "f": ("w_xf", "w_hf", "b_f"),  # forget gate f(t)
    "i": ("w_xi", "w_hi", "b_i"),  # input gate i(t)
    "g": ("w_xc", "w_hc", "b_c"),  # candidate C̃(t)
    "o": ("w_xo", "w_ho", "b_o"),  # output gate o(t)
}


def pin(gate, value):
    """A pinned gate's activation is the lesson's value at every step, whatever its sum."""
    return np.full_like(value, PINS[gate]) if gate in PINS else value


def run_lstm(p, xs, h0=0.0, c0=0.0):
    """The LSTM over ``xs`` of shape (T, B): B sequences of T steps at once, from h(0) = h0
    and C(0) = c0. Returns the trace: arrays (T, B) of every quantity at every step, and
    h(t−1), C(t−1) entering each step.

        f(t)  = σ(w_xf·x(t) + w_hf·h(t−1) + b_f)        forget gate
        i(t)  = σ(w_xi·x(t) + w_hi·h(t−1) + b_i)        input gate
        C̃(t) = tanh(w_xc·x(t) + w_hc·h(t−1) + b_c)     candidate
        o(t)  = σ(w_xo·x(t) + w_ho·h(t−1) + b_o)        output gate
        C(t)  = f(t)·C(t−1) + i(t)·C̃(t)                 cell state: the memory
        h(t)  = o(t)·tanh(C(t))                          hidden state
        y(t)  = w_out·h(t) + b_out                       output
    """
    steps, batch = xs.shape
    names = ("x", "f", "i", "g", "o", "c", "h", "h_prev", "c_prev")
    trace = {name: np.zeros((steps, batch)) for name in names}
    h = np.full(batch, float(h0))
    c = np.full(batch, float(c0))
    for t in range(steps):
        x = xs[t]
        f = pin("f", sigmoid(p["w_xf"] * x + p["w_hf"] * h + p["b_f"]))
        i = pin("i", sigmoid(p["w_xi"] * x + p["w_hi"] * h + p["b_i"]))
        g = pin("g", np.tanh(p["w_xc"] * x + p["w_hc"] * h + p["b_c"]))
        o = pin("o", sigmoid(p["w_xo"] * x + p["w_ho"] * h + p["b_o"]))
        trace["h_prev"][t], trace["c_prev"][t] = h, c
        c = f * c + i * g
        h = o * np.tanh(c)
        for name, value in (("x", x), ("f", f), ("i", i), ("g", g), ("o", o), ("c", c), ("h", h)):
            trace[name][t] = value
    trace["y"] = p["w_out"] * trace["h"] + p["b_out"]
    return trace


def mse_and_gradients(p, trace, targets):
    """The MSE of y against ``targets`` (T, B) (the mean over the T steps of each sequence,
    then over the B sequences) and its exact gradient by backpropagation through time:

        dy(t)   = 2·(y(t) − target(t)) / T                 (/ B: the mean over sequences)
        dh(t)   = w_out·dy(t) + dh_rec(t)                  dh_rec(T) = 0
        dC(t)   = dC_rec(t) + dh(t)·o(t)·(1 − tanh²C(t))   dC_rec(T) = 0
        dzf(t)  = dC(t)·C(t−1)·f(t)·(1 − f(t))             0 for a pinned gate: it ignores
        dzi(t)  = dC(t)·C̃(t)·i(t)·(1 − i(t))                  its weights
        dzg(t)  = dC(t)·i(t)·(1 − C̃(t)²)
        dzo(t)  = dh(t)·tanh(C(t))·o(t)·(1 − o(t))
        dh_rec(t−1) = w_hf·dzf + w_hi·dzi + w_hc·dzg + w_ho·dzo;   dC_rec(t−1) = dC(t)·f(t)
        ∂E/∂w_x* = Σ dz*·x;  ∂E/∂w_h* = Σ dz*·h(t−1);  ∂E/∂b_* = Σ dz*
        ∂E/∂w_out = Σ dy·h;  ∂E/∂b_out = Σ dy
    """
    steps, batch = trace["x"].shape
    errors = trace["y"] - targets
    loss = float(np.mean(np.mean(errors * errors, axis=0)))
    dy = errors * (2.0 / steps / batch)
    grads = dict.fromkeys(NAMES, 0.0)
    dh_rec = np.zeros(batch)
    dc_rec = np.zeros(batch)
    for t in reversed(range(steps)):
        f, i, g, o = (trace[name][t] for name in ("f", "i", "g", "o"))
        x, h_prev, c_prev = trace["x"][t], trace["h_prev"][t], trace["c_prev"][t]
        tanh_c = np.tanh(trace["c"][t])
        dh = p["w_out"] * dy[t] + dh_rec
        dc = dc_rec + dh * o * (1.0 - tanh_c * tanh_c)
        dz = {
            "f": dc * c_prev * f * (1.0 - f),
            "i": dc * g * i * (1.0 - i),
            "g": dc * i * (1.0 - g * g),
            "o": dh * tanh_c * o * (1.0 - o),
        }
        dh_rec = np.zeros(batch)
        for gate, (w_x, w_h, b) in GATE_PARAMS.items():
            if gate in PINS:
                continue
            grads[w_x] += float(np.sum(dz[gate] * x))
            grads[w_h] += float(np.sum(dz[gate] * h_prev))
            grads[b] += float(np.sum(dz[gate]))
            dh_rec = dh_rec + p[w_h] * dz[gate]
        dc_rec = dc * f
    grads["w_out"] = float(np.sum(dy * trace["h"]))
    grads["b_out"] = float(np.sum(dy))
    return loss, grads
'''

NUMPY_RNN = '''
#: The columns of the step table.
COLUMNS = ("x", "h", "y")


def run_rnn(p, xs, h0=0.0, c0=0.0):
    """The vanilla RNN over ``xs`` of shape (T, B), from h(0) = h0 (it has no cell state).

        h(t) = tanh(w_in·x(t) + w_hh·h(t−1) + b)
        y(t) = w_out·h(t)                                (no output bias)
    """
    steps, batch = xs.shape
    trace = {name: np.zeros((steps, batch)) for name in ("x", "h", "h_prev")}
    h = np.full(batch, float(h0))
    for t in range(steps):
        x = xs[t]
        trace["h_prev"][t] = h
        h = np.tanh(p["w_in"] * x + p["w_hh"] * h + p["b"])
        trace["x"][t], trace["h"][t] = x, h
    trace["y"] = p["w_out"] * trace["h"]
    return trace


def mse_and_gradients(p, trace, targets):
    """The MSE of y against ``targets`` (T, B) and its exact gradient (backpropagation
    through time):

        dy(t) = 2·(y(t) − target(t)) / T  (/ B)     dh(t) = w_out·dy(t) + dh_rec(t)
        dz(t) = dh(t)·(1 − h(t)²)                    dh_rec(t−1) = w_hh·dz(t)
        ∂E/∂w_in = Σ dz·x;  ∂E/∂w_hh = Σ dz·h(t−1);  ∂E/∂b = Σ dz;  ∂E/∂w_out = Σ dy·h
    """
    steps, batch = trace["x"].shape
    errors = trace["y"] - targets
    loss = float(np.mean(np.mean(errors * errors, axis=0)))
    dy = errors * (2.0 / steps / batch)
    grads = dict.fromkeys(NAMES, 0.0)
    dh_rec = np.zeros(batch)
    for t in reversed(range(steps)):
        h = trace["h"][t]
        dz = (p["w_out"] * dy[t] + dh_rec) * (1.0 - h * h)
        grads["w_in"] += float(np.sum(dz * trace["x"][t]))
        grads["w_hh"] += float(np.sum(dz * trace["h_prev"][t]))
        grads["b"] += float(np.sum(dz))
        dh_rec = p["w_hh"] * dz
    grads["w_out"] = float(np.sum(dy * trace["h"]))
    return loss, grads
'''

NUMPY_GRU = '''
#: The columns of the step table: update gate z, reset gate r, candidate h̃ ("g").
COLUMNS = ("x", "z", "r", "g", "h", "y")


def run_gru(p, xs, h0=0.0, c0=0.0):
    """The GRU over ``xs`` of shape (T, B), from h(0) = h0 (it has no cell state).

        z(t)  = σ(w_xz·x(t) + w_hz·h(t−1) + b_z)               update gate
        r(t)  = σ(w_xr·x(t) + w_hr·h(t−1) + b_r)               reset gate
        h̃(t) = tanh(w_xc·x(t) + w_hc·(r(t)·h(t−1)) + b_c)     candidate
        h(t)  = (1 − z(t))·h(t−1) + z(t)·h̃(t)
        y(t)  = w_out·h(t) + b_out
    """
    steps, batch = xs.shape
    trace = {name: np.zeros((steps, batch)) for name in ("x", "z", "r", "g", "h", "h_prev")}
    h = np.full(batch, float(h0))
    for t in range(steps):
        x = xs[t]
        z = sigmoid(p["w_xz"] * x + p["w_hz"] * h + p["b_z"])
        r = sigmoid(p["w_xr"] * x + p["w_hr"] * h + p["b_r"])
        g = np.tanh(p["w_xc"] * x + p["w_hc"] * (r * h) + p["b_c"])
        trace["h_prev"][t] = h
        h = (1.0 - z) * h + z * g
        for name, value in (("x", x), ("z", z), ("r", r), ("g", g), ("h", h)):
            trace[name][t] = value
    trace["y"] = p["w_out"] * trace["h"] + p["b_out"]
    return trace


def mse_and_gradients(p, trace, targets):
    """The MSE of y against ``targets`` (T, B) and its exact gradient (backpropagation
    through time):

        dh(t)  = w_out·dy(t) + dh_rec(t)
        dzg(t) = dh(t)·z(t)·(1 − h̃(t)²)
        dzz(t) = dh(t)·(h̃(t) − h(t−1))·z(t)·(1 − z(t))
        dzr(t) = dzg(t)·w_hc·h(t−1)·r(t)·(1 − r(t))
        dh_rec(t−1) = dh(t)·(1 − z(t)) + dzg(t)·w_hc·r(t) + dzz(t)·w_hz + dzr(t)·w_hr
        ∂E/∂w_hc = Σ dzg·r·h(t−1); the other weights Σ dz*·x or Σ dz*·h(t−1); biases Σ dz*
    """
    steps, batch = trace["x"].shape
    errors = trace["y"] - targets
    loss = float(np.mean(np.mean(errors * errors, axis=0)))
    dy = errors * (2.0 / steps / batch)
    grads = dict.fromkeys(NAMES, 0.0)
    dh_rec = np.zeros(batch)
    for t in reversed(range(steps)):
        z, r, g = trace["z"][t], trace["r"][t], trace["g"][t]
        x, h_prev = trace["x"][t], trace["h_prev"][t]
        dh = p["w_out"] * dy[t] + dh_rec
        dzg = dh * z * (1.0 - g * g)
        dzz = dh * (g - h_prev) * z * (1.0 - z)
        dzr = dzg * p["w_hc"] * h_prev * r * (1.0 - r)
        for gate, dz, seen in (("z", dzz, h_prev), ("r", dzr, h_prev), ("c", dzg, r * h_prev)):
            grads["w_x" + gate] += float(np.sum(dz * x))
            grads["w_h" + gate] += float(np.sum(dz * seen))
            grads["b_" + gate] += float(np.sum(dz))
        dh_rec = dh * (1.0 - z) + dzg * p["w_hc"] * r + dzz * p["w_hz"] + dzr * p["w_hr"]
    grads["w_out"] = float(np.sum(dy * trace["h"]))
    grads["b_out"] = float(np.sum(dy))
    return loss, grads
'''

_NUMPY_CELLS = {"lstm": NUMPY_LSTM, "rnn": NUMPY_RNN, "gru": NUMPY_GRU}


def numpy_forward(cell: str) -> str:
    """``run_<cell>(p, xs, h0, c0)`` of ``cell`` in numpy (the LSTM reads PINS)."""
    return _NUMPY_CELLS[cell].split("\n\ndef mse_and_gradients")[0] + "\n"


def numpy_cell(cell: str) -> str:
    """``run_cell`` and ``mse_and_gradients`` of ``cell`` in numpy (reads NAMES and PINS)."""
    source = _NUMPY_CELLS[cell]
    forward, backward = source.split("\n\ndef mse_and_gradients")
    return (
        NUMPY_COMMON + forward + f"\n\nrun_cell = run_{cell}\n\n\ndef mse_and_gradients" + backward
    )


# ---------------------------------------------------------------------- the cells in torch
TORCH_NOTES = {
    "lstm": """
# nn.LSTM computes the app's LSTM exactly, with two conventions of its own: it stacks the
# gates' rows in the order i, f, g, o (the app writes f, i, C̃, o), and it adds two bias
# vectors, bias_ih and bias_hh, where the app has one bias per gate. The app's bias goes into
# bias_ih; bias_hh stays 0 and is not trained. Its candidate "g" is the app's C̃.
""",
    "rnn": """
# nn.RNN (tanh) computes the app's RNN exactly: h(t) = tanh(W_ih·x + b_ih + W_hh·h + b_hh).
# The app has one bias b: it goes into bias_ih, and bias_hh stays 0 and is not trained. The
# output y(t) = w_out·h(t) has no bias (nn.Linear(1, 1, bias=False)).
""",
    "gru": """
# nn.GRU computes the app's GRU, with three conventions of its own:
# - its rows are in the order r, z, n (n is the candidate, the app's h̃);
# - its update gate keeps the OLD state: h(t) = (1 − z)·n + z·h(t−1), where the app's z(t)
#   is the share of the NEW candidate: h(t) = (1 − z(t))·h(t−1) + z(t)·h̃(t). So torch's
#   z = 1 − the app's z = σ(−(w_xz·x + w_hz·h + b_z)): its z rows hold the app's weights and
#   bias negated (the app's values are read back with the sign turned again);
# - the reset gate multiplies W_hn·h(t−1) + b_hn, where the app multiplies h(t−1) before its
#   weight: with b_hn held at 0, r·(w_hc·h) is the same number as w_hc·(r·h).
# Each gate has two biases (bias_ih, bias_hh); the app's bias goes into bias_ih and bias_hh
# stays 0 and is not trained.
""",
    "pinned": """
# The lesson pins a gate (PINS): that gate's activation is a fixed value at every step,
# whatever x(t) and h(t−1) are. nn.LSTM has no way to do that: it computes all four gates
# inside one fused kernel from its weights, and no choice of weights holds a σ gate at
# exactly 1 (σ only reaches 1 in the limit). So this script writes the cell's loop itself,
# with the app's parameters as torch tensors and torch.autograd for the gradients.
""",
}

# (app name, torch tensor, row, sign): where each parameter of the app lives in the module.
TORCH_LAYOUT = {
    "lstm": [
        ("w_xi", "rnn.weight_ih_l0", 0, 1.0), ("w_hi", "rnn.weight_hh_l0", 0, 1.0),
        ("b_i", "rnn.bias_ih_l0", 0, 1.0),
        ("w_xf", "rnn.weight_ih_l0", 1, 1.0), ("w_hf", "rnn.weight_hh_l0", 1, 1.0),
        ("b_f", "rnn.bias_ih_l0", 1, 1.0),
        ("w_xc", "rnn.weight_ih_l0", 2, 1.0), ("w_hc", "rnn.weight_hh_l0", 2, 1.0),
        ("b_c", "rnn.bias_ih_l0", 2, 1.0),
        ("w_xo", "rnn.weight_ih_l0", 3, 1.0), ("w_ho", "rnn.weight_hh_l0", 3, 1.0),
        ("b_o", "rnn.bias_ih_l0", 3, 1.0),
        ("w_out", "out.weight", 0, 1.0), ("b_out", "out.bias", 0, 1.0),
    ],
    "rnn": [
        ("w_in", "rnn.weight_ih_l0", 0, 1.0), ("w_hh", "rnn.weight_hh_l0", 0, 1.0),
        ("b", "rnn.bias_ih_l0", 0, 1.0), ("w_out", "out.weight", 0, 1.0),
    ],
    "gru": [
        ("w_xr", "rnn.weight_ih_l0", 0, 1.0), ("w_hr", "rnn.weight_hh_l0", 0, 1.0),
        ("b_r", "rnn.bias_ih_l0", 0, 1.0),
        ("w_xz", "rnn.weight_ih_l0", 1, -1.0), ("w_hz", "rnn.weight_hh_l0", 1, -1.0),
        ("b_z", "rnn.bias_ih_l0", 1, -1.0),
        ("w_xc", "rnn.weight_ih_l0", 2, 1.0), ("w_hc", "rnn.weight_hh_l0", 2, 1.0),
        ("b_c", "rnn.bias_ih_l0", 2, 1.0),
        ("w_out", "out.weight", 0, 1.0), ("b_out", "out.bias", 0, 1.0),
    ],
}  # fmt: skip

TORCH_MODULE = '''
class Cell(torch.nn.Module):
    """The app's scalar cell as torch's recurrent layer of one unit and a linear read-out,
    computing in float64 like the app. Its layout (LAYERS) says where each of the app's
    parameters lives: (app name, tensor, row, sign)."""

    def __init__(self, values, kind=CELL):
        super().__init__()
        layer, output_bias, self.layout = LAYERS[kind]
        self.rnn = layer(1, 1, batch_first=True, dtype=torch.float64)
        self.out = torch.nn.Linear(1, 1, bias=output_bias, dtype=torch.float64)
        self.rnn.bias_hh_l0.requires_grad_(False)  # the app has one bias per gate
        self.load(values)

    def tensors(self):
        return dict(self.named_parameters())

    def load(self, values):
        """Copy the app's parameter values (a dict by name) into the module."""
        tensors = self.tensors()
        with torch.no_grad():
            self.rnn.bias_hh_l0.zero_()
            for name, tensor, row, sign in self.layout:
                tensors[tensor].view(-1)[row] = sign * values[name]

    def values(self):
        """The app's parameters, read back from the module."""
        tensors = self.tensors()
        return {name: sign * tensors[tensor].view(-1)[row].item()
                for name, tensor, row, sign in self.layout}

    def gradients(self):
        """∂loss/∂parameter by the app's names, after loss.backward()."""
        tensors = self.tensors()
        out = {}
        for name, tensor, row, sign in self.layout:
            grad = tensors[tensor].grad
            out[name] = 0.0 if grad is None else sign * grad.view(-1)[row].item()
        return out

    def masks(self, locked):
        """(tensor, mask) for every trained tensor: 0 where a parameter is locked."""
        tensors = self.tensors()
        masks = {key: torch.ones_like(t) for key, t in tensors.items() if t.requires_grad}
        for name, tensor, row, _sign in self.layout:
            if name in locked:
                masks[tensor].view(-1)[row] = 0.0
        return [(tensors[key], mask) for key, mask in masks.items()]

    def forward(self, xs, h0=0.0, c0=0.0):
        """``xs`` (B, T): the hidden states h (B, T) and outputs y (B, T)."""
        batch = xs.shape[0]
        h_start = torch.full((1, batch, 1), float(h0), dtype=torch.float64)
        if isinstance(self.rnn, torch.nn.LSTM):
            c_start = torch.full((1, batch, 1), float(c0), dtype=torch.float64)
            h, _ = self.rnn(xs.unsqueeze(-1), (h_start, c_start))
        else:
            h, _ = self.rnn(xs.unsqueeze(-1), h_start)
        return h.squeeze(-1), self.out(h).squeeze(-1)
'''

TORCH_PINNED = '''
class Cell(torch.nn.Module):
    """The app's LSTM written out step by step, so that a gate can be pinned (see above); one
    float64 tensor per parameter, by the app's names."""

    def __init__(self, values):
        super().__init__()
        self.p = torch.nn.ParameterDict(
            {name: torch.nn.Parameter(torch.tensor(0.0, dtype=torch.float64)) for name in NAMES}
        )
        self.load(values)

    def load(self, values):
        with torch.no_grad():
            for name in NAMES:
                self.p[name].fill_(values[name])

    def values(self):
        return {name: self.p[name].item() for name in NAMES}

    def gradients(self):
        return {name: 0.0 if self.p[name].grad is None else self.p[name].grad.item()
                for name in NAMES}

    def masks(self, locked):
        return [(self.p[name], torch.tensor(0.0 if name in locked else 1.0,
                                            dtype=torch.float64)) for name in NAMES]

    def gate(self, name, activation, x, h):
        """A gate's activation for every sequence, or its pinned value."""
        if name in PINS:
            return torch.full_like(x, PINS[name])
        w_x, w_h, b = (self.p[key] for key in GATE_PARAMS[name])
        return activation(w_x * x + w_h * h + b)

    def forward(self, xs, h0=0.0, c0=0.0):
        """``xs`` (B, T): the hidden states h (B, T) and outputs y (B, T)."""
        batch, steps = xs.shape
        h = torch.full((batch,), float(h0), dtype=torch.float64)
        c = torch.full((batch,), float(c0), dtype=torch.float64)
        hs = []
        for t in range(steps):
            x = xs[:, t]
            f = self.gate("f", torch.sigmoid, x, h)
            i = self.gate("i", torch.sigmoid, x, h)
            g = self.gate("g", torch.tanh, x, h)
            o = self.gate("o", torch.sigmoid, x, h)
            c = f * c + i * g
            h = o * torch.tanh(c)
            hs.append(h)
        h = torch.stack(hs, dim=1)
        return h, self.p["w_out"] * h + self.p["b_out"]
'''

#: The gates of every step from the hidden states a module returned: nn.LSTM/nn.GRU give only
#: h(t), so the table's other columns are computed from h(t−1) with the same weights.
TORCH_COLUMNS = {
    "lstm": '''
GATE_PARAMS = {
    "f": ("w_xf", "w_hf", "b_f"),  # forget gate f(t)
    "i": ("w_xi", "w_hi", "b_i"),  # input gate i(t)
    "g": ("w_xc", "w_hc", "b_c"),  # candidate C̃(t)
    "o": ("w_xo", "w_ho", "b_o"),  # output gate o(t)
}
COLUMNS = ("x", "f", "i", "g", "o", "c", "h", "y")


def step_table(p, xs, h, y, h0, c0):
    """Every column of the step table for one sequence (1-D tensors of T steps). The module
    returns h(t) and y(t); the gates follow from x(t) and h(t−1) with the same weights,
    f(t), i(t), C̃(t), o(t) at once, and C(t) = f(t)·C(t−1) + i(t)·C̃(t) step by step."""
    h_prev = torch.cat([torch.tensor([float(h0)], dtype=torch.float64), h[:-1]])
    table = {"x": xs, "h": h, "y": y}
    for gate, (w_x, w_h, b) in GATE_PARAMS.items():
        if gate in PINS:
            table[gate] = torch.full_like(xs, PINS[gate])
        else:
            act = torch.tanh if gate == "g" else torch.sigmoid
            table[gate] = act(p[w_x] * xs + p[w_h] * h_prev + p[b])
    c, cs = float(c0), []
    for t in range(len(xs)):
        c = table["f"][t] * c + table["i"][t] * table["g"][t]
        cs.append(c)
    table["c"] = torch.stack(cs)
    return table
''',
    "rnn": '''
COLUMNS = ("x", "h", "y")


def step_table(p, xs, h, y, h0, c0):
    """Every column of the step table for one sequence (1-D tensors of T steps)."""
    return {"x": xs, "h": h, "y": y}
''',
    "gru": '''
COLUMNS = ("x", "z", "r", "g", "h", "y")


def step_table(p, xs, h, y, h0, c0):
    """Every column of the step table for one sequence: nn.GRU returns h(t), and the app's
    update gate z(t), reset gate r(t) and candidate h̃(t) ("g") follow from x(t) and h(t−1)."""
    h_prev = torch.cat([torch.tensor([float(h0)], dtype=torch.float64), h[:-1]])
    z = torch.sigmoid(p["w_xz"] * xs + p["w_hz"] * h_prev + p["b_z"])
    r = torch.sigmoid(p["w_xr"] * xs + p["w_hr"] * h_prev + p["b_r"])
    g = torch.tanh(p["w_xc"] * xs + p["w_hc"] * (r * h_prev) + p["b_c"])
    return {"x": xs, "z": z, "r": r, "g": g, "h": h, "y": y}
''',
}


def torch_layers(cells: Sequence[str]) -> str:
    """The notes on torch's conventions for ``cells`` and ``LAYERS``: for each cell, torch's
    layer, whether its read-out has a bias, and where each of the app's parameters lives."""
    layer = {"lstm": "torch.nn.LSTM", "rnn": "torch.nn.RNN", "gru": "torch.nn.GRU"}
    lines = ["# LAYERS: torch's layer, whether y has a bias, and (app name, tensor, row, sign)."]
    lines.append("LAYERS = {")
    for cell in cells:
        lines.append(f"    {cell!r}: ({layer[cell]}, {cell != 'rnn'}, [")
        lines += [f"        {literal(entry)}," for entry in TORCH_LAYOUT[cell]]
        lines.append("    ]),")
    lines.append("}")
    notes = "".join(TORCH_NOTES[cell] for cell in cells)
    return notes + "\n".join(lines) + "\n"


def torch_module() -> str:
    """The ``Cell`` module: one of torch's recurrent layers with the app's weights."""
    return TORCH_MODULE


def torch_cell(cell: str, pinned: bool) -> str:
    """The torch ``Cell`` module of ``cell`` (its own loop when a gate is pinned) and
    ``step_table``, with the notes on torch's conventions (reads CELL, NAMES and PINS)."""
    if pinned:
        return TORCH_NOTES["pinned"] + TORCH_PINNED + TORCH_COLUMNS[cell]
    return torch_layers([cell]) + TORCH_MODULE + TORCH_COLUMNS[cell]


# ---------------------------------------------------------------------- training tasks
_TASK_PULSES = '''
def pulses_before(inputs):
    """The number of pulses (values above 0.5) at steps strictly before t, for every t."""
    pulses = (inputs > 0.5).astype(np.int64)
    before = np.zeros_like(pulses)
    before[..., 1:] = np.cumsum(pulses, axis=-1)[..., :-1]
    return before
'''

_ONE_PULSE = '''
def one_pulse(rng, length, count, no_pulse_share):
    """One pulse at a random step before the last; a share of the sequences have none."""
    inputs = np.zeros((count, length))
    positions = rng.integers(0, max(length - 1, 1), size=count)
    has_pulse = rng.random(count) >= no_pulse_share
    inputs[np.arange(count)[has_pulse], positions[has_pulse]] = 1.0
    return inputs
'''

_TASKS = {
    "hold": _TASK_PULSES
    + _ONE_PULSE
    + '''
def rule(inputs):
    """Hold the pulse: y(t) = 1 once a pulse has been seen at an earlier step, else 0."""
    return (pulses_before(inputs) > 0).astype(np.float64)


def make_inputs(rng, length, count):
    """One pulse at a random step (a fifth of the sequences have none)."""
    return one_pulse(rng, length, count, no_pulse_share=0.2)
''',
    "echo": '''
def rule(inputs):
    """Echo: y(t) = x(t)."""
    return np.array(inputs, dtype=np.float64)


def make_inputs(rng, length, count):
    """Random 0/1 inputs, each step a fair coin."""
    return (rng.random((count, length)) < 0.5).astype(np.float64)
''',
    "delay": '''
def rule(inputs):
    """Delay by one: y(t) = x(t−1), and y(1) = 0."""
    targets = np.zeros_like(inputs)
    targets[..., 1:] = inputs[..., :-1]
    return targets


def make_inputs(rng, length, count):
    """Random 0/1 inputs, each step a fair coin."""
    return (rng.random((count, length)) < 0.5).astype(np.float64)
''',
    "count": '''
def rule(inputs):
    """Running count: y(t) = (x(1) + … + x(t)) / T."""
    return np.cumsum(inputs, axis=-1) / inputs.shape[-1]


def make_inputs(rng, length, count):
    """Random 0/1 inputs with a pulse at about one step in three."""
    return (rng.random((count, length)) < 1.0 / 3.0).astype(np.float64)
''',
    "reset": _TASK_PULSES
    + _ONE_PULSE
    + '''
def rule(inputs):
    """Forget after a reset: y(t) = (number of pulses before t) mod 2."""
    return (pulses_before(inputs) % 2).astype(np.float64)


def make_inputs(rng, length, count):
    """Two pulses (set, then reset) at random steps; a quarter of the sequences only set."""
    inputs = one_pulse(rng, length, count, no_pulse_share=0.0)
    if length < 3:
        return inputs
    first = np.argmax(inputs, axis=1)
    wants_reset = (rng.random(count) >= 0.25) & (first < length - 2)
    for row in np.flatnonzero(wants_reset):
        second = rng.integers(first[row] + 1, length - 1)
        inputs[row, second] = 1.0
    return inputs
''',
}


def task_code(name: str) -> str:
    """``rule(inputs)`` and ``make_inputs(rng, length, count)`` of the training task ``name``,
    drawing from numpy's generator exactly as the app does."""
    return _TASKS[name]


# ---------------------------------------------------------------------- training
TRAINING_RULES = """
# ---------------------------------------------------------------------- training
# The app's training (the Train button): gradient descent on all parameters at once, with
#     Adam:      m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  θ ← θ − η·m̂/(√v̂ + ε)
#                (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, m̂ and v̂ corrected for their start at 0)
#     momentum:  u ← 0.9·u − η·g,  θ ← θ + u
# Locked parameters get a zero gradient and never change. With a clip norm above 0, a
# gradient longer than it is scaled down to that length. One sequence: an epoch is one step
# on the whole sequence. A task's random sequences: TASK_SIZE sequences drawn once, an epoch
# is one pass over them in a fresh random order, in mini-batches of BATCH_SIZE; the held-out
# loss is the MSE on VALIDATION_SIZE more sequences the training never sees.
# Training stops when the loss falls below the tolerance ("converged"), after the most
# epochs ("max_epochs"), or when a loss, a gradient or a parameter stops being a finite
# number (or a parameter passes ±MAX_MAGNITUDE): "diverged", keeping the last good weights.
MAX_MAGNITUDE = 1e6
VALIDATION_SIZE = 16
"""

NUMPY_TRAINING = (
    TRAINING_RULES
    + '''

class Adam:
    def __init__(self, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
        self.learning_rate, self.beta1, self.beta2, self.epsilon = (
            learning_rate, beta1, beta2, epsilon)
        self.t, self.m, self.v = 0, None, None

    def step(self, gradient):
        """The change to add to the parameters for this gradient."""
        if self.m is None:
            self.m, self.v = np.zeros_like(gradient), np.zeros_like(gradient)
        self.t += 1
        self.m = self.beta1 * self.m + (1.0 - self.beta1) * gradient
        self.v = self.beta2 * self.v + (1.0 - self.beta2) * (gradient * gradient)
        m_hat = self.m / (1.0 - self.beta1**self.t)
        v_hat = self.v / (1.0 - self.beta2**self.t)
        return -self.learning_rate * m_hat / (np.sqrt(v_hat) + self.epsilon)


class SGDMomentum:
    def __init__(self, learning_rate, momentum=0.9):
        self.learning_rate, self.momentum, self.velocity = learning_rate, momentum, None

    def step(self, gradient):
        if self.velocity is None:
            self.velocity = np.zeros_like(gradient)
        self.velocity = self.momentum * self.velocity - self.learning_rate * gradient
        return self.velocity.copy()


def loss_and_gradient(theta, xs, targets):
    """The mean MSE over the sequences ``xs``, ``targets`` (T, B) and its gradient vector;
    nan where the numbers overflow."""
    if not np.isfinite(theta).all():
        return math.nan, np.full_like(theta, math.nan)
    p = dict(zip(NAMES, theta.tolist()))
    with np.errstate(all="ignore"):
        loss, grads = mse_and_gradients(p, run_cell(p, xs, H0, C0), targets)
    return loss, np.array([grads[name] for name in NAMES])


def healthy(loss, gradient, theta):
    return (math.isfinite(loss) and bool(np.isfinite(gradient).all())
            and bool((np.abs(theta) <= MAX_MAGNITUDE).all()))


def descent_step(theta, gradient, optimizer, free):
    gradient = np.where(free, gradient, 0.0)  # locked parameters: no gradient
    if CLIP_NORM:
        norm = float(np.sqrt(gradient @ gradient))
        if norm > CLIP_NORM:
            gradient = gradient * (CLIP_NORM / norm)
    with np.errstate(all="ignore"):
        change = optimizer.step(gradient)
    new_theta = theta.copy()
    new_theta[free] += change[free]
    return new_theta


def train(start):
    """Train from ``start`` (a dict of the app's parameters); the run's epochs, each
    (epoch, iteration, loss, held-out loss or None, parameters, status)."""
    theta = np.array([start[name] for name in NAMES], dtype=np.float64)
    free = np.array([name not in LOCKED for name in NAMES])
    optimizer = (Adam if OPTIMIZER == "adam" else SGDMomentum)(LEARNING_RATE)
    if TASK_TRAINING:
        return train_on_task(theta, free, optimizer)
    xs, targets = np.array(SEQUENCE)[:, None], np.array(TARGET)[:, None]
    history = []

    def record(epoch, loss, theta, status):
        history.append((epoch, epoch, loss, None, dict(zip(NAMES, theta.tolist())), status))

    loss, gradient = loss_and_gradient(theta, xs, targets)
    if not healthy(loss, gradient, theta):
        record(0, loss, theta, "diverged")
        return history
    if loss < TOLERANCE:
        record(0, loss, theta, "converged")
        return history
    for epoch in range(1, MAX_EPOCHS + 1):
        new_theta = descent_step(theta, gradient, optimizer, free)
        new_loss, new_gradient = loss_and_gradient(new_theta, xs, targets)
        if not healthy(new_loss, new_gradient, new_theta):
            record(epoch, loss, theta, "diverged")  # the last good weights
            return history
        theta, loss, gradient = new_theta, new_loss, new_gradient
        status = "converged" if loss < TOLERANCE else (
            "max_epochs" if epoch == MAX_EPOCHS else "running")
        record(epoch, loss, theta, status)
        if status != "running":
            return history
    return history


def held_out_loss(theta, xs, targets):
    if not np.isfinite(theta).all():
        return math.nan
    p = dict(zip(NAMES, theta.tolist()))
    with np.errstate(all="ignore"):
        trace = run_cell(p, xs, H0, C0)
        errors = trace["y"] - targets
        return float(np.mean(np.mean(errors * errors, axis=0)))


def train_on_task(theta, free, optimizer):
    rng = np.random.default_rng(SEED)
    length = len(SEQUENCE)
    train_inputs = make_inputs(rng, length, TASK_SIZE)
    train_targets = rule(train_inputs)
    valid_inputs = make_inputs(rng, length, VALIDATION_SIZE)
    valid_xs, valid_targets = valid_inputs.T, rule(valid_inputs).T
    history, iteration = [], 0
    good_theta, good_loss, good_gradient = theta, math.nan, np.zeros_like(theta)

    def record(epoch, loss, theta, status):
        history.append((epoch, iteration, loss, held_out_loss(theta, valid_xs, valid_targets),
                        dict(zip(NAMES, theta.tolist())), status))

    for epoch in range(1, MAX_EPOCHS + 1):
        order = rng.permutation(TASK_SIZE)
        losses = []
        for start in range(0, TASK_SIZE, BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            loss, gradient = loss_and_gradient(theta, train_inputs[rows].T,
                                               train_targets[rows].T)
            if not healthy(loss, gradient, theta):
                record(epoch, good_loss, good_theta, "diverged")
                return history
            good_theta, good_loss, good_gradient = theta, loss, gradient
            theta = descent_step(theta, gradient, optimizer, free)
            iteration += 1
            losses.append(loss)
        epoch_loss = float(np.mean(losses))
        if not healthy(epoch_loss, good_gradient, theta):
            record(epoch, good_loss, good_theta, "diverged")
            return history
        status = "converged" if epoch_loss < TOLERANCE else (
            "max_epochs" if epoch == MAX_EPOCHS else "running")
        record(epoch, epoch_loss, theta, status)
        if status != "running":
            return history
    return history
'''
)

TORCH_TRAINING = (
    TRAINING_RULES
    + '''
# The optimisers are torch's own: torch.optim.Adam with its defaults is the app's Adam, and
# torch.optim.SGD(momentum=0.9) is the app's momentum (torch keeps v ← 0.9·v + g and steps
# θ ← θ − η·v, which is the app's u = −η·v). The clipping is written out here, because
# torch.nn.utils.clip_grad_norm_ divides by the norm plus 1e-6 where the app divides by the
# norm itself.


def evaluate(model, xs, targets):
    """Forward and backward pass: the mean MSE over the sequences (B, T) (the mean over each
    sequence's steps, then over the sequences); the gradients are left in the tensors."""
    model.zero_grad(set_to_none=False)
    _h, y = model(xs, H0, C0)
    loss = torch.mean((y - targets) ** 2)
    loss.backward()
    for tensor in model.parameters():  # a pinned gate's weights get no gradient at all
        if tensor.requires_grad and tensor.grad is None:
            tensor.grad = torch.zeros_like(tensor)
    return loss.item()


def gradient_ok(masks):
    return all(bool(torch.isfinite(t.grad * m).all()) for t, m in masks)


def weights_ok(model):
    return all(math.isfinite(v) and abs(v) <= MAX_MAGNITUDE for v in model.values().values())


def descent_step(masks, optimizer):
    grads = [t.grad.mul_(m) for t, m in masks]  # locked parameters: no gradient
    if CLIP_NORM:
        norm = math.sqrt(sum(float(torch.sum(g * g)) for g in grads))
        if norm > CLIP_NORM:
            for g in grads:
                g.mul_(CLIP_NORM / norm)
    optimizer.step()


def make_optimizer(masks):
    tensors = [t for t, _m in masks]
    if OPTIMIZER == "adam":
        return torch.optim.Adam(tensors, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)
    return torch.optim.SGD(tensors, lr=LEARNING_RATE, momentum=0.9)


def train(start):
    """Train from ``start`` (a dict of the app's parameters); the run's epochs, each
    (epoch, iteration, loss, held-out loss or None, parameters, status)."""
    model = Cell(start)
    masks = model.masks(LOCKED)
    optimizer = make_optimizer(masks)
    if TASK_TRAINING:
        return train_on_task(model, masks, optimizer)
    xs = torch.tensor([SEQUENCE], dtype=torch.float64)
    targets = torch.tensor([TARGET], dtype=torch.float64)
    history = []

    def record(epoch, loss, values, status):
        history.append((epoch, epoch, loss, None, values, status))

    loss = evaluate(model, xs, targets)
    if not (math.isfinite(loss) and gradient_ok(masks) and weights_ok(model)):
        record(0, loss, model.values(), "diverged")
        return history
    if loss < TOLERANCE:
        record(0, loss, model.values(), "converged")
        return history
    for epoch in range(1, MAX_EPOCHS + 1):
        kept = model.values()
        descent_step(masks, optimizer)
        new_loss = evaluate(model, xs, targets)
        if not (math.isfinite(new_loss) and gradient_ok(masks) and weights_ok(model)):
            record(epoch, loss, kept, "diverged")  # the last good weights
            return history
        loss = new_loss
        status = "converged" if loss < TOLERANCE else (
            "max_epochs" if epoch == MAX_EPOCHS else "running")
        record(epoch, loss, model.values(), status)
        if status != "running":
            return history
    return history


def train_on_task(model, masks, optimizer):
    # The sequences are drawn with numpy's generator, exactly as the app draws them.
    rng = np.random.default_rng(SEED)
    length = len(SEQUENCE)
    train_inputs = make_inputs(rng, length, TASK_SIZE)
    train_targets = rule(train_inputs)
    valid_inputs = make_inputs(rng, length, VALIDATION_SIZE)
    valid_xs = torch.tensor(valid_inputs, dtype=torch.float64)
    valid_targets = torch.tensor(rule(valid_inputs), dtype=torch.float64)
    history, iteration = [], 0
    good_values, good_loss = model.values(), math.nan

    def held_out():
        with torch.no_grad():
            _h, y = model(valid_xs, H0, C0)
            return torch.mean((y - valid_targets) ** 2).item()

    def record(epoch, loss, values, status):
        model.load(values)
        history.append((epoch, iteration, loss, held_out(), values, status))

    for epoch in range(1, MAX_EPOCHS + 1):
        order = rng.permutation(TASK_SIZE)
        losses = []
        for start in range(0, TASK_SIZE, BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            xs = torch.tensor(train_inputs[rows], dtype=torch.float64)
            targets = torch.tensor(train_targets[rows], dtype=torch.float64)
            values = model.values()
            if not weights_ok(model):
                record(epoch, good_loss, good_values, "diverged")
                return history
            loss = evaluate(model, xs, targets)
            if not (math.isfinite(loss) and gradient_ok(masks)):
                record(epoch, good_loss, good_values, "diverged")
                return history
            good_values, good_loss = values, loss
            descent_step(masks, optimizer)
            iteration += 1
            losses.append(loss)
        epoch_loss = float(np.mean(losses))
        if not (math.isfinite(epoch_loss) and weights_ok(model)):
            record(epoch, good_loss, good_values, "diverged")
            return history
        status = "converged" if epoch_loss < TOLERANCE else (
            "max_epochs" if epoch == MAX_EPOCHS else "running")
        record(epoch, epoch_loss, model.values(), status)
        if status != "running":
            return history
    return history
'''
)


def training_code(framework: str) -> str:
    return NUMPY_TRAINING if framework == "numpy" else TORCH_TRAINING


# ---------------------------------------------------------------------- JSON
FINITE_OR_NULL = '''
def finite_or_null(value):
    """JSON has no Infinity or NaN: such a number is written as null, as the app does."""
    if isinstance(value, dict):
        return {key: finite_or_null(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite_or_null(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
'''


def header(what: str, framework: str) -> str:
    """The script's opening docstring: the exporter's own words only (the lesson's title goes
    into a string constant, `title_line`)."""
    needs = "numpy" if framework == "numpy" else "numpy and torch"
    return (
        '"""' + what + "\n\n"
        f"Exported from LSTM Lab. Needs Python with {needs}, nothing else.\n\n"
        "    python THIS_FILE.py           a short account of the lesson's numbers\n"
        "    python THIS_FILE.py --json    the same numbers as JSON, as LSTM Lab prints them\n"
        '"""\n'
    )


def title_line(title: str) -> str:
    """The lesson's title as a string constant: ``repr`` keeps any text a string."""
    return assign("TITLE", str(title), "The lesson's title.")


def join(parts: Sequence[str]) -> str:
    """The script from its parts, two blank lines between them (as PEP 8 has them)."""
    return "\n\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n"


def data_block(values: dict[str, Any], title: str, comments: dict[str, str]) -> str:
    """The lesson's section of a script: its title, then each value with its comment."""
    lines = ["# ---------------------------------------------------------------------- the lesson"]
    lines.append(title_line(title).rstrip("\n"))
    for name, value in values.items():
        lines.append(assign(name, value, comments.get(name, "")).rstrip("\n"))
    return "\n".join(lines) + "\n"
