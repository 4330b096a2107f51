"""The numbers of a cell's run in words and tables, for the math panel, the exports and the
worksheet. Plain Python, no Qt.

`step_lines` is the one copy of how the math of one step is laid out: the math panel shows
it, the text export writes it, the worksheet prints it (with the student's numbers left blank
when asked). `step_rows` and `write_trace_csv` give the step table, every value at full
precision.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine import GATE_SPECS, explain_step

#: Each gate's title in the math of a step (translated with the context "Report").
GATE_TITLES = {
    "f": QT_TRANSLATE_NOOP("Report", "Forget gate"),
    "i": QT_TRANSLATE_NOOP("Report", "Input gate"),
    "g": QT_TRANSLATE_NOOP("Report", "Cell candidate"),
    "o": QT_TRANSLATE_NOOP("Report", "Output gate"),
}
#: The titles of the other blocks of a step's math.
CELL_STATE = QT_TRANSLATE_NOOP("Report", "Cell state")
HIDDEN_STATE = QT_TRANSLATE_NOOP("Report", "Hidden state")
OUTPUT = QT_TRANSLATE_NOOP("Report", "Output")

#: (trace field, heading) of the step table, in the order `lstm-lab trace` prints them.
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("t", "t"),
    ("x", "x"),
    ("f", "f"),
    ("i", "i"),
    ("g", "C\u0303"),
    ("o", "o"),
    ("c", "C"),
    ("h", "h"),
    ("y", "y"),
)

Line = tuple[str, "str | None"]  # (plain text, colour key: a gate, "c", "h", "y", "title")
Format = Callable[[float], str]


def n(value: float) -> str:
    """Four decimals, with −0.0000 shown as 0.0000."""
    text = f"{value:.4f}"
    return "0.0000" if text == "-0.0000" else text


def step_lines(
    lab: Any, t: int | None = None, *, given: Format = n, result: Format = n
) -> list[Line]:
    """The math of step ``t`` (default: the step under the cursor) of ``lab`` (a `LabModel`
    or the state around one), line by line, as the math panel shows it.

    ``given`` writes the numbers a student starts from (weights, biases, x(t), h(t−1),
    C(t−1), pinned gates), ``result`` the numbers the step computes: a worksheet with blanks
    passes a ``result`` that writes a blank.
    """
    trace = lab.trace
    t = lab.cursor if t is None else int(t)
    if t == 0:
        return [
            (translate("Report", "t = 0: nothing computed yet."), "title"),
            (f"h(0) = {given(trace.h_prev[0])}   C(0) = {given(trace.c_prev[0])}", None),
            ("", None),
            (translate("Report", "Press Step ▶ (or the Right key) to run"), None),
            (
                translate("Report", "step 1 with x(1) = {x}.").format(
                    x=given(float(lab.sequence[0]))
                ),
                None,
            ),
        ]
    ex = lab.explanation if t == lab.cursor else explain_step(lab.params, trace, t)
    p = t - 1
    out: list[Line] = [
        (translate("Report", "Step t = {t}").format(t=t), "title"),
        (
            f"x({t}) = {given(ex.x)}   h({p}) = {given(ex.h_prev)}   C({p}) = {given(ex.c_prev)}",
            None,
        ),
        ("", None),
    ]
    for gate, spec in GATE_SPECS.items():
        title = translate("Report", GATE_TITLES[gate])
        symbol, func = spec.symbol, spec.activation
        g = ex.gates[gate]
        name = f"{symbol}({t})"
        w_x, w_h = (term.weight_name for term in g.terms)
        out.append((f"{title}  {name} = {func}({w_x}·x({t}) + {w_h}·h({p}) + {g.bias_name})", gate))
        if g.clamped:
            pinned = translate("Report", "(pinned)")
            out.append((f"  {name} = {given(g.value)}   {pinned}", gate))
            out.append(("", None))
            continue
        terms = " + ".join(
            f"{given(term.weight_value)}·{given(term.input_value)}" for term in g.terms
        )
        out.append((f"  {terms} + {given(g.bias_value)} = {result(g.preactivation)}", None))
        out.append((f"  {name} = {func}({result(g.preactivation)}) = {result(g.value)}", gate))
        out.append(("", None))

    def gate_value(key: str) -> str:
        step = ex.gates[key]
        return given(step.value) if step.clamped else result(step.value)

    f, i, g = (gate_value(key) for key in ("f", "i", "g"))
    o = gate_value("o")
    out += [
        (f"{translate('Report', CELL_STATE)}  C({t}) = f({t})·C({p}) + i({t})·C̃({t})", "c"),
        (f"  = {f}·{given(ex.c_prev)} + {i}·{g}", None),
        (f"  = {result(ex.forget_part)} + {result(ex.input_part)} = {result(ex.c)}", "c"),
        ("", None),
        (f"{translate('Report', HIDDEN_STATE)}  h({t}) = o({t})·tanh(C({t}))", "h"),
        (
            f"  = {o}·tanh({result(ex.c)}) = {o}·{result(ex.tanh_c)} = {result(ex.h)}",
            "h",
        ),
        ("", None),
        (f"{translate('Report', OUTPUT)}  y({t}) = w_out·h({t}) + b_out", "y"),
        (f"  = {given(ex.w_out)}·{result(ex.h)} + {given(ex.b_out)} = {result(ex.y)}", "y"),
    ]
    return out


def step_text(lab: Any, t: int | None = None) -> str:
    """The math of one step as plain text: exactly what the math panel shows for it."""
    return "\n".join(text for text, _key in step_lines(lab, t))


def all_steps_text(lab: Any) -> str:
    """The math of every step, 1 to T, one block after another."""
    return "\n\n\n".join(step_text(lab, t) for t in range(1, len(lab.sequence) + 1)) + "\n"


def step_rows(lab: Any) -> list[dict[str, float]]:
    """One row per step t = 1..T: the table's fields, and ``target`` when there is one."""
    trace, target = lab.trace, lab.target
    rows = []
    for k in range(len(trace)):
        row = {"t": k + 1, **{key: float(getattr(trace, key)[k]) for key, _ in TABLE_COLUMNS[1:]}}
        if target is not None:
            row["target"] = float(target[k])
        rows.append(row)
    return rows


def trace_csv(lab: Any) -> str:
    """The step table as CSV: a header row, a row for t = 0 with the initial states C(0) and
    h(0) (the other cells empty), then every step. Numbers are written by ``repr``, the shortest
    text that reads back as exactly the same float."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    with_target = lab.target is not None
    header = [title for _key, title in TABLE_COLUMNS] + (["target"] if with_target else [])
    writer.writerow(header)
    trace = lab.trace
    start = {"t": 0, "c": float(trace.c_prev[0]), "h": float(trace.h_prev[0])}
    writer.writerow(_cells(start, with_target))
    for row in step_rows(lab):
        writer.writerow(_cells(row, with_target))
    return buffer.getvalue()


def _cells(row: dict[str, float], with_target: bool) -> Sequence[str]:
    keys = [key for key, _ in TABLE_COLUMNS] + (["target"] if with_target else [])
    cells = []
    for key in keys:
        if key not in row:
            cells.append("")
        elif key == "t":
            cells.append(str(int(row[key])))
        else:
            cells.append(repr(float(row[key])))
    return cells
