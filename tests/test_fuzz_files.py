"""Seeded mutated files of every kind a student or teacher opens: each is either read or refused
with the reader's own message; nothing else escapes, and a window shown such a lesson loads
nothing it names. (`benchmarks/fuzz_files.py` runs the same mutator by the thousand, with
hangs and files opened counted from outside the process.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import cases, make_sentinel
from PySide6.QtWidgets import QApplication

from lstm_lab.core.lesson import LessonError, read_lesson
from lstm_lab.engine.charmodel import ModelError
from lstm_lab.lessons.forecast.options import read_series_file
from lstm_lab.lessons.poetry.textdata import (
    TextError,
    corpus_text,
    read_model_file,
    read_text_file,
)
from lstm_lab.resources import resource_text
from lstm_lab.ui.lesson_text import LessonTextView

SUFFIX = {"lesson": ".lstmlab", "csv": ".csv", "text": ".txt", "model": ".npz"}
READERS = {
    "lesson": (read_lesson, LessonError),
    "csv": (read_series_file, ValueError),
    "text": (read_text_file, TextError),
    "model": (read_model_file, ModelError),
}
MAGENTA = 0xFFFF00FF
SEED_LESSONS = ("single-pulse", "train-echo", "compare-who-remembers", "forecast-sine")


def seed_lessons() -> list[str]:
    return [resource_text(f"lessons/{name}.lstmlab") for name in SEED_LESSONS]


def made(tmp_path: Path, seed: int, count: int) -> list[tuple[str, Path]]:
    sentinel = make_sentinel(tmp_path / "sentinel")
    text = corpus_text("tang300")[:20_000]
    found = []
    for number, (kind, data) in enumerate(cases(seed, count, seed_lessons(), text, str(sentinel))):
        path = tmp_path / f"case-{number:05d}{SUFFIX[kind]}"
        path.write_bytes(data)
        found.append((kind, path))
    return found


def test_every_mutated_file_is_read_or_refused_in_words(tmp_path):
    outcomes = {kind: {"read": 0, "refused": 0} for kind in READERS}
    for kind, path in made(tmp_path, seed=11, count=1500):
        reader, refusal = READERS[kind]
        try:
            reader(path)
        except refusal as error:
            message = str(error)
            assert message.startswith(path.name), (kind, path, message)
            assert "\n" not in message, message  # one line
            assert len(message) <= 500, message
            outcomes[kind]["refused"] += 1
        else:
            outcomes[kind]["read"] += 1
    # The mutator makes both: files that still read and files that do not, of every kind.
    for kind, seen in outcomes.items():
        assert seen["refused"] > 0, (kind, seen)
    assert outcomes["lesson"]["read"] > 50 and outcomes["csv"]["read"] > 10, outcomes


def test_a_window_shown_mutated_lessons_loads_nothing_they_name(qtbot, settings, tmp_path):
    from lstm_lab.app import LabApp

    sentinel = str(tmp_path / "sentinel")
    lab = LabApp(settings)
    shown = 0
    for kind, path in made(tmp_path, seed=5, count=300):
        if kind != "lesson" or shown >= 12:
            continue
        try:
            read_lesson(path)
        except LessonError:
            continue
        if sentinel not in path.read_text(encoding="utf-8"):
            continue
        assert lab.open_file(str(path))
        window = lab.window
        window.resize(1024, 768)
        for view in window.findChildren(LessonTextView):
            view.show()
        QApplication.processEvents()
        picture = window.grab().toImage()  # painted, with its lesson text
        assert not any(
            picture.pixel(x, y) == MAGENTA
            for y in range(0, picture.height(), 4)
            for x in range(0, picture.width(), 4)
        ), path.read_text(encoding="utf-8")[:300]
        window.files.forget_changes()
        shown += 1
    assert shown == 12
    for window in lab.windows.values():
        window.close()


@pytest.mark.parametrize("kind", list(READERS))
def test_a_pipe_a_device_and_a_folder_are_refused_as_every_kind_of_file(tmp_path, kind):
    import os

    reader, refusal = READERS[kind]
    zero = tmp_path / f"zero{SUFFIX[kind]}"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / f"folder{SUFFIX[kind]}"
    folder.mkdir()
    specials = [zero, folder]
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / f"pipe{SUFFIX[kind]}"
        os.mkfifo(pipe)
        specials.append(pipe)
    for path in specials:
        with pytest.raises(refusal, match=f"^{path.name}: this is "):
            reader(path)
