"""The character model's arrays (`CharModel`), its random start (`init_model`), and the
cross-entropy of a batch with its exact gradient (`loss_and_grads`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.engine.charmodel.vocabulary import END, Vocabulary
from lstm_lab.engine.layer import Workspace, lstm_layer, lstm_layer_backward
from lstm_lab.engine.messages import Refusal

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


#: The most stacked LSTM layers a model may have.
MAX_LAYERS = 8
#: The arrays of each layer above the first, named as PyTorch's nn.LSTM names them: layer k
#: (1, 2, …) reads the hidden state of layer k − 1 instead of the embedding.
UPPER_LAYER_KEYS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")


def layer_keys(layers: int) -> list[str]:
    """The names of the arrays of layers 2 … ``layers`` ("weight_ih_l1", …, "bias_hh_l7")."""
    return [f"{key}_l{k}" for k in range(1, layers) for key in UPPER_LAYER_KEYS]


class ModelError(Refusal):
    """A model file or a setting that cannot be used; the message says why in plain words."""


@dataclass
class CharModel:
    """A vocabulary, the arrays named in PARAM_KEYS (and, for a model of several stacked
    layers, those of `layer_keys`), and what is known of its training.

    The start state holds every layer's state one after another: (layers · H,)."""

    vocabulary: Vocabulary
    params: dict[str, np.ndarray]
    info: dict[str, Any] = field(default_factory=dict)
    #: The state in which a record begins: the mean state after reading the end marker in
    #: training (the streams run from one record into the next). None: zeros.
    start_h: np.ndarray | None = None
    start_c: np.ndarray | None = None
    #: The size of the file it was read from, in bytes (None: not read from a file).
    file_bytes: int | None = None

    @property
    def hidden(self) -> int:
        return int(self.params["weight_hh"].shape[1])

    @property
    def layers(self) -> int:
        """Stacked LSTM layers (the app trains one; a model trained elsewhere may have more)."""
        return 1 + sum(1 for key in self.params if key.startswith("weight_hh_l"))

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
        raise ModelError(
            "hidden size and embedding must be 1 to 2048, not {hidden}, {embed}",
            hidden=hidden,
            embed=embed,
        )
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
    if model.layers > 1:
        raise ModelError("LSTM Lab trains models of one layer; this one has several")
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
