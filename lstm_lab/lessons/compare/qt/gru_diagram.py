"""The GRU cell drawn like the LSTM's diagram: two gates and a candidate, one state.

h(t−1) ──────(× 1−z)─────────(+)──────► h(t) ──► y(t)
  │             │             │
  │             │            (×)◄── z
  │             │             │
  ├──►(×)◄── r  │           [tanh h̃]
  │    └──────────────────────►┘
[σ z]  [σ r]                          (every gate reads h(t−1) and x(t))
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from lstm_lab.lessons.compare.qt.small_diagram import SmallDiagram, fmt

TOP = 100.0
GATE_Y = 255.0
H_BUS = 345.0
X_BUS = 378.0
H_PREV = (60.0, TOP)
X_IN = (60.0, X_BUS)
H_OUT = (640.0, TOP)
Y_OUT = (640.0, 240.0)
GATES = {"z": 190.0, "r": 310.0, "g": 480.0}
KEEP = (190.0, TOP)  # (1 − z)·h(t−1)
ADD = (480.0, TOP)
MUL_Z = (480.0, 175.0)  # z·h̃
MUL_R = (395.0, 175.0)  # r·h(t−1)
#: The gates' names go under the two buses, where no wire crosses them.
CAPTION_Y = X_BUS + 40


class GRUDiagram(SmallDiagram):
    """The GRU at the current step: h(t) = (1 − z)·h(t−1) + z·h̃, h̃ = tanh(… r·h(t−1) …)."""

    SCENE = QRectF(0, 0, 700, 470)
    cell_name = "GRU"

    def place_caption(self, key: str, x: float, y: float) -> None:
        self.place(self.captions[key], x, CAPTION_Y)

    def build(self) -> None:
        self.setObjectName("gruDiagram")
        self.setToolTip(
            self.tr(
                "The GRU cell at the current step. The update gate z decides how much of the new "
                "candidate h̃ replaces the old state: with z near 0 the top line carries h(t−1) "
                "through unchanged, like the LSTM's highway. The reset gate r decides how much "
                "of h(t−1) the candidate sees."
            )
        )
        self.title_and_step(self.tr("GRU cell"), 120.0)
        zx, rx, gx = GATES["z"], GATES["r"], GATES["g"]
        # The state line along the top: keep part, plus the new part, out to h(t).
        self.wire([(H_PREV[0] + 32, TOP), (KEEP[0] - 18, TOP)], "h", 5)
        self.wire([(KEEP[0] + 18, TOP), (ADD[0] - 18, TOP)], "h", 5)
        self.wire([(ADD[0] + 18, TOP), (H_OUT[0] - 32, TOP)], "h", 5)
        self.wire([(H_OUT[0], TOP + 32), (Y_OUT[0], Y_OUT[1] - 32)], "y")
        # z: up to (1 − z) and across to z·h̃.
        self.wire([(zx, GATE_Y - 34), (zx, TOP + 18)], "f")
        self.wire(
            [
                (zx + 20, GATE_Y - 28),
                (zx + 20, 140),
                (MUL_Z[0] - 40, 140),
                (MUL_Z[0] - 40, MUL_Z[1]),
                (MUL_Z[0] - 18, MUL_Z[1]),
            ],
            "f",
            2,
        )
        # r times h(t−1), into the candidate.
        self.wire([(rx, GATE_Y - 34), (rx, MUL_R[1]), (MUL_R[0] - 18, MUL_R[1])], "i")
        self.wire([(MUL_R[0], MUL_R[1] + 18), (MUL_R[0], GATE_Y), (gx - 34, GATE_Y)], "h", 2)
        self.wire([(gx, GATE_Y - 34), (gx, MUL_Z[1] + 18)], "g")
        self.wire([(gx, MUL_Z[1] - 18), (gx, TOP + 18)], "g")
        # Buses: h(t−1) and x(t) under the gates.
        self.wire([(110, TOP), (110, H_BUS), (gx + 12, H_BUS)], "h", 2)
        self.wire([(X_IN[0] + 32, X_BUS), (gx + 12, X_BUS)], "x", 2)
        for x in (zx, rx, gx):
            self.wire([(x - 12, H_BUS), (x - 12, GATE_Y + 32)], "h", 2)
            self.wire([(x + 12, X_BUS), (x + 12, GATE_Y + 32)], "x", 2)
        # h(t−1), taken before the keep multiplication, down to r·h(t−1).
        self.wire([(150, TOP), (150, 120), (MUL_R[0], 120), (MUL_R[0], MUL_R[1] - 18)], "h", 2)
        self.gate("z", zx, GATE_Y, "σ", self.tr("update z"), "f")
        self.gate("r", rx, GATE_Y, "σ", self.tr("reset r"), "i")
        self.gate("g", gx, GATE_Y, "tanh", self.tr("candidate h̃"), "g", caption_room=(170.0, 30.0))
        self.op(*KEEP, "×")
        self.op(*ADD, "+")
        self.op(*MUL_Z, "×")
        self.op(*MUL_R, "×")
        for key, room, widest in (
            ("keep", (240.0, 44.0), "(1−z)·h(t−1) = -0.000"),  # under the title
            ("new", (120.0, 30.0), "z·h̃ = -0.000"),
            ("r_h", (150.0, 26.0), "r·h(t−1) = -0.000"),
        ):
            self.values[key] = self.text("", 11.5, "text", room=room, widest=widest)
        self.end("h_prev", *H_PREV, "h(t−1)", "h")
        self.end("x", *X_IN, "x(t)", "x")
        self.end("h", *H_OUT, "h(t)", "h")
        self.end("y", *Y_OUT, "y(t)", "y")

    def refresh(self, *_args) -> None:
        state = self._state
        t, trace = state.cursor, state.trace
        self.show_step(t)
        texts = {"keep": "", "new": "", "r_h": ""}
        if t == 0:
            h0 = float(trace.h_prev[0])
            values = {"h_prev": h0, "x": None, "h": h0, "y": None}
            for gate in GATES:
                self.set_gate(gate, None)
        else:
            k = t - 1
            values = {
                "h_prev": float(trace.h_prev[k]),
                "x": float(trace.x[k]),
                "h": float(trace.h[k]),
                "y": float(trace.y[k]),
            }
            z, r, g, hp = (float(a[k]) for a in (trace.z, trace.r, trace.g, trace.h_prev))
            for gate, value in (("z", z), ("r", r), ("g", g)):
                self.set_gate(gate, value)
            texts = {
                "keep": f"(1−z)·h(t−1) = {(1 - z) * hp:.3f}",
                "new": f"z·h̃ = {z * g:.3f}",
                "r_h": f"r·h(t−1) = {r * hp:.3f}",
            }
        self.put("keep", texts["keep"], KEEP[0] + 24, TOP - 30, "l")
        self.put("new", texts["new"], MUL_Z[0] + 24, MUL_Z[1], "l")
        # Between the z wire (y = 140) and the r wire into its × (y = 175), left of the ×:
        # under the × it lay on the reset gate's circle.
        self.put("r_h", texts["r_h"], MUL_R[0] - 22, (140 + MUL_R[1]) / 2, "r")
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
            (QCoreApplication.translate("CellDiagram", "update gate z(t)"), fmt(float(trace.z[k]))),
            (QCoreApplication.translate("CellDiagram", "reset gate r(t)"), fmt(float(trace.r[k]))),
            (QCoreApplication.translate("CellDiagram", "candidate h̃(t)"), fmt(float(trace.g[k]))),
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
