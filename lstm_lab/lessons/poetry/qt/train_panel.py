"""The Train view of the poetry window: the text to train on, the model's size, Train and Stop,
the loss as it falls and what the model writes now and then. Bound to the lesson's model
(`PoetryState`); the window connects the buttons to its commands (they open file dialogs and
run the training on a pump)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.lessons.poetry.qt.loss_curve import LossCurve
from lstm_lab.lessons.poetry.qt.settings_panel import wrapping_form
from lstm_lab.lessons.poetry.textdata import CORPORA
from lstm_lab.lessons.poetry.training import HIDDEN_SIZES
from lstm_lab.ui.line_groups import LineGroups


class TrainPanel(QWidget):
    """The training controls and what a run shows (see the module)."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("trainPanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        form = wrapping_form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the texts' long names
        self.corpus_combo = QComboBox()
        self.corpus_combo.setObjectName("corpusCombo")
        self.corpus_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.corpus_combo.setMinimumContentsLength(12)
        for corpus in CORPORA.values():
            self.corpus_combo.addItem(
                QCoreApplication.translate("PoetryCorpus", corpus.title), corpus.name
            )
        self.corpus_combo.addItem(self.tr("A UTF-8 text file…"), "file")
        form.addRow(self.tr("Text"), self.corpus_combo)
        self.hidden_combo = QComboBox()
        self.hidden_combo.setObjectName("hiddenCombo")
        for size in HIDDEN_SIZES:
            self.hidden_combo.addItem(self.tr("{count} units").format(count=size), size)
        self.hidden_combo.setCurrentIndex(self.hidden_combo.findData(state.train_hidden))
        form.addRow(self.tr("LSTM size"), self.hidden_combo)
        self.sample_spin = QSpinBox()
        self.sample_spin.setRange(10, 5000)
        self.sample_spin.setValue(state.sample_every)
        self.sample_spin.setSuffix(self.tr(" steps"))
        form.addRow(self.tr("Sample every"), self.sample_spin)
        column.addLayout(form)
        self.corpus_note = QLabel()
        self.corpus_note.setObjectName("corpusNote")
        self.corpus_note.setWordWrap(True)
        column.addWidget(self.corpus_note)
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setObjectName("trainButton")
        self.train_stop = QPushButton(self.tr("Stop"))
        self.train_stop.setObjectName("trainStopButton")
        self.use_button = QPushButton(self.tr("Write with it"))
        self.use_button.setObjectName("useTrainedButton")
        self.use_button.setToolTip(self.tr("Let the model trained here write in the main view"))
        self.save_model_button = QPushButton(self.tr("Save model…"))
        self.save_model_button.setObjectName("saveModelButton")
        self.load_model_button = QPushButton(self.tr("Load model…"))
        self.load_model_button.setObjectName("loadModelButton")
        column.addWidget(
            LineGroups([[self.train_button, self.train_stop], [self.use_button]], gap=6)
        )
        column.addWidget(LineGroups([[self.save_model_button], [self.load_model_button]], gap=6))
        self.train_status = QLabel(state.train_status)
        self.train_status.setObjectName("trainStatus")
        self.train_status.setWordWrap(True)
        column.addWidget(self.train_status)
        self.loss_curve = LossCurve()
        column.addWidget(self.loss_curve)
        column.addWidget(QLabel(self.tr("What it writes now (T = 0.8):")))
        self.sample_view = QPlainTextEdit()
        self.sample_view.setObjectName("sampleView")
        self.sample_view.setAccessibleName(self.tr("What it writes now"))
        self.sample_view.setReadOnly(True)
        self.sample_view.setMinimumHeight(160)
        column.addWidget(self.sample_view, 1)

        self.corpus_combo.currentIndexChanged.connect(
            lambda _index: state.set_corpus(self.corpus_combo.currentData())
        )
        self.hidden_combo.currentIndexChanged.connect(
            lambda _index: state.set_train_hidden(self.hidden_combo.currentData())
        )
        self.sample_spin.valueChanged.connect(state.set_sample_every)
        state.corpusChanged.connect(self._show_corpus)
        state.trainingChanged.connect(self._show_training)
        state.lossAdded.connect(self.loss_curve.add)
        state.sampled.connect(self._show_sample)
        state.trainStatusChanged.connect(self.train_status.setText)
        self._show_corpus(state.corpus)
        self._show_training(False)

    def _show_corpus(self, name: str) -> None:
        index = self.corpus_combo.findData(name)
        if index != self.corpus_combo.currentIndex():
            self.corpus_combo.setCurrentIndex(index)
        corpus = CORPORA.get(name)
        if corpus is None:
            note = self.tr(
                "Any UTF-8 text of 500 characters or more; blank lines separate its records."
            )
        else:  # a shipped text's note, if it has one
            note = QCoreApplication.translate("PoetryCorpus", corpus.note) if corpus.note else ""
        self.corpus_note.setText(note)

    def _show_sample(self, step: int, text: str) -> None:
        heading = self.tr("— step {step} —").format(step=step)
        self.sample_view.appendPlainText(f"{heading}\n{text.strip()}\n")
        bar = self.sample_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _show_training(self, running: bool) -> None:
        if running:  # a new run: its curve and samples from the start
            self.loss_curve.clear()
            self.sample_view.clear()
        self.train_button.setEnabled(not running)
        self.train_stop.setEnabled(running)
        self.corpus_combo.setEnabled(not running)
        self.hidden_combo.setEnabled(not running)
        has_model = self.state.trainee is not None
        self.use_button.setEnabled(has_model)
        self.save_model_button.setEnabled(has_model)
