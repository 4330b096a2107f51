"""Step forward and back, play and pause, reset, and the playing speed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.ui.state import LabState


class PlaybackControls(QWidget):
    """Buttons that move the state's cursor; playing is a timer that steps forward."""

    playingChanged = Signal(bool)

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)

        def button(name: str, text: str, tip: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return b

        self.back = button(
            "stepBackButton", self.tr("◀ Back"), self.tr("Step back one time step (Left)")
        )
        self.forward = button(
            "stepForwardButton", self.tr("Step ▶"), self.tr("Step forward one time step (Right)")
        )
        self.play = button(
            "playButton", self.tr("Play"), self.tr("Play through the sequence, or pause (Space)")
        )
        self.play.setCheckable(True)
        self.back.setAccessibleName(self.tr("Step back"))  # the names without their arrows
        self.forward.setAccessibleName(self.tr("Step forward"))
        self.reset = button(
            "resetButton",
            self.tr("Reset"),
            self.tr("Back to t = 0; the sequence and the weights stay (Home)"),
        )
        self.back.clicked.connect(state.step_back)
        self.forward.clicked.connect(state.step_forward)
        self.play.toggled.connect(self.set_playing)
        self.reset.clicked.connect(self.reset_to_start)

        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("speedSlider")
        self.speed.setRange(1, 20)
        self.speed.setValue(2)
        self.speed.setToolTip(self.tr("Playing speed in steps per second"))
        self.speed.setAccessibleName(self.tr("Playing speed, steps per second"))
        self.speed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(92)
        self.speed.valueChanged.connect(self._on_speed)
        self._on_speed(self.speed.value())

        self._buttons = QGridLayout()
        self._buttons.setSpacing(4)
        self.set_text_scale(1.0)
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._buttons)
        layout.addLayout(speed_row)

        state.cursorChanged.connect(self._update_enabled)
        state.sequenceChanged.connect(self._update_enabled)
        self._update_enabled()

    def set_text_scale(self, scale: float) -> None:
        """One row of buttons, or two when large text would not fit in one."""
        columns = 4 if scale <= 1.15 else 2
        for index, b in enumerate((self.back, self.forward, self.play, self.reset)):
            self._buttons.removeWidget(b)
            self._buttons.addWidget(b, index // columns, index % columns)

    def is_playing(self) -> bool:
        return self.timer.isActive()

    def set_playing(self, playing: bool) -> None:
        if playing == self.timer.isActive():
            self._sync_button()
            return
        if playing:
            if self._state.at_end:  # playing from the end starts again from the beginning
                self._state.reset()
            self.timer.start()
        else:
            self.timer.stop()
        self._sync_button()
        self.playingChanged.emit(playing)

    def toggle_playing(self) -> None:
        self.set_playing(not self.is_playing())

    def _sync_button(self) -> None:
        playing = self.timer.isActive()
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.blockSignals(False)
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _tick(self) -> None:
        if not self._state.step_forward() or self._state.at_end:
            self.set_playing(False)

    def reset_to_start(self) -> None:
        self.set_playing(False)
        self._state.reset()

    def _on_speed(self, value: int) -> None:
        self.timer.setInterval(int(1000 / value))
        words = self.tr("{value} step/s") if value == 1 else self.tr("{value} steps/s")
        self.speed_label.setText(words.format(value=value))

    def _update_enabled(self, *_args) -> None:
        self.back.setEnabled(self._state.cursor > 0)
        self.forward.setEnabled(not self._state.at_end)
