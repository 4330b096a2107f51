"""A "Who remembers?" lesson (kind "compare") as a runnable NumPy or PyTorch script. No Qt.

The script holds the three cells' weights and the sequence as they are on screen, and the
parameter table's input size m and number of units n. For each cell it computes what the
lesson's plots show (lstm_lab/engine/memory.py): retention(k) after the first input, the
read-out's R²(k) (can the first input's height still be read from h?), gradient(k) =
|∂y(T)/∂x(T−k)| with the cell's reference lines, for how many steps it remembers and the
height stays readable, where it becomes a latch, and its parameter count.

``python SCRIPT.py --json`` prints exactly what ``lstm-lab compare --json`` prints for the same
settings: ``lstm-lab compare --lesson NAME --sequence … --param CELL.NAME=… --inputs M
--units N --json`` (every parameter given, so the lesson's own only names the source), or
with ``--defaults`` for a lesson without a name (`compare_argv`). The race (its delay, seeds,
learning rate and units) is not part of the script.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

from lstm_lab.core import cell_export as ce
from lstm_lab.core.export_code import ExportedCode, ExportError
from lstm_lab.core.i18n import translate
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine import CELLS
from lstm_lab.engine.memory import (
    FIRST_STRETCH,
    LATCH_R2,
    LATCH_RETENTION,
    READABLE_R2,
    READOUT_HEIGHTS,
    READOUT_NOISE,
    REMEMBER_SHARE,
)
from lstm_lab.lessons.compare.model import DEFAULT_SEQUENCE, ORDER, check_options

assert FIRST_STRETCH > 0  # the app's runs go in stretches; the script runs each in one go


def _builtin_names() -> set[str]:
    """The built-in compare lessons, which `lstm-lab compare --lesson` takes by name."""
    from lstm_lab.core.builtin import builtin_lessons

    return {lesson.name for lesson in builtin_lessons() if lesson.kind == "compare"}


def settings(lesson: Lesson) -> dict[str, Any]:
    """Every number the script holds, by the name it has there."""
    options = check_options(lesson.options)
    params = {}
    for name in ORDER:
        cell = CELLS[name]
        values = {**cell.defaults().to_dict(), **options.get("params", {}).get(name, {})}
        params[name] = {key: float(values[key]) for key in cell.param_names}
    return {
        "PARAMETERS_FROM": lesson.name if lesson.name in _builtin_names() else "defaults",
        "SEQUENCE": ce.floats(options.get("sequence", DEFAULT_SEQUENCE)),
        "PARAMS": params,
        "INPUTS": int(options.get("inputs", 1)),
        "UNITS": int(options.get("units", 1)),
        "REMEMBER_SHARE": REMEMBER_SHARE,
        "READOUT_HEIGHTS": list(READOUT_HEIGHTS),
        "READOUT_NOISE": READOUT_NOISE,
        "READABLE_R2": READABLE_R2,
        "LATCH_R2": LATCH_R2,
        "LATCH_RETENTION": LATCH_RETENTION,
    }


_COMMENTS = {
    "PARAMETERS_FROM": "The built-in lesson the lesson started from, or 'defaults' (what "
    "`lstm-lab compare` reports).",
    "SEQUENCE": "The input x(1) … x(T), the same for the three cells.",
    "PARAMS": "Each cell's weights as they were on screen.",
    "INPUTS": "The parameter table's input size m and number of units n.",
    "REMEMBER_SHARE": "A cell remembers at step k while retention(k) ≥ this share of retention(1).",
    "READOUT_HEIGHTS": "The first input's heights the read-out tells apart.",
    "READOUT_NOISE": "The read-out sees h(k) through noise of this standard deviation.",
    "READABLE_R2": "Readable at step k: R²(k) at least this.",
    "LATCH_R2": "A latch: it still remembers, by at least LATCH_RETENTION, but R²(k) < LATCH_R2.",
}


def _data(values: dict[str, Any], title: str) -> str:
    block = ce.data_block(values, title, _COMMENTS)
    return block + "PINS = {}  # no gate is pinned in this lesson\n"


_MEASURES = '''
# ---------------------------------------------------------------------- memory
# retention(k) = |h_A(k) − h_B(k)|, k = 1 … T: run A has the sequence as given, run B the same
# sequence with its first value set to 0. How much of the first input h still shows at step k.
#
# read-out R²(k): the sequence is run once for each height in READOUT_HEIGHTS as its first
# value; at step k, with a the heights and h the hidden states (one per height), the best
# straight line from h to a explains the share
#     R²(k) = cov(h, a)² / (var(a)·(var(h) + noise²))
# of the heights' variance (h read through noise: a difference far below it tells nothing).
#
# gradient(k) = |∂y(T)/∂x(T−k)|, k = 0 … T−1: how strongly the last output can still learn
# from the input k steps back.


def remembers_for(kept):
    """The last k at which retention(k) ≥ REMEMBER_SHARE·retention(1) (0: no trace at all)."""
    if not kept[0] > 0.0:
        return 0
    above = np.flatnonzero(kept >= REMEMBER_SHARE * kept[0])
    return int(above[-1]) + 1


def readable_for(r2):
    """How many steps from the first R²(k) stays at least READABLE_R2."""
    below = np.flatnonzero(~(r2 >= READABLE_R2))
    return int(below[0]) if len(below) else len(r2)


def latch_from(kept, r2):
    """The first step at which the cell still clearly remembers (retention at least
    REMEMBER_SHARE of retention(1) and LATCH_RETENTION) but R²(k) < LATCH_R2: h shows that
    there was a pulse, not how high it was. 0 when it never is."""
    if not kept[0] > 0.0:
        return 0
    remembered = (kept >= REMEMBER_SHARE * kept[0]) & (kept >= LATCH_RETENTION)
    latched = np.flatnonzero(remembered & ~(r2 >= LATCH_R2))
    return int(latched[0]) + 1 if len(latched) else 0


def r2_from(h, heights):
    """R²(k) for every step from the hidden states h (T, number of heights)."""
    a = heights - heights.mean()
    centred = h - h.mean(axis=1, keepdims=True)
    cov = centred @ a / len(heights)
    var_h = np.mean(centred * centred, axis=1)
    denominator = np.mean(a * a) * (var_h + READOUT_NOISE * READOUT_NOISE)
    shares = np.where(denominator > 0.0, cov * cov / denominator, 0.0)
    return np.clip(np.nan_to_num(shares, nan=0.0), 0.0, 1.0)


def param_count(cell, inputs, units):
    """A layer of n units reading m inputs, one bias per gate: RNN n(n+m+1), LSTM 4n(n+m+1),
    GRU 3n(n+m+1). (PyTorch keeps two bias vectors per gate: n(n+m+2) per gate.)"""
    gates = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
    return gates * units * (units + inputs + 1)


def finite(values):
    return [float(v) if math.isfinite(v) else None for v in np.asarray(values).tolist()]


def cell_result(name):
    """What the lesson shows of one cell."""
    p = PARAMS[name]
    xs = np.array(SEQUENCE, dtype=np.float64)
    with np.errstate(all="ignore"):
        h_a, h_b, h_heights, trace = hidden_states(name, p, xs)
        kept = np.abs(h_a - h_b)
        r2 = r2_from(h_heights, np.array(READOUT_HEIGHTS))
        grads = np.abs(input_gradients(name, p, xs, trace))[::-1]
        references = reference_lines(name, p, trace)
    return {
        "params_used": dict(p),
        "retention": finite(kept),
        "readout_r2": finite(r2),
        "gradient": finite(grads),
        "references": {key: finite(values) for key, values in references.items()},
        "remembers_for": remembers_for(kept),
        "readable_for": readable_for(r2),
        "latch_from": latch_from(kept, r2),
        "param_count": param_count(name, INPUTS, UNITS),
    }
'''

_NUMPY_ANALYSIS = '''
RUN = {"rnn": run_rnn, "lstm": run_lstm, "gru": run_gru}


def hidden_states(name, p, xs):
    """h of run A (T,), of run B (T,), of the read-out's runs (T, heights), and run A's trace."""
    runs = np.stack([xs, xs] + [xs] * len(READOUT_HEIGHTS), axis=1)  # (T, 2 + heights)
    runs[0, 1] = 0.0  # run B: the first input taken away
    runs[0, 2:] = READOUT_HEIGHTS
    trace = RUN[name](p, runs)
    return trace["h"][:, 0], trace["h"][:, 1], trace["h"][:, 2:], {
        key: value[:, 0] for key, value in trace.items()}


def input_gradients(name, p, xs, tr):
    """∂y(T)/∂x(t) for t = 1 … T by backpropagation through time from dh(T) = w_out."""
    steps = len(xs)
    out = np.zeros(steps)
    dh = p["w_out"]
    if name == "rnn":
        for t in reversed(range(steps)):
            dz = dh * (1.0 - tr["h"][t] ** 2)  # through h(t) = tanh(z(t))
            out[t] = p["w_in"] * dz
            dh = p["w_hh"] * dz
    elif name == "gru":
        for t in reversed(range(steps)):
            z, r, g, hp = tr["z"][t], tr["r"][t], tr["g"][t], tr["h_prev"][t]
            dzg = dh * z * (1.0 - g * g)
            dzz = dh * (g - hp) * z * (1.0 - z)
            dzr = dzg * p["w_hc"] * hp * r * (1.0 - r)
            out[t] = p["w_xz"] * dzz + p["w_xr"] * dzr + p["w_xc"] * dzg
            dh = dh * (1.0 - z) + dzg * p["w_hc"] * r + dzz * p["w_hz"] + dzr * p["w_hr"]
    else:
        dc_next = 0.0
        for t in reversed(range(steps)):
            f, i, g, o = tr["f"][t], tr["i"][t], tr["g"][t], tr["o"][t]
            tanh_c = np.tanh(tr["c"][t])
            dc = dc_next + dh * o * (1.0 - tanh_c * tanh_c)
            dzf = dc * tr["c_prev"][t] * f * (1.0 - f)
            dzi = dc * g * i * (1.0 - i)
            dzg = dc * i * (1.0 - g * g)
            dzo = dh * tanh_c * o * (1.0 - o)
            out[t] = p["w_xf"] * dzf + p["w_xi"] * dzi + p["w_xc"] * dzg + p["w_xo"] * dzo
            dh = p["w_hf"] * dzf + p["w_hi"] * dzi + p["w_hc"] * dzg + p["w_ho"] * dzo
            dc_next = dc * f
    return out
'''

_TORCH_ANALYSIS = '''
# nn.LSTM and nn.GRU return h(t) only; the LSTM's reference line needs its gates and C(t), so
# they are computed here from h(t−1) with the same weights.
def lstm_gates(p, xs, h):
    h_prev = torch.cat([torch.zeros(1, dtype=torch.float64), h[:-1]])
    f = torch.sigmoid(p["w_xf"] * xs + p["w_hf"] * h_prev + p["b_f"])
    i = torch.sigmoid(p["w_xi"] * xs + p["w_hi"] * h_prev + p["b_i"])
    g = torch.tanh(p["w_xc"] * xs + p["w_hc"] * h_prev + p["b_c"])
    o = torch.sigmoid(p["w_xo"] * xs + p["w_ho"] * h_prev + p["b_o"])
    c, cs = torch.zeros((), dtype=torch.float64), []
    for t in range(len(xs)):
        c = f[t] * c + i[t] * g[t]
        cs.append(c)
    c = torch.stack(cs)
    c_prev = torch.cat([torch.zeros(1, dtype=torch.float64), c[:-1]])
    return {key: value.numpy() for key, value in
            (("f", f), ("i", i), ("g", g), ("o", o), ("c", c), ("c_prev", c_prev))}


def hidden_states(name, p, xs):
    """h of run A (T,), of run B (T,), of the read-out's runs (T, heights), and run A's
    trace, all from one batch of torch's layer."""
    model = Cell(p, name)
    runs = np.stack([xs, xs] + [xs] * len(READOUT_HEIGHTS))  # (2 + heights, T)
    runs[1, 0] = 0.0  # run B: the first input taken away
    runs[2:, 0] = READOUT_HEIGHTS
    with torch.no_grad():
        h, _y = model(torch.tensor(runs))
        trace = {"h": h[0].numpy()}
        if name == "lstm":
            tensors = {key: torch.tensor(value, dtype=torch.float64) for key, value in p.items()}
            trace.update(lstm_gates(tensors, torch.tensor(xs), h[0]))
    h = h.numpy()
    return h[0], h[1], h[2:].T, trace


