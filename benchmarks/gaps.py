"""The event-loop gap recorder the benchmarks share: a timer in the GUI thread that notes the
time between its ticks. A tick late by more than its interval is time the loop was busy."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class GapRecorder:
    """A ``interval_ms`` timer in the GUI thread; ``gaps`` holds the ms between its ticks."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()
