"""The constant error carousel by hand: one LSTM unit whose gates are set step by step, not
computed (Hochreiter & Schmidhuber 1997). The input gate is 1 at the marker step (the first) and
0 after, the forget gate is ``forget`` throughout, the output gate is 0 until the query step
(the last) and 1 there:

    C(t) = f·C(t−1) + i(t)·g(t)     h(t) = o(t)·tanh(C(t))     ∂C(T)/∂C(t) = Π_{s=t+1..T} f

so with f = 1 the cell state holds the value exactly and the gradient along it is exactly 1,
however long the gap; with f = 0.9 both shrink as 0.9^k. Float64, step by step. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Longest hold: steps between the marker and the query.
MAX_HOLD = 500


@dataclass(frozen=True)
class Carousel:
    """One hand-set LSTM unit over steps 1 … T (arrays indexed by step − 1).

    ``i``, ``f``, ``o`` the gates, ``g`` the candidate, ``c`` and ``h`` the states, ``grad``
    ∂C(T)/∂C(t) for each step t."""

    value: float
    forget: float
    i: np.ndarray
    f: np.ndarray
    o: np.ndarray
    g: np.ndarray
    c: np.ndarray
    h: np.ndarray
    grad: np.ndarray

    @property
    def steps(self) -> np.ndarray:
        return np.arange(1, len(self.c) + 1)

    @property
    def kept(self) -> float:
        """C(T): what the cell state holds at the query step."""
        return float(self.c[-1])

    @property
    def answer(self) -> float:
        """h(T) = tanh(C(T)): what the unit says at the query step."""
        return float(self.h[-1])


def carousel(value: float, hold: int, forget: float = 1.0) -> Carousel:
    """The unit writes ``value`` at step 1 (the marker) and is asked at step T = hold + 1 (the
    query), the forget gate ``forget`` at every step (see the module)."""
    hold = int(hold)
    if not 1 <= hold <= MAX_HOLD:
        raise ValueError(f"the hold must be from 1 to {MAX_HOLD}, not {hold}")
    steps = hold + 1
    i = np.zeros(steps)
    i[0] = 1.0
    o = np.zeros(steps)
    o[-1] = 1.0
    f = np.full(steps, float(forget))
    g = np.zeros(steps)
    g[0] = float(value)
    c = np.empty(steps)
    previous = 0.0
    for t in range(steps):
        previous = f[t] * previous + i[t] * g[t]
        c[t] = previous
    h = o * np.tanh(c)
    grad = np.empty(steps)
    product = 1.0
    for t in range(steps - 1, -1, -1):  # ∂C(T)/∂C(t) = f(t+1)·…·f(T)
        grad[t] = product
        product *= f[t]
    return Carousel(float(value), float(forget), i, f, o, g, c, h, grad)
