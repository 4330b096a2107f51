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


# ----------------------------------------------------------------------------- look
def saved_look_file(home, text: str):
    folder = home / ".config" / "LSTM Lab"
    folder.mkdir(parents=True)
    path = folder / "LSTM Lab.conf"
    path.write_text(text, encoding="utf-8")
    return path


def lightness(path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    return image.pixelColor(image.width() - 3, image.height() - 3).lightness()


def test_a_screenshot_has_the_saved_theme_unless_theme_says_otherwise(tmp_path, qapp):
    conf = saved_look_file(tmp_path, "[view]\ntheme=light\ntextScale=1.5\n")
    before = conf.read_text(encoding="utf-8")
    config = {"XDG_CONFIG_HOME": str(tmp_path / ".config")}
    saved = tmp_path / "saved.png"
    result = run("--screenshot", str(saved), "--size", "800x600", tmp_path=tmp_path, **config)
    assert result.returncode == 0, result.stderr
    dark = tmp_path / "dark.png"
    result = run(
        "--screenshot",
        str(dark),
        "--size",
        "800x600",
        "--theme",
        "dark",
        tmp_path=tmp_path,
        **config,
    )
    assert result.returncode == 0, result.stderr
    assert lightness(saved) > 200 and lightness(dark) < 80
    assert conf.read_text(encoding="utf-8") == before  # the student's settings are untouched


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--theme", "blue"], '--theme must be dark, light or contrast, not "blue"'),
        (["--text-scale", "1.2"], "--text-scale must be one of 0.85, 1, 1.15, 1.3, 1.5, 1.75"),
        (["--text-scale", "big"], "--text-scale must be one of"),
    ],
)
def test_a_bad_theme_or_text_scale_is_one_line_before_any_window(tmp_path, args, message):
    out = tmp_path / "x.png"
    result = run("--screenshot", str(out), *args, tmp_path=tmp_path)
    assert result.returncode == 2 and not out.exists()
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr


def test_theme_and_text_scale_need_a_screenshot(tmp_path):
    result = run("--text-scale", "1.5", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "use it with --screenshot" in result.stderr and len(result.stderr.splitlines()) == 1


def test_screenshot_settings_take_the_saved_look_and_the_command_lines(tmp_path, qapp):
    from argparse import Namespace

    from PySide6.QtCore import QSettings

    from lstm_lab.app import screenshot_settings
    from lstm_lab.shell.settings import saved_look
    from lstm_lab.ui.theme import TEXT_SCALES

    saved = QSettings(str(tmp_path / "saved.ini"), QSettings.Format.IniFormat)
    saved.setValue("view/theme", "light")
    saved.setValue("view/textScale", 1.3)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = screenshot_settings(str(tmp_path / "a"), Namespace(theme=None, text_scale=None), saved)
    assert saved_look(plain, TEXT_SCALES) == saved_look(saved, TEXT_SCALES)
    assert saved_look(plain, TEXT_SCALES).scale == 1.3
    told = screenshot_settings(str(tmp_path / "b"), Namespace(theme="dark", text_scale=1.75), saved)
    look = saved_look(told, TEXT_SCALES)
    assert (look.theme, look.scale) == ("dark", 1.75)
    assert saved.value("view/theme") == "light"


def test_text_scale_reaches_the_lesson_window_of_a_screenshot(tmp_path, qapp):
    """The same lesson at 1.0 and 1.5: the larger text makes a different picture, and the
    default one is the saved 1.0."""
    shots = {}
    for scale in ("1", "1.5"):
        shots[scale] = tmp_path / f"s{scale}.png"
        result = run(
            "--lesson",
            "single-pulse",
            "--screenshot",
            str(shots[scale]),
            "--size",
            "1024x768",
            "--text-scale",
            scale,
            tmp_path=tmp_path,
        )
        assert result.returncode == 0, result.stderr
    default = tmp_path / "default.png"
    result = run(
        "--lesson",
        "single-pulse",
        "--screenshot",
        str(default),
        "--size",
        "1024x768",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(default)) == QImage(str(shots["1"]))
    assert QImage(str(shots["1.5"])) != QImage(str(shots["1"]))
