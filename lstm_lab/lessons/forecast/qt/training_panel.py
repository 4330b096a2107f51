"""Step 3's controls: Train, Stop, a fresh model, the training settings, the status line and
the live training and test loss curves."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
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

from lstm_lab.core.lesson import LessonError
from lstm_lab.lessons.forecast.options import NUMBER_BY_NAME
from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.lessons.forecast.qt.trainer import ForecastTrainer
from lstm_lab.ui.loss_plot import LossPlot


class ForecastTrainingPanel(QWidget):
    """Shows the window's `ForecastTrainer` and edits the training options."""

    def __init__(
        self, state: ForecastState, trainer: ForecastTrainer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTrainingPanel")
        self._state = state
        self.trainer = trainer
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setObjectName("trainButton")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.reset_button = QPushButton(self.tr("New model"))
        self.reset_button.setObjectName("resetWeightsButton")
        self.train_button.setToolTip(self.tr("Train the model for the number of epochs below"))
        self.stop_button.setToolTip(self.tr("Stop training; the weights trained so far stay"))
        self.reset_button.setToolTip(
            self.tr("Start again from an untrained model (the seed's weights)")
        )
        buttons = QHBoxLayout()
        for button in (self.train_button, self.stop_button, self.reset_button):
            buttons.addWidget(button)

        self.epochs = QSpinBox()
        self.epochs.setObjectName("epochsSpin")
        option = NUMBER_BY_NAME["epochs"]
        self.epochs.setRange(int(option.low), int(option.high))
        self.epochs.setToolTip(
            self.tr("Epochs per press of Train: each epoch sees every training window")
        )
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setObjectName("learningRateSpin")
        option = NUMBER_BY_NAME["learning_rate"]
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(option.low, option.high)
        self.learning_rate.setSingleStep(0.001)
        self.learning_rate.setToolTip(self.tr("Adam's step size"))
        for spin in (self.epochs, self.learning_rate):
            spin.setKeyboardTracking(False)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Learning rate"), self.learning_rate)

        self.status = QLabel()
        self.status.setObjectName("trainingStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.loss_plot = LossPlot(names=(self.tr("training MSE"), self.tr("test MSE")))
        self.loss_plot.empty_hint.setText(self.tr("Press Train to watch both errors fall."))
        self.loss_plot.setToolTip(
            self.tr(
                "Mean squared error after each epoch, in the series' own units, on a log scale: "
                "the solid line on the training windows, the dashed one on the test windows the "
                "model never trains on."
            )
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)
        column.addLayout(buttons)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(self.loss_plot, 1)

        self.train_button.clicked.connect(trainer.train)
        self.stop_button.clicked.connect(trainer.stop)
        self.reset_button.clicked.connect(state.reset_weights)
        self.epochs.valueChanged.connect(lambda v: self._set("epochs", int(v)))
        self.learning_rate.valueChanged.connect(lambda v: self._set("learning_rate", float(v)))
        trainer.runningChanged.connect(self._show_running)
        state.historyChanged.connect(self.show_history)
        state.statusChanged.connect(self.status.setText)
        state.optionsChanged.connect(self._show_options)
        self.set_text_scale(1.0)
        self._show_options()
        self._show_running(False)
        self.show_history()
        self.status.setText(state.status or self.tr("Ready: press Train."))

    def set_text_scale(self, _scale: float) -> None:
        # Two lines whatever the text: a status that changes height while training would lay
        # the dock out again, and every plot in it would repaint.
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)

    def _set(self, name: str, value) -> None:
        try:
            self._state.set_option(name, value)
        except LessonError:
            self._show_options()

    def _show_options(self) -> None:
        with QSignalBlocker(self.epochs), QSignalBlocker(self.learning_rate):
            self.epochs.setValue(int(self._state.option("epochs")))
            self.learning_rate.setValue(float(self._state.option("learning_rate")))

    def _show_running(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.reset_button.setEnabled(not running)
        self.epochs.setEnabled(not running)
        self.learning_rate.setEnabled(not running)

    def show_history(self) -> None:
        epochs, train_mse, test_mse = self._state.history()
        if len(epochs) == 0:
            self.loss_plot.clear_history()
        else:
            self.loss_plot.set_history(epochs, train_mse, test_mse)
