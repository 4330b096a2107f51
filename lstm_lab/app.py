"""Application factory and start-up: the window, the theme, screenshots for the README."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lstm_lab.main_window import MainWindow

APP_NAME = "LSTM Lab"


def create_window(settings: QSettings | None = None) -> MainWindow:
    """The fully wired main window. The caller owns the QApplication."""
    return MainWindow(settings=settings)


def _ensure_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(APP_NAME)
        QApplication.setApplicationDisplayName(APP_NAME)
        app = QApplication(argv)
    return app


def render_screenshot(window: MainWindow, path: str, size: tuple[int, int]) -> bool:
    """Lay the window out at ``size``, paint it and save it as PNG."""
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.apply_default_sizes()
    QApplication.processEvents()
    return window.save_screenshot(path)


def run_gui(args: argparse.Namespace) -> int:
    if (
        args.screenshot
        and "QT_QPA_PLATFORM" not in os.environ
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = _ensure_application(sys.argv[:1])
    from lstm_lab.crash import install_crash_handler

    install_crash_handler(app)
    if not args.screenshot:
        return _run_window(app, args, QSettings())
    # A screenshot must not depend on (or change) the student's saved layout and theme: it
    # uses settings in a temporary folder, removed when it is done.
    with tempfile.TemporaryDirectory(prefix="lstm-lab-") as folder:
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        status = _run_window(app, args, settings)
        settings.sync()
        del settings
    return status


def _run_window(app: QApplication, args: argparse.Namespace, settings: QSettings) -> int:
    window = create_window(settings)
    if args.sequence is not None:
        from lstm_lab.engine import SequenceError

        try:
            window.state.set_sequence_text(args.sequence)
        except SequenceError as error:
            print(f"lstm-lab: error: --sequence: {error}", file=sys.stderr)
            return 2
    if args.step is not None:
        window.state.go_to(args.step)
    if args.screenshot:
        ok = render_screenshot(window, args.screenshot, args.size)
        window.close()
        if not ok:
            print(f"lstm-lab: error: could not write {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    return app.exec()

