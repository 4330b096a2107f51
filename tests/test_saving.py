"""Saving keeps what the user had: every file the app writes goes through one writer
(`lstm_lab.core.files.write_replacing`), which keeps a link a link, keeps a file's
permissions, refuses what is not a file, takes any legal name, and never leaves half a file or
a temporary one behind, not even when the app is killed in the middle of a save."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import lstm_lab
from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.files import (
    STALE_SECONDS,
    TEMPORARY_NAME,
    WriteError,
    remove_stale_temporaries,
    write_bytes_replacing,
    write_replacing,
    write_text_replacing,
)
from lstm_lab.core.lesson import read_lesson, write_lesson

POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes, links and signals")
ROOT = Path(lstm_lab.__file__).resolve().parent.parent


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def umask():
    """Set the process's umask for one test, then put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


# ----------------------------------------------------------------------------- links
@POSIX_ONLY
def test_a_link_stays_a_link_and_the_file_it_points_to_gets_the_content(tmp_path):
    shared = tmp_path / "shared"
    mine = tmp_path / "mine"
    shared.mkdir()
    mine.mkdir()
    original = shared / "lesson.lstmlab"
    original.write_text("old", encoding="utf-8")
    link = mine / "lesson.lstmlab"
    link.symlink_to(original)

    write_text_replacing(link, "new")

    assert link.is_symlink() and os.readlink(link) == str(original)
    assert original.read_text(encoding="utf-8") == "new"
    assert names(shared) == ["lesson.lstmlab"] and names(mine) == ["lesson.lstmlab"]


@POSIX_ONLY
def test_a_lesson_saved_through_a_chain_of_relative_links_reaches_the_original(tmp_path):
    (tmp_path / "a").mkdir()
    original = tmp_path / "a" / "real.lstmlab"
    write_lesson(lesson_by_name("single-pulse"), original)
    (tmp_path / "first.lstmlab").symlink_to("a/real.lstmlab")
    (tmp_path / "second.lstmlab").symlink_to("first.lstmlab")

    write_lesson(lesson_by_name("three-ones"), tmp_path / "second.lstmlab")

    assert (tmp_path / "second.lstmlab").is_symlink() and (tmp_path / "first.lstmlab").is_symlink()
    assert read_lesson(original).name == "three-ones"


