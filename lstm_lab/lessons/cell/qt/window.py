"""The single-cell lesson window: lays out the views around one lab state.

What the window holds is declared as data: `VIEWS` (each dock: key, title, where it goes) and
`ACTIONS` (each command: words, shortcut, tooltip, menu), on top of what every lesson window
has (`lesson_window.LessonWindow`: lesson files, theme, text size, help). The window registers
every view for theme and text-size changes and owns the training controller.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetricsF, QKeySequence
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, language_fallbacks
from lstm_lab.core.lesson import Lesson
from lstm_lab.lessons.cell.options import VIEW_KEYS, apply_lesson, lesson_of
from lstm_lab.lessons.cell.qt.clamp_controls import ClampControls
from lstm_lab.lessons.cell.qt.controller import TrainingController
from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog
from lstm_lab.lessons.cell.qt.exports import Exports
from lstm_lab.lessons.cell.qt.initial_states import InitialStates
from lstm_lab.lessons.cell.qt.math_panel import MathPanel
from lstm_lab.lessons.cell.qt.param_panel import ParamPanel
from lstm_lab.lessons.cell.qt.playback_controls import PlaybackControls
from lstm_lab.lessons.cell.qt.sequence_input import SequenceInput
from lstm_lab.lessons.cell.qt.stats_panel import StatsPanel
from lstm_lab.lessons.cell.qt.time_series import TimeSeriesPlot
from lstm_lab.lessons.cell.qt.training_panel import TrainingPanel
from lstm_lab.lessons.cell.qt.undo import UndoHistory
from lstm_lab.lessons.cell.qt.unrolled_view import UnrolledView
from lstm_lab.resources import localized_resource_text
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
)
from lstm_lab.shell.settings import (
    saved_flag,
    saved_mode,
    saved_training_speed,
    store_training_speed,
)
from lstm_lab.ui.cell_diagram import CellDiagram
from lstm_lab.ui.flow_controls import FlowControls
from lstm_lab.ui.layout import (
    arrange_for_size,
    hide_stale_tab_bars,
    is_compact,
    right_column_heights,
    side_widths,
)
from lstm_lab.ui.lesson_banner import LessonBanner
from lstm_lab.ui.param_slider import FloatSlider
from lstm_lab.ui.playback_keys import KEYS_NOTE, keys_follow_the_screen, release_keyboard
from lstm_lab.ui.state import LabState

_KEY_HUNGRY = (QAbstractButton, QAbstractSlider, QComboBox, QAbstractSpinBox, QLineEdit)
_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "controls",
        QT_TRANSLATE_NOOP("LessonWindow", "Controls"),
        "controls_panel",
        _LEFT,
        scroll=True,
    ),
    ViewSpec(
        "parameters",
        QT_TRANSLATE_NOOP("LessonWindow", "Weights and biases"),
        "param_panel",
        _RIGHT,
    ),
    ViewSpec(
        "math",
        QT_TRANSLATE_NOOP("LessonWindow", "Math of this step"),
        "math_panel",
        _RIGHT,
        below="parameters",
    ),
    ViewSpec(
        "unrolled",
        QT_TRANSLATE_NOOP("LessonWindow", "Unrolled through time"),
        "unrolled_view",
        _BOTTOM,
    ),
    ViewSpec(
        "timeSeries",
        QT_TRANSLATE_NOOP("LessonWindow", "Time series"),
        "time_series",
        _BOTTOM,
        below="unrolled",
    ),
    ViewSpec(
        "training",
        QT_TRANSLATE_NOOP("LessonWindow", "Train the cell"),
        "training_panel",
        _RIGHT,
        tab_of="math",
        scroll=True,
    ),
    ViewSpec(
        "loss",
        QT_TRANSLATE_NOOP("LessonWindow", "Loss curve"),
        "loss_plot",
        _LEFT,
        below="controls",
    ),
)
assert tuple(view.key for view in VIEWS) == VIEW_KEYS  # lesson files name these views


_K = Qt.Key
_S = QKeySequence.StandardKey
_K = Qt.Key
CELL = QT_TRANSLATE_NOOP("LessonWindow", "&Cell")
PLAYBACK = QT_TRANSLATE_NOOP("LessonWindow", "&Playback")
TEACHER = QT_TRANSLATE_NOOP("LessonWindow", "&Teacher")
EDIT = QT_TRANSLATE_NOOP("LessonWindow", "&Edit")
EXPORT = FILE + "/" + QT_TRANSLATE_NOOP("LessonWindow", "&Export")
MENUS = (FILE, EDIT, PLAYBACK, CELL, VIEW, TEACHER, HELP)
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec(
        "export_csv",
        QT_TRANSLATE_NOOP("LessonWindow", "Step table as CSV…"),
        "exports.save_trace_csv",
        EXPORT,
        tip=QT_TRANSLATE_NOOP(
            "LessonWindow", "Every value of every step at full precision, for a spreadsheet"
        ),
    ),
    ActionSpec(
        "export_step_math",
        QT_TRANSLATE_NOOP("LessonWindow", "Math of this step as text…"),
        "exports.save_step_math",
        EXPORT,
        tip=QT_TRANSLATE_NOOP(
            "LessonWindow", "The math of the step shown, as the math panel shows it"
        ),
        view="math",
    ),
    ActionSpec(
        "export_all_math",
        QT_TRANSLATE_NOOP("LessonWindow", "Math of every step as text…"),
        "exports.save_all_math",
        EXPORT,
        tip=QT_TRANSLATE_NOOP("LessonWindow", "The math of every step, one after another"),
        view="math",
    ),
    ActionSpec(
        "worksheet",
        QT_TRANSLATE_NOOP("LessonWindow", "Print worksheet…"),
        "print_worksheet",
        FILE,
        _S.Print,
        QT_TRANSLATE_NOOP(
            "LessonWindow",
            "A PDF for the class: the step table and a step worked "
            "out by hand, with blanks to fill in and a separate answer "
            "key",
        ),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("LessonWindow", "Undo"),
        "history.undo",
        EDIT,
        "Ctrl+Z",
        QT_TRANSLATE_NOOP(
            "LessonWindow",
            "Undo the last change of a weight, the sequence, the target, a pin or C(0)/h(0)",
        ),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("LessonWindow", "Redo"),
        "history.redo",
        EDIT,
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("LessonWindow", "Redo what was undone"),
        extra_shortcuts=("Ctrl+Y",),
    ),
    ActionSpec(
        "step_forward",
        QT_TRANSLATE_NOOP("LessonWindow", "Step forward"),
        "state.step_forward",
        PLAYBACK,
        _K.Key_Right,
        QT_TRANSLATE_NOOP("LessonWindow", "Step forward one time step"),
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "step_back",
        QT_TRANSLATE_NOOP("LessonWindow", "Step back"),
        "state.step_back",
        PLAYBACK,
        _K.Key_Left,
        QT_TRANSLATE_NOOP("LessonWindow", "Step back one time step"),
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "play",
        QT_TRANSLATE_NOOP("LessonWindow", "Play / Pause"),
        "playback.toggle_playing",
        PLAYBACK,
        _K.Key_Space,
        QT_TRANSLATE_NOOP("LessonWindow", "Play through the sequence, or pause"),
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "reset",
        QT_TRANSLATE_NOOP("LessonWindow", "Reset to t = 0"),
        "playback.reset_to_start",
        PLAYBACK,
        _K.Key_Home,
        QT_TRANSLATE_NOOP("LessonWindow", "Back to t = 0, keeping the sequence and the weights"),
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "end",
        QT_TRANSLATE_NOOP("LessonWindow", "Go to last step"),
        "state.go_to_end",
        PLAYBACK,
        _K.Key_End,
        QT_TRANSLATE_NOOP("LessonWindow", "Jump to the last time step"),
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "release_keys",
        QT_TRANSLATE_NOOP("LessonWindow", "Keys back to the steps"),
        "release_keyboard",
        PLAYBACK,
        _K.Key_Escape,
        QT_TRANSLATE_NOOP("LessonWindow", "The arrow keys, Space, Home and End step again"),
    ),
    ActionSpec(
        "animate",
        QT_TRANSLATE_NOOP("LessonWindow", "Animate this step"),
        "flow.animate",
        PLAYBACK,
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("LessonWindow", "Play how this step flows through the gates"),
        busy=True,
    ),
    ActionSpec(
        "simple",
        QT_TRANSLATE_NOOP("LessonWindow", "Simple weights (one per gate)"),
        "set_simple_mode",
        CELL,
        tip=QT_TRANSLATE_NOOP("LessonWindow", "One weight per gate"),
        checkable=True,
        group="mode",
        busy=True,
    ),
    ActionSpec(
        "full",
        QT_TRANSLATE_NOOP("LessonWindow", "Full weights (input and recurrent)"),
        "set_full_mode",
        CELL,
        tip=QT_TRANSLATE_NOOP("LessonWindow", "Input and recurrent weights apart"),
        checkable=True,
        group="mode",
        busy=True,
    ),
    ActionSpec(
        "reset_params",
        QT_TRANSLATE_NOOP("LessonWindow", "Reset all weights and biases"),
        "param_panel.reset_all",
        CELL,
        tip=QT_TRANSLATE_NOOP("LessonWindow", "Every parameter back to its default"),
        busy=True,
        separator_before=True,
    ),
    ActionSpec(
        "free_gates",
        QT_TRANSLATE_NOOP("LessonWindow", "Free all pinned gates"),
        "state.clear_clamps",
        CELL,
        tip=QT_TRANSLATE_NOOP("LessonWindow", "Let every gate follow its weights again"),
        busy=True,
    ),
    ActionSpec(
        "exercise",
        QT_TRANSLATE_NOOP("LessonWindow", "Prepare an exercise…"),
        "prepare_exercise",
        TEACHER,
        tip=QT_TRANSLATE_NOOP(
            "LessonWindow", "Fix sliders, hide views and write the text the student sees, then save"
        ),
    ),
    ActionSpec(
        "start_guide",
        QT_TRANSLATE_NOOP("LessonWindow", "Start here"),
        "show_start_guide",
        HELP,
        tip=QT_TRANSLATE_NOOP(
            "LessonWindow", "A short guide: what the window shows, five things to try, the keys"
        ),
    ),
    ActionSpec(
        "equations",
        QT_TRANSLATE_NOOP("LessonWindow", "The equations"),
        "show_equations",
        HELP,
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("LessonWindow", "The LSTM equations this cell follows"),
    ),
)


class MainWindow(LessonWindow):
    """The single-cell lesson window."""

    offers_view_pictures = False  # File → Export saves each view (`Exports`)
    teacher_menu = TEACHER

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("mainWindow")
        self.state = LabState(self)
        self.training = TrainingController(self.state, self)
        self.exports = Exports(self)
        self.history = UndoHistory(self.state, self)
        self._build_views()
        self.build_views(VIEWS)
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.setCorner(Qt.Corner.BottomRightCorner, _RIGHT)
        self.docks["math"].raise_()
        self.build_actions(MENUS, ACTIONS)
        self.exports.add_view_actions(self.menus[EXPORT])
        self.history.attach(self.actions_by_key["undo"], self.actions_by_key["redo"])
        for slider in self.param_panel.findChildren(FloatSlider):  # a drag: one undo step
            slider.sliderPressed.connect(self.history.begin_drag)
            slider.sliderReleased.connect(self.history.end_drag)
        self._finish_actions()
        self._mode_before_training: str | None = None
        self.finish_setup()
        self.history.clear()  # what the window starts with is not a change to undo
        self.state.viewsChanged.connect(lambda: self.show_hidden_views(self.state.hidden_views))
        self.state.modeChanged.connect(self._show_mode)
        self.state.fixedChanged.connect(self._follow_fixed)
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
        self.training.changesChanged.connect(self._show_weight_changes)
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
        stats_box = QGroupBox(self.tr("This step"))
        QVBoxLayout(stats_box).addWidget(self.stats_panel)
        column.addWidget(stats_box)
        clamp_box = QGroupBox(self.tr("Pin a gate"))
        clamp_box.setToolTip(self.tr("Force a gate to a fixed value, whatever its weights say"))
        QVBoxLayout(clamp_box).addWidget(self.clamps)
        column.addWidget(clamp_box)
        self.initial_states = InitialStates(state)
        column.addWidget(self.initial_states)
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
        self.add_view_toggle(self.lesson_banner.toggle_action)
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
        keys_follow_the_screen(self, home=self.cell_diagram)
        # The names the tests and the rest of the app use.
        for key, action in self.actions_by_key.items():
            setattr(self, f"act_{key}", action)

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        return lesson_of(self.state.model)

    def put_lesson(self, lesson: Lesson) -> None:
        self.training.stop()
        self.training.forget_restore_point()  # Restore belongs to the lesson it was made in
        with self.history.paused():
            apply_lesson(self.state.model, lesson)
        self.history.clear()  # undo does not reach back into the previous lesson

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
        """Teacher → Prepare an exercise: texts, fixed sliders, hidden views and the teacher
        passphrase, then save. The teacher who sets a passphrase knows it: this window stays
        unlocked for it."""
        if self.student_mode:  # the menu is gone in student mode; nothing else may call it
            return False
        views = [
            (view.key, QCoreApplication.translate("LessonWindow", view.title)) for view in VIEWS
        ]
        dialog = ExerciseDialog(self.current_lesson(), views, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        lesson = dialog.lesson()
        if lesson.teacher_lock is not None:
            self._opened_locks.add(lesson.teacher_lock)
        state = self.state
        state.set_fixed(lesson.fixed)
        state.set_hidden_views(lesson.hidden_views)
        state.set_lesson_info(lesson)
        state.lessonChanged.emit()
        self.files.update_modified()
        self.apply_student_mode()
        return True

    def restrict(self, student: bool, hidden: frozenset[str]) -> None:
        """Student mode: File → Export has no picture of a view the lesson hides, and the
        lesson's training locks stay on."""
        for key, action in self.exports.view_actions.items():
            self.shut_action(action, key in hidden)
        lesson = self.lesson_in_effect()
        self.state.set_kept_locks(lesson.locked if student and lesson is not None else ())
        guide = getattr(self, "start_guide", None)
        if guide is not None:
            guide.set_exercise(self.showing_exercise())

    def _follow_fixed(self) -> None:
        """Cell → Reset all weights and biases is off while the lesson fixes any of them, as
        the panel's Reset all button is."""
        action = self.actions_by_key["reset_params"]
        action.setEnabled(not self.state.fixed and not self.state.training)

    def text_scale_changed(self, _scale: float) -> None:
        # The sizes follow from the window and the text size alone, so Larger then Smaller
        # text gives back the same layout.
        self.apply_default_sizes()

    def _apply_side_widths(self) -> None:
        """Side columns as wide as their controls need at this text size, no wider: what is
        left goes to the diagram."""
        QApplication.processEvents()  # the new text size's size hints
        widths = side_widths(self)
        self.resizeDocks(
            [self.docks[key] for key in widths], list(widths.values()), Qt.Orientation.Horizontal
        )

    def _show_weight_changes(self, changes) -> None:
        """The Δ column when a training run ends; the weights' column widens to hold it (after
        the run has ended, never while a slider is in use: it does not narrow when the column
        goes; the next layout of the window does)."""
        self.param_panel.show_changes(changes)
        if changes is not None:
            QTimer.singleShot(0, self, self._make_room_for_changes)

    def _make_room_for_changes(self) -> None:
        if self.param_panel.changes() is None or self.presenting:
            return
        if self.layout_kind == "crowded":  # two tab groups under the diagram: share anew
            scroll = self.param_panel.findChild(QScrollArea)
            bar = scroll.verticalScrollBar().sizeHint().width()
            needed = scroll.widget().minimumSizeHint().width() + bar + 16
            key, wanted = "controls", min(needed, round(self.width() * 0.65))
        else:
            widths = side_widths(self)  # what the columns need, the Δ column now among it
            key = "parameters" if "parameters" in widths else "controls"
            wanted = widths[key]
        # A dock behind another's tab keeps the width it had when last in front: measure the
        # one in front.
        params = self.docks["parameters"]
        group = (params, *self.tabifiedDockWidgets(params))
        shown = [dock for dock in group if not dock.visibleRegion().isEmpty()]
        if shown and shown[0].width() < wanted:
            self.resizeDocks([self.docks[key]], [wanted], Qt.Orientation.Horizontal)

    def main_views(self) -> list[QWidget]:
        return [self.cell_diagram]

    def presenter_actions(self) -> list[QAction]:
        keys = ("reset", "step_back", "play", "step_forward", "end")
        return [self.actions_by_key[key] for key in keys]

    def present(self, presenting: bool) -> None:
        if presenting:
            self.flow.stop()
        self.hide_while_presenting(presenting, [self.lesson_banner, self.flow])

    def arrange(self, layout: str, before: str | None) -> None:
        arrange_for_size(
            self, layout != "wide", crowded=layout == "crowded", from_crowded=before == "crowded"
        )

    def apply_default_sizes(self) -> None:
        self.follow_layout()
        if self.layout_kind == "crowded":  # two tab groups under the diagram
            self.resizeDocks(
                [self.docks["controls"], self.docks["math"]], [1, 1], Qt.Orientation.Horizontal
            )
            # A quarter of the height, and at very large text at least nine lines: a plot in
            # these tabs then still has room for two numbers on its y axis that do not touch.
            lines = 9 * QFontMetricsF(self.font()).lineSpacing()
            self.resizeDocks(
                [self.docks["controls"]],
                [round(max(max(self.height(), 600) * 0.25, lines))],
                Qt.Orientation.Vertical,
            )
            QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))
            return
        self._apply_side_widths()
        self.resizeDocks(
            [self.docks["parameters"], self.docks["math"]],
            right_column_heights(self),
            Qt.Orientation.Vertical,
        )
        height = max(self.height(), 600)
        if self.property("compactLayout"):  # tabs: one height for both
            self.resizeDocks(
                [self.docks["unrolled"]], [round(height * 0.36)], Qt.Orientation.Vertical
            )
        else:
            self.resizeDocks(
                [self.docks["unrolled"], self.docks["timeSeries"]],
                [round(height * 0.21 + 20 * self.text_scale), round(height * 0.29)],
                Qt.Orientation.Vertical,
            )
        self.fit_empty_views()
        QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))

    def fit_empty_views(self) -> None:
        """Before any training the loss curve is empty: as low as its hint, Controls the rest
        of their column (in the wide layout; elsewhere it is a tab)."""
        if self.layout_kind != "wide":
            return
        self.resizeDocks(
            [self.docks["controls"], self.docks["loss"]],
            [10_000, 1] if self.loss_plot.is_empty() else [560, 300],
            Qt.Orientation.Vertical,
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
        fight it are disabled, and everything comes back as it was when it ends — except Full
        weights, which stay when training set a gate's input and recurrent weights apart, so
        that every weight it changed is on screen."""
        if running:
            self.playback.set_playing(False)
            self.state.go_to_end()
            self._mode_before_training = self.state.mode
            # Training moves input and recurrent weights apart: show them apart.
            self.state.set_mode("full")
        elif self._mode_before_training is not None:
            if self.state.params.is_simple():
                self.state.set_mode(self._mode_before_training)
            self._mode_before_training = None
        for widget in (self.playback, self.sequence_input, self.clamps):
            widget.setEnabled(not running)
        self.param_panel.set_editable(not running)
        self.set_busy(running)
        self._follow_fixed()

    # -------------------------------------------------------------------- commands
    def set_simple_mode(self) -> None:
        self.state.set_mode("simple")

    def set_full_mode(self) -> None:
        self.state.set_mode("full")

    def _show_mode(self, mode: str) -> None:
        self.actions_by_key[mode].setChecked(True)

    def print_worksheet(self):
        """File → Print worksheet: choose the steps and the blanks, preview, save the PDF."""
        from lstm_lab.lessons.cell.qt.worksheet import (
            WorksheetDialog,  # the print support loads when asked
        )

        lesson = self.state.lesson
        title = lesson.shown_title if lesson is not None else self.tr("My own cell")
        if getattr(self, "worksheet_dialog", None) is not None:
            self.worksheet_dialog.deleteLater()
        self.worksheet_dialog = WorksheetDialog(self.state, title, self.files._folder(), self)
        self.worksheet_dialog.open()
        return self.worksheet_dialog

    def release_keyboard(self) -> None:
        release_keyboard(self)

    # -------------------------------------------------------------------- help
    def shortcuts_note(self) -> str:
        return KEYS_NOTE

    def show_start_guide(self):
        from lstm_lab.shell.start_guide import SHOWN_KEY, StartGuide

        if getattr(self, "start_guide", None) is None:
            self.start_guide = StartGuide(self)
        self.start_guide.set_exercise(self.showing_exercise())
        self.start_guide.show()
        self.start_guide.raise_()
        self.settings.setValue(SHOWN_KEY, True)
        return self.start_guide

    def show_start_guide_once(self) -> bool:
        """The guide, unless it was shown before (on this computer, for this user) or the lesson
        is a teacher's exercise."""
        from lstm_lab.shell.start_guide import guide_was_shown

        if guide_was_shown(self.settings) or self.showing_exercise():
            return False
        self.show_start_guide()
        return True

    def show_equations(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("equationsDialog")
        box.setWindowTitle(self.tr("The LSTM equations"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(localized_resource_text("equations.html", language_fallbacks()))
        box.open()

    # -------------------------------------------------------------------- settings
    def restore_own_settings(self, settings: QSettings) -> None:
        self.state.set_mode(saved_mode(settings))  # an unusable value: the default, logged
        self.training.set_speed(saved_training_speed(settings))
        self.unrolled_view.set_show_future(saved_flag(settings, "view/showFutureSteps", False))
        # The docks were saved in two or three columns; a window of the other kind (saved on a
        # laptop, opened on a projector) is laid out afresh rather than squeezed.
        saved = saved_flag(settings, self._key("compact"), not is_compact(self))
        if saved != is_compact(self) or self.property("compactLayout") != is_compact(self):
            self.forget_layout()
            self.apply_default_sizes()

    def save_own_settings(self, settings: QSettings) -> None:
        settings.setValue("cell/mode", self._mode_before_training or self.state.mode)
        store_training_speed(settings, self.training.speed)
        settings.setValue("view/showFutureSteps", self.unrolled_view.show_future())
        settings.setValue(self._key("compact"), bool(self.property("compactLayout")))
