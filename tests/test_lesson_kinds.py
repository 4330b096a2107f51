"""A lesson kind is one folder: the kind "tally" in tests/plugins/tally, registered with one
call, appears on the start screen, opens from a lesson file, has its subcommand and its
self-test check, with no edit anywhere in the app."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from helpers import message_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lstm_lab.__main__ import main
from lstm_lab.app import LabApp
from lstm_lab.core import kinds
from lstm_lab.core.builtin import builtin_lessons
from lstm_lab.core.lesson import LessonError, read_lesson

PLUGINS = Path(__file__).parent / "plugins"


@pytest.fixture
def tally(monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    kind = kinds.load_kind("tally")
    yield kind
    # The kind's windows go before the kind: a window's timers must not outlive its kind.
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    for widget in QApplication.topLevelWidgets():
        if type(widget).__module__.startswith("tally.") and Shiboken.isValid(widget):
            widget.files.forget_changes()
            Shiboken.delete(widget)
    kinds.unregister_kind("tally")
    for name in [name for name in sys.modules if name == "tally" or name.startswith("tally.")]:
        del sys.modules[name]


@pytest.fixture
def lab(qtbot, settings):
    app = LabApp(settings)
    yield app
    for window in app.windows.values():
        window.files.forget_changes()
        window.close()
        window.deleteLater()


def test_the_built_in_kinds_are_registered_from_their_folders():
    assert list(kinds.kinds()) == ["cell", "compare", "forecast", "poetry", "memory"]
    for kind in kinds.kinds().values():
        assert kind.command is not None and kind.self_test is not None
        assert kind.window.startswith(f"lstm_lab.lessons.{kind.name}.qt.")
        assert kind.limits  # each names its limits, used by its window and its command line
    assert set(kinds.commands()) == {
        "trace",
        "compare",
        "race",
        "sine",
        "generate",
        "memory",
        "export-code",
    }


def test_a_kind_from_its_own_folder_shows_its_lesson_on_the_start_screen(qtbot, tally, lab):
    assert "tally" in kinds.kinds()
    names = [lesson.name for lesson in builtin_lessons()]
    assert names[-1] == "tally-three"  # its own lessons folder, ordered by the file's "order"
    lab.show_start_screen()
    qtbot.addWidget(lab.start_screen)
    card = lab.start_screen.cards["tally-three"]
    assert card.isVisible()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    window = lab.windows["tally"]
    assert window.isVisible() and window.findChild(QLabel, "tallyCount").text() == "3"


def test_a_kind_from_its_own_folder_opens_from_a_lesson_file_and_saves_it(
    qtbot, tally, lab, tmp_path
):
    path = tmp_path / "mine.lstmlab"
    data = {"format": "lstm-lab-lesson", "version": 2, "kind": "tally", "title": "Two"}
    path.write_text(json.dumps({**data, "options": {"sequence": [1, 1, 0]}}), encoding="utf-8")
    assert lab.open_file(str(path))
    window = lab.windows["tally"]
    qtbot.addWidget(window)
    assert lab.windows.keys() == {"tally"}  # no other kind's window was built
    assert window.count_label.text() == "2"
    window.state.set_sequence((1.0, 1.0, 1.0, 1.0))
    assert window.files.modified
    assert window.files.save()
    again = read_lesson(path)
    assert again.kind == "tally" and again.options == {"sequence": (1.0, 1.0, 1.0, 1.0)}
    path.write_text(json.dumps({**data, "options": {"sequence": "many"}}), encoding="utf-8")
    assert not lab.open_file(str(path))
    box = message_box(window, "lessonFileError")
    assert box.text() == 'mine.lstmlab: "sequence" must be a list of 1 to 100 numbers'
    assert window.count_label.text() == "4"  # the lesson on screen stayed as it was


def test_an_unregistered_kind_is_refused_by_name(tmp_path):
    path = tmp_path / "t.lstmlab"
    data = {"format": "lstm-lab-lesson", "version": 2, "kind": "tally", "title": "T"}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        LessonError, match='"kind" must be one of cell, compare, forecast, memory, poetry'
    ):
        read_lesson(path)


def test_a_kind_from_its_own_folder_has_its_subcommand(tally, capsys):
    assert main(["tally", "1", "0", "1", "1"]) == 0
    assert capsys.readouterr().out == "3\n"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "tally       count the pulses of a sequence" in capsys.readouterr().out


def test_a_kind_from_its_own_folder_has_its_self_test_check(qtbot, tally):
    from lstm_lab import selftest

    checks = [check for check in selftest.all_checks() if check.name == "lesson kind tally"]
    assert len(checks) == 1
    out = io.StringIO()
    assert selftest.run_self_test(checks, stream=out) == 0
    assert out.getvalue().splitlines() == [
        "PASS lesson kind tally",
        "Self-test: all 1 checks passed.",
    ]
