"""The forecasting lesson's window: seed 000's three steps around one `ForecastState`.

The steps are the pages of the centre (1 · Data, 2 · Model, 3 · Train and forecast), under
the lesson's text; training and the inside of the model are docks beside them, so the loss
curves and the units stay in sight whichever step is shown. Views and commands are data
(`VIEWS`, `STEPS`, `ACTIONS`) on top of what every lesson window has
(`lesson_window.LessonWindow`: lesson files, theme, text size, help, screenshots).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.export_code import export_lesson, file_stem
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.lesson import Lesson, LessonError
from lstm_lab.lessons.forecast.options import NUMBER_BY_NAME, VIEW_KEYS, read_series_file
from lstm_lab.lessons.forecast.qt.code_view import CodeView
from lstm_lab.lessons.forecast.qt.data_panel import ForecastDataPanel
from lstm_lab.lessons.forecast.qt.forecast_plot import ForecastPlot
from lstm_lab.lessons.forecast.qt.model_diagram import ModelDiagram
from lstm_lab.lessons.forecast.qt.option_slider import OptionSlider
from lstm_lab.lessons.forecast.qt.series_plot import SeriesPlot
from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.lessons.forecast.qt.trainer import ForecastTrainer
from lstm_lab.lessons.forecast.qt.training_panel import ForecastTrainingPanel
from lstm_lab.lessons.forecast.qt.unit_detail_plot import UnitDetailPlot
from lstm_lab.lessons.forecast.qt.unit_heatmap import UnitHeatmap
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
    hide_tabs,
    show_tab,
)
from lstm_lab.ui.layout import ColumnScrollArea
from lstm_lab.ui.lesson_banner import LessonBanner
from lstm_lab.ui.messages import warn

_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea

#: The docks.
VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("training", QT_TRANSLATE_NOOP("LessonWindow", "Train"), "training_panel", _RIGHT),
    ViewSpec(
        "inside",
        QT_TRANSLATE_NOOP("LessonWindow", "Inside the model"),
        "inside_panel",
        _RIGHT,
        below="training",
        scroll=True,
    ),
)
#: The pages of the centre: (key, tab title, window attribute holding the page); the titles
#: are translated where the tabs are made.
STEPS: tuple[tuple[str, str, str], ...] = (
    ("data", QT_TRANSLATE_NOOP("ForecastWindow", "1 · Data"), "data_page"),
    ("model", QT_TRANSLATE_NOOP("ForecastWindow", "2 · Model"), "model_page"),
    ("forecast", QT_TRANSLATE_NOOP("ForecastWindow", "3 · Train and forecast"), "forecast_page"),
)
assert tuple(key for key, _, _ in STEPS) + tuple(v.key for v in VIEWS) == VIEW_KEYS

CSV_FILTER = QT_TRANSLATE_NOOP("ForecastWindow", "CSV files (*.csv *.txt);;All files (*)")
TRAIN = QT_TRANSLATE_NOOP("LessonWindow", "&Train")
MENUS = (FILE, TRAIN, VIEW, HELP)
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec("load_csv", QT_TRANSLATE_NOOP("LessonWindow", "Load CSV series…"),
               "load_csv_dialog", FILE, "Ctrl+L",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "Use your own series: one column of numbers, a header line "
                                 "allowed"),
               busy=True, separator_before=True),
    ActionSpec("train", QT_TRANSLATE_NOOP("LessonWindow", "Train"), "trainer.train", TRAIN,
               "Ctrl+T",
               QT_TRANSLATE_NOOP("LessonWindow", "Train the model for the lesson's number of "
                                 "epochs"),
               busy=True),
    ActionSpec("stop", QT_TRANSLATE_NOOP("LessonWindow", "Stop"), "trainer.stop", TRAIN,
               "Ctrl+.",
               QT_TRANSLATE_NOOP("LessonWindow", "Stop training; the weights trained so far "
                                 "stay")),
    ActionSpec("new_model", QT_TRANSLATE_NOOP("LessonWindow", "New model"),
               "state.reset_weights", TRAIN,
               tip=QT_TRANSLATE_NOOP("LessonWindow", "Start again from an untrained model"),
               busy=True, separator_before=True),
    ActionSpec("step_data", QT_TRANSLATE_NOOP("LessonWindow", "Step 1: Data"), "show_data_step",
               VIEW, "Ctrl+1",
               QT_TRANSLATE_NOOP("LessonWindow", "The series, its windows and the test span"),
               separator_before=True, view="data"),
    ActionSpec("step_model", QT_TRANSLATE_NOOP("LessonWindow", "Step 2: Model"),
               "show_model_step", VIEW, "Ctrl+2",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "LSTM(n) + Dense(1), its parameters and its PyTorch code"),
               view="model"),
    ActionSpec("step_forecast", QT_TRANSLATE_NOOP("LessonWindow", "Step 3: Train and forecast"),
               "show_forecast_step", VIEW, "Ctrl+3",
               QT_TRANSLATE_NOOP("LessonWindow", "The forecasts over the test span"),
               view="forecast"),
)
# fmt: on


class ForecastWindow(LessonWindow):
    """The window of lessons of kind "forecast"."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("forecastWindow")
        self.state = ForecastState(self)
        self.trainer = ForecastTrainer(self.state, self)
        self._build_views()
        self.build_views(VIEWS)
        self.build_actions(MENUS, ACTIONS)
        self.add_view_toggle(self.lesson_banner.toggle_action)
        for key, action in self.actions_by_key.items():
            setattr(self, f"act_{key}", action)
        self.finish_setup()
        self.state.viewsChanged.connect(lambda: self.show_hidden_views(self.state.hidden_views))
        self.trainer.runningChanged.connect(self._on_running)
        self._on_running(False)
        self._warmed = False

    # -------------------------------------------------------------------- views
    def _build_views(self) -> None:
        state = self.state
        self.lesson_banner = LessonBanner(state)

        self.data_panel = ForecastDataPanel(state)
        self.data_panel.loadCsvRequested.connect(self.load_csv_dialog)
        self.series_plot = SeriesPlot(state)
        data_scroll = ColumnScrollArea(self.data_panel)  # its values and buttons whole
        data_scroll.setObjectName("dataScroll")
        self.data_page = QSplitter(Qt.Orientation.Horizontal)
        self.data_page.setObjectName("dataPage")
        self.data_page.addWidget(data_scroll)
        self.data_page.addWidget(self.series_plot)
        self.data_page.setStretchFactor(1, 1)
        self.data_page.setChildrenCollapsible(False)

        option = NUMBER_BY_NAME["hidden"]
        self.units_slider = OptionSlider(
            self.tr("Units n"),
            option.low,
            option.high,
            1,
            0,
            self.tr("How many LSTM units the layer has"),
        )
        self.units_slider.setObjectName("unitsSlider")
        self.units_slider.valueChanged.connect(self._set_units)
        self.model_diagram = ModelDiagram(state)
        self.code_view = CodeView(state)
        self.model_page = QWidget()
        self.model_page.setObjectName("modelPage")
        column = QVBoxLayout(self.model_page)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.units_slider)
        column.addWidget(self.model_diagram)
        code_title = QLabel(
            self.tr("This lesson as a PyTorch script (read-only; select and copy):")
        )
        code_title.setObjectName("codeTitle")
        self.save_code = QPushButton(self.tr("Save as script…"))
        self.save_code.setObjectName("saveCode")
        self.save_code.setToolTip(
            self.tr(
                "Save this PyTorch script as a .py file that runs with python (File → Export "
                "as code… also writes a NumPy-only one)"
            )
        )
        self.save_code.clicked.connect(self.save_code_dialog)
        code_row = QHBoxLayout()
        code_row.addWidget(code_title, 1)
        code_row.addWidget(self.save_code)
        column.addLayout(code_row)
        column.addWidget(self.code_view, 1)

        self.forecast_plot = ForecastPlot(state)
        self.forecast_page = self.forecast_plot

        self.steps = QTabWidget()
        self.steps.setObjectName("forecastSteps")
        self.steps.setDocumentMode(True)
        for key, title, attribute in STEPS:
            page = getattr(self, attribute)
            page.setProperty("stepKey", key)
            self.steps.addTab(page, self.tr(title))
        centre = QWidget()
        centre.setObjectName("lessonCentre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lesson_banner)
        layout.addWidget(self.steps, 1)
        self.setCentralWidget(centre)

        self.training_panel = ForecastTrainingPanel(state, self.trainer)
        self.loss_plot = self.training_panel.loss_plot
        self.unit_heatmap = UnitHeatmap(state)
        self.unit_detail = UnitDetailPlot(state)
        self.inside_panel = QSplitter(Qt.Orientation.Vertical)
        self.inside_panel.setObjectName("insidePanel")
        self.inside_panel.addWidget(self.unit_heatmap)
        self.inside_panel.addWidget(self.unit_detail)
        self.inside_panel.setSizes([270, 230])
        self.inside_panel.setChildrenCollapsible(False)

        # While training, the views of the weights and the loss curve take turns, one per
        # refresh (each at about 8 Hz): every pyqtgraph view that changes costs a repaint of
        # the window of its own, and all of them at once held the event loop for 40 ms.
        self._live_views = (
            self.training_panel.show_history,
            self.forecast_plot.refresh,
            self.training_panel.show_history,
            self.unit_heatmap.refresh,
            self.training_panel.show_history,
            self.unit_detail.refresh,
        )
        self._turn = 0
        state.progressed.connect(self._refresh_one_view)
        state.optionsChanged.connect(self._show_units)
        self._show_units()
        for widget in (
            self.lesson_banner,
            self.data_panel,
            self.series_plot,
            self.model_diagram,
            self.code_view,
            self.forecast_plot,
            self.loss_plot,
            self.unit_heatmap,
            self.unit_detail,
        ):
            self.register_view(widget)

    def _refresh_one_view(self) -> None:
        self._live_views[self._turn % len(self._live_views)]()
        self._turn += 1

    def _set_units(self, value: float) -> None:
        try:
            self.state.set_option("hidden", int(round(value)))
        except LessonError:
            self._show_units()

    def _show_units(self) -> None:
        self.units_slider.set_value(self.state.hidden)

    def _on_running(self, running: bool) -> None:
        self.units_slider.setEnabled(not running)
        self.set_busy(running)
        self.actions_by_key["stop"].setEnabled(running)
        if running:
            self.show_forecast_step()
        else:
            self.files.update_modified()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        """Lay out and paint the pages not shown yet, once: the first show of a page costs
        tens of milliseconds, which would otherwise fall into the first Train (it brings
        step 3 to the front)."""
        for page in (self.model_page, self.forecast_page):
            if not page.isVisible():
                page.grab()

    # -------------------------------------------------------------------- steps
    def show_step(self, key: str) -> None:
        show_tab(self.steps, key, "stepKey")

    def show_data_step(self) -> None:
        self.show_step("data")

    def show_model_step(self) -> None:
        self.show_step("model")

    def show_forecast_step(self) -> None:
        self.show_step("forecast")

    def show_hidden_views(self, hidden: frozenset[str]) -> None:
        """Docks and step pages the lesson hides are closed (the View menu brings docks back)."""
        super().show_hidden_views(frozenset(key for key in hidden if key in self.docks))
        hide_tabs(self.steps, hidden, "stepKey")

    # -------------------------------------------------------------------- the lesson
    def save_code_dialog(self) -> bool:
        """Ask for a file and save the PyTorch script the code view shows."""
        lesson = self.current_lesson()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as script"),
            file_stem(lesson, "pytorch") + ".py",
            self.tr("Python script (*.py)"),
        )
        if not path:
            return False
        return self.write_code(export_lesson(lesson, "pytorch"), path)

    def current_lesson(self) -> Lesson:
        return self.state.lesson_of()

    def put_lesson(self, lesson: Lesson) -> None:
        self.trainer.stop_now()
        self.state.apply_lesson(lesson)
        self.show_hidden_views(lesson.hidden_views)
        for index in range(self.steps.count()):
            if self.steps.isTabVisible(index):
                self.steps.setCurrentIndex(index)
                break

    def lesson_in_effect(self) -> Lesson | None:
        return self.state.lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self.state.set_lesson_info(lesson)

    def change_signals(self) -> list:
        return [self.state.optionsChanged, self.state.viewsChanged]

    def is_busy(self) -> bool:
        return self.trainer.is_running

    def shutdown(self) -> None:
        self.trainer.shutdown()

    # -------------------------------------------------------------------- a teacher's series
    def load_csv_dialog(self) -> bool:
        """File → Load CSV series…: a bad file gets a message naming the line; nothing
        changes."""
        if self.trainer.is_running:
            return False
        folder = self.settings.value("forecast/csvFolder", os.path.expanduser("~"))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a series"),
            folder if isinstance(folder, str) else "",
            self.tr(CSV_FILTER),
        )
        if not path:
            return False
        return self.load_csv(path)

    def load_csv(self, path: str) -> bool:
        name = os.path.basename(path)
        try:
            values = read_series_file(path)
            self.state.load_series(values, name)
        except LessonError as error:
            self._complain(self.tr("The series was not loaded"), f"{name}: {error}")
            return False
        except ValueError as error:
            self._complain(self.tr("The series was not loaded"), str(error))
            return False
        self.settings.setValue("forecast/csvFolder", os.path.dirname(os.path.abspath(path)))
        self.show_data_step()
        return True

    def _complain(self, title: str, text: str) -> None:
        warn(self, "seriesFileError", title, text)

    # -------------------------------------------------------------------- layout
    def text_scale_changed(self, _scale: float) -> None:
        self.apply_default_sizes()

    def main_views(self) -> list[QWidget]:
        return [self.forecast_plot]

    def presenter_actions(self) -> list[QAction]:
        return [self.actions_by_key[key] for key in ("train", "stop", "new_model")]

    def present(self, presenting: bool) -> None:
        """The forecast fills the window: step 3 in front, without the steps' tabs."""
        if presenting:  # unless the lesson hides step 3
            self.show_step("forecast")
        self.hide_while_presenting(presenting, [self.lesson_banner, self.steps.tabBar()])

    def apply_default_sizes(self) -> None:
        self.follow_layout()  # its docks stand where they are in every layout
        scale = min(self.text_scale, 1.3)
        width = round(min(460.0, max(330.0, self.width() * 0.3)) * scale)
        self.resizeDocks([self.docks["training"]], [width], Qt.Orientation.Horizontal)
        self.fit_empty_views()

    def fit_empty_views(self) -> None:
        """Before any training the loss curve is empty: the training dock as low as its
        controls and the curve's hint, the inside of the model the rest."""
        height = max(self.height() - 60, 400)
        shares = (1, 10_000) if self.loss_plot.is_empty() else (0.42, 0.58)
        self.resizeDocks(
            [self.docks["training"], self.docks["inside"]],
            [round(height * share) for share in shares],
            Qt.Orientation.Vertical,
        )
