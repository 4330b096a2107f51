"""The poetry lesson window: a character model continues the student's text.

Views and commands are data (`VIEWS`, `ACTIONS`) on top of `LessonWindow`; what the lesson
holds is its model (`PoetryState`, the Qt adapter around `PoetryModel`), which every view
follows. Writing and training both run in the GUI thread on the one pump
(`lstm_lab.ui.pump.Pump`), a little per tick, so no other thread ever exists and no widget is
touched from one: writing takes characters at the speed the student sets; training steps the
model's training run for at most `TRAIN_BUDGET_MS` per tick (a batch here takes about 15 ms;
see the module of `lstm_lab.ui.pump` for why a timer beats a worker thread under the GIL).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, current_language
from lstm_lab.core.lesson import Lesson, LessonError
from lstm_lab.engine.charmodel import ModelError
from lstm_lab.lessons.poetry.options import VIEW_KEYS
from lstm_lab.lessons.poetry.qt.candidate_bars import ProbabilityBars
from lstm_lab.lessons.poetry.qt.form_line import FormLine
from lstm_lab.lessons.poetry.qt.lesson_view import LessonView
from lstm_lab.lessons.poetry.qt.memory_heatmap import MemoryPanel
from lstm_lab.lessons.poetry.qt.poem_view import PoemView
from lstm_lab.lessons.poetry.qt.prompt_row import PromptRow
from lstm_lab.lessons.poetry.qt.settings_panel import SettingsPanel
from lstm_lab.lessons.poetry.qt.state import PoetryState
from lstm_lab.lessons.poetry.qt.train_panel import TrainPanel
from lstm_lab.lessons.poetry.script import SIMPLIFIED, TRADITIONAL, script_of_language
from lstm_lab.lessons.poetry.textdata import TextError
from lstm_lab.lessons.poetry.training import training_text
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
)
from lstm_lab.ui.fonts import chinese_font, prose_font
from lstm_lab.ui.layout import layout_for
from lstm_lab.ui.lesson_banner import LessonFold
from lstm_lab.ui.messages import warn
from lstm_lab.ui.motion import motion, motion_reduced
from lstm_lab.ui.pump import Pump

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea

#: Time the GUI thread spends on training per tick (ms): the small preparation steps share
#: a tick, a batch (about 15 ms) or a sample has one to itself.
TRAIN_BUDGET_MS = 4.0

VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "controls",
        QT_TRANSLATE_NOOP("LessonWindow", "Settings"),
        "controls_panel",
        _LEFT,
        scroll=True,
    ),
    ViewSpec("bars", QT_TRANSLATE_NOOP("LessonWindow", "Why this character?"), "bars", _RIGHT),
    ViewSpec(
        "memory", QT_TRANSLATE_NOOP("LessonWindow", "The memory inside"), "memory_panel", _BOTTOM
    ),
    ViewSpec(
        "train",
        QT_TRANSLATE_NOOP("LessonWindow", "Train"),
        "train_panel",
        _RIGHT,
        tab_of="bars",
        scroll=True,
    ),
)
assert tuple(view.key for view in VIEWS) == VIEW_KEYS  # lesson files name these views

WRITE = QT_TRANSLATE_NOOP("LessonWindow", "&Write")
MENUS = (FILE, WRITE, VIEW, HELP)
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec("write", QT_TRANSLATE_NOOP("LessonWindow", "Write"), "write", WRITE,
               "Ctrl+Return",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "Continue the text from the prompt, character by character")),
    ActionSpec("stop", QT_TRANSLATE_NOOP("LessonWindow", "Stop"), "stop_writing", WRITE,
               "Ctrl+.", QT_TRANSLATE_NOOP("LessonWindow", "Stop writing")),
    ActionSpec("back", QT_TRANSLATE_NOOP("LessonWindow", "Back"), "go_back", WRITE, "Alt+Left",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "Return to the text as it was before the last branch")),
    ActionSpec("copy", QT_TRANSLATE_NOOP("LessonWindow", "Copy the text"), "copy_text", WRITE,
               "Ctrl+Shift+C",
               QT_TRANSLATE_NOOP("LessonWindow", "Copy the prompt and what the model wrote"),
               separator_before=True),
    ActionSpec("simplified", QT_TRANSLATE_NOOP("LessonWindow", "Simplified characters"),
               "show_simplified", WRITE, None,
               QT_TRANSLATE_NOOP("LessonWindow", "Show the poem in simplified characters"),
               checkable=True, group="script", separator_before=True),
    ActionSpec("traditional", QT_TRANSLATE_NOOP("LessonWindow", "Traditional characters"),
               "show_traditional", WRITE, None,
               QT_TRANSLATE_NOOP("LessonWindow", "Show the poem in traditional characters"),
               checkable=True, group="script"),
)
# fmt: on


class PoetryWindow(LessonWindow):
    """The poetry lesson window (see the module)."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("poetryWindow")
        self.setWindowTitle(self.tr("LSTM Lab — poetry[*]"))
        self.state = PoetryState(self)
        self.writer = Pump(self, refresh_ms=None)
        self.trainer = Pump(self, budget_ms=TRAIN_BUDGET_MS, refresh_ms=None)
        self._build_views()
        self.build_views(VIEWS)
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.docks["bars"].raise_()
        self.build_actions(MENUS, ACTIONS)
        for key, action in self.actions_by_key.items():
            setattr(self, f"act_{key}", action)
        self.finish_setup()
        self._connect()
        self._show_writing(False)
        self._show_script()
        self._refresh()

    # -------------------------------------------------------------------- views
    def _build_views(self) -> None:
        state = self.state
        centre = QWidget()
        centre.setObjectName("poetryCentre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(10, 8, 10, 8)
        self.lesson_title = QLabel()
        self.lesson_title.setObjectName("poetryTitle")
        self.lesson_title.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        self.lesson_title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.lesson_text = LessonView(centre)
        self.lesson_text.setObjectName("poetryText")
        self.lesson_title.setWordWrap(True)
        # Writing folds the lesson's text into the title line: on a projector at large text
        # the poem needs that height. The button opens it again, and then it stays open.
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("lessonFoldButton")
        self.fold_button.setAutoRaise(True)
        self.fold = LessonFold(
            self.fold_button,
            lambda shown: self.lesson_text.setVisible(shown and self._has_lesson_text()),
            self.tr("the poem"),
        )
        title_row = QHBoxLayout()
        title_row.addWidget(self.lesson_title, 1)
        title_row.addWidget(self._script_switch(), 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(title_row)
        column.addWidget(self.lesson_text)
        self.prompt_row = PromptRow(state)
        column.addWidget(self.prompt_row)
        column.addWidget(self.prompt_row.note)
        self.poem_view = PoemView()
        column.addWidget(self.poem_view, 1)
        self.form_line = FormLine()
        column.addWidget(self.form_line)
        self.setCentralWidget(centre)
        # Tab reaches the lesson's fold button first, as before the switch was there.
        QWidget.setTabOrder(self.fold_button, self.script_buttons[SIMPLIFIED])
        QWidget.setTabOrder(self.script_buttons[SIMPLIFIED], self.script_buttons[TRADITIONAL])

        self.bars = ProbabilityBars()
        self.memory_panel = MemoryPanel(state)
        self.controls_panel = SettingsPanel(state)
        self.train_panel = TrainPanel(state)
        # Widgets that show Chinese take the fonts the app ships after the app's own, so the
        # characters show on a machine without a CJK font (the poetry views set it themselves):
        # a poem the serif, the lesson's words the sans, then the serif for a poem they quote.
        # Set on each: under the app's stylesheet a window's font does not reach its children.
        for widget in (self.prompt_row.prompt_edit, self.train_panel.sample_view):
            widget.setFont(chinese_font())
        for widget in (self.lesson_title, self.lesson_text, self.prompt_row.note):
            widget.setFont(prose_font())
        for widget in (
            self.poem_view,
            self.bars,
            self.memory_panel.heatmap,
            self.train_panel.loss_curve,
        ):
            self.register_view(widget)

    def _script_switch(self) -> QWidget:
        """简 and 繁: the script the poem, its bars and its heatmap are shown in: two buttons,
        one checked, which the keyboard uses as a pair of radio buttons (Tab reaches the pair,
        the arrow keys choose, as Qt does for an exclusive group)."""
        switch = QWidget()
        switch.setObjectName("scriptSwitch")
        row = QHBoxLayout(switch)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.script_group = QButtonGroup(switch)
        self.script_buttons: dict[str, QToolButton] = {}
        for script in (SIMPLIFIED, TRADITIONAL):
            button = QToolButton()
            button.setObjectName(f"{script}Button")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setFont(chinese_font())
            self.script_group.addButton(button)
            self.script_buttons[script] = button
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, s=script: self._choose_script(s))
        self.script_switch = switch
        #: The student chose a script: it no longer follows the language.
        self._script_chosen = False
        self._name_script_switch()
        return switch

    def _name_script_switch(self) -> None:
        simplified = self.script_buttons[SIMPLIFIED]
        simplified.setText(self.tr("简"))
        simplified.setAccessibleName(self.tr("Simplified characters"))
        simplified.setToolTip(
            self.tr(
                "Show the poem in simplified characters (the model reads and writes "
                "traditional ones)"
            )
        )
        traditional = self.script_buttons[TRADITIONAL]
        traditional.setText(self.tr("繁"))
        traditional.setAccessibleName(self.tr("Traditional characters"))
        traditional.setToolTip(
            self.tr("Show the poem in traditional characters, as the model writes it")
        )

    def show_simplified(self) -> None:
        self._choose_script(SIMPLIFIED)

    def show_traditional(self) -> None:
        self._choose_script(TRADITIONAL)

    def _choose_script(self, script: str) -> None:
        self._script_chosen = True
        self.state.set_script(script)
        self._show_script()

    def _show_script(self, *_args) -> None:
        """The switch and the menu show the script in effect, for a model of Chinese poems."""
        script, chinese = self.state.script, self.state.shows_script
        self.script_switch.setVisible(chinese)
        for key, button in self.script_buttons.items():
            button.setChecked(key == script)
            action = self.actions_by_key[key]
            action.setChecked(key == script)
            action.setEnabled(chinese)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "script_buttons"):
            self._name_script_switch()
            # After the event: the language in effect is named once its translators are in.
            QTimer.singleShot(0, self, self._follow_language)

    def _follow_language(self) -> None:
        """Unless the student chose a script, the reader's script follows the language."""
        if not self._script_chosen:
            self.state.set_script(script_of_language(current_language()))

    def _connect(self) -> None:
        state, row, train = self.state, self.prompt_row, self.train_panel
        row.prompt_edit.returnPressed.connect(self.write)
        row.write_button.clicked.connect(self.write)
        row.stop_button.clicked.connect(self.stop_writing)
        row.back_button.clicked.connect(self.go_back)
        row.copy_button.clicked.connect(self.copy_text)
        self.poem_view.stepClicked.connect(state.select_step)
        self.bars.candidateClicked.connect(self.take_candidate)
        self.controls_panel.problem.connect(self._complain)
        train.train_button.clicked.connect(lambda: self.start_training())
        train.train_stop.clicked.connect(self.trainer.stop)
        train.use_button.clicked.connect(self.use_trained_model)
        train.save_model_button.clicked.connect(lambda: self.save_model_dialog())
        train.load_model_button.clicked.connect(lambda: self.load_model_dialog())

        state.textChanged.connect(self._refresh)
        state.charModelChanged.connect(self._refresh)
        state.charModelChanged.connect(self._show_script)
        state.scriptChanged.connect(self._refresh)
        state.scriptChanged.connect(self.memory_panel.refresh)
        state.scriptChanged.connect(self._show_script)
        state.selectionChanged.connect(self._refresh)
        state.unitChanged.connect(self._refresh_text)
        state.temperatureChanged.connect(self._refresh_bars)
        state.writingChanged.connect(self._show_writing)
        state.speedChanged.connect(self._on_speed)
        self._speed_tip = self.controls_panel.speed_slider.toolTip()
        motion().changed.connect(self._on_motion_changed)
        self._on_motion_changed(motion_reduced())
        self.writer.finished.connect(self._on_writing_ended)
        self.trainer.finished.connect(lambda reason: state.end_training(reason, self.trainer.error))

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        return self.state.lesson_of()

    def put_lesson(self, lesson: Lesson) -> None:
        self.writer.stop_now()
        self.trainer.stop_now()
        self.fold.reset()
        try:
            self.state.apply_lesson(lesson)
        except ModelError as error:
            self._complain(self.tr("The model was not loaded"), error_text(error))
        except LessonError as error:
            self._complain(self.tr("The lesson was not opened"), str(error))
        self.show_hidden_views(lesson.hidden_views)
        self._show_lesson_text()

    def lesson_in_effect(self) -> Lesson | None:
        return self.state.lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self.state.set_lesson_info(lesson)
        self._show_lesson_text()

    def change_signals(self) -> list:
        return [self.state.optionsChanged]

    def is_busy(self) -> bool:
        return self.writer.is_running or self.trainer.is_running

    def shutdown(self) -> None:
        self.writer.stop_now()
        self.trainer.stop_now()

    def _show_lesson_text(self) -> None:
        lesson = self.state.lesson
        self.lesson_title.setText(lesson.shown_title if lesson else "")
        self.lesson_text.set_markdown(
            lesson.shown_text if lesson else "", lesson.images if lesson else None
        )
        self.fold_button.setVisible(self._has_lesson_text())
        self.fold.set_folded(self.fold.folded)  # the text shown or not, for this lesson

    @property
    def lesson_folded(self) -> bool:
        return self.fold.folded

    def _has_lesson_text(self) -> bool:
        state = getattr(self, "state", None)
        return bool(state is not None and state.lesson and state.lesson.shown_text)

    # -------------------------------------------------------------------- writing
    def write(self) -> None:
        """Continue the text (a changed prompt, or an ended text, starts afresh)."""
        steps = self.state.start_writing()
        self.fold.work()
        self._run_writer(steps)

    def _run_writer(self, steps) -> None:
        # The pump runs only while the model writes (`_show_writing` stops it when that ends),
        # so a new run of the model finds it free.
        if steps is not None and not self.writer.start(
            steps, self._after_character, pace=self._writing_pace()
        ):
            self.state.end_writing()

    def _after_character(self, _step) -> str | None:
        return "finished" if self.state.session.finished else None

    def _on_writing_ended(self, reason: str) -> None:
        self.state.end_writing()
        if reason == "failed":  # in words, never as a traceback
            error = self.writer.error
            words = error_text(error) or type(error).__name__
            self.statusBar().showMessage(
                self.tr("Writing stopped: {problem}").format(problem=words), 8000
            )

    def stop_writing(self) -> None:
        self.writer.stop_now()
        self.state.end_writing()

    def _show_writing(self, writing: bool) -> None:
        if not writing:
            self.writer.stop_now()
        self.act_write.setEnabled(not writing)
        self.act_stop.setEnabled(writing)

    def _writing_pace(self) -> int | None:
        """Characters a second; with Reduce motion none: the text appears at once, not
        typed out."""
        return None if motion_reduced() else self.state.option("speed")

    def _on_speed(self, _speed: int) -> None:
        if self.writer.is_running:
            self.writer.set_pace(self._writing_pace())

    def _on_motion_changed(self, reduced: bool) -> None:
        slider = self.controls_panel.speed_slider
        slider.setEnabled(not reduced)
        slider.setToolTip(
            self.tr("View → Reduce motion is on: the text appears at once")
            if reduced
            else self._speed_tip
        )
        if self.writer.is_running:
            self.writer.set_pace(self._writing_pace())

    def take_candidate(self, index: int, token: int) -> None:
        """The student clicked a bar: write that character at step ``index`` and go on."""
        try:
            goes_on = self.state.take_candidate(index, token)
        except (IndexError, ValueError) as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        if goes_on:
            self._run_writer(self.state.continue_writing())

    def go_back(self) -> None:
        self.stop_writing()
        if self.state.go_back() is None:
            self.statusBar().showMessage(self.tr("There is no branch to go back to."), 4000)

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.state.laid_out_text())
        self.statusBar().showMessage(self.tr("Copied."), 3000)

    # -------------------------------------------------------------------- showing
    def _refresh(self) -> None:
        self._refresh_text()
        self._refresh_bars()
        self.act_back.setEnabled(self.state.can_go_back)

    def _refresh_text(self) -> None:
        state = self.state
        session = state.session
        self.poem_view.show_text(
            state.shown_prompt(),
            state.written(),
            [step.branched for step in session.steps],
            state.selected,
            state.marked_in_text(),
            state.is_poem,
            session.finished,
        )
        # The form of what it wrote (Tang-style poems only), counted as it writes.
        self.form_line.setVisible(state.is_poem)
        if state.is_poem:
            self.form_line.show_stats(state.form_stats(), state.form_corpus() is not None)

    def _refresh_bars(self, *_args) -> None:
        self.bars.show_step(*self.state.bars_step())

    # -------------------------------------------------------------------- training
    def start_training(self, path: str | None = None) -> bool:
        """Train a new model on the text chosen (``path``: the student's file, else asked)."""
        if self.trainer.is_running:
            return False
        name = self.state.corpus
        if name == "file" and not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Train on a text file"),
                "",
                self.tr("Text (*.txt);;All files (*)"),
            )
            if not path:
                return False
        try:
            records, max_chars, title = training_text(name, path)
        except TextError as error:
            self._complain(self.tr("This text cannot be used"), str(error))
            self.state.set_train_status(str(error))
            return False
        return self.trainer.start(self.state.start_training(records, title, max_chars))

    def use_trained_model(self) -> None:
        self.state.use_trained()

    def save_model_dialog(self, path: str | None = None) -> bool:
        if self.state.trainee is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the model"),
                "my-model.npz",
                self.tr("LSTM Lab text model (*.npz)"),
            )
        if not path:
            return False
        try:
            self.state.save_trained(path)
        except OSError as error:
            self._complain(
                self.tr("Not saved"),
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror
                ),
            )
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def load_model_dialog(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Load a model"),
                "",
                self.tr("LSTM Lab text model (*.npz);;All files (*)"),
            )
        if not path:
            return False
        try:
            self.state.load_model(path)
        except ModelError as error:  # its message names the file; the model in use stays
            self._complain(self.tr("The model was not loaded"), error_text(error))
            return False
        return True

    def _complain(self, title: str, text: str) -> None:
        """A message that does not block (tests and the event loop go on)."""
        warn(self, "poetryMessage", title, text)

    # -------------------------------------------------------------------- layout
    def text_scale_changed(self, _scale: float) -> None:
        self.apply_default_sizes()

    def main_views(self) -> list[QWidget]:
        return [self.poem_view, self.bars]

    def presenter_actions(self) -> list[QAction]:
        return [self.actions_by_key[key] for key in ("write", "stop", "back")]

    def present(self, presenting: bool) -> None:
        """The poem and its bars fill the window: the lesson's words fold away, the bars'
        dock stays in front of the others. The prompt stays; its buttons give way to the
        presenter bar, which holds Write, Stop and Back (each once on screen)."""
        if presenting:
            self.docks["bars"].show()
            self.docks["bars"].raise_()
        row = self.prompt_row
        self.hide_while_presenting(
            presenting,
            [
                self.lesson_title,
                self.script_switch,
                self.fold_button,
                self.lesson_text,
                row.write_button,
                row.stop_button,
                row.back_button,
                row.copy_button,
            ],
        )
        if presenting:
            self._present_sizes()

    def _present_sizes(self) -> None:
        """In presenter mode the bars take two fifths of the window, the poem the rest."""
        QApplication.processEvents()
        self.resizeDocks(
            [self.docks["bars"]], [round(self.width() * 0.4)], Qt.Orientation.Horizontal
        )

    def apply_default_sizes(self) -> None:
        """Side columns as wide as their controls and the tab titles need at this text size,
        wider where the window has the room (the shared policy's wide layout); the middle keeps
        what the prompt row needs."""
        if self.presenting:
            self._present_sizes()
            return
        self.follow_layout()  # its docks stand where they are in every layout
        width = self.width()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
        scale = min(self.text_scale, 1.3)
        wide = layout_for(width, self.text_scale) == "wide"
        wish = (340, 380) if wide else (275, 240)  # a 1024-wide screen
        need_left = self.controls_panel.minimumSizeHint().width() + bar
        need_right = max(
            self._tab_titles_width(),
            self.train_panel.minimumSizeHint().width() + bar,
            self.bars.minimumWidth(),
        )
        left = max(need_left, round(wish[0] * scale))
        right = max(need_right, round(wish[1] * scale))
        centre = max(self.centralWidget().minimumSizeHint().width(), round(width * 0.36))
        over = left + right + centre + 16 - width
        if over > 0:  # narrow the columns towards what they need, the left one first
            give = min(over, left - need_left)
            left, over = left - give, over - give
            right -= max(0, min(over, right - need_right))
        self.resizeDocks(
            [self.docks["controls"], self.docks["bars"]], [left, right], Qt.Orientation.Horizontal
        )
        # The memory's caption whole and the heatmap at its least height; on a low window
        # at large text the bars and the poem above need the rest.
        dock = self.docks["memory"]
        wide = width - (left if self.corner(Qt.Corner.BottomLeftCorner) == _LEFT else 0)
        needed = (
            self.memory_panel.caption.heightForWidth(wide - 12)
            + self.memory_panel.state_combo.sizeHint().height()
            + self.memory_panel.heatmap.minimumHeight()
            + dock.fontMetrics().height()
            + 40  # the dock's title bar and the spacing
        )
        memory = max(needed, 260 if self.height() >= 850 or self.text_scale < 1.3 else 0)
        self.resizeDocks([dock], [memory], Qt.Orientation.Vertical)

    def _tab_titles_width(self) -> int:
        """The width the tabs of the bars' column need to show their titles whole."""
        titles = {self.docks["bars"].windowTitle(), self.docks["train"].windowTitle()}
        for tabs in self.findChildren(QTabBar):
            if tabs.parent() is self and {tabs.tabText(k) for k in range(tabs.count())} == titles:
                return sum(tabs.tabSizeHint(k).width() for k in range(tabs.count())) + 4
        metrics = self.fontMetrics()
        return sum(metrics.horizontalAdvance(title) + 28 for title in titles)
