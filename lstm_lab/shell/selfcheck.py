"""What every self-test check uses (`lstm-lab --self-test`): the failure, the application, a
wait on the event loop, a picture that is not blank, and a lesson opened in its kind's window.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class CheckFailed(Exception):
    """A check found something wrong; the message is the reason shown to the user."""


@dataclass
class SelfTestContext:
    """What checks share: the QApplication and the lesson windows, once created."""

    app: object | None = None
    window: object | None = None  # the single-cell window
    windows: list = field(default_factory=list)  # every window a check opened
    temp_dir: str = ""
    current: str = ""  # name of the check that is running
    qt_errors: list[str] = field(default_factory=list)
    slot_errors: list[str] = field(default_factory=list)


def choose_platform(environ: dict[str, str] | os._Environ = os.environ) -> None:
    """Use the offscreen platform on Linux when no display is available and none was chosen."""
    if (
        sys.platform.startswith("linux")
        and not environ.get("QT_QPA_PLATFORM")
        and not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    ):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def application(context: SelfTestContext):
    if context.app is None:
        from PySide6.QtWidgets import QApplication

        choose_platform()
        app = QApplication.instance()
        if app is None:
            QApplication.setApplicationName("LSTM Lab")
            QApplication.setOrganizationName("LSTM Lab")
            app = QApplication(sys.argv[:1])
            from lstm_lab.ui.fonts import add_chinese_fallback

            add_chinese_fallback(app)
        context.app = app
    return context.app


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the Qt event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def not_blank(image) -> tuple[bool, str]:
    """Whether a rendered QImage shows something: many colours, not one flat fill."""
    if image.isNull() or image.width() < 100 or image.height() < 100:
        return False, f"the image is empty ({image.width()}x{image.height()})"
    colours = set()
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 50)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    if len(colours) < 16:
        return False, f"the window looks blank (only {len(colours)} colours)"
    return True, f"{len(colours)} colours"


def close_to(value: float, expected: float, name: str, tolerance: float) -> None:
    if not math.isfinite(value) or abs(value - expected) > tolerance:
        raise CheckFailed(f"{name} is {value:.6f}, expected {expected:.6f}")


def open_in_window(context: SelfTestContext, lesson, size: tuple[int, int] = (1280, 800)):
    """Build the window of ``lesson``'s kind (its settings in the test's own folder), open the
    lesson in it, show it and check that it paints something. Returns the window."""
    from PySide6.QtCore import QSettings

    app = application(context)
    from lstm_lab.app import create_window

    path = os.path.join(context.temp_dir, f"{lesson.kind}.ini")
    window = create_window(QSettings(path, QSettings.Format.IniFormat), lesson.kind)
    context.windows.append(window)
    window.open_lesson(lesson)
    window.resize(*size)
    window.show()
    app.processEvents()
    shows_something, detail = not_blank(window.grab().toImage())
    if not shows_something:
        raise CheckFailed(detail)
    platform = app.platformName()
    if platform != "offscreen" and not window.isVisible():
        raise CheckFailed(f"the window did not appear on the {platform} display")
    return window
