"""What the engine says, in the language in effect. No Qt.

The engine (numpy only) writes its texts in English and imports nothing of the app, so it
cannot mark them for translation: a parameter's tooltip and spoken name, a gate's short name,
a training task's title and description, an optimiser's name, and why a typed number, a
series file or a model file is refused. This module holds each of them as a whole sentence
with named placeholders, marked for ``pyside6-lupdate``, and fills them in as the engine
does. In English the result is exactly the engine's own text (tests/test_engine_words.py
proves it for every parameter of every cell, every task and optimiser, and that every
template of a `Phrase` or a `Refusal` the engine makes is here), so the two cannot drift
apart; in another language it is the same sentence translated.
"""

from __future__ import annotations

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine.messages import Phrase, Refusal
from lstm_lab.engine.params import SIMPLE_GROUPS, ParamSpec
from lstm_lab.engine.tasks import TrainingTask

__all__ = [
    "error_text",
    "said",
    "gate_short",
    "optimizer_name",
    "param_tooltip",
    "param_words",
    "task_description",
    "task_title",
]

# ----------------------------------------------------------------------------- parameters
PARAMETERS = "Parameters"

#: (cell, gate) → (the gate's name, what it sets, what raising its weights does).
_GATES: dict[tuple[str, str], tuple[str, str, str]] = {
    ("lstm", "f"): (
        QT_TRANSLATE_NOOP("Parameters", "forget gate"),
        QT_TRANSLATE_NOOP("Parameters", "how much of the old cell state C(t−1) is kept"),
        QT_TRANSLATE_NOOP("Parameters", "opens it (towards 1)"),
    ),
    ("lstm", "i"): (
        QT_TRANSLATE_NOOP("Parameters", "input gate"),
        QT_TRANSLATE_NOOP(
            "Parameters", "how much of the new candidate C̃(t) is written into the cell state"
        ),
        QT_TRANSLATE_NOOP("Parameters", "opens it (towards 1)"),
    ),
    ("lstm", "g"): (
        QT_TRANSLATE_NOOP("Parameters", "cell candidate"),
        QT_TRANSLATE_NOOP("Parameters", "the new value C̃(t) offered to the cell state"),
        QT_TRANSLATE_NOOP("Parameters", "pushes C̃ towards +1"),
    ),
    ("lstm", "o"): (
        QT_TRANSLATE_NOOP("Parameters", "output gate"),
        QT_TRANSLATE_NOOP(
            "Parameters", "how much of tanh(C(t)) is let out as the hidden state h(t)"
        ),
        QT_TRANSLATE_NOOP("Parameters", "opens it (towards 1)"),
    ),
    ("gru", "z"): (
        QT_TRANSLATE_NOOP("Parameters", "update gate"),
        QT_TRANSLATE_NOOP(
            "Parameters", "how much of the new candidate h̃(t) replaces the old state h(t−1)"
        ),
        QT_TRANSLATE_NOOP("Parameters", "opens it (towards 1)"),
    ),
    ("gru", "r"): (
        QT_TRANSLATE_NOOP("Parameters", "reset gate"),
        QT_TRANSLATE_NOOP("Parameters", "how much of h(t−1) the candidate h̃(t) gets to see"),
        QT_TRANSLATE_NOOP("Parameters", "opens it (towards 1)"),
    ),
    ("gru", "c"): (
        QT_TRANSLATE_NOOP("Parameters", "candidate"),
        QT_TRANSLATE_NOOP("Parameters", "the new value h̃(t) offered to the hidden state"),
        QT_TRANSLATE_NOOP("Parameters", "pushes h̃ towards +1"),
    ),
}