def input_gradients(name, p, xs, trace):
    """∂y(T)/∂x(t) for t = 1 … T, by torch.autograd."""
    model = Cell(p, name)
    inputs = torch.tensor(xs[None, :], requires_grad=True)
    _h, y = model(inputs)
    y[0, -1].backward()
    return inputs.grad[0].numpy()
'''

_REFERENCES = '''

def reference_lines(name, p, tr):
    """The reference lines of gradient(k), k = 0 … T−1:
    RNN   |w_in·w_out|·|w_hh|^k·Π (1 − h(t)²) over the last k + 1 steps (the one path there
          is, so it equals gradient(k)), and its bound |w_in·w_out|·|w_hh|^k;
    LSTM  |∂y(T)/∂C(T)|·f(T)·…·f(T−k+1)·|∂C(T−k)/∂x(T−k)|: the part of the gradient that runs
          along the cell state alone;
    GRU   none."""
    if name == "rnn":
        h = tr["h"][::-1]  # h(T), h(T−1), …
        scale = abs(p["w_in"] * p["w_out"])
        steps = np.ones(len(h))
        steps[1:] = abs(p["w_hh"])  # one w_hh per step back, none at k = 0
        return {"rnn_path": scale * np.cumprod(steps * (1.0 - h * h)),
                "rnn_bound": scale * np.cumprod(steps)}
    if name == "lstm":
        f, i, g, c_prev = tr["f"], tr["i"], tr["g"], tr["c_prev"]
        tanh_c = math.tanh(float(tr["c"][-1]))
        reach = abs(p["w_out"] * float(tr["o"][-1]) * (1.0 - tanh_c * tanh_c))  # |∂y(T)/∂C(T)|
        local = np.abs(p["w_xf"] * c_prev * f * (1.0 - f) + p["w_xi"] * g * i * (1.0 - i)
                       + p["w_xc"] * i * (1.0 - g * g))  # ∂C(t)/∂x(t), h(t−1), C(t−1) held
        forget = np.ones(len(f))
        forget[1:] = f[::-1][:-1]  # f(T), f(T−1), …, f(2): one per step back
        return {"lstm_cell_path": reach * np.cumprod(forget) * local[::-1]}
    return {}


