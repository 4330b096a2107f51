"""'Animate this step': the LSTM's computation of the current step played on its diagram,
phase by phase (`lstm_lab.core.flow`), each value appearing when it is computed and the math
panel highlighting the equation being computed. Pause, step through the phases, speed; with
"every step", the animation moves on to the next step until the end of the sequence.

With View → Reduce motion (`lstm_lab.ui.motion`) no dot travels along the wires: each phase
is shown at once, ring and value and all, and the timer fires once per phase instead of once
per frame.

A view only: the values are the engine's (the state's explanation), never recomputed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsEllipseItem,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.flow import PHASES, math_lines, phase_values
from lstm_lab.ui import cell_diagram as d
from lstm_lab.ui.line_groups import LineGroups
from lstm_lab.ui.motion import motion, motion_reduced
from lstm_lab.ui.state import LabState

TICK_MS = 30
PHASE_MS = 900.0
SPEEDS = (("½×", 0.5), ("1×", 1.0), ("2×", 2.0), ("4×", 4.0))


def _pt(point: QPointF) -> tuple[float, float]:
    return (point.x(), point.y())


_GX = d.GATE_X
#: The wire a token travels along in each phase, and where the phase's ring goes.
PATHS: dict[str, tuple[list[tuple[float, float]], tuple[float, float], float]] = {
    "inputs": (
        [(d.X_IN.x(), d.X_IN.y() - d.NODE_R), (d.X_IN.x(), d.X_BUS_Y), (_GX["o"] + 12, d.X_BUS_Y)],
        _pt(d.X_IN),
        d.NODE_R,
    ),
    "f": ([(_GX["f"], d.X_BUS_Y), (_GX["f"], d.GATE_Y)], (_GX["f"], d.GATE_Y), d.GATE_R),
    "i": ([(_GX["i"], d.X_BUS_Y), (_GX["i"], d.GATE_Y)], (_GX["i"], d.GATE_Y), d.GATE_R),
    "g": ([(_GX["g"], d.X_BUS_Y), (_GX["g"], d.GATE_Y)], (_GX["g"], d.GATE_Y), d.GATE_R),
    "o": ([(_GX["o"], d.X_BUS_Y), (_GX["o"], d.GATE_Y)], (_GX["o"], d.GATE_Y), d.GATE_R),
    "forget_part": (
        [(_GX["f"], d.GATE_Y - d.GATE_R), _pt(d.FORGET_MUL)],
        _pt(d.FORGET_MUL),
        d.OP_R,
    ),
    "input_part": (
        [(_GX["g"], d.GATE_Y - d.GATE_R), _pt(d.INPUT_MUL)],
        _pt(d.INPUT_MUL),
        d.OP_R,
    ),
    "c": ([_pt(d.FORGET_MUL), _pt(d.ADD), _pt(d.C_OUT)], _pt(d.C_OUT), d.NODE_R),
    "tanh_c": ([(d.TANH_C.x(), d.HIGHWAY_Y), _pt(d.TANH_C)], _pt(d.TANH_C), d.OP_R + 6),
    "h": ([_pt(d.TANH_C), _pt(d.OUTPUT_MUL), _pt(d.H_OUT)], _pt(d.H_OUT), d.NODE_R),
    "y": ([_pt(d.H_OUT), _pt(d.Y_OUT)], _pt(d.Y_OUT), d.NODE_R),
}


def _along(points: list[tuple[float, float]], share: float) -> QPointF:
    """The point ``share`` (0…1) of the way along a polyline."""
    lengths = [
        ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False)
    ]
    goal = max(0.0, min(1.0, share)) * sum(lengths)
    for (x1, y1), (x2, y2), length in zip(points, points[1:], lengths, strict=False):
        if goal <= length and length > 0:
            f = goal / length
            return QPointF(x1 + (x2 - x1) * f, y1 + (y2 - y1) * f)
        goal -= length
    return QPointF(*points[-1])


class FlowControls(QWidget):
    """The animation's controls and its driver; ``phaseChanged(index, key)`` after each phase
    starts (index −1: the animation ended)."""

    phaseChanged = Signal(int, str)

    def __init__(
        self,
        state: LabState,
        diagram: d.CellDiagram,
        math_panel: QTextEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flowControls")
        self._state = state
        self._diagram = diagram
        self._math = math_panel
        self.phase = -1
        self._elapsed = 0.0
        self._playing = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        #: Timer ticks since the animation started, and the frames among them that moved the
        #: travelling dot (none with Reduce motion on).
        self.ticks = 0
        self.frames = 0

        self.animate_button = QPushButton(self.tr("Animate this step"))
        self.animate_button.setObjectName("animateButton")
        self.animate_button.setToolTip(
            self.tr(
                "Play how this step is computed: the inputs travel to the gates, each gate "
                "lights up with its value, then the cell state, the hidden state and the output"
            )
        )
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("flowPauseButton")
        self.back_button = QPushButton(self.tr("◀ phase"))
        self.back_button.setObjectName("flowBackButton")
        self.next_button = QPushButton(self.tr("phase ▶"))
        self.next_button.setObjectName("flowNextButton")
        self.back_button.setAccessibleName(self.tr("Previous phase of the animation"))
        self.next_button.setAccessibleName(self.tr("Next phase of the animation"))
        self.speed = QComboBox()
        self.speed.setObjectName("flowSpeed")
        for text, value in SPEEDS:
            self.speed.addItem(text, value)
        self.speed.setCurrentIndex(1)
        self.speed.setToolTip(self.tr("Speed of the animation"))
        self.speed.setAccessibleName(self.tr("Speed of the animation"))
        self.every_step = QCheckBox(self.tr("every step"))
        self.every_step.setObjectName("flowEveryStep")
        self.every_step.setAccessibleName(self.tr("Animate every step, to the end"))
        self.every_step.setToolTip(self.tr("Go on to the next step after this one, to the end"))
        self.caption = QLabel("")
        self.caption.setObjectName("flowCaption")
        self.caption.setWordWrap(True)
        # One line of controls where the width allows, two where it does not: every pixel of
        # height left goes to the diagram above.
        self.lines = LineGroups(
            [
                [self.animate_button, self.pause_button, self.back_button, self.next_button],
                [QLabel(self.tr("Speed")), self.speed, self.every_step],
            ]
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addWidget(self.lines)
        column.addWidget(self.caption)

        self.animate_button.clicked.connect(self.animate)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next_phase)
        self.back_button.clicked.connect(self.previous_phase)
        scene = diagram.scene()
        self._token = QGraphicsEllipseItem(QRectF(-9, -9, 18, 18))
        self._token.setZValue(20)
        self._ring = QGraphicsEllipseItem()
        self._ring.setZValue(19)
        for item in (self._token, self._ring):
            item.setVisible(False)
            scene.addItem(item)
        state.traceChanged.connect(self._on_outside_change)
        state.cursorChanged.connect(self._on_outside_change)
        motion().changed.connect(self._on_motion_changed)
        self._moving_cursor = False
        self._update_buttons()

    # ------------------------------------------------------------------ reading
    @property
    def running(self) -> bool:
        return self.phase >= 0

    def phase_key(self) -> str | None:
        return PHASES[self.phase].key if self.running else None

    def shown_value(self, key: str) -> str | None:
        """The text the diagram shows for phase ``key``'s value now (None when hidden)."""
        item = self._value_items().get(key)
        return item.text() if item is not None and item.isVisible() else None

    def _value_items(self):
        diagram = self._diagram
        nodes = diagram.io_nodes
        labels = diagram.value_labels
        items = {gate: diagram.gate_nodes[gate].value for gate in ("f", "i", "g", "o")}
        items.update(
            inputs=nodes["x"].value,
            forget_part=labels["f_times_c"],
            input_part=labels["i_times_g"],
            c=nodes["c"].value,
            tanh_c=labels["tanh_c"],
            h=nodes["h"].value,
            y=nodes["y"].value,
        )
        return items

    # ------------------------------------------------------------------ commands
    def animate(self) -> None:
        """Start (again) at the first phase of the current step (step 1 when at t = 0)."""
        state = self._state
        if state.cursor == 0:
            self._moving_cursor = True
            try:
                state.step_forward()
            finally:
                self._moving_cursor = False
        if state.explanation is None:
            return
        self._playing = True
        self.ticks = self.frames = 0
        self._go_to_phase(0)
        self._start_timer()

    def toggle_pause(self) -> None:
        if not self.running:
            return
        self._playing = not self._playing
        if self._playing:
            self._start_timer()
        else:
            self._timer.stop()
        self._update_buttons()

    def next_phase(self) -> None:
        """One phase on (pausing the animation); past the last phase it ends."""
        if not self.running:
            self.animate()
        self._pause()
        if self.phase + 1 < len(PHASES):
            self._go_to_phase(self.phase + 1)
        else:
            self.stop()

    def previous_phase(self) -> None:
        if not self.running:
            return
        self._pause()
        self._go_to_phase(max(0, self.phase - 1))

    def stop(self) -> None:
        """End the animation: every value back on the diagram, no highlight."""
        self._timer.stop()
        self._playing = False
        was = self.running
        self.phase = -1
        for item in self._value_items().values():
            item.setVisible(True)
        for node in self._diagram.gate_nodes.values():
            node.circle.setOpacity(1.0)
        self._token.setVisible(False)
        self._ring.setVisible(False)
        self.caption.setText("")
        self._highlight([])
        self._update_buttons()
        if was:
            self.phaseChanged.emit(-1, "")

    # ------------------------------------------------------------------ driving
    def _start_timer(self) -> None:
        """Frames for the moving dot; with Reduce motion, one tick per phase."""
        self._timer.setInterval(round(PHASE_MS / self._speed()) if motion_reduced() else TICK_MS)
        self._timer.start()

    def _speed(self) -> float:
        return float(self.speed.currentData() or 1.0)

    def _on_motion_changed(self, reduced: bool) -> None:
        if not self.running:
            return
        self._token.setVisible(not reduced)
        self._elapsed = 0.0
        if self._playing:
            self._start_timer()

    def _pause(self) -> None:
        self._playing = False
        self._timer.stop()
        self._update_buttons()

    def _on_outside_change(self, *_args) -> None:
        if self.running and not self._moving_cursor:
            self.stop()

    def _go_to_phase(self, index: int) -> None:
        self.phase = index
        self._elapsed = 0.0
        key = PHASES[index].key
        values = phase_values(self._state.explanation)
        reached = {phase.key for phase in PHASES[: index + 1]}
        for phase_key, item in self._value_items().items():
            item.setVisible(phase_key in reached or phase_key == "inputs")
        for gate, node in self._diagram.gate_nodes.items():
            node.circle.setOpacity(1.0 if gate in reached else 0.3)
        theme = self._diagram._theme
        points, centre, radius = PATHS[key]
        r = radius + 8
        self._ring.setRect(QRectF(centre[0] - r, centre[1] - r, 2 * r, 2 * r))
        self._ring.setPen(QPen(QColor(theme.accent), 5))
        self._ring.setVisible(True)
        colour = QColor(theme.series.get("x" if key == "inputs" else "y", theme.accent))
        self._token.setBrush(colour)
        self._token.setPen(QPen(QColor(theme.text), 1.5))
        self._token.setPos(_along(points, 0.0))
        self._token.setVisible(not motion_reduced())
        phase = PHASES[index]
        words = QCoreApplication.translate("Flow", phase.words)
        self.caption.setText(
            f"{index + 1}/{len(PHASES)}  {words}:  {phase.symbol} = {values[key]:.3f}"
        )
        self._highlight_phase(key)
        self._update_buttons()
        self.phaseChanged.emit(index, key)

    def _tick(self) -> None:
        if not self.running:
            self._timer.stop()
            return
        self.ticks += 1
        if motion_reduced():  # the next phase at once (at the speed chosen now)
            self._timer.setInterval(round(PHASE_MS / self._speed()))
        else:
            self._elapsed += TICK_MS * self._speed()
            points = PATHS[PHASES[self.phase].key][0]
            self._token.setPos(_along(points, self._elapsed / (PHASE_MS * 0.7)))
            self.frames += 1
            if self._elapsed < PHASE_MS:
                return
        if self.phase + 1 < len(PHASES):
            self._go_to_phase(self.phase + 1)
            return
        state = self._state
        if self.every_step.isChecked() and not state.at_end:
            self._moving_cursor = True
            try:
                state.step_forward()
            finally:
                self._moving_cursor = False
            self._go_to_phase(0)
            return
        self.stop()

    def _highlight_phase(self, key: str) -> None:
        if self._math is None or not hasattr(self._math, "lines"):
            return
        texts = [line for line, _colour in self._math.lines()]
        self._highlight(math_lines(texts, key))

    def _highlight(self, indices: list[int]) -> None:
        if self._math is not None and hasattr(self._math, "highlight_lines"):
            self._math.highlight_lines(indices)

    def _update_buttons(self) -> None:
        self.pause_button.setEnabled(self.running)
        self.back_button.setEnabled(self.running)
        paused = self.running and not self._playing
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
