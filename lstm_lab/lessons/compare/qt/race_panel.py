"""The race: "Train all three to remember" on the delay-k echo task (`lstm_lab.engine.race`).

The three runs are interleaved in one generator (one epoch of each per round) and pulled by the
app's `TimerPump` in the GUI thread, a few milliseconds per timer tick: the loss curves grow
live, Stop takes effect at the next tick, and no other thread ever exists to touch a widget.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.engine import CELLS
from lstm_lab.engine.race import (
    BASELINE_MSE,
    DEFAULT_EPOCHS,
    LEARNT_SHARE,
    MAX_DELAY,
    RACE_ORDER,
    EchoTask,
    RaceStep,
    race,
    test_mse,
)
from lstm_lab.lessons.compare.qt.curves_plot import CurvesPlot
from lstm_lab.ui.pump import TimerPump, TrainingProgress

DEFAULT_SEED = 1
REFRESH_MS = 50


class RacePanel(QWidget):
    """k, seed, Train / Stop, the three loss curves and the verdict. ``raceFinished`` once a
    race ends (finished or stopped); ``delayChanged(k)`` when the student changes k."""

    raceFinished = Signal()
    delayChanged = Signal(int)

    def __init__(self, roles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("racePanel")
        self.delay = QSpinBox()
        self.delay.setObjectName("raceDelay")
        self.delay.setRange(1, MAX_DELAY)
        self.delay.setValue(5)
        self.delay.setToolTip("k: how many steps the output must wait before repeating the pulse")
        self.delay.valueChanged.connect(self.delayChanged)
        self.seed = QSpinBox()
        self.seed.setObjectName("raceSeed")
        self.seed.setRange(0, 9999)
        self.seed.setValue(DEFAULT_SEED)
        self.seed.setToolTip("The random sequences (the same for all three cells)")
        self.train_button = QPushButton("Train all three to remember")
        self.train_button.setObjectName("raceTrainButton")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("raceStopButton")
        self.stop_button.setEnabled(False)
        self.train_button.clicked.connect(lambda _checked=False: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.about = QLabel(
            "Each sequence starts with a pulse of random height; k steps later the output "
            "must repeat it. Same Adam, seed and budget "
            f"({DEFAULT_EPOCHS} epochs) for all three; each starts from its default weights "
            "(the LSTM's forget bias at 1, as LSTMs usually start)."
        )
        self.about.setWordWrap(True)
        self.plot = CurvesPlot(
            "raceLossPlot",
            "epoch",
            "loss (MSE)",
            log_y=True,
            tooltip="The training loss of each cell, epoch by epoch (log scale)",
        )
        for name in RACE_ORDER:
            self.plot.add_curve(name, CELLS[name].title, roles[name])
        self.verdict = QLabel("")
        self.verdict.setObjectName("raceVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow("Delay k", self.delay)
        form.addRow("Seed", self.seed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button, 1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.about)
        layout.addWidget(self.verdict)  # above the plot, so it is seen without scrolling
        layout.addWidget(self.plot, 1)
        self.pump: TimerPump | None = None
        self.progress: TrainingProgress | None = None
        self.last: RaceStep | None = None
        self._history: dict[str, list[float]] = {}
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._show_progress)

    @property
    def running(self) -> bool:
        return self.pump is not None and self.pump.isRunning()

    def set_delay(self, delay: int) -> None:
        if self.delay.value() != delay:
            self.delay.setValue(delay)

    def start(self, epochs: int = DEFAULT_EPOCHS) -> None:
        if self.running:
            return
        self.verdict.setText("Training…")
        self._history = {name: [] for name in RACE_ORDER}
        self.last = None
        steps = self._recording(race(self.delay.value(), seed=self.seed.value(), epochs=epochs))
        self.progress = TrainingProgress()
        self.pump = TimerPump(steps, self.progress, parent=self)
        self.pump.finished.connect(self._finished)
        self.train_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.delay.setEnabled(False)
        self.pump.start()
        self._refresh.start()

    def _recording(self, steps):
        for step in steps:
            self.last = step
            for name, train_step in step.steps.items():
                self._history[name].append(train_step.loss)
            yield step

    def stop(self) -> None:
        if self.pump is not None and self.pump.isRunning():
            self.pump.request_stop()

    def shutdown(self) -> None:
        if self.pump is not None:
            self.pump.wait()

    def _show_progress(self) -> None:
        for name, losses in self._history.items():
            self.plot.set_data(name, np.arange(1, len(losses) + 1), losses)
        self.plot.fit()

    def _finished(self) -> None:
        self._refresh.stop()
        self._show_progress()
        self.train_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.delay.setEnabled(True)
        last = self.last
        if self.pump is not None and self.pump.error is not None:
            self.verdict.setText(f"Training stopped: {self.pump.error}")
        elif last is None:
            self.verdict.setText("Stopped before the first epoch.")
        else:
            self.verdict.setText(self._verdict(last))
        self.raceFinished.emit()

    def _verdict(self, last: RaceStep) -> str:
        task = EchoTask(self.delay.value())
        threshold = LEARNT_SHARE * BASELINE_MSE
        words = []
        for name in RACE_ORDER:
            if name in last.test:
                mse = last.test[name]
            elif name in last.steps:
                mse = test_mse(CELLS[name], last.steps[name].params, task, self.seed.value())
            else:
                continue
            learnt = mse < threshold
            verb = "<b>learnt</b> it" if learnt else "did <b>not</b> learn it"
            shown = "∞" if not math.isfinite(mse) else f"{mse:.4f}"
            words.append(f"{CELLS[name].title} {verb} (test MSE {shown})")
        stopped = "" if last.finished else f"Stopped after {last.epoch} epochs. "
        return (
            f"{stopped}Delay k = {self.delay.value()}: " + "; ".join(words) + ". "
            f"Learnt: test MSE on 200 fresh sequences below {threshold:.4f}, a tenth of what "
            "forgetting the pulse costs."
        )

    def apply_theme(self, theme) -> None:
        self.plot.apply_theme(theme)

    def set_text_scale(self, scale: float) -> None:
        self.plot.set_text_scale(scale)
