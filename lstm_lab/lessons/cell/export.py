"""A lesson of one cell as a runnable NumPy or PyTorch script. No Qt.

The script holds the lesson as it is on screen: the cell, its weights, the input sequence, the
target (typed, or given by the lesson's task), h(0) and C(0), the pinned gates, the locked and
fixed parameters and the training settings. It runs the cell step by step and prints the step
table; with a target it prints the MSE and its gradient, then trains as the Train button does.

``python SCRIPT.py --json`` prints a JSON document:

- ``steps`` (one row per step: ``t`` and the cell's columns; the LSTM's are x, f, i, g (C̃), o,
  c (C), h, y), and with a target ``mse`` and ``gradients`` (∂MSE/∂parameter by name): for an
  LSTM from h(0) = C(0) = 0 exactly what ``lstm-lab trace --json`` prints for the lesson's
  sequence, parameters, pinned gates and target; for an RNN, a GRU or other initial states the
  same document from the same engine functions (`app_json`), which ``trace`` cannot be asked
  for;
- ``training``, when there is something to train towards: the app's training run from the
  lesson's weights (`lstm_lab.engine.training.fit` with the lesson's settings): ``epochs``,
  ``iterations``, ``status`` ("converged", "max_epochs" or "diverged"), ``loss`` (the last
  epoch's), ``losses`` (every epoch's), ``held_out_losses`` (training on the task's random
  sequences only) and ``params`` (the weights training ends with). On the task's random
  sequences the script draws them from numpy's generator seeded with `SEED`; the app draws a
  fresh set for every run, and `app_json` gives it the same seed.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import numpy as np

from lstm_lab.core import cell_export as ce
from lstm_lab.core.export_code import ExportedCode, ExportError
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine import CELLS
from lstm_lab.engine.tasks import task_by_name
from lstm_lab.engine.training import fit
from lstm_lab.lessons.cell.options import CellOptions

#: The step table's columns of each cell (the LSTM's are `lstm-lab trace`'s).
COLUMNS = {
    "lstm": ("x", "f", "i", "g", "o", "c", "h", "y"),
    "rnn": ("x", "h", "y"),
    "gru": ("x", "z", "r", "g", "h", "y"),
}
#: The seed of the random training sequences (training on a task's many sequences).
SEED = 0


# ---------------------------------------------------------------------- the lesson's numbers
def _target(options: CellOptions) -> list[float] | None:
    xs = np.asarray(options.sequence, dtype=np.float64)
    if options.task is not None:
        return ce.floats(task_by_name(options.task).target_for(xs))
    if options.target is not None:
        return ce.floats(options.target)
    return None


def _task_training(options: CellOptions) -> bool:
    return bool(options.training.many_sequences and options.task is not None)


def _initial(options: CellOptions) -> dict[str, float]:
    h0 = float(options.initial.get("h0", 0.0))
    c0 = float(options.initial.get("c0", 0.0)) if "c" in CELLS[options.cell].states else 0.0
    return {"h0": h0, "c0": c0}


def settings(lesson: Lesson) -> dict[str, Any]:
    """Every number the script holds, by the name it has there."""
    options: CellOptions = lesson.options
    cell = CELLS[options.cell]
    target = _target(options)
    training = options.training
    initial = _initial(options)
    return {
        "CELL": options.cell,
        "NAMES": list(cell.param_names),
        "PARAMS": {name: float(options.params[name]) for name in cell.param_names},
        "SEQUENCE": ce.floats(options.sequence),
        "TARGET": target,
        "H0": initial["h0"],
        "C0": initial["c0"],
        "PINS": {gate: float(value) for gate, value in options.clamps.items()},
        "LOCKED": sorted(set(lesson.locked) | set(lesson.fixed)),
        "TRAIN": target is not None or _task_training(options),
        "OPTIMIZER": training.optimizer,
        "LEARNING_RATE": float(training.learning_rate),
        "MAX_EPOCHS": int(training.max_epochs),
        "TOLERANCE": float(training.tolerance),
        "CLIP_NORM": float(training.clip_norm),
        "TASK_TRAINING": _task_training(options),
        "TASK": options.task,
        "TASK_SIZE": int(training.task_size),
        "BATCH_SIZE": int(training.batch_size),
        "SEED": SEED,
    }


_COMMENTS = {
    "CELL": "The cell: 'lstm', 'rnn' or 'gru'.",
    "NAMES": "Its parameters, in the app's order.",
    "PARAMS": "The weights as they were on screen.",
    "SEQUENCE": "The input x(1) … x(T).",
    "TARGET": "What y(t) should be (None: no target, nothing to train).",
    "H0": "The initial states h(0) and C(0).",
    "PINS": "Pinned gates: each holds its value at every step (f, i, o in [0, 1], g in [−1, 1]).",
    "LOCKED": "Parameters training leaves exactly as they are (locked or fixed by the lesson).",
    "TRAIN": "Whether there is a target to train towards.",
    "OPTIMIZER": "Training settings, as in the app's training panel.",
    "TASK_TRAINING": "Train on the task's random sequences instead of the one sequence.",
    "SEED": "The seed of those random sequences (the app draws new ones for every run).",
}


def _data(values: dict[str, Any], title: str) -> str:
    return ce.data_block(values, title, _COMMENTS)


# ---------------------------------------------------------------------- the script
_NUMPY_MAIN = '''
# ---------------------------------------------------------------------- running it
def result():
    """The lesson's numbers: the step table, with a target the MSE and its gradient, and the
    training run."""
    xs = np.array(SEQUENCE, dtype=np.float64)[:, None]  # (T, 1): one sequence
    with np.errstate(all="ignore"):
        trace = run_cell(PARAMS, xs, H0, C0)
        steps = [{"t": t + 1, **{key: float(trace[key][t, 0]) for key in COLUMNS}}
                 for t in range(len(SEQUENCE))]
        document = {"steps": steps}
        if TARGET is not None:
            mse, grads = mse_and_gradients(PARAMS, trace, np.array(TARGET)[:, None])
            document["mse"] = mse
            document["gradients"] = {name: grads[name] for name in NAMES}
    if TRAIN:
        document["training"] = training_result(train(PARAMS))
    return document
'''

_TORCH_MAIN = '''
# ---------------------------------------------------------------------- running it
def result():
    """The lesson's numbers: the step table, with a target the MSE and its gradient, and the
    training run."""
    model = Cell(PARAMS)
    xs = torch.tensor([SEQUENCE], dtype=torch.float64)  # (1, T): one sequence
    h, y = model(xs, H0, C0)
    document = {}
    if TARGET is not None:
        loss = torch.mean((y - torch.tensor([TARGET], dtype=torch.float64)) ** 2)
        loss.backward()
        grads = model.gradients()
    with torch.no_grad():
        p = {name: torch.tensor(value, dtype=torch.float64) for name, value in PARAMS.items()}
        table = step_table(p, xs[0], h[0], y[0], H0, C0)
        document["steps"] = [
            {"t": t + 1, **{key: table[key][t].item() for key in COLUMNS}}
            for t in range(len(SEQUENCE))
        ]
    if TARGET is not None:
        document["mse"] = loss.item()
        document["gradients"] = {name: grads[name] for name in NAMES}
    if TRAIN:
        document["training"] = training_result(train(PARAMS))
    return document
'''

_REPORT = '''

def training_result(history):
    """The run as the JSON holds it (see the module's docstring)."""
    epoch, iteration, loss, _held_out, values, status = history[-1]
    run = {
        "epochs": epoch,
        "iterations": iteration,
        "status": status,
        "loss": loss,
        "losses": [entry[2] for entry in history],
        "params": {name: values[name] for name in NAMES},
    }
    if TASK_TRAINING:
        run["held_out_losses"] = [entry[3] for entry in history]
    return run


def account(document):
    """The numbers in words and a table."""
    lines = [TITLE, "", f"{CELL.upper()} cell, {len(SEQUENCE)} steps", ""]
    # The app's symbols: C̃ (LSTM) or h̃ (GRU) for "g", C for "c"; a combining tilde takes
    # no column of its own.
    symbols = {"g": "C\u0303" if CELL == "lstm" else "h\u0303", "c": "C"}
    headings = [symbols.get(key, key) for key in ("t",) + COLUMNS]
    lines.append("".join(" " * (11 - len(h) + h.count("\u0303")) + h for h in headings))
    for row in document["steps"]:
        lines.append(f"{row['t']:>11}" + "".join(f"{row[key]:>11.6f}" for key in COLUMNS))
    if "mse" in document:
        lines += ["", f"MSE against the target: {document['mse']:.6f}", "Gradient of the MSE:"]
        lines += [f"  dMSE/d{name:<6} = {value: .6f}"
                  for name, value in document["gradients"].items()]
    if "training" in document:
        run = document["training"]
        words = {"converged": "reached the goal", "max_epochs": "stopped at the most epochs",
                 "diverged": "diverged (the last good weights are kept)"}[run["status"]]
        optimizer = {"adam": "Adam", "sgd": "SGD with momentum 0.9"}[OPTIMIZER]
        lines += ["", f"Training ({optimizer}, learning rate {LEARNING_RATE:g}): "
                  f"{run['epochs']} epochs, MSE {run['loss']:.6g}, {words}.", "Weights after:"]
        lines += [f"  {name:<6} = {value: .6f}" for name, value in run["params"].items()]
    return "\\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=TITLE)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    if hasattr(sys.stdout, "reconfigure"):  # a console that cannot show C̃ or − shows "?"
        sys.stdout.reconfigure(errors="replace")
    document = result()
    if args.json:
        print(json.dumps(finite_or_null(document), indent=2, allow_nan=False))
    else:
        print(account(document))


if __name__ == "__main__":
    main()
'''


def _what(options: CellOptions, trains: bool) -> str:
    cell = CELLS[options.cell].title
    what = f"One {cell} cell, step by step, as the LSTM Lab lesson TITLE (below) shows it"
    if options.clamps:
        what += ", with its pinned gates"
    if trains:
        what += ";\nthen the app's training loop on its target"
    return what + "."


def export_code(lesson: Lesson, framework: str) -> ExportedCode:
    """The script of a lesson of kind "cell" (see the module)."""
    options = lesson.options
    if not isinstance(options, CellOptions):
        raise ExportError(translate("CellExport", "this lesson's options are not a single cell's"))
    values = settings(lesson)
    imports = "import argparse\nimport json\nimport math\nimport sys\n\nimport numpy as np\n"
    if framework == "pytorch":
        imports += "import torch\n"
        cell_code = ce.torch_cell(options.cell, pinned=bool(options.clamps))
        main = _TORCH_MAIN
    else:
        cell_code = ce.numpy_cell(options.cell)
        main = _NUMPY_MAIN
    parts = [
        ce.header(_what(options, values["TRAIN"]), framework),
        imports,
        _data(values, lesson.title),
        cell_code,
    ]
    if values["TASK_TRAINING"]:
        parts.append(ce.task_code(options.task))
    if values["TRAIN"]:
        parts.append(ce.training_code(framework))
    parts += [ce.FINITE_OR_NULL, main, _REPORT]
    return ExportedCode(script=ce.join(parts))


# ---------------------------------------------------------------------- the app's own numbers
def app_json(lesson: Lesson, framework: str = "numpy") -> dict[str, Any]:
    """What the exported script's ``--json`` must print, from the app's own code: ``lstm-lab
    trace --json`` where it can express the lesson, else the engine functions it calls; and
    `fit` as the Train button runs it (with `SEED` for a task's random sequences)."""
    options: CellOptions = lesson.options
    cell = CELLS[options.cell]
    values = settings(lesson)
    xs = np.asarray(options.sequence, dtype=np.float64)
    target = values["TARGET"]
    initial = _initial(options)
    states = initial if "c" in cell.states else {"h0": initial["h0"]}
    clamps = dict(options.clamps) or None
    if options.cell == "lstm" and not any(initial.values()):
        document = _trace_json(values)
    else:
        from lstm_lab.lessons.cell.cli import _finite_or_null

        params = cell.params_type.from_dict(values["PARAMS"])
        with np.errstate(all="ignore"):
            trace = cell.run(params, xs, clamps=clamps, **states)
            columns = COLUMNS[cell.name]
            document = {
                "steps": [
                    {"t": t + 1, **{key: float(getattr(trace, key)[t]) for key in columns}}
                    for t in range(len(xs))
                ]
            }
            if target is not None:
                mse, grads = cell.loss_and_grads(
                    params, xs, np.asarray(target), clamps=clamps, **states
                )
                document["mse"] = float(mse)
                document["gradients"] = {n: float(getattr(grads, n)) for n in cell.param_names}
        document = _finite_or_null(document, "", [])
    if values["TRAIN"]:
        document["training"] = _training_json(lesson, values, states, clamps)
    return document


def _trace_json(values: dict[str, Any]) -> dict[str, Any]:
    from lstm_lab.lessons.cell.cli import trace_main

    def numbers(items: list[float]) -> str:
        return ", ".join(repr(float(v)) for v in items)

    argv = [f"--sequence={numbers(values['SEQUENCE'])}", "--json"]
    argv += [f"--param={name}={value!r}" for name, value in values["PARAMS"].items()]
    argv += [f"--clamp={gate}={value!r}" for gate, value in values["PINS"].items()]
    if values["TARGET"] is not None:
        argv.append(f"--target={numbers(values['TARGET'])}")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()) as err:
        status = trace_main(argv)
    if status not in (0, 1):
        raise ValueError(f"lstm-lab trace refused the lesson: {err.getvalue().strip()}")
    return json.loads(out.getvalue())


def _training_json(
    lesson: Lesson, values: dict[str, Any], states: dict[str, float], clamps: Any
) -> dict[str, Any]:
    options: CellOptions = lesson.options
    cell = CELLS[options.cell]
    task = task_by_name(options.task) if values["TASK_TRAINING"] else None
    steps = list(
        fit(
            cell,
            cell.params_type.from_dict(values["PARAMS"]),
            np.asarray(options.sequence, dtype=np.float64),
            None if task is not None else np.asarray(values["TARGET"]),
            optimizer=values["OPTIMIZER"],
            learning_rate=values["LEARNING_RATE"],
            max_epochs=values["MAX_EPOCHS"],
            tolerance=values["TOLERANCE"],
            clip_norm=values["CLIP_NORM"] or None,
            locked=frozenset(values["LOCKED"]),
            clamps=clamps,
            rng=np.random.default_rng(values["SEED"]),
            task=task,
            task_size=values["TASK_SIZE"],
            batch_size=values["BATCH_SIZE"],
            initial=states,
        )
    )
    last = steps[-1]
    run: dict[str, Any] = {
        "epochs": last.epoch,
        "iterations": last.iteration,
        "status": last.status,
        "loss": float(last.loss),
        "losses": [float(step.loss) for step in steps],
        "params": {name: float(v) for name, v in last.params.to_dict().items()},
    }
    if task is not None:
        run["held_out_losses"] = [step.validation_loss for step in steps]
    from lstm_lab.lessons.cell.cli import _finite_or_null

    return _finite_or_null(run, "", [])
