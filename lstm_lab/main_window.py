"""The single-cell lesson window: lays out the views around one lab state.

What the window holds is declared as data: `VIEWS` (each dock: key, title, where it goes) and
`ACTIONS` (each command: words, shortcut, tooltip, menu), on top of what every lesson window
has (`lesson_window.LessonWindow`: lesson files, theme, text size, help). The window registers
every view for theme and text-size changes and owns the training controller.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.lab.lesson import VIEW_KEYS, Lesson, apply_lesson, lesson_of
from lstm_lab.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
)
from lstm_lab.resources import resource_text
from lstm_lab.state import LabState
from lstm_lab.training.controller import TrainingController
from lstm_lab.widgets.cell_diagram import CellDiagram
from lstm_lab.widgets.clamp_controls import ClampControls
from lstm_lab.widgets.exercise_dialog import ExerciseDialog
from lstm_lab.widgets.flow_controls import FlowControls
from lstm_lab.widgets.lesson_banner import LessonBanner
from lstm_lab.widgets.math_panel import MathPanel
from lstm_lab.widgets.param_panel import ParamPanel
from lstm_lab.widgets.playback_controls import PlaybackControls
from lstm_lab.widgets.sequence_input import SequenceInput
from lstm_lab.widgets.stats_panel import StatsPanel
from lstm_lab.widgets.time_series import TimeSeriesPlot
from lstm_lab.widgets.training_panel import TrainingPanel
from lstm_lab.widgets.unrolled_view import UnrolledView

_KEY_HUNGRY = (QAbstractButton, QAbstractSlider, QComboBox, QAbstractSpinBox, QLineEdit)
_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("controls", "Controls", "controls_panel", _LEFT, scroll=True),
    ViewSpec("parameters", "Weights and biases", "param_panel", _RIGHT),
    ViewSpec("math", "Math of this step", "math_panel", _RIGHT, below="parameters"),
    ViewSpec("unrolled", "Unrolled through time", "unrolled_view", _BOTTOM),
    ViewSpec("timeSeries", "Time series", "time_series", _BOTTOM, below="unrolled"),
    ViewSpec("training", "Train the cell", "training_panel", _RIGHT, tab_of="math", scroll=True),
    ViewSpec("loss", "Loss curve", "loss_plot", _LEFT, below="controls"),
)
assert tuple(view.key for view in VIEWS) == VIEW_KEYS  # lesson files name these views


_K = Qt.Key
_S = QKeySequence.StandardKey
_K = Qt.Key
CELL, PLAYBACK, TEACHER = "&Cell", "&Playback", "&Teacher"
MENUS = (FILE, PLAYBACK, CELL, VIEW, TEACHER, HELP)
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec("step_forward", "Step forward", "state.step_forward", PLAYBACK, _K.Key_Right,
               "Step forward one time step", playback=True, busy=True),
    ActionSpec("step_back", "Step back", "state.step_back", PLAYBACK, _K.Key_Left,
               "Step back one time step", playback=True, busy=True),
    ActionSpec("play", "Play / Pause", "playback.toggle_playing", PLAYBACK, _K.Key_Space,
               "Play through the sequence, or pause", playback=True, busy=True),
    ActionSpec("reset", "Reset to t = 0", "playback.reset_to_start", PLAYBACK, _K.Key_Home,
               "Back to t = 0, keeping the sequence and the weights", playback=True, busy=True),
    ActionSpec("end", "Go to last step", "state.go_to_end", PLAYBACK, _K.Key_End,
               "Jump to the last time step", playback=True, busy=True),
    ActionSpec("animate", "Animate this step", "flow.animate", PLAYBACK, "Ctrl+Shift+A",
               "Play how this step flows through the gates", busy=True),
    ActionSpec("simple", "Simple weights (one per gate)", "set_simple_mode", CELL,
               tip="One weight per gate", checkable=True, group="mode", busy=True),
    ActionSpec("full", "Full weights (input and recurrent)", "set_full_mode", CELL,
               tip="Input and recurrent weights apart", checkable=True, group="mode", busy=True),
    ActionSpec("reset_params", "Reset all weights and biases", "param_panel.reset_all", CELL,
               tip="Every parameter back to its default", busy=True, separator_before=True),
    ActionSpec("free_gates", "Free all pinned gates", "state.clear_clamps", CELL,
               tip="Let every gate follow its weights again", busy=True),
    ActionSpec("exercise", "Prepare an exercise…", "prepare_exercise", TEACHER,
               tip="Fix sliders, hide views and write the text the student sees, then save"),
    ActionSpec("equations", "The equations", "show_equations", HELP,
               QKeySequence.StandardKey.HelpContents, "The LSTM equations this cell follows"),
)
# fmt: on


class MainWindow(LessonWindow):
    """The single-cell lesson window."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("mainWindow")
        self.state = LabState(self)
        self.training = TrainingController(self.state, self)
        self._build_views()
        self.build_views(VIEWS)
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.setCorner(Qt.Corner.BottomRightCorner, _RIGHT)
        self.docks["math"].raise_()
        self.build_actions(MENUS, ACTIONS)
        self._finish_actions()
        self._mode_before_training: str | None = None
        self.finish_setup()
        self.state.viewsChanged.connect(lambda: self.show_hidden_views(self.state.hidden_views))
        self.state.modeChanged.connect(self._show_mode)
        self.state.trainingChanged.connect(self._on_training_running)
        # Space, arrows, Home and End belong to a focused button, slider, list or box: the
        # playback shortcuts step back while one has the focus. (A focus signal, not an event
        # filter: a filter would run Python for every event those controls get.)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    # -------------------------------------------------------------------- views
    def _build_views(self) -> None:
        state = self.state
        self.lesson_banner = LessonBanner(state)
        self.cell_diagram = CellDiagram(state)
        centre = QWidget()
        centre.setObjectName("lessonCentre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.lesson_banner)
        column.addWidget(self.cell_diagram, 1)
        self.setCentralWidget(centre)
        self.math_panel = MathPanel(state)
        self.flow = FlowControls(state, self.cell_diagram, self.math_panel)
        column.addWidget(self.flow)
        self.unrolled_view = UnrolledView(state)
        self.time_series = TimeSeriesPlot(state)
        self.stats_panel = StatsPanel(state)
        self.param_panel = ParamPanel(state)
        self.training_panel = TrainingPanel(state, controller=self.training)
        self.training.overlayTextChanged.connect(self.time_series.set_overlay_text)
        self.loss_plot = self.training_panel.loss_plot
        self.sequence_input = SequenceInput(state)
        self.playback = PlaybackControls(state)
        self.clamps = ClampControls(state)

        self.controls_panel = QWidget()
        self.controls_panel.setObjectName("controlsPanel")
        column = QVBoxLayout(self.controls_panel)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addWidget(self.sequence_input)
        column.addWidget(self.playback)
        stats_box = QGroupBox("This step")
        QVBoxLayout(stats_box).addWidget(self.stats_panel)
        column.addWidget(stats_box)
        clamp_box = QGroupBox("Pin a gate")
        clamp_box.setToolTip("Force a gate to a fixed value, whatever its weights say")
        QVBoxLayout(clamp_box).addWidget(self.clamps)
        column.addWidget(clamp_box)
        column.addStretch(1)

        # Every view that follows the theme or the text size registers here, once.
        for widget in (
            self.lesson_banner,
            self.cell_diagram,
            self.unrolled_view,
            self.time_series,
            self.math_panel,
            self.stats_panel,
            self.param_panel,
            self.playback,
            self.loss_plot,
        ):
            self.register_view(widget)

    def _finish_actions(self) -> None:
        view_menu = self.menus[VIEW]
        view_menu.insertAction(
            view_menu.actions()[len(self.docks)], self.lesson_banner.toggle_action
        )
        self._playback_actions = [self.actions_by_key[s.key] for s in ACTIONS if s.playback]
        self.actions_by_key[self.state.mode].setChecked(True)
        playback = self.playback
        for button, key in (
            (playback.play, "play"),
            (playback.forward, "step_forward"),
            (playback.back, "step_back"),
            (playback.reset, "reset"),
        ):
            button.setToolTip(self.actions_by_key[key].toolTip())
        # The names the tests and the rest of the app use.
        for key, action in self.actions_by_key.items():
            setattr(self, f"act_{key}", action)

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        return lesson_of(self.state.model)

    def put_lesson(self, lesson: Lesson) -> None:
        self.training.stop()
        apply_lesson(self.state.model, lesson)

    def lesson_in_effect(self) -> Lesson | None:
        return self.state.lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self.state.set_lesson_info(lesson)

    def change_signals(self) -> list:
        state = self.state
        return [
            state.paramsChanged,
            state.sequenceChanged,
            state.targetChanged,
            state.clampsChanged,
            state.initialChanged,
            state.lockedChanged,
            state.fixedChanged,
            state.taskChanged,
            state.viewsChanged,
            state.settingsChanged,
        ]

    def is_busy(self) -> bool:
        return self.state.training

    def shutdown(self) -> None:
        self.flow.stop()
        self.playback.set_playing(False)
        self.training.shutdown()

    def prepare_exercise(self) -> bool:
        """Teacher → Prepare an exercise: texts, fixed sliders and hidden views, then save."""
        views = [(view.key, view.title) for view in VIEWS]
        dialog = ExerciseDialog(self.current_lesson(), views, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        lesson = dialog.lesson()
        state = self.state
        state.set_fixed(lesson.fixed)
        state.set_hidden_views(lesson.hidden_views)
        state.set_lesson_info(lesson)
        state.lessonChanged.emit()
        self.files.update_modified()
        return True

    def text_scale_changed(self, _scale: float) -> None:
        self._apply_side_widths()

    def _apply_side_widths(self) -> None:
        """Side columns widen with their text, so large text is not cut off."""
        scale = self.text_scale
        self.resizeDocks(
            [self.docks["controls"], self.docks["parameters"]],
            [round(340 * min(scale, 1.3)), round(450 * min(scale, 1.15))],
            Qt.Orientation.Horizontal,
        )

    def apply_default_sizes(self) -> None:
        self._apply_side_widths()
        self.resizeDocks(
            [self.docks["parameters"], self.docks["math"]], [540, 330], Qt.Orientation.Vertical
        )
        self.resizeDocks(
            [self.docks["unrolled"], self.docks["timeSeries"]], [190, 260], Qt.Orientation.Vertical
        )
        self.resizeDocks(
            [self.docks["controls"], self.docks["loss"]], [560, 300], Qt.Orientation.Vertical
        )

    # -------------------------------------------------------------------- actions
    def _on_focus_changed(self, _old, new) -> None:
        if new is not None and new.window() is not self:
            return
        context = (
            Qt.ShortcutContext.WidgetShortcut  # attached to the window: inactive meanwhile
            if isinstance(new, _KEY_HUNGRY)
            else Qt.ShortcutContext.WindowShortcut
        )
        for action in self._playback_actions:
            if action.shortcutContext() != context:
                action.setShortcutContext(context)

    def _on_training_running(self, running: bool) -> None:
        """While training runs it owns the weights and the step shown: the controls that would
        fight it are disabled, and everything comes back as it was when it ends."""
        if running:
            self.playback.set_playing(False)
            self.state.go_to_end()
            self._mode_before_training = self.state.mode
            # Training moves input and recurrent weights apart: show them apart.
            self.state.set_mode("full")
        elif self._mode_before_training is not None:
            self.state.set_mode(self._mode_before_training)
            self._mode_before_training = None
        for widget in (self.playback, self.sequence_input, self.clamps):
            widget.setEnabled(not running)
        self.param_panel.set_editable(not running)
        self.set_busy(running)

    # -------------------------------------------------------------------- commands
    def set_simple_mode(self) -> None:
        self.state.set_mode("simple")

    def set_full_mode(self) -> None:
        self.state.set_mode("full")

    def _show_mode(self, mode: str) -> None:
        self.actions_by_key[mode].setChecked(True)

    # -------------------------------------------------------------------- help
    def show_equations(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("equationsDialog")
        box.setWindowTitle("The LSTM equations")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(resource_text("equations.html"))
        box.open()

    # -------------------------------------------------------------------- settings
    def restore_own_settings(self, settings: QSettings) -> None:
        mode = settings.value("cell/mode", "simple")
        self.state.set_mode(
            mode if isinstance(mode, str) and mode in ("simple", "full") else "simple"
        )

    def save_own_settings(self, settings: QSettings) -> None:
        settings.setValue("cell/mode", self._mode_before_training or self.state.mode)
