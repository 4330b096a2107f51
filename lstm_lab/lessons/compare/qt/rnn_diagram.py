"""The vanilla RNN cell drawn like the LSTM's diagram: one tanh, no gates, no highway.

h(t−1) ───────►┐
             [tanh]──► h(t) ──► y(t) = w_out·h(t)
x(t)   ───────►┘
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lstm_lab.lessons.compare.qt.small_diagram import END_R, SmallDiagram, fmt

TANH = (330.0, 200.0)
H_PREV = (60.0, 120.0)
X_IN = (60.0, 300.0)
H_OUT = (500.0, 200.0)
Y_OUT = (640.0, 200.0)
#: Where the old state's and the input's wires turn towards tanh: far enough left that the
#: gate's name under it stays clear of them.
JOIN_X = 230.0
#: Where the weights' labels start, over the old state's wire and under the input's: right
#: of the circles they come from.
WEIGHT_X = H_PREV[0] + END_R + 6


class RNNDiagram(SmallDiagram):
    """The RNN at the current step: h(t) = tanh(w_in·x(t) + w_hh·h(t−1) + b)."""

    cell_name = "RNN"

    def build(self) -> None:
        self.setObjectName("rnnDiagram")
        self.setToolTip(
            self.tr(
                "The RNN cell at the current step: the old hidden state and the input are "
                "weighed, added and squashed by tanh into the new hidden state. Nothing protects "
                "the memory: every step multiplies it by w_hh and by tanh's slope."
            )
        )
        self.title_and_step(self.tr("RNN cell"), 200.0)
        tx, ty = TANH
        self.wire(
            [
                (H_PREV[0] + 32, H_PREV[1]),
                (JOIN_X, H_PREV[1]),
                (JOIN_X, ty - 12),
                (tx - 34, ty - 12),
            ],
            "h",
        )
        self.wire(
            [(X_IN[0] + 32, X_IN[1]), (JOIN_X, X_IN[1]), (JOIN_X, ty + 12), (tx - 34, ty + 12)],
            "x",
        )
        self.wire([(tx + 34, ty), (H_OUT[0] - 32, ty)], "h")
        self.wire([(H_OUT[0] + 32, ty), (Y_OUT[0] - 32, ty)], "y")
        self.wire([(H_OUT[0], ty + 32), (H_OUT[0], 360)], "h", 2)
        next_label = self.text(self.tr("h(t) → step t+1"), 11, "muted", room=(190.0, 30.0))
        self.place(next_label, H_OUT[0], 378)
        self.gate(
            "tanh", tx, ty, "tanh", self.tr("hidden state h"), "h", caption_room=(190.0, 34.0)
        )
        # Each weight's room: over or under its wire, clear of the circles and the others.
        for key, room in (
            ("w_hh", (192.0, 40.0)),  # over the wire, past its turn, clear of the tanh
            ("w_in", (192.0, 40.0)),
            ("b", (130.0, 30.0)),
            ("w_out", (150.0, 30.0)),
        ):
            self.values[key] = self.text("", 11, "muted", room=room, widest=f"{key} -0.00")
        self.end("h_prev", *H_PREV, "h(t−1)", "h")
        self.end("x", *X_IN, "x(t)", "x")
        self.end("h", *H_OUT, "h(t)", "h")
        self.end("y", *Y_OUT, "y(t)", "y")

    def refresh(self, *_args) -> None:
        state = self._state
        t, trace, p = state.cursor, state.trace, state.params
        self.show_step(t)
        self.put("w_hh", f"w_hh {p.w_hh:.2f}", WEIGHT_X, H_PREV[1] - 24, "l")
        self.put("w_in", f"w_in {p.w_in:.2f}", WEIGHT_X, X_IN[1] + 24, "l")
        self.put("b", f"b {p.b:.2f}", TANH[0], TANH[1] - 58, "c")
        self.put("w_out", f"w_out {p.w_out:.2f}", (H_OUT[0] + Y_OUT[0]) / 2, TANH[1] - 60, "c")
        if t == 0:
            h0 = float(trace.h_prev[0])
            values = {"h_prev": h0, "x": None, "h": h0, "y": None}
            self.set_gate("tanh", None)
        else:
            k = t - 1
            values = {
                "h_prev": float(trace.h_prev[k]),
                "x": float(trace.x[k]),
                "h": float(trace.h[k]),
                "y": float(trace.y[k]),
            }
            self.set_gate("tanh", float(trace.h[k]))
        places = {"h_prev": H_PREV, "x": X_IN, "h": H_OUT, "y": Y_OUT}
        for key, value in values.items():
            self.set_end(key, value, *places[key])

    def spoken_values(self) -> list[tuple[str, str]]:
        trace, t = self._state.trace, self._state.cursor
        if t == 0:
            return [
                (
                    QCoreApplication.translate("CellDiagram", "hidden state h(t)"),
                    fmt(float(trace.h_prev[0])),
                )
            ]
        k = t - 1
        return [
            (QCoreApplication.translate("CellDiagram", "input x(t)"), fmt(float(trace.x[k]))),
            (
                QCoreApplication.translate("CellDiagram", "hidden state h(t)"),
                fmt(float(trace.h[k])),
            ),
            (QCoreApplication.translate("CellDiagram", "output y(t)"), fmt(float(trace.y[k]))),
            (
                QCoreApplication.translate("CellDiagram", "previous hidden state h(t−1)"),
                fmt(float(trace.h_prev[k])),
            ),
        ]
