"""The memory lesson's views: part 1 (the constant error carousel by hand), part 2 (the three
trained cells on "France … speak → French") and the panel that trains a cell. They draw what
the Qt-free `MemoryModel` computes, through the signals of its adapter (`MemoryState`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.errors import LessonError
from lstm_lab.engine.longlag import CELL_NAMES, LANGUAGES
from lstm_lab.lessons.compare.qt.curves_plot import CurvesPlot
from lstm_lab.lessons.memory.model import (
    CELL_DASHED,
    CELL_ROLES,
    CELL_TITLES,
    LEAKY_FORGET,
    MAX_HOLD,
    MAX_TASK_DELAY,
    MAX_UPDATES,
)
from lstm_lab.lessons.memory.qt.heat_strip import HeatStrip
from lstm_lab.lessons.memory.qt.state import MemoryState
from lstm_lab.ui.param_slider import FloatSlider
from lstm_lab.ui.speech import Speech
from lstm_lab.ui.theme import DARK, Theme

#: Each cell's marker on the learning curves, so that the cells differ without colour too.
CELL_SYMBOLS = {"rnn": "t", "lstm": "o", "gru": "s"}
#: The plot's markers as characters, for the swatches beside the answers.
SYMBOL_GLYPHS = {"t": "▼", "o": "●", "s": "■"}
#: Fillers shown at each end of a sentence before the rest is counted.
SHOWN_FILLERS = 3


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _number(value: float) -> str:
    return f"{value:.3g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.2e}"


class CarouselPage(QWidget):
    """Part 1: one LSTM unit with its gates set by hand (see `lstm_lab.lessons.memory.model`)."""

    def __init__(self, state: MemoryState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carouselPage")
        self._state = state
        self.value_slider = FloatSlider()  # hundredths: a screen reader hears the value
        self.value_slider.setObjectName("valueSlider")
        self.value_slider.set_float_range(-1.0, 1.0)
        self.value_slider.setToolTip(self.tr("The value the input gate writes at step 1"))
        self.value_slider.setAccessibleName(self.tr("Value written at step 1, −1 to 1"))
        self.value_label = _label("valueLabel", wrap=False)
        self.hold_spin = QSpinBox()
        self.hold_spin.setObjectName("holdSpin")
        self.hold_spin.setRange(1, MAX_HOLD)
        self.hold_spin.setToolTip(self.tr("Steps from the marker to the query"))
        self.hold_spin.setAccessibleName(self.tr("Steps held, from the marker to the query"))
        self.value_slider.valueChanged.connect(lambda v: self._set("value", v / 100))
        self.hold_spin.valueChanged.connect(lambda v: self._set("hold", v))

        gates = _label("carouselGates")
        gates.setText(
            self.tr(
                "One LSTM unit, gates set by hand: the input gate i = 1 only at step 1 (the "
                "marker), the forget gate f = 1 at every step, the output gate o = 1 only at "
                "the last step T (the query). C(t) = f·C(t−1) + i·g, h(t) = o·tanh(C(t))."
            )
        )
        self.state_plot = CurvesPlot(
            "carouselStatePlot", self.tr("step t"), self.tr("C(t), h(t)"),
            tooltip=self.tr("The cell state and the output of the hand-set unit"),
        )  # fmt: skip
        self.state_plot.add_curve("c", self.tr("C(t), f = 1"), "c", marker="o")
        self.state_plot.add_curve("h", self.tr("h(t), f = 1"), "h", dashed=True, marker="s")
        self.state_plot.add_curve(
            "leak", self.tr("C(t), f = 0.9"), "f", style="dashdot", marker="t"
        )
        self.grad_plot = CurvesPlot(
            "carouselGradientPlot", self.tr("step t"), self.tr("∂C(T)/∂C(t)"), log_y=True,
            tooltip=self.tr("How much of a change of C(t) reaches C(T): the product of the "
                            "forget gates after step t"),
        )  # fmt: skip
        self.grad_plot.add_curve("c", self.tr("f = 1: Π f = 1"), "c", marker="o")
        self.grad_plot.add_curve(
            "leak", self.tr("f = 0.9: 0.9^(T−t)"), "f", style="dashdot", marker="t"
        )
        self.readout = _label("carouselReadout")

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Value to keep:")))
        controls.addWidget(self.value_slider, 1)
        controls.addWidget(self.value_label)
        controls.addSpacing(16)
        controls.addWidget(QLabel(self.tr("Steps to keep it:")))
        controls.addWidget(self.hold_spin)
        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.setChildrenCollapsible(False)
        plots.addWidget(self.state_plot)
        plots.addWidget(self.grad_plot)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(gates)
        column.addLayout(controls)
        column.addWidget(plots, 1)
        column.addWidget(self.readout)
        self.plots = (self.state_plot, self.grad_plot)
        self.state_speech = Speech(self.state_plot, self.spoken_state)
        self.grad_speech = Speech(self.grad_plot, self.spoken_gradient)
        state.optionsChanged.connect(self.refresh)
        self.refresh()

    def _set(self, name: str, value) -> None:
        try:
            self._state.set_option(name, value)
        except LessonError:
            self.refresh()

    def refresh(self) -> None:
        options = self._state.options
        for widget, value in (
            (self.value_slider, round(options["value"] * 100)),
            (self.hold_spin, options["hold"]),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.value_label.setText(f"{options['value']:+.2f}")
        kept, leaky = self._state.part_one()
        t = kept.steps
        self.state_plot.set_data("c", t, kept.c)
        self.state_plot.set_data("h", t, kept.h)
        self.state_plot.set_data("leak", t, leaky.c)
        self.grad_plot.set_data("c", t, kept.grad)
        # A log axis shows twelve decades: what falls below is left out, not drawn at the floor.
        self.grad_plot.set_data("leak", t, np.where(leaky.grad >= 1e-12, leaky.grad, np.nan))
        for plot in self.plots:
            plot.fit()
        hold = options["hold"]
        self.readout.setText(
            self.tr(
                "After {hold} steps: C(T) = {kept} — exactly the value written at step 1; "
                "h(t) = 0 until the query, then h(T) = tanh(C(T)) = {answer}. "
                "∂C(T)/∂C(1) = {grad:g} with f = 1. With f = {leak}: C(T) = {leaky} and "
                "∂C(T)/∂C(1) = {leak}^{hold} = {leaky_grad}."
            ).format(
                hold=hold,
                kept=f"{kept.kept:g}",
                answer=f"{kept.answer:.4f}",
                grad=kept.grad[0],
                leak=f"{LEAKY_FORGET:g}",
                leaky=_number(leaky.kept),
                leaky_grad=_number(float(leaky.grad[0])),
            )
        )
        self.state_speech.changed()
        self.grad_speech.changed()

    def spoken_state(self) -> tuple[str, str]:
        """The state plot's figures for a screen reader, as the readout under it writes them."""
        kept, leaky = self._state.part_one()
        hold = self._state.options["hold"]
        return self.tr("Cell state and output over {steps} steps").format(steps=hold), self.tr(
            "With f = 1, C(t) = {kept} from step 1 to the query; h(t) = 0 until the query, "
            "then h(T) = {answer}. With f = {leak}, C(T) = {leaky}."
        ).format(
            kept=f"{kept.kept:g}",
            answer=f"{kept.answer:.4f}",
            leak=f"{LEAKY_FORGET:g}",
            leaky=_number(leaky.kept),
        )

    def spoken_gradient(self) -> tuple[str, str]:
        """The gradient plot's figures for a screen reader, as the readout writes them."""
        kept, leaky = self._state.part_one()
        hold = self._state.options["hold"]
        return self.tr("Gradient ∂C(T)/∂C(t) over {steps} steps").format(steps=hold), self.tr(
            "∂C(T)/∂C(1) = {grad:g} with f = 1; {leaky_grad} with f = {leak}, that is "
            "{leak}^{hold}."
        ).format(
            grad=kept.grad[0],
            leaky_grad=_number(float(leaky.grad[0])),
            leak=f"{LEAKY_FORGET:g}",
            hold=hold,
        )

    def apply_theme(self, theme: Theme) -> None:
        for plot in self.plots:
            plot.apply_theme(theme)

    def set_text_scale(self, scale: float) -> None:
        for plot in self.plots:
            plot.set_text_scale(scale)


