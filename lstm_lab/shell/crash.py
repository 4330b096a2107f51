"""What happens when something goes wrong: a log file with the traceback and a plain-words dialog.

``install_crash_handler(app)`` hooks ``sys.excepthook`` (start-up code, slots, Qt virtual methods)
and ``threading.excepthook`` (worker threads). Every uncaught exception is appended to
``lstm-lab.log`` in the user's data folder (QStandardPaths.AppDataLocation, or a temporary folder
when that is not writable) with a timestamp and the full traceback, and a dialog says what
happened and where the log is. The app goes on: an exception in a slot ends only that slot.

An exception raised off the GUI thread reaches the dialog through a queued signal; no widget is
ever created off the GUI thread.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "lstm-lab.log"
# Past this many reports in one session only a one-line note per exception is logged, so an
# exception raised on every repaint cannot fill the disk.
_FULL_REPORTS = 50
_HEADLESS_PLATFORMS = ("offscreen", "minimal")


def default_log_dir() -> Path:
    """The user's data folder for LSTM Lab (created), or a temporary folder if that fails."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    candidates = [Path(location)] if location else []
    candidates.append(Path(tempfile.gettempdir()) / "lstm-lab")
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):  # writable? (leaves nothing behind)
                pass
            return folder
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def describe(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """One plain sentence about the error, for the dialog."""
    detail = str(exc).strip() if exc is not None else ""
    if len(detail) > 300:
        detail = detail[:300] + "…"
    return f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__


class CrashHandler(QObject):
    """Logs uncaught exceptions and shows them in a dialog with objectName ``crashDialog``.

    Signals:
        crashReported(message, log_path): emitted on the GUI thread once an exception has been
            logged and the dialog shown (or updated, when one is already open).
    """

    crashReported = Signal(str, str)
    _reportQueued = Signal(str, str, str)  # message, log path, traceback: crosses threads

    def __init__(
        self,
        app: QApplication,
        log_dir: str | os.PathLike[str] | None = None,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(app)  # owned by the application, so it lives as long as the app
        self._log_dir = Path(log_dir) if log_dir is not None else None
        self._log_path: Path | None = None
        self.show_dialog = show_dialog
        self.dialog: QMessageBox | None = None
        self.report_count = 0
        self._repeats = 0
        self._lock = threading.Lock()
        self._previous_excepthook = sys.excepthook
        self._previous_threading_excepthook = threading.excepthook
        self._installed = False
        self._reportQueued.connect(self._show_report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route uncaught exceptions of every thread to this handler."""
        if self._installed:
            return
        self._previous_excepthook = sys.excepthook
        self._previous_threading_excepthook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_excepthook
        self._installed = True

    def uninstall(self) -> None:
        """Put back the hooks that were in place before ``install``."""
        if not self._installed:
            return
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._threading_excepthook:
            threading.excepthook = self._previous_threading_excepthook
        self._installed = False

    @property
    def log_path(self) -> Path:
        """Where reports are written (the folder is created on first use)."""
        if self._log_path is None:
            folder = self._log_dir if self._log_dir is not None else default_log_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                folder = Path(tempfile.gettempdir())
            self._log_path = folder / LOG_NAME
        return self._log_path

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc, tb)
            return
        # A traceback whose first frame has no caller unwound the whole Python stack of this
        # thread; on the GUI thread that means the process ends once this hook returns.
        unwound = tb is not None and tb.tb_frame.f_back is None
        self.report(exc_type, exc, tb, threading.current_thread().name, process_ending=unwound)

    def _threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "worker"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        thread_name: str = "",
        process_ending: bool = False,
    ) -> Path:
        """Log one exception and show it; safe to call from any thread. Returns the log path."""
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        message = describe(exc_type, exc)
        path = self._write_log(details, message, thread_name)
        try:
            sys.stderr.write(f"LSTM Lab: unexpected error, details in {path}\n{details}")
        except (AttributeError, OSError, ValueError):  # a windowed app may have no stderr
            pass
        if QThread.currentThread() == self.thread():
            self._show(message, str(path), details, modal=process_ending)
        else:
            self._reportQueued.emit(message, str(path), details)
        return path

    def _write_log(self, details: str, message: str, thread_name: str) -> Path:
        stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        where = f" in thread {thread_name}" if thread_name else ""
        with self._lock:
            self.report_count += 1
            if self.report_count <= _FULL_REPORTS:
                entry = f"=== {stamp} uncaught exception{where}\n{details}\n"
            else:
                entry = f"=== {stamp} {message}{where} (traceback left out: too many errors)\n"
            for path in (self.log_path, Path(tempfile.gettempdir()) / LOG_NAME):
                try:
                    with path.open("a", encoding="utf-8") as log:
                        log.write(entry)
                except OSError:
                    continue
                self._log_path = path
                return path
        return self.log_path

    @Slot(str, str, str)
    def _show_report(self, message: str, log_path: str, details: str) -> None:
        self._show(message, log_path, details, modal=False)

    def _show(self, message: str, log_path: str, details: str, modal: bool) -> None:
        # A modal dialog on a headless platform would wait for a click that never comes.
        headless = QApplication.platformName() in _HEADLESS_PLATFORMS
        if self.show_dialog and not (modal and headless):
            self._show_dialog(message, log_path, details, modal)
        self.crashReported.emit(message, log_path)

    def _show_dialog(self, message: str, log_path: str, details: str, modal: bool) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # One dialog at a time: an error repeated on every repaint must not bury the window.
            self._repeats += 1
            self.dialog.setInformativeText(_informative(log_path, self._repeats))
            self.dialog.setDetailedText(details)
            return
        self._repeats = 0
        if self.dialog is not None:
            self.dialog.deleteLater()
        if modal:
            said = QCoreApplication.translate(
                "CrashDialog", "LSTM Lab ran into an unexpected error. It has to close now."
            )
        else:
            said = QCoreApplication.translate(
                "CrashDialog",
                "LSTM Lab ran into an unexpected error. You can go on working; the last action "
                "may not have finished.",
            )
        dialog = QMessageBox(QApplication.activeWindow())
        dialog.setObjectName("crashDialog")
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(
            QCoreApplication.translate("CrashDialog", "LSTM Lab: something went wrong")
        )
        dialog.setText(f"{said}\n\n{message}")
        dialog.setInformativeText(_informative(log_path, 0))
        dialog.setDetailedText(details)
        dialog.setStandardButtons(QMessageBox.StandardButton.Close)
        self.dialog = dialog
        if modal:
            dialog.exec()
        else:
            dialog.open()


def log_note(message: str) -> Path | None:
    """Append one dated line to the error log: something went wrong that the app could get
    round (a setting it could not use). The log is the installed handler's, or the default one.
    Returns the log's path, or None when no log could be written."""
    handler = getattr(sys.excepthook, "__self__", None)
    path = handler.log_path if isinstance(handler, CrashHandler) else default_log_dir() / LOG_NAME
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        with path.open("a", encoding="utf-8") as log:
            log.write(f"=== {stamp} {message}\n")
    except OSError:
        return None
    return path


def _informative(log_path: str, repeats: int) -> str:
    text = QCoreApplication.translate(
        "CrashDialog",
        "The details were saved in this file:\n{path}\n\nPlease send it to whoever looks after "
        "LSTM Lab for you.",
    ).format(path=log_path)
    if repeats:
        more = QCoreApplication.translate(
            "CrashDialog", "({count} more error(s) since this message appeared.)"
        )
        text += "\n\n" + more.format(count=repeats)
    return text


def install_crash_handler(
    app: QApplication,
    log_dir: str | os.PathLike[str] | None = None,
    show_dialog: bool = True,
) -> CrashHandler:
    """Log and show every uncaught exception from now on; returns the handler.

    Call it right after creating the QApplication. A handler installed before is replaced.
    """
    previous = getattr(sys.excepthook, "__self__", None)
    if isinstance(previous, CrashHandler):
        previous.uninstall()
    handler = CrashHandler(app, log_dir=log_dir, show_dialog=show_dialog)
    handler.install()
    return handler
