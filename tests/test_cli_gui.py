"""`lstm-lab --screenshot`: the window rendered offscreen to a PNG at classroom size."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


def run(*args, tmp_path, timeout=120, **env_extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_screenshot_at_requested_size(tmp_path, qapp):
    out = tmp_path / "shot.png"
    result = run(
        "--screenshot",
        str(out),
        "--sequence",
        "1, 0, 1",
        "--step",
        "2",
        "--size",
        "1200x800",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 9) for y in range(0, 800, 9)}
    assert len(colours) > 100


def test_default_size_is_1440x900(tmp_path, qapp):
    out = tmp_path / "shot.png"
    result = run("--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)


def test_bad_arguments_exit_2_without_traceback(tmp_path):
    result = run("--screenshot", str(tmp_path / "x.png"), "--sequence", "1, x", tmp_path=tmp_path)
    assert result.returncode == 2
    assert 'item 2, "x"' in result.stderr and "Traceback" not in result.stderr
    result = run("--screenshot", str(tmp_path / "x.png"), "--size", "big", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "1440x900" in result.stderr and "Traceback" not in result.stderr


def test_version(tmp_path):
    from lstm_lab import __version__

    result = run("--version", tmp_path=tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout


def test_start_up_logs_no_error(tmp_path):
    """An exception during start-up is caught by the crash handler and only logged offscreen;
    this makes sure there is none to log."""
    out = tmp_path / "shot.png"
    env_home = tmp_path / "home"
    env_home.mkdir()
    result = run("--screenshot", str(out), tmp_path=env_home)
    assert result.returncode == 0, result.stderr
    logs = list(env_home.rglob("lstm-lab.log"))
    assert all(log.read_text(encoding="utf-8").strip() == "" for log in logs), logs[0].read_text()


# ----------------------------------------------------------------------------- lessons
def test_list_lessons_prints_each_name_with_its_title(tmp_path):
    from lstm_lab.core.builtin import builtin_lessons

    result = run("--list-lessons", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [lesson.name for lesson in builtin_lessons()]
    assert "single-pulse" in lines[1] and lines[1].endswith("A single pulse")


def test_a_built_in_lesson_and_a_lesson_file_render_their_window(tmp_path, qapp):
    from lstm_lab.core.builtin import lesson_by_name

    lesson_shot, file_shot, start_shot = (tmp_path / n for n in ("l.png", "f.png", "s.png"))
    result = run("--lesson", "three-ones", "--screenshot", str(lesson_shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    path = tmp_path / "same.lstmlab"
    path.write_text(lesson_by_name("three-ones").dumps(), encoding="utf-8")
    result = run(str(path), "--screenshot", str(file_shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    result = run("--screenshot", str(start_shot), "--size", "1024x768", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    window_from_name, window_from_file = QImage(str(lesson_shot)), QImage(str(file_shot))
    assert window_from_name.size().toTuple() == (1440, 900)
    # The built-in lesson and its copy on disk give the same window (the title bar aside,
    # which an offscreen grab does not include).
    assert window_from_name == window_from_file
    start = QImage(str(start_shot))
    assert start.size().toTuple() == (1024, 768) and start != window_from_name


def test_a_bad_lesson_exits_2_with_one_line_and_no_window(tmp_path):
    bad = tmp_path / "notes.lstmlab"
    bad.write_text("shopping list: milk", encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = run(str(bad), "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "lstm-lab: error: notes.lstmlab: it is not a lesson file: not valid JSON "
        "(line 1, column 1: Expecting value)"
    )
    assert not shot.exists()
    result = run("--lesson", "nope", "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 2 and 'no built-in lesson "nope"' in result.stderr
    result = run(str(bad), "--lesson", "explore", tmp_path=tmp_path)
    assert result.returncode == 2 and "not both" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_or_unwritable_screenshot_path_is_refused_before_any_window(tmp_path):
    cases = [
        ("", "--screenshot needs a file name"),
        ("   ", "--screenshot needs a file name"),
        (str(tmp_path / "no such folder" / "shot.png"), "does not exist"),
        (str(tmp_path), "is a folder"),
    ]
    if os.geteuid() == 0:  # root may write in any folder; sysfs refuses new files even to root
        if not os.path.isdir("/sys") or os.path.exists("/sys/shot.png"):
            pytest.skip("no folder that refuses root")
        cases.append(("/sys/shot.png", "cannot write in the folder /sys"))
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases.append((str(locked / "shot.png"), f"cannot write in the folder {locked}"))
    for path, fragment in cases:
        result = run("--screenshot", path, tmp_path=tmp_path, timeout=30)
        assert result.returncode == 2, (path, result.stderr)
        assert fragment in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("lstm-lab: error: ")


def test_a_screenshot_leaves_no_temporary_folder_behind(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "shot.png"
    result = run("--screenshot", str(out), tmp_path=tmp_path, TMPDIR=str(scratch))
    assert result.returncode == 0, result.stderr
    assert out.exists()
    result = run(
        "--screenshot", str(out), "--sequence", "1, x", tmp_path=tmp_path, TMPDIR=str(scratch)
    )
    assert result.returncode == 2
    assert sorted(p.name for p in scratch.iterdir()) == []
