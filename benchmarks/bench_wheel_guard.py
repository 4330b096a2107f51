"""What the application's wheel guard (`lstm_lab.ui.wheel_guard`) costs: the time it adds to
each event, and how many events a second a lesson window delivers while it trains.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_wheel_guard.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget


class _Count(QObject):
    events = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        _Count.events += 1
        return False


def microseconds_an_event(target: QWidget, count: int = 200_000) -> float:
    event = QEvent(QEvent.Type.User)
    start = time.perf_counter()
    for _ in range(count):
        QApplication.sendEvent(target, event)
    return (time.perf_counter() - start) / count * 1e6


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from lstm_lab.app import create_window
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.ui.wheel_guard import guard_application

    target = QWidget()
    alone = microseconds_an_event(target)
    guard = guard_application()
    guarded = microseconds_an_event(target)
    print(f"an event: {alone:.2f} µs alone, {guarded:.2f} µs through the guard "
          f"(+{guarded - alone:.2f} µs)")  # fmt: skip
    app.removeEventFilter(guard)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = create_window(settings, "forecast")
        window.open_lesson(lesson_by_name("forecast-sine"))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        counter = _Count()
        app.installEventFilter(counter)
        window.trainer.train()
        start = time.perf_counter()
        while time.perf_counter() - start < 3.0:
            app.processEvents()
        rate = _Count.events / (time.perf_counter() - start)
        app.removeEventFilter(counter)
        window.trainer.stop()
        window.files.forget_changes()
        window.close()
    print(f"while the forecast lesson trains: {rate:.0f} events/s, the guard "
          f"{rate * (guarded - alone) / 1e4:.2f} % of a core")  # fmt: skip


if __name__ == "__main__":
    main()