def sentence_text(words: list[str], answer: str) -> str:
    """A sentence as the lesson shows it: the country, a few fillers, how many are left out,
    the last fillers, then "speak → answer"."""
    country, fillers, query = words[0], words[1:-1], words[-1]
    if len(fillers) <= 2 * SHOWN_FILLERS + 1:
        middle = "  ".join(fillers)
    else:
        left_out = len(fillers) - 2 * SHOWN_FILLERS
        middle = "  ".join(
            [
                *fillers[:SHOWN_FILLERS],
                QCoreApplication.translate("MemoryLesson", "… ({count} more words) …").format(
                    count=left_out
                ),
                *fillers[-SHOWN_FILLERS:],
            ]
        )
    return f"{country}  {middle}  {query} → {answer}"


class TaskPage(QWidget):
    """Part 2: the three cells' held-out accuracy and learning curves, a sentence and their
    answers, the LSTM's cell state over that sentence."""

    def __init__(self, state: MemoryState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPage")
        self._state = state
        self._theme = DARK
        summary = QGridLayout()
        summary.setContentsMargins(0, 0, 0, 0)
        self.summary_labels: dict[str, QLabel] = {}
        self.answer_labels: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        for row, cell in enumerate(CELL_NAMES):
            swatch = _label(f"{cell}Swatch", wrap=False)
            label = _label(f"{cell}Summary")
            self.swatches[cell] = swatch
            self.summary_labels[cell] = label
            summary.addWidget(swatch, row, 0)
            summary.addWidget(label, row, 1)
        summary.setColumnStretch(1, 1)
        self.curve_plot = CurvesPlot(
            "accuracyPlot", self.tr("update"), self.tr("held-out accuracy"), y_range=(0.0, 1.0),
            tooltip=self.tr("Accuracy on held-out sentences, measured every 250 updates"),
        )  # fmt: skip
        for cell in CELL_NAMES:
            self.curve_plot.add_curve(
                cell,
                CELL_TITLES[cell],
                CELL_ROLES[cell],
                CELL_DASHED[cell],
                marker=CELL_SYMBOLS[cell],
            )
        self.curve_plot.add_curve("chance", self.tr("chance 25 %"), "target", style="dot")

        self.sentence = _label("sampleSentence")
        self.next_button = QPushButton(self.tr("Another sentence"))
        self.next_button.setObjectName("nextSentence")
        self.next_button.clicked.connect(state.next_sample)
        answers = QHBoxLayout()
        for cell in CELL_NAMES:
            label = _label(f"{cell}Answer")  # wraps at large text instead of being cut
            self.answer_labels[cell] = label
            answers.addWidget(label)
        answers.addStretch(1)
        answers.addWidget(self.next_button)
        self.strip = HeatStrip()
        self.carrier_label = _label("carrierUnit")

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(summary)
        top_column.addWidget(self.curve_plot, 1)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addWidget(self.sentence)
        bottom_column.addLayout(answers)
        bottom_column.addWidget(self.strip, 1)
        bottom_column.addWidget(self.carrier_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([1, 1])
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(split)
        self.speech = Speech(self.curve_plot, self.spoken_results)
        state.resultsChanged.connect(lambda _cell: self.show_results())
        state.sampleChanged.connect(self.show_sample)
        self.show_results()
        self.show_sample()

    def show_results(self) -> None:
        for cell in CELL_NAMES:
            result = self._state.results[cell]
            s = result.settings
            if result.learnt:
                verdict = self.tr("learnt by update {update}").format(update=result.learnt_at)
            else:
                verdict = self.tr("not learnt")
            source = self.tr("shipped run") if result.shipped else self.tr("your run")
            self.summary_labels[cell].setText(
                self.tr(
                    "{cell}: held-out accuracy {accuracy} (chance {chance}), {verdict} — "
                    "{source}, delay {delay}, {updates} updates, seed {seed}"
                ).format(
                    cell=CELL_TITLES[cell],
                    accuracy=f"{100 * result.test_accuracy:.1f} %",
                    chance=f"{100 * result.chance:.0f} %",
                    verdict=verdict,
                    source=source,
                    delay=s.delay,
                    updates=s.updates,
                    seed=s.seed,
                )
            )
            updates = [u for u, _ in result.accuracies]
            values = [a for _, a in result.accuracies]
            self.curve_plot.set_data(cell, updates, values)
        longest = max(r.settings.updates for r in self._state.results.values())
        self.curve_plot.set_data("chance", [0, longest], [0.25, 0.25])
        self.curve_plot.fit()
        self._colour_swatches()
        self.speech.changed()

    def spoken_results(self) -> tuple[str, str]:
        """The accuracy plot's figures for a screen reader: each cell's last held-out accuracy,
        as its summary line writes it, and whether it learnt the task."""
        said = []
        for cell in CELL_NAMES:
            result = self._state.results[cell]
            if result.learnt:
                verdict = self.tr("learnt by update {update}").format(update=result.learnt_at)
            else:
                verdict = self.tr("not learnt")
            said.append(
                self.tr("{cell} {accuracy}, {verdict}").format(
                    cell=CELL_TITLES[cell],
                    accuracy=f"{100 * result.test_accuracy:.1f} %",
                    verdict=verdict,
                )
            )
        chance = next(iter(self._state.results.values())).chance
        return self.tr("Held-out accuracy while training"), self.tr(
            "Held-out accuracy (chance {chance}): {cells}."
        ).format(chance=f"{100 * chance:.0f} %", cells=self.tr("; ").join(said))

    def show_sample(self) -> None:
        state = self._state
        tokens, answer = state.sample()
        task = state.task
        self.sentence.setText(sentence_text(task.words(tokens), LANGUAGES[answer]))
        for cell, said in state.answers().items():
            mark = "✓" if said == answer else "✗"
            self.answer_labels[cell].setText(
                self.tr("{cell} says {language} {mark}").format(
                    cell=CELL_TITLES[cell], language=LANGUAGES[said], mark=mark
                )
            )
        carrier = state.carrier()
        self.strip.show_states(state.sample_cell_states(), carrier.unit)
        means = ", ".join(
            f"{country} {mean:+.2f}"
            for country, mean in zip(task.vocabulary, carrier.means, strict=False)
        )
        self.carrier_label.setText(
            self.tr(
                "The LSTM's cell state C(t), a row per unit, over this sentence (blue below 0, "
                "red above). Unit {unit} (framed) carries the country across the gap: after the "
                "last filler word its C is on average {means} ({count} held-out sentences)."
            ).format(unit=carrier.unit + 1, means=means, count=256)
        )
        self._colour_swatches()

    def _colour_swatches(self) -> None:
        for cell in CELL_NAMES:
            colour = self._theme.label(CELL_ROLES[cell])
            line = "╍" if CELL_DASHED[cell] else "━"
            self.swatches[cell].setText(line + SYMBOL_GLYPHS[CELL_SYMBOLS[cell]] + line)
            self.swatches[cell].setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.answer_labels[cell].setStyleSheet(f"color: {colour};")

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.curve_plot.apply_theme(theme)
        self.strip.apply_theme(theme)
        self._colour_swatches()

    def set_text_scale(self, scale: float) -> None:
        self.curve_plot.set_text_scale(scale)
        self.strip.set_text_scale(scale)


class TrainPanel(QWidget):
    """The panel "Train it yourself": the lesson's cell, seed, delay and updates, Train, Stop
    and the run's progress. ``trainRequested`` and ``stopRequested`` go to the window."""

    trainRequested = Signal()
    stopRequested = Signal()

    def __init__(self, state: MemoryState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainPanel")
        self._state = state
        self.cell_box = QComboBox()
        self.cell_box.setObjectName("cellBox")
        for cell in CELL_NAMES:
            self.cell_box.addItem(CELL_TITLES[cell], cell)
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.delay_spin = QSpinBox()
        self.delay_spin.setObjectName("delaySpin")
        self.delay_spin.setRange(1, MAX_TASK_DELAY)
        self.delay_spin.setToolTip(self.tr("Filler words between the country and “speak”"))
        self.updates_spin = QSpinBox()
        self.updates_spin.setObjectName("updatesSpin")
        self.updates_spin.setRange(1, MAX_UPDATES)
        self.updates_spin.setSingleStep(250)
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setObjectName("trainButton")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.shipped_button = QPushButton(self.tr("Shipped results"))
        self.shipped_button.setObjectName("shippedButton")
        self.shipped_button.setToolTip(self.tr("Show the runs that come with the app again"))
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.status = _label("trainStatus")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Cell:"), self.cell_box)
        form.addRow(self.tr("Seed:"), self.seed_spin)
        form.addRow(self.tr("Delay N:"), self.delay_spin)
        form.addRow(self.tr("Updates:"), self.updates_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.stop_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        intro = _label("trainIntro")
        intro.setText(
            self.tr(
                "Train one cell with the lesson's settings (16 units, Adam, learning rate "
                "0.003, batches of 32); its result replaces the one shown when it ends."
            )
        )
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.shipped_button)
        column.addStretch(1)
        self.cell_box.currentIndexChanged.connect(
            lambda _i: self._set("cell", self.cell_box.currentData())
        )
        self.seed_spin.valueChanged.connect(lambda v: self._set("seed", v))
        self.delay_spin.valueChanged.connect(lambda v: self._set("delay", v))
        self.updates_spin.valueChanged.connect(lambda v: self._set("updates", v))
        self.train_button.clicked.connect(self.trainRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self.shipped_button.clicked.connect(state.restore_shipped)
        state.optionsChanged.connect(self.refresh)
        state.progressChanged.connect(self.show_progress)
        state.trainingChanged.connect(self.set_running)
        self.refresh()
        self.set_running(False)
        self.status.setText(self.tr("Shown: the runs shipped with the app."))

    def _set(self, name: str, value) -> None:
        try:
            self._state.set_option(name, value)
        except LessonError:
            self.refresh()

    def refresh(self) -> None:
        options = self._state.options
        for widget, value in (
            (self.seed_spin, options["seed"]),
            (self.delay_spin, options["delay"]),
            (self.updates_spin, options["updates"]),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.cell_box.blockSignals(True)
        self.cell_box.setCurrentIndex(CELL_NAMES.index(options["cell"]))
        self.cell_box.blockSignals(False)

    def set_running(self, running: bool) -> None:
        for widget in (
            self.cell_box, self.seed_spin, self.delay_spin, self.updates_spin,
            self.train_button, self.shipped_button,
        ):  # fmt: skip
            widget.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def show_progress(self) -> None:
        p = self._state.progress
        self.progress.setRange(0, max(1, p.updates))
        self.progress.setValue(p.update)
        accuracy = "—" if p.accuracy is None else f"{100 * p.accuracy:.1f} %"
        loss = np.nan if not p.losses else float(np.mean(p.losses[-50:]))
        self.status.setText(
            self.tr(
                "{cell}: update {update} of {updates}, loss {loss} (chance ln 4 = 1.386), "
                "held-out accuracy {accuracy}"
            ).format(
                cell=CELL_TITLES.get(p.cell, p.cell),
                update=p.update,
                updates=p.updates,
                loss=f"{loss:.3f}",
                accuracy=accuracy,
            )
        )

    def show_end(self, text: str) -> None:
        self.status.setText(text)