def result():
    return {"parameters_from": PARAMETERS_FROM,
            "cells": {name: cell_result(name) for name in ("rnn", "lstm", "gru")}}


def account(document):
    lines = [TITLE, "", f"{len(SEQUENCE)} steps; parameter count for m = {INPUTS} inputs, "
             f"n = {UNITS} units.", ""]
    lines.append(f"{'':6}{'parameters':>12}{'remembers':>12}{'readable':>12}{'latch from':>12}")
    for name, cell in document["cells"].items():
        lines.append(f"{name.upper():6}{cell['param_count']:>12,}{cell['remembers_for']:>12}"
                     f"{cell['readable_for']:>12}{cell['latch_from']:>12}")
    lines += ["", "(remembers: the last step at which retention is at least "
              f"{REMEMBER_SHARE:.0%} of retention(1); readable: R² ≥ {READABLE_R2:g})", ""]
    lines.append("   k" + "".join(f"{'retention ' + n:>16}" for n in ("rnn", "lstm", "gru"))
                 + "".join(f"{'gradient ' + n:>16}" for n in ("rnn", "lstm", "gru")))

    def number(value):
        return "overflow" if value is None else f"{value:.6g}"

    cells = document["cells"]
    for k in range(len(SEQUENCE)):
        lines.append(f"{k + 1:>4}"
                     + "".join(f"{number(cells[n]['retention'][k]):>16}" for n in cells)
                     + "".join(f"{number(cells[n]['gradient'][k]):>16}" for n in cells))
    lines.append("(retention at k = 1 … T; the gradient columns at k − 1 = 0 … T−1)")
    return "\\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=TITLE)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    if hasattr(sys.stdout, "reconfigure"):  # a console that cannot show C̃ or − shows "?"
        sys.stdout.reconfigure(errors="replace")
    document = result()
    if args.json:
        print(json.dumps(document, indent=2, allow_nan=False))
    else:
        print(account(document))