@POSIX_ONLY
def test_a_dangling_link_gets_its_file_made(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to("made.txt")
    write_text_replacing(link, "made")
    assert link.is_symlink() and (tmp_path / "made.txt").read_text(encoding="utf-8") == "made"


@POSIX_ONLY
def test_a_loop_of_links_is_refused_by_name(tmp_path):
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    with pytest.raises(WriteError, match=r"^a\.txt cannot be written: "):
        write_text_replacing(tmp_path / "a.txt", "x")
    assert names(tmp_path) == ["a.txt", "b.txt"]


# ----------------------------------------------------------------------------- permissions
@POSIX_ONLY
def test_a_file_keeps_its_permissions_private_or_shared(tmp_path, umask):
    umask(0o022)
    path = tmp_path / "secret.lstmlab"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o600)
    write_lesson(lesson_by_name("single-pulse"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o664)  # a file the class's group may change: more than the umask gives
    write_text_replacing(path, "again")
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@POSIX_ONLY
def test_a_read_only_file_keeps_its_mode_when_its_folder_lets_it_be_replaced(tmp_path):
    path = tmp_path / "fixed.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o444)
    write_text_replacing(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


@POSIX_ONLY
@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_file_gets_what_the_umask_gives_any_new_file(tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "new.csv"
    write_text_replacing(path, "t,x\n")
    assert stat.S_IMODE(path.stat().st_mode) == mode


# ----------------------------------------------------------------------------- not a file
@POSIX_ONLY
@pytest.mark.timeout(60)
def test_a_pipe_at_the_target_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.lstmlab"
    os.mkfifo(fifo)
    # Opening a pipe with no reader for writing would wait for ever: the test would time out.
    with pytest.raises(WriteError) as caught:
        write_lesson(lesson_by_name("single-pulse"), fifo)
    assert str(caught.value) == (
        "pipe.lstmlab cannot be written: it is a pipe, device or socket, not a lesson file"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert names(tmp_path) == ["pipe.lstmlab"]


@POSIX_ONLY
def test_a_device_at_the_target_is_refused(tmp_path):
    link = tmp_path / "null.txt"
    link.symlink_to(os.devnull)
    with pytest.raises(WriteError, match="null.txt cannot be written: it is a pipe, device"):
        write_text_replacing(link, "x")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode) and link.is_symlink()


def test_a_folder_at_the_target_is_refused(tmp_path):
    folder = tmp_path / "lesson.lstmlab"
    folder.mkdir()
    with pytest.raises(WriteError) as caught:
        write_lesson(lesson_by_name("single-pulse"), folder)
    assert str(caught.value) == (
        "lesson.lstmlab cannot be written: it is a folder, not a lesson file"
    )
    assert caught.value.strerror == "it is a folder, not a lesson file"
    assert folder.is_dir() and names(tmp_path) == ["lesson.lstmlab"]


# ----------------------------------------------------------------------------- failures
class Refused(Exception):
    pass


@pytest.mark.parametrize("raised", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path, raised):
    path = tmp_path / "keep.txt"
    path.write_text("before", encoding="utf-8")
    seen = []

    def half(temporary: str) -> None:
        seen.append(temporary)
        Path(temporary).write_text("half", encoding="utf-8")
        raise raised

    expected = WriteError if isinstance(raised, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as caught:
        write_replacing(path, half)
    if expected is WriteError:
        assert str(caught.value) == "keep.txt cannot be written: No space left on device"
        assert isinstance(caught.value, OSError) and caught.value.errno == 28
    assert TEMPORARY_NAME.fullmatch(Path(seen[0]).name)
    assert path.read_text(encoding="utf-8") == "before"
    assert names(tmp_path) == ["keep.txt"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "keep.txt"
    path.write_text("before", encoding="utf-8")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteError, match="^keep.txt cannot be written: Permission denied$"):
        write_bytes_replacing(path, b"after")
    assert path.read_text(encoding="utf-8") == "before"
    assert names(tmp_path) == ["keep.txt"]


def test_the_callers_error_is_raised_with_the_same_one_line_message(tmp_path):
    def refuse(_temporary: str) -> None:
        raise Refused("the picture could not be encoded")

    with pytest.raises(Refused) as caught:
        write_replacing(tmp_path / "shot\npng", refuse, error=Refused)
    assert str(caught.value) == "shot\\npng cannot be written: the picture could not be encoded"
    with pytest.raises(Refused, match="^gone.txt cannot be written: No such file or directory$"):
        write_text_replacing(tmp_path / "missing" / "gone.txt", "x", error=Refused)
    assert names(tmp_path) == []


def test_a_fault_in_the_writer_passes_on_unchanged_and_leaves_nothing(tmp_path):
    def broken(_temporary: str) -> None:
        raise ZeroDivisionError("a bug, not a full disk")

    with pytest.raises(ZeroDivisionError):
        write_replacing(tmp_path / "x.txt", broken)
    assert names(tmp_path) == []


# ----------------------------------------------------------------------------- names
def test_a_name_of_255_bytes_saves(tmp_path):
    long_name = "l" * (255 - len(".lstmlab")) + ".lstmlab"
    assert len(long_name.encode()) == 255
    write_lesson(lesson_by_name("single-pulse"), tmp_path / long_name)
    assert read_lesson(tmp_path / long_name).name == "single-pulse"
    wide = "记" * 83 + ".txt"  # 249 + 4 bytes of UTF-8
    assert len(wide.encode()) == 253
    write_text_replacing(tmp_path / wide, "记忆", encoding="utf-8")
    assert (tmp_path / wide).read_text(encoding="utf-8") == "记忆"
    assert names(tmp_path) == sorted([long_name, wide])


def test_the_text_is_written_as_it_is_in_the_encoding_asked_for(tmp_path):
    path = tmp_path / "steps.csv"
    write_text_replacing(path, "t,C̃\r\n1,2\n", encoding="utf-8-sig")
    assert path.read_bytes() == b"\xef\xbb\xbf" + "t,C̃\r\n1,2\n".encode()


def test_a_model_file_is_saved_by_the_same_writer(tmp_path):
    from lstm_lab.engine.charmodel import load_model, model_bytes, save_model
    from lstm_lab.lessons.poetry.textdata import shipped_model

    model = shipped_model("tang")
    with pytest.raises(TypeError, match="binary stream"):
        save_model(model, tmp_path / "direct.npz")  # no second way to write a file
    path = tmp_path / "mine.npz"
    write_bytes_replacing(path, model_bytes(model), what="a text model")
    assert load_model(path).vocabulary == model.vocabulary
    assert names(tmp_path) == ["mine.npz"]


# ----------------------------------------------------------------------------- killed saves
CHILD = """
import sys
from lstm_lab.core.files import write_replacing

def write(temporary):
    with open(temporary, "wb") as stream:
        stream.write(b"the new lesson, half of it")
        stream.flush()
        print(temporary, flush=True)
        sys.stdin.readline()  # waits here until it is killed

write_replacing(sys.argv[1], write)
"""


@POSIX_ONLY
@pytest.mark.timeout(120)
def test_a_save_killed_midway_leaves_the_old_file_and_the_next_save_clears_its_temporary(
    tmp_path,
):
    path = tmp_path / "lesson.lstmlab"
    path.write_text("the old lesson", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        text=True,
    )
    try:
        temporary = Path(child.stdout.readline().strip())  # the child is writing now
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()

    assert path.read_text(encoding="utf-8") == "the old lesson"
    assert temporary.parent == tmp_path and TEMPORARY_NAME.fullmatch(temporary.name)
    assert names(tmp_path) == sorted(["lesson.lstmlab", temporary.name])

    # A save that follows soon after leaves it: it could be another save still running.
    write_text_replacing(path, "the new lesson")
    assert path.read_text(encoding="utf-8") == "the new lesson"
    assert temporary.exists()

    # Once it is older than any save takes, the next save in that folder removes it.
    old = time.time() - STALE_SECONDS - 60
    os.utime(temporary, (old, old))
    write_text_replacing(path, "the newest lesson")
    assert path.read_text(encoding="utf-8") == "the newest lesson"
    assert names(tmp_path) == ["lesson.lstmlab"]


@POSIX_ONLY
def test_only_old_temporaries_of_the_exact_name_are_removed(tmp_path):
    old = time.time() - STALE_SECONDS - 60
    (tmp_path / "notes").mkdir()
    keep = [
        ".lstm-lab-0123abcd.tmp.bak",  # not the exact name
        "x.lstm-lab-0123abcd.tmp",
        ".lstm-lab-0123ABCD.tmp",
        ".lstm-lab-0123abc.tmp",
        "lesson.lstmlab",
        ".lstm-lab-00000000.tmp",  # a link, not a file
        ".lstm-lab-11111111.tmp",  # a folder
        ".lstm-lab-22222222.tmp",  # new: a save may be writing it
    ]
    for name in keep[:5] + [".lstm-lab-22222222.tmp", ".lstm-lab-deadbeef.tmp"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".lstm-lab-00000000.tmp").symlink_to("notes")
    (tmp_path / ".lstm-lab-11111111.tmp").mkdir()
    for name in os.listdir(tmp_path):
        if name != ".lstm-lab-22222222.tmp":
            os.utime(tmp_path / name, (old, old), follow_symlinks=False)

    assert remove_stale_temporaries(tmp_path) == [".lstm-lab-deadbeef.tmp"]
    assert names(tmp_path) == sorted([*keep, "notes"])


# ----------------------------------------------------------------------------- in the windows
@POSIX_ONLY
def test_save_as_onto_a_link_updates_the_shared_lesson(open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    shared = tmp_path / "shared"
    shared.mkdir()
    original = shared / "class.lstmlab"
    write_lesson(lesson_by_name("three-ones"), original)
    original.chmod(0o640)
    link = tmp_path / "class.lstmlab"
    link.symlink_to(original)

    window = open_window("single-pulse", size=(1280, 800))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(link), ""))
    assert window.actions_by_key["save_as"].isEnabled()
    window.actions_by_key["save_as"].trigger()

    assert window.files.path == str(link) and not window.isWindowModified()
    assert link.is_symlink() and os.readlink(link) == str(original)
    assert read_lesson(original).name == "single-pulse"
    assert stat.S_IMODE(original.stat().st_mode) == 0o640
    assert names(shared) == ["class.lstmlab"]


@POSIX_ONLY
def test_a_screenshot_onto_a_pipe_is_refused_in_words(qtbot, open_window, tmp_path):
    from helpers import message_box

    window = open_window("single-pulse", size=(1280, 800))
    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    assert not window.save_screenshot(str(fifo))
    box = message_box(window, "screenshotError")
    assert box.text() == (f"Could not write {fifo}: it is a pipe, device or socket, not a picture.")
    box.close()
    link = tmp_path / "link.png"
    (tmp_path / "real.png").write_bytes(b"old")
    link.symlink_to("real.png")
    assert window.save_screenshot(str(link))
    assert link.is_symlink() and (tmp_path / "real.png").read_bytes().startswith(b"\x89PNG")


def test_a_lesson_holding_half_a_surrogate_pair_is_refused_in_words(tmp_path):
    path = tmp_path / "odd.lstmlab"
    path.write_text("old", encoding="utf-8")
    lesson = lesson_by_name("single-pulse").replace(title="a\ud800b")  # JSON may hold "\ud800"
    with pytest.raises(WriteError, match="^odd.lstmlab cannot be written: the text holds"):
        write_lesson(lesson, path)
    assert path.read_text(encoding="utf-8") == "old" and names(tmp_path) == ["odd.lstmlab"]


@POSIX_ONLY
def test_a_screenshot_asked_for_onto_a_pipe_is_refused_before_any_window(tmp_path):
    from lstm_lab.__main__ import screenshot_problem

    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    assert screenshot_problem(str(fifo)) == (
        f"--screenshot: {fifo} is a pipe, device or socket, not a file"
    )
    assert screenshot_problem(str(tmp_path / "fine.png")) is None
