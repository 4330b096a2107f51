"""`lstm-lab --self-test`: check, in a few seconds, that this installation of LSTM Lab works.

Meant for a teacher setting up a classroom: it runs the worked example through the engine,
loads the resources, builds the main window (offscreen when there is no display), steps it and
renders it, trains a few epochs with the engine and with the worker thread, writes and removes
a file in the error log's folder, and reads (never changes) the user's saved settings. It
prints one line per check, ``PASS <name>`` or ``FAIL <name>: <reason>``, and exits 0 only when
every check passes. A failing check shows its reason, never a traceback, and no check can hang:
each runs under a watchdog that ends the process (status 1) when it overruns its time limit.

The checks are the list `CHECKS`; `run_self_test(checks=...)` runs another list.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

# The worked example of the lesson: default weights, input "1, 0, 0, 0, 0", first step.
WORKED_EXAMPLE = "1, 0, 0, 0, 0"
EXPECTED_FIRST_STEP = {"f": 0.622459, "c": 0.287649, "h": 0.174270}
EXAMPLE_TOLERANCE = 5e-7
TRAINING_EPOCHS = 5
# The file the log folder check writes and removes again ({pid}: this process).
LOG_PROBE_NAME = "lstm-lab-self-test-{pid}.tmp"


class CheckFailed(Exception):
    """A check found something wrong; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Check:
    """One named check. ``run`` raises (any exception) to fail; its message is the reason."""

    name: str
    run: Callable[[SelfTestContext], None]
    timeout: float = 60.0


@dataclass
class SelfTestContext:
    """What checks share: the QApplication and main window, once created."""

    app: object | None = None
    window: object | None = None
    temp_dir: str = ""
    current: str = ""  # name of the check that is running
    qt_errors: list[str] = field(default_factory=list)
    slot_errors: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers
def _close(value: float, expected: float, name: str) -> None:
    if not math.isfinite(value) or abs(value - expected) > EXAMPLE_TOLERANCE:
        raise CheckFailed(f"{name} is {value:.6f}, expected {expected:.6f}")


def choose_platform(environ: dict[str, str] | os._Environ = os.environ) -> None:
    """Use the offscreen platform on Linux when no display is available and none was chosen."""
    if (
        sys.platform.startswith("linux")
        and not environ.get("QT_QPA_PLATFORM")
        and not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    ):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def _application(context: SelfTestContext):
    if context.app is None:
        from PySide6.QtWidgets import QApplication

        choose_platform()
        app = QApplication.instance()
        if app is None:
            QApplication.setApplicationName("LSTM Lab")
            QApplication.setOrganizationName("LSTM Lab")
            app = QApplication(sys.argv[:1])
        context.app = app
    return context.app


def _wait_until(condition: Callable[[], bool], timeout: float) -> bool:
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


def _not_blank(image) -> tuple[bool, str]:
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


# ----------------------------------------------------------------------------- the checks
def check_engine_worked_example(context: SelfTestContext) -> None:
    from lstm_lab.engine import LSTMParams, parse_sequence, run_lstm

    trace = run_lstm(LSTMParams(), parse_sequence(WORKED_EXAMPLE))
    _close(float(trace.f[0]), EXPECTED_FIRST_STEP["f"], "f(1)")
    _close(float(trace.c[0]), EXPECTED_FIRST_STEP["c"], "C(1)")
    _close(float(trace.h[0]), EXPECTED_FIRST_STEP["h"], "h(1)")


def check_resources(context: SelfTestContext) -> None:
    from lstm_lab.resources import resource_names, resource_text

    names = resource_names()
    stylesheets = [name for name in names if name.endswith(".qss")]
    if not stylesheets:
        raise CheckFailed(f"no stylesheet among the resources ({len(names)} files found)")
    for name in stylesheets:
        if not resource_text(name).strip():
            raise CheckFailed(f"the stylesheet {name} is empty")


