"""What an undo step holds: the fields of a lab model that a student changes (parameters,
sequence, target, pinned gates, initial states), compared, described in words and put back
exactly. Plain Python, no Qt (`lstm_lab.lessons.cell.qt.undo` keeps the steps on a QUndoStack).

A snapshot keeps references, not copies: the model replaces its arrays and parameter sets
instead of changing them in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from lstm_lab.core.engine_words import task_title
from lstm_lab.core.i18n import translate
from lstm_lab.engine import SIMPLE_GROUPS

#: The fields an undo step may hold, in the order they are put back.
FIELDS = ("params", "sequence", "target", "clamps", "initial")


@dataclass(frozen=True)
class Snapshot:
    params: Any
    sequence: np.ndarray
    target: np.ndarray | None
    task: Any
    clamps: dict[str, float]
    initial: dict[str, float]


def snapshot(model: Any) -> Snapshot:
    return Snapshot(
        params=model.params,
        sequence=model.sequence,
        target=model.target,
        task=model.task,
        clamps=model.clamps,
        initial=model.initial,
    )


def _same_array(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    if a is None or b is None:
        return a is b
    return a is b or (a.shape == b.shape and np.array_equal(a, b))


def changed_fields(before: Snapshot, after: Snapshot) -> tuple[str, ...]:
    """The fields that differ, in `FIELDS` order."""
    changed = []
    if before.params != after.params:
        changed.append("params")
    if not _same_array(before.sequence, after.sequence):
        changed.append("sequence")
    if not _same_array(before.target, after.target) or before.task is not after.task:
        changed.append("target")
    if before.clamps != after.clamps:
        changed.append("clamps")
    if before.initial != after.initial:
        changed.append("initial")
    return tuple(changed)


def changed_params(before: Snapshot, after: Snapshot) -> tuple[str, ...]:
    """Names of the parameters whose values differ."""
    names = type(before.params).names()
    return tuple(n for n in names if getattr(before.params, n) != getattr(after.params, n))


def short(value: float) -> str:
    """A value as the weight boxes show it: 3 to 6 decimals when exact, else ≈ 4 decimals."""
    for decimals in range(3, 7):
        text = f"{value:.{decimals}f}"
        if float(text) == value:
            return "0.000" if text.startswith("-") and float(text) == 0 else text
    return f"\u2248{value:.4f}"


def describe(before: Snapshot, after: Snapshot, fields: tuple[str, ...]) -> str:
    """What a change did, for the Edit menu: "b_f = 0.750", "input sequence", "pin f = 1"."""
    parts = []
    if "params" in fields:
        parts.append(_describe_params(before, after))
    if "sequence" in fields:
        parts.append(
            translate("History", "input sequence and target")
            if "target" in fields
            else translate("History", "input sequence")
        )
    elif "target" in fields:
        if after.target is None:
            parts.append(translate("History", "no target"))
        elif after.task is not None and after.task is not before.task:
            parts.append(
                translate("History", "lesson target ({task})").format(task=task_title(after.task))
            )
        else:
            parts.append(translate("History", "target"))
    if "clamps" in fields:
        parts.append(_describe_clamps(before.clamps, after.clamps))
    if "initial" in fields:
        for name, symbol in (("c0", "C(0)"), ("h0", "h(0)")):
            if before.initial.get(name) != after.initial.get(name):
                parts.append(f"{symbol} = {short(after.initial[name])}")
    return ", ".join(parts)


def _describe_params(before: Snapshot, after: Snapshot) -> str:
    names = changed_params(before, after)
    values = {getattr(after.params, name) for name in names}
    if len(names) == 1:
        return f"{names[0]} = {short(getattr(after.params, names[0]))}"
    if len(values) == 1:
        for simple, members in SIMPLE_GROUPS.items():
            if set(members) == set(names):
                return f"{simple} = {short(values.pop())}"
    return translate("History", "{count} weights and biases").format(count=len(names))


def _describe_clamps(before: dict[str, float], after: dict[str, float]) -> str:
    changed = sorted(set(before) | set(after), key="figo".index)
    changed = [gate for gate in changed if before.get(gate) != after.get(gate)]
    symbols = {"f": "f", "i": "i", "g": "C\u0303", "o": "o"}
    if len(changed) == 1:
        gate = changed[0]
        if gate not in after:
            return translate("History", "free {gate}").format(gate=symbols[gate])
        return translate("History", "pin {gate} = {value}").format(
            gate=symbols[gate], value=f"{after[gate]:g}"
        )
    if not after:
        return translate("History", "free all gates")
    return translate("History", "pinned gates")


def restore(model: Any, snap: Snapshot, fields: tuple[str, ...]) -> None:
    """Put ``fields`` of ``snap`` back into ``model``, exactly."""
    if "params" in fields:
        model.set_params(snap.params)
    if "sequence" in fields:
        model.set_sequence(snap.sequence)
    if "target" in fields or "sequence" in fields:
        if snap.task is not None:
            model.set_task(snap.task, use_example=False)
        else:
            if model.task is not None:
                model.set_task(None)
            model.set_target(snap.target)
    if "clamps" in fields:
        for gate in model.cell.gates:
            model.set_clamp(gate, snap.clamps.get(gate))
    if "initial" in fields:
        for name, value in snap.initial.items():
            model.set_initial(name, value)
