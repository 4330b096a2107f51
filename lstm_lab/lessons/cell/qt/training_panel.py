"""Train the cell: a target, lessons that teach memory, the buttons, the speed, the settings
and the loss curve. The panel reads and writes the lab's state and shows the window's
`TrainingController`, which does the training."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import optimizer_name, task_description, task_title
from lstm_lab.core.errors import LessonError
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.training import (
    CLIP_NORM_RANGE,
    LEARNING_RATE_RANGE,
    MAX_EPOCHS_RANGE,
    TOLERANCE_RANGE,
    TRAINING_SPEEDS,
    TrainingSettings,
)
from lstm_lab.engine.tasks import TASKS, TrainingTask
from lstm_lab.engine.training import OPTIMIZERS
from lstm_lab.lessons.cell.qt.controller import TrainingController
from lstm_lab.ui.line_groups import LineGroups
from lstm_lab.ui.loss_plot import LossPlot
from lstm_lab.ui.number_box import PointDoubleSpinBox
from lstm_lab.ui.number_list_edit import NumberListEdit
from lstm_lab.ui.state import LabState

OWN_TARGET = QT_TRANSLATE_NOOP("TrainingPanel", "Your own target")


def training_lesson(task: TrainingTask):
    """The built-in lesson ``train-NAME`` of a training task (its starting weights and
    settings), or None when there is none."""
    from lstm_lab.core.builtin import lesson_by_name

    try:
        return lesson_by_name(f"train-{task.name}")
    except LessonError:
        return None


class TrainingPanel(QWidget):
    """Target field, lesson presets, Train/Stop/One epoch/Restore, the speed, settings, status,
    loss curve.

    Public pieces for the main window: `controller` (the `TrainingController` it shows; one
    is made when none is given), `loss_plot` (can be docked elsewhere),
    `overlayTextChanged(str)` for the time series' overlay, `runningChanged(bool)`, and
    `shutdown()` (stop training and wait; call it when the window closes). The lesson (task),
    the settings and the locks live in the lab's state; the panel shows and edits them.
    """

    overlayTextChanged = Signal(str)
    runningChanged = Signal(bool)

    def __init__(
        self,
        state: LabState,
        parent: QWidget | None = None,
        *,
        controller: TrainingController | None = None,
        rng: np.random.Generator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self._state = state
        self.controller = (
            controller if controller is not None else TrainingController(state, self, rng=rng)
        )

        self._build_target()
        self._build_buttons()
        self._build_speed()
        self._build_settings()
        self.status_label = QLabel()
        self.status_label.setObjectName("trainingStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setToolTip(self.tr("What training is doing, or how the last run ended."))
        self.loss_plot = LossPlot()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self._target_box)
        layout.addWidget(self.buttons)
        layout.addLayout(self._speed_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self._settings_box)
        layout.addWidget(self.loss_plot, 1)

        controller = self.controller
        controller.statusTextChanged.connect(self.status_label.setText)
        controller.overlayTextChanged.connect(self.overlayTextChanged)
        controller.runningChanged.connect(self._on_running_changed)
        controller.restoreAvailableChanged.connect(self._update_buttons)
        controller.historyChanged.connect(self._show_history)
        controller.speedChanged.connect(self._show_speed)
        state.lockedChanged.connect(self._show_locks)
        state.sequenceChanged.connect(self._on_sequence_changed)
        state.targetChanged.connect(self._on_target_changed)
        state.taskChanged.connect(self._show_task)
        state.settingsChanged.connect(self._show_settings)
        state.trainingChanged.connect(self._update_buttons)

        self._sync_target_field()
        self._show_settings()
        self._show_task()
        self._show_locks()
        self._show_speed(self.controller.speed)
        self._update_buttons()
        self.status_label.setText(self.controller.status_text)

    # ------------------------------------------------------------------ public
    def set_locked(self, name: str, locked: bool) -> None:
        """Training leaves a locked parameter exactly as it is."""
        self._state.set_locked(name, locked)

    def locked(self) -> frozenset[str]:
        return self._state.locked()

    def is_locked(self, name: str) -> bool:
        return self._state.is_locked(name)

    def shutdown(self) -> None:
        """Stop a run and wait for the worker thread to end."""
        self.controller.shutdown()

    def target_error(self) -> str:
        return self.target_field.error_text()

    def current_task(self) -> TrainingTask | None:
        return self._state.task

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Only reached when the panel is its own window; inside a main window, the window's
        # closeEvent calls shutdown().
        self.shutdown()
        super().closeEvent(event)

    # ------------------------------------------------------------------ building
    def _build_target(self) -> None:
        # A typed target applies as soon as it reads as a full one; complaints wait for Enter.
        self.target_field = NumberListEdit(
            title=self.tr("Target y*(t)"),
            noun=self.tr("target"),
            edit_name="targetEdit",
            error_name="targetError",
            placeholder=self.tr("e.g. 0, 0, 1, 1, 1 (empty: no target)"),
            tooltip=self.tr(
                "The output y(t) you want the cell to produce, one number per time step, as "
                "many as the input has. Press Enter to apply. Leave it empty for no target."
            ),
            allow_empty=True,
            apply_as_typed=True,
            check=self._target_length_complaint,
        )
        self.target_edit = self.target_field.edit
        self.target_error_label = self.target_field.error

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("targetPresetCombo")
        self.preset_combo.setAccessibleName(self.tr("Ready-made targets"))
        self.preset_combo.setToolTip(
            self.tr(
                "Lessons that teach memory: each sets an input sequence and the target the cell "
                "should learn to produce for it."
            )
        )
        self.preset_combo.addItem(self.tr(OWN_TARGET), None)
        for task in TASKS:
            self.preset_combo.addItem(task_title(task), task)
            self.preset_combo.setItemData(
                self.preset_combo.count() - 1, task_description(task), Qt.ItemDataRole.ToolTipRole
            )
        self.lesson_label = QLabel()
        self.lesson_label.setObjectName("lessonDescription")
        self.lesson_label.setWordWrap(True)
        self.lesson_label.hide()

        self.task_check = QCheckBox(self.tr("Train on many random sequences"))
        self.task_check.setObjectName("taskCheck")
        self.task_check.setToolTip(
            self.tr(
                "Fitting one sequence can be learnt by heart. Tick this to train on many random "
                "sequences that follow the lesson's rule; the held-out MSE, measured on fresh "
                "sequences the cell never trained on, shows whether it learnt the rule itself."
            )
        )

        lesson_row = QHBoxLayout()
        lesson_title = QLabel(self.tr("Lesson"))
        lesson_title.setBuddy(self.preset_combo)
        lesson_row.addWidget(lesson_title)
        lesson_row.addWidget(self.preset_combo, 1)

        self._target_box = QGroupBox(self.tr("Train the cell"))
        box = QVBoxLayout(self._target_box)
        box.setSpacing(3)
        box.addWidget(self.target_field)
        box.addLayout(lesson_row)
        box.addWidget(self.lesson_label)
        box.addWidget(self.task_check)

        # A typed target is the student's own: the lesson's rule no longer applies.
        self.target_field.textEdited.connect(self._leave_lesson)
        self.target_field.valuesEntered.connect(self._state.set_target)
        self.preset_combo.activated.connect(self._on_preset)
        self.task_check.toggled.connect(self._apply_settings)

    def _build_buttons(self) -> None:
        def button(name: str, text: str, tip: str) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.setToolTip(tip)
            return widget

        self.train_button = button(
            "trainButton",
            self.tr("Train"),
            self.tr(
                "Fit the weights to the target by gradient descent. The sliders, the diagram and "
                "the plots follow the weights as they change."
            ),
        )
        self.stop_button = button(
            "stopButton", self.tr("Stop"), self.tr("Stop training now; the weights stay.")
        )
        self.epoch_button = button(
            "epochButton",
            self.tr("One epoch"),
            self.tr(
                "Train for exactly one epoch (one pass over the training data) and watch what "
                "changed. Pressing it again continues where it left off."
            ),
        )
        self.restore_button = button(
            "restoreButton",
            self.tr("Restore weights"),
            self.tr(
                "Undo training: put back the weights the cell had before you started training it."
            ),
        )
        self.train_button.clicked.connect(self.controller.train)
        self.stop_button.clicked.connect(self.controller.stop)
        self.epoch_button.clicked.connect(self.controller.train_one_epoch)
        self.restore_button.clicked.connect(self.controller.restore_weights)
        # Restore goes under the others when the panel is narrow (large text on a projector).
        self.buttons = LineGroups(
            [[self.train_button, self.stop_button, self.epoch_button], [self.restore_button]]
        )

    def _build_speed(self) -> None:
        """How fast training runs: as fast as possible, or so many epochs a second with every
        epoch on screen. Not a setting of the run: it may change while training goes on."""
        self.speed_combo = QComboBox()
        self.speed_combo.setObjectName("trainingSpeedCombo")
        self.speed_combo.setAccessibleName(self.tr("Training speed"))
        for speed in TRAINING_SPEEDS:
            if speed is None:
                self.speed_combo.addItem(self.tr("As fast as possible"))
            else:
                self.speed_combo.addItem(self.tr("{rate} epochs/s").format(rate=speed))
        self.speed_combo.setToolTip(
            self.tr(
                "How fast training runs. As fast as possible, the views follow about 30 times "
                "a second; at a set number of epochs a second the diagram, the weights and the "
                "loss curve follow every epoch, so a class can watch the weights move. It can "
                "change while training runs."
            )
        )
        label = QLabel(self.tr("Speed"))
        label.setBuddy(self.speed_combo)
        self._speed_row = QHBoxLayout()
        self._speed_row.addWidget(label)
        self._speed_row.addWidget(self.speed_combo, 1)
        self.speed_combo.currentIndexChanged.connect(
            lambda index: self.controller.set_speed(TRAINING_SPEEDS[index])
        )

    def _show_speed(self, speed: int | None) -> None:
        index = TRAINING_SPEEDS.index(speed)  # the combo lists them in this order
        if index != self.speed_combo.currentIndex():
            with QSignalBlocker(self.speed_combo):
                self.speed_combo.setCurrentIndex(index)

    def _build_settings(self) -> None:
        defaults = TrainingSettings()
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setObjectName("optimizerCombo")
        self.optimizer_combo.setAccessibleName(self.tr("Optimizer"))
        for key in OPTIMIZERS:
            self.optimizer_combo.addItem(optimizer_name(key), key)
        self.optimizer_combo.setToolTip(
            self.tr(
                "How each step is taken. Adam adapts the step size of every weight by itself; "
                "SGD with momentum keeps 90% of the previous step, like a ball rolling downhill."
            )
        )
        self.learning_rate_spin = PointDoubleSpinBox()
        self.learning_rate_spin.setObjectName("learningRateSpin")
        self.learning_rate_spin.setDecimals(4)
        self.learning_rate_spin.setRange(*LEARNING_RATE_RANGE)
        self.learning_rate_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.learning_rate_spin.setValue(defaults.learning_rate)
        self.learning_rate_spin.setToolTip(
            self.tr(
                "How big each step is. Larger learns faster but can overshoot and blow up; "
                "smaller is steadier but slower."
            )
        )
        self.max_epochs_spin = QSpinBox()
        self.max_epochs_spin.setObjectName("maxEpochsSpin")
        self.max_epochs_spin.setRange(*MAX_EPOCHS_RANGE)
        self.max_epochs_spin.setSingleStep(100)
        self.max_epochs_spin.setValue(defaults.max_epochs)
        self.max_epochs_spin.setToolTip(
            self.tr("Training stops after this many epochs at the latest.")
        )
        self.clip_spin = PointDoubleSpinBox()
        self.clip_spin.setObjectName("clipSpin")
        self.clip_spin.setDecimals(2)
        self.clip_spin.setRange(*CLIP_NORM_RANGE)
        self.clip_spin.setSingleStep(0.5)
        self.clip_spin.setSpecialValueText(self.tr("off"))
        self.clip_spin.setValue(defaults.clip_norm)
        self.clip_spin.setToolTip(
            self.tr(
                "Gradient clipping: when the gradient is longer than this, it is shortened to "
                "this length, so one steep spot cannot throw the weights far away. 0 = off."
            )
        )
        self.tol_spin = PointDoubleSpinBox()
        self.tol_spin.setObjectName("tolSpin")
        self.tol_spin.setDecimals(8)
        self.tol_spin.setRange(*TOLERANCE_RANGE)
        self.tol_spin.setSingleStep(0.0001)
        self.tol_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.tol_spin.setValue(defaults.tolerance)
        self.tol_spin.setToolTip(
            self.tr(
                "The goal: training stops early once the MSE falls below this. 0 = never stop "
                "early."
            )
        )
        self.locked_label = QLabel()
        self.locked_label.setObjectName("lockedLabel")
        self.locked_label.setWordWrap(True)
        self.locked_label.setToolTip(
            self.tr(
                "Locked parameters keep their value while training; lock one with the padlock "
                "beside its slider."
            )
        )
        self.unlock_button = QToolButton()
        self.unlock_button.setObjectName("unlockAllButton")
        self.unlock_button.setText(self.tr("Unlock all"))
        self.unlock_button.setToolTip(self.tr("Let training change every parameter again."))
        self.unlock_button.clicked.connect(self._state.unlock_all)
        locks_row = QHBoxLayout()
        locks_row.addWidget(self.locked_label, 1)
        locks_row.addWidget(self.unlock_button)

        self._settings_box = QGroupBox(self.tr("Settings"))
        self._settings_box.setObjectName("trainingSettings")
        form = QFormLayout(self._settings_box)
        # A field goes under its label when the panel is too narrow for both (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Optimiser"), self.optimizer_combo)
        form.addRow(self.tr("Learning rate"), self.learning_rate_spin)
        form.addRow(self.tr("At most (epochs)"), self.max_epochs_spin)
        form.addRow(self.tr("Clip gradient at"), self.clip_spin)
        form.addRow(self.tr("Stop below MSE"), self.tol_spin)
        form.addRow(locks_row)

        self.optimizer_combo.currentIndexChanged.connect(self._apply_settings)
        for spin in (self.learning_rate_spin, self.max_epochs_spin, self.clip_spin, self.tol_spin):
            spin.valueChanged.connect(self._apply_settings)

    # ------------------------------------------------------------------ target field
    def _target_length_complaint(self, values: np.ndarray) -> str | None:
        if len(values) == self._state.length:
            return None
        return self.tr("the target has {count} values but the input has {length}").format(
            count=len(values), length=self._state.length
        )

    def _sync_target_field(self) -> None:
        """Show the state's target, unless the field already holds those numbers, or holds a
        target the new input's length made wrong (that stays, with its error)."""
        self.target_field.set_values(self._state.target)

    # ------------------------------------------------------------------ lessons
    def _on_preset(self, index: int) -> None:
        task = self.preset_combo.itemData(index)
        if task is None:
            self._state.set_task(None)
            return
        # A lesson starts from its own weights and settings (those of its lesson file), not
        # from whatever the previous lesson's training left.
        start = training_lesson(task)
        if start is not None:
            self._state.set_task(None)
            options = start.options
            self._state.set_params(self._state.cell.params_type.from_dict(dict(options.params)))
            self._state.set_training_settings(options.training)
        self._state.set_task(task)
        self._sync_target_field()

    def _show_task(self) -> None:
        """The combo, the description and the check box follow the lab's task."""
        task = self._state.task
        index = self.preset_combo.findData(task) if task is not None else 0
        if index != self.preset_combo.currentIndex():
            with QSignalBlocker(self.preset_combo):
                self.preset_combo.setCurrentIndex(max(0, index))
        if task is None:
            self.lesson_label.hide()
        else:
            self.lesson_label.setText(task_description(task))
            self.lesson_label.show()
        self.task_check.setEnabled(task is not None and not self.controller.is_running)
        self._update_buttons()

    def _leave_lesson(self, *_args) -> None:
        if self._state.task is not None:
            self._state.set_task(None)
        settings = self._state.training_settings
        if settings.many_sequences:  # many sequences of which rule? none any more
            self._state.set_training_settings(settings.replace(many_sequences=False))

    def _on_sequence_changed(self) -> None:
        self._sync_target_field()
        self._update_buttons()

    def _on_target_changed(self) -> None:
        self._sync_target_field()
        self._update_buttons()

    # ------------------------------------------------------------------ settings and state
    def settings(self) -> TrainingSettings:
        return self._state.training_settings.replace(
            optimizer=self.optimizer_combo.currentData(),
            learning_rate=self.learning_rate_spin.value(),
            max_epochs=self.max_epochs_spin.value(),
            tolerance=self.tol_spin.value(),
            clip_norm=self.clip_spin.value(),
            many_sequences=self.task_check.isChecked(),
        )

    def _apply_settings(self, *_args) -> None:
        self._applying = True  # the lab's echo must not rewrite a box being typed in
        try:
            self._state.set_training_settings(self.settings())
        finally:
            self._applying = False
        self._update_buttons()

    _applying = False

    def _show_settings(self) -> None:
        """The widgets follow the lab's settings (a lesson file sets them too)."""
        if self._applying:
            return
        settings = self._state.training_settings
        widgets = (
            self.optimizer_combo,
            self.learning_rate_spin,
            self.max_epochs_spin,
            self.tol_spin,
            self.clip_spin,
            self.task_check,
        )
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.optimizer_combo.setCurrentIndex(
            max(0, self.optimizer_combo.findData(settings.optimizer))
        )
        for spin, value in (
            (self.learning_rate_spin, settings.learning_rate),
            (self.max_epochs_spin, settings.max_epochs),
            (self.tol_spin, settings.tolerance),
            (self.clip_spin, settings.clip_norm),
        ):
            if spin.value() != value:
                spin.setValue(value)
        self.task_check.setChecked(settings.many_sequences)
        del blockers
        self._update_buttons()

    def _on_running_changed(self, running: bool) -> None:
        self._settings_box.setEnabled(not running)
        self.task_check.setEnabled(not running and self.current_task() is not None)
        self._update_buttons()
        self.runningChanged.emit(running)

    def _update_buttons(self, *_args) -> None:
        running = self.controller.is_running
        can_train = self.controller.can_train() and not running
        self.train_button.setEnabled(can_train)
        self.epoch_button.setEnabled(can_train)
        self.stop_button.setEnabled(running)
        self.restore_button.setEnabled(self.controller.can_restore)

    def _show_history(self) -> None:
        self.loss_plot.set_history(*self.controller.history())

    def _show_locks(self, *_args) -> None:
        order = self._state.cell.param_names
        locked = sorted(self._state.locked(), key=order.index)
        if locked:
            self.locked_label.setText(
                self.tr("Locked (training leaves them alone): {names}").format(
                    names=", ".join(locked)
                )
            )
        else:
            self.locked_label.setText(
                self.tr("No parameter is locked: training may change them all.")
            )
        self.unlock_button.setEnabled(bool(set(locked) - self._state.kept_locks))