def check_text_handling(context: SelfTestContext) -> None:
    """Qt's Unicode services (ICU data on Linux): sorting, case mapping, international names;
    and the Chinese font the poetry lesson ships loads and has its characters."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QUrl
    from PySide6.QtGui import QRawFont

    from lstm_lab.fonts import FONT_FILE
    from lstm_lab.resources import resource_bytes

    _application(context)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    # By code point "Zebra" would come first and "Éclair" last; a collator knows better.
    words = ["banana", "Zebra", "apple", "Éclair", "cherry"]
    ordered = sorted(words, key=functools.cmp_to_key(QCollator(english).compare))
    if ordered != ["apple", "banana", "cherry", "Éclair", "Zebra"]:
        raise CheckFailed(f"words sort as {ordered}")
    if english.toUpper("straße") != "STRASSE":
        raise CheckFailed(f"'straße' in capitals is {english.toUpper('straße')!r}")
    ace = bytes(QUrl.toAce("bücher.example")).decode("ascii", "replace")
    if ace != "xn--bcher-kva.example":
        raise CheckFailed(f"the international name bücher.example became {ace!r}")
    chinese = QRawFont(resource_bytes(FONT_FILE), 16)
    if not chinese.isValid() or not all(chinese.supportsCharacter(ord(ch)) for ch in "春風，。"):
        raise CheckFailed(f"the Chinese font {FONT_FILE} does not load or lacks 春風，。")


def check_main_window(context: SelfTestContext) -> None:
    from PySide6.QtCore import QSettings

    app = _application(context)
    from lstm_lab.app import create_window

    settings = QSettings(os.path.join(context.temp_dir, "settings.ini"), QSettings.Format.IniFormat)
    window = create_window(settings)
    context.window = window
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    state = window.state
    state.set_sequence_text(WORKED_EXAMPLE)
    state.reset()
    for _ in range(3):
        state.step_forward()
        app.processEvents()
    state.step_back()
    app.processEvents()
    if state.cursor != 2:
        raise CheckFailed(f"after 3 steps forward and 1 back the window shows t = {state.cursor}")
    _close(float(state.trace.h[0]), EXPECTED_FIRST_STEP["h"], "the window's h(1)")

    image = window.grab().toImage()
    shows_something, detail = _not_blank(image)
    if not shows_something:
        raise CheckFailed(detail)
    platform = app.platformName()
    if platform != "offscreen" and not window.isVisible():
        raise CheckFailed(f"the window did not appear on the {platform} display")


def check_training_engine(context: SelfTestContext) -> None:
    import numpy as np

    from lstm_lab.engine import LSTM, LSTMParams, parse_sequence
    from lstm_lab.engine.training import fit

    xs = parse_sequence(WORKED_EXAMPLE)
    targets = np.array([0.0, 1.0, 0.0, 0.0, 0.0])
    steps = list(
        fit(
            LSTM,
            LSTMParams(),
            xs,
            targets,
            max_epochs=TRAINING_EPOCHS,
            tolerance=0.0,
            rng=np.random.default_rng(0),
        )
    )
    if len(steps) != TRAINING_EPOCHS:
        raise CheckFailed(f"{len(steps)} epochs ran, expected {TRAINING_EPOCHS}")
    losses = [step.loss for step in steps]
    if not all(math.isfinite(loss) for loss in losses):
        raise CheckFailed(f"the error is not a number: {losses}")
    if not losses[-1] < losses[0]:
        raise CheckFailed(f"the error did not go down: {losses[0]:.6f} -> {losses[-1]:.6f}")


def check_lessons(context: SelfTestContext) -> None:
    """Every built-in lesson file reads; the start screen shows their cards; a lesson opens in
    the window with its own sequence."""
    app = _application(context)
    from PySide6.QtCore import QSettings

    from lstm_lab.lab.registry import builtin_lessons, lesson_by_name
    from lstm_lab.start_screen import StartScreen

    lessons = builtin_lessons()
    if len(lessons) < 5:
        raise CheckFailed(f"only {len(lessons)} built-in lessons were found")
    settings = QSettings(os.path.join(context.temp_dir, "start.ini"), QSettings.Format.IniFormat)
    screen = StartScreen(lessons, settings)
    screen.resize(1024, 700)
    screen.show()
    app.processEvents()
    if len(screen.cards) != len(lessons):
        raise CheckFailed(f"the start screen shows {len(screen.cards)} of {len(lessons)} lessons")
    shows_something, detail = _not_blank(screen.grab().toImage())
    screen.close()
    screen.deleteLater()
    if not shows_something:
        raise CheckFailed(f"start screen: {detail}")
    window = context.window
    if window is None:
        raise CheckFailed("the main window check did not leave a window to open a lesson in")
    lesson = lesson_by_name("three-ones")
    window.open_lesson(lesson)
    app.processEvents()
    shown = tuple(float(v) for v in window.state.sequence)
    if shown != lesson.sequence:
        raise CheckFailed(f"the lesson's sequence {lesson.sequence} is shown as {shown}")


def check_training_worker(context: SelfTestContext) -> None:
    import numpy as np

    _application(context)
    from lstm_lab.state import LabState
    from lstm_lab.training import TrainingController, TrainingSettings

    state = LabState()
    state.set_sequence_text(WORKED_EXAMPLE)
    state.set_target([0.0, 1.0, 0.0, 0.0, 0.0])
    before = state.params.as_vector().copy()
    controller = TrainingController(state, rng=np.random.default_rng(0))
    controller.set_settings(TrainingSettings(max_epochs=TRAINING_EPOCHS, tolerance=0.0))
    outcome: list[tuple[str, object]] = []
    controller.finished.connect(lambda reason, step: outcome.append((reason, step)))
    try:
        if not controller.train():
            raise CheckFailed("the trainer would not start")
        if not _wait_until(lambda: bool(outcome), timeout=20.0):
            raise CheckFailed("training in the window gave no result within 20 s")
    finally:
        controller.shutdown(timeout_ms=5000)
        controller.deleteLater()
    reason, step = outcome[0]
    if reason not in ("max_epochs", "converged"):
        raise CheckFailed(f"training ended with '{reason}'")
    if step is None or not math.isfinite(step.loss):
        raise CheckFailed("training reported no finite error")
    if np.array_equal(state.params.as_vector(), before):
        raise CheckFailed("the weights did not move while training")


def check_log_folder(context: SelfTestContext) -> None:
    """The error log's folder exists (or can be made) and takes a file: one is written, read
    back and removed again, and an existing log can be appended to."""
    _application(context)
    from lstm_lab.crash import LOG_NAME, default_log_dir

    folder = default_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CheckFailed(
            f"cannot create the folder for the error log ({folder}): {error.strerror or error}"
        ) from None
    probe = folder / LOG_PROBE_NAME.format(pid=os.getpid())
    written = b"LSTM Lab self-test\n"
    try:
        probe.write_bytes(written)
        read_back = probe.read_bytes()
        probe.unlink()
    except OSError as error:
        raise CheckFailed(
            f"cannot write a file in the error log folder ({folder}): {error.strerror or error}"
        ) from None
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
    if read_back != written:
        raise CheckFailed(f"a file written in the error log folder ({folder}) reads back wrong")
    log = folder / LOG_NAME
    if log.exists() or log.is_symlink():
        try:
            with open(log, "ab"):  # appending nothing leaves the log as it was
                pass
        except OSError as error:
            raise CheckFailed(
                f"the error log {log} cannot be added to: {error.strerror or error}"
            ) from None


def check_saved_settings(context: SelfTestContext) -> None:
    """The settings the app will start with (this user's, as saved) can all be used; they are
    read, never changed."""
    _application(context)
    from PySide6.QtCore import QSettings

    from lstm_lab.saved_settings import settings_problems
    from lstm_lab.theme import TEXT_SCALES

    settings = QSettings()  # the application's own: the names are set by _application
    if settings.status() != QSettings.Status.NoError:
        raise CheckFailed(f"the settings file {settings.fileName()} cannot be read")
    problems = settings_problems(settings, TEXT_SCALES)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CheckFailed(
            f"{problems[0]}{more}. The app starts with the defaults and saves good values "
            "when it is closed"
        )


CHECKS: list[Check] = [
    Check("engine worked example", check_engine_worked_example, timeout=30),
    Check("resources", check_resources, timeout=30),
    Check("text handling", check_text_handling, timeout=30),
    Check("main window", check_main_window, timeout=60),
    Check("built-in lessons", check_lessons, timeout=60),
    Check("training (engine)", check_training_engine, timeout=30),
    Check("training (in the window)", check_training_worker, timeout=40),
    Check("error log folder", check_log_folder, timeout=30),
    Check("saved settings", check_saved_settings, timeout=30),
]


# ----------------------------------------------------------------------------- the runner
def _end_now(context: SelfTestContext) -> None:
    """End the process with status 1 at once, removing the temporary folder first (os._exit
    skips the cleanup that leaving its ``with`` block would do)."""
    if context.temp_dir:
        shutil.rmtree(context.temp_dir, ignore_errors=True)
    os._exit(1)


class _Watchdog:
    """Ends the process with status 1 if a check runs past its time limit."""

    def __init__(self, stream: TextIO, context: SelfTestContext | None = None) -> None:
        self._stream = stream
        self._context = context if context is not None else SelfTestContext()
        self._timer: threading.Timer | None = None

    def arm(self, check: Check) -> None:
        self.disarm()

        def overran() -> None:
            _print(self._stream, f"FAIL {check.name}: did not finish within {check.timeout:g} s")
            _end_now(self._context)

        self._timer = threading.Timer(check.timeout, overran)
        self._timer.daemon = True
        self._timer.start()

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _print(stream: TextIO, line: str) -> None:
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    detail = text[0] if text else ""
    if isinstance(error, CheckFailed):
        return detail or "failed"
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


@contextmanager
def _quiet_errors(context: SelfTestContext, stream: TextIO) -> Iterator[None]:
    """Collect errors raised in Qt slots and threads, and Qt's messages, instead of printing
    them; a fatal Qt message (e.g. no usable display) still ends in a FAIL line."""
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    qt_previous = None

    def excepthook(exc_type, exc, tb) -> None:
        context.slot_errors.append(f"{exc_type.__name__}: {exc}")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            context.slot_errors.append(f"{args.exc_type.__name__}: {args.exc_value}")

    sys.excepthook, threading.excepthook = excepthook, thread_hook
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:  # reported by the checks that need Qt
        qInstallMessageHandler = None  # noqa: N806
    if qInstallMessageHandler is not None:

        def qt_messages(kind, _where, message: str) -> None:
            line = message.strip().splitlines()[0] if message.strip() else ""
            if kind == QtMsgType.QtFatalMsg:
                # Say why (the warnings just before, e.g. no display) and end with status 1.
                reason = "; ".join([*context.qt_errors[-2:], line or "fatal error"])
                _print(stream, f"FAIL {context.current or 'Qt'}: Qt could not go on: {reason}")
                _end_now(context)
            if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) and line:
                context.qt_errors.append(line)

        qt_previous = qInstallMessageHandler(qt_messages)
    try:
        yield
    finally:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        if qInstallMessageHandler is not None:
            qInstallMessageHandler(qt_previous)


def run_self_test(checks: Sequence[Check] | None = None, stream: TextIO | None = None) -> int:
    """Run ``checks`` (default `CHECKS`), print one PASS/FAIL line each; 0 if all passed."""
    checks = list(CHECKS if checks is None else checks)
    stream = stream if stream is not None else sys.stdout
    failed = 0
    with tempfile.TemporaryDirectory(prefix="lstm-lab-self-test-") as temp_dir:
        context = SelfTestContext(temp_dir=temp_dir)
        watchdog = _Watchdog(stream, context)
        with _quiet_errors(context, stream):
            for check in checks:
                context.slot_errors.clear()
                context.qt_errors.clear()
                context.current = check.name
                watchdog.arm(check)
                try:
                    check.run(context)
                    if context.slot_errors:
                        raise CheckFailed(f"error while the app ran: {context.slot_errors[0]}")
                except BaseException as error:  # every failure becomes a FAIL line
                    if isinstance(error, KeyboardInterrupt):
                        watchdog.disarm()
                        raise
                    failed += 1
                    _print(stream, f"FAIL {check.name}: {_reason(error)}")
                else:
                    _print(stream, f"PASS {check.name}")
                finally:
                    watchdog.disarm()
            _finish(context)
    passed = len(checks) - failed
    if failed:
        _print(stream, f"Self-test: {failed} of {len(checks)} checks failed.")
    else:
        _print(stream, f"Self-test: all {passed} checks passed.")
    return 1 if failed else 0


def _finish(context: SelfTestContext) -> None:
    """Close the window without saving its layout anywhere but the temporary folder."""
    window = context.window
    if window is None:
        return
    try:
        window.close()
        window.deleteLater()
        if context.app is not None:
            context.app.processEvents()
    except Exception:  # closing is best effort; the verdict is already printed
        pass
    context.window = None
