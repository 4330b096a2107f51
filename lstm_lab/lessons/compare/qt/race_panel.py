"""The race: "Train all three to remember" on the delay-k echo task (`lstm_lab.engine.race`).

The delay k, the first seed, the number of seeds, the learning rate and the number of units of
every cell (1 to 8) are controls; the race
runs its seeds one after the other and the verdict says in how many each cell learnt. The race
and what it leaves (the settings, the loss histories of every seed, the verdict) belong to the
Qt-free model (`CompareModel.race`, `lstm_lab.lessons.compare.race`); this panel shows them. The
model's race is an iterator of rounds (one epoch of each cell per round) that the one pump
(`lstm_lab.ui.pump.Pump`) pulls in the GUI thread, a few milliseconds per timer tick: the loss
curves grow live (redrawn on the pump's ``refreshed``), Stop takes effect before the next round,
and no other thread ever exists to touch a widget.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
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
    DEFAULT_EPOCHS,
    LEARNING_RATE_RANGE,
    MAX_DELAY,
    MAX_SEEDS,
    MAX_UNITS,
    RACE_ORDER,
)
from lstm_lab.lessons.compare.model import CELL_MARKERS
from lstm_lab.lessons.compare.qt.curves_plot import CurvesPlot
from lstm_lab.lessons.compare.qt.state import CompareState
from lstm_lab.lessons.compare.race import MAX_SEED
from lstm_lab.ui.pump import Pump

#: Time the GUI thread spends on rounds per timer tick (ms); the rest is the event loop's.
TICK_BUDGET_MS = 8.0
#: The loss curves are redrawn at most this often while a race runs (ms).
REFRESH_MS = 50


class RacePanel(QWidget):
    """k, the seeds, the learning rate, the units per cell, Train / Stop, the loss curves of
    every seed and the verdict, all read from the model (``state``). ``raceFinished`` once a
    race ends (finished, stopped or failed); ``delayChanged(k)`` when the student changes k."""

    raceFinished = Signal()
    delayChanged = Signal(int)

    def __init__(
        self, state: CompareState, roles: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("racePanel")
        self.state = state
        self.delay = QSpinBox()
        self.delay.setObjectName("raceDelay")
        self.delay.setRange(1, MAX_DELAY)
        self.delay.setValue(state.delay)
        self.delay.setToolTip(
            self.tr("k: how many steps the output must wait before repeating the pulse")
        )
        self.delay.valueChanged.connect(self.delayChanged)
        self.delay.valueChanged.connect(state.set_delay)
        self.seed = QSpinBox()
        self.seed.setObjectName("raceSeed")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(state.race.seed)
        self.seed.setToolTip(
            self.tr(
                "The first seed of the random sequences (the same for all three cells); the "
                "next seeds follow it"
            )
        )
        self.seed.valueChanged.connect(state.set_race_seed)
        self.seeds = QSpinBox()
        self.seeds.setObjectName("raceSeeds")
        self.seeds.setRange(1, MAX_SEEDS)
        self.seeds.setValue(state.race.seed_count)
        self.seeds.setToolTip(
            self.tr(
                "How many seeds the race runs, one after the other: one seed can be lucky, "
                "so the verdict counts in how many each cell learnt"
            )
        )
        self.seeds.valueChanged.connect(state.set_race_seeds)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setObjectName("raceLearningRate")
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(*LEARNING_RATE_RANGE)
        self.learning_rate.setSingleStep(0.005)
        self.learning_rate.setValue(state.race.learning_rate)
        self.learning_rate.setToolTip(self.tr("Adam's learning rate, the same for all three cells"))
        self.learning_rate.valueChanged.connect(state.set_race_learning_rate)
        self.units = QSpinBox()
        self.units.setObjectName("raceUnits")
        self.units.setRange(1, MAX_UNITS)
        self.units.setValue(state.race.units)
        self.units.setToolTip(
            self.tr(
                "How many units each of the three cells has. One unit: the cells of this "
                "lesson; more: a layer of that many units and a linear read-out of its last "
                "state, started from random weights (the same in every seed)"
            )
        )
        self.units.valueChanged.connect(state.set_race_units)
        self.train_button = QPushButton(self.tr("Train all three to remember"))
        self.train_button.setObjectName("raceTrainButton")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("raceStopButton")
        self.train_button.clicked.connect(lambda _checked=False: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.about = QLabel(
            self.tr(
                "Each sequence starts with a pulse of random height; k steps later the output "
                "must repeat it. The three cells have the same number of units (one by "
                "default) and train with the same Adam, learning rate, seeds and budget ({epochs} "
                "epochs a seed), one seed after another; each starts from its default weights "
                "(with more units, random ones, the same in every seed), the LSTM's forget "
                "bias at 1, as LSTMs usually start."
            ).format(epochs=DEFAULT_EPOCHS)
        )
        self.about.setWordWrap(True)
        self.plot = CurvesPlot(
            "raceLossPlot",
            self.tr("epoch"),
            self.tr("loss (MSE)"),
            log_y=True,
            tooltip=self.tr(
                "The training loss of each cell, epoch by epoch (log scale): the seed running "
                "or run last, thick; the seeds before it, thin"
            ),
        )
        self._roles = dict(roles)
        self._past_curves = 0  # seeds before the last whose curves exist
        for name in RACE_ORDER:
            self.plot.add_curve(name, CELLS[name].title, roles[name], marker=CELL_MARKERS[name])
        self.verdict = QLabel("")
        self.verdict.setObjectName("raceVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Delay k"), self.delay)
        form.addRow(self.tr("Seeds"), self.seeds)
        form.addRow(self.tr("First seed"), self.seed)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("Units per cell"), self.units)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button, 1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.about)
        layout.addWidget(self.verdict)  # above the plot, so it is seen without scrolling
        layout.addWidget(self.plot, 1)
        self.pump = Pump(self, budget_ms=TICK_BUDGET_MS, refresh_ms=REFRESH_MS)
        self.pump.refreshed.connect(state.publish_race)
        self.pump.finished.connect(self._finished)
        state.delayChanged.connect(self._show_delay)
        state.raceSeedChanged.connect(self._show_seed)
        state.raceSettingsChanged.connect(self._show_settings)
        state.raceRunningChanged.connect(self._show_running)
        state.raceProgressed.connect(self._show_progress)
        state.raceVerdictChanged.connect(self.verdict.setText)
        self._show_running(state.race.running)
        self.verdict.setText(state.race.verdict)
        if any(state.race.histories.values()):
            self._show_progress()

    @property
    def running(self) -> bool:
        return self.state.race.running

    def set_delay(self, delay: int) -> None:
        if self.delay.value() != delay:
            self.delay.setValue(delay)

    def start(self, epochs: int = DEFAULT_EPOCHS) -> None:
        """Race the three cells on the pump, unless a race runs."""
        if self.running or self.pump.is_running:
            return
        self.pump.start(self.state.race_steps(epochs))

    def stop(self) -> None:
        """The race ends before its next round."""
        self.pump.stop()

    def stop_now(self) -> None:
        """End a race at once (a lesson is being replaced, the window closes)."""
        self.pump.stop_now()

    def shutdown(self) -> None:
        self.stop_now()

    # -------------------------------------------------------------------- showing
    def _show_delay(self) -> None:
        self.set_delay(self.state.delay)

    def _show_seed(self, seed: int) -> None:
        if self.seed.value() != seed:
            self.seed.setValue(seed)

    def _show_settings(self) -> None:
        race = self.state.race
        if self.seeds.value() != race.seed_count:
            self.seeds.setValue(race.seed_count)
        if self.learning_rate.value() != race.learning_rate:
            self.learning_rate.setValue(race.learning_rate)
        if self.units.value() != race.units:
            self.units.setValue(race.units)

    def _show_running(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for box in (self.delay, self.seeds, self.learning_rate, self.units):
            box.setEnabled(not running)

    def _show_progress(self) -> None:
        race = self.state.race
        past = race.past_histories
        while self._past_curves < len(past):  # thin curves for the seeds that have ended
            for name in RACE_ORDER:
                self.plot.add_curve(
                    f"{name}:{self._past_curves}",
                    "",
                    self._roles[name],
                    width=1.0,
                    legend=False,
                )
            self._past_curves += 1
        for index in range(self._past_curves):
            for name in RACE_ORDER:
                losses = past[index][name] if index < len(past) else []
                self.plot.set_data(f"{name}:{index}", np.arange(1, len(losses) + 1), losses)
        for name, losses in race.histories.items():
            self.plot.set_data(name, np.arange(1, len(losses) + 1), losses)
        self.plot.fit()

    def _finished(self, _reason: str) -> None:
        # The model's race has ended with the pump's run (the pump closes the race's iterator)
        # and said why in its verdict.
        self.raceFinished.emit()

    def apply_theme(self, theme) -> None:
        self.plot.apply_theme(theme)

    def set_text_scale(self, scale: float) -> None:
        self.plot.set_text_scale(scale)
