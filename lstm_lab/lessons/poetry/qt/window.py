"""The poetry lesson window: a character model continues the student's text.

Views and commands are data (`VIEWS`, `ACTIONS`) on top of `LessonWindow`. Writing and training
both run in the GUI thread from timers, a little per tick, so no other thread ever exists and
no widget is touched from one: writing takes one character per tick at the speed the student
sets; training (`TextTrainer`) steps the engine's training generator one batch at a time
for at most `TRAIN_BUDGET_MS` per tick (a batch here takes about 20 ms; see the module of
`lstm_lab.ui.pump` for why a timer beats a worker thread under the GIL).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import QObject, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.lesson import Lesson
from lstm_lab.engine.charmodel import (
    END,
    CharModel,
    ModelError,
    Sampler,
    TrainSettings,
    encode_records,
    generate,
    init_model,
    load_model,
    save_model,
    train,
    vocabulary_from_counts,
)
from lstm_lab.lessons.poetry.model import (
    DEFAULT_OPTIONS,
    MAX_TEMPERATURE,
    MIN_TEMPERATURE,
    VIEW_KEYS,
    PoetrySession,
    most_active,
)
from lstm_lab.lessons.poetry.qt.views import LossCurve, PoemView, ProbabilityBars, StateHeatmap
from lstm_lab.lessons.poetry.textdata import (
    CORPORA,
    MODELS,
    TextError,
    corpus_records,
    poem_lines,
    read_text_file,
    shipped_model,
)
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    ActionSpec,
    LessonWindow,
    ViewSpec,
)
from lstm_lab.ui.fonts import chinese_font
from lstm_lab.ui.lesson_banner import LessonFold
from lstm_lab.ui.line_groups import LineGroups

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea

#: Time the GUI thread spends on training per tick (ms): the small preparation steps share
#: a tick, a batch (about 15 ms) or a sample has one to itself.
TRAIN_BUDGET_MS = 4.0
#: Batch and piece length of training in the window: a batch of 8 × 32 characters of a
#: 128-unit model on the Tang vocabulary takes about 14 ms on one core here (16 × 32: 27 ms),
#: so a tick (budget, one batch that may end past it, a sample now and then) stays near 30 ms.
APP_TRAIN = TrainSettings(batch=8, steps=32, learning_rate=3e-3, clip_norm=5.0, seed=0)
TEMPERATURE_SENTENCE = (
    "The model gives every character a score; the scores are divided by T before the "
    "softmax turns them into probabilities. Low T sharpens the choice (safe, repetitive), "
    "high T flattens it (bold, strange); as T → 0 it always takes the most likely one."
)

VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("controls", "Settings", "controls_panel", _LEFT, scroll=True),
    ViewSpec("bars", "Why this character?", "bars", _RIGHT),
    ViewSpec("memory", "The memory inside", "memory_panel", _BOTTOM),
    ViewSpec("train", "Train", "train_panel", _RIGHT, tab_of="bars", scroll=True),
)
assert tuple(view.key for view in VIEWS) == VIEW_KEYS  # lesson files name these views

WRITE = "&Write"
MENUS = (FILE, WRITE, VIEW, HELP)
# fmt: off
ACTIONS: tuple[ActionSpec, ...] = COMMON_ACTIONS + (
    ActionSpec("write", "Write", "write", WRITE, "Ctrl+Return",
               "Continue the text from the prompt, character by character"),
    ActionSpec("stop", "Stop", "stop_writing", WRITE, "Ctrl+.", "Stop writing"),
    ActionSpec("back", "Back", "go_back", WRITE, "Alt+Left",
               "Return to the text as it was before the last branch"),
    ActionSpec("copy", "Copy the text", "copy_text", WRITE, "Ctrl+Shift+C",
               "Copy the prompt and what the model wrote", separator_before=True),
)
# fmt: on


def _wrapping_form() -> QFormLayout:
    """A form whose fields go under their labels where the column is too narrow for both."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class TextTrainer(QObject):
    """Trains a character model from a zero-interval timer in the GUI thread, one batch per
    generator step, for at most ``budget_ms`` per tick. ``progressed(step, loss)``,
    ``sampled(step, text)`` every ``sample_every`` steps, ``finished(message)``."""

    progressed = Signal(int, float)
    sampled = Signal(int, str)
    finished = Signal(str)

    def __init__(self, parent: QObject | None = None, budget_ms: float = TRAIN_BUDGET_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._budget = budget_ms / 1000.0
        self._work: Iterator | None = None
        self.model: CharModel | None = None
        self.sample_every = 100
        self.prompt = ""
        self.steps_done = 0
        self.longest_tick = 0.0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, records: list[str], hidden: int, max_chars: int | None, seed: int) -> None:
        self._work = self._run(records, hidden, max_chars, seed)
        self.steps_done = 0
        self.longest_tick = 0.0
        self._timer.start()

    def _run(self, records, hidden, max_chars, seed) -> Iterator[None]:
        counts: Counter[str] = Counter()
        for start in range(0, len(records), 1000):  # a few ms per slice
            counts.update("".join(records[start : start + 1000]))
            yield
        vocabulary = vocabulary_from_counts(counts, max_chars)
        yield
        model = init_model(vocabulary, hidden, min(hidden, 128), np.random.default_rng(seed))
        model.info = {"hidden": hidden, "layout": "text", "name": "trained here"}
        encoded = []
        for start in range(0, len(records), 400):  # a few ms per slice
            encoded += encode_records(vocabulary, records[start : start + 400])
            yield
        self.model = model
        settings = TrainSettings(
            APP_TRAIN.batch, APP_TRAIN.steps, APP_TRAIN.learning_rate, APP_TRAIN.clip_norm, seed
        )
        for report in train(model, encoded, settings):
            if report is None:  # preparing an epoch
                yield
                continue
            self.steps_done = report.step
            self.progressed.emit(report.step, report.loss)
            yield
            if report.step % self.sample_every == 0 or report.step == 1:
                sampler = Sampler(model, fold=False)  # short sample: no table to build
                text = generate(sampler, self.prompt, 0.8, 120, seed=report.step)
                self.sampled.emit(report.step, self.prompt + text)
                yield

    def stop(self, message: str = "Stopped.") -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._work = None
            self.finished.emit(message)

    def _tick(self) -> None:
        start = time.perf_counter()
        deadline = start + self._budget
        try:
            while self._work is not None:
                next(self._work)
                if time.perf_counter() >= deadline:
                    break
        except ModelError as error:
            self.stop(str(error))
        except Exception as error:  # never a traceback to the student
            self.stop(f"Training stopped: {error}")
        self.longest_tick = max(self.longest_tick, time.perf_counter() - start)


