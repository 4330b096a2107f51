"""The numpy engine of LSTM Lab: cells, their traces and gradients, and sequence text.

Nothing here imports Qt; the widgets and the trainer build on it.
"""

from lstm_lab.engine.cells import CELLS, GRU, LSTM, RNN, Cell, ScalarCell, SeriesSpec, cell_by_name
from lstm_lab.engine.explain import GateStep, StepExplanation, Term, explain_step
from lstm_lab.engine.gru import (
    GRU_PARAM_NAMES,
    GRU_PARAM_SPECS,
    GRUParams,
    GRUTrace,
    gru_mse_and_grads,
    run_gru,
)
from lstm_lab.engine.lstm import (
    GATE_NAMES,
    GATES,
    Trace,
    check_clamps,
    lstm_mse,
    mse_and_grads,
    run_lstm,
)
from lstm_lab.engine.params import (
    GATE_SPECS,
    PARAM_NAMES,
    PARAM_SPECS,
    SIMPLE_GROUPS,
    SIMPLE_SPECS,
    GateSpec,
    LSTMParams,
    ParamSet,
    ParamSpec,
    expand_simple,
    simple_gradients,
)
from lstm_lab.engine.rnn import (
    RNN_PARAM_NAMES,
    RNN_PARAM_SPECS,
    RNNParams,
    RNNTrace,
    rnn_mse_and_grads,
    run_rnn,
)
from lstm_lab.engine.sequence import (
    MAX_ITEMS,
    MAX_MAGNITUDE,
    SequenceError,
    format_number,
    format_sequence,
    parse_sequence,
)

__all__ = [
    "CELLS",
    "GRU",
    "LSTM",
    "RNN",
    "Cell",
    "ScalarCell",
    "SeriesSpec",
    "cell_by_name",
    "GATES",
    "GATE_SPECS",
    "GateSpec",
    "GATE_NAMES",
    "GRU_PARAM_NAMES",
    "GRU_PARAM_SPECS",
    "MAX_ITEMS",
    "MAX_MAGNITUDE",
    "PARAM_NAMES",
    "PARAM_SPECS",
    "RNN_PARAM_NAMES",
    "RNN_PARAM_SPECS",
    "SIMPLE_GROUPS",
    "SIMPLE_SPECS",
    "GRUParams",
    "GRUTrace",
    "GateStep",
    "LSTMParams",
    "ParamSet",
    "ParamSpec",
    "RNNParams",
    "RNNTrace",
    "SequenceError",
    "StepExplanation",
    "Term",
    "Trace",
    "check_clamps",
    "expand_simple",
    "explain_step",
    "format_number",
    "format_sequence",
    "gru_mse_and_grads",
    "lstm_mse",
    "mse_and_grads",
    "parse_sequence",
    "rnn_mse_and_grads",
    "run_gru",
    "run_lstm",
    "run_rnn",
    "simple_gradients",
]