if __name__ == "__main__":
    main()
'''


def export_code(lesson: Lesson, framework: str) -> ExportedCode:
    """The script of a lesson of kind "compare" (see the module)."""
    try:
        values = settings(lesson)
    except Exception as error:  # a lesson whose options its kind would refuse
        raise ExportError(
            translate("CompareExport", "this lesson's options cannot be exported: {error}").format(
                error=error
            )
        ) from None
    imports = "import argparse\nimport json\nimport math\nimport sys\n\nimport numpy as np\n"
    if framework == "pytorch":
        imports += "import torch\n"
        cells = ce.torch_layers(list(ORDER)) + "CELL = 'lstm'\n" + ce.torch_module()
        analysis = _TORCH_ANALYSIS
    else:
        cells = ce.NUMPY_COMMON + "".join(ce.numpy_forward(name) for name in ORDER)
        analysis = _NUMPY_ANALYSIS
    what = (
        "Who remembers? The RNN, the LSTM and the GRU on one sequence, side by side:\n"
        "retention, the read-out's R², the vanishing gradient and the parameter counts,\n"
        "as the LSTM Lab lesson TITLE (below) shows them."
    )
    parts = [
        ce.header(what, framework),
        imports,
        _data(values, lesson.title),
        cells,
        _MEASURES,
        analysis,
        _REFERENCES,
    ]
    return ExportedCode(script=ce.join(parts))


# ---------------------------------------------------------------------- the app's own numbers
def compare_argv(lesson: Lesson) -> list[str]:
    """The arguments of ``lstm-lab compare`` that give the lesson's numbers."""
    values = settings(lesson)
    argv = ["--defaults"] if values["PARAMETERS_FROM"] == "defaults" else ["--lesson", lesson.name]
    argv.append("--sequence=" + ", ".join(repr(v) for v in values["SEQUENCE"]))
    for cell, params in values["PARAMS"].items():
        argv += [f"--param={cell}.{name}={value!r}" for name, value in params.items()]
    argv += [f"--inputs={values['INPUTS']}", f"--units={values['UNITS']}", "--json"]
    return argv


def app_json(lesson: Lesson, framework: str = "numpy") -> dict[str, Any]:
    """What the exported script's ``--json`` must print: ``lstm-lab compare --json`` with
    `compare_argv`."""
    from lstm_lab.lessons.compare.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()) as err:
        status = main(compare_argv(lesson))
    if status != 0:
        raise ValueError(f"lstm-lab compare refused the lesson: {err.getvalue().strip()}")
    return json.loads(out.getvalue())
