"""A character-level language model: Embedding → LSTM layer → Dense → softmax.

The model reads one character at a time and gives a probability to every character of its
vocabulary as the next one. It is trained with cross-entropy on a text cut into records
(poems, speeches), each wrapped in a start and an end marker, by truncated backpropagation
through time: B streams of the text run side by side, T characters per step, and the states
at the end of one step are the (constant) starting states of the next.

Its arrays, with V symbols, an E-wide embedding and H units (a model trained elsewhere may
stack up to `MAX_LAYERS` layers: layer k reads layer k − 1's hidden state through arrays named
as PyTorch names them, ``weight_ih_l1`` (4H, H) and so on; the app trains one layer)::

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

Its parts: `vocabulary` (the symbols and the records), `model` (the arrays, the loss and its
gradient), `training` (truncated BPTT, a batch at a time), `sampling` (one character at a
time, generation, the loss of records), `bigram` (the counting model it is compared with)
and `files` (saving and loading). Every public name is here too:
``from lstm_lab.engine.charmodel import X``.
"""

from __future__ import annotations

from lstm_lab.engine.charmodel.bigram import (
    K_GRID,
    Bigram,
    BigramSampler,
    choose_k,
    fit_bigram,
)
from lstm_lab.engine.charmodel.files import (
    FILE_FORMAT,
    FILE_VERSION,
    MAX_VOCABULARY,
    MAX_WEIGHTS,
    load_model,
    model_bytes,
    save_model,
)
from lstm_lab.engine.charmodel.model import (
    MAX_LAYERS,
    PARAM_KEYS,
    CharModel,
    LossAndGrads,
    ModelError,
    init_model,
    loss_and_grads,
)
from lstm_lab.engine.charmodel.sampling import (
    GREEDY_BELOW,
    Sampler,
    draw,
    generate,
    mean_loss,
    probabilities,
    record_loss,
    start_tokens,
)
from lstm_lab.engine.charmodel.training import (
    MIN_TRAIN_SYMBOLS,
    TrainReport,
    TrainSettings,
    train,
)
from lstm_lab.engine.charmodel.vocabulary import (
    END,
    MARKER_NAMES,
    START,
    UNKNOWN,
    UNKNOWN_CHAR,
    Vocabulary,
    build_vocabulary,
    char_problem,
    encode_records,
    split_records,
    vocabulary_from_counts,
)

__all__ = [
    "END",
    "FILE_FORMAT",
    "FILE_VERSION",
    "GREEDY_BELOW",
    "K_GRID",
    "MARKER_NAMES",
    "MAX_LAYERS",
    "MAX_VOCABULARY",
    "MAX_WEIGHTS",
    "MIN_TRAIN_SYMBOLS",
    "PARAM_KEYS",
    "START",
    "UNKNOWN",
    "UNKNOWN_CHAR",
    "Bigram",
    "BigramSampler",
    "CharModel",
    "LossAndGrads",
    "ModelError",
    "Sampler",
    "TrainReport",
    "TrainSettings",
    "Vocabulary",
    "build_vocabulary",
    "char_problem",
    "choose_k",
    "draw",
    "encode_records",
    "fit_bigram",
    "generate",
    "init_model",
    "load_model",
    "loss_and_grads",
    "mean_loss",
    "model_bytes",
    "probabilities",
    "record_loss",
    "save_model",
    "split_records",
    "start_tokens",
    "train",
    "vocabulary_from_counts",
]
