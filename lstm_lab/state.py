"""The one state object every view listens to.

It holds what the student has chosen (parameters, input sequence, target, gate clamps, the time
step shown) and the trace the engine computed from it. Widgets write to it on user input and redraw
only from its signals; none of them computes LSTM maths.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from PySide6.QtCore import QObject, Signal

from lstm_lab.engine import (
    GATES,
    PARAM_NAMES,
    PARAM_SPECS,
    LSTMParams,
    Trace,
    check_clamps,
    mse_and_grads,
    parse_sequence,
    run_lstm,
)

DEFAULT_SEQUENCE_TEXT = "1, 0, 0, 0, 0"


class LabState(QObject):
    """Parameters, sequence, target, clamps and cursor of the glass-box cell.

    The cursor ``t`` runs from 0 (before the first step: h(0) = C(0) = 0) to T (the last step).
    Stepping only moves the cursor through a trace that is already computed, so stepping back is
    free; any change of an input recomputes the whole trace at once.
    """

    paramsChanged = Signal()
    sequenceChanged = Signal()
    targetChanged = Signal()
    clampsChanged = Signal()
    traceChanged = Signal()
    cursorChanged = Signal(int)
    gradientsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._params = LSTMParams()
        self._sequence = parse_sequence(DEFAULT_SEQUENCE_TEXT)
        self._target: np.ndarray | None = None
        self._clamps: dict[str, float] = {}
        self._cursor = 0
        self._trace: Trace = run_lstm(self._params, self._sequence)
        self._mse: float | None = None
        self._gradients: LSTMParams | None = None

    # ----------------------------------------------------------------- read-only views
    @property
    def params(self) -> LSTMParams:
        return self._params

    @property
    def sequence(self) -> np.ndarray:
        return self._sequence

    @property
    def target(self) -> np.ndarray | None:
        return self._target

    @property
    def clamps(self) -> dict[str, float]:
        return dict(self._clamps)

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def trace(self) -> Trace:
        return self._trace

    @property
    def length(self) -> int:
        return len(self._sequence)

    @property
    def mse(self) -> float | None:
        """Mean squared error of y against the target, or None without a target."""
        return self._mse

    @property
    def gradients(self) -> LSTMParams | None:
        """∂MSE/∂parameter for every parameter, or None without a target."""
        return self._gradients

    # ----------------------------------------------------------------- inputs
    def set_param(self, name: str, value: float) -> None:
        if name not in PARAM_SPECS:
            raise ValueError(f"unknown parameter {name!r}")
        value = float(value)
        if not np.isfinite(value):
            raise ValueError(f"{name} must be a finite number")
        if getattr(self._params, name) == value:
            return
        self._params = self._params.replace(**{name: value})
        self._params_changed()

    def set_params(self, params: LSTMParams | Mapping[str, float]) -> None:
        if not isinstance(params, LSTMParams):
            params = self._params.replace(**dict(params))
        if all(getattr(params, n) == getattr(self._params, n) for n in PARAM_NAMES):
            return
        self._params = params.copy()
        self._params_changed()

    def reset_params(self) -> None:
        self.set_params(LSTMParams())

    def set_sequence(self, values) -> None:
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        if values.size == 0:
            raise ValueError("the sequence is empty")
        if np.array_equal(values, self._sequence):
            return
        self._sequence = values.copy()
        target_dropped = self._target is not None and len(self._target) != len(values)
        if target_dropped:
            self._target = None
        self._cursor = min(self._cursor, len(values))
        self._recompute()
        self.sequenceChanged.emit()
        if target_dropped:
            self.targetChanged.emit()
        self.traceChanged.emit()
        self._emit_gradients()
        self.cursorChanged.emit(self._cursor)

    def set_sequence_text(self, text: str) -> None:
        """Parse and apply; raises SequenceError (the current sequence stays) on bad text."""
        self.set_sequence(parse_sequence(text))

    def set_target(self, values) -> None:
        if values is not None:
            values = np.asarray(values, dtype=np.float64).reshape(-1)
            if len(values) != len(self._sequence):
                raise ValueError(
                    f"the target has {len(values)} values but the input has {len(self._sequence)}"
                )
            if self._target is not None and np.array_equal(values, self._target):
                return
            values = values.copy()
        elif self._target is None:
            return
        self._target = values
        self._recompute_gradients()
        self.targetChanged.emit()
        self._emit_gradients()

    def set_clamp(self, gate: str, value: float | None) -> None:
        """Pin gate ``gate`` ('f', 'i', 'g' or 'o') to ``value``, or free it with None."""
        if gate not in GATES:
            raise ValueError(f"unknown gate {gate!r}")
        if value is None:
            if gate not in self._clamps:
                return
            del self._clamps[gate]
        else:
            value = float(check_clamps({gate: value})[gate])  # the engine knows each range
            if self._clamps.get(gate) == value:
                return
            self._clamps[gate] = value
        self._recompute()
        self.clampsChanged.emit()
        self.traceChanged.emit()
        self._emit_gradients()

    def clear_clamps(self) -> None:
        for gate in list(self._clamps):
            self.set_clamp(gate, None)

    # ----------------------------------------------------------------- cursor
    def go_to(self, t: int) -> None:
        t = max(0, min(int(t), self.length))
        if t != self._cursor:
            self._cursor = t
            self.cursorChanged.emit(t)

    def step_forward(self) -> bool:
        """Advance one step; False when already at the last step."""
        if self._cursor >= self.length:
            return False
        self.go_to(self._cursor + 1)
        return True

    def step_back(self) -> bool:
        if self._cursor <= 0:
            return False
        self.go_to(self._cursor - 1)
        return True

    def reset(self) -> None:
        """Back to t = 0; sequence and weights are kept."""
        self.go_to(0)

    def go_to_end(self) -> None:
        self.go_to(self.length)

    @property
    def at_end(self) -> bool:
        return self._cursor >= self.length

    # ----------------------------------------------------------------- internals
    def _params_changed(self) -> None:
        self._recompute()
        self.paramsChanged.emit()
        self.traceChanged.emit()
        self._emit_gradients()

    def _recompute(self) -> None:
        self._trace = run_lstm(self._params, self._sequence, clamps=self._clamps or None)
        self._recompute_gradients()

    def _recompute_gradients(self) -> None:
        if self._target is None:
            self._mse, self._gradients = None, None
            return
        mse, grads = mse_and_grads(
            self._params, self._sequence, self._target, clamps=self._clamps or None
        )
        self._mse, self._gradients = float(mse), grads

    def _emit_gradients(self) -> None:
        self.gradientsChanged.emit()
