"""The main window: lays out the views around one LabState and wires menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
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
from lstm_lab.resources import resource_text
from lstm_lab.saved_settings import restore_window, saved_look
from lstm_lab.state import LabState
from lstm_lab.theme import DARK, THEMES, Theme, apply_theme
from lstm_lab.training_worker import ParamLocks
from lstm_lab.widgets.cell_diagram import CellDiagram
from lstm_lab.widgets.clamp_controls import ClampControls
from lstm_lab.widgets.math_panel import MathPanel
from lstm_lab.widgets.param_panel import ParamPanel
from lstm_lab.widgets.playback_controls import PlaybackControls
from lstm_lab.widgets.sequence_input import SequenceInput
from lstm_lab.widgets.stats_panel import StatsPanel
from lstm_lab.widgets.time_series import TimeSeriesPlot
from lstm_lab.widgets.training_panel import TrainingPanel
from lstm_lab.widgets.unrolled_view import UnrolledView

_KEY_HUNGRY = (QAbstractButton, QAbstractSlider, QComboBox, QAbstractSpinBox, QLineEdit)
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
SETTINGS_VERSION = 1


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("LSTM Lab")
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

        # ---------------------------------------------------------------- views
        self.cell_diagram = CellDiagram(self.state)
        self.setCentralWidget(self.cell_diagram)
        self.unrolled_view = UnrolledView(self.state)
        self.time_series = TimeSeriesPlot(self.state)
        self.math_panel = MathPanel(self.state)
        self.stats_panel = StatsPanel(self.state)
        self.locks = ParamLocks(self)
        self.param_panel = ParamPanel(self.state, self.locks)
        self.training_panel = TrainingPanel(self.state, locks=self.locks)
        self.training_panel.overlayTextChanged.connect(self.time_series.set_overlay_text)
        self.sequence_input = SequenceInput(self.state)
        self.playback = PlaybackControls(self.state)
        self.clamps = ClampControls(self.state)

        controls = QWidget()
        controls.setObjectName("controlsPanel")
        column = QVBoxLayout(controls)
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
        controls_scroll = QScrollArea()
        controls_scroll.setWidgetResizable(True)
        controls_scroll.setWidget(controls)

        self.docks: dict[str, QDockWidget] = {}
        self._add_dock(
            "controls", "Controls", controls_scroll, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._add_dock(
            "parameters",
            "Weights and biases",
            self.param_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._add_dock(
            "math", "Math of this step", self.math_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._add_dock(
            "unrolled",
            "Unrolled through time",
            self.unrolled_view,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._add_dock(
            "timeSeries", "Time series", self.time_series, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(
            self.docks["unrolled"], self.docks["timeSeries"], Qt.Orientation.Vertical
        )
        self.splitDockWidget(self.docks["parameters"], self.docks["math"], Qt.Orientation.Vertical)
        training_scroll = QScrollArea()
        training_scroll.setWidgetResizable(True)
        training_scroll.setWidget(self.training_panel)
        self._add_dock(
            "training", "Train the cell", training_scroll, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.docks["math"], self.docks["training"])
        self.docks["math"].raise_()
        # The loss curve gets its own dock under the controls, in view while training runs.
        self._add_dock(
            "loss",
            "Loss curve",
            self.training_panel.loss_plot,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.splitDockWidget(self.docks["controls"], self.docks["loss"], Qt.Orientation.Vertical)
        self._mode_before_training: str | None = None
        self.training_panel.runningChanged.connect(self._on_training_running)

        self._build_actions()
        self._build_menus()
        self.resize(1440, 900)
        self.apply_default_sizes()
        self._default_state = self.saveState(SETTINGS_VERSION)
        self._restore_settings()
        # Space, arrows, Home and End belong to a focused button, slider, list or box: the
        # playback shortcuts step back while one has the focus. (A focus signal, not an event
        # filter: a filter would run Python for every event those controls get.)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    # -------------------------------------------------------------------- layout
    def _add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        self.docks[key] = dock

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
            self._mode_before_training = self.param_panel.mode()
            # Training moves input and recurrent weights apart: show them apart.
            self.param_panel.set_mode("full")
        elif self._mode_before_training is not None:
            self.param_panel.set_mode(self._mode_before_training)
            self._mode_before_training = None
        for widget in (self.playback, self.sequence_input, self.clamps):
            widget.setEnabled(not running)
        self.param_panel.set_editable(not running)
        for action in self._actions_off_while_training:
            action.setEnabled(not running)
        if running:
            # Lay out and paint all that now, before the training thread competes with this
            # thread for Python's lock: afterwards each of those many small paints would wait.
            QApplication.sendPostedEvents()
            self.repaint()

    # -------------------------------------------------------------------- actions
    def _action(
        self, text: str, slot, shortcut=None, tip: str | None = None, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            key = f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip + (key if shortcut is not None else ""))
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        state, playback = self.state, self.playback
        self.act_step_forward = self._action(
            "Step forward", state.step_forward, Qt.Key.Key_Right, "Step forward one time step"
        )
        self.act_step_back = self._action(
            "Step back", state.step_back, Qt.Key.Key_Left, "Step back one time step"
        )
        self.act_play = self._action(
            "Play / Pause",
            playback.toggle_playing,
            Qt.Key.Key_Space,
            "Play through the sequence, or pause",
        )
        self.act_reset = self._action(
            "Reset to t = 0",
            playback.reset_to_start,
            Qt.Key.Key_Home,
            "Back to t = 0, keeping the sequence and the weights",
        )
        self.act_end = self._action(
            "Go to last step", state.go_to_end, Qt.Key.Key_End, "Jump to the last time step"
        )
        self._playback_actions = [
            self.act_step_forward,
            self.act_step_back,
            self.act_play,
            self.act_reset,
            self.act_end,
        ]
        self.act_screenshot = self._action(
            "Save screenshot…",
            self._save_screenshot_dialog,
            QKeySequence.StandardKey.Save,
            "Save a picture of the window as PNG",
        )
        self.act_quit = self._action(
            "Quit", self.close, QKeySequence.StandardKey.Quit, "Close LSTM Lab"
        )
        self.act_larger = self._action(
            "Larger text",
            lambda: self.step_text_scale(+1),
            QKeySequence.StandardKey.ZoomIn,
            "Make all text larger, for projectors",
        )
        self.act_larger.setShortcuts([*self.act_larger.shortcuts(), QKeySequence("Ctrl+=")])
        self.act_smaller = self._action(
            "Smaller text",
            lambda: self.step_text_scale(-1),
            QKeySequence.StandardKey.ZoomOut,
            "Make all text smaller",
        )
        self.act_fullscreen = self._action(
            "Full screen",
            self._toggle_full_screen,
            Qt.Key.Key_F11,
            "Fill the whole screen",
            checkable=True,
        )
        self.act_reset_layout = self._action(
            "Reset layout", self.reset_layout, None, "Put every view back where it started"
        )
        self.act_theme_dark = self._action(
            "Dark theme",
            lambda: self.set_theme("dark"),
            None,
            "Black background, bright colours",
            checkable=True,
        )
        self.act_theme_light = self._action(
            "Light theme",
            lambda: self.set_theme("light"),
            None,
            "White background, for bright rooms and projectors",
            checkable=True,
        )
        group = QActionGroup(self)
        group.addAction(self.act_theme_dark)
        group.addAction(self.act_theme_light)
        self.act_theme_dark.setChecked(True)
        self.act_simple = self._action(
            "Simple weights (one per gate)",
            lambda: self.param_panel.set_mode("simple"),
            None,
            "One weight per gate",
            checkable=True,
        )
        self.act_full = self._action(
            "Full weights (input and recurrent)",
            lambda: self.param_panel.set_mode("full"),
            None,
            "Input and recurrent weights apart",
            checkable=True,
        )
        mode_group = QActionGroup(self)
        mode_group.addAction(self.act_simple)
        mode_group.addAction(self.act_full)
        self.act_simple.setChecked(True)
        self.param_panel.modeChanged.connect(
            lambda mode: (self.act_simple if mode == "simple" else self.act_full).setChecked(True)
        )
        self.act_equations = self._action(
            "The equations",
            self.show_equations,
            QKeySequence.StandardKey.HelpContents,
            "The LSTM equations this cell follows",
        )
        self.act_shortcuts = self._action(
            "Keyboard shortcuts", self.show_shortcuts, None, "Every keyboard shortcut"
        )
        self.act_about = self._action(
            "About LSTM Lab", self.show_about, None, "Version and credits"
        )

        playback.play.setToolTip(self.act_play.toolTip())
        playback.forward.setToolTip(self.act_step_forward.toolTip())
        playback.back.setToolTip(self.act_step_back.toolTip())
        playback.reset.setToolTip(self.act_reset.toolTip())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_screenshot)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        play_menu = bar.addMenu("&Playback")
        for action in (
            self.act_step_forward,
            self.act_step_back,
            self.act_play,
            self.act_reset,
            self.act_end,
        ):
            play_menu.addAction(action)

        cell_menu = bar.addMenu("&Cell")
        cell_menu.addAction(self.act_simple)
        cell_menu.addAction(self.act_full)
        cell_menu.addSeparator()
        reset_params = cell_menu.addAction("Reset all weights and biases")
        reset_params.triggered.connect(self.param_panel.reset_all)
        free_gates = cell_menu.addAction("Free all pinned gates")
        free_gates.triggered.connect(self.state.clear_clamps)
        self._actions_off_while_training = [
            self.act_step_forward,
            self.act_step_back,
            self.act_play,
            self.act_reset,
            self.act_end,
            self.act_simple,
            self.act_full,
            reset_params,
            free_gates,
        ]

        view_menu = bar.addMenu("&View")
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.act_theme_dark)
        view_menu.addAction(self.act_theme_light)
        view_menu.addSeparator()
        view_menu.addAction(self.act_larger)
        view_menu.addAction(self.act_smaller)
        view_menu.addAction(self.act_fullscreen)
        view_menu.addSeparator()
        view_menu.addAction(self.act_reset_layout)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_equations)
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        for menu in (file_menu, play_menu, cell_menu, view_menu, help_menu):
            menu.setToolTipsVisible(True)

    # -------------------------------------------------------------------- theme and text
    def set_theme(self, name: str) -> None:
        theme = THEMES[name]
        self.theme = theme
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, theme, self._base_point_size * self.text_scale)
        for widget in (
            self.cell_diagram,
            self.unrolled_view,
            self.time_series,
            self.math_panel,
            self.stats_panel,
            self.param_panel,
        ):
            widget.apply_theme(theme)
        (self.act_theme_dark if name == "dark" else self.act_theme_light).setChecked(True)

    def set_text_scale(self, scale: float) -> None:
        scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        self.text_scale = scale
        app = QApplication.instance()
        if app is None:
            return
        apply_theme(app, self.theme, self._base_point_size * scale)
        self.math_panel.set_text_scale(scale)
        self.stats_panel.set_text_scale(scale)
        self.unrolled_view.set_text_scale(scale)
        self.playback.set_text_scale(scale)
        self.time_series.set_text_scale(scale)
        self._apply_side_widths()

    def step_text_scale(self, direction: int) -> None:
        index = TEXT_SCALES.index(self.text_scale) + direction
        self.set_text_scale(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index))])

    def _toggle_full_screen(self, checked: bool) -> None:
        if checked:
            self.showFullScreen()
        else:
            self.showNormal()

    def reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._default_state, SETTINGS_VERSION)
        self.apply_default_sizes()

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
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
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

    def _save_screenshot_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save screenshot", "lstm-lab.png", "PNG image (*.png)"
        )
        if path and not self.save_screenshot(path):
            QMessageBox.warning(self, "Screenshot not saved", f"Could not write {path}.")

    # -------------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        restore_window(self, SETTINGS_VERSION, TEXT_SCALES)  # unusable values: defaults, logged

    def _saved_look(self) -> tuple[str, float]:
        """The theme name and text scale kept in the settings (defaults when unreadable)."""
        look = saved_look(self.settings, TEXT_SCALES)
        return look.theme, look.scale

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(SETTINGS_VERSION))
        s.setValue("view/theme", self.theme.name)
        s.setValue("view/textScale", self.text_scale)
        s.setValue("cell/mode", self._mode_before_training or self.param_panel.mode())
        s.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.playback.set_playing(False)
        self.training_panel.shutdown()
        self.save_settings()
        super().closeEvent(event)