#: (cell, kind of parameter) → the tooltip of a gate's parameter.
_GATE_TOOLTIPS: dict[tuple[str, str], str] = {
    ("lstm", "input weight"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Input weight of the {gate}, which sets {role}. Raising {name} makes the {gate} listen "
        "more to the input x(t): a positive input then {opens}.",
    ),
    ("lstm", "recurrent weight"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Recurrent weight of the {gate}, which sets {role}. Raising {name} makes the {gate} "
        "listen more to the previous hidden state h(t−1): a positive h(t−1) then {opens}.",
    ),
    ("lstm", "bias"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs "
        "are; lowering it does the opposite.",
    ),
    ("lstm", "weight"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Weight of the {gate}, which sets {role}. It sets both the input weight {input} and "
        "the recurrent weight {recurrent}, so the gate listens to x(t) and h(t−1) equally; "
        "raising it makes the gate follow both more strongly.",
    ),
    ("gru", "input weight"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Input weight of the {gate}, which sets {role}. Raising {name} makes it listen more to "
        "the input x(t): a positive input then {opens}.",
    ),
    ("gru", "recurrent weight"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Recurrent weight of the {gate}, which sets {role}. Raising {name} makes it listen "
        "more to {source}: a positive value there then {opens}.",
    ),
    ("gru", "bias"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Bias of the {gate}, which sets {role}. Raising {name} {opens} whatever the inputs are.",
    ),
}

#: (cell, parameter) → the whole tooltip of a parameter that belongs to no gate.
_OWN_TOOLTIPS: dict[tuple[str, str], str] = {
    ("lstm", "w_out"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output y(t) follow "
        "the hidden state h(t) more strongly; a negative value flips it.",
    ),
    ("lstm", "b_out"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Output bias: raising b_out shifts every output y(t) up by the same amount.",
    ),
    ("gru", "w_out"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Output weight: y(t) = w_out·h(t) + b_out. Raising w_out makes the output follow the "
        "hidden state h(t) more strongly; a negative value flips it.",
    ),
    ("gru", "b_out"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Output bias: raising b_out shifts every output y(t) up by the same amount.",
    ),
    ("rnn", "w_in"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Input weight: raising w_in makes the hidden state h(t) react more to the input x(t).",
    ),
    ("rnn", "w_hh"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Recurrent weight: raising w_hh makes h(t) keep more of the previous hidden state "
        "h(t−1), so a pulse fades more slowly.",
    ),
    ("rnn", "b"): QT_TRANSLATE_NOOP(
        "Parameters", "Bias: raising b pushes the hidden state h(t) up whatever the input is."
    ),
    ("rnn", "w_out"): QT_TRANSLATE_NOOP(
        "Parameters",
        "Output weight: y(t) = w_out·h(t). Raising w_out makes the output follow the hidden "
        "state more strongly; a negative value flips it.",
    ),
}

#: Kind of parameter → how a gate's parameter is said ("forget gate input weight").
_GATE_WORDS: dict[str, str] = {
    "input weight": QT_TRANSLATE_NOOP("Parameters", "{gate} input weight"),
    "recurrent weight": QT_TRANSLATE_NOOP("Parameters", "{gate} recurrent weight"),
    "bias": QT_TRANSLATE_NOOP("Parameters", "{gate} bias"),
    "weight": QT_TRANSLATE_NOOP("Parameters", "{gate} weight"),
}

#: Kind of parameter → how a parameter of no gate is said.
_KINDS: dict[str, str] = {
    "input weight": QT_TRANSLATE_NOOP("Parameters", "input weight"),
    "recurrent weight": QT_TRANSLATE_NOOP("Parameters", "recurrent weight"),
    "bias": QT_TRANSLATE_NOOP("Parameters", "bias"),
    "output weight": QT_TRANSLATE_NOOP("Parameters", "output weight"),
    "output bias": QT_TRANSLATE_NOOP("Parameters", "output bias"),
}

#: The LSTM's gates as the cell diagram names them, where space is short.
_GATE_SHORT: dict[str, str] = {
    "f": QT_TRANSLATE_NOOP("Parameters", "forget"),
    "i": QT_TRANSLATE_NOOP("Parameters", "input"),
    "g": QT_TRANSLATE_NOOP("Parameters", "candidate"),
    "o": QT_TRANSLATE_NOOP("Parameters", "output"),
}


def _tr(text: str) -> str:
    return translate(PARAMETERS, text)


