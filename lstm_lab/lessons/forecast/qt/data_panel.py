"""Step 1 of the forecasting lesson: the signal and its sliders, the window, the test span,
a teacher's CSV series, and the window shown as an example."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.lesson import LessonError
from lstm_lab.lessons.forecast.options import NUMBER_BY_NAME, SIGNAL_TITLES
from lstm_lab.lessons.forecast.qt.option_slider import OptionSlider
from lstm_lab.lessons.forecast.qt.series_plot import signed
from lstm_lab.lessons.forecast.qt.state import ForecastState

# option → (label, slider step, decimals, tooltip); the words are translated where the slider
# is made.
SLIDERS = {
    "frequency": (
        QT_TRANSLATE_NOOP("ForecastDataPanel", "Frequency"),
        0.005,
        3,
        QT_TRANSLATE_NOOP(
            "ForecastDataPanel", "Cycles per step: 0.02 is one period every 50 values"
        ),
    ),
    "length": (
        QT_TRANSLATE_NOOP("ForecastDataPanel", "Length"),
        10,
        0,
        QT_TRANSLATE_NOOP("ForecastDataPanel", "How many values the series has"),
    ),
    "noise": (
        QT_TRANSLATE_NOOP("ForecastDataPanel", "Noise"),
        0.01,
        2,
        QT_TRANSLATE_NOOP(
            "ForecastDataPanel", "Standard deviation of random noise added to every value"
        ),
    ),
    "window": (
        QT_TRANSLATE_NOOP("ForecastDataPanel", "Window W"),
        1,
        0,
        QT_TRANSLATE_NOOP(
            "ForecastDataPanel", "How many values the model reads before each prediction"
        ),
    ),
    "test_size": (
        QT_TRANSLATE_NOOP("ForecastDataPanel", "Test span"),
        5,
        0,
        QT_TRANSLATE_NOOP("ForecastDataPanel", "The last values, held out to test the forecasts"),
    ),
}


class ForecastDataPanel(QWidget):
    """Edits the data options of a `ForecastState`; ``loadCsvRequested`` asks the window to
    open a CSV file (the window shows the dialog and any error)."""

    loadCsvRequested = Signal()

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastDataPanel")
        self._state = state
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)

        signal_box = QGroupBox(self.tr("The series"))
        signal_column = QVBoxLayout(signal_box)
        self.signal_combo = QComboBox()
        self.signal_combo.setObjectName("signalCombo")
        self.signal_combo.setToolTip(self.tr("The signal to forecast"))
        self.signal_combo.setAccessibleName(self.tr("The signal to forecast"))
        for name, title in SIGNAL_TITLES.items():
            if name != "csv":
                self.signal_combo.addItem(
                    QCoreApplication.translate("ForecastOptions", title), name
                )
        self.load_csv = QPushButton(self.tr("Load CSV…"))
        self.load_csv.setObjectName("loadCsvButton")
        self.load_csv.setToolTip(
            self.tr(
                "Use your own series: a CSV file with one column of numbers (a header line is "
                "allowed)"
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.signal_combo, 1)
        row.addWidget(self.load_csv)
        signal_column.addLayout(row)
        self.sliders: dict[str, OptionSlider] = {}
        for name in ("frequency", "length", "noise"):
            signal_column.addWidget(self._slider(name))
        column.addWidget(signal_box)

        window_box = QGroupBox(self.tr("Windows and test span"))
        window_column = QVBoxLayout(window_box)
        for name in ("window", "test_size"):
            window_column.addWidget(self._slider(name))
        self.counts = QLabel()
        self.counts.setObjectName("windowCounts")
        self.counts.setWordWrap(True)
        window_column.addWidget(self.counts)
        column.addWidget(window_box)

        example_box = QGroupBox(self.tr("One training example"))
        example_column = QVBoxLayout(example_box)
        self.example_slider = QSlider(Qt.Orientation.Horizontal)
        self.example_slider.setObjectName("exampleSlider")
        self.example_slider.setAccessibleName(self.tr("Window shown"))
        self.example_slider.setToolTip(
            self.tr("Which window the plots highlight and the model's inside shows")
        )
        self.example_label = QLabel()
        self.example_label.setObjectName("exampleLabel")
        self.example_label.setWordWrap(True)
        example_column.addWidget(self.example_slider)
        example_column.addWidget(self.example_label)
        column.addWidget(example_box)

        self.normalisation = QLabel()
        self.normalisation.setObjectName("normalisationLabel")
        self.normalisation.setWordWrap(True)
        self.normalisation.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.normalisation)
        self.problem = QLabel()
        self.problem.setObjectName("dataProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        column.addWidget(self.problem)
        column.addStretch(1)

        self.signal_combo.activated.connect(self._signal_chosen)
        self.load_csv.clicked.connect(self.loadCsvRequested)
        self.example_slider.valueChanged.connect(state.set_example)
        state.optionsChanged.connect(self.refresh)
        state.exampleChanged.connect(self._show_example)
        state.trainingChanged.connect(lambda running: self.setEnabled(not running))
        self.refresh()

    def _slider(self, name: str) -> OptionSlider:
        label, step, decimals, tip = SLIDERS[name]
        option = NUMBER_BY_NAME[name]
        slider = OptionSlider(self.tr(label), option.low, option.high, step, decimals, self.tr(tip))
        slider.setObjectName(f"{name}Slider")
        slider.valueChanged.connect(lambda value, n=name: self._set(n, value))
        self.sliders[name] = slider
        return slider

    # ------------------------------------------------------------------ edits
    def _set(self, name: str, value: float) -> None:
        if NUMBER_BY_NAME[name].whole:
            value = int(round(value))
        try:
            self._state.set_option(name, value)
        except LessonError as error:
            self._show_problem(str(error).replace('"options" ', ""))
            self.refresh(keep_problem=True)  # the slider goes back to the value in effect
        else:
            self._show_problem("")

    def _signal_chosen(self, index: int) -> None:
        name = self.signal_combo.itemData(index)
        if name != self._state.option("signal"):
            self._set_signal(name)

    def _set_signal(self, name: str) -> None:
        try:
            self._state.set_option("signal", name)
        except LessonError as error:
            self._show_problem(str(error).replace('"options" ', ""))
            self.refresh(keep_problem=True)
        else:
            self._show_problem("")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # ------------------------------------------------------------------ showing
    def refresh(self, keep_problem: bool = False) -> None:
        state = self._state
        options = state.options
        csv = options["signal"] == "csv"
        with QSignalBlocker(self.signal_combo):
            index = self.signal_combo.findData("csv")
            if csv:
                name = options.get("series_name") or "CSV"
                title = self.tr("Your series: {name}").format(name=name)
                if index < 0:
                    self.signal_combo.addItem(title, "csv")
                else:
                    self.signal_combo.setItemText(index, title)
            elif index >= 0:
                self.signal_combo.removeItem(index)
            self.signal_combo.setCurrentIndex(self.signal_combo.findData(options["signal"]))
        for name, slider in self.sliders.items():
            slider.set_value(options[name])
        for name in ("frequency", "length", "noise"):
            self.sliders[name].setEnabled(not csv)
        data = state.data
        self.counts.setText(
            self.tr(
                "{training} training windows, {test} test windows (series of {values} values)"
            ).format(
                training=f"{data.train_ys.shape[0]:,}",
                test=f"{data.test_ys.shape[0]:,}",
                values=f"{data.series.shape[0]:,}",
            )
        )
        norm = data.normaliser
        self.normalisation.setText(
            self.tr(
                "Normalised with the training part's mean and std: z = (x {mean}) / {std}"
            ).format(mean=signed(norm.mean), std=f"{norm.std:.3f}")
        )
        with QSignalBlocker(self.example_slider):
            self.example_slider.setRange(0, state.example_count - 1)
        self._show_example(state.example)
        if not keep_problem:
            self._show_problem("")

    def _show_example(self, index: int) -> None:
        with QSignalBlocker(self.example_slider):
            self.example_slider.setValue(index)
        start, stop, target = self._state.example_window()
        if target >= self._state.data.split:
            text = self.tr("xs = x({start}) … x({last}) → y = x({target}), a test example")
        else:
            text = self.tr("xs = x({start}) … x({last}) → y = x({target}), a training example")
        self.example_label.setText(text.format(start=start, last=stop - 1, target=target))

    def set_text_scale(self, _scale: float) -> None:
        pass

    def apply_theme(self, theme) -> None:
        self.problem.setStyleSheet(f"color: {theme.error}; font-weight: bold;")
