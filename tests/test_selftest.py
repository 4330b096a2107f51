"""`lstm-lab --self-test`: one PASS line per check and status 0; a broken check gives FAIL and 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QObject, Signal

from lstm_lab import selftest
from lstm_lab.selftest import (
    LOG_PROBE_NAME,
    Check,
    CheckFailed,
    choose_platform,
    run_self_test,
)
from lstm_lab.shell.crash import LOG_NAME


def run_lstm_lab(
    code: str | None = None, timeout: float = 120, **env_extra: str
) -> subprocess.CompletedProcess:
    """``python -m lstm_lab --self-test``, or ``code`` run with ``python -c``."""
    command = [sys.executable, "-m", "lstm_lab", "--self-test"]
    if code is not None:
        command = [sys.executable, "-c", textwrap.dedent(code)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)


def test_self_test_passes_with_one_line_per_check():
    done = run_lstm_lab()
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line for line in lines if line.startswith(("PASS ", "FAIL "))] == [
        f"PASS {check.name}" for check in selftest.CHECKS
    ]
    assert lines[-1] == f"Self-test: all {len(selftest.CHECKS)} checks passed."
    assert "Traceback" not in done.stdout + done.stderr


def test_the_checks_cover_engine_every_kind_lessons_and_training():
    names = [check.name for check in selftest.CHECKS]
    assert names[0] == "engine worked example"
    kinds = [f"lesson kind {name}" for name in ("cell", "compare", "forecast", "poetry", "memory")]
    assert [name for name in names if name.startswith("lesson kind ")] == kinds
    assert names.index("built-in lessons") < names.index("lesson kind cell")
    assert any(name.startswith("training") and "engine" in name for name in names)
    assert any(name.startswith("training") and "window" in name for name in names)
    assert "error log folder" in names


def test_a_broken_check_fails_with_its_reason_and_status_1():
    done = run_lstm_lab(
        """
        import sys
        import lstm_lab.selftest as selftest
        from lstm_lab.__main__ import main

        def wrong_expectation(context):
            selftest.EXPECTED_FIRST_STEP["h"] = 0.5
            try:
                selftest.check_engine_worked_example(context)
            finally:
                selftest.EXPECTED_FIRST_STEP["h"] = 0.174270

        name = selftest.CHECKS[0].name
        selftest.CHECKS[0] = selftest.Check(name, wrong_expectation)
        sys.exit(main(["--self-test"]))
        """
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "FAIL engine worked example: h(1) is 0.174270, expected 0.500000" in lines
    assert "PASS lesson kind cell" in lines and "PASS lesson kind poetry" in lines
    assert lines[-1] == f"Self-test: 1 of {len(selftest.CHECKS)} checks failed."
    assert "Traceback" not in done.stdout + done.stderr


def test_a_check_that_hangs_is_stopped_by_its_time_limit(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = run_lstm_lab(
        """
        import sys
        import time
        from lstm_lab.selftest import Check, run_self_test

        def never_ends(context):
            time.sleep(600)

        sys.exit(run_self_test([Check("slow check", never_ends, timeout=1)]))
        """,
        timeout=60,
        TMPDIR=str(scratch),
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["FAIL slow check: did not finish within 1 s"]
    assert list(scratch.iterdir()) == []  # its temporary folder went with it


def test_failures_print_reasons_not_tracebacks():
    def fine(context):
        pass

    def broken(context):
        raise ValueError("the sequence field is missing")

    def refuses(context):
        raise CheckFailed("the window looks blank (only 1 colours)")

    out = io.StringIO()
    status = run_self_test(
        [Check("first", fine), Check("second", broken), Check("third", refuses)], stream=out
    )
    assert status == 1
    assert out.getvalue().splitlines() == [
        "PASS first",
        "FAIL second: ValueError: the sequence field is missing",
        "FAIL third: the window looks blank (only 1 colours)",
        "Self-test: 2 of 3 checks failed.",
    ]


def test_all_passing_checks_give_status_0():
    out = io.StringIO()
    assert run_self_test([Check("only", lambda context: None)], stream=out) == 0
    assert out.getvalue().splitlines() == ["PASS only", "Self-test: all 1 checks passed."]


class Emitter(QObject):
    fired = Signal()


def test_an_error_inside_a_qt_slot_fails_the_check(qapp):
    def slot_with_a_bug():
        raise RuntimeError("the plot could not redraw")

    def emits(context):
        emitter = Emitter()
        emitter.fired.connect(slot_with_a_bug)
        emitter.fired.emit()

    out = io.StringIO()
    assert run_self_test([Check("redraw", emits)], stream=out) == 1
    assert out.getvalue().splitlines()[0] == (
        "FAIL redraw: error while the app ran: RuntimeError: the plot could not redraw"
    )


def test_the_hooks_are_given_back_afterwards():
    before = (sys.excepthook, selftest.threading.excepthook)
    during = []

    def look(context):
        during.append((sys.excepthook, selftest.threading.excepthook))

    run_self_test([Check("only", look)], stream=io.StringIO())
    assert during and during[0][0] is not before[0] and during[0][1] is not before[1]
    assert (sys.excepthook, selftest.threading.excepthook) == before


# ----------------------------------------------------------------------------- the log folder
@pytest.fixture
def log_folder(qapp, monkeypatch, tmp_path):
    """Where the log folder check looks: a folder under tmp_path that does not exist yet."""
    folder = tmp_path / "data" / "LSTM Lab"
    monkeypatch.setattr("lstm_lab.shell.crash.default_log_dir", lambda: folder)
    return folder


def run_log_folder_check() -> list[str]:
    out = io.StringIO()
    check = next(check for check in selftest.CHECKS if check.run is selftest.check_log_folder)
    run_self_test([check], stream=out)
    return out.getvalue().splitlines()


def test_the_log_folder_check_makes_the_folder_and_leaves_nothing_behind(log_folder):
    assert run_log_folder_check() == ["PASS error log folder", "Self-test: all 1 checks passed."]
    assert log_folder.is_dir()
    assert list(log_folder.iterdir()) == []


def test_the_log_folder_check_leaves_an_existing_log_as_it_was(log_folder):
    log_folder.mkdir(parents=True)
    log = log_folder / LOG_NAME
    log.write_text("an earlier report\n")
    assert run_log_folder_check()[0] == "PASS error log folder"
    assert log.read_text() == "an earlier report\n"
    assert [path.name for path in log_folder.iterdir()] == [LOG_NAME]


def test_the_log_folder_check_fails_when_the_folder_cannot_be_made(log_folder):
    # A regular file where a folder on the way should be: no one, not even root, can make it.
    log_folder.parent.write_text("a file, not a folder")
    lines = run_log_folder_check()
    assert lines[0].startswith(
        f"FAIL error log folder: cannot create the folder for the error log ({log_folder}): "
    )
    assert lines[-1] == "Self-test: 1 of 1 checks failed."


def test_the_log_folder_check_fails_when_no_file_can_be_written_there(log_folder):
    # Something already sits where the check writes its file, so writing it fails.
    (log_folder / LOG_PROBE_NAME.format(pid=os.getpid())).mkdir(parents=True)
    lines = run_log_folder_check()
    assert lines[0].startswith(
        f"FAIL error log folder: cannot write a file in the error log folder ({log_folder}): "
    )
    assert (log_folder / LOG_PROBE_NAME.format(pid=os.getpid())).is_dir()  # not removed


def test_the_log_folder_check_fails_when_the_log_cannot_be_added_to(log_folder):
    (log_folder / LOG_NAME).mkdir(parents=True)  # a folder where the log file should be
    lines = run_log_folder_check()
    assert lines[0].startswith(
        f"FAIL error log folder: the error log {log_folder / LOG_NAME} cannot be added to: "
    )


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "offscreen"),
        ("linux", {"DISPLAY": ":0"}, None),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, None),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, "xcb"),
        ("win32", {}, None),
    ],
)
def test_offscreen_only_without_a_display(monkeypatch, platform, environ, expected):
    monkeypatch.setattr(selftest.sys, "platform", platform)
    environ = dict(environ)
    choose_platform(environ)
    assert environ.get("QT_QPA_PLATFORM") == expected


def test_each_kind_check_opens_its_window_and_the_poetry_check_loads_every_model(
    qtbot, monkeypatch
):
    """The kind checks run in-process here: each opens its window offscreen; the poetry
    kind's fails, naming the model, when a shipped model is missing."""
    import io

    from lstm_lab.lessons.poetry import textdata

    checks = [check for check in selftest.all_checks() if check.name.startswith("lesson kind")]
    out = io.StringIO()
    assert selftest.run_self_test(checks, stream=out) == 0, out.getvalue()
    assert out.getvalue().splitlines()[-1] == f"Self-test: all {len(checks)} checks passed."

    def missing(name):
        raise textdata.ModelError(f'the built-in model "{name}" is missing from this installation')

    monkeypatch.setattr(textdata, "shipped_model", missing)
    poetry = [check for check in checks if check.name == "lesson kind poetry"]
    out = io.StringIO()
    assert selftest.run_self_test(poetry, stream=out) == 1
    assert out.getvalue().splitlines()[0] == (
        'FAIL lesson kind poetry: ModelError: the built-in model "tang" is missing from this '
        "installation"
    )