def param_tooltip(spec: ParamSpec, cell: str = "lstm") -> str:
    """What raising parameter ``spec`` of cell ``cell`` ("lstm", "gru", "rnn") does, in the
    language in effect: `ParamSpec.tooltip` translated."""
    own = _OWN_TOOLTIPS.get((cell, spec.name))
    if own is not None:
        return _tr(own)
    gate, role, opens = (_tr(text) for text in _GATES[(cell, spec.gate)])
    fields = {"gate": gate, "role": role, "opens": opens, "name": spec.name}
    if spec.kind == "weight":  # a simple-mode slider: both weights of the gate at once
        fields["input"], fields["recurrent"] = SIMPLE_GROUPS[spec.name]
    if cell == "gru":
        fields["source"] = "r(t)·h(t−1)" if spec.gate == "c" else "h(t−1)"
    return _tr(_GATE_TOOLTIPS[(cell, spec.kind)]).format(**fields)


def param_words(spec: ParamSpec, cell: str = "lstm") -> str:
    """What parameter ``spec`` is, said aloud ("forget gate input weight"), in the language in
    effect: `ParamSpec.spoken` translated."""
    if (cell, spec.gate) in _GATES and spec.kind in _GATE_WORDS:
        gate = _tr(_GATES[(cell, spec.gate)][0])
        return _tr(_GATE_WORDS[spec.kind]).format(gate=gate)
    return _tr(_KINDS[spec.kind])


def gate_short(gate: str) -> str:
    """An LSTM gate's short name ("forget"; `GateSpec.short`) in the language in effect."""
    return _tr(_GATE_SHORT[gate])


# ----------------------------------------------------------------------------- training
TASKS = "TrainingTasks"

#: Task name → (title, description) of the training tasks (`lstm_lab.engine.tasks.TASKS`).
_TASKS: dict[str, tuple[str, str]] = {
    "hold": (
        QT_TRANSLATE_NOOP("TrainingTasks", "Hold the pulse"),
        QT_TRANSLATE_NOOP(
            "TrainingTasks",
            "A single pulse arrives; from the next step on the output should stay at 1 for as "
            "long as the sequence lasts. To follow this rule on any sequence, the cell has to "
            "write the pulse into its memory and keep it.",
        ),
    ),
    "echo": (
        QT_TRANSLATE_NOOP("TrainingTasks", "Echo"),
        QT_TRANSLATE_NOOP(
            "TrainingTasks",
            "The output repeats the input at the same step: y(t) = x(t). No memory needed.",
        ),
    ),
    "delay": (
        QT_TRANSLATE_NOOP("TrainingTasks", "Delay by one"),
        QT_TRANSLATE_NOOP(
            "TrainingTasks",
            "The output repeats the input one step later: y(t) = x(t−1). To follow this rule "
            "on any sequence, the cell has to remember one step and no more.",
        ),
    ),
    "count": (
        QT_TRANSLATE_NOOP("TrainingTasks", "Running count"),
        QT_TRANSLATE_NOOP(
            "TrainingTasks",
            "The output counts the pulses so far, divided by the length of the sequence: "
            "y(t) = (x(1) + … + x(t)) / T. To count on any sequence, the cell state has to add "
            "up without forgetting.",
        ),
    ),
    "reset": (
        QT_TRANSLATE_NOOP("TrainingTasks", "Forget after a reset"),
        QT_TRANSLATE_NOOP(
            "TrainingTasks",
            "The first pulse switches the memory on (the output is 1 from the next step), a "
            "second pulse resets it to 0. The forget gate has to learn when to let go.",
        ),
    ),
}

#: Optimiser key → its name as the training panel lists it (`engine.training.OPTIMIZERS`).
_OPTIMIZERS: dict[str, str] = {
    "adam": QT_TRANSLATE_NOOP("TrainingTasks", "Adam"),
    "sgd": QT_TRANSLATE_NOOP("TrainingTasks", "SGD with momentum (0.9)"),
}


def task_title(task: TrainingTask) -> str:
    """The task's title ("Hold the pulse") in the language in effect."""
    return translate(TASKS, _TASKS[task.name][0]) if task.name in _TASKS else task.title


def task_description(task: TrainingTask) -> str:
    """The task's rule in words, in the language in effect."""
    return translate(TASKS, _TASKS[task.name][1]) if task.name in _TASKS else task.description


