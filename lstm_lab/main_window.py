"""The single-cell lesson window: lays out the views around one lab state.

What the window holds is declared as data: `VIEWS` (each dock: key, title, where it goes) and
`ACTIONS` (each command: words, shortcut, tooltip, menu). The window builds them, registers every
view for theme and text-size changes, and owns the training controller. Lesson files (open, save,
the teacher's exercise options) are handled by `lstm_lab.lesson_files.LessonFiles`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_lab import __version__
from lstm_lab.lab.lesson import VIEW_KEYS, Lesson
from lstm_lab.resources import resource_text
from lstm_lab.state import LabState
from lstm_lab.theme import DARK, TEXT_SCALES, THEMES, Theme, apply_theme, saved_look
from lstm_lab.training.controller import TrainingController
from lstm_lab.widgets.cell_diagram import CellDiagram
from lstm_lab.widgets.clamp_controls import ClampControls
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
SETTINGS_VERSION = 1
_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


@dataclass(frozen=True)
class ViewSpec:
    """One dock: its key (as lesson files name it), title, the window attribute holding its
    widget, and where it goes: a dock area, or beside/below/behind (tab) another view."""

    key: str
    title: str
    widget: str
    area: Qt.DockWidgetArea
    below: str | None = None
    tab_of: str | None = None
    scroll: bool = False


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


@dataclass(frozen=True)
class ActionSpec:
    """One command: ``slot`` is a dotted path from the window ("state.step_forward").
    ``group`` makes checkable actions exclusive; ``playback`` actions give way to a focused
    control; ``busy`` actions are off while training runs."""

    key: str
    text: str
    slot: str
    menu: str
    shortcut: object = None
    tip: str = ""
    checkable: bool = False
    group: str | None = None
    playback: bool = False
    busy: bool = False
    separator_before: bool = False
    extra_shortcuts: tuple[object, ...] = ()


_K = Qt.Key
_S = QKeySequence.StandardKey
MENUS = ("&File", "&Playback", "&Cell", "&View", "&Teacher", "&Help")
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "start",
        "Start screen",
        "show_start_screen",
        "&File",
        "Ctrl+Shift+H",
        "Back to the list of lessons",
    ),
    ActionSpec(
        "open",
        "Open lesson…",
        "files.open_dialog",
        "&File",
        _S.Open,
        "Open a lesson file (.lstmlab)",
        separator_before=True,
    ),
    ActionSpec(
        "save",
        "Save lesson",
        "files.save",
        "&File",
        _S.Save,
        "Save everything set here as a lesson file",
    ),
    ActionSpec(
        "save_as",
        "Save lesson as…",
        "files.save_as",
        "&File",
        _S.SaveAs,
        "Save as a new lesson file",
    ),
    ActionSpec(
        "screenshot",
        "Save screenshot…",
        "save_screenshot_dialog",
        "&File",
        "Ctrl+Shift+P",
        "Save a picture of the window as PNG",
        separator_before=True,
    ),
    ActionSpec("quit", "Quit", "close", "&File", _S.Quit, "Close LSTM Lab", separator_before=True),
    ActionSpec(
        "step_forward",
        "Step forward",
        "state.step_forward",
        "&Playback",
        _K.Key_Right,
        "Step forward one time step",
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "step_back",
        "Step back",
        "state.step_back",
        "&Playback",
        _K.Key_Left,
        "Step back one time step",
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "play",
        "Play / Pause",
        "playback.toggle_playing",
        "&Playback",
        _K.Key_Space,
        "Play through the sequence, or pause",
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "reset",
        "Reset to t = 0",
        "playback.reset_to_start",
        "&Playback",
        _K.Key_Home,
        "Back to t = 0, keeping the sequence and the weights",
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "end",
        "Go to last step",
        "state.go_to_end",
        "&Playback",
        _K.Key_End,
        "Jump to the last time step",
        playback=True,
        busy=True,
    ),
    ActionSpec(
        "simple",
        "Simple weights (one per gate)",
        "set_simple_mode",
        "&Cell",
        tip="One weight per gate",
        checkable=True,
        group="mode",
        busy=True,
    ),
    ActionSpec(
        "full",
        "Full weights (input and recurrent)",
        "set_full_mode",
        "&Cell",
        tip="Input and recurrent weights apart",
        checkable=True,
        group="mode",
        busy=True,
    ),
    ActionSpec(
        "reset_params",
        "Reset all weights and biases",
        "param_panel.reset_all",
        "&Cell",
        tip="Every parameter back to its default",
        busy=True,
        separator_before=True,
    ),
    ActionSpec(
        "free_gates",
        "Free all pinned gates",
        "state.clear_clamps",
        "&Cell",
        tip="Let every gate follow its weights again",
        busy=True,
    ),
    ActionSpec(
        "theme_dark",
        "Dark theme",
        "set_dark_theme",
        "&View",
        tip="Black background, bright colours",
        checkable=True,
        group="theme",
        separator_before=True,
    ),
    ActionSpec(
        "theme_light",
        "Light theme",
        "set_light_theme",
        "&View",
        tip="White background, for bright rooms and projectors",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "larger",
        "Larger text",
        "larger_text",
        "&View",
        _S.ZoomIn,
        "Make all text larger, for projectors",
        separator_before=True,
        extra_shortcuts=("Ctrl+=",),
    ),
    ActionSpec(
        "smaller", "Smaller text", "smaller_text", "&View", _S.ZoomOut, "Make all text smaller"
    ),
    ActionSpec(
        "fullscreen",
        "Full screen",
        "toggle_full_screen",
        "&View",
        _K.Key_F11,
        "Fill the whole screen",
        checkable=True,
    ),
    ActionSpec(
        "reset_layout",
        "Reset layout",
        "reset_layout",
        "&View",
        tip="Put every view back where it started",
        separator_before=True,
    ),
    ActionSpec(
        "exercise",
        "Prepare an exercise…",
        "files.prepare_exercise",
        "&Teacher",
        tip="Fix sliders, hide views and write the text the student sees, then save",
    ),
    ActionSpec(
        "equations",
        "The equations",
        "show_equations",
        "&Help",
        _S.HelpContents,
        "The LSTM equations this cell follows",
    ),
    ActionSpec(
        "shortcuts", "Keyboard shortcuts", "show_shortcuts", "&Help", tip="Every keyboard shortcut"
    ),
    ActionSpec(
        "about",
        "About LSTM Lab",
        "show_about",
        "&Help",
        tip="Version and credits",
        separator_before=True,
    ),
)


class MainWindow(QMainWindow):
    """The single-cell lesson window. ``startScreenRequested`` asks the application to show
    the start screen; ``lessonOpened`` tells it a lesson file was opened here."""

    startScreenRequested = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("LSTM Lab[*]")
        self.settings = settings if settings is not None else QSettings("LSTM Lab", "LSTM Lab")
        self.state = LabState(self)
        self.theme: Theme = DARK
        app = QApplication.instance()
        self._base_point_size = app.font().pointSizeF() if app is not None else 10.0
        self.text_scale = 1.0
        # Style the application before the widgets exist: restyling them afterwards costs
        # a tenth of a second of start-up per pass.
        saved_theme, saved_scale = self._saved_look()
        if app is not None:
            apply_theme(app, THEMES[saved_theme], self._base_point_size * saved_scale)

        self.training = TrainingController(self.state, self)
        self._build_views()
        self._build_docks()
        self.actions_by_key: dict[str, QAction] = {}
        self._build_actions()

        from lstm_lab.lesson_files import LessonFiles  # Qt dialogs for the lesson files

        self.files = LessonFiles(self)
        self.resize(1440, 900)
        self.apply_default_sizes()
        self._default_state = self.saveState(SETTINGS_VERSION)
        self._restore_settings()
        self.state.viewsChanged.connect(self._show_lesson_views)
        self.state.modeChanged.connect(self._show_mode)
        self.state.trainingChanged.connect(self._on_training_running)
        self._mode_before_training: str | None = None
        # Space, arrows, Home and End belong to a focused button, slider, list or box: the
        # playback shortcuts step back while one has the focus. (A focus signal, not an event
        # filter: a filter would run Python for every event those controls get.)
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
        self.unrolled_view = UnrolledView(state)
        self.time_series = TimeSeriesPlot(state)
        self.math_panel = MathPanel(state)
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
        self._looks: list[QWidget] = []
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

    def register_view(self, widget: QWidget) -> None:
        """``widget`` follows theme changes (``apply_theme``) and text size (``set_text_scale``)."""
        if widget not in self._looks:
            self._looks.append(widget)

    def _build_docks(self) -> None:
        self.docks: dict[str, QDockWidget] = {}
        for view in VIEWS:
            widget = getattr(self, view.widget)
            if view.scroll:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(widget)
                widget = scroll
            dock = QDockWidget(view.title, self)
            dock.setObjectName(f"{view.key}Dock")
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.addDockWidget(view.area, dock)
            if view.below is not None:
                self.splitDockWidget(self.docks[view.below], dock, Qt.Orientation.Vertical)
            if view.tab_of is not None:
                self.tabifyDockWidget(self.docks[view.tab_of], dock)
            self.docks[view.key] = dock
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.setCorner(Qt.Corner.BottomRightCorner, _RIGHT)
        self.docks["math"].raise_()

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

    def _show_lesson_views(self) -> None:
        """A lesson's hidden views are closed (the View menu can bring them back)."""
        hidden = self.state.hidden_views
        for key, dock in self.docks.items():
            dock.setVisible(key not in hidden)

    # -------------------------------------------------------------------- actions
    def _resolve(self, path: str) -> Callable:
        target: object = self
        for part in path.split("."):
            target = getattr(target, part)
        return target  # type: ignore[return-value]

    def _build_actions(self) -> None:
        bar = self.menuBar()
        menus = {title: bar.addMenu(title) for title in MENUS}
        groups: dict[str, QActionGroup] = {}
        for spec in ACTIONS:
            action = QAction(spec.text, self)
            action.setObjectName(f"action_{spec.key}")
            keys = [spec.shortcut, *spec.extra_shortcuts] if spec.shortcut is not None else []
            if keys:
                action.setShortcuts([QKeySequence(key) for key in keys])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.tip:
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(spec.tip + (f" ({shown})" if shown else ""))
                action.setStatusTip(spec.tip)
            action.setCheckable(spec.checkable)
            slot = spec.slot
            action.triggered.connect(lambda _checked=False, s=slot: self._resolve(s)())
            if spec.group is not None:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            self.addAction(action)
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            self.actions_by_key[spec.key] = action
        view_menu = menus["&View"]
        first = view_menu.actions()[0] if view_menu.actions() else None
        for dock in self.docks.values():
            view_menu.insertAction(first, dock.toggleViewAction())
        view_menu.insertAction(first, self.lesson_banner.toggle_action)
        for menu in menus.values():
            menu.setToolTipsVisible(True)
        self._playback_actions = [self.actions_by_key[s.key] for s in ACTIONS if s.playback]
        self._actions_off_while_training = [self.actions_by_key[s.key] for s in ACTIONS if s.busy]
        self.actions_by_key["theme_dark"].setChecked(True)
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
        for action in self._actions_off_while_training:
            action.setEnabled(not running)

    # -------------------------------------------------------------------- commands
    def show_start_screen(self) -> None:
        self.startScreenRequested.emit()

    def set_simple_mode(self) -> None:
        self.state.set_mode("simple")

    def set_full_mode(self) -> None:
        self.state.set_mode("full")

    def _show_mode(self, mode: str) -> None:
        self.actions_by_key[mode].setChecked(True)

    def set_dark_theme(self) -> None:
        self.set_theme("dark")

    def set_light_theme(self) -> None:
        self.set_theme("light")

    def larger_text(self) -> None:
        self.step_text_scale(+1)

    def smaller_text(self) -> None:
        self.step_text_scale(-1)

    # -------------------------------------------------------------------- theme and text
    def set_theme(self, name: str) -> None:
        theme = THEMES[name]
        self.theme = theme
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, theme, self._base_point_size * self.text_scale)
        for widget in self._looks:
            if hasattr(widget, "apply_theme"):
                widget.apply_theme(theme)
        self.actions_by_key[f"theme_{name}"].setChecked(True)

    def set_text_scale(self, scale: float) -> None:
        scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        self.text_scale = scale
        app = QApplication.instance()
        if app is None:
            return
        apply_theme(app, self.theme, self._base_point_size * scale)
        for widget in self._looks:
            if hasattr(widget, "set_text_scale"):
                widget.set_text_scale(scale)
        self._apply_side_widths()

    def step_text_scale(self, direction: int) -> None:
        index = TEXT_SCALES.index(self.text_scale) + direction
        self.set_text_scale(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index))])

    def toggle_full_screen(self) -> None:
        if self.actions_by_key["fullscreen"].isChecked():
            self.showFullScreen()
        else:
            self.showNormal()

    def reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._default_state, SETTINGS_VERSION)
        self.apply_default_sizes()

    # -------------------------------------------------------------------- lessons
    def open_lesson(self, lesson: Lesson, path: str | None = None) -> None:
        """Show ``lesson`` (from ``path``, or built in) in this window."""
        self.files.show_lesson(lesson, path)

    # -------------------------------------------------------------------- help
    def show_equations(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("equationsDialog")
        box.setWindowTitle("The LSTM equations")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(resource_text("equations.html"))
        box.open()

    def show_shortcuts(self) -> None:
        rows = []
        for action in self.actions():
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )
            if keys:
                name = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{name}</td></tr>")
        box = QMessageBox(self)
        box.setObjectName("shortcutsDialog")
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<table>" + "".join(rows) + "</table>")
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle("About LSTM Lab")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<h3>LSTM Lab {__version__}</h3>"
            "<p>One long short-term memory cell to hold in your hands: every gate, weight and "
            "sum on screen, every number ready to redo by hand.</p>"
            "<p>Runs entirely offline.</p>"
        )
        box.open()

    # -------------------------------------------------------------------- screenshots
    def save_screenshot(self, path: str) -> bool:
        return self.grab().save(path, "PNG")

    def save_screenshot_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save screenshot", "lstm-lab.png", "PNG image (*.png)"
        )
        if path and not self.save_screenshot(path):
            QMessageBox.warning(self, "Screenshot not saved", f"Could not write {path}.")

    # -------------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        window_state = s.value("window/state")
        if isinstance(window_state, QByteArray) and not window_state.isEmpty():
            self.restoreState(window_state, SETTINGS_VERSION)
        theme, scale = self._saved_look()
        self.text_scale = scale
        self.set_theme(theme)
        self.set_text_scale(scale)
        mode = s.value("cell/mode", "simple")
        self.state.set_mode(
            mode if isinstance(mode, str) and mode in ("simple", "full") else "simple"
        )

    def _saved_look(self) -> tuple[str, float]:
        """The theme name and text scale kept in the settings (defaults when unreadable)."""
        return saved_look(self.settings)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(SETTINGS_VERSION))
        s.setValue("view/theme", self.theme.name)
        s.setValue("view/textScale", self.text_scale)
        s.setValue("cell/mode", self._mode_before_training or self.state.mode)
        s.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.files.may_discard("closing"):
            event.ignore()
            return
        self.playback.set_playing(False)
        self.training.shutdown()
        self.save_settings()
        super().closeEvent(event)
