"""The crash handler: an uncaught exception is logged with its traceback and shown in a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from lstm_lab.shell import crash
from lstm_lab.shell.crash import LOG_NAME, CrashHandler, install_crash_handler

# The offscreen platform warns that it cannot size a dialog to its hints; that is not an error.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Emitter(QObject):
    fired = Signal()


def crash_dialogs() -> list[QMessageBox]:
    """The crash dialogs on screen."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox)
        and widget.objectName() == "crashDialog"
        and widget.isVisible()
    ]


@pytest.fixture
def handler(qapp, tmp_path):
    installed = install_crash_handler(qapp, log_dir=tmp_path)
    yield installed
    installed.uninstall()
    for dialog in crash_dialogs():
        dialog.close()
        dialog.deleteLater()


def close_dialog(qtbot, dialog: QMessageBox) -> None:
    dialog.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def ratio_of_sums_with_a_bug() -> None:
    raise ZeroDivisionError("the input sequence summed to zero")


# pytest-qt would catch the slot's exception itself and fail the test; here it must reach the
# crash handler, as it does in the running app.
@pytest.mark.qt_no_exception_capture
def test_failing_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, handler, tmp_path):
    emitter = Emitter()
    emitter.fired.connect(ratio_of_sums_with_a_bug)

    with qtbot.waitSignal(handler.crashReported, timeout=5000) as blocker:
        emitter.fired.emit()

    message, log_path = blocker.args
    assert "ZeroDivisionError" in message
    assert "summed to zero" in message
    assert Path(log_path) == tmp_path / LOG_NAME

    dialogs = crash_dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog is handler.dialog
    assert dialog.isVisible()
    assert log_path in dialog.informativeText()
    assert "unexpected error" in dialog.text()

    log = Path(log_path).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ratio_of_sums_with_a_bug" in log
    assert "ZeroDivisionError: the input sequence summed to zero" in log
    assert log.startswith("=== 20")  # ISO timestamp

    # The event loop still runs: a timer fires and a working slot still answers.
    answers: list[int] = []
    emitter.fired.disconnect(ratio_of_sums_with_a_bug)
    emitter.fired.connect(lambda: answers.append(1))
    emitter.fired.emit()
    assert answers == [1]
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(10)

    close_dialog(qtbot, dialog)


@pytest.mark.qt_no_exception_capture
def test_repeated_errors_share_one_dialog(qtbot, handler):
    emitter = Emitter()
    emitter.fired.connect(ratio_of_sums_with_a_bug)
    for _ in range(3):
        with qtbot.waitSignal(handler.crashReported, timeout=5000):
            emitter.fired.emit()
    assert len(crash_dialogs()) == 1
    assert "2 more error(s)" in handler.dialog.informativeText()
    assert handler.log_path.read_text(encoding="utf-8").count("Traceback") == 3
    close_dialog(qtbot, handler.dialog)


def test_worker_thread_exception_reaches_the_dialog_on_the_gui_thread(qtbot, qapp, handler):
    def train_in_background() -> None:
        raise FloatingPointError("the loss became NaN in the worker")

    worker = threading.Thread(target=train_in_background, name="trainer")
    with qtbot.waitSignal(handler.crashReported, timeout=5000) as blocker:
        worker.start()
    worker.join(5)

    assert "FloatingPointError" in blocker.args[0]
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.thread() == qapp.thread()
    log = handler.log_path.read_text(encoding="utf-8")
    assert "in thread trainer" in log
    assert "train_in_background" in log
    close_dialog(qtbot, dialog)


class FailingQThread(QThread):
    def run(self) -> None:
        raise ValueError("a worker QThread failed")


@pytest.mark.qt_no_exception_capture
def test_qthread_exception_reaches_the_dialog(qtbot, qapp, handler):
    worker = FailingQThread()
    with qtbot.waitSignal(handler.crashReported, timeout=5000) as blocker:
        worker.start()
    assert worker.wait(5000)
    assert "a worker QThread failed" in blocker.args[0]
    assert handler.dialog.thread() == qapp.thread()
    close_dialog(qtbot, handler.dialog)


def test_uninstall_restores_the_previous_hooks(qapp, tmp_path):
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(qapp, log_dir=tmp_path)
    handler.install()
    assert sys.excepthook == handler._excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_log_folder_falls_back_to_a_temporary_folder(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")

    class UnwritableStandardPaths:
        StandardLocation = crash.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_location):
            return str(blocker / "LSTM Lab")

    monkeypatch.setattr(crash, "QStandardPaths", UnwritableStandardPaths)
    monkeypatch.setattr(crash.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert crash.default_log_dir() == tmp_path / "tmp" / "lstm-lab"


def test_log_folder_is_the_user_data_folder(monkeypatch, tmp_path):
    class StandardPaths:
        StandardLocation = crash.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_location):
            return str(tmp_path / "share" / "LSTM Lab")

    monkeypatch.setattr(crash, "QStandardPaths", StandardPaths)
    assert crash.default_log_dir() == tmp_path / "share" / "LSTM Lab"
    assert (tmp_path / "share" / "LSTM Lab").is_dir()


def test_start_up_failure_is_logged_and_the_process_ends(tmp_path):
    script = textwrap.dedent(
        f"""
        from PySide6.QtWidgets import QApplication
        from lstm_lab.shell.crash import install_crash_handler

        app = QApplication([])
        install_crash_handler(app, log_dir={str(tmp_path)!r})

        def build_window():
            raise RuntimeError("the stylesheet could not be read")

        build_window()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: the stylesheet could not be read" in log
    assert "build_window" in log
    assert str(tmp_path / LOG_NAME) in done.stderr