def optimizer_name(key: str) -> str:
    """The optimiser ``key`` ("adam", "sgd") named in the language in effect."""
    return translate(TASKS, _OPTIMIZERS[key])


# ----------------------------------------------------------------------------- messages
MESSAGES = "EngineMessages"

#: Every template of the engine's messages (`lstm_lab.engine.messages`), as written there.
_MESSAGES: tuple[str, ...] = (
    # a typed number or sequence (engine/sequence.py)
    QT_TRANSLATE_NOOP("EngineMessages", "a number must be text, not {type}"),
    QT_TRANSLATE_NOOP("EngineMessages", "the box is empty: type a number, e.g. 0.5"),
    QT_TRANSLATE_NOOP("EngineMessages", '"{shown}" is not a finite number'),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        '"{shown}" is not a number: the decimal separator is a point and numbers have no '
        "thousands separators, e.g. 1234.5",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        '"{shown}" is ambiguous: the decimal separator is a point, so write {decimal} for the '
        "decimal number or {whole} for the whole number",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", '"{shown}" is not a number'),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        '"{shown}" is too large: numbers must lie between -1,000,000 and 1,000,000',
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        '"{token}" has a comma inside a number in a list separated by semicolons; the decimal '
        "separator is a point: write {decimal}",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        '"{token}" is ambiguous; the decimal separator is a point: write {decimal} for one '
        "number, or {pair} (with a space) for two",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "the sequence must be text, not {type}"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "the sequence is empty: type numbers separated by commas, e.g. 1, 0, 0",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "item {position} is empty: there is nothing before the first comma or semicolon",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "item {position} is empty: there is nothing after the last comma or semicolon",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "item {position} is empty: there is nothing between two commas or semicolons",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "the sequence is too long: it has {count} numbers and at most {most} are allowed",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", 'item {position}, "{shown}", is not a finite number'),
    QT_TRANSLATE_NOOP("EngineMessages", 'item {position}, "{shown}", is not a number'),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        'item {position}, "{shown}", is too large: numbers must lie between -1,000,000 and '
        "1,000,000",
    ),
    # a gate pinned out of its range (engine/lstm.py, engine/cells.py; the gates' names from
    # engine/params.py)
    QT_TRANSLATE_NOOP("EngineMessages", "forget gate"),
    QT_TRANSLATE_NOOP("EngineMessages", "input gate"),
    QT_TRANSLATE_NOOP("EngineMessages", "cell candidate"),
    QT_TRANSLATE_NOOP("EngineMessages", "output gate"),
    QT_TRANSLATE_NOOP(
        "EngineMessages", "unknown gate {gate} to clamp; the gates are 'f', 'i', 'g', 'o'"
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "the {gate} can only be clamped to values from {low} to 1"),
    QT_TRANSLATE_NOOP("EngineMessages", "the {cell}'s gates cannot be pinned"),
    # a series file (engine/forecast.py)
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "line {line}: expected one number, found {count} columns ({cells}); the series must "
        "be one column (and its numbers must use a point, not a comma, as the decimal sign)",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: {cell} is not a finite number"),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: {cell} is not a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: {cell} is too large a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: {problem}"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "line {line}: a quoted value must end with its closing quote, then a comma or the end "
        "of the line",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: the file ends inside a quoted value"),
    QT_TRANSLATE_NOOP("EngineMessages", "line {line}: a value is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("EngineMessages", "the file holds no numbers"),
    # a text model and its training (engine/charmodel/)
    QT_TRANSLATE_NOOP("EngineMessages", "the smoothing k must be above 0, not {k}"),
    QT_TRANSLATE_NOOP("EngineMessages", "there are too few records to choose k"),
    QT_TRANSLATE_NOOP("EngineMessages", "nothing to read"),
    QT_TRANSLATE_NOOP("EngineMessages", "the model file cannot be read ({problem})"),
    QT_TRANSLATE_NOOP("EngineMessages", "it is damaged (nested too deeply)"),
    QT_TRANSLATE_NOOP("EngineMessages", "it is damaged ({problem})"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "it is not an LSTM Lab text model (a zip archive of {count} files)",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "it is not an LSTM Lab text model ({problem})"),
    QT_TRANSLATE_NOOP("EngineMessages", "{layers} layers of {units} units"),
    QT_TRANSLATE_NOOP("EngineMessages", "{units} units"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "it has {size} and {count} weights; LSTM Lab opens models of at most {most} weights",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "it is not an LSTM Lab text model (it holds {name})"),
    QT_TRANSLATE_NOOP("EngineMessages", "it is damaged (it holds {key} twice)"),
    QT_TRANSLATE_NOOP("EngineMessages", "it is not an LSTM Lab text model (no {key})"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its start state is damaged (start_h and start_c come together)",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is encrypted"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is compressed in a way LSTM Lab does not read"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its {key} is in .npy format {version}, which LSTM Lab does not read",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its {key} holds {found} values; LSTM Lab reads {expected}",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its {key} has shape {shape}; it should be a matrix (rows, columns)",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} has shape {shape}; it should be a vector"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} has shape {shape}, which holds nothing"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is stored column by column (Fortran order)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is damaged ({size} bytes for a {shape} array)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is {size} bytes; LSTM Lab reads at most {most}"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is damaged (cut short)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} holds values that are not finite numbers"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} is damaged (not UTF-8 JSON)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its vocabulary is damaged (not a list of characters)"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its vocabulary has {count} characters; LSTM Lab opens at most {most}",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "its vocabulary holds {value}, which is not one character"),
    QT_TRANSLATE_NOOP("EngineMessages", "its vocabulary holds {problem}"),
    QT_TRANSLATE_NOOP("EngineMessages", "its vocabulary holds {char} ({code}) twice"),
    QT_TRANSLATE_NOOP("EngineMessages", "its info is damaged (not a JSON object)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its info is nested more than {most} deep"),
    QT_TRANSLATE_NOOP("EngineMessages", "it is not an LSTM Lab text model"),
    QT_TRANSLATE_NOOP("EngineMessages", "its info is damaged (version {version})"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "it was saved by a newer LSTM Lab; update LSTM Lab to open it",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its info's {key} is not text of at most {most} characters",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "a line end"),
    QT_TRANSLATE_NOOP("EngineMessages", "its info's {key} holds {problem}"),
    QT_TRANSLATE_NOOP("EngineMessages", "its info's layout is {layout}, not poem or text"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "its info's {key} is {value}, not a number of at most {most}",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "its layer {layer} is incomplete (no {key})"),
    QT_TRANSLATE_NOOP("EngineMessages", "its {key} has shape {shape}, expected {expected}"),
    QT_TRANSLATE_NOOP("EngineMessages", "{count} million"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "hidden size and embedding must be 1 to 2048, not {hidden}, {embed}",
    ),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "LSTM Lab trains models of one layer; this one has several",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "there is no text to train on"),
    QT_TRANSLATE_NOOP(
        "EngineMessages",
        "the text is too short to train on ({count} characters; at least {most} are needed)",
    ),
    QT_TRANSLATE_NOOP("EngineMessages", "a control character ({code})"),
    QT_TRANSLATE_NOOP("EngineMessages", "a lone surrogate ({code})"),
    QT_TRANSLATE_NOOP("EngineMessages", "a line or paragraph separator ({code})"),
    QT_TRANSLATE_NOOP("EngineMessages", "a text direction control ({code})"),
    QT_TRANSLATE_NOOP("EngineMessages", "a non-character ({code})"),
)


def said(text: str) -> str:
    """``text`` in the language in effect when it is a `Phrase` of the engine (its template
    translated, then filled with its fields, themselves said the same way); any other text
    as it is."""
    if not isinstance(text, Phrase):
        return text
    template = translate(MESSAGES, text.template)
    if not text.fields:
        return template
    fields = {
        key: said(value) if isinstance(value, Phrase) else value
        for key, value in text.fields.items()
    }
    return template.format(**fields)


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the language in effect: a `Refusal`'s phrase translated (see
    `said`); any other error's own words."""
    return said(error.phrase) if isinstance(error, Refusal) else str(error)