class PoetryWindow(LessonWindow):
    """The poetry lesson window (see the module)."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("poetryWindow")
        self.setWindowTitle("LSTM Lab — poetry[*]")
        self.options = dict(DEFAULT_OPTIONS)
        self.lesson: Lesson | None = None
        self.model_name = "tang"
        self.model = shipped_model("tang")
        self.session = PoetrySession(self.model, self.options["prompt"])
        self.selected: int | None = None
        self.unit: int | None = None
        self.trainer = TextTrainer(self)
        self._trained: CharModel | None = None
        self._writer = QTimer(self)
        self._writer.timeout.connect(self._write_tick)
        self._build_views()
        self.build_views(VIEWS)
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.docks["bars"].raise_()
        self.build_actions(MENUS, ACTIONS)
        for key, action in self.actions_by_key.items():
            setattr(self, f"act_{key}", action)
        self.finish_setup()
        self._show_options()
        self._refresh()

    # -------------------------------------------------------------------- views
    def _build_views(self) -> None:
        centre = QWidget()
        centre.setObjectName("poetryCentre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(10, 8, 10, 8)
        self.lesson_title = QLabel()
        self.lesson_title.setObjectName("poetryTitle")
        self.lesson_title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.lesson_text = QLabel()
        self.lesson_text.setObjectName("poetryText")
        self.lesson_text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.lesson_text.setWordWrap(True)
        self.lesson_title.setWordWrap(True)
        # Writing folds the lesson's text into the title line: on a projector at large text
        # the poem needs that height. The button opens it again, and then it stays open.
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("lessonFoldButton")
        self.fold_button.setAutoRaise(True)
        self.fold = LessonFold(
            self.fold_button,
            lambda shown: self.lesson_text.setVisible(shown and self._has_lesson_text()),
            "the poem",
        )
        title_row = QHBoxLayout()
        title_row.addWidget(self.lesson_title, 1)
        title_row.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(title_row)
        column.addWidget(self.lesson_text)
        self.prompt_edit = QLineEdit()
        self.prompt_edit.setObjectName("promptEdit")
        self.prompt_edit.setPlaceholderText("Enter a few characters (type, paste or use an IME)")
        self.prompt_edit.setMaxLength(200)
        self.prompt_edit.setMinimumWidth(150)
        self.prompt_edit.returnPressed.connect(self.write)
        self.prompt_edit.textChanged.connect(self._show_unknown)
        self.write_button = QPushButton("Write ▶")
        self.write_button.setObjectName("writeButton")
        self.write_button.clicked.connect(self.write)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self.stop_writing)
        self.back_button = QPushButton("◀ Back")
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip("Return to the text as it was before the last branch")
        self.back_button.clicked.connect(self.go_back)
        self.copy_button = QPushButton("Copy")
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_text)
        # The buttons go under the prompt where the column is narrow (large text, 1024 wide).
        prompt_row = QHBoxLayout()
        prompt_row.setContentsMargins(0, 0, 0, 0)
        prompt_row.addWidget(QLabel("Prompt:"))
        prompt_row.addWidget(self.prompt_edit, 1)
        prompt_group = QWidget()
        prompt_group.setLayout(prompt_row)
        prompt_group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.prompt_lines = LineGroups(
            [
                [prompt_group],
                [self.write_button, self.stop_button, self.back_button, self.copy_button],
            ],
            gap=6,
        )
        # The prompt, not the room after it, takes the width the buttons leave.
        lines = self.prompt_lines.layout()
        lines.setStretch(0, 1)
        first = lines.itemAt(0).layout()
        first.setStretch(0, 1)
        first.setStretch(first.count() - 1, 0)
        column.addWidget(self.prompt_lines)
        self.note = QLabel()
        self.note.setObjectName("poetryNote")
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.poem_view = PoemView()
        self.poem_view.stepClicked.connect(self.select_step)
        column.addWidget(self.poem_view, 1)
        self.setCentralWidget(centre)

        self.bars = ProbabilityBars()
        self.bars.candidateClicked.connect(self.take_candidate)

        self.memory_panel = QWidget()
        memory = QVBoxLayout(self.memory_panel)
        memory.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.addItem("hidden state h(t)", "hidden")
        self.state_combo.addItem("cell state C(t)", "cell")
        self.state_combo.currentIndexChanged.connect(self._on_state_changed)
        self.memory_caption = QLabel()
        self.memory_caption.setObjectName("memoryCaption")
        self.memory_caption.setWordWrap(True)
        top.addWidget(QLabel("Showing:"))
        top.addWidget(self.state_combo)
        top.addStretch(1)
        memory.addLayout(top)
        memory.addWidget(self.memory_caption)  # under the choice: the whole width, fewer lines
        self.heatmap = StateHeatmap()
        self.heatmap.unitClicked.connect(self.select_unit)
        memory.addWidget(self.heatmap, 1)

        self.controls_panel = self._build_controls()
        self.train_panel = self._build_train_panel()
        # Widgets that show Chinese take the font the app ships after the app's own, so the
        # characters show on a machine without a CJK font (the poetry views set it themselves).
        # Set on each: under the app's stylesheet a window's font does not reach its children.
        for widget in (
            self.lesson_title,
            self.lesson_text,
            self.prompt_edit,
            self.note,
            self.sample_view,
        ):
            widget.setFont(chinese_font())
        for widget in (self.poem_view, self.bars, self.heatmap, self.loss_curve):
            self.register_view(widget)

    def _build_controls(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("poetryControls")
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 8, 8, 8)
        form = _wrapping_form()
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("modelCombo")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(10)
        self.model_combo.addItem("Tang poems", "tang")
        self.model_combo.addItem("Shakespeare", "shakespeare")
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        form.addRow("Model", self.model_combo)
        self.model_info = QLabel()
        self.model_info.setObjectName("modelInfo")
        self.model_info.setWordWrap(True)
        form.addRow(self.model_info)
        column.addLayout(form)

        box = QGroupBox("Temperature")
        inner = QVBoxLayout(box)
        line = QHBoxLayout()
        self.temperature_slider = QSlider(Qt.Orientation.Horizontal)
        self.temperature_slider.setObjectName("temperatureSlider")
        self.temperature_slider.setRange(round(MIN_TEMPERATURE * 100), round(MAX_TEMPERATURE * 100))
        self.temperature_slider.setSingleStep(5)
        self.temperature_slider.setPageStep(10)
        self.temperature_slider.valueChanged.connect(self._on_temperature)
        self.temperature_label = QLabel()
        self.temperature_label.setObjectName("temperatureLabel")
        line.addWidget(self.temperature_slider, 1)
        line.addWidget(self.temperature_label)
        inner.addLayout(line)
        self.greedy_check = QCheckBox("Greedy")
        self.greedy_check.setToolTip("Always take the most likely character")
        self.greedy_check.setObjectName("greedyCheck")
        self.greedy_check.toggled.connect(self._on_greedy)
        greedy_note = QLabel("(the limit T → 0)")
        greedy_note.setWordWrap(True)
        greedy_row = QHBoxLayout()
        greedy_row.addWidget(self.greedy_check)
        greedy_row.addWidget(greedy_note, 1)
        inner.addLayout(greedy_row)
        sentence = QLabel(TEMPERATURE_SENTENCE)
        sentence.setWordWrap(True)
        sentence.setObjectName("temperatureSentence")
        inner.addWidget(sentence)
        column.addWidget(box)

        box = QGroupBox("Writing")
        form = _wrapping_form()
        box.setLayout(form)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speedSlider")
        self.speed_slider.setRange(1, 200)
        self.speed_slider.valueChanged.connect(self._on_speed)
        self.speed_label = QLabel()
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_label)
        form.addRow("Speed", speed_row)
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip("The same seed, prompt and temperature write the same text")
        self.seed_spin.valueChanged.connect(self._on_seed)
        self.new_seed = QPushButton("New")
        self.new_seed.setObjectName("newSeedButton")
        self.new_seed.setToolTip("A new random seed: another text")
        self.new_seed.clicked.connect(
            lambda: self.seed_spin.setValue(int(np.random.default_rng().integers(0, 100000)))
        )
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_seed)
        form.addRow("Seed", seed_row)
        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("lengthSpin")
        self.length_spin.setRange(1, 2000)
        self.length_spin.valueChanged.connect(self._on_length)
        form.addRow("At most", self.length_spin)
        column.addWidget(box)
        column.addStretch(1)
        return panel

    def _build_train_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("trainPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 8, 8, 8)
        form = _wrapping_form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the texts' long names
        self.corpus_combo = QComboBox()
        self.corpus_combo.setObjectName("corpusCombo")
        self.corpus_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.corpus_combo.setMinimumContentsLength(12)
        for corpus in CORPORA.values():
            self.corpus_combo.addItem(corpus.title, corpus.name)
        self.corpus_combo.addItem("A UTF-8 text file…", "file")
        self.corpus_combo.currentIndexChanged.connect(self._on_corpus_chosen)
        form.addRow("Text", self.corpus_combo)
        self.hidden_combo = QComboBox()
        self.hidden_combo.setObjectName("hiddenCombo")
        for size in (32, 64, 128):
            self.hidden_combo.addItem(f"{size} units", size)
        self.hidden_combo.setCurrentIndex(2)
        form.addRow("LSTM size", self.hidden_combo)
        self.sample_spin = QSpinBox()
        self.sample_spin.setRange(10, 5000)
        self.sample_spin.setValue(100)
        self.sample_spin.setSuffix(" steps")
        form.addRow("Sample every", self.sample_spin)
        column.addLayout(form)
        self.corpus_note = QLabel()
        self.corpus_note.setObjectName("corpusNote")
        self.corpus_note.setWordWrap(True)
        column.addWidget(self.corpus_note)
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.clicked.connect(self.start_training)
        self.train_stop = QPushButton("Stop")
        self.train_stop.setObjectName("trainStopButton")
        self.train_stop.clicked.connect(lambda: self.trainer.stop())
        self.use_button = QPushButton("Write with it")
        self.use_button.setObjectName("useTrainedButton")
        self.use_button.setToolTip("Let the model trained here write in the main view")
        self.use_button.clicked.connect(self.use_trained_model)
        self.save_model_button = QPushButton("Save model…")
        self.save_model_button.setObjectName("saveModelButton")
        self.save_model_button.clicked.connect(self.save_model_dialog)
        self.load_model_button = QPushButton("Load model…")
        self.load_model_button.setObjectName("loadModelButton")
        self.load_model_button.clicked.connect(self.load_model_dialog)
        column.addWidget(
            LineGroups([[self.train_button, self.train_stop], [self.use_button]], gap=6)
        )
        column.addWidget(LineGroups([[self.save_model_button], [self.load_model_button]], gap=6))
        self.train_status = QLabel(
            "Pick a text and press Train: the model starts from random "
            "weights and writes gibberish, then verse."
        )
        self.train_status.setObjectName("trainStatus")
        self.train_status.setWordWrap(True)
        column.addWidget(self.train_status)
        self.loss_curve = LossCurve()
        column.addWidget(self.loss_curve)
        column.addWidget(QLabel("What it writes now (T = 0.8):"))
        self.sample_view = QPlainTextEdit()
        self.sample_view.setObjectName("sampleView")
        self.sample_view.setReadOnly(True)
        self.sample_view.setMinimumHeight(160)
        column.addWidget(self.sample_view, 1)
        self.trainer.progressed.connect(self._on_progress)
        self.trainer.sampled.connect(self._on_sample)
        self.trainer.finished.connect(self._on_training_finished)
        self._on_corpus_chosen()
        self._show_training(False)
        return panel

    # -------------------------------------------------------------------- the lesson
    def current_lesson(self) -> Lesson:
        base = self.lesson if self.lesson is not None else Lesson(title="Write like a Tang poet")
        return base.replace(kind="poetry", options=self._options_now())

    def _options_now(self) -> dict:
        options = dict(self.options)
        options.update(
            model=self.model_name if self.model_name in MODELS else options["model"],
            prompt=self.prompt_edit.text(),
            temperature=round(self.temperature_slider.value() / 100, 2),
            seed=self.seed_spin.value(),
            length=self.length_spin.value(),
            state=self.state_combo.currentData(),
            speed=self.speed_slider.value(),
        )
        return options

    def put_lesson(self, lesson: Lesson) -> None:
        self.stop_writing()
        self.trainer.stop()
        self.options = dict(DEFAULT_OPTIONS)
        self.options.update(lesson.options)
        self.lesson = lesson
        self.fold.reset()
        self._show_options()
        self.show_hidden_views(lesson.hidden_views)
        self._show_lesson_text()

    def lesson_in_effect(self) -> Lesson | None:
        return self.lesson

    def remember_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self._show_lesson_text()

    def change_signals(self) -> list:
        return [
            self.prompt_edit.textChanged,
            self.temperature_slider.valueChanged,
            self.seed_spin.valueChanged,
            self.length_spin.valueChanged,
            self.speed_slider.valueChanged,
            self.state_combo.currentIndexChanged,
            self.model_combo.currentIndexChanged,
        ]

    def is_busy(self) -> bool:
        return self._writer.isActive() or self.trainer.running

    def shutdown(self) -> None:
        self._writer.stop()
        self.trainer.stop()

    def _show_lesson_text(self) -> None:
        lesson = self.lesson
        self.lesson_title.setText(lesson.title if lesson else "")
        self.lesson_text.setText(lesson.text if lesson else "")
        self.fold_button.setVisible(self._has_lesson_text())
        self.fold.set_folded(self.fold.folded)  # the text shown or not, for this lesson

    @property
    def lesson_folded(self) -> bool:
        return self.fold.folded

    def _has_lesson_text(self) -> bool:
        return bool(getattr(self, "lesson", None) and self.lesson.text)

    def _show_options(self) -> None:
        options = self.options
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.temperature_slider,
                self.seed_spin,
                self.length_spin,
                self.speed_slider,
                self.state_combo,
                self.model_combo,
                self.greedy_check,
            )
        ]
        self.temperature_slider.setValue(round(options["temperature"] * 100))
        self.greedy_check.setChecked(False)
        self.seed_spin.setValue(options["seed"])
        self.length_spin.setValue(options["length"])
        self.speed_slider.setValue(options["speed"])
        self.state_combo.setCurrentIndex(0 if options["state"] == "hidden" else 1)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(options["model"])))
        del blockers
        self.prompt_edit.setText(options["prompt"])
        self._set_model(options["model"])
        self._show_temperature()
        self._on_speed(self.speed_slider.value())

    # -------------------------------------------------------------------- models
    def _set_model(self, name: str, model: CharModel | None = None) -> None:
        """Write with the built-in model ``name`` (or ``model``, trained or loaded)."""
        self.stop_writing()
        if model is None:
            try:
                model = shipped_model(name)
            except ModelError as error:
                self._complain("The model was not loaded", str(error))
                return
        self.model_name = name
        self.model = model
        self.session = PoetrySession(
            model,
            self.prompt_edit.text(),
            temperature=self._temperature(),
            seed=self.seed_spin.value(),
            length=self.length_spin.value(),
        )
        info = model.info
        details = [f"{len(model.vocabulary):,} symbols", f"LSTM of {model.hidden} units"]
        if name == "tang":
            details.insert(0, "Poems of five characters a line")
        if info.get("epochs"):
            details.append(f"trained {info['epochs']} epochs")
        if info.get("held_out_loss"):
            details.append(f"held-out loss {info['held_out_loss']:.2f} nats/char")
        self.model_info.setText(", ".join(details))
        self.unit = None
        self.selected = None
        self._show_unknown()
        self._refresh()

    def _on_model_chosen(self, _index: int) -> None:
        name = self.model_combo.currentData()
        if name in MODELS:
            self._set_model(name)
        elif name == "trained" and self._trained is not None:
            self._set_model("trained", self._trained)
        elif name == "loaded" and self._loaded is not None:
            self._set_model("loaded", self._loaded)

    def _add_model_choice(self, key: str, title: str) -> None:
        index = self.model_combo.findData(key)
        if index < 0:
            self.model_combo.addItem(title, key)
            index = self.model_combo.count() - 1
        else:
            self.model_combo.setItemText(index, title)
        with QSignalBlocker(self.model_combo):
            self.model_combo.setCurrentIndex(index)

    # -------------------------------------------------------------------- settings
    def _temperature(self) -> float:
        return 0.0 if self.greedy_check.isChecked() else self.temperature_slider.value() / 100

    def _show_temperature(self) -> None:
        greedy = self.greedy_check.isChecked()
        self.temperature_slider.setEnabled(not greedy)
        value = self.temperature_slider.value() / 100
        self.temperature_label.setText("T → 0" if greedy else f"T = {value:.2f}")
        self.session.temperature = self._temperature()
        self._refresh_bars()

    def _on_temperature(self, _value: int) -> None:
        self._show_temperature()

    def _on_greedy(self, _checked: bool) -> None:
        self._show_temperature()

    def _on_speed(self, value: int) -> None:
        self.speed_label.setText(f"{value}/s")
        self.speed_label.setToolTip(f"{value} characters a second")
        self._writer.setInterval(max(1, round(1000 / value)))

    def _on_seed(self, value: int) -> None:
        if not self._writer.isActive():
            self.session.restart(self.session.prompt, seed=value)
            self.selected = None
            self._refresh()

    def _on_length(self, value: int) -> None:
        self.session.length = value

    def _on_state_changed(self, _index: int) -> None:
        self.unit = None
        self._refresh_memory()

    def _show_unknown(self) -> None:
        unknown = self.model.vocabulary.unknown_in(self.prompt_edit.text())
        if unknown:
            self.note.setText(
                "The model has never seen " + " ".join(unknown) + ": it reads each as one "
                "“unknown” symbol □ (rare characters all share it)."
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(unknown))

    # -------------------------------------------------------------------- writing
    def write(self) -> None:
        """Continue the text (a changed prompt, or an ended text, starts afresh)."""
        session = self.session
        prompt = self.prompt_edit.text()
        if prompt != session.prompt or session.finished:
            session.restart(prompt, seed=self.seed_spin.value())
            self.unit = None
        session.temperature = self._temperature()
        session.length = self.length_spin.value()
        self.fold.work()
        self._writer.start()
        self._show_writing(True)

    def stop_writing(self) -> None:
        if self._writer.isActive():
            self._writer.stop()
        self._show_writing(False)

    def _show_writing(self, writing: bool) -> None:
        self.write_button.setEnabled(not writing)
        self.stop_button.setEnabled(writing)
        self.act_write.setEnabled(not writing)
        self.act_stop.setEnabled(writing)

    def _write_tick(self) -> None:
        # Above 60 characters/s the timer cannot tick often enough: several per tick.
        per_tick = max(1, round(self.speed_slider.value() * self._writer.interval() / 1000))
        for _ in range(per_tick):
            if self.session.step() is None:
                break
        self.selected = None
        self._refresh()
        if self.session.finished:
            self.stop_writing()

    def select_step(self, index: int) -> None:
        self.selected = index
        self._refresh()

    def take_candidate(self, index: int, token: int) -> None:
        """The student clicked a bar: write that character at step ``index`` and go on."""
        try:
            self.session.branch(index, token)
        except (IndexError, ValueError) as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        self.selected = index
        self._refresh()
        if not self.session.finished:
            self._writer.start()
            self._show_writing(True)

    def go_back(self) -> None:
        self.stop_writing()
        at = self.session.back()
        if at is None:
            self.statusBar().showMessage("There is no branch to go back to.", 4000)
            return
        self.selected = at
        self._refresh()

    def select_unit(self, unit: int) -> None:
        self.unit = None if unit == self.unit else unit
        self._refresh_memory()
        self._refresh_text()

    def copy_text(self) -> None:
        text = self.session.text
        if self.model.info.get("layout") == "poem":
            text = "\n".join(poem_lines(text))
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage("Copied.", 3000)

    # -------------------------------------------------------------------- showing
    def _refresh(self) -> None:
        self._refresh_text()
        self._refresh_bars()
        self._refresh_memory()
        self.back_button.setEnabled(bool(self.session.branches))
        self.act_back.setEnabled(bool(self.session.branches))

    def _highlighted(self) -> set[int]:
        if self.unit is None:
            return set()
        states = self.session.states(self.state_combo.currentData())
        # Heatmap columns: ▸ (start), the prompt, the text; the text view has no ▸.
        return {k - 1 for k in most_active(states, self.unit) if k >= 1}

    def _refresh_text(self) -> None:
        session = self.session
        vocabulary = session.vocabulary
        written = [
            "⏎ end" if step.token == END else vocabulary.symbol(step.token)
            for step in session.steps
        ]
        self.poem_view.show_text(
            session.prompt,
            written,
            [step.branched for step in session.steps],
            self.selected,
            self._highlighted(),
            self.model.info.get("layout") == "poem",
            session.finished,
        )

    def _refresh_bars(self) -> None:
        session = self.session
        steps = session.steps
        index = self.selected
        if index is None:
            index = len(steps) - 1 if steps else 0
        if not steps and not session.prompt:
            self.bars.show_step(None, [], None, session.temperature, "")
            return
        index = min(index, len(steps))
        chosen = steps[index].token if index < len(steps) else None
        # The bars follow the slider, so moving it shows what temperature does to this step.
        temperature = session.temperature
        context = (session.prompt + session.generated[:index])[-8:].replace("\n", " ")
        candidates = session.candidates(index, temperature=temperature)
        self.bars.show_step(index, candidates, chosen, temperature, context)

    def _refresh_memory(self) -> None:
        which = self.state_combo.currentData()
        session = self.session
        self.heatmap.show_states(session.states(which), session.chars(), which)
        highlighted = set()
        if self.unit is not None:
            highlighted = set(most_active(session.states(which), self.unit))
        self.heatmap.set_unit(self.unit, highlighted)
        name = "hidden state h(t)" if which == "hidden" else "cell state C(t)"
        clip = "" if which == "hidden" else " (colour = tanh(C/2), so large values do not saturate)"
        unit_text = (
            f" Unit {self.unit}: its 8 strongest characters are marked."
            if self.unit is not None
            else " Click a row to mark where that unit is most active."
        )
        self.memory_caption.setText(
            f"the {name} of each of the {self.model.hidden} units after each character: red "
            f"positive, blue negative{clip}.{unit_text}"
        )

    # -------------------------------------------------------------------- training
    def _on_corpus_chosen(self, _index: int = 0) -> None:
        name = self.corpus_combo.currentData()
        corpus = CORPORA.get(name)
        self.corpus_note.setText(
            corpus.note
            if corpus
            else "Any UTF-8 text of 500 characters or more; blank lines separate its records."
        )

    def start_training(self, path: str | None = None) -> bool:
        name = self.corpus_combo.currentData()
        try:
            if name == "file":
                if not path:
                    path, _ = QFileDialog.getOpenFileName(
                        self, "Train on a text file", "", "Text (*.txt);;All files (*)"
                    )
                if not path:
                    return False
                records = read_text_file(path)
                max_chars: int | None = 3000
                title = path
            else:
                records = corpus_records(name)
                max_chars = CORPORA[name].vocabulary
                title = CORPORA[name].title
        except TextError as error:
            self._complain("This text cannot be used", str(error))
            self.train_status.setText(str(error))
            return False
        self.trainer.sample_every = self.sample_spin.value()
        self.trainer.prompt = ""
        self.loss_curve.clear()
        self.sample_view.clear()
        self.train_status.setText(f"Training on {title}…")
        self._training_title = title
        self.trainer.start(records, self.hidden_combo.currentData(), max_chars, seed=0)
        self._show_training(True)
        return True

    def _on_progress(self, step: int, loss: float) -> None:
        if step % 5 == 0 or step == 1:
            self.loss_curve.add(step, loss)
        if step % 10 == 0 or step == 1:
            memorise = ""
            if self.corpus_combo.currentData() == "tang300" and loss < 1.5:
                memorise = " The loss is low: it is learning these 320 poems by heart."
            self.train_status.setText(f"Step {step}: loss {loss:.3f} nats per character.{memorise}")

    def _on_sample(self, step: int, text: str) -> None:
        self.sample_view.appendPlainText(f"— step {step} —\n{text.strip()}\n")
        bar = self.sample_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_training_finished(self, message: str) -> None:
        self._show_training(False)
        if self.trainer.model is not None:
            self._trained = self.trainer.model
            self._trained.info.update(steps=self.trainer.steps_done)
        self.train_status.setText(
            f"{message} {self.trainer.steps_done} steps. Write with it, or save it."
        )

    def _show_training(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.train_stop.setEnabled(running)
        self.corpus_combo.setEnabled(not running)
        self.hidden_combo.setEnabled(not running)
        has_model = self.trainer.model is not None
        self.use_button.setEnabled(has_model)
        self.save_model_button.setEnabled(has_model)

    def use_trained_model(self) -> None:
        model = self.trainer.model
        if model is None:
            return
        self._trained = model
        layout = "poem" if self.corpus_combo.currentData() in ("tang5", "tang300") else "text"
        model.info["layout"] = layout
        # Writing uses a copy of the weights as they are now; training goes on apart.
        snapshot = CharModel(
            model.vocabulary,
            {k: v.copy() for k, v in model.params.items()},
            dict(model.info),
            None if model.start_h is None else model.start_h.copy(),
            None if model.start_c is None else model.start_c.copy(),
        )
        self._add_model_choice("trained", "Trained here")
        self._set_model("trained", snapshot)

    def save_model_dialog(self, path: str | None = None) -> bool:
        model = self.trainer.model
        if model is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, "Save the model", "my-model.npz", "LSTM Lab text model (*.npz)"
            )
        if not path:
            return False
        try:
            save_model(model, path)
        except OSError as error:
            self._complain("Not saved", f"Could not write {path}: {error.strerror}")
            return False
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def load_model_dialog(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Load a model", "", "LSTM Lab text model (*.npz);;All files (*)"
            )
        if not path:
            return False
        try:
            model = load_model(path)
        except ModelError as error:
            self._complain("The model was not loaded", f"{path}: {error}")
            return False
        self._loaded = model
        self._add_model_choice("loaded", f"Loaded: {model.info.get('name', 'a model')}")
        self._set_model("loaded", model)
        return True

    _loaded: CharModel | None = None

    def _complain(self, title: str, text: str) -> None:
        """A message that does not block (tests and the event loop go on)."""
        box = QMessageBox(self)
        box.setObjectName("poetryMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.open()

    # -------------------------------------------------------------------- layout
    def text_scale_changed(self, _scale: float) -> None:
        self.apply_default_sizes()

    def apply_default_sizes(self) -> None:
        """Side columns as wide as their controls and the tab titles need at this text size,
        wider where the window has the room; the middle keeps what the prompt row needs."""
        width = self.width()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
        scale = min(self.text_scale, 1.3)
        wish = (340, 380) if width >= 1200 else (275, 240)  # a 1024-wide screen
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
            self.memory_caption.heightForWidth(wide - 12)
            + self.state_combo.sizeHint().height()
            + self.heatmap.minimumHeight()
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
