"""The Settings view of the poetry window: the model that writes, the temperature, the speed,
the seed and the length, each a control bound to the lesson's model (`PoetryState`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import error_text
from lstm_lab.engine.charmodel import ModelError
from lstm_lab.lessons.poetry.model import ModelDetails, file_size
from lstm_lab.lessons.poetry.options import MAX_LENGTH, MAX_SPEED, MAX_TEMPERATURE, MIN_TEMPERATURE
from lstm_lab.ui.accessible import SliderScale, speak_slider_in


def wrapping_form() -> QFormLayout:
    """A form whose fields go under their labels where the column is too narrow for both."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsPanel(QWidget):
    """The controls of writing (see the module). ``problem(title, text)``: a model could not
    be loaded, for a message."""

    problem = Signal(str, str)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("poetryControls")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        form = wrapping_form()
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("modelCombo")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(10)
        self.model_combo.addItem(self.tr("Tang poems"), "tang")
        self.model_combo.addItem(self.tr("Shakespeare"), "shakespeare")
        form.addRow(self.tr("Model"), self.model_combo)
        self.model_info = QLabel()
        self.model_info.setObjectName("modelInfo")
        self.model_info.setTextFormat(Qt.TextFormat.PlainText)
        self.model_info.setWordWrap(True)
        form.addRow(self.model_info)
        column.addLayout(form)
        column.addWidget(self._temperature_box())
        column.addWidget(self._writing_box())
        column.addStretch(1)

        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self.temperature_slider.valueChanged.connect(
            lambda value: state.set_temperature(value / 100)
        )
        self.greedy_check.toggled.connect(state.set_greedy)
        self.speed_slider.valueChanged.connect(state.set_speed)
        self.seed_spin.valueChanged.connect(state.set_seed)
        self.length_spin.valueChanged.connect(state.set_length)
        state.temperatureChanged.connect(self._show_temperature)
        state.seedChanged.connect(lambda _seed: self._show_options())
        state.lengthChanged.connect(lambda _length: self._show_options())
        state.speedChanged.connect(lambda _speed: self._show_options())
        state.charModelChanged.connect(self._show_model)
        state.choicesChanged.connect(self._show_choices)
        self._show_options()
        self._show_model()

    def _temperature_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Temperature"))
        inner = QVBoxLayout(box)
        line = QHBoxLayout()
        self.temperature_slider = QSlider(Qt.Orientation.Horizontal)
        self.temperature_slider.setObjectName("temperatureSlider")
        self.temperature_slider.setRange(round(MIN_TEMPERATURE * 100), round(MAX_TEMPERATURE * 100))
        self.temperature_slider.setSingleStep(5)
        self.temperature_slider.setPageStep(10)
        speak_slider_in(  # a screen reader hears T, not the position in hundredths
            self.temperature_slider,
            SliderScale(lambda position: position / 100, lambda value: round(value * 100)),
        )
        self.temperature_label = QLabel()
        self.temperature_label.setObjectName("temperatureLabel")
        line.addWidget(self.temperature_slider, 1)
        line.addWidget(self.temperature_label)
        inner.addLayout(line)
        self.greedy_check = QCheckBox(self.tr("Greedy"))
        self.greedy_check.setToolTip(self.tr("Always take the most likely character"))
        self.greedy_check.setObjectName("greedyCheck")
        greedy_note = QLabel(self.tr("(the limit T → 0)"))
        greedy_note.setWordWrap(True)
        greedy_row = QHBoxLayout()
        greedy_row.addWidget(self.greedy_check)
        greedy_row.addWidget(greedy_note, 1)
        inner.addLayout(greedy_row)
        sentence = QLabel(
            self.tr(
                "The model gives every character a score; the scores are divided by T before "
                "the softmax turns them into probabilities. Low T sharpens the choice (the "
                "likeliest characters, again and again), high T flattens it (rarer ones); as "
                "T → 0 it always takes the most likely one."
            )
        )
        sentence.setWordWrap(True)
        sentence.setObjectName("temperatureSentence")
        inner.addWidget(sentence)
        return box

    def _writing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Writing"))
        form = wrapping_form()
        box.setLayout(form)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speedSlider")
        self.speed_slider.setRange(1, MAX_SPEED)
        self.speed_slider.setAccessibleName(self.tr("Writing speed"))
        self.speed_label = QLabel()
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_label)
        form.addRow(self.tr("Speed"), speed_row)
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(
            self.tr("The same seed, prompt and temperature write the same text")
        )
        self.seed_spin.setAccessibleName(self.tr("Seed"))
        self.new_seed = QPushButton(self.tr("New"))
        self.new_seed.setObjectName("newSeedButton")
        self.new_seed.setToolTip(self.tr("A new random seed: another text"))
        self.new_seed.setAccessibleName(self.tr("New seed"))
        self.new_seed.clicked.connect(
            lambda: self.seed_spin.setValue(int(np.random.default_rng().integers(0, 100000)))
        )
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_seed)
        form.addRow(self.tr("Seed"), seed_row)
        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("lengthSpin")
        self.length_spin.setRange(1, MAX_LENGTH)
        self.length_spin.setAccessibleName(self.tr("Characters to write, at most"))
        form.addRow(self.tr("At most"), self.length_spin)
        return box

    # -------------------------------------------------------------------- showing the model
    def _show_options(self) -> None:
        state = self.state
        for widget, value in (
            (self.temperature_slider, round(state.option("temperature") * 100)),
            (self.greedy_check, state.greedy),
            (self.seed_spin, state.option("seed")),
            (self.length_spin, state.option("length")),
            (self.speed_slider, state.option("speed")),
        ):
            with QSignalBlocker(widget):
                if isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                else:
                    widget.setValue(value)
        speed = state.option("speed")
        self.speed_label.setText(self.tr("{speed}/s").format(speed=speed))
        self.speed_label.setToolTip(self.tr("{speed} characters a second").format(speed=speed))
        self._show_temperature()

    def _show_temperature(self, _temperature: float = 0.0) -> None:
        state = self.state
        greedy = state.greedy
        value = state.option("temperature")
        for widget in (self.temperature_slider, self.greedy_check):
            with QSignalBlocker(widget):
                if widget is self.greedy_check:
                    widget.setChecked(greedy)
                else:
                    widget.setValue(round(value * 100))
        self.temperature_slider.setEnabled(not greedy)
        self.temperature_label.setText("T → 0" if greedy else f"T = {value:.2f}")

    def _show_choices(self) -> None:
        for key, title in self.state.choices.items():
            index = self.model_combo.findData(key)
            if index < 0:
                self.model_combo.addItem(title, key)
            else:
                self.model_combo.setItemText(index, title)

    def _show_model(self) -> None:
        with QSignalBlocker(self.model_combo):
            index = self.model_combo.findData(self.state.model_name)
            self.model_combo.setCurrentIndex(max(0, index))
        self.model_info.setText(self.details_text(self.state.model_details()))

    def details_text(self, details: ModelDetails) -> str:
        """The model in words: its size, its held-out loss and the bigram model's."""
        head = [
            self.tr("{count} symbols").format(count=f"{details.symbols:,}"),
            self.tr("LSTM of {units} units").format(units=details.hidden),
        ]
        if details.name == "tang":
            head.insert(0, self.tr("Poems of five characters a line"))
        if details.epochs:
            head.append(self.tr("trained {epochs} epochs").format(epochs=details.epochs))
        layers = self.tr("{count} layer") if details.layers == 1 else self.tr("{count} layers")
        size = [
            layers.format(count=details.layers),
            self.tr("{count} weights").format(count=f"{details.weights:,}"),
        ]
        if details.file_bytes is not None:
            size.append(self.tr("file {size}").format(size=file_size(details.file_bytes)))
        comma, sentence = self.tr(", "), self.tr("{sentence}.")
        lines = [
            sentence.format(sentence=comma.join(head)),
            sentence.format(sentence=comma.join(size)),
        ]
        loss = details.held_out_loss
        if loss is not None:
            lines.append(self._held_out_text(details, loss))
        if details.bigram_loss is not None:
            lines.append(self._bigram_text(details))
        return "\n".join(lines)

    def _held_out_text(self, details: ModelDetails, loss: float) -> str:
        count = details.held_out_records
        if details.poems and count:
            words = self.tr(
                "Held-out loss on {count} poems it never read: {loss} nats per symbol (a "
                "character, a punctuation mark or the end of the poem)"
            )
        elif details.poems:
            words = self.tr(
                "Held-out loss: {loss} nats per symbol (a character, a punctuation mark or the "
                "end of the poem)"
            )
        elif count and details.corpus == "shakespeare":
            words = self.tr(
                "Held-out loss on {count} speeches it never read: {loss} nats per symbol (a "
                "character or the end of a speech)"
            )
        elif count:
            words = self.tr(
                "Held-out loss on {count} passages it never read: {loss} nats per symbol (a "
                "character or the end of a passage)"
            )
        else:
            words = self.tr(
                "Held-out loss: {loss} nats per symbol (a character or the end of a passage)"
            )
        words = words.format(count=count, loss=f"{loss:.2f}")
        if details.held_out_loss_per_char is not None:
            words += self.tr(", ") + self.tr("{loss} nats per Chinese character").format(
                loss=f"{details.held_out_loss_per_char:.2f}"
            )
        return self.tr("{sentence}.").format(sentence=words)

    def _bigram_text(self, details: ModelDetails) -> str:
        words = self.tr(
            "A bigram model, which knows only which character follows which (counted in the "
            "same training texts): {loss} nats per symbol"
        ).format(loss=f"{details.bigram_loss:.2f}")
        if details.bigram_loss_per_char is not None:
            words += self.tr(", ") + self.tr("{loss} per Chinese character").format(
                loss=f"{details.bigram_loss_per_char:.2f}"
            )
        temperature = details.bigram_temperature
        samples = details.bigram_samples
        five, shape = details.bigram_five_share, details.bigram_four_or_eight_share
        if temperature and samples and five is not None and shape is not None:
            words += self.tr("; ") + self.tr(
                "of its {samples} poems at T = {temperature}, {five} % of the half-lines have "
                "five characters and {shape} % of the poems 4 or 8 half-lines"
            ).format(
                samples=samples,
                temperature=f"{temperature:g}",
                five=f"{100 * five:.0f}",
                shape=f"{100 * shape:.0f}",
            )
        elif temperature and samples and details.bigram_word_share is not None:
            words += self.tr("; ") + self.tr(
                "at T = {temperature}, {share} % of the words it writes are words of its text"
            ).format(temperature=f"{temperature:g}", share=f"{100 * details.bigram_word_share:.0f}")
        return self.tr("{sentence}.").format(sentence=words)

    def _on_model_chosen(self, _index: int) -> None:
        try:
            self.state.choose_model(self.model_combo.currentData())
        except ModelError as error:
            self.problem.emit(self.tr("The model was not loaded"), error_text(error))
