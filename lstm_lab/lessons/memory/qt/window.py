"""The window of the lesson "Remember for 100 steps": part 1 and part 2 as the pages of the
centre, the lesson's text and "Train it yourself" as docks beside them.

Training runs on the one pump (`lstm_lab.ui.pump.Pump`) in the GUI thread, one update of the
cell per item for at most a few milliseconds per tick, so the window stays responsive and Stop
takes effect before the next update. The views follow the layout policy
(`LessonWindow.follow_layout`): in the wide layout the text and the training panel are stacked
on the right; in the compact and crowded ones they are tabs of one dock, so the pages keep
their width on a projector.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QTabWidget, QWidget

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.lesson import Lesson
from lstm_lab.lessons.memory.model import KIND, VIEW_KEYS
from lstm_lab.lessons.memory.qt.pages import CarouselPage, TaskPage, TrainPanel
from lstm_lab.lessons.memory.qt.state import MemoryState
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
from lstm_lab.ui.lesson_text import LessonTextView
from lstm_lab.ui.messages import warn
from lstm_lab.ui.pump import Pump

_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
#: Time the GUI thread spends on updates per tick (ms): one update at delay 100 takes about 6.
TICK_BUDGET_MS = 5.0

VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("text", QT_TRANSLATE_NOOP("LessonWindow", "Lesson"), "text_view", _RIGHT),
    ViewSpec("training", QT_TRANSLATE_NOOP("LessonWindow", "Train it yourself"), "train_panel",
             _RIGHT, below="text", scroll=True),
)  # fmt: skip
#: The pages of the centre: (key, tab title, window attribute holding the page); the titles
#: are translated where the tabs are made.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("carousel", QT_TRANSLATE_NOOP("MemoryWindow", "1 · The carousel, by hand"), "carousel_page"),
    ("task", QT_TRANSLATE_NOOP("MemoryWindow", "2 · France … speak ___"), "task_page"),
)
assert tuple(sorted((*(k for k, _, _ in PAGES), *(v.key for v in VIEWS)))) == tuple(
    sorted(VIEW_KEYS)
)

TRAIN = QT_TRANSLATE_NOOP("LessonWindow", "&Train")
MENUS = (FILE, TRAIN, VIEW, HELP)
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec("train", QT_TRANSLATE_NOOP("LessonWindow", "Train"), "train", TRAIN, "Ctrl+T",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "Train the chosen cell with the lesson's settings"),
               busy=True),
    ActionSpec("stop", QT_TRANSLATE_NOOP("LessonWindow", "Stop"), "stop", TRAIN, "Ctrl+.",
               QT_TRANSLATE_NOOP("LessonWindow", "Stop training; the result shown stays")),
    ActionSpec("part1", QT_TRANSLATE_NOOP("LessonWindow", "Part 1: the carousel"),
               "show_part_one", VIEW, "Ctrl+1",
               QT_TRANSLATE_NOOP("LessonWindow", "One LSTM unit with its gates set by hand"),
               separator_before=True, view="carousel"),
    ActionSpec("part2", QT_TRANSLATE_NOOP("LessonWindow", "Part 2: France … speak"),
               "show_part_two", VIEW, "Ctrl+2",
               QT_TRANSLATE_NOOP("LessonWindow",
                                 "The RNN, the LSTM and the GRU on the long-lag task"),
               view="task"),
)
# fmt: on


class MemoryWindow(LessonWindow):
    """The window of lessons of kind "memory" (see the module)."""

    lessonEdited = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("memoryWindow")
        self.setWindowTitle(self.tr("Remember for 100 steps — LSTM Lab[*]"))
        self.setMinimumSize(1000, 680)
        self.state = MemoryState(self)
        self._lesson: Lesson | None = None
        self.pump = Pump(self, budget_ms=TICK_BUDGET_MS)
        self.pump.refreshed.connect(self.state.publish)
        self.pump.finished.connect(self._ended)
        self._build()
        self.build_views(VIEWS)
        self.build_actions(MENUS, ACTIONS)
        self.finish_setup()
        self.state.optionsChanged.connect(self.lessonEdited)
        self.state.trainingChanged.connect(self._on_running)
        self._on_running(False)

    def _build(self) -> None:
        state = self.state
        self.carousel_page = CarouselPage(state)
        self.task_page = TaskPage(state)
        self.pages = QTabWidget()
        self.pages.setObjectName("memoryParts")
        self.pages.setDocumentMode(True)
        self.pages.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.pages.tabBar().setExpanding(False)
        for key, title, attribute in PAGES:
            page = getattr(self, attribute)
            page.setProperty("pageKey", key)
            self.pages.addTab(page, self.tr(title))
        self.setCentralWidget(self.pages)
        self.text_view = LessonTextView()
        self.text_view.setObjectName("lessonText")
        self.text_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.train_panel = TrainPanel(state)
        self.train_panel.trainRequested.connect(self.train)
        self.train_panel.stopRequested.connect(self.stop)
        for widget in (self.carousel_page, self.task_page):
            self.register_view(widget)

    # -------------------------------------------------------------------- training
    def train(self) -> bool:
        """Train the lesson's cell on the pump; False if a run is going on."""
        if self.pump.is_running:
            return False
        self.show_part_two()
        return self.pump.start(self.state.training_steps())

    def stop(self) -> None:
        self.pump.stop()

    def _on_running(self, running: bool) -> None:
        self.set_busy(running)
        self.actions_by_key["stop"].setEnabled(running)
        if not running:
            self.files.update_modified()

    def _ended(self, reason: str) -> None:
        self.state.set_training(False)  # also for a run stopped before its first update
        self.state.publish()
        progress = self.state.progress
        if reason == "finished":
            result = self.state.results[progress.cell]
            text = self.tr("Done: {accuracy} held-out accuracy after {updates} updates.").format(
                accuracy=f"{100 * result.test_accuracy:.1f} %", updates=progress.update
            )
        elif reason == "failed":
            error = self.pump.error
            problem = (str(error) or type(error).__name__) if error is not None else ""
            text = self.tr("Training stopped: {problem}").format(problem=problem)
            warn(self, "trainingError", self.tr("Training stopped"), text)
        else:
            text = self.tr("Stopped at update {update}; the result shown did not change.").format(
                update=progress.update
            )
        self.train_panel.show_end(text)

    # -------------------------------------------------------------------- pages
    def show_page(self, key: str) -> None:
        show_tab(self.pages, key)

    def show_part_one(self) -> None:
        self.show_page("carousel")

    def show_part_two(self) -> None:
        self.show_page("task")

    def show_hidden_views(self, hidden: frozenset[str]) -> None:
        super().show_hidden_views(frozenset(key for key in hidden if key in self.docks))
        hide_tabs(self.pages, hidden)

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        base = self._lesson or Lesson(title=self.tr("Remember for 100 steps"), kind=KIND)
        return base.replace(kind=KIND, options=dict(self.state.options))

    def put_lesson(self, lesson: Lesson) -> None:
        self.pump.stop_now()
        self._lesson = lesson
        self.state.apply_options(lesson.options)
        self.text_view.set_markdown(f"### {lesson.shown_title}\n\n{lesson.shown_text}")
        self.show_hidden_views(lesson.hidden_views)
        for index in range(self.pages.count()):
            if self.pages.isTabVisible(index):
                self.pages.setCurrentIndex(index)
                break

    def lesson_in_effect(self) -> Lesson | None:
        return self._lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self._lesson = lesson

    def change_signals(self) -> list:
        return [self.lessonEdited]

    def is_busy(self) -> bool:
        return self.pump.is_running

    def shutdown(self) -> None:
        self.pump.stop_now()

    # -------------------------------------------------------------------- layout
    def main_views(self) -> list[QWidget]:
        return [self.pages.currentWidget()]

    def presented_views(self) -> list[QWidget]:
        return [self.carousel_page, self.task_page]

    def presenter_actions(self) -> list[QAction]:
        return [self.actions_by_key[key] for key in ("part1", "part2", "train", "stop")]

    def present(self, presenting: bool) -> None:
        self.hide_while_presenting(presenting, [self.pages.tabBar()])

    def arrange(self, layout: str, before: str | None) -> None:
        """Wide: the text above the training panel on the right; otherwise one dock with
        both as tabs, so the pages keep their width."""
        if before is None and layout == "wide":
            return
        docks = self.docks
        self.addDockWidget(_RIGHT, docks["text"])
        if layout == "wide":
            self.splitDockWidget(docks["text"], docks["training"], Qt.Orientation.Vertical)
        else:
            self.tabifyDockWidget(docks["text"], docks["training"])
        docks["text"].raise_()

    def text_scale_changed(self, _scale: float) -> None:
        if "training" in self.docks:
            self.apply_default_sizes()

    def apply_default_sizes(self) -> None:
        self.follow_layout()
        scale = min(self.text_scale, 1.3)
        width = round(min(420.0, max(300.0, self.width() * 0.27)) * scale)
        self.resizeDocks([self.docks["text"]], [width], Qt.Orientation.Horizontal)
        if self.layout_kind == "wide":
            self.resizeDocks(
                [self.docks["text"], self.docks["training"]], [3, 2], Qt.Orientation.Vertical
            )
