"""`lstm-lab --self-test`: check, in a few seconds, that this installation of LSTM Lab works.

Meant for a teacher setting up a classroom: it runs the worked example through the engine,
loads the resources, opens the window of every lesson kind (offscreen when there is no display)
and runs that kind's own check (the single cell steps the worked example, the poetry kind loads
every shipped model…), trains a few epochs with the engine and in the window, writes and removes
a file in the error log's folder, and reads (never changes) the user's saved settings. It
prints one line per check, ``PASS <name>`` or ``FAIL <name>: <reason>``, and exits 0 only when
every check passes. A failing check shows its reason, never a traceback, and no check can hang:
each runs under a watchdog that ends the process (status 1) when it overruns its time limit.

The checks are the list `CHECKS`: the generic ones, then one per registered lesson kind
(`LessonKind.self_test`); `run_self_test(checks=...)` runs another list.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from lstm_lab.shell.selfcheck import (
    CheckFailed,
    SelfTestContext,
    choose_platform,
    close_to,
    not_blank,
    wait_until,
)
from lstm_lab.shell.selfcheck import application as _application

__all__ = ["CHECKS", "Check", "CheckFailed", "SelfTestContext", "choose_platform", "run_self_test"]

# The worked example of the lesson: default weights, input "1, 0, 0, 0, 0", first step.
WORKED_EXAMPLE = "1, 0, 0, 0, 0"
EXPECTED_FIRST_STEP = {"f": 0.622459, "c": 0.287649, "h": 0.174270}
EXAMPLE_TOLERANCE = 5e-7
TRAINING_EPOCHS = 5
# The file the log folder check writes and removes again ({pid}: this process).
LOG_PROBE_NAME = "lstm-lab-self-test-{pid}.tmp"


@dataclass(frozen=True)
class Check:
    """One named check. ``run`` raises (any exception) to fail; its message is the reason."""

    name: str
    run: Callable[[SelfTestContext], None]
    timeout: float = 60.0


# ----------------------------------------------------------------------------- helpers
# ----------------------------------------------------------------------------- the checks
def check_engine_worked_example(context: SelfTestContext) -> None:
    from lstm_lab.engine import LSTMParams, parse_sequence, run_lstm

    trace = run_lstm(LSTMParams(), parse_sequence(WORKED_EXAMPLE))
    close_to(float(trace.f[0]), EXPECTED_FIRST_STEP["f"], "f(1)", EXAMPLE_TOLERANCE)
    close_to(float(trace.c[0]), EXPECTED_FIRST_STEP["c"], "C(1)", EXAMPLE_TOLERANCE)
    close_to(float(trace.h[0]), EXPECTED_FIRST_STEP["h"], "h(1)", EXAMPLE_TOLERANCE)


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
    and the Chinese fonts the app ships (the poems', the window's) load and have their
    characters."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QUrl
    from PySide6.QtGui import QRawFont

    from lstm_lab.resources import resource_bytes
    from lstm_lab.ui.fonts import FONT_FILE, UI_FONT_FILE

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
    for file, sample in ((FONT_FILE, "春風尽，。"), (UI_FONT_FILE, "文件打开，。")):
        chinese = QRawFont(resource_bytes(file), 16)
        if not chinese.isValid() or not all(chinese.supportsCharacter(ord(ch)) for ch in sample):
            raise CheckFailed(f"the Chinese font {file} does not load or lacks {sample}")


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
    """Every built-in lesson file reads and the start screen shows their cards."""
    app = _application(context)
    from PySide6.QtCore import QSettings

    from lstm_lab.core.builtin import builtin_lessons
    from lstm_lab.shell.start_screen import StartScreen

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
    shows_something, detail = not_blank(screen.grab().toImage())
    screen.close()
    screen.deleteLater()
    if not shows_something:
        raise CheckFailed(f"start screen: {detail}")


def check_training_worker(context: SelfTestContext) -> None:
    import numpy as np

    _application(context)
    from lstm_lab.core.training import TrainingSettings
    from lstm_lab.lessons.cell.qt.controller import TrainingController
    from lstm_lab.ui.state import LabState

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
        if not wait_until(lambda: bool(outcome), timeout=20.0):
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
    from lstm_lab.shell.crash import LOG_NAME, default_log_dir

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

    from lstm_lab.shell.settings import settings_problems, user_settings
    from lstm_lab.ui.theme import TEXT_SCALES

    settings, problem = user_settings()  # the application's own: named by _application
    if problem:
        raise CheckFailed(problem)
    if settings.status() != QSettings.Status.NoError:
        raise CheckFailed(f"the settings file {settings.fileName()} cannot be read")
    problems = settings_problems(settings, TEXT_SCALES)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CheckFailed(
            f"{problems[0]}{more}. The app starts with the defaults and saves good values "
            "when it is closed"
        )


def kind_checks() -> list[Check]:
    """One check per registered lesson kind: its own, from its registration."""
    from lstm_lab.core.kinds import kinds

    checks = []
    for kind in kinds().values():
        if kind.self_test is not None:
            run = _kind_check(kind.self_test)
            checks.append(Check(f"lesson kind {kind.name}", run, timeout=90))
    return checks


def _kind_check(reference: str) -> Callable[[SelfTestContext], None]:
    def run(context: SelfTestContext) -> None:
        from lstm_lab.core.kinds import resolve

        resolve(reference)(context)

    return run


CHECKS: list[Check] = [
    Check("engine worked example", check_engine_worked_example, timeout=30),
    Check("resources", check_resources, timeout=30),
    Check("text handling", check_text_handling, timeout=30),
    Check("built-in lessons", check_lessons, timeout=60),
    *kind_checks(),
    Check("training (engine)", check_training_engine, timeout=30),
    Check("training (in the window)", check_training_worker, timeout=40),
    Check("error log folder", check_log_folder, timeout=30),
    Check("saved settings", check_saved_settings, timeout=30),
]


def all_checks() -> list[Check]:
    """`CHECKS`, and the check of every kind registered since they were made."""
    names = {check.name for check in CHECKS}
    return list(CHECKS) + [check for check in kind_checks() if check.name not in names]


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
    """Run ``checks`` (default `all_checks()`), print one PASS/FAIL line each; 0 if all
    passed."""
    checks = all_checks() if checks is None else list(checks)
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
    for window in context.windows:
        try:
            if hasattr(window, "files"):
                window.files.forget_changes()  # nothing to ask about: the check saves nothing
            window.close()
            window.deleteLater()
        except Exception:  # closing is best effort; the verdict is already printed
            pass
    if context.app is not None and context.windows:
        context.app.processEvents()
    context.windows.clear()
    context.window = None
