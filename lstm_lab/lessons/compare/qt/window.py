"""The window of the lesson "Who remembers?": the RNN, the LSTM and the GRU side by side.

Each cell has a column (its sliders, from its spec table, and its diagram, under a line saying
for how many steps it remembers the first input, for how many its height stays readable and
whether it is a latch); the docks plot the three hidden states on one time axis, the retention
after the first input (log scale) beside the read-out's R², gradient(k) on a log scale with the
reference lines that hold for the RNN and the LSTM, the parameter counts, the race and the GRU's
equations. A list above the cells offers `PRESETS` by name. Every number comes from the
Qt-free `CompareModel` (`lstm_lab.lessons.compare.model`), the race's included; the views only
draw it, following the model's events as the Qt signals of its adapter (`CompareState`).

The docks follow the shared layout policy (`LessonWindow.follow_layout`): below 1300 pixels (a
projector's 1024 or 1280, at text sizes up to 1.15×) the right column's views become tabs beside
the plots ("compact"), so the three cells keep their room; with larger text on a narrow window
the three plots are tabs of one dock and the lesson's views tabs of another ("crowded"), so every
tab title stays whole and every plot keeps its height. Larger text needs a proportionally wider
window for the wide layout. Where even the crowded layout leaves the three cells side by side too
little width for their numbers to grow with the text (1024 pixels at 1.5×), one cell takes the
room at a time, the LSTM first, the others a tab (or the key 1, 2 or 3) away, drawn at the
LSTM's scale; the plots and the lesson's views are then two tab groups beside it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.lesson import Lesson
from lstm_lab.engine import CELLS, SequenceError, parse_sequence
from lstm_lab.engine.memory import READABLE_R2, REFERENCE_NAMES
from lstm_lab.lessons.compare.model import (
    CELL_MARKERS,
    CELL_ROLES,
    ORDER,
    PRESETS,
    VIEW_KEYS,
    CompareModel,
    preset_named,
)
from lstm_lab.lessons.compare.qt.cell_column import CellColumn
from lstm_lab.lessons.compare.qt.curves_plot import CurvesPlot
from lstm_lab.lessons.compare.qt.gru_diagram import GRUDiagram
from lstm_lab.lessons.compare.qt.gru_math_panel import GRUMathPanel
from lstm_lab.lessons.compare.qt.param_count_view import ParamCountView
from lstm_lab.lessons.compare.qt.plot_panel import PlotPanel
from lstm_lab.lessons.compare.qt.race_panel import RacePanel
from lstm_lab.lessons.compare.qt.rnn_diagram import RNNDiagram
from lstm_lab.lessons.compare.qt.state import CompareState
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
)
from lstm_lab.ui.cell_diagram import SCENE_RECT, CellDiagram
from lstm_lab.ui.flow_controls import FlowControls
from lstm_lab.ui.layout import hide_stale_tab_bars, layout_for, room_side_by_side
from lstm_lab.ui.lesson_text import LessonTextView
from lstm_lab.ui.state import LabState

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea

_TOP = Qt.DockWidgetArea.TopDockWidgetArea

VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("sequence", QT_TRANSLATE_NOOP("LessonWindow", "Sequence"), "sequence_panel", _TOP),
    ViewSpec("text", QT_TRANSLATE_NOOP("LessonWindow", "Lesson"), "text_view", _RIGHT),
    ViewSpec(
        "race",
        QT_TRANSLATE_NOOP("LessonWindow", "Race"),
        "race_panel",
        _RIGHT,
        below="text",
        scroll=True,
    ),
    ViewSpec(
        "counts",
        QT_TRANSLATE_NOOP("LessonWindow", "Counts"),
        "count_view",
        _RIGHT,
        tab_of="text",
        scroll=True,
    ),
    ViewSpec(
        "gruMath", QT_TRANSLATE_NOOP("LessonWindow", "GRU math"), "gru_math", _RIGHT, tab_of="text"
    ),
    # Short titles: on a projector at large text the three plots are tabs of one dock.
    ViewSpec("hidden", QT_TRANSLATE_NOOP("LessonWindow", "Hidden states"), "hidden_panel", _BOTTOM),
    ViewSpec("retention", QT_TRANSLATE_NOOP("LessonWindow", "Memory"), "retention_panel", _BOTTOM),
    ViewSpec("gradient", QT_TRANSLATE_NOOP("LessonWindow", "Gradients"), "gradient_panel", _BOTTOM),
)
assert tuple(sorted(v.key for v in VIEWS)) == tuple(sorted(VIEW_KEYS))

#: The smallest window the lesson is laid out for: a projector's 1024×768 screen less the
#: window's frame.
MINIMUM_SIZE = (1000, 680)
#: The window width, per unit of text size, at which the three cells still stand side by side
#: in the crowded layout: at 1.0× a projector's 1024 pixels draw them at about 0.38 of their
#: scenes' size, and their numbers only grow with the text if their width does (1,350 pixels at
#: 1.5×, so 1440×900 keeps them side by side and 1024×768 shows one at a time).
CELLS_SIDE_BY_SIDE = 900
#: The share of the window's width the plots and the lesson's views take beside the one cell
#: shown (`_size_one_cell`): the rest draws the LSTM's numbers 1.3 times as high at 1.5× text
#: as the three side by side draw them at 1.0×.
SIDE_COLUMN = 0.38

RACE = QT_TRANSLATE_NOOP("LessonWindow", "&Race")
MENUS = (FILE, RACE, VIEW, HELP)
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec(
        "race_start",
        QT_TRANSLATE_NOOP("LessonWindow", "Train all three to remember"),
        "race_panel.start",
        RACE,
        "Ctrl+T",
        QT_TRANSLATE_NOOP("LessonWindow", "Race the RNN, LSTM and GRU on the delay-k echo task"),
        busy=True,
    ),
    ActionSpec(
        "race_stop",
        QT_TRANSLATE_NOOP("LessonWindow", "Stop"),
        "race_panel.stop",
        RACE,
        "Ctrl+.",
        QT_TRANSLATE_NOOP("LessonWindow", "Stop the race"),
    ),
    ActionSpec(
        "animate",
        QT_TRANSLATE_NOOP("LessonWindow", "Animate the LSTM's step"),
        "animate_lstm",
        RACE,
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("LessonWindow", "Play how the LSTM's step flows through its gates"),
        separator_before=True,
    ),
    ActionSpec(
        "reset_params",
        QT_TRANSLATE_NOOP("LessonWindow", "Reset all weights"),
        "reset_all_params",
        RACE,
        tip=QT_TRANSLATE_NOOP(
            "LessonWindow", "Every cell's parameters back to the lesson's values"
        ),
        busy=True,
    ),
)

CONTEXT = "CompareWindow"
# The words above each plot; every string goes through tr() where it is shown.
HIDDEN_WORDS = QT_TRANSLATE_NOOP(
    "CompareWindow", "The hidden state of each cell at every step, on one time axis."
)
HIDDEN_SHORT = QT_TRANSLATE_NOOP("CompareWindow", "h(t) of each cell at every step.")
RETENTION_WORDS = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "retention(k) = |h_A(k) − h_B(k)|: run A reads the sequence as given, run B the same "
    "sequence with its first value replaced by 0 — whether the first input can still be seen "
    "in the hidden state at step k. It says that h differs, not whether the first input's "
    "value can be read back: see Read-out R².",
)
RETENTION_SHORT = QT_TRANSLATE_NOOP(
    "CompareWindow", "retention(k): how far h(k) still shows the pulse."
)
READOUT_WORDS = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "Read-out R²(k): the sequence is run with its first value set to 8 heights from 0.1 to 1, "
    "and R² is the share of the heights' variance that the best straight line from h(k) "
    "explains, with h(k) read through noise of 0.001. 1: the height can be read back from "
    "h(k); near 0: it cannot. Dotted: R² = 0.9, readable. A latch keeps its retention while "
    "its R² falls.",
)
READOUT_SHORT = QT_TRANSLATE_NOOP(
    "CompareWindow", "R²(k): how well h(k) gives back the pulse's height."
)
GRADIENT_WORDS = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "gradient(k) = |∂y(T)/∂x(T−k)|: how strongly the last output can still learn from the "
    "input k steps back (backpropagation through time). Dashed: the RNN's one path, "
    "|w_in·w_out|·|w_hh|^k·Π(1 − h²), which is its gradient; dotted: |w_in·w_out|·|w_hh|^k, "
    "the bound it stays under (1 − h² ≤ 1). Dash-dot: the LSTM's gradient along the cell "
    "state alone, multiplied by f(t) at every step back.",
)
GRADIENT_SHORT = QT_TRANSLATE_NOOP(
    "CompareWindow", "gradient(k) = |∂y(T)/∂x(T−k)| and its reference lines."
)
#: The gradient plot's reference lines: key, legend words, colour role, line style.
REFERENCE_LINES = (
    ("rnn_path", QT_TRANSLATE_NOOP("CompareWindow", "|w_hh|^k·Π(1−h²)"), "y", "dash"),
    ("rnn_bound", QT_TRANSLATE_NOOP("CompareWindow", "|w_hh|^k bound"), "target", "dot"),
    ("lstm_cell_path", QT_TRANSLATE_NOOP("CompareWindow", "Π f(t) path"), "i", "dashdot"),
)
assert {key for key, *_ in REFERENCE_LINES} == {
    k for keys in REFERENCE_NAMES.values() for k in keys
}
#: The first entry of the presets' list: no preset.
PRESET_PROMPT = QT_TRANSLATE_NOOP("CompareWindow", "Try a setting…")


def tr(text: str) -> str:
    """``text`` translated in the window's context (module-level words are marked with
    QT_TRANSLATE_NOOP and translated where shown)."""
    return QCoreApplication.translate(CONTEXT, text)


class CompareWindow(LessonWindow):
    """The comparison lesson's window (see the module)."""

    lessonEdited = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Who remembers? — LSTM Lab[*]"))
        # The least size is the projector's, not the wide layout's: narrowed to a projector's
        # width the window takes the compact layout (`arrange`) instead of refusing to shrink.
        self.setMinimumSize(*MINIMUM_SIZE)
        self.model = CompareModel()
        self.state = CompareState(self, model=self.model)
        self.states = {
            name: LabState(self, model=self.model.models[name], cell=CELLS[name]) for name in ORDER
        }
        self._lesson: Lesson | None = None
        #: The cell shown when one is shown at a time (`shows_one_cell`).
        self._presented_cell = "lstm"
        #: The crowded layout on a window too narrow for the three cells side by side.
        self._one_at_a_time = False
        self._build()
        self.build_views(VIEWS)
        self.docks["text"].raise_()
        self.splitDockWidget(
            self.docks["hidden"], self.docks["retention"], Qt.Orientation.Horizontal
        )
        self.splitDockWidget(
            self.docks["retention"], self.docks["gradient"], Qt.Orientation.Horizontal
        )
        self.build_actions(MENUS, ACTIONS)
        self.finish_setup()
        state = self.state
        state.resultsChanged.connect(self._show_results)
        state.sizesChanged.connect(self._show_counts)
        state.cursorChanged.connect(self._show_step)
        for signal in (
            state.resultsChanged,
            state.sizesChanged,
            state.delayChanged,
            state.sequenceChanged,
            state.raceSettingsChanged,
        ):
            signal.connect(self.lessonEdited)
        state.raceRunningChanged.connect(self.set_busy)
        self._show_everything()

    # -------------------------------------------------------------------- views
    def _build(self) -> None:
        diagrams = {
            "rnn": RNNDiagram(self.states["rnn"]),
            "lstm": CellDiagram(self.states["lstm"]),
            "gru": GRUDiagram(self.states["gru"]),
        }
        self.diagrams = diagrams
        for diagram in diagrams.values():  # a projector's low window: the sliders keep a row
            diagram.setMinimumSize(180, 110)
        self.columns = {
            name: CellColumn(self.states[name], diagrams[name], CELL_ROLES[name]) for name in ORDER
        }
        self.flow = FlowControls(self.states["lstm"], diagrams["lstm"])
        self.columns["lstm"].layout().insertWidget(1, self.flow)  # under its header
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("cellColumns")
        split.setChildrenCollapsible(False)
        for name in ORDER:
            split.addWidget(self.columns[name])
        self._columns_split = split
        # Crowded (large text on a narrow window), the sliders leave the columns for a row of
        # their own under the three drawings: as wide as they need, they would otherwise
        # decide the drawings' widths (`_place_sliders`).
        self.slider_row = QWidget()
        self.slider_row.setObjectName("sliderRow")
        QHBoxLayout(self.slider_row).setContentsMargins(4, 0, 4, 0)
        self.slider_row.hide()
        cells = QSplitter(Qt.Orientation.Vertical)
        cells.setObjectName("cellArea")
        cells.setChildrenCollapsible(False)
        cells.addWidget(split)
        cells.addWidget(self.slider_row)
        cells.setStretchFactor(0, 3)
        cells.setStretchFactor(1, 1)
        self._cell_area = cells
        # One cell at a time (a narrow window at large text): a tab a cell above it.
        self.cell_tabs = QTabBar()
        self.cell_tabs.setObjectName("cellTabs")
        self.cell_tabs.setDocumentMode(True)
        self.cell_tabs.setExpanding(False)
        self.cell_tabs.setAccessibleName(self.tr("Cell shown"))
        for number, name in enumerate(ORDER, start=1):
            index = self.cell_tabs.addTab(CELLS[name].title)
            self.cell_tabs.setTabData(index, name)
            self.cell_tabs.setTabToolTip(
                index,
                self.tr("Show the {cell} cell ({key})").format(cell=CELLS[name].title, key=number),
            )
        self.cell_tabs.setCurrentIndex(ORDER.index(self._presented_cell))
        self.cell_tabs.currentChanged.connect(
            lambda index: self.present_cell(self.cell_tabs.tabData(index))
        )
        self.cell_tabs.hide()
        centre = QWidget()
        centre.setObjectName("cellCentre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.cell_tabs)
        column.addWidget(cells, 1)
        self.setCentralWidget(centre)

        self.text_view = LessonTextView()
        self.text_view.setObjectName("lessonText")
        self.text_view.setFrameShape(QFrame.Shape.StyledPanel)

        self.sequence_panel = QWidget()
        self.sequence_edit = QLineEdit()
        self.sequence_edit.setObjectName("compareSequence")
        self.sequence_edit.setAccessibleName(self.tr("Input sequence"))
        self.sequence_edit.setAccessibleDescription(
            self.tr("The input all three cells read: numbers separated by commas")
        )
        self.sequence_edit.setToolTip(
            self.tr("The input all three cells read: numbers separated by commas")
        )
        self.pulse_button = QPushButton(self.tr("A pulse, then 49 zeros"))
        self.pulse_button.setObjectName("pulseButton")
        self.pulse_button.clicked.connect(lambda: self.set_sequence([1.0] + [0.0] * 49))
        self.sequence_error = QLabel("")
        self.sequence_error.setObjectName("sequenceError")
        self.sequence_error.setWordWrap(True)
        self.step_spin = QSpinBox()
        self.step_spin.setObjectName("compareStep")
        self.step_spin.setAccessibleName(self.tr("Step t"))
        self.step_spin.setAccessibleDescription(self.tr("The step the three diagrams show"))
        self.step_spin.setToolTip(self.tr("The step the three diagrams show"))
        self.step_spin.valueChanged.connect(self.model.go_to)
        self.sequence_edit.editingFinished.connect(self._sequence_typed)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(self.tr("Ready-made settings"))
        self.preset_combo.addItem(tr(PRESET_PROMPT), "")
        for preset in PRESETS:
            self.preset_combo.addItem(tr(preset.title), preset.key)
            self.preset_combo.setItemData(
                self.preset_combo.count() - 1, tr(preset.note), Qt.ItemDataRole.ToolTipRole
            )
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_combo.setMinimumContentsLength(14)
        self.preset_combo.setToolTip(
            self.tr("Settings that each show one thing: the cells and the sequence they need")
        )
        self.preset_combo.activated.connect(self._preset_chosen)
        self.preset_note = QLabel("")
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setWordWrap(True)
        self.preset_note.setTextFormat(Qt.TextFormat.PlainText)
        self._applying_preset = False
        column = QVBoxLayout(self.sequence_panel)
        column.setContentsMargins(6, 2, 6, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Input x(1) … x(T):")))
        row.addWidget(self.sequence_edit, 1)
        row.addWidget(self.pulse_button)
        row.addWidget(self.preset_combo)
        row.addWidget(QLabel(self.tr("Step shown:")))
        row.addWidget(self.step_spin)
        column.addLayout(row)
        column.addWidget(self.sequence_error)
        column.addWidget(self.preset_note)
        self.sequence_error.hide()
        self.preset_note.hide()
        self._sequence_column = column

        self.hidden_plot = CurvesPlot(
            "hiddenPlot",
            self.tr("step t"),
            "h(t)",
            tooltip=self.tr("The three hidden states on one time axis"),
        )
        self.hidden_plot.add_curve("x", self.tr("input x"), "x", dashed=True)
        self.retention_plot = CurvesPlot(
            "retentionPlot",
            self.tr("step k"),
            self.tr("retention(k)"),
            log_y=True,
            tooltip=tr(RETENTION_WORDS),
        )
        self.readout_plot = CurvesPlot(
            "readoutPlot",
            self.tr("step k"),
            "R²(k)",
            y_range=(0.0, 1.0),
            tooltip=tr(READOUT_WORDS),
        )
        self.gradient_plot = CurvesPlot(
            "gradientPlot",
            self.tr("steps back k"),
            self.tr("gradient(k)"),
            log_y=True,
            tooltip=tr(GRADIENT_WORDS),
        )
        plots = (self.hidden_plot, self.retention_plot, self.readout_plot, self.gradient_plot)
        for name in ORDER:
            title = CELLS[name].title
            for plot in plots:
                plot.add_curve(name, title, CELL_ROLES[name], marker=CELL_MARKERS[name])
        self.readout_plot.add_curve(
            "readable",
            self.tr("R² = {value}").format(value=f"{READABLE_R2:g}"),
            "target",
            style="dot",
        )
        for key, words, role, style in REFERENCE_LINES:
            # Drawn over the cells' curves; the axes follow the cells alone.
            self.gradient_plot.add_curve(key, tr(words), role, style=style, fits=False)
        # The memory view shows retention or the read-out's R², as the tabs beside its words say.
        self.memory_plots = QStackedWidget()
        self.memory_plots.setObjectName("memoryPlots")
        self.memory_plots.addWidget(self.retention_plot)
        self.memory_plots.addWidget(self.readout_plot)
        self.memory_tabs = QTabBar()
        self.memory_tabs.setObjectName("memoryTabs")
        self.memory_tabs.setDocumentMode(True)
        self.memory_tabs.setExpanding(False)
        self.memory_tabs.addTab(self.tr("Retention"))
        self.memory_tabs.addTab(self.tr("Read-out R²"))
        self.memory_tabs.currentChanged.connect(self._memory_tab_shown)
        self.hidden_panel = PlotPanel(tr(HIDDEN_WORDS), tr(HIDDEN_SHORT), self.hidden_plot)
        self.retention_panel = PlotPanel(
            tr(RETENTION_WORDS), tr(RETENTION_SHORT), self.memory_plots, corner=self.memory_tabs
        )
        self.gradient_panel = PlotPanel(tr(GRADIENT_WORDS), tr(GRADIENT_SHORT), self.gradient_plot)

        self.race_panel = RacePanel(self.state, CELL_ROLES)
        self.count_view = ParamCountView(CELL_ROLES)
        self.count_view.sizesChanged.connect(lambda m, n: self.model.set_sizes(inputs=m, units=n))
        self.gru_math = GRUMathPanel(self.states["gru"])
        for widget in (
            *self.columns.values(),
            *diagrams.values(),
            self.hidden_plot,
            self.retention_plot,
            self.readout_plot,
            self.gradient_plot,
            self.hidden_panel,
            self.retention_panel,
            self.gradient_panel,
            self.race_panel,
            self.count_view,
            self.gru_math,
        ):
            self.register_view(widget)

    def main_views(self) -> list[QWidget]:
        return [self.diagrams[name] for name in ORDER]

    def presented_views(self) -> list[QWidget]:
        return list(self.diagrams.values())

    def presenter_actions(self) -> list[QAction]:
        """Step back and forward (Left and Right, in presenter mode only: outside it the
        arrows belong to the sliders), then one button a cell: a cell fills the window."""
        if not hasattr(self, "_presenter_actions"):
            back = QAction(self.tr("◀ Step back"), self)
            back.setObjectName("presentStepBack")
            back.setShortcut(QKeySequence(Qt.Key.Key_Left))
            back.triggered.connect(lambda: self.step_spin.stepBy(-1))
            forward = QAction(self.tr("Step forward ▶"), self)
            forward.setObjectName("presentStepForward")
            forward.setShortcut(QKeySequence(Qt.Key.Key_Right))
            forward.triggered.connect(lambda: self.step_spin.stepBy(1))
            group = QActionGroup(self)
            cells = []
            for number, name in enumerate(ORDER, start=1):
                title = CELLS[name].title
                action = QAction(self.tr("Show the {cell} cell").format(cell=title), self)
                action.setIconText(title)  # the bar's button: the cell's name
                action.setObjectName(f"present_{name}")
                action.setCheckable(True)
                action.setChecked(name == self._presented_cell)
                action.setShortcut(QKeySequence(str(number)))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setToolTip(
                    self.tr("Show the {cell} cell ({key})").format(
                        cell=CELLS[name].title, key=number
                    )
                )
                action.triggered.connect(lambda _on=False, name=name: self.present_cell(name))
                group.addAction(action)
                self.addAction(action)  # its key also works without the presenter bar
                cells.append(action)
            self._presenter_actions = [back, forward, *cells]
            self._cell_actions = cells
            for action in self._presenter_actions:
                action.setEnabled(False)
        return self._presenter_actions

    def shows_one_cell(self) -> bool:
        """Whether the window shows one cell at a time (`presented_cell`): in presenter mode,
        and in the crowded layout of a window too narrow for the three side by side."""
        return self.presenting or self._one_at_a_time

    @property
    def presented_cell(self) -> str:
        """The cell shown when one is shown at a time."""
        return self._presented_cell

    def _wants_one_cell(self) -> bool:
        """The crowded layout on a window narrower than the three cells need side by side at
        this text size (`CELLS_SIDE_BY_SIDE`)."""
        width, scale = self.width(), self.text_scale
        crowded = layout_for(width, scale) == "crowded"
        return crowded and not room_side_by_side(width, scale, CELLS_SIDE_BY_SIDE)

    def shortcuts_note(self) -> str:
        return self.tr(
            "<p>In a window too narrow for the three cells side by side (large text on a "
            "projector), the keys 1, 2 and 3 show one cell at a time outside presenter mode "
            "too, as do the tabs above it.</p>"
        )

    def animate_lstm(self) -> None:
        """Race → Animate the LSTM's step: the LSTM comes forward first when one cell is
        shown at a time."""
        if self.shows_one_cell() and self._presented_cell != "lstm":
            self.present_cell("lstm")
        self.flow.animate()

    def present(self, presenting: bool) -> None:
        """One cell fills the window at a time (three side by side would each get a third of
        the room, their numbers too small for the back row): the LSTM first, the bar's buttons
        or 1, 2, 3 change it."""
        for action in self.presenter_actions():
            action.setEnabled(presenting)
        extras = [self.flow]
        for column in self.columns.values():
            extras += [column.title, column.readout, column.scroll]
        self.hide_while_presenting(presenting, extras)
        self.present_cell(self._presented_cell if presenting else None)

    def present_cell(self, name: str | None) -> None:
        """Show only the column of cell ``name``; None: the cells the window shows now (the
        three side by side, or the one chosen last when `shows_one_cell`)."""
        if name is not None:
            self._presented_cell = name
            if hasattr(self, "_cell_actions"):
                self.findChild(QAction, f"present_{name}").setChecked(True)
            with QSignalBlocker(self.cell_tabs):
                self.cell_tabs.setCurrentIndex(ORDER.index(name))
        alone = name is not None or self.shows_one_cell()
        self.cell_tabs.setVisible(self._one_at_a_time and not self.presenting)
        for key, column in self.columns.items():
            column.setVisible(not alone or key == self._presented_cell)
        # The LSTM's animation plays where it can be seen.
        lstm_shown = not alone or self._presented_cell == "lstm"
        if not lstm_shown:
            self.flow.stop()
        self.flow.setEnabled(lstm_shown)
        # Alone in a room sized for the LSTM, the RNN and the GRU keep the LSTM's scale (as
        # they have beside it); in presenter mode each fills the window.
        scale_of = SCENE_RECT if self._one_at_a_time and not self.presenting else None
        for key in ("rnn", "gru"):
            if self.diagrams[key].scale_of != scale_of:
                self.diagrams[key].keep_scale_of(scale_of)
        if self.shows_one_cell() or hasattr(self, "_cell_actions"):
            for action in self.presenter_actions()[2:]:
                action.setEnabled(self.shows_one_cell())

    def arrange(self, layout: str, before: str | None) -> None:
        """The docks for "wide", "compact" (three plots side by side, the lesson's views as
        their tabs) or "crowded" (plots as tabs of one dock, the lesson's views of another: both
        under the cells, or, when the cells take turns, in a column beside the one shown)."""
        if before is None and layout == "wide":
            return  # the docks were built wide (VIEWS): nothing to move
        docks = self.docks
        plots = [docks[key] for key in ("hidden", "retention", "gradient")]
        side = [docks[key] for key in ("text", "race", "counts", "gruMath")]
        one_at_a_time = layout == "crowded" and self._one_at_a_time
        self.addDockWidget(_RIGHT if one_at_a_time else _BOTTOM, plots[0])
        if one_at_a_time:  # the plots' tabs over the lesson's, in a column beside the cell
            self.splitDockWidget(plots[0], side[0], Qt.Orientation.Vertical)
            for dock in plots[1:]:
                self.tabifyDockWidget(plots[0], dock)
            for dock in side[1:]:
                self.tabifyDockWidget(side[0], dock)
        elif layout == "crowded":
            # Split before tabifying: a dock in a tab group would take the other as a tab.
            self.splitDockWidget(plots[0], side[0], Qt.Orientation.Horizontal)
            for dock in plots[1:]:
                self.tabifyDockWidget(plots[0], dock)
            for dock in side[1:]:
                self.tabifyDockWidget(side[0], dock)
        else:
            self.splitDockWidget(plots[0], plots[1], Qt.Orientation.Horizontal)
            self.splitDockWidget(plots[1], plots[2], Qt.Orientation.Horizontal)
            if layout == "compact":  # two tab groups of three, every title whole
                for plot, keys in (
                    ("retention", ("text", "race")),
                    ("gradient", ("counts", "gruMath")),
                ):
                    for key in keys:
                        self.tabifyDockWidget(docks[plot], docks[key])
            else:
                self.addDockWidget(_RIGHT, docks["text"])
                self.splitDockWidget(docks["text"], docks["race"], Qt.Orientation.Vertical)
                self.tabifyDockWidget(docks["text"], docks["counts"])
                self.tabifyDockWidget(docks["text"], docks["gruMath"])
        # Crowded or compact, the LSTM's animation controls take a line under the input,
        # across the window: in its column they would make it too wide for the other two, or
        # take its diagram's height.
        if layout != "wide":
            self._sequence_column.addWidget(self.flow)
        else:
            self.columns["lstm"].layout().insertWidget(1, self.flow)
        self._place_sliders(layout == "crowded" and not one_at_a_time)
        self.present_cell(None)  # one cell or three
        # Crowded, the tabs name the docks: their title bars give their height to the plots.
        for dock in docks.values():
            dock.setTitleBarWidget(QWidget() if layout == "crowded" else None)
        for dock in (plots[0], docks["text"]):
            dock.raise_()
        if layout == "compact":
            docks["gradient"].raise_()

    def _place_sliders(self, in_a_row: bool) -> None:
        """Each cell's sliders under its drawing in its column, or (``in_a_row``) the three
        lists side by side in a row under the three drawings."""
        row = self.slider_row.layout()
        for name in ORDER:
            column = self.columns[name]
            if in_a_row:
                row.addWidget(column.scroll, 1)
            else:
                column.split.addWidget(column.scroll)
        self.slider_row.setVisible(in_a_row)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # Across the width at which the cells take turns (within one layout): arranged again
        # once the resize has settled.
        settled = self.layout_kind is not None and not self.presenting
        if settled and self._wants_one_cell() != self._one_at_a_time:
            QTimer.singleShot(0, self, self.apply_default_sizes)

    def text_scale_changed(self, _scale: float) -> None:
        # The sizes follow from the window and the text size alone, so Larger then Smaller
        # text gives back the same layout.
        if "race" in self.docks:  # built (the views exist)
            self.apply_default_sizes()

    def apply_default_sizes(self) -> None:
        self._apply_sizes()
        # Qt can leave an old dock tab bar on screen after the docks move between layouts.
        QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))

    def _apply_sizes(self) -> None:
        one = self._wants_one_cell()
        turns = one != self._one_at_a_time  # the cells take turns, or stand side by side again
        self._one_at_a_time = one
        before = self.layout_kind
        moved = self.follow_layout()
        if turns and not moved and before is not None:  # within one layout: its docks move
            self.arrange(before, before)
            moved = True
        if moved and not (before is None and self.layout_kind == "wide"):
            # The moved views' layouts first, so the window's least size is the new layout's.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.layout().invalidate()
            self.layout().activate()
        width, height = self.width(), self.height()
        layout = self.layout_kind
        self._fit_sequence_dock()
        split = self._columns_split
        # Each column as wide as its diagram's scene is: the three drawn at one scale, so the
        # LSTM (the widest cell, the lesson's subject) is not the smallest.
        split.setSizes([round(self.diagrams[name].sceneRect().width()) for name in ORDER])
        for name, column in self.columns.items():  # low: the diagram first, sliders scroll
            if name == "lstm":  # the widest drawing: as much of the height as it can have
                total = sum(column.split.sizes())
                least = column.scroll.minimumHeight()
                column.split.setSizes([total - least, least])
            else:
                column.split.setSizes([3, 2] if layout == "crowded" else [1, 1])
        if layout == "crowded" and self._one_at_a_time:
            self._size_one_cell()
            return
        if layout == "crowded":
            # A row of sliders in view (the others scroll); the drawings the rest.
            cells = self._cell_area
            row = next(iter(self.columns["lstm"].sliders.values())).sizeHint().height()
            want = row + 6
            cells.setSizes([max(1, sum(cells.sizes()) - want), want])
            self.resizeDocks(
                [self.docks["hidden"], self.docks["text"]], [1, 1], Qt.Orientation.Horizontal
            )
            self.resizeDocks([self.docks["hidden"]], [round(height * 0.3)], Qt.Orientation.Vertical)
            return
        if layout == "compact":
            self.resizeDocks(
                [self.docks["hidden"], self.docks["retention"], self.docks["gradient"]],
                [1, 1, 1],
                Qt.Orientation.Horizontal,
            )
            self.resizeDocks(
                [self.docks["hidden"]], [round(height * 0.28)], Qt.Orientation.Vertical
            )
            return
        self.resizeDocks([self.docks["text"]], [round(width * 0.27)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["text"], self.docks["race"]], [2, 3], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["hidden"]], [round(height * 0.3)], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.docks["hidden"], self.docks["retention"], self.docks["gradient"]],
            [1, 1, 1],
            Qt.Orientation.Horizontal,
        )

    def _size_one_cell(self) -> None:
        """One cell at a time: the column of the plots' and the lesson's tabs beside it, as
        narrow as lets the LSTM's numbers grow with the text, the plots and the lesson's views
        half its height each (or what the plots need); the cell's drawing as high as the
        LSTM's scene needs across the cell's width, its sliders the rest of the height."""
        plots, lesson = self.docks["hidden"], self.docks["text"]
        self.resizeDocks([plots], [round(self.width() * SIDE_COLUMN)], Qt.Orientation.Horizontal)
        self.resizeDocks([plots, lesson], [1, 1], Qt.Orientation.Vertical)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().activate()
        shown = self.columns[self._presented_cell]
        room = shown.split.width() - 4
        drawing = round(SCENE_RECT.height() * room / SCENE_RECT.width()) + 8
        total = sum(shown.split.sizes())
        drawing = max(110, min(drawing, total - shown.scroll.minimumHeight()))
        for column in self.columns.values():  # each cell's drawing as high as the LSTM's
            column.split.setSizes([drawing, total - drawing])

    # -------------------------------------------------------------------- showing
    def _show_everything(self) -> None:
        for name in ORDER:
            self._show_results(name, fit=False)
        self._fit_plots()
        self._show_counts()
        self._show_sequence()
        self.race_panel.set_delay(self.model.delay)

    def _show_results(self, name: str, fit: bool = True) -> None:
        results = self.model.results(name)
        steps = len(results.h)
        t = np.arange(1, steps + 1)
        self.hidden_plot.set_data(name, t, results.h)
        self.retention_plot.set_data(name, t, results.retention)
        self.readout_plot.set_data(name, t, results.readout_r2)
        self.gradient_plot.set_data(name, np.arange(steps), results.gradient)
        for key in REFERENCE_NAMES[name]:
            self.gradient_plot.set_data(key, np.arange(steps), results.references[key])
        self.columns[name].set_remembers(
            results.remembers_for, steps, results.readable_for, results.latch_from
        )
        if not self._applying_preset:
            self._forget_preset()
        if fit:
            self._fit_plots()

    def _fit_plots(self) -> None:
        steps = len(self.model.sequence)
        self.hidden_plot.set_data("x", np.arange(1, steps + 1), self.model.sequence)
        self.readout_plot.set_data("readable", [1, max(steps, 2)], [READABLE_R2] * 2)
        for plot in (self.hidden_plot, self.retention_plot, self.readout_plot, self.gradient_plot):
            plot.fit()

    def _memory_tab_shown(self, index: int) -> None:
        self.memory_plots.setCurrentIndex(index)
        if index == 1:
            self.retention_panel.set_words(tr(READOUT_WORDS), tr(READOUT_SHORT))
        else:
            self.retention_panel.set_words(tr(RETENTION_WORDS), tr(RETENTION_SHORT))

    # -------------------------------------------------------------------- presets
    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key:
            self.apply_preset(key)
        else:
            self._forget_preset()

    def apply_preset(self, key: str) -> None:
        """Set the cells and the sequence of the preset ``key`` (`PRESETS`) and say what to
        look at, until something else is changed."""
        preset = preset_named(key)
        self._applying_preset = True
        try:
            self.model.apply_preset(key)
            self.model.go_to(len(self.model.sequence))
        finally:
            self._applying_preset = False
        self._show_sequence()
        self._fit_plots()
        self.preset_combo.setCurrentIndex(0)  # a list of choices, not a state: the note says
        self.preset_note.setText(f"{tr(preset.title)} — {tr(preset.note)}")
        self.preset_note.show()
        self._fit_sequence_dock()

    def _forget_preset(self) -> None:
        """Something else changed: the note no longer describes the cells."""
        if self.preset_note.text():
            self.preset_note.setText("")
            self.preset_note.hide()
            self._fit_sequence_dock()

    def _fit_sequence_dock(self) -> None:
        """The input's dock as high as its lines (the note or an error may add one)."""
        if "sequence" in self.docks:
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            height = max(40, self.docks["sequence"].sizeHint().height())
            self.resizeDocks([self.docks["sequence"]], [height], Qt.Orientation.Vertical)

    def _show_counts(self) -> None:
        m = self.model
        self.count_view.show_counts(m.inputs, m.units, m.param_counts(), m.torch_counts()["lstm"])

    def _show_sequence(self) -> None:
        values = self.model.sequence
        self.sequence_edit.setText(", ".join(f"{v:g}" for v in values))
        if self.sequence_error.text():
            self.sequence_error.setText("")
            self.sequence_error.hide()
            self._fit_sequence_dock()
        self.step_spin.blockSignals(True)
        self.step_spin.setRange(0, len(values))
        self.step_spin.setValue(self.model.cursor)
        self.step_spin.blockSignals(False)

    def _show_step(self, t: int) -> None:
        if self.step_spin.value() != t:
            self.step_spin.blockSignals(True)
            self.step_spin.setValue(t)
            self.step_spin.blockSignals(False)

    def _sequence_typed(self) -> None:
        try:
            values = parse_sequence(self.sequence_edit.text())
        except SequenceError as error:
            self.sequence_error.setText(
                self.tr("Not changed: {error}").format(error=error_text(error))
            )
            self.sequence_error.show()
            self._fit_sequence_dock()
            return
        self.set_sequence(values)

    def set_sequence(self, values) -> None:
        cursor = self.model.cursor
        before = self.model.sequence
        self.model.set_sequence(values)
        self.model.go_to(min(max(cursor, 1), len(self.model.sequence)))
        self._show_sequence()
        self._fit_plots()
        if not np.array_equal(before, self.model.sequence):
            self._forget_preset()

    def reset_all_params(self) -> None:
        options = (self._lesson.options if self._lesson is not None else {}).get("params", {})
        for name in ORDER:
            defaults = CELLS[name].defaults().to_dict()
            self.model.set_params(name, {**defaults, **options.get(name, {})})

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        base = self._lesson or Lesson(title=self.tr("Who remembers?"), kind="compare", order=150)
        hidden = self.hidden_docks()  # in presenter mode, those closed before it
        return base.replace(
            kind="compare",
            options=self.model.options(),
            hidden_views=hidden if self.isVisible() else base.hidden_views,
        )

    def put_lesson(self, lesson: Lesson) -> None:
        self.race_panel.stop_now()
        self.flow.stop()
        self._lesson = lesson
        self._applying_preset = True  # a lesson's settings: no preset is chosen
        try:
            self.model.apply_options(lesson.options)
        finally:
            self._applying_preset = False
        self._forget_preset()
        self.model.go_to(1)
        self.text_view.set_markdown(
            f"### {lesson.shown_title}\n\n{lesson.shown_text}", lesson.images
        )
        self.show_hidden_views(lesson.hidden_views)
        self._show_everything()

    def lesson_in_effect(self) -> Lesson | None:
        return self._lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self._lesson = lesson

    def change_signals(self) -> list:
        return [self.lessonEdited]

    def is_busy(self) -> bool:
        return self.race_panel.running

    def shutdown(self) -> None:
        self.flow.stop()
        self.race_panel.shutdown()
